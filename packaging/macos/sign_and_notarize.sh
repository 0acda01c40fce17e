#!/usr/bin/env bash
# Sign dist/Lookalike.app (hardened runtime) and, given Apple credentials, notarize and staple it.
# Does nothing (and says so) when the signing secrets are absent, so unsigned builds still work.
#   packaging/macos/sign_and_notarize.sh APP_OR_DMG
# Environment (GitHub secrets in release.yml):
#   MACOS_CERTIFICATE           base64 of a "Developer ID Application" .p12
#   MACOS_CERTIFICATE_PASSWORD  its password
#   MACOS_SIGNING_IDENTITY      e.g. "Developer ID Application: Jane Doe (TEAMID1234)"
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   (app-specific password) for notarization
set -euo pipefail
target="$1"
here="$(cd "$(dirname "$0")" && pwd)"

if [ -z "${MACOS_CERTIFICATE:-}" ] || [ -z "${MACOS_SIGNING_IDENTITY:-}" ]; then
  echo "sign_and_notarize: no signing secrets; leaving $target unsigned (ad-hoc signed by PyInstaller)"
  exit 0
fi

# The code inside APP, one path a line, deepest first: Mach-O files (libraries, Python extension
# modules, executables, framework binaries) and the .framework bundles that hold some of them.
nested_code() {
  find "$1/Contents" \( -type d -name "*.framework" \) -o \
    \( -type f \( -name "*.so" -o -name "*.dylib" -o -perm -u+x \) \) | while IFS= read -r item; do
    if [ -d "$item" ] || file -b "$item" | grep -q "^Mach-O"; then
      slashes="${item//[^\/]/}"
      printf '%04d\t%s\n' "${#slashes}" "$item"
    fi
  done | sort -r | cut -f2-
}

case "$target" in
  *.app)
    keychain="$RUNNER_TEMP/lookalike-signing.keychain-db"
    keychain_password="$(uuidgen)"
    echo "$MACOS_CERTIFICATE" | base64 --decode > "$RUNNER_TEMP/certificate.p12"
    security create-keychain -p "$keychain_password" "$keychain"
    security set-keychain-settings -lut 21600 "$keychain"
    security unlock-keychain -p "$keychain_password" "$keychain"
    security import "$RUNNER_TEMP/certificate.p12" -P "${MACOS_CERTIFICATE_PASSWORD:-}" -A -t cert -f pkcs12 -k "$keychain"
    security set-key-partition-list -S apple-tool:,apple: -k "$keychain_password" "$keychain" >/dev/null
    # shellcheck disable=SC2046  # the existing keychains, one word each, stay in the search list
    security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
    rm -f "$RUNNER_TEMP/certificate.p12"
    # Sign from the inside out (codesign --deep is deprecated for signing): every Mach-O file and
    # every nested bundle (Qt's .framework folders) before what contains it, so the deepest path
    # first; a framework is signed as a bundle, which seals its Info.plist and resources, or
    # notarization rejects it. The app last, with the entitlements its executable needs.
    nested_code "$target" | while IFS= read -r item; do
      codesign --force --timestamp --options runtime --sign "$MACOS_SIGNING_IDENTITY" "$item"
    done
    codesign --force --timestamp --options runtime --entitlements "$here/entitlements.plist" \
      --sign "$MACOS_SIGNING_IDENTITY" "$target"
    codesign --verify --deep --strict --verbose=2 "$target"
    ;;
  *.dmg)
    codesign --force --timestamp --sign "$MACOS_SIGNING_IDENTITY" "$target"
    if [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
      echo "notarizing $target (waits for Apple)"
      xcrun notarytool submit "$target" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
        --password "$APPLE_APP_PASSWORD" --wait --timeout 30m
      xcrun stapler staple "$target"
      xcrun stapler validate "$target"
      spctl --assess --type open --context context:primary-signature --verbose "$target" || true
    else
      echo "sign_and_notarize: no notarization credentials; the .dmg is signed but not notarized"
    fi
    ;;
  *) echo "usage: $0 APP_OR_DMG" >&2; exit 2 ;;
esac
