"""Wires the library screen: listing, creating and opening workbooks."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from actionmentor.exercises import frameworks
from actionmentor.services import Services
from actionmentor.services.events import Change, ChangeKind
from actionmentor.ui.bridge import ChangeSignals
from actionmentor.ui.library_model import LibraryModel
from actionmentor.ui.library_view import LibraryView
from actionmentor.ui.new_workbook_dialog import NewWorkbookDialog


class LibraryController(QObject):
    open_requested = Signal(int)

    def __init__(
        self,
        services: Services,
        signals: ChangeSignals,
        model: LibraryModel,
        view: LibraryView,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.model = model
        self.view = view
        view.new_button.clicked.connect(self.new_workbook)
        view.open_button.clicked.connect(self.open_selected)
        view.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        view.table.activated.connect(lambda index: self._open_row(index.row()))
        view.table.selectionModel().selectionChanged.connect(self._selection_changed)
        signals.changed.connect(self._on_change)
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self.services.workbooks.all())
        self.view.show_empty(self.model.rowCount() == 0)
        self._selection_changed()

    def make_dialog(self, parent: QWidget | None = None) -> NewWorkbookDialog:
        return NewWorkbookDialog(frameworks(), self.services.workbooks.create, parent)

    def new_workbook(self) -> None:
        dialog = self.make_dialog(self.view.window())
        if dialog.exec() and dialog.created is not None:
            self.open_requested.emit(dialog.created.id)

    def open_selected(self) -> None:
        rows = self.view.table.selectionModel().selectedRows()
        if rows:
            self._open_row(rows[0].row())

    def _open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.open_requested.emit(self.model.summary(row).id)

    def _selection_changed(self, *_args: object) -> None:
        self.view.open_button.setEnabled(bool(self.view.table.selectionModel().selectedRows()))

    def _on_change(self, change: Change) -> None:
        if change.kind is ChangeKind.WORKBOOK:
            self.refresh()
