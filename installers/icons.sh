#!/usr/bin/env bash
# Renders every icon the packages ship from the one source, assets/icons/bas-audit.svg:
#   assets/icons/hicolor/NxN/bas-audit.png   (Linux: the hicolor sizes; the SVG ships as scalable)
#   installers/windows/bas-audit.ico          (16-256 px, PNG-compressed entries)
#   installers/macos/bas-audit.icns           (16-1024 px)
# The results are committed, so packaging needs none of these tools; run this after changing the
# SVG. Needs: apt-get install -y librsvg2-bin icoutils icnsutils
set -euo pipefail
cd "$(dirname "$0")/.."
svg=assets/icons/bas-audit.svg
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

render() { rsvg-convert --width "$1" --height "$1" "$svg" --output "$2"; }

for n in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "assets/icons/hicolor/${n}x${n}"
    render "$n" "assets/icons/hicolor/${n}x${n}/bas-audit.png"
done

ico=()
for n in 16 24 32 48 64 128 256; do
    render "$n" "$tmp/ico-$n.png"
    ico+=("$tmp/ico-$n.png")
done
# -r: store as PNG (Windows Vista and later read it; keeps the 256 px entry small).
icotool --create --raw="$tmp/ico-256.png" "${ico[@]:0:6}" --output installers/windows/bas-audit.ico

icns=()
for n in 16 32 48 128 256 512 1024; do
    render "$n" "$tmp/icns-$n.png"
    icns+=("$tmp/icns-$n.png")
done
png2icns installers/macos/bas-audit.icns "${icns[@]}" >/dev/null

ls -l assets/icons/hicolor/*/bas-audit.png installers/windows/bas-audit.ico installers/macos/bas-audit.icns
