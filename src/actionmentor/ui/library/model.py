"""The workbooks as a table model for the library view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from actionmentor.domain.records import WorkbookSummary
from actionmentor.ui.common.widgets import local_time

Index = QModelIndex | QPersistentModelIndex


class LibraryModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._rows: list[WorkbookSummary] = []
        self._cells: list[list[str]] = []
        self._headers = [
            self.tr("Title"),
            self.tr("Mentee"),
            self.tr("Mentor"),
            self.tr("Framework"),
            self.tr("Current stage"),
            self.tr("Progress"),
            self.tr("Last opened"),
        ]

    def set_rows(self, rows: list[WorkbookSummary]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._cells = [self._display(s) for s in rows]
        self.endResetModel()

    def _display(self, s: WorkbookSummary) -> list[str]:
        """A row's texts, made once: the view asks for each cell many times while it paints."""
        opened = local_time(s.last_opened_at) if s.last_opened_at else "—"
        return [
            s.title + ("" if s.status == "active" else self.tr(" (ended)")),
            s.mentee,
            s.mentor,
            s.framework_title,
            s.current_stage_title,
            f"{s.progress:.0%}",
            opened,
        ]

    def summary(self, row: int) -> WorkbookSummary:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("%1 of %2 answers")
                .replace("%1", str(s.answered))
                .replace("%2", str(s.total))
            )
        return None
