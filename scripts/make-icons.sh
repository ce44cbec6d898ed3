#!/usr/bin/env bash
# The game's icon at every size, from assets/icon/takedown.svg: PNGs at 16 to 512 px (the
# window, the Linux desktop entry, the web page's favicon) and a Windows .ico (the .exe).
# The results are committed; run this again after changing the SVG.
#
#   scripts/make-icons.sh
#
# Needs: librsvg2-bin (rsvg-convert) and imagemagick (Debian packages).
set -euo pipefail
cd "$(dirname "$0")/../assets/icon"
sizes=(16 24 32 48 64 128 256 512)
for size in "${sizes[@]}"; do
    rsvg-convert -w "$size" -h "$size" takedown.svg -o "takedown-$size.png"
done
# Windows shows 16 to 256 px; PNG-compressed entries keep the file small.
convert takedown-16.png takedown-24.png takedown-32.png takedown-48.png takedown-64.png \
    takedown-256.png takedown.ico
ls -l takedown*
