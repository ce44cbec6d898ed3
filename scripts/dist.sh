#!/usr/bin/env bash
# Build everything a release ships, into dist/ (see docs/releasing.md):
#
#   takedown-<version>-windows-x86_64.zip   takedown.exe, the cases, licences, READ-ME-FIRST.txt
#   takedown-<version>-linux-x86_64.tar.gz  the program, the cases, licences, READ-ME-FIRST.txt
#   takedown_<version>-1_amd64.deb          for `sudo apt install ./takedown_…deb` (cargo-deb)
#   takedown-<version>-web.zip              the web version, for any static web server, in a folder
#   SHA256SUMS
#
#   scripts/dist.sh [--quick] [--no-windows] [OUT_DIR]
#
#   --quick        quicker, larger builds (the `dev` and `wasm-dev` profiles), as CI makes them
#   --no-windows   leave out the Windows zip (its build alone takes 12 to 16 minutes from cold here)
#   OUT_DIR   default: dist
#
# Needs, besides the README's build packages: zip; for Windows gcc-mingw-w64-x86-64 and
# Debian's Rust for the web (scripts/build-windows.sh); for the web the same
# (scripts/build-web.sh). cargo-deb is installed with cargo at a fixed version when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
quick=()
web=()
profile=release
windows=yes
while [[ $# -gt 0 ]]; do
    case "$1" in
        --quick) quick=(--quick); web=(--dev); profile=dev; shift ;;
        --no-windows) windows=no; shift ;;
        -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) break ;;
    esac
done
out=$(mkdir -p "${1:-dist}" && cd "${1:-dist}" && pwd)
version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
target=${CARGO_TARGET_DIR:-target}
tools="${TAKEDOWN_TOOLS:-$HOME/.cache/takedown/tools}"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
started=$(date +%s)
rm -f "$out"/takedown[-_]"$version"* "$out/SHA256SUMS"

# 1. Linux: the program, and its Debian package.
dir=$profile; [[ $profile == dev ]] && dir=debug
cargo build --locked --profile "$profile" --bin takedown
name="takedown-$version-linux-x86_64"
scripts/package.sh linux "$target/$dir/takedown" "$stage/$name"
tar -C "$stage" -czf "$out/$name.tar.gz" "$name"

deb_version=3.8.0
if [[ ! -x $tools/bin/cargo-deb ]] || ! "$tools/bin/cargo-deb" --version | grep -q "$deb_version"; then
    echo "installing cargo-deb $deb_version (once)"
    cargo install cargo-deb --version "$deb_version" --locked --root "$tools" --quiet
fi
"$tools/bin/cargo-deb" --no-build --profile "$profile" --output "$out" --quiet

# 2. Windows.
if [[ $windows == yes ]]; then
    scripts/build-windows.sh "${quick[@]}" "$stage/windows"
    name="takedown-$version-windows-x86_64"
    scripts/package.sh windows "$stage/windows/takedown.exe" "$stage/$name"
    (cd "$stage" && zip -qr9 "$out/$name.zip" "$name")
fi

# 3. The web version.
scripts/build-web.sh "${web[@]}" "$stage/web"
name="takedown-$version-web"
scripts/package.sh web "$stage/web" "$stage/$name"
(cd "$stage" && zip -qr9 "$out/$name.zip" "$name")

# 4. Checksums.
(cd "$out" && sha256sum takedown[-_]"$version"* >SHA256SUMS)
echo "dist/ for $version ($profile builds, $(( $(date +%s) - started )) s):"
(cd "$out" && ls -l takedown[-_]"$version"* SHA256SUMS | awk '{ printf "  %-48s %6.1f MB\n", $9, $5 / 1e6 }')
