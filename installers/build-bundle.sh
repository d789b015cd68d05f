#!/usr/bin/env bash
# Builds the frozen application folder (PyInstaller onedir) the way a user gets it:
# sdist -> wheel built from that sdist -> a fresh venv -> PyInstaller with our spec.
#
#   installers/build-bundle.sh SOURCE_DIR WORK_DIR
#
# SOURCE_DIR: a checkout (make dist passes a clean clone of HEAD). WORK_DIR receives
# wheels/ (the sdist and the wheel), venv/ (field-dossier[dist] installed from the
# wheel), icons/ (installers/icons.py) and dist/field-dossier/ (the bundle). The venv
# and every build run outside SOURCE_DIR, so nothing is read from the source tree that
# the package does not carry.
set -euo pipefail

if [ $# -ne 2 ]; then
  sed -n '2,11p' "$0" >&2
  exit 2
fi
src=$(realpath "$1")
work=$(realpath -m "$2")
python=${PYTHON:-python3}
mkdir -p "$work"
cd "$work"
rm -rf venv wheels icons dist pyinstaller build.log

step() { printf '\n== %s (%ss)\n' "$1" "$SECONDS"; }

step "venv"
"$python" -m venv "$work/venv"
pip=("$work/venv/bin/python" -m pip --disable-pip-version-check --quiet)
"${pip[@]}" install build

step "sdist, then the wheel from the sdist (isolated builds: setup.py compiles the catalogues)"
"$work/venv/bin/python" -m build --outdir "$work/wheels" "$src" > "$work/build.log" 2>&1 \
  || { tail -40 "$work/build.log" >&2; exit 1; }
wheel=$(ls "$work"/wheels/field_dossier-*.whl)
python3 - "$wheel" <<'EOF'
import sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
for needed in ("desktop/resources/translations/field_dossier_de.qm",
               "desktop/resources/translations/dossier_nl.qm",
               "desktop/resources/fonts/NotoSerif-Regular.ttf",
               "desktop/resources/icons/plus.svg",
               "desktop/resources/fonts/OFL.txt"):
    if needed not in names:
        sys.exit(f"build-bundle: the wheel lacks {needed}")
print(f"wheel: {len(names)} files, catalogues, fonts and icons included")
EOF

step "install the wheel into the venv"
"${pip[@]}" install "$wheel[dist]"

step "icons"
"$work/venv/bin/python" "$src/installers/icons.py" "$work/icons" >/dev/null

step "PyInstaller"
FIELD_DOSSIER_ICON_DIR="$work/icons" "$work/venv/bin/pyinstaller" --noconfirm --log-level WARN \
  --distpath "$work/dist" --workpath "$work/pyinstaller" "$src/installers/field-dossier.spec"
step "bundle ready: $work/dist/field-dossier ($(du -sh "$work/dist/field-dossier" | cut -f1))"
