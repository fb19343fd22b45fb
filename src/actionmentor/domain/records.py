"""Read models handed to the fronts: plain frozen data, never live ORM objects."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from actionmentor.domain.answers import AnswerValue
from actionmentor.domain.enums import (
    ActionStatus,
    Person,
    Respondent,
    StageStatus,
    WorkbookStatus,
)


@dataclass(frozen=True)
class WorkbookNames:
    """What Rename corrects: the title, and each person's name and contact details."""

    title: str
    mentee: str
    mentee_contact: str
    mentor: str
    mentor_contact: str


@dataclass(frozen=True)
class WorkbookSummary:
    id: int
    title: str
    mentee: str
    mentor: str
    mentee_contact: str
    mentor_contact: str
    framework_id: str
    framework_title: str
    status: WorkbookStatus
    current_stage_id: str
    current_stage_title: str
    answered: int
    total: int
    created_at: dt.datetime
    updated_at: dt.datetime
    last_opened_at: dt.datetime | None
    in_trash: bool = False
    uuid: str = ""  # the alliance's identity on every copy (migration 0010)

    @property
    def progress(self) -> float:
        return self.answered / self.total if self.total else 0.0

    @property
    def names(self) -> WorkbookNames:
        return WorkbookNames(
            self.title, self.mentee, self.mentee_contact, self.mentor, self.mentor_contact
        )


@dataclass(frozen=True)
class StageState:
    stage_id: str
    title: str
    status: StageStatus
    answered: int
    total: int
    mentee_signed_at: dt.datetime | None
    mentor_signed_at: dt.datetime | None
    edited_after_signoff_at: dt.datetime | None

    def signed_at(self, person: Person) -> dt.datetime | None:
        return self.mentee_signed_at if person is Person.MENTEE else self.mentor_signed_at

    def signed_before_change(self, person: Person) -> bool:
        """``person`` signed, but the stage changed after that: the signature does not cover
        the change, and they should sign again."""
        at, edited = self.signed_at(person), self.edited_after_signoff_at
        return at is not None and edited is not None and at < edited


@dataclass(frozen=True)
class AnswerRecord:
    prompt_id: str
    respondent: Respondent
    value: AnswerValue
    updated_at: dt.datetime
    instance: int = 0  # the copy of a repeatable worksheet; 0 for ordinary ones


@dataclass(frozen=True)
class InstanceRecord:
    """One dated copy of a repeatable worksheet."""

    worksheet_id: str
    number: int
    held_on: dt.date | None
    created_at: dt.datetime
    uuid: str = ""


@dataclass(frozen=True)
class ActionRecord:
    id: int
    title: str
    detail: str
    goal: str
    due_date: dt.date | None
    support: str
    measure: str
    status: ActionStatus
    completed_at: dt.datetime | None
    source_prompt_id: str | None
    uuid: str = ""


@dataclass(frozen=True)
class MeetingRecord:
    id: int
    held_at: dt.datetime
    place: str
    agenda: str
    notes: str
    actions_agreed: str
    next_meeting_at: dt.datetime | None
    uuid: str = ""


@dataclass(frozen=True)
class JournalRecord:
    id: int
    author: Person
    written_at: dt.datetime
    private: bool
    text: str | None  # None when the entry is private and the viewer is not its author
    uuid: str = ""


@dataclass(frozen=True)
class WorkbookDetail:
    summary: WorkbookSummary
    stages: list[StageState]
    answers: list[AnswerRecord]
    instances: list[InstanceRecord]
    actions: list[ActionRecord]
    meetings: list[MeetingRecord]
    journal: list[JournalRecord]


@dataclass(frozen=True)
class ReviewPoint:
    """One person's rating of one behaviour in one copy of a repeated review."""

    number: int
    held_on: dt.date | None
    person: Person
    prompt_id: str
    rating: int


@dataclass(frozen=True)
class BackupInfo:
    """One backup file; its time and reason are read from its name."""

    path: Path
    created_at: dt.datetime
    reason: str
    size: int
