"""One editor widget per prompt kind, all with the same small interface.

Every editor has ``value()`` (in the stored shape, see domain.answers), ``set_value()``,
``set_editable()`` and an ``edited`` signal that fires on user edits only.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from actionmentor.domain.content import Prompt
from actionmentor.domain.enums import PromptKind

NO_DATE = QDate(1900, 1, 1)


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


class ShortTextEditor(PromptEditor):
    def __init__(self, prompt: Prompt, name: str, parent: QWidget | None = None):
        super().__init__(prompt, name, parent)
        self.line = QLineEdit()
        self.line.setMaxLength(prompt.max_length)
        self.line.setAccessibleName(name)
        self.line.textEdited.connect(self.edited)
        self._layout.addWidget(self.line)

    def value(self) -> str:
        return self.line.text()

    def set_value(self, value: Any) -> None:
        self.line.setText(value if isinstance(value, str) else "")


class LongTextEditor(PromptEditor):
    def __init__(self, prompt: Prompt, name: str, parent: QWidget | None = None):
        super().__init__(prompt, name, parent)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(name)
        self.text.setTabChangesFocus(True)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.text.textChanged.connect(self._changed)
        self._loading = False
        self._layout.addWidget(self.text)
        self._fit()

    def _changed(self) -> None:
        self._fit()
        if not self._loading:
            self.edited.emit()

    def _fit(self) -> None:
        """Grow with the answer from 3 to 14 lines; longer answers scroll inside the box."""
        lines = int(self.text.document().size().height())  # plain-text layout counts lines
        shown = min(max(lines, 3), 14)
        margins = self.text.contentsMargins()
        frame = 2 * self.text.frameWidth() + margins.top() + margins.bottom()
        padding = 2 * int(self.text.document().documentMargin())
        self.text.setFixedHeight(shown * self.text.fontMetrics().lineSpacing() + frame + padding)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()  # wrapping changes with the width

    def value(self) -> str:
        return self.text.toPlainText()

    def set_value(self, value: Any) -> None:
        self._loading = True
        self.text.setPlainText(value if isinstance(value, str) else "")
        self._loading = False


class ListEditor(PromptEditor):
    """A column of one-line items with add and remove buttons."""

    def __init__(self, prompt: Prompt, name: str, parent: QWidget | None = None):
        super().__init__(prompt, name, parent)
        self._rows = QVBoxLayout()
        self._rows.setSpacing(4)
        self._layout.addLayout(self._rows)
        self.add_button = QPushButton(self.tr("Add item"))
        self.add_button.setAccessibleName(f"{name}: {self.tr('add item')}")
        self.add_button.clicked.connect(self._add_clicked)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        if prompt.min_items:
            bar.addWidget(QLabel(self.tr("at least %n items", "", prompt.min_items)))
        bar.addStretch()
        self._layout.addLayout(bar)
        self._lines: list[QLineEdit] = []

    def _add_row(self, text: str = "") -> QLineEdit:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        line = QLineEdit(text)
        line.setAccessibleName(f"{self.accessible_name}: {self.tr('item')} {len(self._lines) + 1}")
        line.textEdited.connect(self.edited)
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove this item"))
        remove.setAccessibleName(self.tr("Remove item %s") % (len(self._lines) + 1))
        remove.clicked.connect(lambda: self._remove(row, line))
        layout.addWidget(line)
        layout.addWidget(remove)
        self._rows.addWidget(row)
        self._lines.append(line)
        return line

    def _add_clicked(self) -> None:
        self._add_row().setFocus()

    def _remove(self, row: QWidget, line: QLineEdit) -> None:
        self._lines.remove(line)
        row.deleteLater()
        self.edited.emit()

    def value(self) -> list[str]:
        return [line.text() for line in self._lines]

    def set_value(self, value: Any) -> None:
        while self._lines:
            line = self._lines.pop()
            line.parentWidget().deleteLater()
        for item in value if isinstance(value, list) else []:
            self._add_row(str(item))
        if not self._lines:
            self._add_row()


class RatingEditor(PromptEditor):
    """Radio buttons for the scale, a Clear button, and a one-line note if the prompt has one."""

    def __init__(self, prompt: Prompt, name: str, parent: QWidget | None = None):
        super().__init__(prompt, name, parent)
        row = QHBoxLayout()
        low, high = prompt.scale
        self.group = QButtonGroup(self)
        if prompt.scale_labels[0]:
            row.addWidget(QLabel(prompt.scale_labels[0]))
        for n in range(low, high + 1):
            button = QRadioButton(str(n))
            button.setAccessibleName(f"{name}: {n}")
            self.group.addButton(button, n)
            row.addWidget(button)
        if prompt.scale_labels[1]:
            row.addWidget(QLabel(prompt.scale_labels[1]))
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setAccessibleName(f"{name}: {self.tr('clear')}")
        self.clear_button.clicked.connect(self._clear)
        row.addWidget(self.clear_button)
        row.addStretch()
        self.group.idClicked.connect(lambda _id: self.edited.emit())
        self._layout.addLayout(row)
        self.note: QLineEdit | None = None
        if prompt.note:
            self.note = QLineEdit()
            self.note.setPlaceholderText(self.tr("A note on this rating (optional)"))
            self.note.setAccessibleName(f"{name}: {self.tr('note')}")
            self.note.textEdited.connect(self.edited)
            self._layout.addWidget(self.note)

    def _clear(self) -> None:
        self._uncheck()
        if self.note is not None:
            self.note.clear()
        self.edited.emit()

    def _uncheck(self) -> None:
        self.group.setExclusive(False)
        for button in self.group.buttons():
            button.setChecked(False)
        self.group.setExclusive(True)

    def value(self) -> Any:
        checked = self.group.checkedId()
        rating: int | str = checked if checked != -1 else ""
        if self.note is None:
            return rating
        note = self.note.text()
        return {"rating": rating, "note": note} if rating != "" or note.strip() else ""

    def set_value(self, value: Any) -> None:
        self._uncheck()
        note = ""
        if isinstance(value, dict):
            note = str(value.get("note", ""))
            value = value.get("rating")
        button = self.group.button(value) if isinstance(value, int) else None
        if button is not None:
            button.setChecked(True)
        if self.note is not None:
            self.note.setText(note)


class ChoiceEditor(PromptEditor):
    def __init__(self, prompt: Prompt, name: str, parent: QWidget | None = None):
        super().__init__(prompt, name, parent)
        self.combo = QComboBox()
        self.combo.setAccessibleName(name)
        self.combo.addItem(self.tr("— choose —"), "")
        for option in prompt.options:
            self.combo.addItem(option, option)
        self.combo.activated.connect(lambda _i: self.edited.emit())
        row = QHBoxLayout()
        row.addWidget(self.combo)
        row.addStretch()
        self._layout.addLayout(row)

    def value(self) -> str:
        return str(self.combo.currentData())

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value) if isinstance(value, str) else -1
        self.combo.setCurrentIndex(max(index, 0))


class ChecklistEditor(PromptEditor):
    def __init__(self, prompt: Prompt, name: str, parent: QWidget | None = None):
        super().__init__(prompt, name, parent)
        self.boxes: list[QCheckBox] = []
        for option in prompt.options:
            box = QCheckBox(option)
            box.setAccessibleName(f"{name}: {option}")
            box.clicked.connect(lambda _checked: self.edited.emit())
            self.boxes.append(box)
            self._layout.addWidget(box)

    def value(self) -> list[str]:
        return [box.text() for box in self.boxes if box.isChecked()]

    def set_value(self, value: Any) -> None:
        ticked = set(value) if isinstance(value, list) else set()
        for box in self.boxes:
            box.setChecked(box.text() in ticked)


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


class TableEditor(PromptEditor):
    def __init__(self, prompt: Prompt, name: str, parent: QWidget | None = None):
        super().__init__(prompt, name, parent)
        self.table = QTableWidget(0, len(prompt.columns))
        self.table.setAccessibleName(name)
        self.table.setHorizontalHeaderLabels(list(prompt.columns))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)
        self.table.itemChanged.connect(lambda _item: self.edited.emit())
        self.add_button = QPushButton(self.tr("Add row"))
        self.add_button.setAccessibleName(f"{name}: {self.tr('add row')}")
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button = QPushButton(self.tr("Remove row"))
        self.remove_button.setAccessibleName(f"{name}: {self.tr('remove row')}")
        self.remove_button.clicked.connect(self._remove_clicked)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.remove_button)
        bar.addStretch()
        self._layout.addWidget(self.table)
        self._layout.addLayout(bar)

    def _fit_height(self) -> None:
        rows = max(self.table.rowCount(), 1)
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(
            header + rows * self.table.verticalHeader().defaultSectionSize() + 4
        )

    def _add_row(self, cells: dict[str, str] | None = None) -> None:
        with QSignalBlocker(self.table):
            row = self.table.rowCount()
            self.table.insertRow(row)
            for col, column in enumerate(self.prompt.columns):
                self.table.setItem(row, col, QTableWidgetItem((cells or {}).get(column, "")))
        self._fit_height()

    def _add_clicked(self) -> None:
        self._add_row()
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.table.setFocus()

    def _remove_clicked(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self._fit_height()
            self.edited.emit()

    def value(self) -> list[dict[str, str]]:
        rows = []
        for row in range(self.table.rowCount()):
            rows.append(
                {
                    column: (item.text() if (item := self.table.item(row, col)) else "")
                    for col, column in enumerate(self.prompt.columns)
                }
            )
        return rows

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self.table):
            self.table.setRowCount(0)
        for row in value if isinstance(value, list) else []:
            self._add_row(row if isinstance(row, dict) else {})
        if self.table.rowCount() == 0:
            self._add_row()
        self._fit_height()


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


EDITORS: dict[PromptKind, type[PromptEditor]] = {
    PromptKind.SHORT_TEXT: ShortTextEditor,
    PromptKind.LONG_TEXT: LongTextEditor,
    PromptKind.LIST: ListEditor,
    PromptKind.RATING: RatingEditor,
    PromptKind.CHOICE: ChoiceEditor,
    PromptKind.CHECKLIST: ChecklistEditor,
    PromptKind.DATE: DateEditor,
    PromptKind.TABLE: TableEditor,
    PromptKind.SIGNATURE: SignatureEditor,
}


def make_editor(prompt: Prompt, accessible_name: str) -> PromptEditor:
    editor = EDITORS[prompt.kind](prompt, accessible_name)
    editor.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # focus goes to the inputs inside
    return editor
