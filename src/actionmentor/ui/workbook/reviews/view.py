"""The reviews tab: the chart of the eight behaviours over time, and the list of reviews."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from actionmentor.ui.workbook.reviews.chart import ReviewChart

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
