"""Small widget helpers shared by several views."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def wrapped_label(text: str, name: str = "") -> QLabel:
    """A word-wrapping label, optionally with a style-sheet object name."""
    label = QLabel(text)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label
