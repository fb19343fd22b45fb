"""Wires the library screen: list, create (wizard), open, rename, end, trash and restore."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QMessageBox

from actionmentor.domain.enums import WorkbookStatus
from actionmentor.domain.records import WorkbookNames, WorkbookSummary
from actionmentor.errors import UserError
from actionmentor.exercises import frameworks
from actionmentor.services.events import Change, ChangeKind
from actionmentor.ui.common.change_signals import ChangeSignals
from actionmentor.ui.common.language import said
from actionmentor.ui.common.undo import CallbackCommand
from actionmentor.ui.library.model import LibraryModel
from actionmentor.ui.library.names_dialog import NamesDialog
from actionmentor.ui.library.new_alliance_wizard import NewAllianceWizard
from actionmentor.ui.library.view import LibraryView

if TYPE_CHECKING:  # the services load after the first paint (ui/shell/startup.py)
    from actionmentor.services import Services


class LibraryController(QObject):
    open_requested = Signal(int, str)  # workbook id, worksheet to show ("" for the current stage)
    hit_requested = Signal(object)  # a SearchHit whose place should be opened
    message = Signal(str)

    def __init__(
        self,
        services: Services,
        signals: ChangeSignals,
        model: LibraryModel,
        view: LibraryView,
        undo_stack: QUndoStack,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.model = model
        self.view = view
        self.undo_stack = undo_stack
        # Dialogs are opened without blocking; these hold the one that is open, if any.
        self.wizard: NewAllianceWizard | None = None
        self.rename_dialog: NamesDialog | None = None
        self.confirm_box: QMessageBox | None = None
        view.new_button.clicked.connect(self.new_workbook)
        view.open_button.clicked.connect(self.open_selected)
        view.rename_button.clicked.connect(self.rename_selected)
        view.end_button.clicked.connect(self.toggle_ended)
        view.trash_button.clicked.connect(self.trash_selected)
        view.restore_button.clicked.connect(self.restore_selected)
        view.purge_button.clicked.connect(self.purge_selected)
        view.show_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        view.table.doubleClicked.connect(lambda _index: self.open_selected())
        view.table.activated.connect(self._activated)
        view.table.selectionModel().selectionChanged.connect(self._selection_changed)
        signals.changed.connect(self._on_change)
        # Search as you type, after a short pause so each keystroke doesn't query.
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(150)
        self.search_timer.timeout.connect(self.run_search)
        view.search_field.textChanged.connect(self._search_typed)
        view.search_field.returnPressed.connect(self._search_entered)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), view.search_field)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(view.search_field.clear)
        view.results.list.itemActivated.connect(lambda _item: self.open_hit())
        self.refresh()

    def in_trash_view(self) -> bool:
        return bool(self.view.show_filter.currentData() == "trash")

    def refresh(self) -> None:
        trash = self.in_trash_view()
        selected = self.selected()
        self.model.set_rows(self.services.workbooks.all(trash=trash))
        self.view.show_empty(self.model.rowCount() == 0, trash)
        self.view.show_trash_buttons(trash)
        if self.searching():
            self.view.show_results(True)
            self.search_timer.start()  # the results may be out of date too
        if selected is not None:
            for row in range(self.model.rowCount()):
                if self.model.summary(row).id == selected.id:
                    self.view.table.selectRow(row)
        self._selection_changed()

    def selected(self) -> WorkbookSummary | None:
        rows = self.view.table.selectionModel().selectedRows()
        return self.model.summary(rows[0].row()) if rows else None

    def _selection_changed(self, *_args: object) -> None:
        summary = self.selected()
        for button in self.view.row_buttons:
            button.setEnabled(summary is not None)
        ended = summary is not None and summary.status is WorkbookStatus.ENDED
        self.view.end_button.setText(
            self.tr("Reopen alliance") if ended else self.tr("End alliance")
        )

    # -- search ----------------------------------------------------------------------

    def focus_search(self) -> None:
        self.view.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.view.search_field.selectAll()

    def searching(self) -> bool:
        return bool(self.view.search_field.text().strip())

    def run_search(self) -> None:
        self.search_timer.stop()
        words = self.view.search_field.text().strip()
        if not words:
            self.view.show_results(False)
            self.refresh()
            return
        try:
            hits = self.services.search.search(words)
        except UserError as exc:
            self.message.emit(said(exc))
            return
        self.view.results.show_hits(words, hits)
        self.view.show_results(True)

    def _search_typed(self, words: str) -> None:
        if words.strip():
            self.search_timer.start()
        else:
            self.run_search()  # cleared: back to the list at once

    def _search_entered(self) -> None:
        self.run_search()
        if self.view.results.current_hit() is not None:
            self.open_hit()

    def open_hit(self) -> None:
        hit = self.view.results.current_hit()
        if hit is not None:
            self.hit_requested.emit(hit)

    # -- creating and opening -------------------------------------------------------

    def new_workbook(self) -> None:
        wizard = NewAllianceWizard(frameworks(), self._create_from_wizard, self.view.window())
        self.wizard = wizard
        wizard.finished.connect(lambda _r: self._wizard_finished(wizard))
        wizard.open()

    def _create_from_wizard(self, wizard: NewAllianceWizard) -> int:
        return self.services.start_alliance(
            str(wizard.field("mentee")),
            str(wizard.field("mentor")),
            wizard.framework.framework_id(),
            mentee_contact=str(wizard.field("mentee_contact") or ""),
            mentor_contact=str(wizard.field("mentor_contact") or ""),
            first_meeting=wizard.first_meeting.meeting(),
        )

    def _wizard_finished(self, wizard: NewAllianceWizard) -> None:
        self.wizard = None
        if wizard.created_id is not None:
            self.open_requested.emit(wizard.created_id, "")  # its home, meeting 1 next

    def _activated(self, index: QModelIndex) -> None:
        """Enter or a double click on a row opens it, even when the keyboard's current row
        is not yet selected (Tab into the list lands on the first row unselected)."""
        if index.isValid() and not self.view.table.selectionModel().isRowSelected(index.row()):
            self.view.table.selectRow(index.row())
        self.open_selected()

    def open_selected(self) -> None:
        summary = self.selected()
        if summary is not None and not summary.in_trash:
            self.open_requested.emit(summary.id, "")

    # -- rename, end, trash --------------------------------------------------------------

    def rename_selected(self) -> None:
        """Rename…: the title, and both people's names and contact details (undoable)."""
        summary = self.selected()
        if summary is None:
            return
        workbook_id, before = summary.id, summary.names

        def save(names: WorkbookNames) -> str | None:
            if names == before:
                return None
            try:
                self.services.workbooks.set_names(workbook_id, names)
            except UserError as exc:
                return said(exc)
            self.undo_stack.push(
                CallbackCommand(
                    self.tr("rename"),
                    lambda: self.services.workbooks.set_names(workbook_id, names),
                    lambda: self.services.workbooks.set_names(workbook_id, before),
                    done=True,
                )
            )
            return None

        dialog = NamesDialog(before, save, self.view.window())
        dialog.finished.connect(lambda _r: setattr(self, "rename_dialog", None))
        self.rename_dialog = dialog
        dialog.open()

    def toggle_ended(self) -> None:
        summary = self.selected()
        if summary is None:
            return
        new = (
            WorkbookStatus.ACTIVE
            if summary.status is WorkbookStatus.ENDED
            else WorkbookStatus.ENDED
        )
        old = summary.status
        self.undo_stack.push(
            CallbackCommand(
                self.tr("end alliance")
                if new is WorkbookStatus.ENDED
                else self.tr("reopen alliance"),
                lambda: self.services.workbooks.set_status(summary.id, new),
                lambda: self.services.workbooks.set_status(summary.id, old),
            )
        )

    def trash_selected(self) -> None:
        summary = self.selected()
        if summary is None:
            return
        self.undo_stack.push(
            CallbackCommand(
                self.tr("move “%s” to the trash") % summary.title,
                lambda: self.services.workbooks.trash(summary.id),
                lambda: self.services.workbooks.restore(summary.id),
            )
        )
        self.message.emit(
            self.tr("“%s” moved to the trash. Edit › Undo brings it back.") % summary.title
        )

    def restore_selected(self) -> None:
        summary = self.selected()
        if summary is not None:
            self.services.workbooks.restore(summary.id)
            self.message.emit(self.tr("“%s” restored.") % summary.title)

    def purge_selected(self) -> None:
        summary = self.selected()
        if summary is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Delete for good"),
            self.tr("Delete “%s” and everything in it for good? This can't be undone.")
            % summary.title,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.view.window(),
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda result: self._purge_answered(box, summary.id))
        self.confirm_box = box
        box.open()

    def _purge_answered(self, box: QMessageBox, workbook_id: int) -> None:
        self.confirm_box = None
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            self.services.workbooks.purge(workbook_id)
            self.undo_stack.clear()  # earlier commands may refer to it

    def _on_change(self, change: Change) -> None:
        if change.kind is ChangeKind.WORKBOOK:
            self.refresh()
        if self.searching() and self.view.isVisible():
            self.search_timer.start()  # what was found may have changed
