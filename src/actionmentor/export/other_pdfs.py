"""The one-purpose documents: the action plan, the invitation letter and the meeting sheet."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from actionmentor.domain.content import About, Framework
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


def export_action_plan(
    target: Path, detail: WorkbookDetail, paper: str = "a4", language: str = "en"
) -> Path:
    """A landscape table of every action with a box to tick when it is done."""
    s = styles(language)
    w = s.w
    summary = detail.summary
    title = w("Action plan: {title}", title=summary.title)
    pair = w("{mentee} (mentee) with {mentor} (mentor)", mentee=summary.mentee,
             mentor=summary.mentor)  # fmt: skip
    story: list[Flowable] = [
        Heading(title, s.h1, 0, "plan", toc=False),
        Paragraph(markup(pair), s.muted),
        gap(4),
    ]
    header = [w("Done"), w("Action"), w("Goal it serves"), w("Due"), w("Support needed"),
              w("How we will know"), w("Status")]  # fmt: skip
    rows: list[list[str | Flowable]] = []
    for a in detail.actions:
        tick = "☑" if a.status is ActionStatus.DONE else "☐"
        due = w.date(a.due_date)
        status = w(a.status.value.replace("_", " "))
        rows.append([Paragraph(tick, s.h2), a.title, a.goal, due, a.support, a.measure, status])
    rows += [[Paragraph("☐", s.h2), *[""] * 6] for _ in range(3)]  # room for new ones on paper
    widths = [width * mm for width in (13, 64, 44, 22, 40, 40, 20)]
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
    meta = Meta(title, summary.mentee, w("Action plan"), summary.title, lang=w.language)
    return build_pdf(target, story, meta, paper=paper, wide=True)


def _answer(detail: WorkbookDetail, prompt_id: str) -> Any:
    return next((a.value for a in detail.answers if a.prompt_id == prompt_id), None)


def _option(fw: Framework | None, prompt_id: str, value: Any) -> str:
    """A chosen option as the printout's language words it."""
    prompt = fw.prompt(prompt_id) if fw else None
    return prompt.option_label(str(value)) if prompt else str(value)


def export_invitation(
    target: Path,
    detail: WorkbookDetail,
    about: About,
    paper: str = "a4",
    language: str = "en",
    fw: Framework | None = None,
) -> Path:
    """A one-page letter to the prospective mentor, from the invitation worksheet."""
    s = styles(language)
    w = s.w
    summary = detail.summary
    mentor = summary.mentor
    hopes = _answer(detail, "invitation.hopes")
    ask = _answer(detail, "invitation.ask")
    why = _answer(detail, "invitation.why")
    frequency = _answer(detail, "invitation.frequency")
    length = _answer(detail, "invitation.meeting_length")
    duration = _answer(detail, "invitation.duration")
    body: list[str] = [
        w("Dear {name},", name=mentor),
        w("I am setting up my own mentoring, following Julie Hay's Action Mentoring scheme, "
          "and I would like to invite you to be my mentor."),
    ]  # fmt: skip
    if why:
        body.append(w("Why I am asking you: {answer}", answer=why))
    if hopes:
        body.append(w("What I hope to get from it: {answer}", answer=hopes))
    if ask:
        body.append(w("What I would ask of you: {answer}", answer=ask))
    timing = [_option(fw, p, t) for p, t in
              (("invitation.frequency", frequency), ("invitation.meeting_length", length),
               ("invitation.duration", duration)) if t]  # fmt: skip
    if timing:
        body.append(w("The time it would take: {answer}.", answer="; ".join(timing)))
    body += [
        w("The scheme is simple. We would meet regularly and work through a series of stages "
          "together: agreeing how we work, taking stock of where I am, looking for patterns and "
          "options, choosing, acting, and reviewing. I would lead it and do the preparation; "
          "your part is to listen, ask questions and be honest with me. You need not be an "
          "expert in mentoring."),
        w("At our first meeting we would agree the practical arrangements and what each of us "
          "expects. Either of us could end the arrangement at any time, without blame."),
        w("I would be glad to talk it over before you decide, and I will understand if the "
          "answer is no."),
        w("With best wishes,"),
    ]  # fmt: skip
    story: list[Flowable] = [
        Heading(w("An invitation to be my mentor"), s.h1, 0, "letter", toc=False),
        gap(4),
    ]
    for paragraph in body:
        story += answer_paragraphs(paragraph, s.body)
        story.append(gap(2.5))
    story += [gap(10), Paragraph(markup(summary.mentee), s.h3)]
    if summary.mentee_contact:
        story.append(Paragraph(markup(summary.mentee_contact), s.muted))
    story += [gap(6), Paragraph(markup(about.credit), s.muted)]
    meta = Meta(w("Invitation to {name}", name=mentor), summary.mentee,
                w("Mentoring invitation"), "", lang=w.language)  # fmt: skip
    return build_pdf(target, story, meta, paper=paper)


def export_meeting_sheet(
    target: Path,
    detail: WorkbookDetail,
    agenda: str,
    today: dt.date,
    paper: str = "a4",
    language: str = "en",
) -> Path:
    """The next meeting: when and where, the agenda, open actions, and room for notes."""
    s = styles(language)
    w = s.w
    summary = detail.summary
    upcoming = [m for m in detail.meetings if m.held_at.date() >= today]
    nxt = upcoming[0] if upcoming else None
    when: dt.datetime | None = nxt.held_at if nxt else None
    if nxt is None and detail.meetings:
        when = detail.meetings[-1].next_meeting_at
    if nxt is not None and nxt.agenda.strip():
        agenda = nxt.agenda
    pair = w("{mentee} and {mentor}", mentee=summary.mentee, mentor=summary.mentor)
    blank = "_" * 16
    where_when = w("When: {when}     Where: {where}",
                   when=w.meeting_time(when) if when else blank,
                   where=nxt.place if nxt and nxt.place else blank)  # fmt: skip
    story: list[Flowable] = [
        Heading(w("Next meeting"), s.h1, 0, "meeting", toc=False),
        Paragraph(markup(f"{summary.title} · {pair}"), s.muted),
        gap(2),
        Paragraph(markup(where_when), s.body),
        Paragraph(markup(w("Agenda")), s.h2),
        *answer_paragraphs(agenda, s.body),
        Paragraph(markup(w("Open actions")), s.h2),
    ]
    open_actions: list[ActionRecord] = [a for a in detail.actions if a.status in OPEN]
    if open_actions:
        rows = [[a.title, w.date(a.due_date), a.measure, ""] for a in open_actions]
        header = [w("Action"), w("Due"), w("How we will know"), w("Progress")]
        story.append(grid(header, rows, s, [width * mm for width in (62, 22, 45, 45)]))
    else:
        story.append(Paragraph(markup(w("No open actions.")), s.muted))
    story += [Paragraph(markup(w("Notes")), s.h2), WritingLines(6, indent=0)]
    story += [Paragraph(markup(w("Actions agreed")), s.h2), WritingLines(3, indent=0)]
    story += [Paragraph(markup(w("Next meeting: date, time and place")), s.h2),
              WritingLines(1, indent=0)]  # fmt: skip
    meta = Meta(w("Next meeting: {title}", title=summary.title), summary.mentee,
                w("Meeting sheet"), summary.title, lang=w.language)  # fmt: skip
    return build_pdf(target, story, meta, paper=paper)
