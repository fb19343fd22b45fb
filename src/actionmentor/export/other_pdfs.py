"""The one-purpose documents: the action plan, the invitation letter and the meeting sheet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from actionmentor.domain.content import About
from actionmentor.domain.enums import ActionStatus
from actionmentor.domain.records import ActionRecord, WorkbookDetail
from actionmentor.export.pdf_answers import grid
from actionmentor.export.pdf_doc import (
    Heading,
    Meta,
    WritingLines,
    answer_paragraphs,
    build_pdf,
    gap,
    styles,
)
from actionmentor.export.pdf_text import markup

OPEN = (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS)


def export_action_plan(target: Path, detail: WorkbookDetail, paper: str = "a4") -> Path:
    """A landscape table of every action with a box to tick when it is done."""
    s = styles()
    summary = detail.summary
    story: list[Flowable] = [
        Heading(f"Action plan: {summary.title}", s.h1, 0, "plan", toc=False),
        Paragraph(markup(f"{summary.mentee} (mentee) with {summary.mentor} (mentor)"), s.muted),
        gap(4),
    ]
    header = ["Done", "Action", "Goal it serves", "Due", "Support needed", "How we will know"]
    header.append("Status")
    rows: list[list[str | Flowable]] = []
    for a in detail.actions:
        tick = "☑" if a.status is ActionStatus.DONE else "☐"
        due = a.due_date.isoformat() if a.due_date else ""
        status = a.status.value.replace("_", " ")
        rows.append([Paragraph(tick, s.h2), a.title, a.goal, due, a.support, a.measure, status])
    rows += [[Paragraph("☐", s.h2), *[""] * 6] for _ in range(3)]  # room for new ones on paper
    widths = [w * mm for w in (13, 64, 44, 22, 40, 40, 20)]
    table = grid(
        header,
        rows,
        s,
        widths,
        [
            ("ALIGN", (0, 0), (0, -1), "CENTER"),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f7f7f7")]),
            ("MINROWHEIGHTS", (0, 1), (-1, -1), 11 * mm),
        ],
    )
    story.append(table)
    meta = Meta(f"Action plan: {summary.title}", summary.mentee, "Action plan", summary.title)
    return build_pdf(target, story, meta, paper=paper, wide=True)


def _answer(detail: WorkbookDetail, prompt_id: str) -> Any:
    return next((a.value for a in detail.answers if a.prompt_id == prompt_id), None)


def export_invitation(
    target: Path, detail: WorkbookDetail, about: About, paper: str = "a4"
) -> Path:
    """A one-page letter to the prospective mentor, from the invitation worksheet."""
    s = styles()
    summary = detail.summary
    mentor = summary.mentor
    hopes = _answer(detail, "invitation.hopes")
    ask = _answer(detail, "invitation.ask")
    why = _answer(detail, "invitation.why")
    frequency = _answer(detail, "invitation.frequency")
    length = _answer(detail, "invitation.meeting_length")
    duration = _answer(detail, "invitation.duration")
    body: list[str] = [
        f"Dear {mentor},",
        "I am setting up my own mentoring, following Julie Hay's Action Mentoring scheme, and "
        "I would like to invite you to be my mentor.",
    ]
    if why:
        body.append(f"Why I am asking you: {why}")
    if hopes:
        body.append(f"What I hope to get from it: {hopes}")
    if ask:
        body.append(f"What I would ask of you: {ask}")
    timing = [t for t in (frequency, length, duration) if t]
    if timing:
        body.append("The time it would take: " + "; ".join(str(t) for t in timing) + ".")
    body += [
        "The scheme is simple. We would meet regularly and work through a series of stages "
        "together: agreeing how we work, taking stock of where I am, looking for patterns and "
        "options, choosing, acting, and reviewing. I would lead it and do the preparation; "
        "your part is to listen, ask questions and be honest with me. You need not be an "
        "expert in mentoring.",
        "At our first meeting we would agree the practical arrangements and what each of us "
        "expects. Either of us could end the arrangement at any time, without blame.",
        "I would be glad to talk it over before you decide, and I will understand if the "
        "answer is no.",
        "With best wishes,",
    ]
    story: list[Flowable] = [
        Heading("An invitation to be my mentor", s.h1, 0, "letter", toc=False),
        gap(4),
    ]
    for paragraph in body:
        story += answer_paragraphs(paragraph, s.body)
        story.append(gap(2.5))
    story += [gap(10), Paragraph(markup(summary.mentee), s.h3)]
    if summary.mentee_contact:
        story.append(Paragraph(markup(summary.mentee_contact), s.muted))
    story += [gap(6), Paragraph(markup(about.credit), s.muted)]
    meta = Meta(f"Invitation to {mentor}", summary.mentee, "Mentoring invitation", "")
    return build_pdf(target, story, meta, paper=paper)


def export_meeting_sheet(
    target: Path, detail: WorkbookDetail, agenda: str, today: dt.date, paper: str = "a4"
) -> Path:
    """The next meeting: when and where, the agenda, open actions, and room for notes."""
    s = styles()
    summary = detail.summary
    upcoming = [m for m in detail.meetings if m.held_at.date() >= today]
    nxt = upcoming[0] if upcoming else None
    when: dt.datetime | None = nxt.held_at if nxt else None
    if nxt is None and detail.meetings:
        when = detail.meetings[-1].next_meeting_at
    if nxt is not None and nxt.agenda.strip():
        agenda = nxt.agenda
    story: list[Flowable] = [
        Heading("Next meeting", s.h1, 0, "meeting", toc=False),
        Paragraph(markup(f"{summary.title} · {summary.mentee} and {summary.mentor}"), s.muted),
        gap(2),
        Paragraph(
            markup(
                "When: "
                + (when.astimezone().strftime("%A %d %B %Y, %H:%M") if when else "________________")
                + "     Where: "
                + (nxt.place if nxt and nxt.place else "________________")
            ),
            s.body,
        ),
        Paragraph("Agenda", s.h2),
        *answer_paragraphs(agenda, s.body),
        Paragraph("Open actions", s.h2),
    ]
    open_actions: list[ActionRecord] = [a for a in detail.actions if a.status in OPEN]
    if open_actions:
        rows = [
            [a.title, a.due_date.isoformat() if a.due_date else "", a.measure, ""]
            for a in open_actions
        ]
        story.append(grid(["Action", "Due", "How we will know", "Progress"], rows, s,
                          [w * mm for w in (62, 22, 45, 45)]))  # fmt: skip
    else:
        story.append(Paragraph("No open actions.", s.muted))
    story += [Paragraph("Notes", s.h2), WritingLines(6, indent=0)]
    story += [Paragraph("Actions agreed", s.h2), WritingLines(3, indent=0)]
    story += [Paragraph("Next meeting: date, time and place", s.h2), WritingLines(1, indent=0)]
    meta = Meta(f"Next meeting: {summary.title}", summary.mentee, "Meeting sheet", summary.title)
    return build_pdf(target, story, meta, paper=paper)
