"""Where the two copies of an alliance differ (issue 16): each conflict with both versions
side by side, who wrote each and when, and Keep mine / Keep theirs / Edit. Shown on the
home and at the top of the worksheet it concerns."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from actionmentor.ui.common.widgets import local_time, wrapped_label

if TYPE_CHECKING:
    from actionmentor.services.sync import ConflictRecord, Side


def shown_value(side: Side) -> str:
    """A version as the pair read it: text as written, a list one item a line."""
    if side.deleted:
        return QCoreApplication.translate("ConflictRow", "(deleted)")
    value: Any = side.value
    if value is None or value == "" or value == []:
        return QCoreApplication.translate("ConflictRow", "(empty)")
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n".join(f"• {v}" for v in value)
    return json.dumps(value, ensure_ascii=False, indent=1)


class ConflictRow(QFrame):
    def __init__(
        self, conflict: ConflictRecord, names: dict[str, str], partner: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped_label(conflict.place, "promptText"))
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.mine_label = wrapped_label(shown_value(conflict.mine))
        self.theirs_label = wrapped_label(shown_value(conflict.theirs))
        for column, (title, side, label) in enumerate(
            (
                (self.tr("Yours"), conflict.mine, self.mine_label),
                (self.tr("%1's copy").replace("%1", partner), conflict.theirs, self.theirs_label),
            )
        ):
            top = Qt.AlignmentFlag.AlignTop
            grid.addWidget(wrapped_label(title, "muted"), 0, column, top)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(label, 1, column, top)  # both versions start on the same line
            grid.addWidget(wrapped_label(self._who_when(side, names), "muted"), 2, column, top)
        layout.addLayout(grid)
        buttons = QHBoxLayout()
        self.keep_mine_button = QPushButton(self.tr("Keep mine"))
        self.keep_theirs_button = QPushButton(self.tr("Keep %1's").replace("%1", partner))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Go there and write what you agree on"))
        for button in (self.keep_mine_button, self.keep_theirs_button, self.edit_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout.addLayout(buttons)

    def _who_when(self, side: Side, names: dict[str, str]) -> str:
        who = names.get(side.by, side.by)
        try:
            when = local_time(dt.datetime.fromisoformat(side.at))
        except ValueError:
            when = side.at
        return self.tr("%1, %2").replace("%1", who).replace("%2", when)


class ConflictsPanel(QFrame):
    """The conflicts, each a ConflictRow in ``rows`` by conflict id."""

    keep_requested = Signal(str, str)  # conflict id, "mine" or "theirs"
    edit_requested = Signal(str)

    def __init__(
        self,
        conflicts: list[ConflictRecord],
        names: dict[str, str],
        partner: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictsPanel")
        self.setStyleSheet("#conflictsPanel { border: 2px solid #b26a00; border-radius: 6px; }")
        layout = QVBoxLayout(self)
        self.heading = wrapped_label(
            self.tr("%1's copy and yours differ here").replace("%1", partner),
            "pageTitle",
        )
        layout.addWidget(self.heading)
        layout.addWidget(
            wrapped_label(
                self.tr(
                    "Both of you changed this since you last exchanged. Both versions are "
                    "kept; until you choose, both laptops show the later one."
                )
            )
        )
        self.rows: dict[str, ConflictRow] = {}
        for conflict in conflicts:
            row = ConflictRow(conflict, names, partner, self)
            cid = conflict.id
            row.keep_mine_button.clicked.connect(
                lambda _=False, c=cid: self.keep_requested.emit(c, "mine")
            )
            row.keep_theirs_button.clicked.connect(
                lambda _=False, c=cid: self.keep_requested.emit(c, "theirs")
            )
            row.edit_button.clicked.connect(lambda _=False, c=cid: self.edit_requested.emit(c))
            layout.addWidget(row)
            self.rows[cid] = row
