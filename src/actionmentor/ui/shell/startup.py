"""Painting the library before the rest of the app has loaded.

Importing SQLAlchemy and the services takes most of a second; the library needs none of it
to show. When the database is ours, whole (no crash left a write-ahead log) and needs no
upgrade, the window paints from a read-only sqlite3 listing, and DeferredServices stands in
for the services until they load (right after the first paint, or as soon as anything but
that first listing is asked of them).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from actionmentor.domain.records import WorkbookSummary
from actionmentor.services.events import ChangeBus

if TYPE_CHECKING:
    from actionmentor.services import Services


class _AfterPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], object]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # once this paint has reached the screen
        return False


def after_first_paint(widget: QWidget, then: Callable[[], object]) -> None:
    """Call ``then`` once ``widget`` has painted for the first time."""
    _AfterPaint(widget, then)


class _FirstListing:
    """The workbooks service until the real one loads: the first listing comes from what was
    read at start; everything else loads the services."""

    def __init__(self, owner: DeferredServices, rows: list[WorkbookSummary]) -> None:
        self._owner = owner
        self._rows: list[WorkbookSummary] | None = rows

    def all(self, *, trash: bool = False) -> list[WorkbookSummary]:
        if not trash and self._rows is not None:
            rows, self._rows = self._rows, None
            return rows
        return self._owner.load().workbooks.all(trash=trash)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._owner.load().workbooks, name)


class DeferredServices:
    """Stands in for Services: the change bus and the data folder from the start, the rest
    from ``load()``, which runs once (the window calls it after its first paint)."""

    def __init__(
        self,
        data_dir: Path,
        rows: list[WorkbookSummary],
        opener: Callable[[Path, ChangeBus], Services],
    ) -> None:
        self.data_dir = data_dir
        self.changes = ChangeBus()
        self._opener = opener
        self._real: Services | None = None
        self._first = _FirstListing(self, rows)

    @property
    def loaded(self) -> bool:
        return self._real is not None

    def load(self) -> Services:
        if self._real is None:
            self._real = self._opener(self.data_dir, self.changes)
        return self._real

    @property
    def workbooks(self) -> Any:
        return self._first if self._real is None else self._real.workbooks

    def close(self) -> None:
        if self._real is not None:
            self._real.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.load(), name)
