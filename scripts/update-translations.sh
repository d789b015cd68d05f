#!/usr/bin/env bash
# Refresh translations/*.ts from the sources (keeps existing translations).
#
# Two catalogues, split by translation context (not by folder): a dossier's language can
# differ from the interface language, so the dossier catalogue (dossier_*.ts) holds the
# contexts a dossier prints (desktop/export/i18n.py DOSSIER_CONTEXTS: its own texts and
# the field, choice and language labels), the interface catalogue (field_dossier_*.ts)
# everything but the dossier's own texts. A label is declared once and translated in both.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=.venv/bin/pyside6-lupdate
python=.venv/bin/python
sources=$(find desktop -name '*.py' -not -path '*/migrations/*' | sort)
dossier_contexts=$($python -c "from desktop.export.i18n import DOSSIER_CONTEXTS as c; print(*c)")
for language in de nl; do
  $lupdate -no-obsolete -locations none $sources -ts "translations/field_dossier_${language}.ts"
  $python scripts/ts_tool.py drop "translations/field_dossier_${language}.ts" Dossier
done
# English needs only the plural forms: "%n record(s)" must read "1 record" / "2 records".
$lupdate -no-obsolete -locations none -pluralonly $sources -ts translations/field_dossier_en.ts
$python scripts/ts_tool.py drop translations/field_dossier_en.ts Dossier
for language in de nl en; do
  $lupdate -no-obsolete -locations none $sources -ts "translations/dossier_${language}.ts"
  # shellcheck disable=SC2086 # one argument per context
  $python scripts/ts_tool.py keep "translations/dossier_${language}.ts" $dossier_contexts
done
