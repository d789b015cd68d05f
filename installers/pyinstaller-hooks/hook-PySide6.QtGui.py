# Replaces PyInstaller's hook of the same name (installers/field-dossier.spec sets
# hookspath): the same Qt GUI plugins, less those a desktop widgets application never
# loads. Filtered here, before PyInstaller resolves their libraries: the GTK 3 theme
# plugin alone pulls in GTK, cairo, pango and ~25 MB of their dependencies (Qt's own
# dialogs are used instead; the XDG desktop portal theme stays), the embedded-device
# platforms (eglfs, linuxfb, vnc, Vulkan KHR display) are for kiosks, not laptops.
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

UNUSED = (
    "platformthemes/libqgtk3",
    "egldeviceintegrations/",
    "platforms/libqeglfs",
    "platforms/libqlinuxfb",
    "platforms/libqminimalegl",
    "platforms/libqvnc",
    "platforms/libqvkkhrdisplay",
)

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [
    (source, target)
    for source, target in binaries
    if not any(part in source.replace("\\", "/") for part in UNUSED)
]
