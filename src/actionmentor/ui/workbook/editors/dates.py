"""Editors with a date: a date on its own, and a signature (a name and a date)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from actionmentor.domain.content import Prompt
from actionmentor.ui.common.widgets import NO_DATE
from actionmentor.ui.workbook.editors.base import PromptEditor


def _date_edit(name: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("—")  # shown at the minimum date, which means "no date"
    edit.setDate(NO_DATE)
    edit.setAccessibleName(name)
    return edit


def _date_value(edit: QDateEdit) -> str:
    date = edit.date()
    return "" if date == NO_DATE else date.toString("yyyy-MM-dd")


def _set_date(edit: QDateEdit, value: Any) -> None:
    date = QDate.fromString(value, "yyyy-MM-dd") if isinstance(value, str) and value else NO_DATE
    with QSignalBlocker(edit):
        edit.setDate(date if date.isValid() else NO_DATE)


class DateEditor(PromptEditor):
    def __init__(self, prompt: Prompt, name: str, parent: QWidget | None = None):
        super().__init__(prompt, name, parent)
        self.date = _date_edit(name)
        self.date.dateChanged.connect(lambda _d: self.edited.emit())
        row = QHBoxLayout()
        row.addWidget(self.date)
        row.addStretch()
        self._layout.addLayout(row)

    def value(self) -> str:
        return _date_value(self.date)

    def set_value(self, value: Any) -> None:
        _set_date(self.date, value)


class SignatureEditor(PromptEditor):
    """A typed name and a date; typing a name fills in today's date."""

    def __init__(self, prompt: Prompt, name: str, parent: QWidget | None = None):
        super().__init__(prompt, name, parent)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Type your name to sign"))
        self.name.setAccessibleName(f"{name}: {self.tr('name')}")
        self.date = _date_edit(f"{name}: {self.tr('date')}")
        self.name.textEdited.connect(self._name_edited)
        self.date.dateChanged.connect(lambda _d: self.edited.emit())
        row = QHBoxLayout()
        row.addWidget(self.name, 3)
        row.addWidget(QLabel(self.tr("Date")))
        row.addWidget(self.date, 1)
        self._layout.addLayout(row)

    def _name_edited(self, text: str) -> None:
        if text.strip() and self.date.date() == NO_DATE:
            with QSignalBlocker(self.date):
                self.date.setDate(QDate.currentDate())
        self.edited.emit()

    def value(self) -> dict[str, str]:
        name = self.name.text().strip()
        if not name:
            return {}
        date = _date_value(self.date) or dt.date.today().isoformat()
        return {"name": name, "date": date}

    def set_value(self, value: Any) -> None:
        value = value if isinstance(value, dict) else {}
        self.name.setText(value.get("name", ""))
        _set_date(self.date, value.get("date", ""))
