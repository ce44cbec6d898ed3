#!/usr/bin/env bash
# Figures of the web version for docs/performance.md: the .wasm's size (raw and gzipped), page
# load to the title screen in headless Chromium, and the browser's CPU while the page waits on
# a question. Builds the published version first unless DIST_DIR already holds one.
#
#   scripts/bench-web.sh [DIST_DIR]      (default: web/dist)
#
# TAKEDOWN_BENCH_SECONDS=60 measures the CPU over 60 s instead of 10 (finer figures).
#
# Needs: the web build's packages (see scripts/build-web.sh), chromium, chromium-driver.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=${1:-web/dist}
[[ -f $dist/takedown_bg.wasm ]] || scripts/build-web.sh "$dist"
cargo run --quiet --example web_bench -- "$dist"
