"""Journal entries: reflections by one person, private ones shown only to their author.

Privacy here is a display rule; encryption at rest comes with the confidentiality work.
"""

from __future__ import annotations

from sqlalchemy import select

from actionmentor.domain.enums import Person
from actionmentor.domain.text import clean_text
from actionmentor.errors import InvalidInputError, NotFoundError
from actionmentor.services.base import ServiceBase
from actionmentor.services.events import ChangeKind
from actionmentor.services.records import JournalRecord
from actionmentor.storage.models import JournalEntry


class JournalService(ServiceBase):
    def add(
        self, workbook_id: int, author: Person | str, text: str, *, private: bool = False
    ) -> JournalRecord:
        author = Person(author)
        text = clean_text(text, what="The journal entry")
        if not text.strip():
            raise InvalidInputError("A journal entry can't be empty.")
        with self._db.session() as session:
            self._writable_workbook(session, workbook_id)
            entry = JournalEntry(workbook_id=workbook_id, author=author, text=text, private=private)
            session.add(entry)
            session.flush()
            record = _record(entry, viewer=author)
        self._publish(workbook_id, ChangeKind.JOURNAL, record.id)
        return record

    def for_export(self, workbook_id: int, include: frozenset[Person]) -> list[JournalRecord]:
        """Entries to print: private ones only for authors who chose to include them."""
        with self._db.session() as session:
            self._workbook(session, workbook_id)
            rows = list(
                session.scalars(
                    select(JournalEntry)
                    .where(JournalEntry.workbook_id == workbook_id)
                    .order_by(JournalEntry.written_at, JournalEntry.id)
                )
            )
            return _exported(rows, include)

    def delete(self, entry_id: int, person: Person | str) -> None:
        """Only an entry's author may delete it."""
        person = Person(person)
        with self._db.session() as session:
            entry = session.get(JournalEntry, entry_id)
            if entry is None:
                raise NotFoundError(f"There is no journal entry {entry_id}.")
            if entry.author != person:
                raise InvalidInputError("Only the person who wrote a journal entry can delete it.")
            workbook_id = entry.workbook_id
            self._writable_workbook(session, workbook_id)
            session.delete(entry)
        self._publish(workbook_id, ChangeKind.JOURNAL, entry_id)

    def list_for(self, workbook_id: int, viewer: Person | None = None) -> list[JournalRecord]:
        """Every entry, oldest first; private text only for its author (``viewer``)."""
        with self._db.session() as session:
            self._workbook(session, workbook_id)
            rows = session.scalars(
                select(JournalEntry)
                .where(JournalEntry.workbook_id == workbook_id)
                .order_by(JournalEntry.written_at, JournalEntry.id)
            )
            return [_record(e, viewer) for e in rows]


def _exported(entries: list[JournalEntry], include: frozenset[Person]) -> list[JournalRecord]:
    return [
        _record(e, Person(e.author))
        for e in entries
        if not e.private or Person(e.author) in include
    ]


def _record(entry: JournalEntry, viewer: Person | None) -> JournalRecord:
    author = Person(entry.author)
    visible = not entry.private or viewer is author
    return JournalRecord(
        id=entry.id,
        author=author,
        written_at=entry.written_at,
        private=entry.private,
        text=entry.text if visible else None,
    )
