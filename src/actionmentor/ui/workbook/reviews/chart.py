"""Small multiples: one panel per behaviour, each person's rating (1–5) across reviews."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from actionmentor.domain.enums import Person
from actionmentor.domain.records import ReviewPoint
from actionmentor.ui.common.theme import RESPONDENT_COLOURS

COLUMNS = 4


class ReviewChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Chart of the relationship reviews"))
        self._behaviours: list[tuple[str, str]] = []  # (prompt id, short title)
        self._points: list[ReviewPoint] = []
        self._reviews: list[int] = []

    def sizeHint(self) -> QSize:
        return QSize(900, 420)

    def set_data(self, behaviours: list[tuple[str, str]], points: list[ReviewPoint]) -> None:
        self._behaviours = behaviours
        self._points = points
        self._reviews = sorted({p.number for p in points})
        self.setAccessibleDescription(self._describe())
        self.update()

    def _describe(self) -> str:
        """The chart's content as text, for screen readers and tooltips."""
        parts = []
        for prompt_id, title in self._behaviours:
            for person in Person:
                ratings = [
                    str(p.rating)
                    for p in self._points
                    if p.prompt_id == prompt_id and p.person is person
                ]
                if ratings:
                    role = self.tr("mentee") if person is Person.MENTEE else self.tr("mentor")
                    parts.append(f"{title}, {role}: {', '.join(ratings)}")
        return "; ".join(parts)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        grid_colour = self.palette().color(QPalette.ColorRole.Mid)
        if not self._reviews:
            painter.setPen(text_colour)
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("No reviews yet. Each review you complete adds a point to every panel."),
            )
            return
        rows = max(1, (len(self._behaviours) + COLUMNS - 1) // COLUMNS)
        cell_w = self.width() / COLUMNS
        cell_h = (self.height() - 24) / rows
        for index, (prompt_id, title) in enumerate(self._behaviours):
            cell = QRectF(
                (index % COLUMNS) * cell_w, (index // COLUMNS) * cell_h, cell_w, cell_h
            ).adjusted(8, 4, -8, -8)
            self._panel(painter, cell, prompt_id, title, text_colour, grid_colour)
        self._legend(painter, text_colour)

    def _panel(
        self,
        painter: QPainter,
        cell: QRectF,
        prompt_id: str,
        title: str,
        text_colour: QColor,
        grid_colour: QColor,
    ) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        painter.drawText(
            cell.adjusted(0, 0, 0, -cell.height() + 20), Qt.AlignmentFlag.AlignLeft, title
        )
        painter.setFont(self.font())
        plot = cell.adjusted(18, 24, -6, -16)
        painter.setPen(QPen(grid_colour, 1, Qt.PenStyle.DotLine))
        for level in range(1, 6):
            y = plot.bottom() - (level - 1) / 4 * plot.height()
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.drawText(QPointF(cell.left(), y + 4), str(level))
        count = len(self._reviews)

        def x_of(number: int) -> float:
            position = self._reviews.index(number)
            return (
                plot.center().x()
                if count == 1
                else plot.left() + position / (count - 1) * plot.width()
            )

        painter.setPen(text_colour)
        for number in self._reviews:
            painter.drawText(QPointF(x_of(number) - 3, plot.bottom() + 14), str(number))
        for person in Person:
            colour = QColor(RESPONDENT_COLOURS[person.respondent])
            series = sorted(
                (p.number, p.rating)
                for p in self._points
                if p.prompt_id == prompt_id and p.person is person
            )
            # Nudge the two people's lines apart so equal ratings stay visible as two lines.
            nudge = -1.5 if person is Person.MENTEE else 1.5
            points = [
                QPointF(x_of(n), plot.bottom() - (rating - 1) / 4 * plot.height() + nudge)
                for n, rating in series
            ]
            painter.setPen(QPen(colour, 2.2))
            for a, b in itertools.pairwise(points):
                painter.drawLine(a, b)
            painter.setBrush(colour)
            for point in points:
                painter.drawEllipse(point, 3.5, 3.5)
            painter.setBrush(Qt.BrushStyle.NoBrush)

    def _legend(self, painter: QPainter, text_colour: QColor) -> None:
        x = 10.0
        y = self.height() - 8.0
        for person in Person:
            colour = QColor(RESPONDENT_COLOURS[person.respondent])
            painter.setPen(QPen(colour, 3))
            painter.drawLine(QPointF(x, y - 4), QPointF(x + 18, y - 4))
            painter.setPen(text_colour)
            label = self.tr("mentee") if person is Person.MENTEE else self.tr("mentor")
            painter.drawText(QPointF(x + 24, y), label)
            x += 110
        painter.drawText(QPointF(x + 10, y), self.tr("x: review number · y: rating 1–5"))
