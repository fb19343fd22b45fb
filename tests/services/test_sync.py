"""Two laptops, one alliance: two real data folders, shared, edited, merged both ways."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actionmentor.cli.json_shapes import detail_json
from actionmentor.domain.crypto import WrongPassphraseError
from actionmentor.errors import UserError
from actionmentor.services import Services, open_services
from actionmentor.services.demo import create_demo
from actionmentor.services.sync import AlreadyHereError


def comparable(services: Services, workbook_id: int) -> Any:
    """`show --json` without what is local to one laptop (database ids), lists sorted."""

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k != "id"}
        if isinstance(value, list):
            return sorted((strip(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
        return value

    data = strip(detail_json(services.detail(workbook_id)))
    data["journal"] = [j for j in data["journal"] if not j["private"]]
    return data


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Services, Services]]:
    a, b = open_services(tmp_path / "mentee"), open_services(tmp_path / "mentor")
    yield a, b
    a.close()
    b.close()


def share(a: Services, a_id: int, b: Services) -> int:
    return b.import_workbook(a.sync.share(a_id))


def exchange(x: Services, x_id: int, y: Services, y_id: int) -> None:
    """Both ways, as a pair would with two files."""
    y.merge_changes(x.sync.changes_for(x_id, None))
    x.merge_changes(y.sync.changes_for(y_id, None))


def test_the_partners_copy_is_the_same_alliance(laptops: tuple[Services, Services]) -> None:
    a, b = laptops
    a_id = create_demo(a)
    b_id = share(a, a_id, b)
    assert b.workbooks.get(b_id).uuid == a.workbooks.get(a_id).uuid
    assert comparable(b, b_id) == comparable(a, a_id)
    assert b.sync.copy_person(b_id).value == "mentor"
    # A second import of the same alliance offers the merge; a separate copy is new.
    with pytest.raises(AlreadyHereError, match="already here"):
        b.import_workbook(a.sync.share(a_id))
    other = b.import_workbook(a.sync.share(a_id), separate=True)
    assert b.workbooks.get(other).uuid != b.workbooks.get(b_id).uuid
    assert {m.uuid for m in b.meetings.list_for(other)}.isdisjoint(
        m.uuid for m in b.meetings.list_for(b_id)
    )
    assert comparable(b, other)["answers"] == comparable(b, b_id)["answers"]


def test_both_edit_then_exchange_resolve_and_agree(laptops: tuple[Services, Services]) -> None:
    a, b = laptops
    a_id = a.workbooks.create("Ana", "Ben").id
    a.answers.save(a_id, "invitation.who", "mentee", "Ben, my old team lead")
    kept = a.actions.add(a_id, "Book the course")
    gone = a.actions.add(a_id, "Talk to my manager")
    b_id = share(a, a_id, b)
    b_kept = next(x for x in b.actions.list_for(b_id) if x.uuid == kept.uuid)
    b_gone = next(x for x in b.actions.list_for(b_id) if x.uuid == gone.uuid)

    # The same answer differently; different answers; an edit against a delete; new rows.
    a.answers.save(a_id, "invitation.who", "mentee", "Ben (written on Ana's laptop)")
    b.answers.save(b_id, "invitation.who", "mentee", "Ben (written on Ben's laptop)")
    b.answers.save(b_id, "invitation.why", "mentee", "He listens")
    a.actions.update(kept.id, title="Book the March course")
    b.actions.delete(b_kept.id)
    b.actions.update(b_gone.id, support="Ben")
    a.meetings.add(a_id, a.next_meeting_draft(a_id).held_at, place="Café")
    a.answers.sign_off(a_id, "alliance", "mentee")
    b.answers.sign_off(b_id, "alliance", "mentor")
    a.answers.start_instance(a_id, "relationship")
    b.answers.start_instance(b_id, "relationship")

    exchange(a, a_id, b, b_id)
    conflicts_a, conflicts_b = a.sync.conflicts(a_id), b.sync.conflicts(b_id)
    assert sorted(c.id for c in conflicts_a) == sorted(c.id for c in conflicts_b)
    places = sorted(c.place for c in conflicts_a)
    assert len(places) == 2, places
    assert any("Whom will you invite" in p for p in places)
    assert any("Book the March course" in p and "deleted" in p for p in places)
    # Both versions kept, each laptop calls its own "mine", and both show the same value.
    who = next(c for c in conflicts_a if "Whom" in c.place)
    who_b = next(c for c in conflicts_b if c.id == who.id)
    assert who.mine.value == "Ben (written on Ana's laptop)" == who_b.theirs.value
    assert who.theirs.value == "Ben (written on Ben's laptop)" == who_b.mine.value
    assert comparable(a, a_id) == comparable(b, b_id)
    stages = {s.stage_id: s for s in a.answers.stages(a_id)}
    assert stages["alliance"].mentee_signed_at and stages["alliance"].mentor_signed_at
    assert [i.number for i in a.answers.instances(a_id, "relationship")] == [1, 2]

    # Resolved on one laptop; the choice travels.
    b.sync.resolve(b_id, who.id, "theirs")  # Ana's version
    deleted = next(c for c in conflicts_b if c.id != who.id)
    b.sync.resolve(b_id, deleted.id, "theirs")  # Ana's edit: the action stays
    exchange(b, b_id, a, a_id)
    assert a.sync.conflicts(a_id) == [] and b.sync.conflicts(b_id) == []
    assert comparable(a, a_id) == comparable(b, b_id)
    answers = {x.prompt_id: x.value for x in a.answers.list_for(a_id)}
    assert answers["invitation.who"] == "Ben (written on Ana's laptop)"
    assert answers["invitation.why"] == "He listens"
    titles = {x.title for x in b.actions.list_for(b_id)}
    assert "Book the March course" in titles


def test_an_answer_merged_after_a_signature_marks_the_stage(
    laptops: tuple[Services, Services],
) -> None:
    a, b = laptops
    a_id = a.workbooks.create("Ana", "Ben").id
    a.answers.save(a_id, "invitation.who", "mentee", "Ben")
    b_id = share(a, a_id, b)
    a.answers.sign_off(a_id, "alliance", "mentee")
    exchange(a, a_id, b, b_id)
    b.answers.save(b_id, "invitation.who", "mentee", "Ben, changed after the signature")
    exchange(b, b_id, a, a_id)
    stage = next(s for s in a.answers.stages(a_id) if s.stage_id == "alliance")
    assert stage.edited_after_signoff_at is not None
    assert stage.signed_before_change(stage_person("mentee"))
    assert comparable(a, a_id)["stages"] == comparable(b, b_id)["stages"]


def stage_person(value: str) -> Any:
    from actionmentor.domain.enums import Person

    return Person(value)


def test_merging_the_same_file_twice_changes_nothing(laptops: tuple[Services, Services]) -> None:
    a, b = laptops
    a_id = create_demo(a)
    b_id = share(a, a_id, b)
    b.answers.save(b_id, "invitation.why", "mentee", "Changed on the mentor's laptop")
    raw = b.sync.changes_for(b_id, None)
    first = a.merge_changes(raw)
    # The answer, and its stage's "changed after signing" mark (the demo signed it).
    assert first.updated == 2 and first.added == 0 and first.conflicts == []
    again = a.merge_changes(raw)
    assert (again.added, again.updated, again.removed) == (0, 0, 0)
    assert again.unchanged == first.unchanged + first.updated


def test_a_changes_file_carries_only_what_the_partner_lacks(
    laptops: tuple[Services, Services],
) -> None:
    a, b = laptops
    a_id = create_demo(a)
    full = a.sync.share(a_id)
    b_id = b.import_workbook(full)
    a.merge_changes(b.sync.changes_for(b_id, None))  # now a knows what b holds
    a.answers.save(a_id, "invitation.why", "mentee", "One small change")
    small = a.sync.changes_for(a_id, None)
    assert len(small) < len(full) / 5, (len(small), len(full))
    b.merge_changes(small)
    assert comparable(a, a_id) == comparable(b, b_id)


def test_a_protected_file_needs_the_shared_passphrase(laptops: tuple[Services, Services]) -> None:
    a, b = laptops
    a_id = create_demo(a)
    raw = a.sync.share(a_id, "correct horse battery")
    envelope = json.loads(raw)  # only the sealed part holds the alliance, names included
    assert (
        envelope["title"] == ""
        and "update" not in envelope
        and set(envelope["sealed"]) == {"salt", "nonce", "data"}
    )
    with pytest.raises(WrongPassphraseError, match="protected"):
        b.import_workbook(raw)
    with pytest.raises(WrongPassphraseError, match="does not open"):
        b.import_workbook(raw, shared_passphrase="wrong horse battery")
    assert b.workbooks.all() == []
    b_id = b.import_workbook(raw, shared_passphrase="correct horse battery")
    assert comparable(a, a_id) == comparable(b, b_id)


def _bad_files(raw: bytes, other: bytes) -> dict[str, tuple[bytes, str]]:
    data = json.loads(raw)
    newer = data | {"version": 99}
    tampered = dict(data)
    update = tampered["update"]
    tampered["update"] = update[:40] + ("A" if update[40] != "A" else "B") + update[41:]
    framework = data | {"framework": "hay-2018"}
    return {
        "truncated": (raw[: len(raw) // 2], "not readable JSON"),
        "newer": (json.dumps(newer).encode(), "newer Action Mentor"),
        "another alliance": (other, "not in this library"),
        "tampered": (json.dumps(tampered).encode(), "altered"),
        "framework changed": (json.dumps(framework).encode(), "altered"),
        "not ours": (b'{"format": "something else"}', "not a changes file"),
        "binary": (b"\x00\xff" * 50, "not a changes file"),
    }


def test_every_bad_file_gets_one_clear_line_and_changes_nothing(
    laptops: tuple[Services, Services], tmp_path: Path
) -> None:
    a, b = laptops
    a_id = create_demo(a)
    b_id = share(a, a_id, b)
    b.answers.save(b_id, "invitation.why", "mentee", "A change that must not arrive")
    c = open_services(tmp_path / "stranger")
    other = c.sync.share(create_demo(c))
    c.close()
    before = comparable(a, a_id)
    for name, (raw, message) in _bad_files(b.sync.changes_for(b_id, None), other).items():
        with pytest.raises(UserError) as caught:
            a.merge_changes(raw)
        text = str(caught.value)
        assert message in text and "\n" not in text, (name, text)
        assert comparable(a, a_id) == before, name


op = st.one_of(
    st.tuples(st.just("answer"), st.sampled_from(["invitation.who", "invitation.why"]),
              st.sampled_from(["x", "y", "z"])),
    st.tuples(st.just("action"), st.sampled_from(["Plan", "Call", "Read"]), st.none()),
    st.tuples(st.just("retitle"), st.integers(0, 3), st.sampled_from(["p", "q"])),
    st.tuples(st.just("drop"), st.integers(0, 3), st.none()),
    st.tuples(st.just("sign"), st.sampled_from(["mentee", "mentor"]), st.none()),
    st.tuples(st.just("send"), st.none(), st.none()),
)  # fmt: skip


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=st.lists(st.tuples(st.booleans(), op), max_size=10))
def test_random_work_on_two_laptops_converges(tmp_path_factory: Any, steps: list[Any]) -> None:
    root = tmp_path_factory.mktemp("pair")
    a, b = open_services(root / "a"), open_services(root / "b")
    try:
        a_id = a.workbooks.create("Ana", "Ben").id
        a.actions.add(a_id, "First action")
        b_id = share(a, a_id, b)
        ids = {True: a_id, False: b_id}
        for on_a, (kind, x, y) in steps:
            s, wid = (a, a_id) if on_a else (b, b_id)
            actions = s.actions.list_for(wid)
            if kind == "answer":
                s.answers.save(wid, x, "mentee", y)
            elif kind == "action":
                s.actions.add(wid, x)
            elif kind == "retitle" and actions:
                s.actions.update(actions[x % len(actions)].id, title=y)
            elif kind == "drop" and actions:
                s.actions.delete(actions[x % len(actions)].id)
            elif kind == "sign":
                s.answers.sign_off(wid, "alliance", x)
            elif kind == "send":
                other = b if on_a else a
                other.merge_changes(s.sync.changes_for(wid, None))
        exchange(a, ids[True], b, ids[False])
        assert comparable(a, a_id) == comparable(b, b_id)
        conflicts = sorted(c.id for c in a.sync.conflicts(a_id))
        assert conflicts == sorted(c.id for c in b.sync.conflicts(b_id))
        # Settle everything on one side, send, agree. Read the list again after each
        # choice: keeping a deletion also settles a changed field of the same record.
        for _ in range(len(conflicts)):
            if left := a.sync.conflicts(a_id):
                a.sync.resolve(a_id, left[0].id, "mine")
        assert a.sync.conflicts(a_id) == []
        exchange(a, a_id, b, b_id)
        assert a.sync.conflicts(a_id) == [] == b.sync.conflicts(b_id)
        assert comparable(a, a_id) == comparable(b, b_id)
    finally:
        a.close()
        b.close()


def test_a_shared_folder_keeps_two_copies_in_step(
    laptops: tuple[Services, Services], tmp_path: Path
) -> None:
    a, b = laptops
    folder = tmp_path / "Syncthing" / "mentoring"
    folder.mkdir(parents=True)
    a_id = create_demo(a)
    b_id = share(a, a_id, b)
    with pytest.raises(UserError, match="data folder"):
        a.sync.set_folder(a_id, tmp_path)  # holds a's data folder: never the live database
    a.sync.set_folder(a_id, folder, protected=True)
    b.sync.set_folder(b_id, folder, protected=True)
    with pytest.raises(WrongPassphraseError, match="protected"):
        a.sync.sync_folder(a_id)
    phrase = "our shared secret"
    first = a.sync.sync_folder(a_id, phrase)
    assert first.merged == [] and first.written.exists()
    sealed = json.loads(first.written.read_bytes())  # a cloud folder sees nothing inside
    assert sealed["title"] == "" and "update" not in sealed and "sealed" in sealed
    b.answers.save(b_id, "invitation.why", "mentee", "Written on the mentor's laptop")
    assert b.sync.sync_folder(b_id, phrase).merged == []  # a had nothing b lacked
    report = a.sync.sync_folder(a_id, phrase)
    assert len(report.merged) == 1 and report.merged[0].updated >= 1
    assert a.sync.sync_folder(a_id, phrase).merged == []  # nothing new: not merged again
    assert comparable(a, a_id) == comparable(b, b_id)
    # What a sync tool and a second alliance leave in the folder: a conflict copy of the
    # partner's file merges (losing nothing); another alliance's file is left alone; a
    # damaged one is reported by name and nothing else stops.
    partner_file = next(p for p in folder.iterdir() if p.name.startswith("mentor-"))
    (
        folder / (partner_file.stem + ".sync-conflict-20261201-101010-ABC" + ".amchanges")
    ).write_bytes(partner_file.read_bytes())
    c = open_services(tmp_path / "another")
    (folder / "another-alliance.amchanges").write_bytes(c.sync.share(create_demo(c)))
    c.close()
    (folder / "damaged.amchanges").write_bytes(partner_file.read_bytes()[:300])
    (folder / "notes.txt").write_text("not ours")
    report = a.sync.sync_folder(a_id, phrase)
    assert [p.split(":")[0] for p in report.problems] == ["damaged.amchanges"]
    assert comparable(a, a_id) == comparable(b, b_id)
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".")) == []  # no temp


def test_private_entries_travel_only_when_their_author_includes_them(
    laptops: tuple[Services, Services],
) -> None:
    from actionmentor.domain.enums import Person
    from actionmentor.services.demo import DEMO_PASSPHRASE

    a, b = laptops
    a_id = create_demo(a)
    secret = "Honestly I am not sure I want the job"
    plain = a.sync.share(a_id)
    b_id = b.import_workbook(plain)
    assert [j for j in b.journal.list_for(b_id, viewer=Person.MENTEE) if j.private] == []
    with pytest.raises(WrongPassphraseError):
        a.sync.changes_for(a_id, None, include_private={Person.MENTEE: "not her passphrase"})
    sealed = a.sync.changes_for(a_id, None, include_private={Person.MENTEE: DEMO_PASSPHRASE})
    b.merge_changes(sealed)
    (entry,) = [j for j in b.journal.list_for(b_id, viewer=Person.MENTOR) if j.private]
    assert entry.text is None  # the mentor's laptop holds it sealed: he can't read it
    opened = b.journal.for_export(b_id, frozenset({Person.MENTEE}),
                                  {Person.MENTEE: DEMO_PASSPHRASE})  # fmt: skip
    assert any(j.private and j.text and secret in j.text for j in opened)  # she can, there
    # Later exchanges without her say-so don't take it away, and search never sees it.
    a.merge_changes(b.sync.changes_for(b_id, None))
    b.merge_changes(a.sync.changes_for(a_id, None))
    assert [j.private for j in b.journal.list_for(b_id, viewer=Person.MENTOR)].count(True) == 1
    assert b.search.search("prove") == []


def test_two_mentees_calendars_do_not_collide(tmp_path: Path) -> None:
    """Each workbook is number 1 in its own folder; a mentor imports both calendars."""
    uids = []
    for name in ("first", "second"):
        services = open_services(tmp_path / name)
        out = services.exports.export(create_demo(services), "ics", tmp_path / f"{name}.ics")
        services.close()
        uids.append({line for line in out.read_text().splitlines() if line.startswith("UID:")})
    assert uids[0] and uids[1] and uids[0].isdisjoint(uids[1])


def test_three_copies_exchanging_in_a_ring_agree(tmp_path: Path) -> None:
    """The mentee's laptop, her second laptop at work, the mentor's: each edits, the files
    go round once each way, and all three hold the same, with the same conflicts."""
    copies = [open_services(tmp_path / name) for name in ("home", "work", "mentor")]
    try:
        a, b, c = copies
        a_id = a.workbooks.create("Ana", "Ben").id
        ids = [a_id, b.import_workbook(a.sync.share(a_id)), c.import_workbook(a.sync.share(a_id))]
        a.answers.save(ids[0], "invitation.who", "mentee", "Ben (home)")
        b.answers.save(ids[1], "invitation.who", "mentee", "Ben (work)")
        c.answers.save(ids[2], "invitation.why", "mentee", "He listens (mentor's laptop)")
        c.actions.add(ids[2], "Read the policy")
        b.actions.add(ids[1], "Ask HR")
        for _ in range(2):
            for x in range(3):
                for y in range(3):
                    if x != y:
                        copies[y].merge_changes(copies[x].sync.changes_for(ids[x], None))
        shown = [comparable(s, w) for s, w in zip(copies, ids, strict=True)]
        assert shown[0] == shown[1] == shown[2]
        conflicts = [
            sorted(k.id for k in s.sync.conflicts(w)) for s, w in zip(copies, ids, strict=True)
        ]
        assert len(conflicts[0]) == 1 and conflicts[0] == conflicts[1] == conflicts[2]
        assert {x.title for x in a.actions.list_for(ids[0])} == {"Read the policy", "Ask HR"}
    finally:
        for s in copies:
            s.close()
