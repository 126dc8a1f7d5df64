#!/usr/bin/env bash
# Renders the app icon (resources/icons/eventdesk.svg, drawn by hand) into the PNG sizes of the hicolor theme
# and the Windows .ico. The results are committed; run this only after changing the SVG. Needs ImageMagick
# (`convert`) or rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."
svg=resources/icons/eventdesk.svg
out=packaging/icons
for size in 16 24 32 48 64 128 256; do
  mkdir -p "$out/${size}x${size}"
  png="$out/${size}x${size}/io.eventdesk.EventDesk.png"
  if command -v rsvg-convert >/dev/null; then
    rsvg-convert -w "$size" -h "$size" "$svg" -o "$png"
  else
    convert -background none "$svg" -resize "${size}x${size}" -strip -define png:bit-depth=8 "PNG32:$png"
  fi
done
convert $(for s in 16 24 32 48 64 128 256; do echo "$out/${s}x${s}/io.eventdesk.EventDesk.png"; done) \
  packaging/windows/eventdesk.ico
echo "render-icons: wrote $out/*/io.eventdesk.EventDesk.png and packaging/windows/eventdesk.ico"
