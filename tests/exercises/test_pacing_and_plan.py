"""Issue 14: every stage says how it usually goes, which prompts are core, and each
framework has a meeting plan the loader checks against its worksheets and prompts."""

from __future__ import annotations

from pathlib import Path

import pytest

from actionmentor.domain.progress import answer_slots
from actionmentor.errors import ContentError
from actionmentor.exercises import framework, frameworks
from actionmentor.exercises.loader import load_framework_file
from tests.exercises.test_content import GOOD_PROMPT, write_framework

PLAN_SIZES = {"hay-1997": range(8, 11), "hay-2018": range(10, 13)}


@pytest.mark.parametrize("fw_id", ["hay-1997", "hay-2018"])
def test_every_stage_has_its_pacing_and_core_prompts(fw_id: str) -> None:
    for stage in framework(fw_id).all_stages():
        pacing = stage.pacing
        assert pacing is not None, stage.id
        assert 1 <= pacing.meetings <= 12 and 15 <= pacing.minutes <= 400, stage.id
        assert len(pacing.done_when.split()) >= 8, stage.id  # a sentence, not a label
        assert pacing.before_mentee and pacing.before_mentor, stage.id
        core = [p for p in stage.prompts() if p.core]
        optional = [p for p in stage.prompts() if not p.core]
        assert core and len(core) >= len(optional), stage.id


@pytest.mark.parametrize("fw_id", ["hay-1997", "hay-2018"])
def test_the_plan_covers_every_worksheet_at_a_sensible_pace(fw_id: str) -> None:
    fw = framework(fw_id)
    plan = fw.plan
    assert len(plan) in PLAN_SIZES[fw_id]
    assert [m.number for m in plan] == list(range(1, len(plan) + 1))
    planned = {item.worksheet for m in plan for item in m.items}
    for stage in fw.all_stages():
        for worksheet in stage.worksheets:
            assert worksheet.id in planned, worksheet.id
    for meeting in plan:
        assert 45 <= meeting.minutes <= 95, (meeting.number, meeting.minutes)
        assert meeting.before_mentee or meeting.before_mentor, meeting.number
        # The after-meeting reflection closes every meeting.
        assert meeting.items[-1].worksheet == "reflection", meeting.number
    reviews = [m.number for m in plan if any(i.worksheet == "relationship" for i in m.items)]
    gaps = [b - a for a, b in zip([0, *reviews], reviews, strict=False)]
    assert len(reviews) >= 3 and all(2 <= gap <= 4 for gap in gaps), reviews
    # Stages come in their order: no worksheet of a later stage before an earlier stage's.
    order = {w.id: n for n, s in enumerate(fw.stages) for w in s.worksheets}
    firsts: dict[str, int] = {}
    for meeting in plan:
        for item in meeting.items:
            if item.worksheet in order:
                firsts.setdefault(item.worksheet, meeting.number)
    stage_starts = [min(firsts[w.id] for w in s.worksheets) for s in fw.stages]
    assert stage_starts == sorted(stage_starts)


def test_the_first_hay_1997_meeting_gets_to_know_each_other() -> None:
    first = framework("hay-1997").plan[0]
    worksheets = [item.worksheet for item in first.items]
    assert worksheets[:4] == ["invitation", "rapport", "working", "agreement.practical"]
    rapport = framework("hay-1997").worksheet("rapport")
    assert rapport is not None
    ids = {p.id for p in rapport[1].prompts}
    assert {"rapport.background", "rapport.hopes", "rapport.ways"} <= ids
    assert any("date" in item.title.lower() for item in first.items)


def test_progress_counts_core_prompts_only() -> None:
    stage = framework("hay-1997").stages[0]
    slots = answer_slots(stage)
    assert ("invitation.who", "mentee") in slots
    assert not any(prompt == "invitation.if_no" for prompt, _ in slots)  # optional


def write_plan_item(tmp_path: Path, items: str) -> Path:
    return write_framework(tmp_path, GOOD_PROMPT, items)


@pytest.mark.parametrize(
    ("items", "message"),
    [
        ('title = "I"\nminutes = 30\nworksheet = "nope"\n', "no worksheet 'nope'"),
        (
            'title = "I"\nminutes = 30\nworksheet = "w"\nprompts = ["a.zz"]\n',
            "worksheet 'w' has no prompts ['a.zz']",
        ),
        ('title = "I"\nminutes = 0\nworksheet = "w"\n', "'minutes' must be a whole number"),
        ('title = "I"\nminutes = 30\n', "'text' is missing"),
        ('title = "I"\nminutes = 30\ntext = "Talk."\n', "leaves out the worksheets ['w']"),
    ],
)
def test_a_plan_that_names_what_is_not_there_is_refused_naming_the_file(
    tmp_path: Path, items: str, message: str
) -> None:
    with pytest.raises(ContentError) as err:
        load_framework_file(write_plan_item(tmp_path, items))
    assert str(err.value).startswith("x.toml: ")
    assert message in str(err.value)


def test_a_stage_without_pacing_is_refused(tmp_path: Path) -> None:
    path = write_framework(tmp_path, GOOD_PROMPT)
    path.write_text(path.read_text(encoding="utf-8").replace("meetings = 1\n", ""), "utf-8")
    with pytest.raises(ContentError, match=r"broken\.toml: stage 's': 'meetings' is missing"):
        load_framework_file(path)


def test_a_missing_plan_is_named(tmp_path: Path) -> None:
    path = write_framework(tmp_path, GOOD_PROMPT)
    (tmp_path / "plans" / "x.toml").unlink()
    with pytest.raises(ContentError, match=r"no meeting plan plans/x\.toml"):
        load_framework_file(path)


def test_every_framework_loads_with_its_plan() -> None:
    assert {fw.id for fw in frameworks()} == set(PLAN_SIZES)
    assert all(fw.plan for fw in frameworks())


@pytest.mark.parametrize("fw_id", ["hay-1997", "hay-2018"])
def test_each_stage_pacing_is_what_the_plan_gives_it(fw_id: str) -> None:
    """The two can't disagree: a stage's meetings and minutes are its share of the plan."""
    fw = framework(fw_id)
    for stage in fw.all_stages():
        ids = {w.id for w in stage.worksheets}
        items = [(m.number, i) for m in fw.plan for i in m.items if i.worksheet in ids]
        assert stage.pacing is not None
        assert stage.pacing.meetings == len({number for number, _ in items}), stage.id
        assert stage.pacing.minutes == sum(i.minutes for _, i in items), stage.id
