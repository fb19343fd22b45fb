"""Rebuild a tab's contents when someone can see it, not for nobody.

The tabs behind the one in view (a two-year alliance's journal holds 300 entries, its
meeting log 60) were rebuilt at every open and every change; a refresh asked for while the
widget is hidden now waits for its next show, and runs once however often it was asked.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class WhenShown(QObject):
    def __init__(self, widget: QWidget, refresh: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._refresh = refresh
        self._stale = False
        widget.installEventFilter(self)

    def request(self) -> None:
        """Refresh now if the widget is on screen, else at its next show."""
        if self._widget.isVisible():
            self._stale = False
            self._refresh()
        else:
            self._stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Show and self._stale:
            self._stale = False
            self._refresh()
        return False
