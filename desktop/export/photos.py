"""Photos prepared for print: upright (EXIF orientation applied), RGB, sensibly sized.

Phone photos are stored sideways with an EXIF orientation tag; neither reportlab
nor Word applies it reliably, so every photo is rotated here once and written as a
plain JPEG into the export's working folder; an upright JPEG of print size is used
as stored. Scaling to about 250 dpi at the full text width keeps a dossier with
fifty photos small without visible loss.
"""

from __future__ import annotations

import logging
import shutil
import warnings
from pathlib import Path
from typing import Final

from PIL import Image, ImageOps, UnidentifiedImageError

from desktop.export.model import Photo
from desktop.store.blobs import BlobStore, is_sha256, printable_digest

log = logging.getLogger("desktop.export")

# 16.5 cm text width at about 250 dpi.
MAX_EDGE_PX: Final = 1600
EXIF_ORIENTATION: Final = 0x0112
JPEG_QUALITY: Final = 85


class PhotoPreparer:
    """Turns attachment blobs into print-ready files, once per content hash."""

    def __init__(self, blobs: BlobStore, work_dir: Path) -> None:
        self._blobs = blobs
        self._work_dir = work_dir
        self._done: dict[str, Photo | None] = {}

    def prepare(self, sha256: str) -> Photo | None:
        """The upright print copy of a blob; None if it is missing or not an image."""
        if sha256 not in self._done:
            self._done[sha256] = self._prepare(sha256)
        return self._done[sha256]

    def _prepare(self, sha256: str) -> Photo | None:
        if not is_sha256(sha256):
            log.warning("attachment digest %s is damaged; left out", printable_digest(sha256))
            return None
        source = self._blobs.path_for(sha256)
        if not source.is_file():
            return None  # not downloaded to this laptop yet (blobs arrive lazily)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error", Image.DecompressionBombWarning)
                with Image.open(source) as image:
                    if _printable_as_is(image):
                        # Upright JPEG of print size: used as stored. The copy gets a .jpg
                        # name, by which reportlab embeds a JPEG as is instead of re-encoding.
                        target = self._work_dir / f"{sha256}.jpg"
                        shutil.copyfile(source, target)
                        return Photo(target, image.width, image.height)
                    image.draft("RGB", (MAX_EDGE_PX, MAX_EDGE_PX))  # JPEG: decode smaller
                    upright = ImageOps.exif_transpose(image)
                    upright.thumbnail((MAX_EDGE_PX, MAX_EDGE_PX), reducing_gap=3.0)
                    rgb = _on_white(upright)
        except (
            UnidentifiedImageError,
            Image.DecompressionBombError,
            Image.DecompressionBombWarning,
        ):
            log.warning("attachment %s is not a printable image; left out", sha256)
            return None
        except OSError as exc:
            log.warning("cannot read attachment %s (%s); left out", sha256, exc)
            return None
        target = self._work_dir / f"{sha256}.jpg"
        rgb.save(target, "JPEG", quality=JPEG_QUALITY)
        return Photo(target, rgb.width, rgb.height)


def _on_white(image: Image.Image) -> Image.Image:
    """RGB for JPEG; transparent parts (logos) become white paper, not black."""
    if image.mode in ("RGBA", "LA", "P", "PA"):
        rgba = image.convert("RGBA")
        paper = Image.new("RGB", rgba.size, "white")
        paper.paste(rgba, mask=rgba.getchannel("A"))
        return paper
    return image.convert("RGB")


def _printable_as_is(image: Image.Image) -> bool:
    """A baseline RGB JPEG, not rotated by EXIF, not larger than print needs."""
    orientation = image.getexif().get(EXIF_ORIENTATION, 1)
    return (
        image.format == "JPEG"
        and image.mode == "RGB"
        and orientation == 1
        and max(image.size) <= MAX_EDGE_PX
        and not image.info.get("progression")
    )
