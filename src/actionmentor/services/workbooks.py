"""Creating, finding, listing and describing workbooks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from actionmentor.domain.enums import WorkbookStatus
from actionmentor.domain.records import WorkbookNames, WorkbookSummary
from actionmentor.domain.text import clean_name, clean_text
from actionmentor.errors import InvalidInputError, NotFoundError
from actionmentor.exercises import DEFAULT_FRAMEWORK_ID, framework
from actionmentor.services.base import ServiceBase, wipe_deleted_words
from actionmentor.services.events import ChangeKind
from actionmentor.services.library import workbook_summaries
from actionmentor.storage.models import StageProgress, Workbook
from actionmentor.storage.types import utcnow


def _contact(text: str) -> str:
    contact = clean_text(text, single_line=True, what="Contact details").strip()
    if len(contact) > 200:
        raise InvalidInputError(
            f"Contact details are too long ({len(contact)} characters; at most 200)."
        )
    return contact


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
            return workbook_summaries(_sqlite(session), trash=trash)

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
            wipe_deleted_words(session)
        self._publish(workbook_id, ChangeKind.WORKBOOK)

    def get(self, workbook_id: int) -> WorkbookSummary:
        with self._db.session() as session:
            return self._summaries(session, [self._workbook(session, workbook_id)])[0]

    def resolve(self, ref: str) -> int:
        """A workbook id from what a person typed: its number or its exact title."""
        ref = ref.strip()
        with self._db.session() as session:
            if _is_id(ref) and session.get(Workbook, int(ref)) is not None:
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

    def set_names(self, workbook_id: int, names: WorkbookNames) -> WorkbookNames:
        """Correct the title, names and contact details at once; returns what they were
        (for undo). Everything that shows a name reads it from here, PDFs included."""
        title = clean_name(names.title, "The title")
        mentee = clean_name(names.mentee, "The mentee's name")
        mentor = clean_name(names.mentor, "The mentor's name")
        contacts = [_contact(c) for c in (names.mentee_contact, names.mentor_contact)]
        with self._db.session() as session:
            workbook = self._workbook(session, workbook_id)
            before = WorkbookNames(
                workbook.title,
                workbook.mentee_name,
                workbook.mentee_contact,
                workbook.mentor_name,
                workbook.mentor_contact,
            )
            workbook.title, workbook.mentee_name, workbook.mentor_name = title, mentee, mentor
            workbook.mentee_contact, workbook.mentor_contact = contacts
            workbook.updated_at = utcnow()
        self._publish(workbook_id, ChangeKind.WORKBOOK)
        return before

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

    @staticmethod
    def _summaries(session: Session, workbooks: Sequence[Workbook]) -> list[WorkbookSummary]:
        session.flush()
        found = {
            s.id: s for s in workbook_summaries(_sqlite(session), ids=[w.id for w in workbooks])
        }
        return [found[w.id] for w in workbooks]


def _sqlite(session: Session) -> Any:
    """The session's own sqlite3 connection, inside its transaction."""
    return session.connection().connection.driver_connection


def _is_id(ref: str) -> bool:
    """Plain digits that SQLite's integer can hold ("²" is a digit to Python, not an id)."""
    return ref.isascii() and ref.isdigit() and len(ref) <= 19 and int(ref) < 2**63
