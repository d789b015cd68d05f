"""The translation marker used outside the UI.

`pyside6-lupdate` finds strings by the *name* `QT_TRANSLATE_NOOP(context, text)`, so
this typed, Qt-free function of that name marks them; the UI (or the CLI) translates
the marked text later through Qt's translators, and formats it after translating.
"""


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:  # noqa: N802 - lupdate's name
    return source_text


def plural_noop(context: str, source_text: str, disambiguation: None, n: int) -> str:
    """Marks a text with a number ("%n open conflict(s)") for its plural forms.

    Import it as `translate`: `pyside6-lupdate` recognises a plural text only in a
    call shaped like `translate(context, text, None, n)`, and has no NOOP for it.
    """
    del context, disambiguation, n
    return source_text
