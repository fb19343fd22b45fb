"""The action plan as Qt models: a table of actions, and a filter by status."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from actionmentor.domain.enums import ActionStatus
from actionmentor.domain.records import ActionRecord
from actionmentor.ui.common.inputs import show_date
from actionmentor.ui.common.translate import QT_TRANSLATE_NOOP
from actionmentor.ui.workbook.actions.action_dialog import status_label

Index = QModelIndex | QPersistentModelIndex
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
OPEN = (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)


def is_overdue(action: ActionRecord, today: dt.date) -> bool:
    return action.status in OPEN and action.due_date is not None and action.due_date < today


class ActionsModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("ActionsModel", "Action"),
        QT_TRANSLATE_NOOP("ActionsModel", "Goal"),
        QT_TRANSLATE_NOOP("ActionsModel", "Due"),
        QT_TRANSLATE_NOOP("ActionsModel", "Support"),
        QT_TRANSLATE_NOOP("ActionsModel", "Measure"),
        QT_TRANSLATE_NOOP("ActionsModel", "Status"),
        QT_TRANSLATE_NOOP("ActionsModel", "From worksheet"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[ActionRecord] = []
        self._worksheet_titles: dict[str, str] = {}
        self.today = dt.date.today()

    def set_rows(self, rows: list[ActionRecord], worksheet_titles: dict[str, str]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._worksheet_titles = worksheet_titles
        self.today = dt.date.today()
        self.endResetModel()

    def action(self, row: int) -> ActionRecord:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a = self._rows[index.row()]
        overdue = is_overdue(a, self.today)
        if role == Qt.ItemDataRole.DisplayRole:
            due = show_date(a.due_date) if a.due_date else "—"  # as date fields show it
            if overdue:
                due += self.tr("  overdue")
            source = self._worksheet_titles.get(a.source_prompt_id or "", "")
            status = status_label(a.status)
            return (a.title, a.goal, due, a.support, a.measure, status, source)[index.column()]
        if role == STATUS_ROLE:
            return a.status.value
        if role == Qt.ItemDataRole.ToolTipRole:
            return a.detail or None
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.FontRole and (overdue or a.status is ActionStatus.DONE):
            font = QFont()
            font.setBold(overdue)
            font.setStrikeOut(a.status is ActionStatus.DONE and index.column() == 0)
            return font
        return None


class StatusFilter(QSortFilterProxyModel):
    """Shows all actions, the open ones, or those of one status."""

    def __init__(self) -> None:
        super().__init__()
        self.wanted: tuple[str, ...] = ()

    def set_wanted(self, statuses: tuple[str, ...]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10+; invalidateFilter is deprecated
            self.beginFilterChange()
            self.wanted = statuses
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self.wanted = statuses
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.wanted:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return index.data(STATUS_ROLE) in self.wanted
