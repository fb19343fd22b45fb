"""The meetings and action due dates as an iCalendar file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from actionmentor.domain.enums import ActionStatus
from actionmentor.domain.records import WorkbookDetail
from actionmentor.domain.rhythm import DEFAULT_LENGTH, LENGTH_PROMPTS, first_answer, meeting_length
from actionmentor.export.atomic import write_atomically
from actionmentor.wording import words

PRODID = "-//Action Mentor//actionmentor//EN"


def calendar_bytes(detail: WorkbookDetail, language: str = "en") -> bytes:
    """UIDs from the records' identities (migration 0010), the same on every copy of the
    alliance and different for every other alliance: a re-import updates events, and a
    mentor with two mentees keeps both sets."""
    from icalendar import Calendar, Event

    summary = detail.summary
    w = words(language)
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", w("Mentoring: {title}", title=summary.title))
    stamp = summary.updated_at.astimezone(dt.UTC)  # fixed by the data, so output repeats
    answers = {a.prompt_id: a.value for a in detail.answers if a.instance == 0}
    agreed = meeting_length(first_answer(answers, LENGTH_PROMPTS)) or DEFAULT_LENGTH
    for m in detail.meetings:
        event = Event()
        event.add("uid", f"meeting-{m.uuid}@actionmentor")
        event.add("dtstamp", stamp)
        event.add("dtstart", m.held_at.astimezone(dt.UTC))
        event.add("dtend", m.held_at.astimezone(dt.UTC) + agreed)  # as long as agreed
        event.add("summary", w("Mentoring meeting: {mentee} and {mentor}",
                               mentee=summary.mentee, mentor=summary.mentor))  # fmt: skip
        if m.place:
            event.add("location", m.place)
        if m.agenda:
            event.add("description", m.agenda)
        cal.add_component(event)
    for a in detail.actions:
        if a.due_date is None or a.status is ActionStatus.DROPPED:
            continue
        event = Event()
        event.add("uid", f"action-{a.uuid}@actionmentor")
        event.add("dtstamp", stamp)
        event.add("dtstart", a.due_date)
        event.add("dtend", a.due_date + dt.timedelta(days=1))
        done = w(" (done)") if a.status is ActionStatus.DONE else ""
        event.add("summary", w("Action due: {title}", title=a.title) + done)
        if a.measure:
            event.add("description", w("How we will know it is done: {measure}", measure=a.measure))
        cal.add_component(event)
    return bytes(cal.to_ical())


def export_calendar(target: Path, detail: WorkbookDetail, language: str = "en") -> Path:
    data = calendar_bytes(detail, language)

    def write(path: Path) -> None:
        path.write_bytes(data)

    return write_atomically(target, write)
