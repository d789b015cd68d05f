"""`tr()` for widget base classes whose strings subclasses show.

PySide6's `self.tr()` looks a string up in the context of the object's own class
(`ObservationEditor`), while lupdate files a string under the class whose code calls
`tr` (`RecordEditor`). A string of a base class therefore stayed English inside a
German window (the conflict banner did). This `tr` tries each class of the object's
lineage, nearest first, and takes the first translation found.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_NO_CONTEXT = "\x00"  # no catalogue has it: what an untranslated lookup gives


class TrAlongClasses:
    """Mix in before the Qt class: `class RecordEditor(TrAlongClasses, QWidget)`."""

    def tr(self, sourceText: str, disambiguation: str | None = None, n: int = -1) -> str:  # noqa: N803 - Qt's names
        untranslated = QCoreApplication.translate(_NO_CONTEXT, sourceText, disambiguation, n)
        for klass in type(self).__mro__:
            if klass.__module__.startswith(("PySide6", "shiboken6", "builtins")):
                break
            text = QCoreApplication.translate(klass.__name__, sourceText, disambiguation, n)
            if text != untranslated:
                return text
        return untranslated
