#!/usr/bin/env bash
# Performance figures for docs/performance.md, measured side by side in one run on a virtual
# screen: the game against a bare Bevy app with the same features (examples/bare.rs).
#
#   scripts/bench.sh            print the figures
#   scripts/bench.sh --write    also write the table into docs/performance.md (between its
#                               <!-- bench.sh --> markers)
#   BENCH_BASELINE=OLD scripts/bench.sh
#                               also measure OLD (another build of the game, e.g. an earlier
#                               commit's) against this one, in turns, three times each, and print
#                               the medians side by side
#
# Needs: xvfb mesa-vulkan-drivers libvulkan1 xdotool imagemagick python3. Builds in release mode.
set -euo pipefail
cd "$(dirname "$0")/.."
write=${1:-}
cargo build --release --bin takedown --example bare 2>/dev/null
dir="${CARGO_TARGET_DIR:-target}/release"
game="$dir/takedown"
bare="$dir/examples/bare"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$tmp}

clk=$(getconf CLK_TCK)

# measure NAME BINARY KEYS...: prints "first_frame_s peak_kib idle_cpu_percent"
measure() {
    local name=$1 bin=$2; shift 2
    local d=99
    while [[ -e /tmp/.X11-unix/X$d || -e /tmp/.X$d-lock ]]; do d=$((d + 1)); done
    Xvfb ":$d" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    local xvfb=$!
    sleep 1
    export DISPLAY=":$d"
    local start end pid
    # Each run with a data folder of its own: no progress saved by an earlier run to resume.
    rm -rf "$tmp/data"
    start=$(date +%s.%N)
    TAKEDOWN_DATA_DIR="$tmp/data" "$bin" >"$tmp/$name.log" 2>&1 &
    pid=$!
    # First frame: the first moment the screen shows more than the empty background.
    while true; do
        import -window root "$tmp/$name.png" 2>/dev/null || true
        if [[ -f $tmp/$name.png ]] && (( $(convert "$tmp/$name.png" -format %k info: 2>/dev/null || echo 1) > 2 )); then
            end=$(date +%s.%N); break
        fi
        kill -0 "$pid" 2>/dev/null || { echo "$name exited early" >&2; cat "$tmp/$name.log" >&2; exit 1; }
        sleep 0.05
    done
    local win
    win=$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | head -n 1 || true)
    # No window manager: keyboard focus follows the pointer, so put it over the window.
    if [[ -n $win ]]; then
        xdotool mousemove --window "$win" 5 5 2>/dev/null || true
        xdotool windowfocus "$win" 2>/dev/null || true
    fi
    for key in "$@"; do sleep 1; xdotool key "$key"; sleep 1; done
    sleep 3
    local t0 t1
    t0=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    sleep 10
    t1=$(awk '{print $14 + $15}' "/proc/$pid/stat")
    local peak
    peak=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status")
    # What was on screen while idle, to check the game really waited on a question.
    import -window root "${BENCH_SHOTS:-/tmp}/bench-$name-idle.png" 2>/dev/null || true
    kill "$pid"; wait "$pid" 2>/dev/null || true
    kill "$xvfb"; wait "$xvfb" 2>/dev/null || true
    python3 -c "print(f'{$end - $start:.2f} $peak {($t1 - $t0) / $clk / 10 * 100:.1f}')"
}

# Each new screen's time from the input to ready, maps drawn (src/game/timing.rs).
export TAKEDOWN_TIMING=1
read -r bare_first bare_peak bare_cpu < <(measure bare "$bare")
# The game: Enter three times reaches the first question (Play, EncroChat, Begin).
read -r game_first game_peak game_cpu < <(measure game "$game" Return Return Return)
# The game waiting on a reveal with a map and the timeline: stage 1 answered (2018), Next,
# stage 2 (the servers, a stage with places) answered (5).
read -r _ map_peak map_cpu < <(measure map "$game" Return Return Return 2 0 1 8 Return Return 5 Return)
# The input that led to the briefing (its map) and to the servers' reveal (its map, bare and
# lit up, drawn while the question was asked).
briefing_ms=$(grep -m1 '^timing: Briefing' "$tmp/map.log" | sed 's/.*ready \([0-9.]*\) ms.*frames take \([0-9.]*\) ms/\1 \2/')
reveal_ms=$(grep '^timing: Reveal' "$tmp/map.log" | tail -n 1 | sed 's/.*ready \([0-9.]*\) ms.*frames take \([0-9.]*\) ms/\1 \2/')
read -r briefing_ready briefing_frame <<<"${briefing_ms:-nan nan}"
read -r reveal_ready reveal_frame <<<"${reveal_ms:-nan nan}"

# takedown check over 100 generated cases of 20 stages each, each case's figures its own (with
# the same figures in every case, each case gives away every later one's answers: 106,201
# warnings, which measures printing them, not checking).
python3 - "$tmp/cases" <<'PY'
import sys, pathlib
out = pathlib.Path(sys.argv[1]); out.mkdir()
stage = '''        Stage(
            id: "s{n}",
            title: "Stage {n}",
            narrative: ["Something happened at stage {n}."],
            question: Estimate(
                prompt: "How many?",
                unit: "arrests",
                scale: Log,
                truth: Value({v}),
                as_of: "2023-06-27",
                source: Source(publisher: "Europol", title: "Release", date: "2023-06-27", url: "https://www.europol.europa.eu/"),
                explanation: "Because.",
            ),
        ),
'''
for c in range(100):
    stages = "".join(stage.format(n=n, v=100 + n * 7 + c * 1000) for n in range(20))
    (out / f"case{c:03}.ron").write_text(f'''Case(
    schema: 1, id: "case-{c}", title: "Case {c}", summary: "Generated", years: "2020",
    countries: ["France"], briefing: ["A briefing."], lesson: "A lesson.",
    stages: [
{stages}    ],
)
''')
PY
check_start=$(date +%s.%N)
"$game" check "$tmp/cases" >/dev/null 2>&1 || true
check_end=$(date +%s.%N)

report=$(python3 - <<PY
bf, gf = $bare_first, $game_first
bp, gp = $bare_peak, $game_peak
bc, gc = $bare_cpu, $game_cpu
check = $check_end - $check_start
mc, mp = $map_cpu, $map_peak
br, bfr = float("$briefing_ready"), float("$briefing_frame")
rr, rfr = float("$reveal_ready"), float("$reveal_frame")
rows = [
    ("CPU while waiting for input, % of one core over 10 s", f"{bc:.1f}", f"{gc:.1f}", "under 2%", gc < 2),
    ("The same, on a reveal with its map and the timeline", "", f"{mc:.1f}", "under 2%", mc < 2),
    ("Peak memory, MiB", f"{bp/1024:.0f}", f"{gp/1024:.0f} ({gp/bp:.2f}x)", "at most 1.3x", gp / bp <= 1.3),
    ("Peak memory after two maps and a reveal, MiB", "", f"{mp/1024:.0f} ({mp/bp:.2f}x)", "at most 1.3x", mp / bp <= 1.3),
    ("Key to the briefing ready with its map, plus one frame, ms", "", f"{br:.0f} + {bfr:.0f}", "under 100", br + bfr < 100),
    ("Key to a reveal ready with its map, plus one frame, ms", "", f"{rr:.0f} + {rfr:.0f}", "under 100", rr + rfr < 100),
    ("Time to first frame, s", f"{bf:.2f}", f"{gf:.2f} ({gf/bf:.2f}x)", "at most 1.3x", gf / bf <= 1.3),
    ("takedown check, 100 cases x 20 stages, s", "", f"{check:.3f}", "under 0.5 s", check < 0.5),
]
print("| Figure | Bare Bevy app | Takedown | Target | Met |")
print("| --- | --- | --- | --- | --- |")
for name, b, g, target, ok in rows:
    print(f"| {name} | {b} | {g} | {target} | {'yes' if ok else 'NO'} |")
PY
)
echo "$report"
if [[ $write == --write ]]; then
    # Replace the table between the markers in docs/performance.md; the notes stay.
    REPORT="$report" DATE="$(date -u +%Y-%m-%d)" CORES="$(nproc)" python3 - <<'PY'
import os, re, pathlib
doc = pathlib.Path("docs/performance.md")
text = doc.read_text()
block = (f"<!-- bench.sh -->\nMeasured by `scripts/bench.sh` on {os.environ['DATE']}, "
         f"{os.environ['CORES']} cores, release build.\n\n{os.environ['REPORT']}\n<!-- /bench.sh -->")
text = re.sub(r"<!-- bench.sh -->.*?<!-- /bench.sh -->", lambda _: block, text, flags=re.S)
doc.write_text(text)
PY
    echo "wrote docs/performance.md"
fi

if [[ -n ${BENCH_BASELINE:-} ]]; then
    # The same game runs, in turns with the baseline (so that a slow minute hits both), three
    # times each; the medians.
    for round in 1 2 3; do
        for who in old new; do
            bin=$game
            [[ $who == old ]] && bin=$BENCH_BASELINE
            read -r first peak _ < <(measure "$who-game" "$bin" Return Return Return)
            read -r _ map _ < <(measure "$who-map" "$bin" Return Return Return 2 0 1 8 Return Return 5 Return)
            echo "$who $first $peak $map" >>"$tmp/versus"
        done
    done
    python3 - "$tmp/versus" "$BENCH_BASELINE" <<'PY'
import sys, statistics
rows = [line.split() for line in open(sys.argv[1])]
def median(who, i):
    return statistics.median(float(r[i]) for r in rows if r[0] == who)
print()
print(f"Against {sys.argv[2]}, in turns, median of {sum(r[0] == 'old' for r in rows)} runs each:")
print()
print("| Figure | Baseline | This build | Change |")
print("| --- | --- | --- | --- |")
for name, i, unit, scale in [("Time to first frame", 1, "s", 1), ("Peak memory", 2, "MiB", 1024),
                             ("Peak memory after two maps and a reveal", 3, "MiB", 1024)]:
    old, new = median("old", i) / scale, median("new", i) / scale
    fmt = "{:.2f}" if unit == "s" else "{:.0f}"
    print(f"| {name}, {unit} | {fmt.format(old)} | {fmt.format(new)} | {new / old - 1:+.1%} |")
PY
fi
