"""`TemplateSpec`: a dossier template, declared once, in one module.

A template says who it is (its name on the command line, its label in the export
dialog), which records it selects, which of the export options it takes, and how
it composes the document. Built-in templates are the modules of this package;
others arrive as entry points in the group `field_dossier.dossier_templates`
(docs/architecture.md, "Adding a dossier template"), so no registry is edited.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.domain.consent import ConsentUse

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from desktop.export.options import ExportOptions
    from desktop.export.selection import DossierData
    from desktop.export.templates.composer import Composer
    from desktop.services.workspace import Scope

# Fills `data` with the template's records (raises EmptySelectionError if none).
Select = Callable[["Session", "Scope", "ExportOptions", "DossierData"], None]
Compose = Callable[["Composer"], None]


@dataclass(frozen=True)
class TemplateSpec:
    name: str  # `--template NAME`, and its key in saved choices
    label: str  # QT_TRANSLATE_NOOP("Templates", …): the export dialog, with an accelerator
    file_name: str  # QT_TRANSLATE_NOOP("Templates", …): the suggested file name
    select: Select
    compose: Compose
    # The visit report is about exactly one activity: without one there is nothing to do.
    needs_activity: bool = False
    # Which scope options it honours (the dialog disables the others).
    takes_period: bool = True
    takes_subjects: bool = True  # fields of action, tags, activity types, municipalities
    order: int = 100  # position in the dialog and in `--help`
    # Whom the dossier is for: a contact is named only if their consent covers it
    # (desktop/domain/consent.py). A template that does not say is a publication,
    # the use that needs the widest consent.
    audience: ConsentUse = "public"
