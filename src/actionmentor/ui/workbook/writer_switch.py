"""The always-visible "who is writing" switch: two buttons in the people's colours."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

from actionmentor.domain.enums import Person
from actionmentor.ui.common.theme import RESPONDENT_COLOURS


class WriterSwitch(QWidget):
    writer_changed = Signal(object)  # Person

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Writing now:")))
        self.group = QButtonGroup(self)
        self.buttons: dict[Person, QPushButton] = {}
        for index, person in enumerate(Person):
            button = QPushButton()
            button.setObjectName("writer")
            button.setCheckable(True)
            colour = RESPONDENT_COLOURS[person.respondent]
            button.setStyleSheet(
                f"QPushButton#writer:checked {{ background: {colour}; border-color: {colour}; }}"
            )
            self.group.addButton(button, index)
            self.buttons[person] = button
            layout.addWidget(button)
        self.buttons[Person.MENTEE].setChecked(True)
        self.group.idToggled.connect(self._toggled)

    def set_names(self, mentee: str, mentor: str) -> None:
        for person, name in ((Person.MENTEE, mentee), (Person.MENTOR, mentor)):
            role = self.tr("mentee") if person is Person.MENTEE else self.tr("mentor")
            button = self.buttons[person]
            button.setText(f"{name} ({role})")
            bold = button.font()
            bold.setBold(True)  # the checked button is bold: leave room so it never clips
            button.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(button.text()) + 34)
            self.buttons[person].setAccessibleName(self.tr("%s is writing") % name)

    def writer(self) -> Person:
        return Person.MENTEE if self.buttons[Person.MENTEE].isChecked() else Person.MENTOR

    def set_writer(self, person: Person) -> None:
        self.buttons[person].setChecked(True)

    def _toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.writer_changed.emit(self.writer())
