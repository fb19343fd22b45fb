"""What the next meeting should cover: open actions and the stages still to finish."""

from __future__ import annotations

import datetime as dt

from actionmentor.domain.enums import ActionStatus, StageStatus
from actionmentor.domain.records import ActionRecord, StageState


def next_meeting_agenda(
    actions: list[ActionRecord], stages: list[StageState], today: dt.date
) -> str:
    """A plain-text agenda: review of open actions (overdue first), then unfinished stages."""
    open_actions = [
        a for a in actions if a.status in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)
    ]
    open_actions.sort(key=lambda a: (a.due_date or dt.date.max, a.id))
    lines = ["Review of open actions:"] if open_actions else []
    for action in open_actions:
        due = ""
        if action.due_date:
            late = " (overdue)" if action.due_date < today else ""
            due = f", due {action.due_date.isoformat()}{late}"
        lines.append(f"- {action.title}{due}")
    unfinished = [s for s in stages if s.status is not StageStatus.COMPLETE]
    if unfinished:
        if lines:
            lines.append("")
        lines.append("Stages to work on:")
        for stage in unfinished[:3]:
            waiting = []
            if not stage.mentee_signed_at:
                waiting.append("mentee")
            if not stage.mentor_signed_at:
                waiting.append("mentor")
            lines.append(
                f"- {stage.title}: {stage.answered} of {stage.total} answered; "
                f"sign-off waiting for {' and '.join(waiting)}"
            )
    if lines:
        lines.append("")
    lines.append("How is the alliance working for each of us?")
    return "\n".join(lines)
