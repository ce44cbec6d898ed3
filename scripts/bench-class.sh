#!/usr/bin/env bash
# Class mode under load, on a virtual screen and on loopback only: the teacher's window
# (takedown host) with simulated phones (200 by default, the class limit) that join, keep the
# event stream open, and answer 10 stages at once while the teacher's keys move the class on.
# Every join and answer is written to disk before the phone is told (the round trip includes
# that). Prints the answer round trip (p50, p95), the host's CPU while the phones wait with
# nothing happening, its peak memory, and the single-player game's peak memory for comparison;
# then the same figures for the class server alone, without the window, first sharing the 2
# cores with the phones, then on a core of its own with the phones on the other (taskset).
# Bounded: at most 200 students, 10 stages, a few minutes.
#
#   scripts/bench-class.sh [STUDENTS]
#
# Needs: xvfb mesa-vulkan-drivers libvulkan1 xdotool imagemagick (Debian packages).
set -euo pipefail
cd "$(dirname "$0")/.."
students=${1:-200}
(( students >= 1 && students <= 200 )) || { echo "STUDENTS: 1 to 200" >&2; exit 2; }
cargo build --release --bin takedown --example class_load 2>/dev/null
dir="${CARGO_TARGET_DIR:-target}/release"
tmp=$(mktemp -d)
cleanup() { kill "${host:-}" "${load:-}" "${game:-}" "${xvfb:-}" 2>/dev/null || true; rm -rf "$tmp"; }
trap cleanup EXIT
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$tmp}
clk=$(getconf CLK_TCK)
port=$(( 20000 + RANDOM % 20000 ))

d=98
while [[ -e /tmp/.X11-unix/X$d || -e /tmp/.X$d-lock ]]; do d=$((d + 1)); done
Xvfb ":$d" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
sleep 1
export DISPLAY=":$d"

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
peak_mib() { awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
focus() {
    local win
    win=$(xdotool search --onlyvisible --pid "$1" 2>/dev/null | head -n 1 || true)
    [[ -n $win ]] && xdotool mousemove --window "$win" 5 5 && xdotool windowfocus "$win" 2>/dev/null || true
}

# The single-player game waiting on its first question, for the memory comparison.
TAKEDOWN_DATA_DIR="$tmp/solo" "$dir/takedown" >"$tmp/solo.log" 2>&1 &
game=$!
sleep 8; focus "$game"
for _ in 1 2 3; do xdotool key Return; sleep 1; done
sleep 5
solo_mib=$(peak_mib "$game")
kill "$game"; wait "$game" 2>/dev/null || true; game=""

TAKEDOWN_DATA_DIR="$tmp/class" "$dir/takedown" host --case encrochat --bind 127.0.0.1 \
    --port "$port" --code 4821 >"$tmp/host.log" 2>&1 &
host=$!
sleep 8; focus "$host"
"$dir/examples/class_load" "http://127.0.0.1:$port" 4821 "$students" 10 >"$tmp/load.txt" 2>&1 &
load=$!
sleep 15   # the phones join and open their streams
t0=$(cpu_ticks "$host"); sleep 10; t1=$(cpu_ticks "$host")
idle=$(awk -v a="$t0" -v b="$t1" -v c="$clk" 'BEGIN {printf "%.1f", (b - a) / c / 10 * 100}')
for _ in $(seq 10); do
    xdotool key Right; sleep 5     # open: every phone answers
    xdotool key Right; sleep 1     # close
    xdotool key Right; sleep 2     # reveal
done
wait "$load" || true; load=""
host_mib=$(peak_mib "$host")
echo "class mode, $students phones on loopback, 10 stages ($(date -u +%F))"
cat "$tmp/load.txt"
echo "host CPU while $students phones wait: $idle % of one core (target: under 2%)"
echo "host peak memory: $host_mib MiB; single-player game: $solo_mib MiB ($(awk -v h="$host_mib" -v s="$solo_mib" 'BEGIN {printf "%.2f", h / s}')x; target: at most 1.2x)"
kill "$host" 2>/dev/null; wait "$host" 2>/dev/null || true; host=""
# The same class with the server alone: no window drawing on the same cores (on this machine
# without a graphics card, the projector's frames are drawn by the CPU).
echo "the class server alone, without the window (examples/class_load here):"
"$dir/examples/class_load" here 4821 "$students" 10
# And the server on one core with the phones on the other (`class_load serve`, `taskset`): the
# simulated phones no longer take the server's processor, as real phones on other devices do
# not; the server has one core instead of two.
echo "the class server alone on core 0, the phones on core 1:"
taskset -c 0 "$dir/examples/class_load" serve 4821 "$students" 10 >"$tmp/serve.txt" 2>&1 &
load=$!
for _ in $(seq 50); do grep -q "^serving on" "$tmp/serve.txt" && break; sleep 0.1; done
addr=$(grep -o "http://[0-9.:]*" "$tmp/serve.txt")
taskset -c 1 "$dir/examples/class_load" "$addr" 4821 "$students" 10
wait "$load" || true; load=""
grep "CPU" "$tmp/serve.txt"
