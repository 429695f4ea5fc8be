#!/usr/bin/env bash
# Builds "BAS Audit.app" (a universal binary for Apple silicon and Intel) and
# target/macos/BAS-Audit-VERSION.dmg. Runs on macOS only (lipo, codesign, hdiutil, xcrun):
# NOT RUN ON THE PROJECT'S MACHINES; installers/README.md says what was and was not verified.
#
# Signing and notarisation happen only when their secrets are set; without them the .app and
# .dmg are unsigned (Gatekeeper then asks the user to confirm in System Settings > Privacy &
# Security on first start):
#   MACOS_SIGNING_IDENTITY   "Developer ID Application: NAME (TEAMID)", in an unlocked keychain
#                            (the release workflow imports it from a .p12 secret)
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   notarytool credentials (an app-specific
#                            password of the Apple ID, never the account password)
# Needs: rustup targets aarch64-apple-darwin and x86_64-apple-darwin, Xcode command line tools.
set -euo pipefail
cd "$(dirname "$0")/../.."

[ "$(uname -s)" = Darwin ] || { echo "make-dmg.sh: runs on macOS only" >&2; exit 2; }
version=$(cargo metadata --format-version 1 --no-deps |
    python3 -c 'import json, sys
print(next(p["version"] for p in json.load(sys.stdin)["packages"] if p["name"] == "bas-audit"))')
out=target/macos
app="$out/BAS Audit.app"
dmg="$out/BAS-Audit-$version.dmg"
rm -rf "$out"
mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"

# 1. One binary for both architectures.
for target in aarch64-apple-darwin x86_64-apple-darwin; do
    cargo build --locked --profile dist -p bas-audit --target "$target"
done
lipo -create -output "$app/Contents/MacOS/bas-audit" \
    target/aarch64-apple-darwin/dist/bas-audit target/x86_64-apple-darwin/dist/bas-audit
lipo -info "$app/Contents/MacOS/bas-audit"

# 2. The bundle: Info.plist with the version, the icon, the licences.
sed "s/@VERSION@/$version/g" installers/macos/Info.plist >"$app/Contents/Info.plist"
plutil -lint "$app/Contents/Info.plist"
cp installers/macos/bas-audit.icns "$app/Contents/Resources/bas-audit.icns"
python3 installers/third-party-licenses.py aarch64-apple-darwin \
    "$app/Contents/Resources/third-party-licenses.txt"
cp LICENSE-MIT LICENSE-APACHE assets/SOURCES.md assets/gui/DejaVu-LICENSE.txt \
    "$app/Contents/Resources/"
"$app/Contents/MacOS/bas-audit" --version

# 3. Sign the app: Developer ID, hardened runtime (required for notarisation), secure timestamp.
# The app needs no entitlements: it is not sandboxed, loads no unsigned code and has no JIT.
if [ -n "${MACOS_SIGNING_IDENTITY:-}" ]; then
    codesign --force --options runtime --timestamp --sign "$MACOS_SIGNING_IDENTITY" "$app"
    codesign --verify --strict --verbose=2 "$app"
else
    echo "make-dmg.sh: MACOS_SIGNING_IDENTITY not set: the app is NOT signed" >&2
fi

# 4. The disk image: the app and a link to /Applications to drag it onto.
staging="$out/dmg"
mkdir -p "$staging"
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "BAS Audit" -srcfolder "$staging" -ov -format UDZO "$dmg"
rm -rf "$staging"

# 5. Sign the image, notarise it (Apple scans it; --wait returns the verdict), staple the ticket
# so Gatekeeper accepts it offline, and check as Gatekeeper would.
if [ -n "${MACOS_SIGNING_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$MACOS_SIGNING_IDENTITY" "$dmg"
    if [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
        xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
            --password "$APPLE_APP_PASSWORD" --wait
        xcrun stapler staple "$dmg"
        xcrun stapler validate "$dmg"
        spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
    else
        echo "make-dmg.sh: notarisation credentials not set: the image is signed, NOT notarised" >&2
    fi
fi
echo "$dmg"
