"""The agreed rhythm: the next meeting on the agreed weekday, an event as long as agreed."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from actionmentor.domain.rhythm import meeting_length, next_in_rhythm

THURSDAY = dt.datetime(2026, 11, 5, 18, 0)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("90 minutes", 90), ("1.5 hours", 90), ("an hour and a half", 90), ("Half an hour", 30),
     ("Forty-five minutes", 45), ("An hour", 60), ("Ninety minutes", 90), ("2 Std.", 120),
     ("1 h 30 min", 90), ("about an hour, over coffee", 60), ("1,5 Stunden", 90)],
)  # fmt: skip
def test_meeting_lengths_as_people_write_them(text: str, minutes: int) -> None:
    assert meeting_length(text) == dt.timedelta(minutes=minutes)


@pytest.mark.parametrize("text", ["", "whenever suits", "as long as it takes"])
def test_no_length_named(text: str) -> None:
    assert meeting_length(text) is None


@pytest.mark.parametrize(
    ("frequency", "expected"),
    [("Every week", dt.datetime(2026, 12, 3, 18)),
     ("Every two weeks", dt.datetime(2026, 12, 3, 18)),
     ("Every month", dt.datetime(2026, 12, 3, 18)),
     ("Every two months", dt.datetime(2027, 1, 7, 18))],
)  # fmt: skip
def test_the_next_meeting_keeps_the_weekday_and_time(frequency: str, expected: dt.datetime) -> None:
    assert next_in_rhythm(frequency, THURSDAY, dt.datetime(2026, 12, 1, 10)) == expected


@given(
    frequency=st.sampled_from(["Every week", "Every two weeks", "Every month", "Every two months"]),
    last=st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2090, 1, 1)),
    gap=st.timedeltas(min_value=dt.timedelta(0), max_value=dt.timedelta(days=3000)),
)
def test_always_after_now_on_the_same_weekday(
    frequency: str, last: dt.datetime, gap: dt.timedelta
) -> None:
    now = last + gap
    when = next_in_rhythm(frequency, last, now)
    assert when is not None and when > now and when.weekday() == last.weekday()
    assert when.time() == last.time()
    assert when - now <= dt.timedelta(days=66)  # never a rhythm skipped


@given(text=st.text(max_size=60))
def test_any_text_gives_a_length_or_none(text: str) -> None:
    found = meeting_length(text)
    assert found is None or dt.timedelta(0) < found
    assert next_in_rhythm(text, THURSDAY, THURSDAY) is None or text.strip()
