#!/usr/bin/env bash
# Refresh translations/*.ts from the sources (keeps existing translations).
# The app catalogue covers everything but the dossier texts, which have their own
# catalogue so that a dossier's language can differ from the interface language.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=.venv/bin/pyside6-lupdate
app_sources=$(find desktop -name '*.py' -not -path 'desktop/export/*' | sort)
for language in de nl; do
  $lupdate -no-obsolete -locations none $app_sources -ts "translations/field_dossier_${language}.ts"
done
# English needs only the plural forms: "%n record(s)" must read "1 record" / "2 records".
$lupdate -no-obsolete -locations none -pluralonly $app_sources -ts translations/field_dossier_en.ts
if [ -d desktop/export ]; then
  export_sources=$(find desktop/export -name '*.py' | sort)
  for language in de nl en; do
    $lupdate -no-obsolete -locations none $export_sources -ts "translations/dossier_${language}.ts"
  done
fi
