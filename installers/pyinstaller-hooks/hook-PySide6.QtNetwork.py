# Replaces PyInstaller's hook of the same name: QtNetwork is used for the local socket
# that brings a running window forward, never for HTTP or TLS (httpx does that), so
# Qt's TLS backends and network-information plugins stay out.
from PyInstaller.utils.hooks.qt import add_qt6_dependencies, pyside6_library_info

UNUSED = ("tls/", "networkinformation/")

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries += pyside6_library_info.collect_qtnetwork_files()
binaries = [
    (source, target)
    for source, target in binaries
    if not any(part in source.replace("\\", "/") for part in UNUSED)
]
