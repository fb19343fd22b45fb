"""The always-visible "who is writing" switch: two buttons in the people's colours."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics, QKeySequence
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

from actionmentor.domain.enums import Person
from actionmentor.ui.common.theme import RESPONDENT_COLOURS

NAME_WIDTH = 140  # pixels of a name on its button before it is shortened
SWITCH_SHORTCUT = QKeySequence("Ctrl+Shift+W")


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
            bold = button.font()
            bold.setBold(True)  # the checked button is bold: leave room so it never clips
            metrics = QFontMetrics(bold)
            # A long name is shortened with "…" (in full in the tooltip): both buttons stay
            # on screen in a 1024-pixel window.
            short = metrics.elidedText(name, Qt.TextElideMode.ElideRight, NAME_WIDTH)
            button.setText(f"{short} ({role})")
            button.setToolTip(
                self.tr("%1 (%2) is writing. Switch with %3.")
                .replace("%1", name)
                .replace("%2", role)
                .replace("%3", SWITCH_SHORTCUT.toString(QKeySequence.SequenceFormat.NativeText))
            )
            button.setMinimumWidth(metrics.horizontalAdvance(button.text()) + 34)
            self.buttons[person].setAccessibleName(self.tr("%s is writing") % name)

    def switch(self) -> None:
        """The other person takes the pen (Go › Switch who is writing)."""
        other = Person.MENTOR if self.writer() is Person.MENTEE else Person.MENTEE
        self.set_writer(other)

    def writer(self) -> Person:
        return Person.MENTEE if self.buttons[Person.MENTEE].isChecked() else Person.MENTOR

    def set_writer(self, person: Person) -> None:
        self.buttons[person].setChecked(True)

    def _toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.writer_changed.emit(self.writer())
