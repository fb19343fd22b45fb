"""What every prompt editor has: ``value()`` in the stored shape (see domain.answers),
``set_value()``, ``set_editable()`` and an ``edited`` signal that fires on user edits only."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from actionmentor.domain.content import Prompt


class PromptEditor(QWidget):
    edited = Signal()

    def __init__(self, prompt: Prompt, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.prompt = prompt
        self.accessible_name = accessible_name
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def value(self) -> Any:  # pragma: no cover - every subclass overrides
        raise NotImplementedError

    def set_value(self, value: Any) -> None:  # pragma: no cover
        raise NotImplementedError

    def set_editable(self, editable: bool) -> None:
        for child in self.findChildren(QWidget):
            if isinstance(child, QLineEdit | QPlainTextEdit):
                child.setReadOnly(not editable)
            elif isinstance(child, QAbstractItemView):
                child.setEditTriggers(
                    QAbstractItemView.EditTrigger.AllEditTriggers
                    if editable
                    else QAbstractItemView.EditTrigger.NoEditTriggers
                )
            elif not isinstance(child, QLabel):
                child.setEnabled(editable)
