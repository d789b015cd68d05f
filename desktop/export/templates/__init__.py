"""The dossier templates: built-in modules of this package, and installed entry points.

`templates()` lists every `TemplateSpec` by name; `template(name)` finds one or says
which exist. Nothing here names a template: each module declares its own `TEMPLATE`.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
from functools import cache
from importlib.metadata import entry_points

from desktop.errors import ValidationError
from desktop.export.templates.composer import Composer
from desktop.export.templates.spec import TemplateSpec
from desktop.tr import QT_TRANSLATE_NOOP

log = logging.getLogger("desktop.export")
ENTRY_POINT_GROUP = "field_dossier.dossier_templates"
TEMPLATES_CONTEXT = "Templates"


@cache
def templates() -> dict[str, TemplateSpec]:
    """Every template, in the order the export dialog shows them."""
    found: list[TemplateSpec] = []
    for module in pkgutil.iter_modules(__path__):
        spec = getattr(importlib.import_module(f"{__name__}.{module.name}"), "TEMPLATE", None)
        if isinstance(spec, TemplateSpec):
            found.append(spec)
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        try:
            spec = entry.load()
        except Exception:  # a broken add-on must not take the built-in templates with it
            log.exception("the dossier template %s could not be loaded", entry.name)
            continue
        if isinstance(spec, TemplateSpec):
            found.append(spec)
        else:
            log.error("the entry point %s is no TemplateSpec", entry.name)
    by_name: dict[str, TemplateSpec] = {}
    for spec in sorted(found, key=lambda s: (s.order, s.name)):
        by_name.setdefault(spec.name, spec)
    return by_name


def template(name: str) -> TemplateSpec:
    found = templates().get(name)
    if found is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "There is no dossier template {name} (use one of: {names})."
            ),
            name=name,
            names=", ".join(templates()),
        )
    return found


__all__ = ["TEMPLATES_CONTEXT", "Composer", "TemplateSpec", "template", "templates"]
