"""The library screen's layout: the list of workbooks and what can be done with them."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from actionmentor.exercises import about
from actionmentor.ui.common.search_results import SearchResultsView
from actionmentor.ui.library.model import LibraryModel


class LibraryView(QWidget):
    def __init__(self, model: LibraryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title = QLabel(self.tr("Your workbooks"))
        title.setObjectName("pageTitle")
        self._make_buttons()
        self._make_table(model)
        self._make_search()
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.search_field)
        top.addWidget(self.show_filter)
        top.addWidget(self.new_button)
        row = QHBoxLayout()
        for button in self.row_buttons:
            row.addWidget(button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addLayout(row)

    def _make_buttons(self) -> None:
        self.new_button = QPushButton(self.tr("New alliance…"))
        self.new_button.setAccessibleName(self.tr("New alliance"))
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setAccessibleName(self.tr("Open the selected workbook"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.end_button = QPushButton(self.tr("End alliance"))
        self.end_button.setToolTip(self.tr("An ended alliance stays readable; you can reopen it"))
        self.trash_button = QPushButton(self.tr("Move to trash"))
        self.restore_button = QPushButton(self.tr("Restore"))
        self.purge_button = QPushButton(self.tr("Delete for good…"))
        self.row_buttons = [
            self.open_button,
            self.rename_button,
            self.end_button,
            self.trash_button,
            self.restore_button,
            self.purge_button,
        ]
        for button in self.row_buttons:
            button.setEnabled(False)
        self.show_filter = QComboBox()
        self.show_filter.setAccessibleName(self.tr("Which workbooks to show"))
        self.show_filter.addItem(self.tr("Workbooks"), "workbooks")
        self.show_filter.addItem(self.tr("Trash"), "trash")

    def _make_table(self, model: LibraryModel) -> None:
        self.table = QTableView()
        self.model = model
        self.table.setModel(model)
        self.table.setAccessibleName(self.tr("Workbooks"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Fit the columns to the first rows, not to every one of a thousand workbooks.
        header.setResizeContentsPrecision(40)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _make_search(self) -> None:
        """The search field, and the stack of what the middle shows: the welcome text for an
        empty library, the workbooks, or search results."""
        self.empty = QLabel(self._welcome())
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.RichText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setMargin(12)
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(self.tr("Search all workbooks (Ctrl+F)"))
        self.search_field.setAccessibleName(self.tr("Search all workbooks"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(260)
        self.results = SearchResultsView()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.results)

    def _welcome(self) -> str:
        """First use: what the method is, then how to start."""
        text = about()
        paragraphs = [*text.paragraphs, self.tr("Start your first workbook with “New alliance…”.")]
        return (
            f"<h2>{escape(text.title)}</h2>"
            + "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
            + f"<p><i>{escape(text.credit)}</i></p>"
        )

    def show_empty(self, empty: bool, trash: bool = False) -> None:
        if trash:
            self.empty.setText(self.tr("The trash is empty."))
        else:
            self.empty.setText(self._welcome())
        self.stack.setCurrentWidget(self.empty if empty else self.table)

    def show_trash_buttons(self, trash: bool) -> None:
        self.title.setText(self.tr("Trash") if trash else self.tr("Your workbooks"))
        for button in (self.open_button, self.rename_button, self.end_button, self.trash_button):
            button.setVisible(not trash)
        self.restore_button.setVisible(trash)
        self.purge_button.setVisible(trash)

    def show_results(self, shown: bool) -> None:
        """While a search is typed, its results take the list's place (and its buttons go)."""
        self.show_filter.setEnabled(not shown)
        if shown:
            self.stack.setCurrentWidget(self.results)
            for button in self.row_buttons:
                button.hide()
