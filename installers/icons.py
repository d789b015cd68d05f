"""Application icons for the installers, drawn from the packaged SVG at build time.

    python installers/icons.py OUT_DIR

writes OUT_DIR/hicolor/<n>x<n>/apps/field-dossier.png (Linux desktop entries),
OUT_DIR/field-dossier.ico (Windows executable and Start menu) and
OUT_DIR/field-dossier.icns (macOS bundle). Qt's SVG renderer draws each size; Pillow
(already a dependency) writes the ICO and ICNS containers. Build outputs: never
committed.
"""

from __future__ import annotations

import os
import sys
from importlib.resources import files
from pathlib import Path

HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
NAME = "field-dossier"


def render_pngs(out: Path) -> dict[int, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    svg = files("desktop.resources").joinpath("app", f"{NAME}.svg").read_bytes()
    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise SystemExit("icons: the application SVG does not render")
    rendered: dict[int, Path] = {}
    for size in sorted(set(HICOLOR_SIZES + ICO_SIZES + ICNS_SIZES)):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = out / "png" / f"{size}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target)):
            raise SystemExit(f"icons: cannot write {target}")
        rendered[size] = target
    return rendered


def main(out: Path) -> None:
    from PIL import Image

    out.mkdir(parents=True, exist_ok=True)
    pngs = render_pngs(out)
    for size in HICOLOR_SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size].read_bytes())
    scalable = out / "hicolor" / "scalable" / "apps" / f"{NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(files("desktop.resources").joinpath("app", f"{NAME}.svg").read_bytes())
    largest = Image.open(pngs[max(ICO_SIZES)])
    largest.save(out / f"{NAME}.ico", sizes=[(s, s) for s in ICO_SIZES])
    biggest = Image.open(pngs[max(ICNS_SIZES)])
    biggest.save(out / f"{NAME}.icns", append_images=[Image.open(pngs[s]) for s in ICNS_SIZES])
    print(f"icons: written to {out}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(Path(sys.argv[1]))
