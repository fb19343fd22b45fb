"""The history two copies of an alliance exchange, and what it says is current.

Every change either copy makes to a field of a record is a revision: the value, who wrote
it, when, on which copy, and the revisions it replaced (its parents). Revisions are never
changed or removed, so merging two histories is their union, and the same set of revisions
gives the same answer on every laptop, whatever order it arrived in.

For each field, the *heads* are the revisions nothing has replaced. One head: that is the
value. Two heads with different values: both copies changed the field since they last
exchanged, a conflict. Both are kept; the provisional value, shown on every copy until the
pair choose, is the later one (then the larger id, so it is the same everywhere). Choosing
writes a revision that replaces all heads, and that choice travels like any other change.

A deletion is a revision of the record's ``DELETED`` field that lists the heads it saw. An
edit the deleter had not seen is a conflict too: the record stays, provisionally, until the
pair choose.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

DELETED = "_deleted"

# Fields that settle quietly, the later write winning: bookkeeping, not something a person
# wrote, so there is nothing to choose between.
QUIET_FIELDS = frozenset({("stage", "edited_after_signoff_at")})


def canonical(value: Any) -> str:
    """A value as comparable text: equal JSON values give equal text."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def same(a: Any, b: Any) -> bool:
    """The same JSON value: ``canonical`` compared, with text (most of what a pair writes)
    compared directly rather than serialised."""
    if type(a) is str and type(b) is str:
        return a == b
    return canonical(a) == canonical(b)


@dataclass(frozen=True)
class Revision:
    id: str
    kind: str  # what the record is: "answer", "action", "meeting", …
    record: str  # the record's uuid
    field: str
    value: Any  # JSON
    by: str  # "mentee", "mentor" or "together"
    at: str  # ISO 8601, UTC
    origin: str  # the copy that wrote it
    parents: tuple[str, ...] = ()
    seen: tuple[str, ...] = ()  # a deletion: the heads of the record's fields it replaced

    @property
    def order(self) -> tuple[str, str]:
        return (self.at, self.id)


@dataclass(frozen=True)
class Conflict:
    """One field both copies changed. ``heads`` in provisional order: the last one shows."""

    id: str
    kind: str
    record: str
    field: str  # DELETED: one copy deleted the record, another edited it
    heads: tuple[Revision, ...]


@dataclass
class RecordState:
    kind: str
    fields: dict[str, Any] = field(default_factory=dict)


def conflict_id(record: str, field_name: str) -> str:
    """Short and the same on every copy."""
    return hashlib.sha256(f"{record}/{field_name}".encode()).hexdigest()[:10]


def _order(rev: Revision) -> tuple[str, str]:
    return rev.order


class History:
    """All revisions of one alliance, indexed by record and field."""

    def __init__(self, revisions: Iterable[Revision] = ()) -> None:
        self._by_id: dict[str, Revision] = {}
        self._fields: dict[str, dict[str, list[Revision]]] = defaultdict(lambda: defaultdict(list))
        self._kinds: dict[str, str] = {}
        self._replaced: set[str] = set()
        # Each field's heads, worked out once between additions: a merge asks for them
        # several times for every field of every record.
        self._heads: dict[tuple[str, str], list[Revision]] = {}
        for rev in revisions:
            self.add(rev)

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, rev_id: object) -> bool:
        return rev_id in self._by_id

    def add(self, rev: Revision) -> None:
        if rev.id in self._by_id:
            return
        self._by_id[rev.id] = rev
        self._fields[rev.record][rev.field].append(rev)
        self._kinds.setdefault(rev.record, rev.kind)
        self._replaced.update(rev.parents)
        if self._heads:
            self._heads.clear()

    def get(self, rev_id: str) -> Revision | None:
        return self._by_id.get(rev_id)

    def revisions(self) -> list[Revision]:
        return list(self._by_id.values())

    def records(self) -> dict[str, str]:
        """Every record ever written, with its kind."""
        return dict(self._kinds)

    def heads(self, record: str, field_name: str) -> list[Revision]:
        return list(self._heads_of(record, field_name))

    def _heads_of(self, record: str, field_name: str) -> list[Revision]:
        """The heads, as kept: not to be changed by the caller."""
        key = (record, field_name)
        found = self._heads.get(key)
        if found is None:
            fields = self._fields.get(record)
            revs = fields.get(field_name, ()) if fields is not None else ()
            if len(revs) == 1:  # most fields were written once: nothing to sort
                found = [] if revs[0].id in self._replaced else [revs[0]]
            else:
                found = sorted((r for r in revs if r.id not in self._replaced), key=_order)
            self._heads[key] = found
        return found

    def current(self, record: str, field_name: str) -> Revision | None:
        heads = self._heads_of(record, field_name)
        return heads[-1] if heads else None

    def field_names(self, record: str) -> list[str]:
        return [f for f in self._fields.get(record, {}) if f != DELETED]

    def _unseen_edits(self, record: str) -> list[Revision]:
        """Heads of the record's fields that its deletion did not see."""
        seen = {s for d in self.heads(record, DELETED) if d.value is True for s in d.seen}
        return [
            h for f in self.field_names(record) for h in self.heads(record, f) if h.id not in seen
        ]

    def is_deleted(self, record: str) -> bool:
        """Deleted, and no edit the deletion missed (that is a conflict: the record stays)."""
        current = self.current(record, DELETED)
        return current is not None and current.value is True and not self._unseen_edits(record)

    def state(self) -> dict[str, RecordState]:
        """What every copy holding these revisions shows: the live records, each field at
        its provisional value."""
        result: dict[str, RecordState] = {}
        for record, kind in self._kinds.items():
            if self.is_deleted(record):
                continue
            state = RecordState(kind)
            for name in self.field_names(record):
                current = self.current(record, name)
                if current is not None:
                    state.fields[name] = current.value
            result[record] = state
        return result

    def conflicts(self) -> list[Conflict]:
        found: list[Conflict] = []
        for record, kind in self._kinds.items():
            deletions = [d for d in self.heads(record, DELETED) if d.value is True]
            current = self.current(record, DELETED)
            if current is not None and current.value is True:
                unseen = self._unseen_edits(record)
                if unseen:
                    heads = tuple(sorted([*deletions, *unseen], key=lambda r: r.order))
                    found.append(
                        Conflict(conflict_id(record, DELETED), kind, record, DELETED, heads)
                    )
                else:
                    continue  # deleted: its fields' old disagreements no longer matter
            for name in self.field_names(record):
                if (kind, name) in QUIET_FIELDS:
                    continue
                field_heads = self.heads(record, name)
                if len(field_heads) > 1 and len({canonical(h.value) for h in field_heads}) > 1:
                    found.append(
                        Conflict(conflict_id(record, name), kind, record, name, tuple(field_heads))
                    )
        return sorted(found, key=lambda c: c.heads[-1].order)


@dataclass(frozen=True)
class Author:
    """Who is writing on this copy: the copy's id, and how to credit a field."""

    copy_id: str
    person: str  # the person whose laptop this is


def capture(
    history: History,
    local: Mapping[str, RecordState],
    author: Author,
    *,
    stamp: str,
    new_id: Any,
    by: Mapping[str, str] | None = None,
    at: Mapping[str, str] | None = None,
    kinds: frozenset[str] | None = None,
    keep: frozenset[str] = frozenset(),
) -> list[Revision]:
    """The revisions that bring ``history`` to what this copy holds now (``local``).

    A field that differs from its provisional value gets a revision replacing every head,
    so an edit made while a conflict is listed settles it. A record the history holds but
    the copy no longer does is deleted, unless it is in ``keep`` (held but not shared, such
    as a private entry its author did not include) or of a kind outside ``kinds``.
    ``by`` and ``at`` give, per record, who wrote it and when, where the copy knows better
    than "this laptop's person, now".
    """
    by, at = by or {}, at or {}
    made: list[Revision] = []

    def revise(record: str, kind: str, name: str, value: Any, **extra: Any) -> None:
        heads = history.heads(record, name)
        rev = Revision(
            id=new_id(),
            kind=kind,
            record=record,
            field=name,
            value=value,
            by=by.get(record, author.person),
            at=at.get(record, stamp),
            origin=author.copy_id,
            parents=tuple(h.id for h in heads),
            **extra,
        )
        made.append(rev)

    for record, state in local.items():
        if history.is_deleted(record):
            revise(record, state.kind, DELETED, False)  # held here, so not deleted
        for name, value in state.fields.items():
            current = history.current(record, name)
            if current is None or not same(current.value, value):
                revise(record, state.kind, name, value)
    for record, kind in history.records().items():
        if record in local or record in keep or (kinds is not None and kind not in kinds):
            continue
        if history.is_deleted(record):
            continue
        seen = tuple(h.id for f in history.field_names(record) for h in history.heads(record, f))
        revise(record, kind, DELETED, True, seen=seen)
    return made


def settle(
    history: History,
    conflict: Conflict,
    keep: Revision,
    author: Author,
    *,
    stamp: str,
    new_id: Any,
) -> list[Revision]:
    """The revisions that settle ``conflict`` on ``keep``, one of its heads."""
    record, kind = conflict.record, conflict.kind
    if conflict.field != DELETED:
        parents = tuple(h.id for h in history.heads(record, conflict.field))
        return [
            Revision(
                new_id(),
                kind,
                record,
                conflict.field,
                keep.value,
                keep.by,
                stamp,
                author.copy_id,
                parents,
            )
        ]
    parents = tuple(h.id for h in history.heads(record, DELETED))
    if keep.field == DELETED:  # deleted after all: a deletion that has seen every edit
        seen = tuple(h.id for f in history.field_names(record) for h in history.heads(record, f))
        return [
            Revision(
                new_id(), kind, record, DELETED, True, keep.by, stamp, author.copy_id, parents, seen
            )
        ]
    return [
        Revision(new_id(), kind, record, DELETED, False, keep.by, stamp, author.copy_id, parents)
    ]
