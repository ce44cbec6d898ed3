#!/usr/bin/env bash
# Screenshots of every screen, taken on a virtual screen (Xvfb, software Vulkan) by playing the
# EncroChat case with the keyboard as a person would.
#
#   scripts/screenshots.sh [--release] [--size WxH] [OUT_DIR]   (default OUT_DIR: screenshots/)
#
# Needs: xvfb mesa-vulkan-drivers libvulkan1 xdotool imagemagick (Debian packages).
set -euo pipefail
cd "$(dirname "$0")/.."
profile=debug
size=1280x800
while [[ $# -gt 0 ]]; do
    case "$1" in
        --release) profile=release; shift ;;
        --size) size=$2; shift 2 ;;
        *) break ;;
    esac
done
out=${1:-screenshots}
mkdir -p "$out"
look=${LOOK:-../shared/tools/look.sh}
if [[ $profile == release ]]; then cargo build --release; else cargo build; fi
bin="${CARGO_TARGET_DIR:-target}/$profile/takedown"

# Answers for the 16 EncroChat stages: some right, some far off.
answers=(2016 1000 2019 25 8 20000 60 746 30m 6558 50 1bn 10 923 2000 2024)
w=${WAIT:-2}
steps=("wait 6" "shot $out/title.png" "key Down" "key Down" "key Down" "key Return" "wait $w" "shot $out/settings.png"
       "key Escape" "wait $w" "key Return" "wait $w" "shot $out/cases.png"
       "key Return" "wait $w" "shot $out/briefing.png" "key Return" "wait $w")
for i in "${!answers[@]}"; do
    if [[ $i == 1 ]]; then steps+=("shot $out/question-year.png"); fi
    if [[ $i == 8 ]]; then
        steps+=("shot $out/question.png" "type ${answers[$i]}" "key Return" "wait 0.3" "shot $out/reveal-animating.png" "wait $w" "shot $out/reveal.png")
    elif [[ $i == 7 ]]; then
        # Use the slider instead of typing: six presses of Shift+Up from the middle.
        steps+=("key shift+Up shift+Up shift+Up shift+Up shift+Up shift+Up" "wait $w" "shot $out/question-slider.png" "key Return" "wait $w")
    else
        steps+=("type ${answers[$i]}" "key Return" "wait $w")
    fi
    if [[ $i == 0 ]]; then steps+=("shot $out/reveal-range.png"); fi
    if [[ $i == 4 ]]; then steps+=("shot $out/reveal-disputed.png"); fi
    steps+=("key Return" "wait $w")
done
steps+=("shot $out/debrief.png")
"$look" --size "$size" "${steps[@]}" -- "$bin" --window "$size"
echo "screenshots in $out/"
