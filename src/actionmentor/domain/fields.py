"""The fields of an action and of a meeting, declared once.

The records (domain.records), the storage columns, the portable format, the CLI's JSON and
the search index all take their field lists from here; a test checks that the records and
the tables have exactly these fields.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Literal, TypeVar

if TYPE_CHECKING:  # records take their field lists from here
    from actionmentor.domain.records import ActionRecord

FieldKind = Literal["line", "text", "date", "time", "status", "ref"]


@dataclass(frozen=True)
class Field:
    name: str  # the record's attribute and the table's column
    kind: FieldKind
    key: str = ""  # the name in JSON, where it differs
    searchable: bool = False  # its words go into the search index
    required: bool = False

    @property
    def json_key(self) -> str:
        return self.key or self.name

    def encode(self, value: Any) -> Any:
        """The value as JSON holds it: dates and times as ISO text, statuses as their text."""
        if value is None:
            return None
        if isinstance(value, dt.date | dt.datetime):
            return value.isoformat()
        if isinstance(value, StrEnum):
            return value.value
        return value


ACTION_FIELDS = (
    Field("title", "line", searchable=True, required=True),
    Field("detail", "text", searchable=True),
    Field("goal", "text", searchable=True),
    Field("due_date", "date"),
    Field("support", "text", searchable=True),
    Field("measure", "text", searchable=True),
    Field("status", "status"),
    Field("completed_at", "time"),
    Field("source_prompt_id", "ref", key="source_prompt"),
)
MEETING_FIELDS = (
    Field("held_at", "time", required=True),
    Field("place", "text", searchable=True),
    Field("agenda", "text", searchable=True),
    Field("notes", "text", searchable=True),
    Field("actions_agreed", "text", searchable=True),
    Field("next_meeting_at", "time"),
)


def names(fields: tuple[Field, ...], *kinds: FieldKind) -> tuple[str, ...]:
    """The fields' names, only those of ``kinds`` if given."""
    return tuple(f.name for f in fields if not kinds or f.kind in kinds)


def searchable(fields: tuple[Field, ...]) -> tuple[str, ...]:
    return tuple(f.name for f in fields if f.searchable)


def as_json(fields: tuple[Field, ...], source: object) -> dict[str, Any]:
    """The fields of ``source`` (a record or a row), in their declared order, as JSON."""
    return {f.json_key: f.encode(getattr(source, f.name)) for f in fields}


R = TypeVar("R")


def record_from(record_type: type[R], source: object) -> R:
    """A record filled from the attributes of the same names (an ORM row, say)."""
    assert dataclasses.is_dataclass(record_type)
    values = {f.name: getattr(source, f.name) for f in dataclasses.fields(record_type)}
    return record_type(**values)


# Where a planning table's "by when" that is no date goes, in the action's details: kept,
# and found again to tell the pair which rows need a due date.
UNREAD_DUE_DATE = "By when: "


def unread_due_date(action: ActionRecord) -> str | None:
    """The "by when" of a table row that could not be read as a date, if any."""
    if action.due_date is not None:
        return None
    for line in action.detail.splitlines():
        if line.startswith(UNREAD_DUE_DATE):
            return line.removeprefix(UNREAD_DUE_DATE)
    return None
