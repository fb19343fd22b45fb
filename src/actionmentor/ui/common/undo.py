"""Undoable structural edits (actions, meetings, journal entries, sign-offs).

Each command calls the services both ways. A record that is deleted and then restored
comes back with a new id, so commands remember the id they last produced.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from actionmentor.domain.enums import Person
from actionmentor.domain.records import ActionRecord, JournalRecord, MeetingRecord

if TYPE_CHECKING:  # the services load after the first paint (ui/shell/startup.py)
    from actionmentor.services import Services


class CallbackCommand(QUndoCommand):
    """``done=True``: the change was already made (so that a refusal could be shown where
    it was asked for; an exception inside push() would only reach Qt): the first redo, which
    push() runs, does nothing."""

    def __init__(
        self,
        text: str,
        redo: Callable[[], object],
        undo: Callable[[], object],
        *,
        done: bool = False,
    ) -> None:
        super().__init__(text)
        self._redo = redo
        self._undo = undo
        self._skip = done

    def redo(self) -> None:
        if self._skip:
            self._skip = False
            return
        self._redo()

    def undo(self) -> None:
        self._undo()


def add_action(services: Services, workbook_id: int, draft: ActionRecord) -> QUndoCommand:
    state = {"id": 0}

    def redo() -> None:
        state["id"] = services.actions.add_record(workbook_id, draft).id

    return CallbackCommand(
        QCoreApplication.translate("undo", "add action “%1”").replace("%1", draft.title),
        redo,
        lambda: services.actions.delete(state["id"]),
    )


def delete_action(services: Services, workbook_id: int, action: ActionRecord) -> QUndoCommand:
    state = {"id": action.id}

    def undo() -> None:
        state["id"] = services.actions.add_record(workbook_id, action).id

    return CallbackCommand(
        QCoreApplication.translate("undo", "delete action “%1”").replace("%1", action.title),
        lambda: services.actions.delete(state["id"]),
        undo,
    )


def edit_action(services: Services, before: ActionRecord, after: ActionRecord) -> QUndoCommand:
    return CallbackCommand(
        QCoreApplication.translate("undo", "edit action “%1”").replace("%1", after.title),
        lambda: services.actions.update_record(after),
        lambda: services.actions.update_record(before),
    )


class AddMeeting(QUndoCommand):
    """Adds a meeting; ``meeting_id`` is the id it has now (it changes after undo and redo)."""

    def __init__(self, services: Services, workbook_id: int, draft: MeetingRecord) -> None:
        super().__init__("add meeting")
        self.services, self.workbook_id, self.draft = services, workbook_id, draft
        self.meeting_id = 0

    def redo(self) -> None:
        self.meeting_id = self.services.meetings.add_record(self.workbook_id, self.draft).id

    def undo(self) -> None:
        # Keep what was typed into it since, so redo brings back the latest version.
        current = {m.id: m for m in self.services.meetings.list_for(self.workbook_id)}
        self.draft = current.get(self.meeting_id, self.draft)
        self.services.meetings.delete(self.meeting_id)


def delete_meeting(services: Services, workbook_id: int, meeting: MeetingRecord) -> QUndoCommand:
    state = {"id": meeting.id}

    def undo() -> None:
        state["id"] = services.meetings.add_record(workbook_id, meeting).id

    return CallbackCommand(
        QCoreApplication.translate("undo", "delete meeting"),
        lambda: services.meetings.delete(state["id"]),
        undo,
    )


def add_journal_entry(
    services: Services,
    workbook_id: int,
    author: Person,
    text: str,
    private: bool,
    passphrase: str | None = None,
) -> QUndoCommand:
    state = {"id": 0}

    def redo() -> None:
        state["id"] = services.journal.add(
            workbook_id, author, text, private=private, passphrase=passphrase
        ).id

    return CallbackCommand(
        QCoreApplication.translate("undo", "add journal entry"),
        redo,
        lambda: services.journal.delete(state["id"], author),
    )


def delete_journal_entry(
    services: Services,
    workbook_id: int,
    entry: JournalRecord,
    text: str,
    passphrase: str | None = None,
) -> QUndoCommand:
    state = {"id": entry.id}

    def undo() -> None:
        state["id"] = services.journal.add(
            workbook_id, entry.author, text, private=entry.private, passphrase=passphrase
        ).id

    return CallbackCommand(
        QCoreApplication.translate("undo", "delete journal entry"),
        lambda: services.journal.delete(state["id"], entry.author),
        undo,
    )


def sign_off(
    services: Services, workbook_id: int, stage_id: str, person: Person, sign: bool
) -> QUndoCommand:
    """Sign (or withdraw); undo puts back the signatures as they were, so undoing a re-sign
    restores the earlier signature instead of removing it."""
    before = next(s for s in services.answers.stages(workbook_id) if s.stage_id == stage_id)

    def redo() -> None:
        if sign:
            services.answers.sign_off(workbook_id, stage_id, person)
        else:
            services.answers.withdraw_sign_off(workbook_id, stage_id, person)

    text = "sign off stage" if sign else "withdraw sign-off"
    return CallbackCommand(
        text, redo, lambda: services.answers.restore_signatures(workbook_id, before)
    )
