"""Save-as-you-type: each edit restarts a short timer; when it fires the answer is saved.

Edits to different prompts are kept apart, so typing in one box never delays or drops
another's save. A failed save keeps the text on screen and says why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from actionmentor.errors import UserError

SAVE_DELAY_MS = 400  # well under the 1 s promise, long enough to batch a burst of keys

Key = tuple[str, str]  # (prompt id, respondent)


class Autosaver(QObject):
    state_changed = Signal(str, str)  # state ("saving", "saved", "error"), message

    def __init__(self, save: Callable[[str, str, Any], object], parent: QObject | None = None):
        super().__init__(parent)
        self._save = save
        self._pending: dict[Key, Callable[[], Any]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

    def schedule(self, key: Key, read_value: Callable[[], Any]) -> None:
        """Remember that ``key`` changed; its value is read when the save happens."""
        self._pending[key] = read_value
        self._timer.start()
        self.state_changed.emit("saving", self.tr("Saving…"))

    def has_pending(self) -> bool:
        return bool(self._pending)

    def flush(self) -> bool:
        """Save everything pending now. Returns False if something could not be saved."""
        self._timer.stop()
        pending, self._pending = self._pending, {}
        failed: list[str] = []
        for (prompt_id, respondent), read_value in pending.items():
            try:
                self._save(prompt_id, respondent, read_value())
            except UserError as exc:
                failed.append(str(exc))
                self._pending[(prompt_id, respondent)] = read_value  # retried on the next edit
        if failed:
            self.state_changed.emit("error", self.tr("Not saved: %s") % failed[0])
            return False
        if pending:
            self.state_changed.emit("saved", self.tr("All changes saved"))
        return True
