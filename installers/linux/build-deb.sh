#!/usr/bin/env bash
# Builds the Debian/Ubuntu package from the frozen application folder.
#
#   installers/linux/build-deb.sh BUNDLE_DIR ICON_DIR OUT_DIR
#
# BUNDLE_DIR: PyInstaller's onedir output (dist/field-dossier); ICON_DIR: what
# installers/icons.py wrote. The package puts the bundle under /opt/field-dossier, a
# launcher in /usr/bin, a desktop entry and hicolor icons, and the administrator's
# defaults /etc/xdg/field-dossier/field-dossier.conf as a conffile (an upgrade never
# overwrites an administrator's edits). Depends is computed from the ELF files in the
# bundle (below). Needs dpkg-deb and objdump (binutils); no root, no fakeroot.
# DEB_COMPRESSION: dpkg-deb's compressor and level, default "zstd -z9" (dpkg >= 1.21.18:
# Debian 12, Ubuntu 21.10 and later, as the bundle's glibc already requires);
# "xz -z6" makes it ~15 % smaller and takes ten times as long.
set -euo pipefail

if [ $# -ne 3 ]; then
  sed -n '2,12p' "$0" >&2
  exit 2
fi
bundle=$(realpath "$1")
icons=$(realpath "$2")
out=$(realpath -m "$3")
here=$(dirname "$(realpath "$0")")
package=field-dossier

[ -x "$bundle/field-dossier" ] || { echo "build-deb: no executable in $bundle" >&2; exit 1; }
version=$("$bundle/field-dossier" --version | awk '{print $NF}')
arch=$(dpkg --print-architecture)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/root"

install -d "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/etc/xdg/$package" "$root/usr/share/doc/$package" "$root/DEBIAN"
cp -a "$bundle" "$root/opt/$package"
install -m 0755 "$here/field-dossier.sh" "$root/usr/bin/$package"
install -m 0644 "$here/field-dossier.desktop" "$root/usr/share/applications/$package.desktop"
install -m 0644 "$here/field-dossier.conf" "$root/etc/xdg/$package/$package.conf"
install -d "$root/usr/share/icons"
cp -a "$icons/hicolor" "$root/usr/share/icons/hicolor"
install -m 0644 "$here/../README.md" "$root/usr/share/doc/$package/README.administrators.md"
cat > "$root/usr/share/doc/$package/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Field Dossier

Files: *
License: EUPL-1.2

Files: opt/$package/_internal/desktop/resources/fonts/*
License: OFL-1.1

Files: opt/$package/_internal/desktop/resources/icons/*
License: ISC

Comment: The licences of every bundled component are in /opt/$package/_internal/licences/
 and /opt/$package/_internal/desktop/resources/.
EOF
find "$root" -type d -exec chmod 0755 {} +
chmod -R go-w "$root"

# Depends: the system libraries the bundled ELF files link to but the bundle does not
# carry. PyInstaller bundles Qt, Python and most libraries; it leaves out the C library
# and the graphics stack (libGL/libEGL, Wayland, libxcb) on purpose, as they must match
# the machine's drivers. Each such library is traced to its Debian package here; libc6
# gets the newest symbol version the bundle uses. Plus the data two bundled libraries
# read from the system: fontconfig's configuration (and with it a font) and the XKB
# keyboard layouts.
mapfile -t elves < <(find "$root/opt/$package" -type f \( -name '*.so*' -o -perm -u+x \) \
  -exec sh -c 'head -c4 "$1" | grep -q ELF && echo "$1"' _ {} \;)
needed=$(for elf in "${elves[@]}"; do objdump -p "$elf" | awk '/NEEDED/ {print $2}'; done | sort -u)
bundled=$(find "$root/opt/$package" -name '*.so*' -printf '%f\n' | sort -u)
packages=()
ldcache=$(ldconfig -p)
# (No `| head -1` or `awk … exit` below: with pipefail, a writer cut short fails the build.)
for soname in $(comm -23 <(echo "$needed") <(echo "$bundled")); do
  case "$soname" in ld-linux*|libc.so.*|libm.so.*|libdl.so.*|libpthread.so.*|librt.so.*|libresolv.so.*)
    continue ;;  # libc6, below
  esac
  path=$(awk -v s="$soname" '$1 == s && /x86-64|AArch64/ && !found {print $NF; found = 1}' \
    <<< "$ldcache")
  owner=""
  for candidate in "$path" "$(realpath -m "$path")" "/usr$path"; do
    [ -n "$path" ] && owner=$(dpkg -S "$candidate" 2>/dev/null | awk -F: 'NR == 1 {print $1}') \
      && [ -n "$owner" ] && break
  done
  [ -n "$owner" ] || { echo "build-deb: no package provides $soname" >&2; exit 1; }
  packages+=("$owner")
done
glibc=$(for elf in "${elves[@]}"; do objdump -T "$elf" 2>/dev/null; done \
  | grep -o 'GLIBC_[0-9][0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)
depends="libc6 (>= $glibc)"
for owner in $(printf '%s\n' "${packages[@]}" | sort -u); do depends+=", $owner"; done
depends+=", fontconfig-config, xkb-data"

installed_size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<EOF
Package: $package
Version: $version
Architecture: $arch
Maintainer: Field Dossier administrators <field-dossier@localhost>
Installed-Size: $installed_size
Depends: $depends
Section: misc
Priority: optional
Description: offline-first documentation of cross-border exchange work
 Field Dossier records observations, adaptation notes and contacts without a
 network, syncs them with a workspace's server, and exports Word and PDF
 dossiers in German, Dutch or English. This package holds the frozen
 application (Python and Qt included) in /opt/$package.
 .
 Administrators pre-set the server, workspace and language for every user in
 /etc/xdg/$package/$package.conf.
EOF
echo "/etc/xdg/$package/$package.conf" > "$root/DEBIAN/conffiles"

mkdir -p "$out"
deb="$out/${package}_${version}_${arch}.deb"
read -r compressor level <<< "${DEB_COMPRESSION:-zstd -z9}"
dpkg-deb --root-owner-group "-Z$compressor" "$level" --build "$root" "$deb" >/dev/null
echo "$deb"
