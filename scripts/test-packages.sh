#!/usr/bin/env bash
# Use the packages scripts/dist.sh made as a user would (CI runs this as root on Debian):
#
# - the .deb: `apt-get install ./takedown_…deb`, `takedown --version`, a case played in the
#   terminal from the installed program, the shipped cases checked, the data folder where
#   Linux keeps it; then `apt-get remove`;
# - the Windows zip, under Wine: `takedown.exe --version`, `check levels`, a case played in the
#   terminal, and `host` answering /api/join on a virtual screen, with the class written under
#   %APPDATA%\Takedown\data;
# - the web zip: one folder with the page, the game, the read-me and the licences.
#
#   scripts/test-packages.sh [DIST_DIR]      (default: dist)
#
# Without a Windows zip in DIST_DIR (scripts/dist.sh --no-windows), the Wine part is left out
# and the script says so.
#
# Needs: curl unzip xvfb mesa-vulkan-drivers libvulkan1 wine64 wine gcc-mingw-w64-x86-64.
# What only Wine needs (not real Windows) is set up here, never in the program: see
# docs/releasing.md.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=$(cd "${1:-dist}" && pwd)
version=$(awk -F'"' '/^version = / { print $2; exit }' Cargo.toml)
answers=$(pwd)/tests/fixtures/encrochat-right-answers.txt
tmp=$(mktemp -d)
cleanup() {
    [[ -n ${host:-} ]] && kill "$host" 2>/dev/null
    [[ -n ${WINEPREFIX:-} ]] && wineserver -k 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
expect() {  # $1: what, $2: text expected, $3: output
    grep -qF -- "$2" <<<"$3" || fail "$1: expected \"$2\" in: $3"
    echo "ok: $1"
}

echo "== the Debian package"
deb="$dist/takedown_${version}-1_amd64.deb"
[[ -f $deb ]] || fail "no $deb"
apt-get install -y -qq "$deb" >/dev/null
expect "installed in /usr/bin" "/usr/bin/takedown" "$(command -v takedown)"
expect "--version names the version and commit" "takedown $version (commit" "$(takedown --version)"
expect "a desktop entry with the icon" "Icon=takedown" "$(cat /usr/share/applications/takedown.desktop)"
[[ -f /usr/share/icons/hicolor/256x256/apps/takedown.png ]] || fail "no icon"
out=$(cd "$tmp" && HOME="$tmp/home" XDG_DATA_HOME= takedown text --lang en --case encrochat <"$answers")
expect "a case played in the terminal" "Total: 1,700 points of 1,700" "$out"
ls "$tmp/home/.local/share/takedown/profiles/default/"* >/dev/null 2>&1 \
    || fail "nothing kept in ~/.local/share/takedown"
echo "ok: the result kept in ~/.local/share/takedown"
expect "the shipped cases check" "encrochat.ron: ok: encrochat" \
    "$(takedown check --strict /usr/share/takedown/levels)"
apt-get remove -y -qq takedown >/dev/null
[[ ! -e /usr/bin/takedown ]] || fail "still installed after apt-get remove"
echo "ok: removed"

echo "== the web zip"
web="$dist/takedown-$version-web.zip"
[[ -f $web ]] || fail "no $web"
unzip -q "$web" -d "$tmp/web"
for f in index.html loader.js play.css takedown.js takedown_bg.wasm takedown_bg.wasm.gz \
    icon.svg READ-ME-FIRST.txt LICENSE-MIT; do
    [[ -f "$tmp/web/takedown-$version-web/$f" ]] || fail "the web zip has no takedown-$version-web/$f"
done
echo "ok: the web zip holds one folder with the page, the game and its read-me"

echo "== the Windows zip, under Wine"
zip="$dist/takedown-$version-windows-x86_64.zip"
if [[ ! -f $zip ]]; then
    echo "left out: no $zip (scripts/dist.sh makes it unless given --no-windows)"
    echo "all package tests passed, Windows left out"
    exit 0
fi
unzip -q "$zip" -d "$tmp/win"
folder="$tmp/win/takedown-$version-windows-x86_64"
export WINEPREFIX="$tmp/wine" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
# Only Wine: 1. Wine 8 has no bcryptprimitives.dll (Windows 10 and 11 do), which Rust's
# standard library asks for random bytes: a stand-in beside the .exe.
cat >"$tmp/prng.c" <<'C'
#include <windows.h>
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);
BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG n = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, n)) return FALSE;
        data += n;
        length -= n;
    }
    return TRUE;
}
C
printf 'LIBRARY bcryptprimitives\nEXPORTS\nProcessPrng\n' >"$tmp/prng.def"
x86_64-w64-mingw32-gcc -shared -O2 -o "$folder/bcryptprimitives.dll" "$tmp/prng.c" \
    "$tmp/prng.def" -ladvapi32
wineboot --init >/dev/null 2>&1 || true
# 2. winit asserts on Xvfb's display modes; Wine's virtual desktop has proper ones.
wine reg add 'HKCU\Software\Wine\Explorer' /v Desktop /d Default /f >/dev/null 2>&1
wine reg add 'HKCU\Software\Wine\Explorer\Desktops' /v Default /d 1280x800 /f >/dev/null 2>&1
# 3. Wine's DX12 cannot compile shaders: draw with the host's Vulkan (software) instead.
export WGPU_BACKEND=vulkan
cd "$folder"
expect "takedown.exe --version" "takedown $version (commit" "$(wine takedown.exe --version 2>&1)"
expect "takedown.exe check levels" "encrochat.ron: ok: encrochat" \
    "$(wine takedown.exe check --strict levels 2>&1 | tr -d '\r' | sed 's|\\|/|g')"
out=$(wine takedown.exe text --lang en --case encrochat <"$answers" 2>&1 | tr -d '\r')
expect "a case played in the terminal" "Total: 1,700 points of 1,700" "$out"
appdata="$WINEPREFIX/drive_c/users/$(whoami)/AppData/Roaming/Takedown/data"
[[ -n $(ls "$appdata/profiles/default/" 2>/dev/null) ]] \
    || fail "nothing kept in %APPDATA%\\Takedown\\data ($appdata)"
echo "ok: the result kept in %APPDATA%\\Takedown\\data"

# The Wine session started by the commands above has no screen; the host's window needs one,
# so it starts a new session on the virtual screen (else: "Unable to find a GPU").
wineserver -k 2>/dev/null || true
wineserver -w
port=$(( 20000 + RANDOM % 20000 ))
xvfb-run -a -s "-screen 0 1280x800x24" wine takedown.exe host --case encrochat \
    --bind 127.0.0.1 --port "$port" --code 4821 >"$tmp/host.log" 2>&1 &
host=$!
joined=""
for _ in $(seq 90); do
    joined=$(curl -sf -X POST -H 'Content-Type: application/json' \
        -d '{"code":"4821","name":"Ana"}' "http://127.0.0.1:$port/api/join" || true)
    [[ -n $joined ]] && break
    kill -0 "$host" 2>/dev/null || break
    sleep 1
done
[[ $joined == *'"token"'* ]] || {
    echo "the host's output:" >&2
    tr -d '\r' <"$tmp/host.log" | tail -40 >&2
    fail "takedown.exe host did not answer /api/join within 90 s (got: $joined)"
}
echo "ok: takedown.exe host answers /api/join"
ls "$appdata/classes/"*.json >/dev/null 2>&1 || fail "the class was not written under %APPDATA%"
echo "ok: the class kept in %APPDATA%\\Takedown\\data\\classes"
echo "all package tests passed"
