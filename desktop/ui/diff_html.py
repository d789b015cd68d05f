"""What changed, as the conflict dialog and the History tab show it: the words that
differ marked in HTML, and a moment as "date HH:MM".

Its own module so that the History tab (built with every editor, at start) does not load
the conflict dialog and with it the sync stack.
"""

from __future__ import annotations

import html
from datetime import datetime

from desktop.sync.wordiff import word_diff
from desktop.ui.record_columns import short_date

REMOVED_STYLE = "background:#ffd7d5;color:#82071e;text-decoration:line-through;"
ADDED_STYLE = "background:#ccffd8;color:#055d20;font-weight:600;"


def diff_html(old: str, new: str) -> str:
    """`new` as HTML, the words that differ from `old` marked (removed ones struck)."""
    parts: list[str] = []
    for op, text in word_diff(old, new):
        escaped = html.escape(text).replace("\n", "<br>")
        if op == "same":
            parts.append(escaped)
        else:
            style = REMOVED_STYLE if op == "removed" else ADDED_STYLE
            parts.append(f'<span style="{style}">{escaped}</span>')
    return "".join(parts)


def when(moment: datetime) -> str:
    local = moment.astimezone()
    return f"{short_date(local.date())} {local.strftime('%H:%M')}"
