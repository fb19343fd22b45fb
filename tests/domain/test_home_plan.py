"""Issue 15: which planned meeting is next, from the meeting log alone."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from actionmentor.domain.home import next_meeting, worksheet_named, worksheets_named
from actionmentor.domain.records import MeetingRecord
from actionmentor.exercises import framework

NOW = dt.datetime(2027, 3, 1, 12, tzinfo=dt.UTC)


def meeting(days_from_now: int, next_in: int | None = None) -> MeetingRecord:
    at = NOW + dt.timedelta(days=days_from_now)
    later = at + dt.timedelta(days=next_in) if next_in is not None else None
    return MeetingRecord(0, at, "Café", "", "", "", later)


@given(st.lists(st.integers(-400, 60).filter(lambda d: d != 0), max_size=14))
def test_the_next_planned_meeting_follows_the_meetings_held(days: list[int]) -> None:
    fw = framework("hay-1997")
    log = [meeting(d, 14) for d in days]
    found = next_meeting(fw, log, NOW)
    held = sum(d < 0 for d in days)
    if held >= len(fw.plan):
        assert found is None  # the plan is done: the home speaks of ending well
        return
    assert found is not None and found.planned.number == held + 1
    ahead = sorted(d for d in days if d > 0)
    if ahead:  # a meeting already entered in the log gives the date
        assert found.at == NOW + dt.timedelta(days=ahead[0])
    elif held:  # else the last meeting's "next meeting"
        assert found.at == NOW + dt.timedelta(days=max(d for d in days if d < 0) + 14)
    else:
        assert found.at is None


def test_a_preparation_names_its_worksheet_by_title() -> None:
    fw = framework("hay-1997")
    found = worksheet_named(fw, "Read both charters on 'What each of us brings'.")
    assert found is not None and found.id == "agreement.roles"
    found = worksheet_named(fw, "Complete the relationship review on your own.")
    assert found is not None and found.id == "relationship"
    assert worksheet_named(fw, "Think about what you can offer.") is None


def test_a_preparation_naming_two_worksheets_counts_both() -> None:
    fw = framework("hay-1997")
    text = "Draft the map on 'Whose views count' and your ratings on 'Rating yourself'."
    assert [w.id for w in worksheets_named(fw, text)] == [
        "assessment.stakeholders",
        "assessment.rating",
    ]
