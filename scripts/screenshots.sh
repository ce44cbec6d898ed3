#!/usr/bin/env bash
# Screenshots of every screen, taken on a virtual screen (Xvfb, software Vulkan) by playing the
# EncroChat case with the keyboard as a person would. Runs from the repository alone: the
# virtual-screen driver is scripts/look.sh.
#
#   scripts/screenshots.sh [--release] [--size WxH] [--largest] [--lang CODE] [OUT_DIR]
#
#   --size WxH   window and screen size (default 1280x800)
#   --largest    the largest text size and high contrast (the hardest case for layout)
#   --lang CODE  the game in fr, nl, de or en (default: the system's language)
#   OUT_DIR      default: screenshots/
#
# Needs: xvfb mesa-vulkan-drivers libvulkan1 xdotool imagemagick (Debian packages).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/screen-options.sh
screen_options "$@"
out=${out_dir:-screenshots}
mkdir -p "$out"
# TAKEDOWN_BIN: a binary already built, to take the screenshots of (nothing is built).
if [[ -n ${TAKEDOWN_BIN:-} ]]; then
    bin=$TAKEDOWN_BIN
else
    if [[ $profile == release ]]; then cargo build --release --bin takedown; else cargo build --bin takedown; fi
    bin="${CARGO_TARGET_DIR:-target}/$profile/takedown"
fi

# A fresh data folder, so the screens show a first visit (and the settings asked for).
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
screen_settings "$data"

# Answers for the EncroChat stages: some right, some far off. "slider" moves the slider instead
# of typing; "choice N" presses the option's number; "order" moves an event, then submits.
answers=(2016 1000 2019 "choice 2" 60 20000 100 slider 30m 6558 50 1bn 10 923 2000 2024 order)
w=${WAIT:-2}
steps=("wait 8" "shot $out/title.png"
       # Title: Play, Host a class, Player, Results, Settings, Quit. The last button, scrolled
       # into view if the window is small.
       "key Down Down Down Down Down" "wait $w" "shot $out/title-bottom.png"
       "key Up Up Up" "key Return" "wait $w" "shot $out/profiles.png" "key Escape" "wait $w"
       "key Down Down Down Down" "key Return" "wait $w" "shot $out/settings.png" "key Escape"
       "wait $w" "key Up Up Up Up" "key Return" "wait $w" "shot $out/cases.png"
       "key Return" "wait $w" "shot $out/briefing.png" "key Return" "wait $w")
for i in "${!answers[@]}"; do
    answer=${answers[$i]}
    case $i in
        0) steps+=("shot $out/question-year.png") ;;
        1) steps+=("shot $out/question.png" "type 1000" "key Escape" "wait $w"
                   "shot $out/settings-in-case.png" "key Escape" "wait $w" "key ctrl+a") ;;
    esac
    case $answer in
        slider)
            # Six presses of Shift+Up from the middle of the slider.
            steps+=("key shift+Up shift+Up shift+Up shift+Up shift+Up shift+Up" "wait $w"
                    "shot $out/question-slider.png" "key Return" "wait $w") ;;
        choice*)
            steps+=("shot $out/question-choice.png" "key ${answer#choice }" "wait $w"
                    "shot $out/reveal-choice.png") ;;
        order)
            # Focus starts on the first event's ▼; Enter moves the event down and focus
            # follows it to the second ▼; nine buttons further down is Submit.
            steps+=("shot $out/question-order.png" "key Return" "wait $w"
                    "shot $out/question-order-moved.png")
            # One key a step with a pause: two presses of one key within a frame count once
            # (a slow frame on a large virtual screen lost one and never reached Submit).
            for _ in 1 2 3 4 5 6 7 8 9; do steps+=("key Down" "wait 0.3"); done
            steps+=("key Return" "wait $w" "shot $out/reveal-order.png") ;;
        *) steps+=("type $answer" "key Return" "wait $w") ;;
    esac
    case $i in
        0) steps+=("shot $out/reveal-range.png") ;;
        # The countries' reveal, then its map (the data's path from The Hague), scrolled to.
        6) steps+=("shot $out/reveal-disputed.png" "key Next Next" "wait $w"
                   "shot $out/reveal-map.png") ;;
        8) steps+=("shot $out/reveal.png") ;;
    esac
    steps+=("key Return" "wait $w")
done
steps+=("shot $out/debrief.png" "key Next Next Next" "wait $w" "shot $out/debrief-bottom.png"
        "key Return" "wait $w" "key Escape" "wait $w" "key Down Down Down" "key Return"
        "wait $w" "key Return" "wait $w" "shot $out/results.png")
scripts/look.sh --size "$size" "${steps[@]}" -- env TAKEDOWN_DATA_DIR="$data" "$bin" --window "$size" ${lang:+--lang "$lang"}
echo "screenshots in $out/"
