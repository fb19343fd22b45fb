"""Where a pair stand in their meeting plan, and what each still has to prepare: pure
functions over the content, the answers and the meeting log (issue 15's home and `next`).

The plan is followed by counting: the meetings held so far (those in the log whose time has
come) say which planned meeting is next. A meeting in the log still in the future is the
next one's date and place; otherwise the last meeting's "next meeting" is.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from actionmentor.domain.content import Framework, PlannedMeeting, Worksheet
from actionmentor.domain.enums import ActionStatus, Person
from actionmentor.domain.records import (
    ActionRecord,
    AnswerRecord,
    InstanceRecord,
    MeetingRecord,
    StageState,
)

REVIEW_WORKSHEET = "relationship"


@dataclass(frozen=True)
class Preparation:
    """One thing to do before the next meeting. ``done`` is None where the app can't see it
    (a conversation to have, a book to read); else whether the answers are there."""

    text: str
    worksheet: str | None
    done: bool | None


@dataclass(frozen=True)
class NextMeeting:
    planned: PlannedMeeting
    at: dt.datetime | None
    place: str


def held(meetings: Iterable[MeetingRecord], now: dt.datetime) -> list[MeetingRecord]:
    """The meetings that have taken place (a meeting entered ahead is not held yet)."""
    return sorted((m for m in meetings if m.held_at <= now), key=lambda m: m.held_at)


def next_meeting(
    fw: Framework, meetings: Sequence[MeetingRecord], now: dt.datetime
) -> NextMeeting | None:
    """The next planned meeting, with its date and place if known; None after the last."""
    done = held(meetings, now)
    if len(done) >= len(fw.plan):
        return None
    ahead = sorted((m for m in meetings if m.held_at > now), key=lambda m: m.held_at)
    at: dt.datetime | None
    if ahead:
        at, place = ahead[0].held_at, ahead[0].place
    elif done:
        at, place = done[-1].next_meeting_at, done[-1].place
    else:
        at, place = None, ""
    return NextMeeting(fw.plan[len(done)], at, place)


def worksheet_named(fw: Framework, text: str) -> Worksheet | None:
    """The worksheet a preparation speaks of, by its title ("Draft 'Rating yourself' …",
    "Complete the relationship review …"): the longest title found in the text."""
    lowered = text.lower()
    found = [
        (len(name), worksheet)
        for stage in fw.all_stages()
        for worksheet in stage.worksheets
        # "Agreement: what each of us brings" is spoken of as "What each of us brings".
        for name in {worksheet.title.lower(), worksheet.title.split(": ", 1)[-1].lower()}
        if name in lowered
    ]
    return max(found, key=lambda pair: pair[0], default=(0, None))[1]


def _answered_by(
    worksheet: Worksheet,
    person: Person,
    answers: Iterable[AnswerRecord],
    instance: int,
) -> bool:
    """Whether ``person`` has answered every core prompt of ``worksheet`` meant for them
    (their own, and not the joint ones: those are for the meeting)."""
    mine = {
        p.id
        for p in worksheet.prompts
        if p.core and person.respondent in p.respondent.respondents()
    }
    if not mine:
        return False
    given = {
        a.prompt_id for a in answers if a.respondent is person.respondent and a.instance == instance
    }
    return mine <= given


def preparations(
    fw: Framework,
    planned: PlannedMeeting,
    person: Person,
    answers: Sequence[AnswerRecord],
    instances: Mapping[str, Sequence[InstanceRecord]],
    since: dt.datetime | None,
) -> list[Preparation]:
    """What ``person`` prepares for ``planned``, each ticked once their answers are there.
    For a repeated worksheet (a review) only a copy started since the last meeting counts."""
    items = planned.before_mentee if person is Person.MENTEE else planned.before_mentor
    found = []
    for text in items:
        worksheet = worksheet_named(fw, text)
        done: bool | None = None
        if worksheet is not None:
            if worksheet.repeatable:
                copies = [
                    c
                    for c in instances.get(worksheet.id, [])
                    if since is None or c.created_at >= since
                ]
                done = any(_answered_by(worksheet, person, answers, c.number) for c in copies)
            else:
                done = _answered_by(worksheet, person, answers, 0)
        found.append(Preparation(text, worksheet.id if worksheet else None, done))
    return found


def actions_due(
    actions: Iterable[ActionRecord], before: dt.date | None, today: dt.date
) -> list[ActionRecord]:
    """Open actions that are overdue or due by the next meeting (by ``before``), soonest
    first."""
    limit = max(before or today, today)
    due = [
        a
        for a in actions
        if a.status in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)
        and a.due_date is not None
        and a.due_date <= limit
    ]
    return sorted(due, key=lambda a: (a.due_date or today, a.id))


def review_due(planned: PlannedMeeting | None) -> bool:
    """The plan puts a relationship review in the next meeting."""
    return planned is not None and any(i.worksheet == REVIEW_WORKSHEET for i in planned.items)


@dataclass(frozen=True)
class HomeSummary:
    """What the home shows and `actionmentor next` prints."""

    workbook_id: int
    title: str
    names: Mapping[Person, str]
    stage: StageState
    done_when: str
    next: NextMeeting | None  # None: every planned meeting is held (the ending)
    number_held: int
    planned_meetings: int
    before: Mapping[Person, list[Preparation]]
    actions_due: list[ActionRecord]
    awaiting_signoff: list[tuple[StageState, Person]]
    review_due: bool
    unfinished: list[StageState]  # after the plan: what is left


def awaiting_signoff(
    states: Iterable[StageState], current_stage_id: str
) -> list[tuple[StageState, Person]]:
    """Who still has to sign: where one person has signed and the other not, and the
    current stage once its core prompts are all answered."""
    found = []
    for state in states:
        signed = {p: state.signed_at(p) is not None for p in Person}
        ready = (
            state.stage_id == current_stage_id and state.total and (state.answered >= state.total)
        )
        if any(signed.values()) or ready:
            found += [(state, p) for p in Person if not signed[p]]
    return found
