"""The rhythm a pair agreed: how often they meet and for how long, read from their answers,
so that the next meeting falls on the agreed day and a calendar event lasts as agreed.

The agreement's answers win over the invitation's (the invitation asks what the mentee
would like; the agreement records what both settled on).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

FREQUENCY_PROMPTS = ("agreement.practical.frequency", "invitation.frequency")
LENGTH_PROMPTS = ("agreement.practical.length", "invitation.meeting_length")
DEFAULT_LENGTH = dt.timedelta(hours=1)

# The choices the worksheets offer, in steps of weeks or months.
_WEEKS = {"every week": 1, "every two weeks": 2}
_MONTHS = {"every month": 1, "every two months": 2}
_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "half": 0.5, "ninety": 90,
          "forty-five": 45, "forty five": 45, "thirty": 30, "sixty": 60, "twenty": 20}  # fmt: skip
_AMOUNT = r"(\d+(?:[.,]\d+)?|½|" + "|".join(sorted(map(re.escape, _WORDS), key=len)[::-1]) + ")"
_UNIT = re.compile(
    _AMOUNT + r"\s*(hours?|hrs?|h|stunden?|std\.?|minutes?|mins?|m|minuten?)\b", re.IGNORECASE
)


def first_answer(answers: Mapping[str, Any], prompts: tuple[str, ...]) -> str:
    for prompt in prompts:
        value = answers.get(prompt)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def _amount(text: str) -> float:
    text = text.lower()
    if text == "½":
        return 0.5
    if text in _WORDS:
        return float(_WORDS[text])
    return float(text.replace(",", "."))


def meeting_length(text: str) -> dt.timedelta | None:
    """ "90 minutes", "1.5 hours", "an hour and a half", "Half an hour", "2 Std." → how
    long; None if the text names no length."""
    lowered = " ".join(text.lower().split())
    if lowered in ("half an hour", "a half hour"):
        return dt.timedelta(minutes=30)
    total = 0.0
    for amount, unit in _UNIT.findall(lowered):
        minutes = _amount(amount) * (60 if unit.startswith(("h", "s")) else 1)
        total += minutes
    if re.search(r"\band a half\b", lowered) and total:
        total += 30
    return dt.timedelta(minutes=round(total)) if total else None


def _add_months(moment: dt.datetime, months: int) -> dt.datetime:
    month = moment.month - 1 + months
    year, month = moment.year + month // 12, month % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    moved = moment.replace(year=year, month=month, day=day)
    # The same weekday as before, the nearest one: "every month, on a Thursday".
    shift = (moment.weekday() - moved.weekday() + 3) % 7 - 3
    return moved + dt.timedelta(days=shift)


def next_in_rhythm(frequency: str, last: dt.datetime, now: dt.datetime) -> dt.datetime | None:
    """The first meeting after ``now`` in the agreed rhythm, counted from the last meeting
    (same weekday, same time of day); None if no rhythm was agreed."""
    key = " ".join(frequency.lower().split())
    if key in _WEEKS:
        step = dt.timedelta(weeks=_WEEKS[key])
        when = last + step
        while when <= now:
            when += step
        return when
    if key in _MONTHS:
        months = _MONTHS[key]
        count = 1
        when = _add_months(last, months)
        while when <= now and count < 1200:
            count += 1
            when = _add_months(last, months * count)
        return when
    return None
