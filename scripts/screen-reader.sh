#!/usr/bin/env bash
# screen-reader.sh: what a screen reader (Orca) finds in the game window, over AT-SPI, the
# Linux accessibility bus: the title, a question (EncroChat's first), the same with an
# estimate typed, and its reveal, each printed as a tree of roles, names, values and
# descriptions, with the focus marked, then the game's CPU use while it waits with the screen
# reader on. Fails if the window never shows on the bus, if a focusable element has no name, or
# if nothing has focus.
#
#   scripts/screen-reader.sh [--lang en|fr|nl|de] [--largest] [--size WxH]
#
# Each screen is also checked for where things are: nothing reaches past the window's sides,
# and the focused element is wholly in the window and over no other control (WCAG 1.4.4 and
# 2.4.11). --largest: the largest text size. --size: the window (default 1280x800).
#
# It runs in a D-Bus session of its own with the AT-SPI bus started and a screen reader
# announced as on (the window's AccessKit adapter starts only then), on a virtual screen
# (scripts/look.sh). The game: $TAKEDOWN_BIN, else the debug build (built if missing).
# Needs (Debian): at-spi2-core gir1.2-atspi-2.0 python3-gi dbus, and look.sh's xvfb xdotool
# imagemagick mesa-vulkan-drivers libvulkan1.
set -euo pipefail
cd "$(dirname "$0")/.."
lang=en
largest=
size=1280x800
while [[ $# -gt 0 ]]; do
    case "$1" in
        --lang) lang=$2; shift 2 ;;
        --largest) largest=yes; shift ;;
        --size) size=$2; shift 2 ;;
        *) echo "screen-reader.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
bin=${TAKEDOWN_BIN:-${CARGO_TARGET_DIR:-target}/debug/takedown}
if [[ ! -x $bin ]]; then cargo build --bin takedown; fi
if [[ -z ${TAKEDOWN_SCREEN_READER_SESSION:-} ]]; then
    exec env TAKEDOWN_SCREEN_READER_SESSION=1 dbus-run-session -- "$0" --lang "$lang" --size "$size" ${largest:+--largest}
fi

/usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
launcher=$!
data=$(mktemp -d)
trap 'kill $launcher 2>/dev/null; rm -rf "$data"' EXIT
# A screen reader is on: what Orca sets when it starts.
on=
for _ in $(seq 100); do
    if gdbus call --session --dest org.a11y.Bus --object-path /org/a11y/bus \
        --method org.freedesktop.DBus.Properties.Set org.a11y.Status ScreenReaderEnabled '<true>' \
        >/dev/null 2>&1; then
        on=1
        break
    fi
    sleep 0.1
done
[[ -n $on ]] || { echo "screen-reader.sh: the AT-SPI bus did not start (apt-get install at-spi2-core)" >&2; exit 1; }
gdbus call --session --dest org.a11y.Bus --object-path /org/a11y/bus \
    --method org.freedesktop.DBus.Properties.Set org.a11y.Status IsEnabled '<true>' >/dev/null

# Debian's Python: the one python3-gi is for.
py=/usr/bin/python3
if [[ -n $largest ]]; then
    echo '{"text_size": "Larger"}' > "$data/settings.json"
fi
# Each screen is also checked for where things are (nothing past the window's sides, the
# focused element wholly in view and over no other control).
dump() { echo "run $py scripts/screen-reader.py dump $1 --layout $size"; }
scripts/look.sh \
    "run $py scripts/screen-reader.py wait" \
    "$(dump title)" \
    "key Return" "wait 2" "key Return" "wait 2" "key Return" "wait 3" \
    "$(dump question)" \
    "type 2018" "wait 2" \
    "$(dump typed)" \
    "key Return" "wait 4" \
    "$(dump reveal)" \
    "run $py scripts/screen-reader.py cpu $data/pid" \
    --pidfile "$data/pid" --size "$size" \
    -- env TAKEDOWN_DATA_DIR="$data" "$bin" --lang "$lang" --seed 7 --window "$size"
