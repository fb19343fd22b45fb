"""The action plan tab: a table of actions with a status filter, overdue ones highlighted."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from actionmentor.domain.records import ActionRecord
from actionmentor.ui.workbook.actions.action_dialog import STATUS_LABELS, status_label
from actionmentor.ui.workbook.actions.model import (
    OPEN,
    ActionsModel,
    StatusFilter,
)


class ActionPlanView(QWidget):
    def __init__(self, model: ActionsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = StatusFilter()
        self.proxy.setSourceModel(model)
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Show actions"))
        self.filter.addItem(self.tr("All actions"), ())
        self.filter.addItem(self.tr("Open (planned or in progress)"), tuple(s.value for s in OPEN))
        for status in STATUS_LABELS:
            self.filter.addItem(status_label(status), (status.value,))
        self.add_button = QPushButton(self.tr("Add action…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.done_button = QPushButton(self.tr("Mark done"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.source_button = QPushButton(self.tr("Go to worksheet"))
        for button in (self.edit_button, self.done_button, self.delete_button, self.source_button):
            button.setEnabled(False)
        self.table = QTableView()
        # Rows are chosen with the arrow keys; Tab moves on to the buttons, as elsewhere.
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Action plan"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The action's own title takes what is left: at 1024 pixels, about a third.
        for column, width in ((1, 130), (2, 165), (3, 120), (4, 130), (5, 90), (6, 120)):
            self.table.setColumnWidth(column, width)
        self.summary = QLabel()
        self.summary.setObjectName("muted")

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show:")))
        bar.addWidget(self.filter)
        bar.addStretch()
        for button in (
            self.add_button,
            self.edit_button,
            self.done_button,
            self.delete_button,
            self.source_button,
        ):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.filter.currentIndexChanged.connect(
            lambda _i: self.proxy.set_wanted(self.filter.currentData())
        )

    def selected(self) -> ActionRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.action(self.proxy.mapToSource(rows[0]).row())

    def select_action(self, action_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.action(row).id == action_id:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if index.isValid():
                    self.table.selectRow(index.row())
                return
