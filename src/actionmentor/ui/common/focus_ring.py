"""A clear ring around the button that has keyboard focus (issue 13, item 10).

Fusion and most desktop styles mark a focused button with a faint line that a keyboard user
loses on a bright screen. A style sheet could draw a border, but only by dropping the
native look of every button; a proxy style would run Python for every control painted.
Instead one QFocusFrame, which Qt keeps on top of the widget it follows, draws the ring
around whichever button the keyboard reached: nothing else is repainted.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFocusFrame,
    QWidget,
)

RING_WIDTH = 2


class FocusRing(QFocusFrame):
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), RING_WIDTH)
        painter.setPen(pen)
        half = RING_WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 4, 4)
        painter.end()


class FocusRingKeeper:
    """Moves the ring to each button that receives focus from the keyboard; a click (a mouse
    button is down as focus arrives) or focus on anything else hides it."""

    def __init__(self, app: QApplication) -> None:
        self.ring: FocusRing | None = None
        app.focusChanged.connect(self._focus_moved)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        by_keyboard = QApplication.mouseButtons() == Qt.MouseButton.NoButton
        if isinstance(new, QAbstractButton) and by_keyboard:
            if self.ring is None:
                self.ring = FocusRing()
                self.ring.destroyed.connect(self._ring_gone)
            self.ring.setWidget(new)  # follows it as it moves, is hidden with it
            self.ring.show()
        elif self.ring is not None:
            self.ring.setWidget(None)  # type: ignore[arg-type]  # Qt takes nullptr: follow none
            self.ring.hide()

    def _ring_gone(self) -> None:
        # The ring is a child of the last button's window and goes when that window does.
        self.ring = None


_keeper: list[FocusRingKeeper] = []  # one for the application (tests make it again and again)


def install_focus_ring(app: QApplication) -> None:
    if not _keeper:
        _keeper.append(FocusRingKeeper(app))
