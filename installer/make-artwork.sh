#!/usr/bin/env bash
# Regenerates the artwork that the Windows and macOS packages use, from resources/icons and installer/macos:
#   installer/windows/pointdesk.ico      16..256 px (ImageMagick), compiled into pointdesk.exe and shown by the MSI
#   installer/macos/pointdesk.icns       16..1024 px PNG entries, the bundle's icon (CFBundleIconFile)
#   installer/macos/dmg-background.png   the disk image window's background, from dmg-background.svg
# They are committed, so that neither a Windows nor a macOS builder needs ImageMagick or librsvg: run this after
# changing resources/icons/pointdesk.svg or its PNGs, on Linux with imagemagick, librsvg2-bin and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
svg=resources/icons/pointdesk.svg
png() { echo "resources/icons/hicolor/${1}x${1}/apps/pointdesk.png"; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Windows: every size Explorer asks for; the 256 px entry stays PNG-compressed as Windows expects.
convert "$(png 16)" "$(png 24)" "$(png 32)" "$(png 48)" "$(png 64)" "$(png 128)" "$(png 256)" \
  -define icon:format=png installer/windows/pointdesk.ico

# macOS: icons sit on Apple's grid (the shape is 824 of 1024 px, centred), so the drawing is rendered smaller than
# the canvas instead of reusing the full-bleed Linux PNGs.
for size in 16 32 64 128 256 512 1024; do
  inner=$(( (size * 824 + 512) / 1024 ))
  rsvg-convert -w "$inner" -h "$inner" "$svg" -o "$work/inner.png"
  convert -size "${size}x${size}" xc:none "$work/inner.png" -gravity center -composite \
    -define png:color-type=6 "$work/$size.png"
done
python3 - "$work" installer/macos/pointdesk.icns <<'PY'
import struct, sys
work, out = sys.argv[1], sys.argv[2]
# OSType -> pixel size of the PNG it holds (the @2x types hold the doubled size).
entries = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
           ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512)]
body = b""
for ostype, size in entries:
    with open(f"{work}/{size}.png", "rb") as f:
        data = f.read()
    body += ostype.encode("ascii") + struct.pack(">I", len(data) + 8) + data
with open(out, "wb") as f:
    f.write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
rsvg-convert -w 600 -h 400 installer/macos/dmg-background.svg -o installer/macos/dmg-background.png
echo "Wrote installer/windows/pointdesk.ico, installer/macos/pointdesk.icns and installer/macos/dmg-background.png"
