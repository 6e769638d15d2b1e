#!/usr/bin/env bash
# Sign, package, notarise and staple the macOS build: dist/Side-by-Side Desktop.app -> .dmg.
#
# Run from the repository root after the PyInstaller build (build/README.md). Signing and
# notarisation are driven by environment variables and skipped, with a message, when unset:
#   SBS_MACOS_SIGN_IDENTITY    "Developer ID Application: Name (TEAMID)" in the keychain
#   SBS_NOTARY_KEYCHAIN_PROFILE  a profile saved with `xcrun notarytool store-credentials`
#   or SBS_NOTARY_APPLE_ID, SBS_NOTARY_TEAM_ID, SBS_NOTARY_PASSWORD (app-specific password)
# Output: dist/Side-by-Side-Desktop-<version>-macos-<arm64|x86_64>.dmg
set -euo pipefail
cd "$(dirname "$0")/../.."

APP_NAME="Side-by-Side Desktop"
APP="dist/${APP_NAME}.app"
ENTITLEMENTS="build/macos/entitlements.plist"
if [ ! -d "$APP" ]; then
    echo "make-dmg: $APP not found; build it first (build/README.md)" >&2
    exit 1
fi
VERSION=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$APP/Contents/Info.plist")
DMG="dist/Side-by-Side-Desktop-${VERSION}-macos-$(uname -m).dmg"
IDENTITY="${SBS_MACOS_SIGN_IDENTITY:-}"

sign_app() {
    # Inside out: every Mach-O file (libraries, Qt plugins, Python extensions) first, then
    # the executable and the bundle with the entitlements. --deep is avoided because it
    # signs nested code with the outer entitlements; Apple advises signing each piece.
    echo "make-dmg: signing $APP as $IDENTITY (hardened runtime)"
    find "$APP/Contents" -type f ! -path "*/Contents/MacOS/*" -print0 |
        while IFS= read -r -d '' file; do
            if file -b "$file" | grep -q "Mach-O"; then
                codesign --force --timestamp --options runtime --sign "$IDENTITY" "$file"
            fi
        done
    codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" \
        --sign "$IDENTITY" "$APP/Contents/MacOS/sbs-desktop"
    codesign --force --timestamp --options runtime --entitlements "$ENTITLEMENTS" \
        --sign "$IDENTITY" "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
}

make_dmg() {
    local staging
    staging=$(mktemp -d)
    cp -R "$APP" "$staging/"
    # A link to /Applications so the person can drag the app across in the opened image.
    ln -s /Applications "$staging/Applications"
    rm -f "$DMG"
    hdiutil create -volname "$APP_NAME $VERSION" -srcfolder "$staging" -fs HFS+ \
        -format UDZO -imagekey zlib-level=9 -ov "$DMG"
    rm -rf "$staging"
}

notarise() {
    local credentials=()
    if [ -n "${SBS_NOTARY_KEYCHAIN_PROFILE:-}" ]; then
        credentials=(--keychain-profile "$SBS_NOTARY_KEYCHAIN_PROFILE")
    elif [ -n "${SBS_NOTARY_APPLE_ID:-}" ] && [ -n "${SBS_NOTARY_TEAM_ID:-}" ] \
            && [ -n "${SBS_NOTARY_PASSWORD:-}" ]; then
        credentials=(--apple-id "$SBS_NOTARY_APPLE_ID" --team-id "$SBS_NOTARY_TEAM_ID"
                     --password "$SBS_NOTARY_PASSWORD")
    else
        echo "make-dmg: no notary credentials (SBS_NOTARY_KEYCHAIN_PROFILE, or"
        echo "          SBS_NOTARY_APPLE_ID + SBS_NOTARY_TEAM_ID + SBS_NOTARY_PASSWORD):"
        echo "          NOT notarised; Gatekeeper will refuse the app on other Macs."
        return 0
    fi
    echo "make-dmg: submitting $DMG to Apple's notary service (waits for the verdict)"
    xcrun notarytool submit "$DMG" "${credentials[@]}" --wait --timeout 30m
    # The ticket is stapled to the image so that it opens offline, as supporters often are.
    xcrun stapler staple "$DMG"
    xcrun stapler validate "$DMG"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$DMG"
}

if [ -n "$IDENTITY" ]; then
    sign_app
else
    echo "make-dmg: SBS_MACOS_SIGN_IDENTITY is not set: the app and the .dmg are NOT signed"
    echo "          or notarised (fine for testing; Gatekeeper will block them elsewhere)."
fi
make_dmg
if [ -n "$IDENTITY" ]; then
    codesign --force --timestamp --sign "$IDENTITY" "$DMG"
    notarise
fi
echo "make-dmg: wrote $DMG"
