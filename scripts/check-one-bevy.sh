#!/usr/bin/env bash
# Fails if Cargo.lock holds more than one version of Bevy (an ecosystem crate made for a newer
# Bevy would pull it in; Bevy 0.20 needs a newer Rust than this project's 1.95).
set -euo pipefail
cd "$(dirname "$0")/.."
n=$(grep -c '^name = "bevy"$' Cargo.lock)
if [ "$n" -ne 1 ]; then
    echo "Cargo.lock holds $n versions of bevy; pin every Bevy crate to versions made for 0.19" >&2
    grep -A1 '^name = "bevy"$' Cargo.lock >&2
    exit 1
fi
echo "one bevy: $(grep -A1 '^name = "bevy"$' Cargo.lock | sed -n 's/version = //p')"
