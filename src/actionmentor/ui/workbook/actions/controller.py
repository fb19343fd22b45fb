"""Wires the action plan tab: add, edit, complete, delete (all undoable), filter, go to source."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from actionmentor.domain.content import Framework
from actionmentor.domain.enums import ActionStatus
from actionmentor.ui.common import undo
from actionmentor.ui.common.when_shown import WhenShown
from actionmentor.ui.workbook.actions.action_dialog import ActionDialog
from actionmentor.ui.workbook.actions.model import ActionsModel, is_overdue
from actionmentor.ui.workbook.actions.view import ActionPlanView

if TYPE_CHECKING:  # the services load after the first paint (ui/shell/startup.py)
    from actionmentor.services import Services


class ActionPlanController(QObject):
    worksheet_requested = Signal(str, str)  # stage id, worksheet id

    def __init__(
        self, services: Services, view: ActionPlanView, undo_stack: QUndoStack, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.view = view
        self._when_shown = WhenShown(view, self._rebuild)
        self.model: ActionsModel = view.model
        self.undo_stack = undo_stack
        self.workbook_id: int | None = None
        self.framework: Framework | None = None
        self.dialog: ActionDialog | None = None  # the open dialog, if any
        view.add_button.clicked.connect(self.add)
        view.edit_button.clicked.connect(self.edit)
        view.done_button.clicked.connect(self.mark_done)
        view.delete_button.clicked.connect(self.delete)
        view.source_button.clicked.connect(self.go_to_source)
        view.table.doubleClicked.connect(lambda _index: self.edit())
        view.table.selectionModel().selectionChanged.connect(self._selection_changed)

    def show_workbook(self, workbook_id: int, framework: Framework) -> None:
        self.workbook_id = workbook_id
        self.framework = framework
        self.refresh()

    def refresh(self) -> None:
        self._when_shown.request()  # now if the tab is in view, else when it comes into view

    def _rebuild(self) -> None:
        if self.workbook_id is None or self.framework is None:
            return
        actions = self.services.actions.list_for(self.workbook_id)
        titles = {
            p.id: ws.title
            for st in self.framework.all_stages()
            for ws in st.worksheets
            for p in ws.prompts
        }
        selected = self.view.selected()
        self.model.set_rows(actions, titles)
        if selected:
            self.view.select_action(selected.id)
        today = dt.date.today()
        open_count = sum(
            a.status in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS) for a in actions
        )
        overdue = sum(is_overdue(a, today) for a in actions)
        self.view.summary.setText(
            self.tr("%1, %2, %3")
            .replace("%1", self.tr("%n action(s)", "", len(actions)))
            .replace("%2", self.tr("%n open", "", open_count))
            .replace("%3", self.tr("%n overdue", "", overdue))
        )
        self._selection_changed()

    def reveal(self, action_id: int) -> None:
        """Select one action, showing all actions if the filter would hide it."""
        self.view.filter.setCurrentIndex(0)
        self.view.select_action(action_id)
        self.view.table.setFocus()

    def _selection_changed(self, *_args: object) -> None:
        action = self.view.selected()
        for button in (self.view.edit_button, self.view.delete_button):
            button.setEnabled(action is not None)
        self.view.done_button.setEnabled(
            action is not None and action.status is not ActionStatus.DONE
        )
        self.view.source_button.setEnabled(action is not None and bool(action.source_prompt_id))

    def add(self) -> None:
        self._open_dialog(ActionDialog(None, self.view.window()))

    def edit(self) -> None:
        action = self.view.selected()
        if action is not None:
            self._open_dialog(ActionDialog(action, self.view.window()))

    def _open_dialog(self, dialog: ActionDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._dialog_accepted(dialog))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()

    def _dialog_accepted(self, dialog: ActionDialog) -> None:
        assert self.workbook_id is not None
        after = dialog.record()
        before = dialog.original
        if before is None:
            self.undo_stack.push(undo.add_action(self.services, self.workbook_id, after))
        elif after != before:
            self.undo_stack.push(undo.edit_action(self.services, before, after))

    def mark_done(self) -> None:
        action = self.view.selected()
        if action is not None and action.status is not ActionStatus.DONE:
            after = dataclasses.replace(action, status=ActionStatus.DONE)
            self.undo_stack.push(undo.edit_action(self.services, action, after))

    def delete(self) -> None:
        action = self.view.selected()
        if action is not None and self.workbook_id is not None:
            self.undo_stack.push(undo.delete_action(self.services, self.workbook_id, action))

    def go_to_source(self) -> None:
        action = self.view.selected()
        if action is None or not action.source_prompt_id or self.framework is None:
            return
        located = self.framework.locate(action.source_prompt_id)
        if located:
            self.worksheet_requested.emit(located[0].id, located[1].id)
