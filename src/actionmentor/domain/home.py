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


def worksheets_named(fw: Framework, text: str) -> list[Worksheet]:
    """The worksheets a preparation speaks of, by their titles ("Draft the map on 'Whose
    views count' and your ratings on 'Rating yourself'", "Complete the relationship review
    …"). A title found only inside a longer one found too is not counted twice."""
    lowered = text.lower()
    found: dict[str, tuple[str, Worksheet]] = {}
    for stage in fw.all_stages():
        for worksheet in stage.worksheets:
            # "Agreement: what each of us brings" is spoken of as "What each of us brings".
            for name in (worksheet.title.lower(), worksheet.title.split(": ", 1)[-1].lower()):
                if name in lowered and len(name) > len(found.get(worksheet.id, ("",))[0]):
                    found[worksheet.id] = (name, worksheet)
    names = [name for name, _ in found.values()]
    return [
        worksheet
        for name, worksheet in found.values()
        if not any(name != other and name in other for other in names)
    ]


def worksheet_named(fw: Framework, text: str) -> Worksheet | None:
    """The first of worksheets_named, or None."""
    named = worksheets_named(fw, text)
    return named[0] if named else None


def _answered_by(
    worksheet: Worksheet,
    person: Person,
    answers: Iterable[AnswerRecord],
    instance: int,
) -> bool | None:
    """Whether ``person`` has answered every core prompt of ``worksheet`` meant for them
    (their own, not the joint ones: those are for the meeting); None if it has none."""
    mine = {
        p.id
        for p in worksheet.prompts
        if p.core and person.respondent in p.respondent.respondents()
    }
    if not mine:
        return None
    given = {
        a.prompt_id for a in answers if a.respondent is person.respondent and a.instance == instance
    }
    return mine <= given


def _prepared(
    worksheet: Worksheet,
    person: Person,
    answers: Sequence[AnswerRecord],
    instances: Mapping[str, Sequence[InstanceRecord]],
    since: dt.datetime | None,
) -> bool | None:
    if not worksheet.repeatable:
        return _answered_by(worksheet, person, answers, 0)
    # For a repeated worksheet (a review) only a copy started since the last meeting counts.
    copies = [c for c in instances.get(worksheet.id, []) if since is None or c.created_at >= since]
    results = [_answered_by(worksheet, person, answers, c.number) for c in copies]
    if not copies:
        return None if _answered_by(worksheet, person, [], 0) is None else False
    return any(results) if None not in results else None


def prompts_to_prepare(fw: Framework, planned: PlannedMeeting) -> set[str]:
    """The prompts of every worksheet the preparations for ``planned`` speak of: the only
    answers ``preparations`` reads."""
    return {
        prompt.id
        for text in (*planned.before_mentee, *planned.before_mentor)
        for worksheet in worksheets_named(fw, text)
        for prompt in worksheet.prompts
    }


def preparations(
    fw: Framework,
    planned: PlannedMeeting,
    person: Person,
    answers: Sequence[AnswerRecord],
    instances: Mapping[str, Sequence[InstanceRecord]],
    since: dt.datetime | None,
) -> list[Preparation]:
    """What ``person`` prepares for ``planned``, each ticked once their answers are there
    on every worksheet it names; None where none of those has anything for them."""
    items = planned.before_mentee if person is Person.MENTEE else planned.before_mentor
    found = []
    for text in items:
        named = worksheets_named(fw, text)
        results = [_prepared(w, person, answers, instances, since) for w in named]
        seen = [r for r in results if r is not None]
        done = all(seen) if seen else None
        found.append(Preparation(text, named[0].id if named else None, done))
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
