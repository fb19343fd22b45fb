"""The "‹ Previous: …" and "Next: … ›" row at the end of a stage or worksheet page."""

from __future__ import annotations

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QPushButton, QScrollArea


class PageSteps:
    """Mixed into the stage and worksheet pages (QScrollArea subclasses with a
    ``step_requested = Signal(int)``): the row goes above the page's closing stretch."""

    step_requested: SignalInstance  # each page class defines the signal itself
    previous_button: QPushButton | None = None
    next_button: QPushButton | None = None

    def add_steps(self, previous: str | None, following: str | None) -> None:
        assert isinstance(self, QScrollArea)
        body = self.widget()
        layout = body.layout() if body is not None else None
        if not isinstance(layout, QBoxLayout):
            return
        row = QHBoxLayout()
        if previous:
            self.previous_button = QPushButton(previous)
            self.previous_button.setAccessibleName(previous.lstrip("‹ "))
            self.previous_button.clicked.connect(lambda: self.step_requested.emit(-1))
            row.addWidget(self.previous_button)
        row.addStretch()
        if following:
            self.next_button = QPushButton(following)
            self.next_button.setAccessibleName(following.rstrip(" ›"))
            self.next_button.setDefault(True)
            self.next_button.clicked.connect(lambda: self.step_requested.emit(1))
            row.addWidget(self.next_button)
        layout.insertLayout(max(layout.count() - 1, 0), row)  # above the closing stretch
