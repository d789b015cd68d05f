"""The translation marker used outside the UI.

`pyside6-lupdate` finds strings by the *name* `QT_TRANSLATE_NOOP(context, text)`, so
this typed, Qt-free function of that name marks them; the UI (or the CLI) translates
the marked text later through Qt's translators, and formats it after translating.
"""


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:  # noqa: N802 - lupdate's name
    return source_text
