"""The revision history two or three copies exchange: random edits, deletes, resolutions
and merges, then the properties the pair rely on."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from hypothesis import given, settings
from hypothesis import strategies as st

from actionmentor.domain.revisions import (
    DELETED,
    Author,
    History,
    RecordState,
    canonical,
    capture,
    settle,
)

RECORDS = ("r1", "r2", "r3")
FIELDS = ("title", "notes")
VALUES = ("a", "b", "c", "", None, 4, ["x", "y"])


@dataclass
class Copy:
    """One laptop: what its tables hold, its history, and every value it ever sent."""

    name: str
    local: dict[str, RecordState] = field(default_factory=dict)
    history: History = field(default_factory=History)
    written: list[tuple[str, str, object]] = field(default_factory=list)

    def author(self) -> Author:
        return Author(self.name, "mentee")


_ids = itertools.count()
_clock = itertools.count()


def new_id() -> str:
    return f"rev{next(_ids):06d}"


def stamp() -> str:
    return f"2026-12-01T10:{next(_clock) % 60:02d}:00+00:00"


def record_edits(copy: Copy) -> None:
    """What a save does: the copy's tables change; the history learns at the exchange."""
    made = capture(copy.history, copy.local, copy.author(), stamp=stamp(), new_id=new_id)
    for rev in made:
        copy.history.add(rev)
        copy.written.append((rev.record, rev.field, rev.value))


def receive(copy: Copy, sender: Copy) -> None:
    """Merge: capture our own edits first, take the sender's revisions, show the result."""
    record_edits(copy)
    record_edits(sender)
    for rev in sender.history.revisions():
        copy.history.add(rev)
    copy.local = {r: RecordState(s.kind, dict(s.fields)) for r, s in copy.history.state().items()}


def snapshot(copy: Copy) -> dict[str, dict[str, str]]:
    return {r: {f: canonical(v) for f, v in s.fields.items()} for r, s in copy.local.items()}


edit = st.tuples(
    st.just("edit"), st.sampled_from(RECORDS), st.sampled_from(FIELDS), st.sampled_from(VALUES)
)
delete = st.tuples(st.just("delete"), st.sampled_from(RECORDS), st.none(), st.none())
resolve = st.tuples(st.just("resolve"), st.sampled_from(("first", "last")), st.none(), st.none())
merge = st.tuples(st.just("merge"), st.integers(0, 2), st.none(), st.none())
step = st.tuples(st.integers(0, 2), st.one_of(edit, edit, delete, resolve, merge))


def run(copies: list[Copy], steps: list[tuple[int, tuple[str, object, object, object]]]) -> None:
    for who, (op, a, b, c) in steps:
        copy = copies[who % len(copies)]
        if op == "edit":
            record = copy.local.setdefault(str(a), RecordState("action"))
            record.fields[str(b)] = c
        elif op == "delete":
            copy.local.pop(str(a), None)
        elif op == "resolve":
            record_edits(copy)
            conflicts = copy.history.conflicts()
            if conflicts:
                conflict = conflicts[0 if a == "first" else -1]
                keep = conflict.heads[0 if a == "first" else -1]
                for rev in settle(copy.history, conflict, keep, copy.author(), stamp=stamp(),
                                  new_id=new_id):  # fmt: skip
                    copy.history.add(rev)
                copy.local = {r: RecordState(s.kind, dict(s.fields))
                              for r, s in copy.history.state().items()}  # fmt: skip
        else:
            sender = copies[int(str(a)) % len(copies)]
            if sender is not copy:
                receive(copy, sender)


def exchange_all(copies: list[Copy]) -> None:
    """Everyone sends to everyone, twice round: what a few meetings' exchanges do."""
    for _ in range(2):
        for copy, sender in itertools.permutations(copies, 2):
            receive(copy, sender)


@settings(max_examples=150, deadline=None)
@given(n=st.sampled_from((2, 3)), steps=st.lists(step, max_size=30))
def test_copies_converge_and_lose_nothing(n: int, steps: list) -> None:  # type: ignore[type-arg]
    copies = [Copy(f"copy{i}") for i in range(n)]
    run(copies, steps)
    exchange_all(copies)

    # Convergence: every copy holds the same records and values, and the same conflicts.
    first = snapshot(copies[0])
    ids = {rev.id for rev in copies[0].history.revisions()}
    for other in copies[1:]:
        assert snapshot(other) == first
        assert {rev.id for rev in other.history.revisions()} == ids
        assert [c.id for c in other.history.conflicts()] == [
            c.id for c in copies[0].history.conflicts()
        ]
    # Settled: capturing again finds nothing new (copies don't drift apart by themselves).
    for copy in copies:
        assert capture(copy.history, copy.local, copy.author(), stamp=stamp(), new_id=new_id) == []

    # No loss: every value written is a revision; a head that is not the value shown is in a
    # listed conflict; an edit a deletion did not see keeps its record (as a conflict).
    history = copies[0].history
    stored = {(r.record, r.field, canonical(r.value)) for r in history.revisions()}
    for record, name, value in (w for c in copies for w in c.written):
        assert (record, name, canonical(value)) in stored  # what any copy held when it sent
    in_conflict = {(c.record, c.field) for c in history.conflicts()}
    for record in history.records():
        if record not in first:
            assert history.is_deleted(record)
            continue
        for name in history.field_names(record):
            heads = history.heads(record, name)
            if len({canonical(h.value) for h in heads}) > 1:
                assert (record, name) in in_conflict


@settings(max_examples=100, deadline=None)
@given(steps_a=st.lists(st.one_of(edit, delete), max_size=12),
       steps_b=st.lists(st.one_of(edit, delete), max_size=12))  # fmt: skip
def test_merging_is_idempotent_and_order_free(steps_a: list, steps_b: list) -> None:  # type: ignore[type-arg]
    base = Copy("base")
    run([base], [(0, ("edit", "r1", "title", "start"))])
    record_edits(base)
    a, b, c = Copy("a"), Copy("b"), Copy("c")
    for copy in (a, b, c):
        receive(copy, base)
    run([a], [(0, s) for s in steps_a])
    run([b], [(0, s) for s in steps_b])
    record_edits(a)
    record_edits(b)

    receive(c, a)
    receive(c, b)
    once = snapshot(c), len(c.history)
    receive(c, b)  # the same file again
    receive(c, a)
    assert (snapshot(c), len(c.history)) == once

    d = Copy("d")
    receive(d, base)
    receive(d, b)
    receive(d, a)  # the other order
    assert snapshot(d) == once[0]
    assert [x.id for x in d.history.conflicts()] == [x.id for x in c.history.conflicts()]


def test_an_edit_against_a_delete_is_a_conflict_and_the_record_stays() -> None:
    a, b = Copy("a"), Copy("b")
    run([a], [(0, ("edit", "r1", "title", "Book the course"))])
    receive(b, a)
    run([a, b], [(0, ("delete", "r1", None, None)), (1, ("edit", "r1", "title", "Booked!"))])
    receive(a, b)
    receive(b, a)
    for copy in (a, b):
        (conflict,) = copy.history.conflicts()
        assert conflict.field == DELETED
        assert snapshot(copy)["r1"]["title"] == canonical("Booked!")  # provisionally kept
    # a settles on the deletion; it travels to b.
    deletion = next(h for h in a.history.conflicts()[0].heads if h.field == DELETED)
    for rev in settle(a.history, a.history.conflicts()[0], deletion, a.author(), stamp=stamp(),
                      new_id=new_id):  # fmt: skip
        a.history.add(rev)
    a.local = a.history.state()
    receive(b, a)
    assert "r1" not in snapshot(a) and "r1" not in snapshot(b)
    assert a.history.conflicts() == [] and b.history.conflicts() == []


def test_an_edit_while_a_conflict_is_listed_settles_it() -> None:
    a, b = Copy("a"), Copy("b")
    run([a], [(0, ("edit", "r1", "title", "x"))])
    receive(b, a)
    run([a, b], [(0, ("edit", "r1", "title", "mine")), (1, ("edit", "r1", "title", "theirs"))])
    receive(a, b)
    assert len(a.history.conflicts()) == 1
    run([a], [(0, ("edit", "r1", "title", "both, in other words"))])
    record_edits(a)
    assert a.history.conflicts() == []
    receive(b, a)
    assert snapshot(b)["r1"]["title"] == canonical("both, in other words")
    assert b.history.conflicts() == []
