"""The three dossier templates: each composes a `Document` from the selected records."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from desktop.export.options import TemplateName
from desktop.export.templates.composer import Composer
from desktop.export.templates.core import compose_core
from desktop.export.templates.manual import compose_manual
from desktop.export.templates.visit import compose_visit

TEMPLATES: Final[dict[TemplateName, Callable[[Composer], None]]] = {
    "visit": compose_visit,
    "core": compose_core,
    "manual": compose_manual,
}

__all__ = ["TEMPLATES", "Composer"]
