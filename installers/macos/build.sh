#!/usr/bin/env bash
# Builds "Field Dossier.app" and a disk image on macOS; signs and notarizes if told how.
#
#   installers/macos/build.sh OUT_DIR
#
# Environment (both optional; without them the app is built unsigned, for testing):
#   CODESIGN_IDENTITY  "Developer ID Application: Gemeente Almelo (TEAMID)"
#   NOTARY_PROFILE     a keychain profile made once with
#                      xcrun notarytool store-credentials NAME --apple-id … --team-id … --password …
# Steps: wheel -> clean venv -> PyInstaller (the spec's BUNDLE step) -> codesign with the
# hardened runtime -> disk image -> notarytool submit --wait -> stapler staple.
set -euo pipefail
out=$(mkdir -p "${1:?OUT_DIR}" && cd "$1" && pwd)
root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/build/macos"
rm -rf "$build" && mkdir -p "$build"
cd "$root"

python3 -m venv "$build/venv"
"$build/venv/bin/python" -m pip install --upgrade pip
"$build/venv/bin/python" -m pip wheel --no-deps --wheel-dir "$build/wheels" .
"$build/venv/bin/python" -m pip install "$(ls "$build"/wheels/field_dossier-*.whl)[dist]"
version=$("$build/venv/bin/python" -c 'import desktop; print(desktop.__version__)')
"$build/venv/bin/python" installers/icons.py "$build/icons"
FIELD_DOSSIER_ICON_DIR="$build/icons" "$build/venv/bin/python" -m PyInstaller --noconfirm \
  --distpath "$build/dist" --workpath "$build/pyinstaller" installers/field-dossier.spec
app="$build/dist/Field Dossier.app"
"$app/Contents/MacOS/field-dossier" check-installation

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  # Inside out: every library and executable, then the bundle; hardened runtime and a
  # secure timestamp are what notarization requires.
  find "$app/Contents" -type f \( -name '*.so' -o -name '*.dylib' -o -perm -u+x \) -print0 \
    | xargs -0 codesign --force --timestamp --options runtime \
        --entitlements installers/macos/entitlements.plist --sign "$CODESIGN_IDENTITY"
  codesign --force --timestamp --options runtime \
    --entitlements installers/macos/entitlements.plist --sign "$CODESIGN_IDENTITY" "$app"
  codesign --verify --deep --strict --verbose=2 "$app"
fi

dmg="$out/FieldDossier-$version.dmg"
rm -f "$dmg"
hdiutil create -volname "Field Dossier" -srcfolder "$app" -ov -format UDZO "$dmg"
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$dmg"
fi
if [ -n "${CODESIGN_IDENTITY:-}" ] && [ -n "${NOTARY_PROFILE:-}" ]; then
  xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
  xcrun stapler staple "$dmg"
  spctl --assess --type open --context context:primary-signature --verbose "$dmg"
fi
echo "$dmg"
