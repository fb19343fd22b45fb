"""Save-as-you-type: each edit restarts a short timer; when it fires, pending saves run.

Edits to different things (a prompt's answer, a meeting's notes) are kept apart by key, so
typing in one box never delays or drops another's save. A failed save keeps the text on
screen, stays pending, and says why.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from actionmentor.errors import UserError
from actionmentor.ui.common.language import said

# Short, so that a crash or a kill loses at most the last fraction of a second of typing (a
# save is one small transaction, a few milliseconds); long enough to batch a burst of keys.
# Leaving the field saves at once, whatever is left of the pause.
SAVE_DELAY_MS = 250


class Autosaver(QObject):
    state_changed = Signal(str, str)  # state ("saving", "saved", "error"), message

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: dict[Hashable, Callable[[], object]] = {}
        self._flushing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    def _focus_moved(self, _old: object, _new: object) -> None:
        if self._pending:
            self.flush()

    def schedule(self, key: Hashable, save: Callable[[], object]) -> None:
        """Remember that ``key`` changed; ``save`` runs (reading the latest value) later."""
        self._pending[key] = save
        self._timer.start()
        self.state_changed.emit("saving", self.tr("Saving…"))

    def discard(self) -> None:
        """Forget unsaved edits (the person chose to lose them)."""
        self._timer.stop()
        self._pending.clear()

    def busy(self) -> bool:
        """Edits are waiting to be saved, or being saved now: a view must not reload what
        is on screen from the database yet."""
        return bool(self._pending) or self._flushing

    def flush(self) -> bool:
        """Save everything pending now. Returns False if something could not be saved."""
        self._timer.stop()
        pending, self._pending = self._pending, {}
        failed: list[str] = []
        self._flushing = True
        try:
            for key, save in pending.items():
                try:
                    save()
                except UserError as exc:
                    failed.append(said(exc))
                    self._pending[key] = save  # kept: retried on the next edit or flush
        finally:
            self._flushing = False
        if failed:
            self.state_changed.emit("error", self.tr("Not saved: %s") % failed[0])
            return False
        if pending:
            self.state_changed.emit("saved", self.tr("All changes saved"))
        return True
