"""What the next meeting should cover: open actions and the stages still to finish."""

from __future__ import annotations

import datetime as dt

from actionmentor.domain.enums import ActionStatus, StageStatus
from actionmentor.domain.records import ActionRecord, StageState
from actionmentor.wording import words


def next_meeting_agenda(
    actions: list[ActionRecord], stages: list[StageState], today: dt.date, language: str = "en"
) -> str:
    """A plain-text agenda: review of open actions (overdue first), then unfinished stages,
    in ``language`` (the stages' titles as ``stages`` gives them)."""
    w = words(language)
    open_actions = [
        a for a in actions if a.status in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)
    ]
    open_actions.sort(key=lambda a: (a.due_date or dt.date.max, a.id))
    lines = [w("Review of open actions:")] if open_actions else []
    for action in open_actions:
        due = ""
        if action.due_date:
            when = w.date(action.due_date)
            due = (
                w(", due {date} (overdue)", date=when)
                if action.due_date < today
                else w(", due {date}", date=when)
            )
        lines.append(f"- {action.title}{due}")
    unfinished = [s for s in stages if s.status is not StageStatus.COMPLETE]
    if unfinished:
        if lines:
            lines.append("")
        lines.append(w("Stages to work on:"))
        for stage in unfinished[:3]:
            waiting = []
            if not stage.mentee_signed_at:
                waiting.append(w("mentee"))
            if not stage.mentor_signed_at:
                waiting.append(w("mentor"))
            progress = w("{answered} of {total} answered", answered=stage.answered,
                         total=stage.total)  # fmt: skip
            if waiting:
                who = w(" and ").join(waiting)
                progress += w("; sign-off waiting for {who}", who=who)
            lines.append(f"- {stage.title}: {progress}")
    if lines:
        lines.append("")
    lines.append(w("How is the alliance working for each of us?"))
    return "\n".join(lines)
