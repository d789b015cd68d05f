#!/usr/bin/env bash
# make test-dist: the package and the installers as an administrator gets them.
#
# 1. A clean clone of HEAD -> sdist -> wheel built from the sdist -> a fresh venv in a
#    folder outside the checkout; from there: the demo workspace, a Dutch PDF and a Dutch
#    DOCX dossier (read back), and the window offscreen in German (menus, icons).
# 2. The frozen application folder (PyInstaller), the .deb; the .deb unpacked into a
#    temporary root (dpkg -x) and the frozen app started there offscreen with a fresh
#    data dir and an administrator file (via $XDG_CONFIG_DIRS) that sets German and
#    locks the server address: both checked, and the real window started until it shows.
# 3. The MSI built by wixl from the same WiX source (a staged tree: the Linux bundle under
#    the Windows executables' names), its Property, AppSearch, Registry, Shortcut and
#    Upgrade tables checked with msiinfo.
# KEEP_DIST=1 keeps the work folder (its path is printed); REUSE_DIST=FOLDER checks the
# clone and build kept in FOLDER again instead of making new ones (for working on this).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
if [ -n "${REUSE_DIST:-}" ]; then
  work=$REUSE_DIST KEEP_DIST=1
  rm -rf "$work/run" "$work/out" "$work/deb-root" "$work/stage" "$work"/frozen*
else
  work=$(mktemp -d "${TMPDIR:-/tmp}/field-dossier-dist.XXXXXX")
fi
cleanup() { [ "${KEEP_DIST:-}" = 1 ] && echo "kept $work" || rm -rf "$work"; }
trap cleanup EXIT
step() { printf '\n== test-dist: %s (%ss)\n' "$1" "$SECONDS"; }
fail() { echo "test-dist: FAILED: $*" >&2; exit 1; }
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset FIELD_DOSSIER_DATA_DIR
# No administrator file of this machine may leak into the checks of step 1.
export FIELD_DOSSIER_SYSTEM_CONFIG="$work/no-administrator.conf"
export PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring  # never the machine's keyring

if [ -z "${REUSE_DIST:-}" ]; then
  step "clean clone of $(git -C "$root" rev-parse --short HEAD)"
  git clone --quiet --no-hardlinks "$root" "$work/src"
  "$work/src/installers/build-bundle.sh" "$work/src" "$work/build" 2>&1 \
    | grep --line-buffered -v -e "^WARNING: Location 'file:" -e "Hidden import .* not found" \
        -e "Library .* required via ctypes not found"
fi
venv="$work/build/venv"
bundle="$work/build/dist/field-dossier"
[ -x "$bundle/field-dossier" ] || fail "no frozen application"

step "1. the installed wheel, run from $work/run"
mkdir -p "$work/run" && cd "$work/run"
cli=("$venv/bin/field-dossier" --data-dir "$work/run/laptop")
"${cli[@]}" demo
"${cli[@]}" export --template core --format pdf --lang nl --out core-nl.pdf
"${cli[@]}" export --template manual --format docx --lang nl --out manual-nl.docx
# (Into files, not `| grep -q`: with pipefail an early grep exit fails the pipeline.)
pdftotext core-nl.pdf core-nl.txt && pdffonts core-nl.pdf > core-nl.fonts
grep -q "Dossier voor de kerngroep" core-nl.txt || fail "the PDF is not in Dutch"
grep -q "Samenvatting" core-nl.txt || fail "the PDF is not in Dutch"
grep -q "NotoSerif" core-nl.fonts || fail "the PDF does not embed the Noto fonts"
"$venv/bin/python" - manual-nl.docx <<'EOF' || fail "the DOCX is not in Dutch"
import sys, docx
text = "\n".join(p.text for p in docx.Document(sys.argv[1]).paragraphs)
assert "Inhoud" in text and "Principes" in text, text[:400]
print("DOCX in Dutch:", len(text), "characters")
EOF
check_window() {  # check_window JSON_FILE: German window, icons, no problems
  python3 - "$1" <<'EOF'
import json, sys
report = json.load(open(sys.argv[1]))
window = report["window"]
assert report["problems"] == [], report["problems"]
assert window["language"] == "de", window
assert "&Datei" in window["menus"] and "&Bearbeiten" in window["menus"], window["menus"]
assert window["icons_rendering"] == report["icons"] > 40, (window, report["icons"])
assert not window["actions_with_icons"].startswith("0 "), window
print("window:", window["menus"], "icons", window["icons_rendering"], window["actions_with_icons"])
EOF
}
LANGUAGE=de QT_QPA_PLATFORM=offscreen "$venv/bin/field-dossier" --data-dir "$work/run/gui" \
  check-installation --gui --json > wheel-gui.json || { cat wheel-gui.json; fail "wheel GUI"; }
check_window wheel-gui.json

step "2. the .deb"
deb=$("$work/src/installers/linux/build-deb.sh" "$bundle" "$work/build/icons" "$work/out")
dpkg-deb --info "$deb" | sed -n '/Package:/,/Description/p'
dpkg-deb --contents "$deb" > "$work/deb-contents"
grep -q ' ./usr/bin/field-dossier$' "$work/deb-contents" || fail "no launcher"
[ "$(dpkg-deb --ctrl-tarfile "$deb" | tar -xO ./conffiles)" = \
  /etc/xdg/field-dossier/field-dossier.conf ] || fail "the configuration is no conffile"
dpkg --dry-run --install "$deb" > /dev/null || fail "its Depends are not met on this system"
target="$work/deb-root"
dpkg -x "$deb" "$target"
if command -v desktop-file-validate > /dev/null; then
  desktop-file-validate "$target/usr/share/applications/field-dossier.desktop"
fi
[ -f "$target/usr/share/icons/hicolor/48x48/apps/field-dossier.png" ] || fail "no hicolor icon"
cat > "$target/etc/xdg/field-dossier/field-dossier.conf" <<'EOF'
locked = sync/server_url
[ui]
language = de
[sync]
server_url = https://sync.muenster.example
EOF
frozen="$target/opt/field-dossier/field-dossier"
unset FIELD_DOSSIER_SYSTEM_CONFIG  # from here on: the real lookup, in the unpacked /etc/xdg
export XDG_CONFIG_DIRS="$target/etc/xdg"
QT_QPA_PLATFORM=offscreen "$frozen" --data-dir "$work/frozen" check-installation --gui --json \
  > frozen-gui.json || { cat frozen-gui.json; fail "frozen app"; }
check_window frozen-gui.json
python3 - frozen-gui.json <<'EOF'
import json, sys
report = json.load(open(sys.argv[1]))
assert report["frozen"] is True
assert report["window"]["server_locked"] is True, report["window"]
assert report["window"]["server_url"] == "https://sync.muenster.example"
assert report["settings"]["ui/language"] == {"value": "de", "source": "administrator"}
assert report["keyring_native"], "no keyring backend bundled"
print("frozen:", report["settings"]["sync/server_url"], report["keyring_native"])
EOF
# The real window: start it as a user would (first-run questions answered), until it shows.
mkdir -p "$work/frozen-gui" && printf '[app]\nfirst_run_done=true\n' > "$work/frozen-gui/settings.ini"
QT_QPA_PLATFORM=offscreen "$frozen" --data-dir "$work/frozen-gui" > "$work/frozen-gui.out" 2>&1 &
app=$!
for _ in $(seq 120); do
  grep -qs "main window shown" "$work/frozen-gui/logs/field-dossier.log" && break
  kill -0 "$app" 2> /dev/null || { cat "$work/frozen-gui.out"; fail "the frozen app exited"; }
  sleep 0.5
done
kill "$app" && wait "$app" || true
grep -q "main window shown" "$work/frozen-gui/logs/field-dossier.log" || fail "no window"
grep -qi "error" "$work/frozen-gui/logs/field-dossier.log" && {
  cat "$work/frozen-gui/logs/field-dossier.log"; fail "errors in the frozen app's log"; }
echo "frozen window shown; log without errors"
unset XDG_CONFIG_DIRS

step "3. the MSI (wixl)"
stage="$work/stage"
cp -a "$bundle" "$stage"
mv "$stage/field-dossier" "$stage/FieldDossier.exe"
cp "$stage/FieldDossier.exe" "$stage/field-dossier.exe"
version=$("$frozen" --version | awk '{print $NF}')
msi=$("$work/src/installers/windows/build-msi.sh" "$stage" "$work/build/icons/field-dossier.ico" \
  "$version" "$work/out/FieldDossier-$version.msi")
for table in Property AppSearch RegLocator Registry Shortcut Upgrade File; do
  msiinfo export "$msi" "$table" > "$work/msi-$table.idt"
done
python3 - "$work" "$(find -L "$stage" -type f | wc -l)" <<'EOF'
import sys
from pathlib import Path

work, files = Path(sys.argv[1]), int(sys.argv[2])
def rows(table):
    lines = (work / f"msi-{table}.idt").read_text(encoding="utf-8").splitlines()[3:]
    return [line.split("\t") for line in lines if line.strip()]  # msiinfo writes CRLF
properties = dict(rows("Property"))
assert properties["UpgradeCode"] == "{8E0F4C5B-2D1A-4C7E-9B3F-6A1D2E4F7C90}", properties
assert properties["ALLUSERS"] == "1", "per-machine"
secure = properties["SecureCustomProperties"].split(";")
public = ["SERVERURL", "WORKSPACE", "LANGUAGE", "LOCKSETTINGS"]
assert all(p in secure for p in public), secure
assert sorted(r[0] for r in rows("AppSearch")) == sorted(public), "remembered on upgrade"
registry = {(r[1], r[2], r[3]): r[4] for r in rows("Registry")}
policy = ("2", r"Software\Policies\Field Dossier")
expected = {"sync/server_url": "[SERVERURL]", "sync/workspace": "[WORKSPACE]",
            "ui/language": "[LANGUAGE]", "locked": "[LOCKSETTINGS]"}
for name, value in expected.items():
    assert registry[(*policy, name)] == value, (name, registry)
[shortcut] = rows("Shortcut")
assert shortcut[1] == "ProgramMenuFolder" and shortcut[4] == "[INSTALLDIR]FieldDossier.exe"
assert any(r[0] == properties["UpgradeCode"] for r in rows("Upgrade"))
assert len(rows("File")) == files, (len(rows("File")), files)
print(f"MSI: properties {public} -> HKLM\\{policy[1]}; {files} files; Start-menu entry")
EOF

step "sizes"
echo "onedir bundle: $(du -sh "$bundle" | cut -f1) ($(find "$bundle" -type f | wc -l) files)"
echo ".deb:          $(du -h "$deb" | cut -f1)"
echo "MSI:           $(du -h "$msi" | cut -f1) (Linux bundle staged under Windows names)"
printf '\ntest-dist: all checks passed in %ss\n' "$SECONDS"
