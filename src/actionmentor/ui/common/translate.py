"""Marking strings for translation where they are declared and translating them where shown.

Qt's own QT_TRANSLATE_NOOP is typed as returning ``object``; this one returns the text as
it is, so tables of marked strings keep their type. lupdate finds it by its name.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    return source
