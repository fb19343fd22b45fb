"""Wires the meetings tab: the log, the record of each meeting (saved as you type), and
"Prepare next meeting"."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QObject, QSignalBlocker, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QListWidgetItem

from actionmentor.domain.records import MeetingRecord
from actionmentor.ui.common import undo
from actionmentor.ui.common.autosave import Autosaver
from actionmentor.ui.common.when_shown import WhenShown
from actionmentor.ui.common.widgets import local_time
from actionmentor.ui.workbook.meetings.view import MeetingsView

if TYPE_CHECKING:  # the services load after the first paint (ui/shell/startup.py)
    from actionmentor.services import Services

ID_ROLE = Qt.ItemDataRole.UserRole


def to_qt(value: dt.datetime) -> QDateTime:
    local = value.astimezone()
    return QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)


def from_qt(value: QDateTime) -> dt.datetime:
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()).astimezone()


class MeetingsController(QObject):
    def __init__(
        self,
        services: Services,
        view: MeetingsView,
        undo_stack: QUndoStack,
        autosaver: Autosaver,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.view = view
        self._when_shown = WhenShown(view, self._rebuild)
        self.undo_stack = undo_stack
        self.autosaver = autosaver
        self.workbook_id: int | None = None
        self.meeting_id: int | None = None
        view.list.currentItemChanged.connect(self._chosen)
        view.new_button.clicked.connect(self.new_meeting)
        view.prepare_button.clicked.connect(self.prepare_next)
        view.delete_button.clicked.connect(self.delete)
        for field in ("agenda", "notes", "actions_agreed"):
            box = getattr(view, field)
            box.textChanged.connect(lambda f=field: self._edited(f))
        view.place.textEdited.connect(lambda _t: self._edited("place"))
        view.held_at.dateTimeChanged.connect(lambda _v: self._edited("held_at"))
        view.next_meeting.changed.connect(lambda: self._edited("next_meeting_at"))
        self._loading = False

    def show_workbook(self, workbook_id: int) -> None:
        self.workbook_id = workbook_id
        self.meeting_id = None
        self.refresh()

    def refresh(self) -> None:
        """Rebuild the log. The open record is reloaded only if it is a different meeting,
        so a save while typing never moves the cursor."""
        self._when_shown.request()  # now if the tab is in view, else when it comes into view

    def _rebuild(self) -> None:
        if self.workbook_id is None:
            return
        meetings = self.services.meetings.list_for(self.workbook_id)
        keep = self.meeting_id
        with QSignalBlocker(self.view.list):
            self.view.list.clear()
            for m in reversed(meetings):  # newest first
                when = local_time(m.held_at, weekday=True)
                item = QListWidgetItem(f"{when}\n{m.place or self.tr('(no place)')}")
                item.setData(ID_ROLE, m.id)
                self.view.list.addItem(item)
                if m.id == keep:
                    self.view.list.setCurrentItem(item)
        ids = [m.id for m in meetings]
        if keep not in ids or not self.view.form.isVisibleTo(self.view):
            self.show_meeting(ids[-1] if ids else None)
        elif not self._being_edited():
            # Changed elsewhere (meeting mode recorded it, the CLI, undo): show what is
            # stored now, so that typing here never writes over it with an old form.
            self._load(keep)

    def _being_edited(self) -> bool:
        """Someone is typing in the form, or its edits are not all saved yet."""
        focus = QApplication.focusWidget()
        typing = focus is not None and self.view.form.isAncestorOf(focus)
        return typing or self.autosaver.busy()

    def show_meeting(self, meeting_id: int | None) -> None:
        for row in range(self.view.list.count()):
            item = self.view.list.item(row)
            if item.data(ID_ROLE) == meeting_id:
                with QSignalBlocker(self.view.list):
                    self.view.list.setCurrentItem(item)
                break
        self._load(meeting_id)

    def _chosen(self, item: QListWidgetItem | None, _previous: object) -> None:
        self.autosaver.flush()
        self._load(item.data(ID_ROLE) if item else None)

    def _load(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        meeting = self._meeting(meeting_id)
        self.view.form.setVisible(meeting is not None)
        self.view.empty.setVisible(meeting is None)
        self.view.delete_button.setEnabled(meeting is not None)
        if meeting is None:
            return
        self._loading = True
        v = self.view
        v.held_at.setDateTime(to_qt(meeting.held_at))
        v.place.setText(meeting.place)
        v.agenda.setPlainText(meeting.agenda)
        v.notes.setPlainText(meeting.notes)
        v.actions_agreed.setPlainText(meeting.actions_agreed)
        v.next_meeting.set_value(meeting.next_meeting_at)
        self._loading = False

    def _meeting(self, meeting_id: int | None) -> MeetingRecord | None:
        if meeting_id is None or self.workbook_id is None:
            return None
        return next(
            (m for m in self.services.meetings.list_for(self.workbook_id) if m.id == meeting_id),
            None,
        )

    def _edited(self, field: str) -> None:
        if self._loading or self.meeting_id is None:
            return
        meeting_id = self.meeting_id
        v = self.view

        def save() -> None:
            if field == "held_at":
                held = from_qt(v.held_at.dateTime())
                self.services.meetings.update(meeting_id, held_at=held)
            elif field == "next_meeting_at":
                self.services.meetings.update(meeting_id, next_meeting_at=v.next_meeting.value())
            elif field == "place":
                self.services.meetings.update(meeting_id, place=v.place.text())
            else:
                self.services.meetings.update(
                    meeting_id, **{field: getattr(v, field).toPlainText()}
                )

        self.autosaver.schedule(("meeting", meeting_id, field), save)

    def new_meeting(self) -> None:
        now = dt.datetime.now().astimezone().replace(second=0, microsecond=0)
        self._push_new(MeetingRecord(0, now, "", "", "", "", None))

    def prepare_next(self) -> None:
        """A new meeting at the date agreed last time, its agenda drafted by the services."""
        assert self.workbook_id is not None
        self.autosaver.flush()
        self._push_new(self.services.next_meeting_draft(self.workbook_id))

    def _push_new(self, draft: MeetingRecord) -> None:
        assert self.workbook_id is not None
        self.autosaver.flush()
        command = undo.AddMeeting(self.services, self.workbook_id, draft)
        self.undo_stack.push(command)
        self.show_meeting(command.meeting_id)

    def delete(self) -> None:
        self.autosaver.flush()  # so that undo brings back what was just typed
        meeting = self._meeting(self.meeting_id)
        if meeting is not None and self.workbook_id is not None:
            self.undo_stack.push(undo.delete_meeting(self.services, self.workbook_id, meeting))
