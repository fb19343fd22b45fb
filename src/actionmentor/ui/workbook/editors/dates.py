"""Editors with a date: a date on its own, and a signature (a name and a date)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from actionmentor.domain.content import Prompt
from actionmentor.ui.common.inputs import DateField
from actionmentor.ui.workbook.editors.base import PromptEditor


def _stored_date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) and value else None
    except ValueError:
        return None


class DateEditor(PromptEditor):
    def __init__(self, prompt: Prompt, name: str, parent: QWidget | None = None):
        super().__init__(prompt, name, parent)
        self.date = DateField(name)
        self.date.changed.connect(self.edited.emit)
        row = QHBoxLayout()
        row.addWidget(self.date)
        row.addStretch()
        self._layout.addLayout(row)

    def value(self) -> str:
        return self.date.iso()

    def set_value(self, value: Any) -> None:
        self.date.set_date(_stored_date(value))


class SignatureEditor(PromptEditor):
    """A typed name and a date; typing a name fills in today's date."""

    def __init__(self, prompt: Prompt, name: str, parent: QWidget | None = None):
        super().__init__(prompt, name, parent)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Type your name to sign"))
        self.name.setAccessibleName(f"{name}: {self.tr('name')}")
        self.date = DateField(f"{name}: {self.tr('date')}")
        self.name.textEdited.connect(self._name_edited)
        self.date.changed.connect(self.edited.emit)
        row = QHBoxLayout()
        row.addWidget(self.name, 3)
        row.addWidget(QLabel(self.tr("Date")))
        row.addWidget(self.date, 1)
        self._layout.addLayout(row)

    def _name_edited(self, text: str) -> None:
        if text.strip() and self.date.date() is None:
            self.date.set_date(dt.date.today())
        self.edited.emit()

    def value(self) -> dict[str, str]:
        name = self.name.text().strip()
        if not name:
            return {}
        date = self.date.iso() or dt.date.today().isoformat()
        return {"name": name, "date": date}

    def set_value(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        self.name.setText(value.get("name", ""))
        self.date.set_date(_stored_date(value.get("date", "")))
