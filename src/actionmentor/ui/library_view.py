"""The library screen's layout: the list of workbooks and what can be done with them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from actionmentor.ui.library_model import LibraryModel


class LibraryView(QWidget):
    def __init__(self, model: LibraryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Your workbooks"))
        title.setObjectName("pageTitle")
        self.new_button = QPushButton(self.tr("New workbook…"))
        self.new_button.setAccessibleName(self.tr("New workbook"))
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setAccessibleName(self.tr("Open the selected workbook"))
        self.open_button.setEnabled(False)

        self.table = QTableView()
        self.table.setModel(model)
        self.table.setAccessibleName(self.tr("Workbooks"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        self.empty = QLabel(
            self.tr(
                "No workbooks yet.\n\nA workbook holds one mentoring alliance: you, the mentor "
                "you invite, and the worksheets you fill in together.\nStart one with "
                "“New workbook…”."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setObjectName("muted")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)

        buttons = QHBoxLayout()
        buttons.addWidget(title, 1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(buttons)
        layout.addWidget(self.stack, 1)

    def show_empty(self, empty: bool) -> None:
        self.stack.setCurrentWidget(self.empty if empty else self.table)
