#!/usr/bin/env bash
# Build the game for the web: a folder with index.html, the JavaScript glue and the .wasm, ready
# to copy to any static web server (or to serve with `takedown host`, at /play).
#
#   scripts/build-web.sh [--dev] [OUT_DIR]
#
#   --dev     a quicker, larger build (no link-time optimisation, no wasm-opt), for tests
#   OUT_DIR   default: web/dist
#
# The Rust side: if rustup has the wasm32-unknown-unknown target, it is used. Otherwise Debian's
# Rust for the web is (apt-get install rustc-web cargo-web rust-web-src rust-web-llvm lld-22):
# it builds the standard library for wasm32 from source (RUSTC_BOOTSTRAP=1, -Zbuild-std).
# wasm-bindgen-cli is installed with cargo at exactly the version in Cargo.lock when missing;
# wasm-opt (npm's binaryen; Debian's is too old) shrinks the .wasm when Node.js and npm are
# there, and the script says so when they are not. Tools go to ~/.cache/takedown/tools.
set -euo pipefail
cd "$(dirname "$0")/.."
profile=wasm-release
while [[ $# -gt 0 ]]; do
    case "$1" in
        --dev) profile=wasm-dev; shift ;;
        -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) break ;;
    esac
done
out=${1:-web/dist}
target_dir="${CARGO_TARGET_DIR:-target}/web"
tools="${TAKEDOWN_TOOLS:-$HOME/.cache/takedown/tools}"
mkdir -p "$tools" "$out"
started=$(date +%s)

# 1. The .wasm.
if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    echo "building with rustup's wasm32 target ($profile)"
    CARGO_TARGET_DIR="$target_dir" cargo build --locked --profile "$profile" \
        --target wasm32-unknown-unknown --bin takedown
elif [[ -x /usr/bin/cargo && -x /usr/bin/rustc && -d /usr/lib/rustlib/src/rust/library ]]; then
    echo "building with Debian's Rust for the web, std from source ($profile)"
    RUSTC_BOOTSTRAP=1 RUSTC=/usr/bin/rustc CARGO_TARGET_DIR="$target_dir" \
        /usr/bin/cargo build --locked --profile "$profile" --target wasm32-unknown-unknown \
        -Zbuild-std=std,panic_abort --bin takedown
else
    echo "no Rust for wasm32 here: rustup has no wasm32-unknown-unknown target, and Debian's" >&2
    echo "rustc-web is not installed (apt-get install rustc-web cargo-web rust-web-src rust-web-llvm lld-22)" >&2
    exit 1
fi
wasm="$target_dir/wasm32-unknown-unknown/$profile/takedown.wasm"

# 2. The JavaScript glue, from wasm-bindgen at the version Cargo.lock has.
version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
bindgen="$tools/bin/wasm-bindgen"
if [[ ! -x $bindgen ]] || [[ $("$bindgen" --version) != "wasm-bindgen $version" ]]; then
    echo "installing wasm-bindgen-cli $version (once)"
    # Not --locked: its own lockfile names a crate version the registry no longer serves.
    cargo install wasm-bindgen-cli --version "$version" --root "$tools" --quiet
fi
"$bindgen" --target web --no-typescript --out-dir "$out" --out-name takedown "$wasm"

# 3. Smaller: wasm-opt from npm's binaryen, where Node.js is.
if [[ $profile == wasm-release ]]; then
    if command -v npm >/dev/null && command -v node >/dev/null; then
        if [[ ! -x $tools/node_modules/.bin/wasm-opt ]]; then
            echo "installing binaryen (wasm-opt) from npm (once)"
            npm install --prefix "$tools" --no-save --silent binaryen@132.0.0 >/dev/null
        fi
        before=$(stat -c %s "$out/takedown_bg.wasm")
        "$tools/node_modules/.bin/wasm-opt" -Oz --enable-bulk-memory \
            --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
            --enable-reference-types --enable-multivalue \
            -o "$out/takedown_bg.wasm.opt" "$out/takedown_bg.wasm"
        mv "$out/takedown_bg.wasm.opt" "$out/takedown_bg.wasm"
        echo "wasm-opt: $before -> $(stat -c %s "$out/takedown_bg.wasm") bytes"
    else
        echo "no Node.js/npm here: the .wasm is not shrunk with wasm-opt (it works, only larger)"
    fi
fi

# 4. The page.
cp web/index.html web/loader.js web/words.js web/play.css "$out/"
cp assets/icon/takedown.svg "$out/icon.svg"
cp assets/icon/takedown-64.png "$out/icon-64.png"
# A precompressed copy, for servers that send it to browsers taking gzip (`takedown host`'s
# /play does; nginx's gzip_static, Apache's mod_rewrite rules can).
gzip -9 -n -k -f "$out/takedown_bg.wasm"
raw=$(stat -c %s "$out/takedown_bg.wasm")
gz=$(stat -c %s "$out/takedown_bg.wasm.gz")
echo "web build in $out/ ($profile, $(( $(date +%s) - started )) s)"
awk -v r="$raw" -v g="$gz" 'BEGIN { printf "takedown_bg.wasm: %.1f MB, %.1f MB gzipped\n", r / 1e6, g / 1e6 }'
echo "try it: python3 -m http.server --bind 127.0.0.1 --directory $out 8000, then open http://127.0.0.1:8000/"
