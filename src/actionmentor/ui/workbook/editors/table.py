"""The table editor: rows of the columns the prompt defines, added and removed by the pair."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from actionmentor.domain.content import Prompt
from actionmentor.ui.workbook.editors.base import PromptEditor


class TableEditor(PromptEditor):
    def __init__(self, prompt: Prompt, name: str, parent: QWidget | None = None):
        super().__init__(prompt, name, parent)
        self.table = QTableWidget(0, len(prompt.columns))
        self.table.setAccessibleName(name)
        self.table.setHorizontalHeaderLabels(list(prompt.shown_columns()))
        # A long column name (German runs longer) is cut at its end with "…", not in the
        # middle; its full text is in the tooltip.
        header = self.table.horizontalHeader()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for col, label in enumerate(prompt.shown_columns()):
            item = self.table.horizontalHeaderItem(col)
            if item is not None:
                item.setToolTip(label)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)
        self.table.itemChanged.connect(lambda _item: self.edited.emit())
        self.add_button = QPushButton(self.tr("Add row"))
        self.add_button.setAccessibleName(f"{name}: {self.tr('add row')}")
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button = QPushButton(self.tr("Remove row"))
        self.remove_button.setAccessibleName(f"{name}: {self.tr('remove row')}")
        self.remove_button.clicked.connect(self._remove_clicked)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.remove_button)
        bar.addStretch()
        self._layout.addWidget(self.table)
        self._layout.addLayout(bar)

    def _fit_height(self) -> None:
        rows = max(self.table.rowCount(), 1)
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(
            header + rows * self.table.verticalHeader().defaultSectionSize() + 4
        )

    def _add_row(self, cells: dict[str, str] | None = None) -> None:
        with QSignalBlocker(self.table):
            row = self.table.rowCount()
            self.table.insertRow(row)
            for col, column in enumerate(self.prompt.columns):
                self.table.setItem(row, col, QTableWidgetItem((cells or {}).get(column, "")))
        self._fit_height()

    def _add_clicked(self) -> None:
        self._add_row()
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.table.setFocus()

    def _remove_clicked(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self._fit_height()
            self.edited.emit()

    def value(self) -> list[dict[str, str]]:
        rows = []
        for row in range(self.table.rowCount()):
            rows.append(
                {
                    column: (item.text() if (item := self.table.item(row, col)) else "")
                    for col, column in enumerate(self.prompt.columns)
                }
            )
        return rows

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self.table):
            self.table.setRowCount(0)
        for row in value if isinstance(value, list) else []:
            self._add_row(row if isinstance(row, dict) else {})
        if self.table.rowCount() == 0:
            self._add_row()
        self._fit_height()
