#!/usr/bin/env bash
# Lay out one download's folder: the program, the cases, the licences, READ-ME-FIRST.txt.
# Used by scripts/dist.sh and by .github/workflows/release.yml, so both ship the same files.
#
#   scripts/package.sh windows|linux PROGRAM FOLDER
#   scripts/package.sh web WEB_BUILD_DIR FOLDER      (the folder scripts/build-web.sh made)
set -euo pipefail
cd "$(dirname "$0")/.."
system=$1 program=$2 folder=$3
version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
mkdir -p "$folder"
if [[ $system == web ]]; then
    cp -r "$program"/. "$folder/"
else
    mkdir -p "$folder/levels"
    cp "$program" "$folder/"
    cp levels/*.ron "$folder/levels/"
fi
cp LICENSE-MIT LICENSE-APACHE assets/fonts/LICENSE-DejaVu.txt "$folder/"
read_me=$(sed -e "s/@VERSION@/$version/g" "assets/dist/READ-ME-FIRST-$system.txt")
if [[ $system == windows ]]; then
    printf '%s\n' "$read_me" | sed 's/$/\r/' >"$folder/READ-ME-FIRST.txt"
else
    printf '%s\n' "$read_me" >"$folder/READ-ME-FIRST.txt"
fi
