"""The files shipped inside the package: fonts, icons, licences, compiled catalogues.

Found with importlib.resources wherever the package is: a source checkout, a wheel
installed in any folder, or a frozen application. The Qt catalogues (`translations/*.qm`)
are build outputs: setup.py compiles them from translations/*.ts into this package.
"""

from __future__ import annotations

import atexit
import contextlib
from functools import cache
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Final

FONTS: Final = "fonts"
ICONS: Final = "icons"
APP_ICON: Final = "app"
TRANSLATIONS: Final = "translations"


def resource(*parts: str) -> Traversable:
    """A file or folder of the package's resources, e.g. resource("icons", "plus.svg")."""
    return files(__name__).joinpath(*parts)


@cache
def resource_dir(name: str) -> Path:
    """A resource folder as a real directory (Qt and reportlab open files by path).

    Packages on disk hand out their own folder; a zipped package would be extracted
    once to a temporary folder that lives as long as the process.
    """
    folder = resource(name)
    if isinstance(folder, Path):
        return folder
    stack = contextlib.ExitStack()
    atexit.register(stack.close)
    return stack.enter_context(as_file(folder))
