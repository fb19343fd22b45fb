"""The reviews tab: the chart of the eight behaviours over time, and the list of reviews."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from actionmentor.domain.content import REVIEW_WORKSHEET, Framework
from actionmentor.ui.common.widgets import local_date
from actionmentor.ui.workbook.reviews.chart import ReviewChart

if TYPE_CHECKING:  # the services load after the first paint (ui/shell/startup.py)
    from actionmentor.services import Services

NUMBER_ROLE = Qt.ItemDataRole.UserRole


class ReviewsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = ReviewChart()
        self.reviews = QListWidget()
        self.reviews.setAccessibleName(self.tr("Relationship reviews"))
        self.reviews.setMaximumHeight(110)
        self.open_button = QPushButton(self.tr("Open review"))
        self.new_button = QPushButton(self.tr("Start a new review"))
        intro = QLabel(
            self.tr(
                "How the two of you rate the eight reciprocal behaviours (after Clutterbuck, "
                "2004) at each review. Where the lines part, you see the relationship "
                "differently: a good thing to talk about."
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("muted")
        buttons = QVBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch()
        bottom = QHBoxLayout()
        bottom.addWidget(self.reviews, 1)
        bottom.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(intro)
        layout.addWidget(self.chart, 1)
        layout.addLayout(bottom)


class ReviewsController(QObject):
    review_requested = Signal(int)  # open this copy of the review worksheet (0: a new one)

    def __init__(self, services: Services, view: ReviewsView, parent: QObject) -> None:
        super().__init__(parent)
        self.services = services
        self.view = view
        self.workbook_id: int | None = None
        self.framework: Framework | None = None
        view.open_button.clicked.connect(self._open)
        view.reviews.itemDoubleClicked.connect(lambda _item: self._open())
        view.new_button.clicked.connect(lambda: self.review_requested.emit(0))

    def show_workbook(self, workbook_id: int, framework: Framework) -> None:
        self.workbook_id = workbook_id
        self.framework = framework
        self.refresh()

    def refresh(self) -> None:
        if self.workbook_id is None or self.framework is None:
            return
        self.view.chart.set_data(
            self.framework.review_behaviours(), self.services.reviews.history(self.workbook_id)
        )
        self.view.reviews.clear()
        for record in self.services.answers.instances(self.workbook_id, REVIEW_WORKSHEET):
            when = local_date(record.held_on) if record.held_on else ""
            item = QListWidgetItem(
                self.tr("Review %1 · %2").replace("%1", str(record.number)).replace("%2", when)
            )
            item.setData(NUMBER_ROLE, record.number)
            self.view.reviews.addItem(item)
        self.view.open_button.setEnabled(self.view.reviews.count() > 0)

    def _open(self) -> None:
        item = self.view.reviews.currentItem() or self.view.reviews.item(
            self.view.reviews.count() - 1
        )
        if item is not None:
            self.review_requested.emit(int(item.data(NUMBER_ROLE)))
