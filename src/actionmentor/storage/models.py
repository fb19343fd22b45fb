"""The tables. Business rules live in services; these are plain typed records."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from typing import Any, ClassVar

from sqlalchemy import JSON, Date, ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from actionmentor.domain.enums import ActionStatus, Person, Respondent, WorkbookStatus
from actionmentor.storage.types import EnumText, UTCDateTime, utcnow


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dt.datetime: UTCDateTime()}


def new_uuid() -> str:
    return uuid.uuid4().hex


def _uuid() -> Mapped[str]:
    """A record's identity on every copy of its alliance (migration 0010). Nullable in the
    schema only because SQLite cannot add a NOT NULL column to a filled table; always set."""
    return mapped_column(String(32), nullable=True, default=new_uuid)


def _workbook_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("workbooks.id", ondelete="CASCADE"), index=True)


class Workbook(Base):
    """One alliance between a mentee and the mentor they invited."""

    __tablename__ = "workbooks"
    __table_args__ = (Index("ix_workbooks_uuid", "uuid", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = _uuid()
    title: Mapped[str] = mapped_column(String(200))
    mentee_name: Mapped[str] = mapped_column(String(200))
    mentee_contact: Mapped[str] = mapped_column(String(500), default="")
    mentor_name: Mapped[str] = mapped_column(String(200))
    mentor_contact: Mapped[str] = mapped_column(String(500), default="")
    framework_id: Mapped[str] = mapped_column(String(64))
    status: Mapped[WorkbookStatus] = mapped_column(
        EnumText(WorkbookStatus), default=WorkbookStatus.ACTIVE
    )
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_opened_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(default=None)  # in the trash

    answers: Mapped[list[Answer]] = relationship(
        back_populates="workbook", cascade="all, delete-orphan", passive_deletes=True
    )
    instances: Mapped[list[WorksheetInstance]] = relationship(
        back_populates="workbook", cascade="all, delete-orphan", passive_deletes=True
    )
    stages: Mapped[list[StageProgress]] = relationship(
        back_populates="workbook", cascade="all, delete-orphan", passive_deletes=True
    )
    actions: Mapped[list[Action]] = relationship(
        back_populates="workbook",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Action.id",
    )
    meetings: Mapped[list[Meeting]] = relationship(
        back_populates="workbook",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Meeting.held_at",
    )
    journal: Mapped[list[JournalEntry]] = relationship(
        back_populates="workbook",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="JournalEntry.written_at",
    )


class Answer(Base):
    """One person's (or the pair's) answer to one prompt. The value is JSON; see domain.answers.

    ``instance`` is 0 for ordinary worksheets and the copy's number for repeatable ones.
    """

    __tablename__ = "answers"
    __table_args__ = (
        UniqueConstraint(
            "workbook_id", "prompt_id", "respondent", "instance", name="uq_answer_slot"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    workbook_id: Mapped[int] = _workbook_fk()
    prompt_id: Mapped[str] = mapped_column(String(128))
    respondent: Mapped[Respondent] = mapped_column(EnumText(Respondent))
    instance: Mapped[int] = mapped_column(default=0, server_default="0")
    value: Mapped[Any] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    workbook: Mapped[Workbook] = relationship(back_populates="answers")


class WorksheetInstance(Base):
    """One dated copy of a repeatable worksheet, such as the third relationship review."""

    __tablename__ = "worksheet_instances"
    __table_args__ = (
        Index("ix_worksheet_instances_uuid", "uuid", unique=True),
        UniqueConstraint("workbook_id", "worksheet_id", "number", name="uq_instance_number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = _uuid()
    workbook_id: Mapped[int] = _workbook_fk()
    worksheet_id: Mapped[str] = mapped_column(String(128))
    number: Mapped[int]
    held_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    workbook: Mapped[Workbook] = relationship(back_populates="instances")


class StageProgress(Base):
    """Who signed a stage off when. Its status is derived, not stored (domain.progress)."""

    __tablename__ = "stage_progress"
    __table_args__ = (UniqueConstraint("workbook_id", "stage_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workbook_id: Mapped[int] = _workbook_fk()
    stage_id: Mapped[str] = mapped_column(String(64))
    mentee_signed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    mentor_signed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    # Set when an answer changes after someone signed; cleared when both have signed again.
    edited_after_signoff_at: Mapped[dt.datetime | None] = mapped_column(default=None)

    workbook: Mapped[Workbook] = relationship(back_populates="stages")


class Action(Base):
    """One row of the action plan."""

    __tablename__ = "actions"
    __table_args__ = (Index("ix_actions_uuid", "uuid", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = _uuid()
    workbook_id: Mapped[int] = _workbook_fk()
    title: Mapped[str] = mapped_column(String(500))
    detail: Mapped[str] = mapped_column(Text, default="")
    goal: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[dt.date | None] = mapped_column(Date, default=None)
    support: Mapped[str] = mapped_column(Text, default="")
    measure: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ActionStatus] = mapped_column(
        EnumText(ActionStatus), default=ActionStatus.PLANNED
    )
    completed_at: Mapped[dt.datetime | None] = mapped_column(default=None)
    source_prompt_id: Mapped[str | None] = mapped_column(String(128), default=None)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    workbook: Mapped[Workbook] = relationship(back_populates="actions")


class Meeting(Base):
    """A dated record of one meeting."""

    __tablename__ = "meetings"
    __table_args__ = (Index("ix_meetings_uuid", "uuid", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = _uuid()
    workbook_id: Mapped[int] = _workbook_fk()
    held_at: Mapped[dt.datetime]
    place: Mapped[str] = mapped_column(String(500), default="")
    agenda: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    actions_agreed: Mapped[str] = mapped_column(Text, default="")
    next_meeting_at: Mapped[dt.datetime | None] = mapped_column(default=None)

    workbook: Mapped[Workbook] = relationship(back_populates="meetings")


class JournalEntry(Base):
    """A reflection by one person; a private one is shown only to its author."""

    __tablename__ = "journal_entries"
    __table_args__ = (
        Index("ix_journal_entries_uuid", "uuid", unique=True),
        Index("ix_journal_written", "workbook_id", "written_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = _uuid()
    workbook_id: Mapped[int] = mapped_column(ForeignKey("workbooks.id", ondelete="CASCADE"))
    author: Mapped[Person] = mapped_column(EnumText(Person))
    written_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    text: Mapped[str] = mapped_column(Text)  # empty for an encrypted private entry
    private: Mapped[bool] = mapped_column(default=False)
    nonce: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    ciphertext: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)

    workbook: Mapped[Workbook] = relationship(back_populates="journal")


class JournalKey(Base):
    """What is needed to check an author's passphrase: its salt and a sealed known text."""

    __tablename__ = "journal_keys"
    __table_args__ = (UniqueConstraint("workbook_id", "author", name="uq_journal_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workbook_id: Mapped[int] = mapped_column(ForeignKey("workbooks.id", ondelete="CASCADE"))
    author: Mapped[Person] = mapped_column(EnumText(Person))
    salt: Mapped[bytes] = mapped_column(LargeBinary)
    check_nonce: Mapped[bytes] = mapped_column(LargeBinary)
    check_ciphertext: Mapped[bytes] = mapped_column(LargeBinary)


class ProgressCache(Base):
    """How many progress slots a workbook has answered, so the library need not count every
    answer of every workbook at each showing. Triggers delete a workbook's row whenever one
    of its answers changes; the next reading counts that workbook again. ``content_key``
    names the set of slots counted, so new content recounts everything."""

    __tablename__ = "progress_cache"

    workbook_id: Mapped[int] = mapped_column(
        ForeignKey("workbooks.id", ondelete="CASCADE"), primary_key=True
    )
    content_key: Mapped[str] = mapped_column(String(64))
    answered: Mapped[int]


class SyncState(Base):
    """This copy of an alliance: its identity, whose laptop it is, the merge document (the
    pycrdt state, services/sync_doc.py) and the conflicts the pair have not settled."""

    __tablename__ = "sync_state"

    workbook_id: Mapped[int] = mapped_column(
        ForeignKey("workbooks.id", ondelete="CASCADE"), primary_key=True
    )
    copy_id: Mapped[str] = mapped_column(String(32))
    person: Mapped[Person] = mapped_column(EnumText(Person))
    document: Mapped[bytes] = mapped_column(LargeBinary)
    conflicts: Mapped[Any] = mapped_column(JSON)
    # Records this copy can't hold (newer content; another passphrase): kept in the document
    # for the other copies, never taken for deletions made here.
    unheld: Mapped[Any] = mapped_column(JSON, default=list)
    folder: Mapped[str | None] = mapped_column(Text, default=None)  # the shared folder
    folder_protected: Mapped[bool] = mapped_column(default=False)  # its files need a passphrase
    # Signs the hidden fields of the forms this copy makes; never leaves this laptop.
    secret: Mapped[bytes] = mapped_column(LargeBinary, default=lambda: os.urandom(32))
    exchanged_at: Mapped[dt.datetime | None] = mapped_column(default=None)


class SyncPeer(Base):
    """What another copy of the alliance held when we last merged its file."""

    __tablename__ = "sync_peers"
    __table_args__ = (UniqueConstraint("workbook_id", "copy_id", name="uq_sync_peer"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workbook_id: Mapped[int] = mapped_column(ForeignKey("workbooks.id", ondelete="CASCADE"))
    copy_id: Mapped[str] = mapped_column(String(32))
    person: Mapped[Person] = mapped_column(EnumText(Person))
    state_vector: Mapped[bytes] = mapped_column(LargeBinary)
    merged_at: Mapped[dt.datetime]
