"""Journal entries: reflections by one person. Private ones are encrypted with their
author's passphrase and shown only to their author, once unlocked.

An author sets a passphrase once per workbook; a private entry written before that (by an
older version) is encrypted when the passphrase is set.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from actionmentor.domain.crypto import (
    CHECK_TEXT,
    WrongPassphraseError,
    check_identity,
    derive_key,
    entry_identity,
    new_salt,
    portable_check_identity,
    portable_entry_identity,
    seal,
    unseal,
)
from actionmentor.domain.enums import Person
from actionmentor.domain.records import JournalRecord
from actionmentor.domain.text import clean_text
from actionmentor.errors import InvalidInputError
from actionmentor.services.base import ServiceBase, wipe_deleted_words
from actionmentor.services.events import ChangeKind
from actionmentor.storage.models import JournalEntry, JournalKey, Workbook

MIN_PASSPHRASE = 6

Passphrases = Mapping[Person, str]


class JournalService(ServiceBase):
    # -- passphrases ------------------------------------------------------------------------

    def has_passphrase(self, workbook_id: int, author: Person | str) -> bool:
        with self._db.session() as session:
            return _key_row(session, workbook_id, Person(author)) is not None

    def set_passphrase(
        self, workbook_id: int, author: Person | str, passphrase: str, old: str | None = None
    ) -> None:
        """Set (or, given the old one, change) the passphrase for an author's private entries."""
        author = Person(author)
        if len(passphrase) < MIN_PASSPHRASE:
            raise InvalidInputError(f"Choose a passphrase of at least {MIN_PASSPHRASE} characters.")
        with self._db.session() as session:
            self._workbook(session, workbook_id)
            row = _key_row(session, workbook_id, author)
            alliance = self._workbook(session, workbook_id).uuid
            old_key = None
            if row is not None:
                if old is None:
                    raise InvalidInputError(
                        "A passphrase is already set; give the old one to change it."
                    )
                old_key = _check(row, old, workbook_id, author, alliance)
            salt = new_salt()
            key = derive_key(passphrase, salt)
            nonce, sealed = seal(key, CHECK_TEXT, portable_check_identity(alliance, author))
            if row is None:
                row = JournalKey(workbook_id=workbook_id, author=author)
                session.add(row)
            row.salt, row.check_nonce, row.check_ciphertext = salt, nonce, sealed
            for entry in _private_entries(session, workbook_id, author):
                text = entry.text if entry.ciphertext is None else _open(entry, old_key)
                seal_entry(entry, key, text)
        self._publish(workbook_id, ChangeKind.JOURNAL)

    def _key(self, session: Session, workbook_id: int, author: Person, passphrase: str) -> bytes:
        row = _key_row(session, workbook_id, author)
        if row is None:
            raise InvalidInputError(
                "Set a passphrase for your private entries first; "
                "it keeps them unreadable to anyone else."
            )
        return _check(
            row, passphrase, workbook_id, author, self._workbook(session, workbook_id).uuid
        )

    def unlock(self, workbook_id: int, author: Person | str, passphrase: str) -> None:
        """Check a passphrase; WrongPassphraseError if it is not the right one."""
        with self._db.session() as session:
            self._key(session, workbook_id, Person(author), passphrase)

    # -- entries ----------------------------------------------------------------------------

    def add(
        self,
        workbook_id: int,
        author: Person | str,
        text: str,
        *,
        private: bool = False,
        passphrase: str | None = None,
        written_at: dt.datetime | None = None,  # now, unless given (the demo's history)
    ) -> JournalRecord:
        author = Person(author)
        text = clean_text(text, what="The journal entry")
        if not text.strip():
            raise InvalidInputError("A journal entry can't be empty.")
        with self._db.session() as session:
            self._writable_workbook(session, workbook_id)
            key = None
            if private:
                if passphrase is None:
                    raise InvalidInputError("A private entry needs its author's passphrase.")
                key = self._key(session, workbook_id, author, passphrase)
            # The plain text of a private entry never reaches the database: the row is
            # written empty, and sealed once its id (part of the authenticated data) exists.
            entry = JournalEntry(
                workbook_id=workbook_id,
                author=author,
                text="" if private else text,
                private=private,
            )
            if written_at is not None:
                entry.written_at = written_at
            session.add(entry)
            session.flush()
            if key is not None:
                seal_entry(entry, key, text)
            record = _record(entry, text)
        self._publish(workbook_id, ChangeKind.JOURNAL, record.id)
        return record

    def delete(self, entry_id: int, person: Person | str) -> None:
        """Only an entry's author may delete it."""
        person = Person(person)
        with self._db.session() as session:
            entry = self._get(session, JournalEntry, entry_id, "journal entry")
            if entry.author != person:
                raise InvalidInputError("Only the person who wrote a journal entry can delete it.")
            workbook_id = entry.workbook_id
            self._writable_workbook(session, workbook_id)
            session.delete(entry)
            session.flush()
            wipe_deleted_words(session)
        self._publish(workbook_id, ChangeKind.JOURNAL, entry_id)

    def list_for(
        self,
        workbook_id: int,
        viewer: Person | None = None,
        passphrase: str | None = None,
    ) -> list[JournalRecord]:
        """Every entry, oldest first. A private entry's text is shown only to its author,
        and, once encrypted, only with the author's passphrase."""
        keys = {viewer: passphrase} if viewer is not None and passphrase else {}
        with self._db.session() as session:
            self._workbook(session, workbook_id)
            return self._records(session, workbook_id, keys, viewer, keep_hidden=True)

    def for_export(
        self, workbook_id: int, include: frozenset[Person], passphrases: Passphrases | None = None
    ) -> list[JournalRecord]:
        """Entries to print: private ones only for authors who chose to include them and
        whose passphrase was given (a plain-text legacy entry needs none)."""
        with self._db.session() as session:
            self._workbook(session, workbook_id)
            keys = {p: s for p, s in (passphrases or {}).items() if p in include}
            records = self._records(
                session, workbook_id, keys, None, keep_hidden=False, include=include
            )
            return records

    def _records(
        self,
        session: Session,
        workbook_id: int,
        passphrases: Passphrases,
        viewer: Person | None,
        *,
        keep_hidden: bool,
        include: frozenset[Person] = frozenset(),
    ) -> list[JournalRecord]:
        keys = {
            author: self._key(session, workbook_id, author, phrase)
            for author, phrase in passphrases.items()
            if _key_row(session, workbook_id, author) is not None
        }
        rows = session.scalars(
            select(JournalEntry)
            .where(JournalEntry.workbook_id == workbook_id)
            .order_by(JournalEntry.written_at, JournalEntry.id)
        )
        records = []
        for entry in rows:
            author = entry.author
            text: str | None = entry.text
            if entry.private:
                if entry.ciphertext is not None:
                    text = _open(entry, keys[author]) if author in keys else None
                elif author is not viewer and author not in include:
                    text = None
            if text is None and not keep_hidden:
                continue
            records.append(_record(entry, text))
        return records


def _key_row(session: Session, workbook_id: int, author: Person) -> JournalKey | None:
    return session.scalar(
        select(JournalKey).where(JournalKey.workbook_id == workbook_id, JournalKey.author == author)
    )


def _check(
    row: JournalKey, passphrase: str, workbook_id: int, author: Person, alliance: str
) -> bytes:
    key = derive_key(passphrase, row.salt)
    try:
        opened = unseal(
            key, row.check_nonce, row.check_ciphertext, portable_check_identity(alliance, author)
        )
    except WrongPassphraseError:  # set before migration 0010, or the wrong passphrase
        opened = unseal(
            key, row.check_nonce, row.check_ciphertext, check_identity(workbook_id, author)
        )
    if opened != CHECK_TEXT:
        raise WrongPassphraseError("That passphrase is wrong.")  # pragma: no cover
    return key


def include_in_sharing(session: Session, workbook: Workbook, author: Person, phrase: str) -> None:
    """The author lets their private entries travel (still sealed with their passphrase):
    checked with the passphrase, then sealed to the uuids where they were not yet."""
    row = _key_row(session, workbook.id, author)
    if row is None:
        raise InvalidInputError(f"The {author.value} has no passphrase, so no private entries.")
    key = _check(row, phrase, workbook.id, author, workbook.uuid)
    reseal_for_sharing(session, workbook.id, author, key)


def reseal_for_sharing(session: Session, workbook_id: int, author: Person, key: bytes) -> None:
    """Seal what was sealed to this database's row ids (before 0010) to the uuids instead,
    so the author's entries and passphrase check open on the alliance's other copies."""
    row = _key_row(session, workbook_id, author)
    workbook = session.get(Workbook, workbook_id)
    assert row is not None and workbook is not None
    portable = portable_check_identity(workbook.uuid, author)
    try:
        unseal(key, row.check_nonce, row.check_ciphertext, portable)
    except WrongPassphraseError:
        row.check_nonce, row.check_ciphertext = seal(key, CHECK_TEXT, portable)
    for entry in _private_entries(session, workbook_id, author):
        if entry.ciphertext is not None:
            seal_entry(entry, key, _open(entry, key))  # _open reads either identity


def _private_entries(session: Session, workbook_id: int, author: Person) -> list[JournalEntry]:
    return list(
        session.scalars(
            select(JournalEntry).where(
                JournalEntry.workbook_id == workbook_id,
                JournalEntry.author == author,
                JournalEntry.private.is_(True),
            )
        )
    )


def seal_entry(entry: JournalEntry, key: bytes, text: str) -> None:
    identity = portable_entry_identity(entry.workbook.uuid, str(entry.author), entry.uuid)
    entry.nonce, entry.ciphertext = seal(key, text, identity)
    entry.text = ""


def _open(entry: JournalEntry, key: bytes | None) -> str:
    assert entry.nonce is not None and entry.ciphertext is not None and key is not None
    identity = portable_entry_identity(entry.workbook.uuid, str(entry.author), entry.uuid)
    try:
        return unseal(key, entry.nonce, entry.ciphertext, identity)
    except WrongPassphraseError:  # sealed before migration 0010 (or the wrong key)
        legacy = entry_identity(entry.workbook_id, entry.author, entry.id)
        return unseal(key, entry.nonce, entry.ciphertext, legacy)


def _record(entry: JournalEntry, text: str | None) -> JournalRecord:
    return JournalRecord(
        id=entry.id,
        author=entry.author,
        written_at=entry.written_at,
        private=entry.private,
        text=text,
        uuid=entry.uuid,
    )
