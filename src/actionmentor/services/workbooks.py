"""Creating, finding, listing and describing workbooks."""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from actionmentor.domain.enums import StageStatus, WorkbookStatus
from actionmentor.domain.progress import current_stage, progress_slots
from actionmentor.domain.text import clean_name, clean_text
from actionmentor.errors import InvalidInputError, NotFoundError
from actionmentor.exercises import DEFAULT_FRAMEWORK_ID, framework
from actionmentor.services.base import ServiceBase
from actionmentor.services.events import ChangeKind
from actionmentor.services.records import WorkbookSummary
from actionmentor.storage.models import ProgressCache, StageProgress, Workbook
from actionmentor.storage.types import utcnow

# How many of a framework's progress slots each workbook listed has answered. ``slots`` is a
# JSON list of "prompt_id|respondent" keys, ``ids`` of workbook ids; copies of a repeated
# worksheet count once.
_ANSWERED_SLOTS = text(
    """
    SELECT workbook_id, count(DISTINCT prompt_id || '|' || respondent) FROM answers
    WHERE workbook_id IN (SELECT value FROM json_each(:ids))
      AND prompt_id || '|' || respondent IN (SELECT value FROM json_each(:slots))
    GROUP BY workbook_id
    """
)


@cache
def _slot_keys(framework_id: str) -> tuple[str, str]:
    """The framework's progress slots as JSON, and a short key naming that set."""
    slots = json.dumps(sorted(f"{p}|{r}" for p, r in progress_slots(framework(framework_id))))
    return slots, hashlib.sha256(slots.encode()).hexdigest()[:16]


def _answered_counts(session: Session, workbooks: Sequence[Any]) -> dict[int, int]:
    """Answered slots per workbook: from the cache where it is current, else counted (and
    the count kept). Counting every answer of a thousand full workbooks takes a noticeable
    fraction of a second; the cache makes the library's showing cost one small query."""
    query = select(ProgressCache.workbook_id, ProgressCache.content_key, ProgressCache.answered)
    cached = {
        wid: (key, answered)
        for wid, key, answered in session.execute(
            query.where(ProgressCache.workbook_id.in_([w.id for w in workbooks]))
        )
    }
    counts: dict[int, int] = {}
    stale: dict[str, list[int]] = defaultdict(list)
    for w in workbooks:
        entry = cached.get(w.id)
        if entry is not None and entry[0] == _slot_keys(w.framework_id)[1]:
            counts[w.id] = entry[1]
        else:
            stale[w.framework_id].append(w.id)
    fresh: list[dict[str, object]] = []
    for framework_id, ids in stale.items():
        slots, key = _slot_keys(framework_id)
        params = {"ids": json.dumps(ids), "slots": slots}
        found = {wid: n for wid, n in session.execute(_ANSWERED_SLOTS, params)}
        for wid in ids:
            counts[wid] = found.get(wid, 0)
            fresh.append({"workbook_id": wid, "content_key": key, "answered": counts[wid]})
    if fresh:
        try:
            with session.begin_nested():  # a read-only database still lists its workbooks
                session.execute(sqlite_insert(ProgressCache).prefix_with("OR REPLACE"), fresh)
        except OperationalError:
            pass
    return counts


class WorkbookService(ServiceBase):
    def create(
        self,
        mentee: str,
        mentor: str,
        framework_id: str = DEFAULT_FRAMEWORK_ID,
        title: str | None = None,
        mentee_contact: str = "",
        mentor_contact: str = "",
    ) -> WorkbookSummary:
        fw = framework(framework_id)
        mentee = clean_name(mentee, "The mentee's name")
        mentor = clean_name(mentor, "The mentor's name")
        title = clean_name(title, "The title") if title else f"{mentee} with {mentor}"
        with self._db.session() as session:
            workbook = Workbook(
                title=title,
                mentee_name=mentee,
                mentor_name=mentor,
                mentee_contact=clean_text(mentee_contact, single_line=True).strip(),
                mentor_contact=clean_text(mentor_contact, single_line=True).strip(),
                framework_id=fw.id,
                status=WorkbookStatus.ACTIVE,
            )
            session.add(workbook)
            session.flush()
            session.add_all(
                StageProgress(workbook_id=workbook.id, stage_id=stage.id)
                for stage in fw.all_stages()
            )
            session.flush()
            summary = self._summaries(session, [workbook])[0]
        self._publish(summary.id, ChangeKind.WORKBOOK)
        return summary

    def all(self, *, trash: bool = False) -> list[WorkbookSummary]:
        """The workbooks (or those in the trash), the most recently changed first."""
        with self._db.session() as session:
            in_trash = Workbook.deleted_at.is_not(None) if trash else Workbook.deleted_at.is_(None)
            # Plain rows, not ORM objects: a thousand of those cost a tenth of a second.
            columns = select(*Workbook.__table__.columns)
            rows = session.execute(columns.where(in_trash).order_by(Workbook.updated_at.desc()))
            return self._summaries(session, list(rows))

    def trash(self, workbook_id: int) -> None:
        """Move a workbook to the trash, from where it can be restored."""
        with self._db.session() as session:
            self._workbook(session, workbook_id).deleted_at = utcnow()
        self._publish(workbook_id, ChangeKind.WORKBOOK)

    def restore(self, workbook_id: int) -> None:
        with self._db.session() as session:
            self._workbook(session, workbook_id).deleted_at = None
        self._publish(workbook_id, ChangeKind.WORKBOOK)

    def purge(self, workbook_id: int) -> None:
        """Delete for good a workbook that is in the trash, with everything in it."""
        with self._db.session() as session:
            workbook = self._workbook(session, workbook_id)
            if workbook.deleted_at is None:
                raise InvalidInputError(
                    f"{workbook.title!r} is not in the trash; move it there first."
                )
            session.delete(workbook)
            # The index keeps a deleted row's words until its segments merge: merge them now,
            # so nothing of a workbook deleted for good can still be found in the file.
            session.execute(text("INSERT INTO search_index(search_index) VALUES('optimize')"))
        self._publish(workbook_id, ChangeKind.WORKBOOK)

    def get(self, workbook_id: int) -> WorkbookSummary:
        with self._db.session() as session:
            return self._summaries(session, [self._workbook(session, workbook_id)])[0]

    def resolve(self, ref: str) -> int:
        """A workbook id from what a person typed: its number or its exact title."""
        ref = ref.strip()
        with self._db.session() as session:
            if ref.isdigit() and session.get(Workbook, int(ref)) is not None:
                return int(ref)
            # casefold in Python: SQLite's lower() only knows ASCII.
            wanted = ref.casefold()
            ids = [
                wid
                for wid, title in session.execute(select(Workbook.id, Workbook.title))
                if title.casefold() == wanted
            ]
        if len(ids) == 1:
            return ids[0]
        if len(ids) > 1:
            raise NotFoundError(
                f"{len(ids)} workbooks are called {ref!r}; use the id instead "
                f"({', '.join(map(str, ids))})."
            )
        raise NotFoundError(f"There is no workbook {ref!r}. 'actionmentor list' shows them all.")

    def rename(self, workbook_id: int, title: str) -> None:
        with self._db.session() as session:
            self._workbook(session, workbook_id).title = clean_name(title, "The title")
        self._publish(workbook_id, ChangeKind.WORKBOOK)

    def mark_opened(self, workbook_id: int) -> None:
        with self._db.session() as session:
            self._workbook(session, workbook_id).last_opened_at = utcnow()
        self._publish(workbook_id, ChangeKind.WORKBOOK)

    def set_status(self, workbook_id: int, status: WorkbookStatus) -> None:
        with self._db.session() as session:
            workbook = self._workbook(session, workbook_id)
            workbook.status = status
            workbook.updated_at = utcnow()
        self._publish(workbook_id, ChangeKind.WORKBOOK)

    def _summaries(self, session: Session, workbooks: Sequence[Any]) -> list[WorkbookSummary]:
        """Summaries with progress: the answered counts come from the progress cache, and
        the stage statuses from one query for all the workbooks."""
        ids = [w.id for w in workbooks]
        answered = _answered_counts(session, workbooks)
        statuses: dict[int, dict[str, StageStatus]] = defaultdict(dict)
        for wid, stage_id, status in session.execute(
            select(StageProgress.workbook_id, StageProgress.stage_id, StageProgress.status).where(
                StageProgress.workbook_id.in_(ids)
            )
        ):
            statuses[wid][stage_id] = StageStatus(status)
        summaries = []
        for w in workbooks:
            fw = framework(w.framework_id)
            stage = current_stage(fw, statuses[w.id])
            done, total = answered[w.id], len(progress_slots(fw))
            summaries.append(
                WorkbookSummary(
                    id=w.id,
                    title=w.title,
                    mentee=w.mentee_name,
                    mentor=w.mentor_name,
                    mentee_contact=w.mentee_contact,
                    mentor_contact=w.mentor_contact,
                    framework_id=fw.id,
                    framework_title=fw.title,
                    status=WorkbookStatus(w.status),
                    current_stage_id=stage.id,
                    current_stage_title=stage.title,
                    answered=done,
                    total=total,
                    created_at=w.created_at,
                    updated_at=w.updated_at,
                    last_opened_at=w.last_opened_at,
                    in_trash=w.deleted_at is not None,
                )
            )
        return summaries
