#!/usr/bin/env bash
# Builds FieldDossier.msi on Linux with wixl (Debian package `wixl`, with `msitools`)
# from a staged file tree and the same WiX source the Windows build uses.
#
#   installers/windows/build-msi.sh STAGE_DIR ICON_FILE VERSION OUT_MSI
#
# STAGE_DIR is the application folder as it will be installed (the Windows onedir
# output of build.ps1, or any tree standing in for it: on Linux we cannot freeze a
# Windows executable). This proves the WiX source, its public properties and registry
# table; inspect the result with `msiinfo export OUT_MSI Property` / `Registry`.
set -euo pipefail

if [ $# -ne 4 ]; then
  sed -n '2,11p' "$0" >&2
  exit 2
fi
stage=$(realpath "$1")
icon=$(realpath "$2")
version=$3
out=$(realpath -m "$4")
here=$(dirname "$(realpath "$0")")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# wixl finds files by names relative to the current folder only: work from $work.
ln -s "$stage" "$work/SourceDir"
cp "$icon" "$work/field-dossier.ico"
cd "$work"
# Every file of the tree as a component under INSTALLDIR (what `heat dir` does on Windows).
find -L SourceDir -type f | sort \
  | wixl-heat -p SourceDir/ --component-group BundleFiles \
      --var var.SourceDir --directory-ref INSTALLDIR --win64 > files.wxs
mkdir -p "$(dirname "$out")"
# wixl warns about an attribute it does not know (Secure="yes"): expected, see below.
wixl --arch x64 -D Win64=yes -D "Version=$version" -D SourceDir=SourceDir \
  -D IconFile=field-dossier.ico -o "$out" "$here/FieldDossier.wxs" files.wxs \
  2> >(grep -v -e "has no property named 'Secure'" -e '^$' -e 'unimplemented' >&2)
# WiX marks Secure="yes" properties as SecureCustomProperties (passed to the elevated
# part of a per-machine install); wixl 0.101 does not, so add them the same way.
secure=$(sed -n 's/.*<Property Id="\([A-Z]*\)" Secure="yes">.*/\1/p' "$here/FieldDossier.wxs" \
  | paste -sd';')
current=$(msiinfo export "$out" Property | awk -F'\t' '$1 == "SecureCustomProperties" {print $2}')
msibuild "$out" -q "UPDATE \`Property\` SET \`Value\` = '${secure}${current:+;$current}' \
  WHERE \`Property\` = 'SecureCustomProperties'"
echo "$out"
