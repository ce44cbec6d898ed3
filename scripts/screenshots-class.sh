#!/usr/bin/env bash
# Screenshots of class mode as the projector shows it, on a virtual screen: the teacher's window
# (takedown host, on 127.0.0.1 only) with 31 simulated students (examples/class_load.rs) who
# join, answer every stage (23 of 31 on the first, all but one after), while the teacher's
# keys move the class through the EncroChat case to the class debrief, with a team round on
# stage 3.
#
#   scripts/screenshots-class.sh [--release] [--size WxH] [--largest] [OUT_DIR]
#
#   --size WxH   window and screen size (default 1280x800)
#   --largest    the largest text size and high contrast
#   OUT_DIR      default: screenshots/class/
#   STUDENTS=N   how many simulated students (default 31; up to 200, the class limit)
#
# Needs: xvfb mesa-vulkan-drivers libvulkan1 xdotool imagemagick (Debian packages).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/screen-options.sh
screen_options "$@"
out=${out_dir:-screenshots/class}
mkdir -p "$out"
flags=()
[[ $profile == release ]] && flags=(--release)
cargo build "${flags[@]}" --bin takedown --example class_load
dir="${CARGO_TARGET_DIR:-target}/$profile"

data=$(mktemp -d)
cleanup() { kill "${load:-}" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT
screen_settings "$data"
port=$(( 20000 + RANDOM % 20000 ))

# The students join once the window is up (look.sh waits for it, then 8 s more).
( sleep 16; exec "$dir/examples/class_load" "http://127.0.0.1:$port" 4821 "${STUDENTS:-31}" 17 0.74 ) \
    >"$data/load.txt" 2>&1 &
load=$!

w=${WAIT:-3}
steps=("wait 24" "shot $out/class-lobby.png"
       "key Right" "wait 6" "shot $out/class-stage.png"
       "key Right" "wait $w" "key Right" "wait $w" "shot $out/class-reveal-year.png")
# Stages 2 to 17: open (the students answer), close, reveal.
for stage in $(seq 2 17); do
    steps+=("key Right" "wait 5")
    # A choice as the projector asks it: its options, numbered as on the phones.
    [[ $stage == 4 ]] && steps+=("shot $out/class-stage-choice.png")
    # A team round on stage 3: the teams and their members, then the revision.
    [[ $stage == 3 ]] && steps+=("key t" "wait 6" "shot $out/class-teams.png"
                                 "key Right" "wait 5" "shot $out/class-revise.png")
    steps+=("key Right" "wait $w" "key Right" "wait $w")
    case $stage in
        2) steps+=("shot $out/class-reveal.png") ;;
        4) steps+=("shot $out/class-reveal-choice.png") ;;
        3) steps+=("shot $out/class-reveal-teams.png") ;;
        7) steps+=("shot $out/class-reveal-disputed.png") ;;
        17) steps+=("shot $out/class-reveal-order.png") ;;
    esac
done
steps+=("key Right" "wait $w" "shot $out/class-debrief.png")
scripts/look.sh --size "$size" "${steps[@]}" -- env TAKEDOWN_DATA_DIR="$data" \
    "$dir/takedown" --window "$size" host --case encrochat --bind 127.0.0.1 --port "$port" \
    --code 4821
echo "students: $(cat "$data/load.txt" | tr '\n' ' ')"
echo "screenshots in $out/"
