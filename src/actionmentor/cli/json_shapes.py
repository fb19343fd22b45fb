"""The JSON shapes the CLI prints. Scripts rely on these keys: change them with care."""

from __future__ import annotations

import datetime as dt
from typing import Any

from actionmentor.domain.content import Framework, PlannedMeeting, Stage
from actionmentor.domain.fields import ACTION_FIELDS, MEETING_FIELDS, as_json
from actionmentor.domain.home import HomeSummary
from actionmentor.domain.records import WorkbookDetail, WorkbookSummary
from actionmentor.domain.search import SearchHit


def iso(value: dt.datetime | dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _stage(stage: Stage) -> dict[str, Any]:
    pacing = stage.pacing
    return {
        "id": stage.id,
        "title": stage.title,
        "meetings": pacing.meetings if pacing else None,
        "minutes": pacing.minutes if pacing else None,
        "done_when": pacing.done_when if pacing else None,
        "before": {
            "mentee": list(pacing.before_mentee) if pacing else [],
            "mentor": list(pacing.before_mentor) if pacing else [],
        },
        "worksheets": [
            {
                "id": ws.id,
                "title": ws.title,
                "repeatable": ws.repeatable,
                "prompts": [
                    {
                        "id": p.id,
                        "text": p.text,
                        "kind": p.kind.value,
                        "respondent": p.respondent,
                        "core": p.core,
                    }
                    for p in ws.prompts
                ],
            }
            for ws in stage.worksheets
        ],
    }


def frameworks_json(frameworks: list[Framework]) -> dict[str, Any]:
    return {
        "frameworks": [
            {
                "id": fw.id,
                "title": fw.title,
                "stages": [_stage(s) for s in fw.stages],
                "alongside": [_stage(s) for s in fw.alongside],
            }
            for fw in frameworks
        ]
    }


def _meeting(meeting: PlannedMeeting) -> dict[str, Any]:
    return {
        "number": meeting.number,
        "title": meeting.title,
        "purpose": meeting.purpose,
        "minutes": meeting.minutes,
        "items": [
            {
                "title": item.title,
                "minutes": item.minutes,
                "worksheet": item.worksheet,
                "prompts": list(item.prompts) if item.prompts is not None else None,
                "text": item.text or None,
            }
            for item in meeting.items
        ],
        "before": {"mentee": list(meeting.before_mentee), "mentor": list(meeting.before_mentor)},
    }


def plan_json(fw: Framework) -> dict[str, Any]:
    return {"framework": fw.id, "meetings": [_meeting(m) for m in fw.plan]}


def home_json(h: HomeSummary, today: dt.date) -> dict[str, Any]:
    """`actionmentor next`: where the pair stand and what comes next."""
    coming = h.next
    return {
        "workbook": h.workbook_id,
        "title": h.title,
        "stage": {
            "id": h.stage.stage_id,
            "title": h.stage.title,
            "done_when": h.done_when,
            "core_answered": h.stage.answered,
            "core_total": h.stage.total,
        },
        "meetings_held": h.number_held,
        "meetings_planned": h.planned_meetings,
        "next_meeting": None
        if coming is None
        else {
            "number": coming.planned.number,
            "title": coming.planned.title,
            "purpose": coming.planned.purpose,
            "at": iso(coming.at),
            "place": coming.place,
            "minutes": coming.planned.minutes,
            "items": _meeting(coming.planned)["items"],
        },
        "before": {
            person.value: [{"text": p.text, "done": p.done} for p in items]
            for person, items in h.before.items()
        },
        "actions_due": [
            {
                "id": a.id,
                "title": a.title,
                "due_date": iso(a.due_date),
                "overdue": a.due_date is not None and a.due_date < today,
            }
            for a in h.actions_due
        ],
        "awaiting_signoff": [
            {"stage": st.stage_id, "who": p.value} for st, p in h.awaiting_signoff
        ],
        "review_due": h.review_due,
        "unfinished_stages": [s.stage_id for s in h.unfinished] if coming is None else [],
    }


def summary_json(s: WorkbookSummary) -> dict[str, Any]:
    return {
        "id": s.id,
        "uuid": s.uuid,
        "title": s.title,
        "mentee": s.mentee,
        "mentor": s.mentor,
        "framework": s.framework_id,
        "current_stage": s.current_stage_id,
        "progress": round(s.progress, 3),
        "status": s.status.value,
        "updated_at": iso(s.updated_at),
    }


def detail_json(d: WorkbookDetail) -> dict[str, Any]:
    s = d.summary
    return {
        "id": s.id,
        "uuid": s.uuid,
        "title": s.title,
        "framework": s.framework_id,
        "mentee": s.mentee,
        "mentor": s.mentor,
        "status": s.status.value,
        "current_stage": s.current_stage_id,
        "progress": round(s.progress, 3),
        "stages": [
            {
                "id": st.stage_id,
                "status": st.status.value,
                "answered": st.answered,
                "total": st.total,
                "mentee_signed_at": iso(st.mentee_signed_at),
                "mentor_signed_at": iso(st.mentor_signed_at),
                "edited_after_signoff": st.edited_after_signoff_at is not None,
            }
            for st in d.stages
        ],
        "answers": [
            {
                "prompt": a.prompt_id,
                "respondent": a.respondent.value,
                "value": a.value,
                "updated_at": iso(a.updated_at),
                "instance": a.instance,
            }
            for a in d.answers
        ],
        "instances": [
            {
                "uuid": i.uuid,
                "worksheet": i.worksheet_id,
                "number": i.number,
                "held_on": iso(i.held_on),
                "created_at": iso(i.created_at),
            }
            for i in d.instances
        ],
        "actions": [{"id": a.id, "uuid": a.uuid} | as_json(ACTION_FIELDS, a) for a in d.actions],
        "meetings": [{"id": m.id, "uuid": m.uuid} | as_json(MEETING_FIELDS, m) for m in d.meetings],
        "journal": [
            {
                "id": j.id,
                "uuid": j.uuid,
                "author": j.author.value,
                "written_at": iso(j.written_at),
                "private": j.private,
                "text": j.text,
            }
            for j in d.journal
        ],
    }


def search_json(query: str, hits: list[SearchHit]) -> dict[str, Any]:
    return {
        "query": query,
        "results": [
            {
                "workbook": {"id": h.workbook_id, "title": h.workbook_title},
                "kind": h.kind,
                "id": h.ref,
                "place": h.place(),
                "snippet": h.plain_snippet,
                "prompt_id": h.prompt_id or None,
                "respondent": h.who if h.kind == "answer" else None,
                "author": h.who if h.kind == "journal" else None,
                "instance": h.instance if h.kind == "answer" else None,
                "when": iso(h.when),
            }
            for h in hits
        ],
    }
