"""The workbook screen's layout: a header, then tabs for the worksheets, the action plan,
the meetings, the journal and the relationship reviews."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from actionmentor.ui.common.widgets import ElidedLabel
from actionmentor.ui.workbook.actions.model import ActionsModel
from actionmentor.ui.workbook.actions.view import ActionPlanView
from actionmentor.ui.workbook.find_bar import FindBar
from actionmentor.ui.workbook.home_page import HomePage
from actionmentor.ui.workbook.journal.view import JournalView
from actionmentor.ui.workbook.meeting_bar import MeetingBar
from actionmentor.ui.workbook.meetings.view import MeetingsView
from actionmentor.ui.workbook.reviews.view import ReviewsView
from actionmentor.ui.workbook.writer_switch import WriterSwitch


class WorkbookView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        header = self._make_header()
        self._make_tabs()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(header)
        self.find_bar = FindBar()
        layout.addWidget(self.find_bar)
        layout.addWidget(self.ended_banner)
        self.meeting_bar = MeetingBar()
        layout.addWidget(self.meeting_bar)
        layout.addWidget(self.tabs, 1)

    def _make_header(self) -> QHBoxLayout:
        """Back, the workbook's title and people, who is writing, and the save state."""
        self.back_button = QPushButton(self.tr("‹ Library"))
        self.back_button.setAccessibleName(self.tr("Back to the library"))
        self.title = ElidedLabel()
        self.title.setObjectName("pageTitle")
        self.people = ElidedLabel()
        self.people.setObjectName("muted")
        self.writer_switch = WriterSwitch()
        self.save_state = QLabel()
        self.save_state.setObjectName("muted")
        self.save_state.setAccessibleName(self.tr("Save state"))
        self.save_state.setMinimumWidth(140)
        self.save_state.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.ended_banner = QLabel(
            self.tr("This alliance has ended. Its workbook can be read but not changed.")
        )
        self.ended_banner.setStyleSheet("background: #fff3cd; color: #5c4400; padding: 4px;")
        self.ended_banner.hide()

        # Long titles give way (they are also the window title) rather than widen the window.
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
        return header

    def _make_tabs(self) -> None:
        # The worksheets tab: navigator on the left, stage or worksheet page on the right.
        self.navigator_slot = QVBoxLayout()
        self.navigator_slot.setContentsMargins(0, 0, 0, 0)
        # What the marks after each stage mean, said once in words under the list.
        self.legend = QLabel(
            self.tr("Sign-off: ✓✓ both of you · ✓· one of you · ·· not yet · ✎ changed since")
        )
        self.legend.setObjectName("muted")
        self.legend.setWordWrap(True)
        self.navigator_slot.addWidget(self.legend)
        navigator_holder = QWidget()
        navigator_holder.setLayout(self.navigator_slot)
        self.pages = QStackedWidget()
        self.splitter = QSplitter()
        self.splitter.addWidget(navigator_holder)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([310, 900])

        self.action_plan = ActionPlanView(ActionsModel())
        self.meetings = MeetingsView()
        self.journal = JournalView()
        self.reviews = ReviewsView()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parts of the workbook"))
        self.home = HomePage()
        self.tabs.addTab(self.home, self.tr("Home"))
        self.tabs.addTab(self.splitter, self.tr("Stages and worksheets"))
        self.tabs.addTab(self.action_plan, self.tr("Action plan"))
        self.tabs.addTab(self.meetings, self.tr("Meetings"))
        self.tabs.addTab(self.journal, self.tr("Journal"))
        self.tabs.addTab(self.reviews, self.tr("Reviews"))
