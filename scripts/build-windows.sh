#!/usr/bin/env bash
# Build takedown.exe for 64-bit Windows on Debian (cross-compiled; see
# ../shared/design/windows-build.md and docs/releasing.md).
#
#   scripts/build-windows.sh [--quick] [OUT_DIR]
#
#   --quick   the `dev` profile: quicker to build, larger and slower (CI's packages)
#   OUT_DIR   default: target/windows-dist; takedown.exe is written there
#
# rustup here has no Windows target, so Debian's Rust for the web builds the standard library
# for x86_64-pc-windows-gnu from source (RUSTC_BOOTSTRAP=1, -Zbuild-std), and mingw-w64's gcc
# links: apt-get install rustc-web cargo-web rust-web-src rust-web-llvm lld-22
# gcc-mingw-w64-x86-64. If rustup has the target (another machine), it is used instead.
set -euo pipefail
cd "$(dirname "$0")/.."
profile=release
while [[ $# -gt 0 ]]; do
    case "$1" in
        --quick) profile=dev; shift ;;
        -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) break ;;
    esac
done
target=x86_64-pc-windows-gnu
target_dir="${CARGO_TARGET_DIR:-target}/windows"
out=${1:-${CARGO_TARGET_DIR:-target}/windows-dist}
mkdir -p "$out"
started=$(date +%s)
command -v x86_64-w64-mingw32-gcc >/dev/null || {
    echo "no mingw-w64 linker: apt-get install gcc-mingw-w64-x86-64" >&2
    exit 1
}
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc
if rustup target list --installed 2>/dev/null | grep -qx "$target"; then
    echo "building with rustup's $target target ($profile)"
    CARGO_TARGET_DIR="$target_dir" cargo build --locked --profile "$profile" --target "$target" \
        --bin takedown
elif [[ -x /usr/bin/cargo && -x /usr/bin/rustc && -d /usr/lib/rustlib/src/rust/library ]]; then
    echo "building with Debian's Rust, std from source ($profile)"
    RUSTC_BOOTSTRAP=1 RUSTC=/usr/bin/rustc CARGO_TARGET_DIR="$target_dir" \
        /usr/bin/cargo build --locked --profile "$profile" --target "$target" \
        -Zbuild-std=std,panic_abort --bin takedown
else
    echo "no Rust for Windows here: apt-get install rustc-web cargo-web rust-web-src rust-web-llvm lld-22" >&2
    exit 1
fi
dir=$profile; [[ $profile == dev ]] && dir=debug
cp "$target_dir/$target/$dir/takedown.exe" "$out/takedown.exe"
echo "takedown.exe in $out/ ($profile, $(( $(date +%s) - started )) s, $(( $(stat -c %s "$out/takedown.exe") / 1000000 )) MB)"
