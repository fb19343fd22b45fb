"""Carries the services' change events into Qt as a signal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from actionmentor.services.events import Change

if TYPE_CHECKING:  # the services load after the first paint (ui/shell/startup.py)
    from actionmentor.services import Services


class ChangeSignals(QObject):
    changed = Signal(object)  # a services.events.Change

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        services.changes.subscribe(self._forward)

    def _forward(self, change: Change) -> None:
        self.changed.emit(change)

    def detach(self) -> None:
        self._services.changes.unsubscribe(self._forward)
