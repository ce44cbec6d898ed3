#!/usr/bin/env bash
# look.sh: run a windowed program on a virtual screen, act on it as a person would, take screenshots.
#
#   look.sh [--size WxH] [--log FILE] [--pidfile FILE] STEP... -- COMMAND [ARG...]
#
# Steps run in order once the program's window has appeared:
#   wait SECONDS      sleep
#   shot FILE.png     screenshot of the whole screen (open the PNG to look at it)
#   key KEYS          xdotool key names, e.g. Return, Escape, Tab, Right, ctrl+a
#   type TEXT         type text as keystrokes
#   click X Y         left click at screen coordinates
#   move X Y          move the pointer (hover)
#   scroll up|down N  mouse wheel
#   run COMMAND       a shell command (checks while the program runs); fails the step if it does
#
# Example:
#   scripts/look.sh "wait 4" "shot /tmp/title.png" "key Return" "wait 1" \
#       "type 115m" "key Return" "wait 1" "shot /tmp/reveal.png" -- ./target/release/takedown
#
# Needs (Debian): xvfb xdotool imagemagick mesa-vulkan-drivers libvulkan1. Renders with the
# software Vulkan driver, so expect a few frames per second at most: wait generously.
# Exit status: the first failing step's, else 0. The program is stopped at the end; its output
# goes to --log (default: a temp file whose path is printed).
set -u
size=1280x800
log=""
pidfile=""
steps=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --size) size=$2; shift 2 ;;
    --log) log=$2; shift 2 ;;
    --pidfile) pidfile=$2; shift 2 ;;
    --) shift; break ;;
    *) steps+=("$1"); shift ;;
  esac
done
if [[ $# -eq 0 ]]; then
  sed -n '2,26p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
fi
for tool in Xvfb xdotool import; do
  command -v "$tool" >/dev/null || { echo "look.sh: $tool is missing (apt-get install xvfb xdotool imagemagick mesa-vulkan-drivers)" >&2; exit 2; }
done
[[ -n $log ]] || log=$(mktemp /tmp/look.XXXXXX.log)

# a free display number
d=90
while [[ -e /tmp/.X11-unix/X$d || -e /tmp/.X$d-lock ]]; do d=$((d + 1)); done
Xvfb ":$d" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=""
cleanup() {
  [[ -n $app ]] && kill "$app" 2>/dev/null && sleep 0.5 && kill -9 "$app" 2>/dev/null
  kill "$xvfb" 2>/dev/null
  wait 2>/dev/null
}
trap cleanup EXIT
export DISPLAY=":$d"
# The virtual screen may take seconds to start on a busy machine (a build beside it): wait
# for it up to 20 s, and say so if it never answers.
up=
for _ in $(seq 200); do xdotool getmouselocation >/dev/null 2>&1 && { up=1; break; }; sleep 0.1; done
[[ -n $up ]] || { echo "look.sh: the virtual screen :$d did not start" >&2; exit 1; }

export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
"$@" >"$log" 2>&1 &
app=$!
[[ -n $pidfile ]] && echo "$app" > "$pidfile"
win=""
for _ in $(seq 600); do
  win=$(xdotool search --onlyvisible --pid "$app" 2>/dev/null | head -n 1)
  [[ -n $win ]] && break
  kill -0 "$app" 2>/dev/null || { echo "look.sh: the program exited before showing a window; its output: $log" >&2; tail -n 20 "$log" >&2; exit 1; }
  sleep 0.1
done
[[ -n $win ]] || { echo "look.sh: no window after 60 s; output: $log" >&2; exit 1; }
# no window manager here: keyboard focus follows the pointer, so keep the pointer over the window
xdotool mousemove --window "$win" 5 5 2>/dev/null
xdotool windowfocus "$win" 2>/dev/null

for step in "${steps[@]}"; do
  read -r verb rest <<<"$step"
  kill -0 "$app" 2>/dev/null || { echo "look.sh: the program exited before step '$step'; output: $log" >&2; tail -n 20 "$log" >&2; exit 1; }
  case "$verb" in
    wait) sleep "$rest" ;;
    shot) import -window root "$rest" && echo "screenshot: $rest" ;;
    key) xdotool key --delay 80 $rest ;;
    type) xdotool type --delay 60 "$rest" ;;
    click) read -r x y <<<"$rest"; xdotool mousemove "$x" "$y" click 1 ;;
    move) read -r x y <<<"$rest"; xdotool mousemove "$x" "$y" ;;
    scroll) read -r dir n <<<"$rest"; b=4; [[ $dir == down ]] && b=5; xdotool click --repeat "${n:-1}" "$b" ;;
    run) bash -c "$rest" ;;
    *) echo "look.sh: unknown step '$step'" >&2; exit 2 ;;
  esac || { echo "look.sh: step failed: $step" >&2; exit 1; }
done
echo "program output: $log"
