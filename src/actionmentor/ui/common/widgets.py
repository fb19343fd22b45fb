"""Small widget helpers shared by several views."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from actionmentor.ui.common.language import current_language
from actionmentor.wording import words


def wrapped_label(text: str, name: str = "") -> QLabel:
    """A word-wrapping label, optionally with a style-sheet object name. Plain text: a
    name or an answer with "<b>" in it is shown as typed, never as markup."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


ERROR_COLOUR = "#b3261e"


def error_label() -> QLabel:
    """Where a dialog says what stands in the way of OK, in red, wrapping."""
    label = QLabel()
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.setWordWrap(True)
    return label


def refuse(error: QLabel, field: QLineEdit, problem: str) -> None:
    """A dialog that stays open says why in ``error`` and puts the cursor back in ``field``,
    its text selected, so typing again replaces it."""
    error.setText(problem)
    field.selectAll()
    field.setFocus()


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel, wired to the dialog's accept (which may refuse) and reject."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def local_time(moment: dt.datetime, *, weekday: bool = False) -> str:
    """A moment in local time, written as the printouts write it in the interface language
    (one format per language: 15 Jan 2027, 14:30 / 15.01.2027, 14:30); ``weekday``: the
    long form a meeting's day is written in (Thursday 14 January 2027, 14:30)."""
    w = words(current_language())
    return w.meeting_time(moment) if weekday else w.moment(moment)


def local_date(day: dt.date) -> str:
    """A day, as the printouts write it in the interface language (15 Jan 2027 / 15.01.2027)."""
    return words(current_language()).date(day)


class PaperChoice(QComboBox):
    """A4 or US Letter, the value being "a4" or "letter" (export and preferences share it)."""

    def __init__(self, paper: str, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.addItem("A4", "a4")
        self.addItem(self.tr("US Letter"), "letter")
        self.setCurrentIndex(max(0, self.findData(paper)))

    def paper(self) -> str:
        return str(self.currentData())


NAME_PIXELS = 200  # of a person's name inside a button before it is shortened


def short_name(name: str, widget: QWidget, pixels: int = NAME_PIXELS) -> str:
    """``name`` shortened with "…" to fit ``pixels`` in ``widget``'s font (buttons keep
    their size in a 1024-pixel window; the full name goes in their tooltip)."""
    return widget.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, pixels)


class ElidedLabel(QLabel):
    """One line that gives way to the window: shortened with "…" when it does not fit, in
    full in its tooltip. text() is the full text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(120)

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, self.width())
        super().setText(shown)
