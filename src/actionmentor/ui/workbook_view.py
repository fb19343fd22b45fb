"""The workbook screen's layout: a header, the stage navigator and the page area."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from actionmentor.ui.writer_switch import WriterSwitch


class WorkbookView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back_button = QPushButton(self.tr("‹ Library"))
        self.back_button.setAccessibleName(self.tr("Back to the library"))
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.people = QLabel()
        self.people.setObjectName("muted")
        self.writer_switch = WriterSwitch()
        self.save_state = QLabel()
        self.save_state.setObjectName("muted")
        self.save_state.setAccessibleName(self.tr("Save state"))
        self.save_state.setMinimumWidth(150)
        self.save_state.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.title)
        heading.addWidget(self.people)
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addSpacing(8)
        header.addLayout(heading, 1)
        header.addWidget(self.writer_switch)
        header.addSpacing(12)
        header.addWidget(self.save_state)

        self.navigator_slot = QVBoxLayout()
        self.navigator_slot.setContentsMargins(0, 0, 0, 0)
        navigator_holder = QWidget()
        navigator_holder.setLayout(self.navigator_slot)
        self.pages = QStackedWidget()
        self.splitter = QSplitter()
        self.splitter.addWidget(navigator_holder)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([310, 900])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)
