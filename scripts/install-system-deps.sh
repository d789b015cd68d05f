#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages that `make run` and `make test` need, if missing.
# Uses sudo only when not root; does nothing when everything is present.
set -euo pipefail

packages=(
  python3-venv python3-pip
  # Qt 6 (PySide6 wheels) offscreen and on X11/Wayland
  libegl1 libgl1 libopengl0 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-shape0 libxcb-xinerama0 libxcb-render-util0 libxcb-image0 libxcb-randr0
  libxcb-xfixes0 libxcb-sync1 libx11-xcb1 libxrender1 libxi6
  fonts-dejavu-core
  # Tests: screenshots under Xvfb, PDF text/pixels, DOCX -> PDF by LibreOffice
  xvfb xauth xdotool imagemagick poppler-utils libreoffice-writer-nogui
  # Installers (make dist/deb/msi, make test-dist): PyInstaller's binary analysis
  # (objdump), the MSI tools (wixl, msiinfo, msibuild), desktop-entry checks, git for
  # the clean clone, and what the .deb depends on beyond the Qt libraries above
  binutils wixl msitools desktop-file-utils git
  libwayland-client0 libwayland-cursor0 libwayland-egl1 fontconfig-config xkb-data
)

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "install-system-deps: not a Debian/Ubuntu system; install the equivalents of: ${packages[*]}" >&2
  exit 0
fi

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
echo "install-system-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
