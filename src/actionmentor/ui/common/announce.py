"""Spoken state: a change of state that is only painted (the "Saved" label, a merge's
result in the status bar) is also sent to assistive technology as an announcement
(QAccessibleAnnouncementEvent, Qt 6.8+), so a screen reader says it without the user
moving focus to it. A failure is announced assertively (it interrupts); the rest politely."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


class Announcer(QObject):
    """One per window. ``announced`` carries each text sent, for whoever listens (the tests;
    a future history of messages)."""

    announced = Signal(str, bool)  # text, assertive

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._last = ""

    def say(self, text: str, *, assertive: bool = False, source: QWidget | None = None) -> None:
        text = " ".join(text.split())
        if not text or (text == self._last and not assertive):
            return  # "Saved" after every pause in typing would be said again and again
        self._last = text
        event = QAccessibleAnnouncementEvent(source or self._window, text)
        event.setPoliteness(
            QAccessible.AnnouncementPoliteness.Assertive
            if assertive
            else QAccessible.AnnouncementPoliteness.Polite
        )
        QAccessible.updateAccessibility(event)
        self.announced.emit(text, assertive)

    def forget(self) -> None:
        """Say the next text even if it repeats the last (a new workbook, a new merge)."""
        self._last = ""
