"""Editors that choose: a rating with a note, one option, several options."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QToolButton,
    QWidget,
)

from actionmentor.domain.content import Prompt
from actionmentor.ui.common.inputs import wheel_only_when_focused
from actionmentor.ui.workbook.editors.base import PromptEditor


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
        # On Linux, Qt gives a combo box's current option as its AT-SPI name, so the question
        # and whose answer it is go in the description, which a screen reader reads too.
        self.combo.setAccessibleDescription(name)
        self.combo.addItem(self.tr("— choose —"), "")
        for option in prompt.options:  # shown in the content's language, stored as written
            self.combo.addItem(prompt.option_label(option), option)
        wheel_only_when_focused(self.combo)  # a wheel passing over scrolls the page
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
            box = QCheckBox(prompt.option_label(option))
            box.setAccessibleName(f"{name}: {prompt.option_label(option)}")
            box.clicked.connect(lambda _checked: self.edited.emit())
            self.boxes.append(box)
            self._layout.addWidget(box)

    def value(self) -> list[str]:
        options = self.prompt.options
        return [option for option, box in zip(options, self.boxes, strict=True) if box.isChecked()]

    def set_value(self, value: Any) -> None:
        ticked = set(value) if isinstance(value, list) else set()
        for option, box in zip(self.prompt.options, self.boxes, strict=True):
            box.setChecked(option in ticked)
