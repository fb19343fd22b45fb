"""Wires the reviews tab: the chart and list from the review history; opening a review."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QListWidgetItem,
)

from actionmentor.domain.content import REVIEW_WORKSHEET, Framework
from actionmentor.ui.common.when_shown import WhenShown
from actionmentor.ui.common.widgets import local_date
from actionmentor.ui.workbook.reviews.view import NUMBER_ROLE, ReviewsView

if TYPE_CHECKING:  # the services load after the first paint (ui/shell/startup.py)
    from actionmentor.services import Services


class ReviewsController(QObject):
    review_requested = Signal(int)  # open this copy of the review worksheet (0: a new one)

    def __init__(self, services: Services, view: ReviewsView, parent: QObject) -> None:
        super().__init__(parent)
        self.services = services
        self.view = view
        self._when_shown = WhenShown(view, self._rebuild)
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
        self._when_shown.request()  # now if the tab is in view, else when it comes into view

    def _rebuild(self) -> None:
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
