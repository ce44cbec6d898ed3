#!/usr/bin/env bash
# screen-reader.sh: what a screen reader (Orca) finds in the game window, over AT-SPI, the
# Linux accessibility bus: the title, a question (EncroChat's first), the same with an
# estimate typed, and its reveal, each printed as a tree of roles, names, values and
# descriptions, with the focus marked, then the game's CPU use while it waits with the screen
# reader on. Fails if the window never shows on the bus, if a focusable element has no name, or
# if nothing has focus.
#
#   scripts/screen-reader.sh [--lang en|fr|nl|de]
#
# It runs in a D-Bus session of its own with the AT-SPI bus started and a screen reader
# announced as on (the window's AccessKit adapter starts only then), on a virtual screen
# (scripts/look.sh). The game: $TAKEDOWN_BIN, else the debug build (built if missing).
# Needs (Debian): at-spi2-core gir1.2-atspi-2.0 python3-gi dbus, and look.sh's xvfb xdotool
# imagemagick mesa-vulkan-drivers libvulkan1.
set -euo pipefail
cd "$(dirname "$0")/.."
lang=en
if [[ ${1:-} == --lang ]]; then lang=$2; fi
bin=${TAKEDOWN_BIN:-${CARGO_TARGET_DIR:-target}/debug/takedown}
if [[ ! -x $bin ]]; then cargo build --bin takedown; fi
if [[ -z ${TAKEDOWN_SCREEN_READER_SESSION:-} ]]; then
    exec env TAKEDOWN_SCREEN_READER_SESSION=1 dbus-run-session -- "$0" "$@"
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
dump="$py scripts/screen-reader.py dump"
scripts/look.sh \
    "run $py scripts/screen-reader.py wait" \
    "run $dump title" \
    "key Return" "wait 2" "key Return" "wait 2" "key Return" "wait 3" \
    "run $dump question" \
    "type 2018" "wait 2" \
    "run $dump typed" \
    "key Return" "wait 4" \
    "run $dump reveal" \
    "run $py scripts/screen-reader.py cpu $data/pid" \
    --pidfile "$data/pid" \
    -- env TAKEDOWN_DATA_DIR="$data" "$bin" --lang "$lang" --seed 7
