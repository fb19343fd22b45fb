"""What every service shares: the database, the change bus and the workbook lookup."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import text
from sqlalchemy.orm import Session

from actionmentor.domain.content import Framework
from actionmentor.domain.enums import WorkbookStatus
from actionmentor.domain.progress import Signatures
from actionmentor.domain.text import clean_text
from actionmentor.errors import InvalidInputError, NotFoundError
from actionmentor.exercises import framework
from actionmentor.services.events import Change, ChangeBus, ChangeKind
from actionmentor.storage.database import Database
from actionmentor.storage.models import StageProgress, Workbook
from actionmentor.storage.search_schema import MERGE_SQL
from actionmentor.storage.types import utcnow

Row = TypeVar("Row")


class ServiceBase:
    def __init__(self, db: Database, bus: ChangeBus) -> None:
        self._db = db
        self._bus = bus

    @staticmethod
    def _get(session: Session, model: type[Row], record_id: int, what: str) -> Row:
        """One row by id, or NotFoundError naming what was looked for."""
        row = session.get(model, record_id)
        if row is None:
            raise NotFoundError(f"There is no {what} {record_id}.")
        return row

    @classmethod
    def _workbook(cls, session: Session, workbook_id: int) -> Workbook:
        return cls._get(session, Workbook, workbook_id, "workbook")

    @classmethod
    def _writable_workbook(cls, session: Session, workbook_id: int) -> Workbook:
        """The workbook, if it may still be changed; an ended alliance stays read-only."""
        workbook = cls._workbook(session, workbook_id)
        if workbook.status == WorkbookStatus.ENDED:
            raise InvalidInputError(
                f"The alliance {workbook.title!r} has ended; its workbook can be read "
                "but not changed. Reopen it first."
            )
        workbook.updated_at = utcnow()
        return workbook

    @staticmethod
    def _framework_of(workbook: Workbook) -> Framework:
        return framework(workbook.framework_id)

    def _publish(self, workbook_id: int, kind: ChangeKind, key: object = "") -> None:
        self._bus.publish(Change(workbook_id, kind, str(key)))


def signatures_of(row: StageProgress | None) -> Signatures:
    """A stage's sign-offs as the domain's rules read them."""
    if row is None:
        return Signatures()
    return Signatures(row.mentee_signed_at, row.mentor_signed_at, row.edited_after_signoff_at)


def apply_text(record: object, text: dict[str, str], allowed: tuple[str, ...]) -> None:
    """Set the text fields named in ``text``, each cleaned; the others of ``allowed`` start
    empty on a new record, not NULL."""
    unknown = set(text) - set(allowed)
    if unknown:
        raise TypeError(f"unknown fields {sorted(unknown)}")
    for field, value in text.items():
        setattr(record, field, clean_text(value, what=field.replace("_", " ").capitalize()))
    for field in allowed:  # new records: every text column starts empty, not NULL
        if getattr(record, field) is None:
            setattr(record, field, "")


def wipe_deleted_words(session: Session) -> None:
    """Take the words of deleted or replaced text out of the search index's segments."""
    session.execute(text(MERGE_SQL))
