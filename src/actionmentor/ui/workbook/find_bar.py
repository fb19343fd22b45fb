"""Ctrl+F inside a workbook: find in this workbook first, with a way to widen the search to
all of them. The results are the library's kind, limited to the workbook open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from actionmentor.ui.common.search_results import SearchResultsView


class FindBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Find in this workbook"))
        self.field.setAccessibleName(self.tr("Find in this workbook"))
        self.field.setClearButtonEnabled(True)
        self.widen_button = QPushButton(self.tr("Search all workbooks"))
        self.close_button = QPushButton(self.tr("Close"))
        self.results = SearchResultsView(with_titles=False)  # all from this workbook
        self.results.setMaximumHeight(220)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field, 1)
        row.addWidget(self.widen_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addLayout(row)
        layout.addWidget(self.results)
        self.results.hide()
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        close.activated.connect(self.hide)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def open(self) -> None:
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
