"""The meeting log: dated meetings with their agenda, notes, actions agreed and the next date."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from actionmentor.domain.fields import MEETING_FIELDS, names, record_from
from actionmentor.domain.records import MeetingRecord
from actionmentor.services.base import ServiceBase, wipe_deleted_words
from actionmentor.services.base import apply_text as _apply_text
from actionmentor.services.events import ChangeKind
from actionmentor.storage.models import Meeting

_MEETING_TEXT_FIELDS = names(MEETING_FIELDS, "text")


class MeetingService(ServiceBase):
    def add(
        self,
        workbook_id: int,
        held_at: dt.datetime,
        *,
        next_meeting_at: dt.datetime | None = None,
        **text: str,
    ) -> MeetingRecord:
        with self._db.session() as session:
            self._writable_workbook(session, workbook_id)
            meeting = Meeting(workbook_id=workbook_id, held_at=_aware(held_at))
            meeting.next_meeting_at = _aware(next_meeting_at) if next_meeting_at else None
            _apply_text(meeting, text, _MEETING_TEXT_FIELDS)
            session.add(meeting)
            session.flush()
            record = _meeting_record(meeting)
        self._publish(workbook_id, ChangeKind.MEETING, record.id)
        return record

    def add_record(self, workbook_id: int, m: MeetingRecord) -> MeetingRecord:
        """Add a meeting described by a record (its id is ignored): undo and redo use this."""
        return self.add(
            workbook_id,
            m.held_at,
            next_meeting_at=m.next_meeting_at,
            **{f: getattr(m, f) for f in _MEETING_TEXT_FIELDS},
        )

    def update(
        self,
        meeting_id: int,
        *,
        held_at: dt.datetime | None = None,
        next_meeting_at: dt.datetime | str | None = "unchanged",
        **text: str,
    ) -> MeetingRecord:
        with self._db.session() as session:
            meeting = self._get(session, Meeting, meeting_id, "meeting")
            self._writable_workbook(session, meeting.workbook_id)
            if held_at is not None:
                meeting.held_at = _aware(held_at)
            if next_meeting_at != "unchanged":
                meeting.next_meeting_at = (
                    _aware(next_meeting_at) if isinstance(next_meeting_at, dt.datetime) else None
                )
            _apply_text(meeting, text, _MEETING_TEXT_FIELDS)
            session.flush()
            record, workbook_id = _meeting_record(meeting), meeting.workbook_id
        self._publish(workbook_id, ChangeKind.MEETING, meeting_id)
        return record

    def delete(self, meeting_id: int) -> None:
        with self._db.session() as session:
            meeting = self._get(session, Meeting, meeting_id, "meeting")
            workbook_id = meeting.workbook_id
            self._writable_workbook(session, workbook_id)
            session.delete(meeting)
            session.flush()
            wipe_deleted_words(session)
        self._publish(workbook_id, ChangeKind.MEETING, meeting_id)

    def list_for(self, workbook_id: int) -> list[MeetingRecord]:
        with self._db.session() as session:
            self._workbook(session, workbook_id)
            rows = session.scalars(
                select(Meeting).where(Meeting.workbook_id == workbook_id).order_by(Meeting.held_at)
            )
            return [_meeting_record(m) for m in rows]


def _aware(when: dt.datetime) -> dt.datetime:
    """Times without a zone are the user's local time."""
    return when if when.tzinfo else when.astimezone()


def _meeting_record(m: Meeting) -> MeetingRecord:
    return record_from(MeetingRecord, m)
