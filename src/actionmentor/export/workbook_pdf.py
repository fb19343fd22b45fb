"""The full workbook, and the blank workbook for pairs who work on paper: the same structure,
with answers printed or space left to write them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph

from actionmentor.domain.content import About, Framework, Stage, Worksheet
from actionmentor.domain.enums import Person, Respondent
from actionmentor.domain.records import WorkbookDetail
from actionmentor.export.pdf_answers import blank_space, filled, grid, who_label
from actionmentor.export.pdf_doc import (
    PERSON_COLOURS,
    Contents,
    Heading,
    Meta,
    Styles,
    WritingLines,
    answer_paragraphs,
    build_pdf,
    contents_entries,
    gap,
    styles,
)
from actionmentor.export.pdf_review_chart import review_chart
from actionmentor.export.pdf_text import markup

ROLE = {Respondent.MENTEE: "mentee", Respondent.MENTOR: "mentor", Respondent.TOGETHER: "together"}
AGREEMENT_SHEETS = ("agreement.practical", "agreement.roles", "agreement.trust")


@dataclass
class _Context:
    s: Styles
    fw: Framework
    names: dict[Respondent, str]
    detail: WorkbookDetail | None  # None: the blank workbook
    answers: dict[tuple[str, Respondent, int], Any] = field(default_factory=dict)
    keys: int = 0

    def key(self) -> str:
        self.keys += 1
        return f"k{self.keys}"


def _date(c: _Context, value: Any) -> str:
    if not value:
        return ""
    return c.s.w.date(value.astimezone().date() if hasattr(value, "hour") else value)


def _typed_date(c: _Context, iso: Any) -> str:
    """A signature's typed date (stored as ISO) in the printout's format."""
    try:
        return c.s.w.date(dt.date.fromisoformat(str(iso)))
    except ValueError:
        return str(iso)


def _cover(c: _Context, about: About) -> list[Flowable]:
    s, w = c.s, c.s.w
    story: list[Flowable] = [gap(45)]
    if c.detail is None:
        story += [
            Paragraph(markup(c.fw.title), s.title),
            gap(6),
            Paragraph(markup(w("A blank workbook for a developmental alliance")), s.subtitle),
            gap(30),
            Paragraph(markup(w("Mentee: {line}", line="_" * 30)), s.body),
            gap(6),
            Paragraph(markup(w("Mentor: {line}", line="_" * 30)), s.body),
            gap(6),
            Paragraph(markup(w("Started on: {line}", line="_" * 20)), s.body),
        ]
    else:
        summary = c.detail.summary
        story += [
            Paragraph(markup(summary.title), s.title),
            gap(6),
            Paragraph(markup(w("A developmental alliance · {framework}", framework=c.fw.title)),
                      s.subtitle),
            gap(30),
            Paragraph(markup(w("Mentee: {line}", line=summary.mentee)), s.h3),
            Paragraph(markup(w("Mentor: {line}", line=summary.mentor)), s.h3),
            gap(8),
            Paragraph(markup(w("Started {date}", date=_date(c, summary.created_at))), s.body),
            Paragraph(markup(w("Last changed {date}", date=_date(c, summary.updated_at))), s.body),
        ]  # fmt: skip
        if summary.status == "ended":
            story.append(Paragraph(markup(w("This alliance has ended.")), s.body))
    story += [gap(40), Paragraph(markup(c.fw.credit), s.muted), PageBreak()]
    return story


def _about(c: _Context, about: About) -> list[Flowable]:
    story: list[Flowable] = [Heading(about.title, c.s.h1, 0, c.key())]
    story += [Paragraph(markup(p), c.s.body) for p in about.paragraphs]
    story.append(gap(3))
    story.append(Paragraph(markup(c.s.w("The stages, in order:")), c.s.body))
    story += [
        Paragraph(markup(f"{n}. {st.title}"), c.s.answer) for n, st in enumerate(c.fw.stages, 1)
    ]
    for st in c.fw.alongside:
        story.append(
            Paragraph(markup(c.s.w("Alongside every stage: {stage}", stage=st.title)), c.s.answer)
        )
    return [*story, PageBreak()]


def _person(c: _Context, respondent: Respondent) -> str:
    """ "Priya Shah (mentee)" in a workbook; "Mentee" in a blank one, which has no names."""
    name = c.names.get(respondent)
    role = ROLE[respondent]
    if name and respondent is not Respondent.TOGETHER:
        return f"{name} ({c.s.w(role)})"
    return name or c.s.w(role.capitalize())


def _slot(c: _Context, prompt: Any, respondent: Respondent, instance: int) -> list[Flowable]:
    colour = PERSON_COLOURS[ROLE[respondent]]
    name = c.names.get(respondent)
    role = "" if respondent is Respondent.TOGETHER else c.s.w(ROLE[respondent])
    label = (
        who_label(name, role, colour, c.s)
        if name
        else who_label(c.s.w(ROLE[respondent].capitalize()), "", colour, c.s)  # no "(role)"
    )
    value = c.answers.get((prompt.id, respondent, instance))
    body = (
        filled(prompt, value, c.s) if value not in (None, "", [], {}) else blank_space(prompt, c.s)
    )
    return [label, *body]


def _worksheet(c: _Context, ws: Worksheet, instance: int, heading: str) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(40 * mm), Heading(heading, c.s.h2, 1, c.key())]
    if ws.intro:
        story.append(Paragraph(markup(ws.intro), c.s.muted))
    for number, prompt in enumerate(ws.prompts, 1):
        optional = "" if prompt.core else c.s.w(" (optional)")
        block: list[Flowable] = [
            Paragraph(markup(f"{number}. {prompt.text}{optional}"), c.s.prompt)
        ]
        for respondent in prompt.respondent.respondents():
            block += _slot(c, prompt, respondent, instance)
        # Keep a short question with its answer; a long one may break across pages, but
        # never between the question, who answers and the first lines of the answer.
        if len(block) < 12:
            story.append(KeepTogether(block))
        else:
            story += [KeepTogether(block[:3]), *block[3:]]
    return story


def _stage(c: _Context, stage: Stage, heading: str) -> list[Flowable]:
    s = c.s
    story: list[Flowable] = [PageBreak(), Heading(heading, s.h1, 0, c.key())]
    story.append(Paragraph(markup(stage.purpose), s.body))
    for role, text in (
        (s.w("For the mentee"), stage.mentee_guidance),
        (s.w("For the mentor"), stage.mentor_guidance),
    ):
        story += [Paragraph(markup(role), s.h3), Paragraph(markup(text), s.body)]
    if stage.pitfalls:
        story.append(Paragraph(markup(s.w("Watch out for")), s.h3))
        story += [Paragraph(markup(f"•  {p}"), s.answer) for p in stage.pitfalls]
    for ws in stage.worksheets:
        if ws.id in AGREEMENT_SHEETS:  # printed once, in "Our agreement", with its signatures
            story += [CondPageBreak(20 * mm), Heading(ws.title, s.h2, 1, c.key()),
                      Paragraph(markup(s.w("Printed in “Our agreement”, before the first stage.")),
                                s.muted)]  # fmt: skip
            continue
        instances = _instances(c, ws)
        if not instances:
            story += _worksheet(c, ws, 0, ws.title)
        for number, held_on in instances:
            story += _worksheet(c, ws, number, f"{ws.title} {number} · {_date(c, held_on)}")
    state = (
        next((st for st in c.detail.stages if st.stage_id == stage.id), None) if c.detail else None
    )
    if stage in c.fw.stages:
        story += _stage_signoff(c, state)
    return story


def _instances(c: _Context, ws: Worksheet) -> list[tuple[int, Any]]:
    if not ws.repeatable or c.detail is None:
        return []
    return [(i.number, i.held_on) for i in c.detail.instances if i.worksheet_id == ws.id]


def _stage_signoff(c: _Context, state: Any) -> list[Flowable]:
    s, w = c.s, c.s.w
    story: list[Flowable] = [gap(4), Paragraph(markup(w("Stage signed off")), s.h3)]
    for respondent in (Respondent.MENTEE, Respondent.MENTOR):
        signed = state.signed_at(Person(respondent.value)) if state else None
        who = _person(c, respondent)
        if signed:
            stale = state.signed_before_change(Person(respondent.value))
            line = (
                w("{who}: signed {date} (before the stage last changed)", who=who,
                  date=_date(c, signed))
                if stale else w("{who}: signed {date}", who=who, date=_date(c, signed))
            )  # fmt: skip
        else:
            line = w("{who}: {line}   Date {space}", who=who, line="_" * 20, space="_" * 12)
        story.append(Paragraph(markup(line), s.answer))
    if state is not None and state.edited_after_signoff_at is not None:
        changed = w(
            "Changed on {date}, after it was signed: a signature from before then does not "
            "cover the change.",
            date=_date(c, state.edited_after_signoff_at),
        )
        story.append(Paragraph(markup(changed), s.answer))
    return [KeepTogether(story)]


def _agreement(c: _Context) -> list[Flowable]:
    """The agreement on its own pages, with lines for both signatures."""
    s, w = c.s, c.s.w
    story: list[Flowable] = [Heading(w("Our agreement"), s.h1, 0, c.key())]
    intro = w("The contract between mentee and mentor, at its three levels.")
    story.append(Paragraph(markup(intro), s.muted))
    last: list[Flowable] = []
    for sheet_id in AGREEMENT_SHEETS:
        found = c.fw.worksheet(sheet_id)
        if found is None:
            continue
        story.append(Paragraph(markup(found[1].title), s.h3))
        for prompt in found[1].prompts:
            if prompt.kind.value == "signature":
                continue
            block: list[Flowable] = [Paragraph(markup(prompt.text), s.prompt)]
            for respondent in prompt.respondent.respondents():
                block += _slot(c, prompt, respondent, 0)
            # As on a worksheet: a question never ends a page without its first lines.
            story += [KeepTogether(block[:3]), *block[3:]]
            last = block
    signature = c.fw.prompt("agreement.trust.signature")
    signing: list[Flowable] = [
        Paragraph(markup(signature.text if signature else w("Signatures")), s.h3)
    ]
    for respondent in (Respondent.MENTEE, Respondent.MENTOR):
        typed = c.answers.get(("agreement.trust.signature", respondent, 0))
        typed_text = (
            w("  (signed in the workbook: {name}, {date})", name=typed["name"],
              date=_typed_date(c, typed["date"]))
            if typed else ""
        )  # fmt: skip
        signing += [
            gap(8),
            WritingLines(1, indent=0),
            Paragraph(
                markup(f"{_person(c, respondent)}{typed_text}          {w('Date')}"), s.small
            ),
        ]
    # The signatures never stand alone on a page: they go with the agreement's last clause.
    if last:
        del story[-(len(last) - 2) :]
        signing = [*last, *signing]
    story.append(KeepTogether(signing))
    return story  # the first stage starts on a new page: no blank page between


def _action_plan(c: _Context) -> list[Flowable]:
    assert c.detail is not None
    s, w = c.s, c.s.w
    story: list[Flowable] = [PageBreak(), Heading(w("Action plan"), s.h1, 0, c.key())]
    if not c.detail.actions:
        return [*story, Paragraph(markup(w("No actions yet.")), s.muted)]
    rows = [
        [a.title, a.goal, w.date(a.due_date), a.support, a.measure,
         w(a.status.value.replace("_", " "))]
        for a in c.detail.actions
    ]  # fmt: skip
    widths = [width * mm for width in (43, 28, 23, 29, 32, 19)]
    header = [w("Action"), w("Goal"), w("Due"), w("Support"), w("Measure"), w("Status")]
    return [*story, grid(header, rows, s, widths)]


def _meetings(c: _Context) -> list[Flowable]:
    assert c.detail is not None
    s, w = c.s, c.s.w
    story: list[Flowable] = [PageBreak(), Heading(w("Meeting log"), s.h1, 0, c.key())]
    if not c.detail.meetings:
        story.append(Paragraph(markup(w("No meetings recorded yet.")), s.muted))
    for m in c.detail.meetings:
        when = w.meeting_time(m.held_at)
        story.append(Paragraph(markup(f"{when}" + (f" · {m.place}" if m.place else "")), s.h3))
        for label, text in (
            (w("Agenda"), m.agenda),
            (w("Notes"), m.notes),
            (w("Actions agreed"), m.actions_agreed),
        ):
            if text.strip():
                story += [Paragraph(markup(label), s.who), *answer_paragraphs(text, s.answer)]
        if m.next_meeting_at:
            nxt = w("Next meeting: {when}", when=w.moment(m.next_meeting_at))
            story.append(Paragraph(markup(nxt), s.answer))
    return story


def _reviews(c: _Context, points: list[Any]) -> list[Flowable]:
    s, w = c.s, c.s.w
    story: list[Flowable] = [PageBreak(), Heading(w("Relationship reviews"), s.h1, 0, c.key())]
    behaviours = c.fw.review_behaviours()
    if not points or not behaviours:
        return [*story, Paragraph(markup(w("No relationship reviews yet.")), s.muted)]
    story.append(Paragraph(markup(w(
        "How each of you rated the eight reciprocal behaviours (after Clutterbuck, 2004) at "
        "each review: blue for the mentee, orange for the mentor.")), s.muted))  # fmt: skip
    story.append(review_chart(behaviours, points, s))
    return story


def _journal(c: _Context) -> list[Flowable]:
    assert c.detail is not None
    s, w = c.s, c.s.w
    story: list[Flowable] = [PageBreak(), Heading(w("Journal"), s.h1, 0, c.key())]
    entries = [j for j in c.detail.journal if j.text is not None]
    if not entries:
        story.append(Paragraph(markup(w("No journal entries to print.")), s.muted))
    for j in entries:
        name = c.names[Respondent(j.author.value)]
        when = w.moment(j.written_at)
        private = w(" · private") if j.private else ""
        story.append(Paragraph(markup(f"{name} · {when}{private}"), s.who))
        story += answer_paragraphs(j.text or "", s.answer)
    return story


def workbook_story(
    fw: Framework,
    about: About,
    detail: WorkbookDetail | None,
    review_points: list[Any],
    language: str = "en",
) -> tuple[list[Flowable], Meta]:
    s = styles(language)
    w = s.w
    if detail is None:
        names: dict[Respondent, str] = {Respondent.TOGETHER: w("Together")}
    else:
        names = {
            Respondent.MENTEE: detail.summary.mentee,
            Respondent.MENTOR: detail.summary.mentor,
            Respondent.TOGETHER: w("Together"),
        }
    c = _Context(s, fw, names, detail)
    if detail is not None:
        c.answers = {(a.prompt_id, a.respondent, a.instance): a.value for a in detail.answers}
    story = _cover(c, about)
    contents_at = len(story) + 1
    story += [Paragraph(markup(w("Contents")), s.h1), PageBreak()]
    story += _about(c, about)
    story += _agreement(c)
    for number, stage in enumerate(fw.stages, 1):
        story += _stage(c, stage, w("Stage {number}: {stage}", number=number, stage=stage.title))
    for stage in fw.alongside:
        story += _stage(c, stage, w("Alongside: {stage}", stage=stage.title))
    if detail is not None:
        story += _action_plan(c) + _meetings(c) + _reviews(c, review_points) + _journal(c)
        title = detail.summary.title
        meta = Meta(title, w("{mentee} and {mentor}", mentee=detail.summary.mentee,
                             mentor=detail.summary.mentor),
                    w("Mentoring workbook ({framework})", framework=fw.title), title,
                    lang=w.language)  # fmt: skip
    else:
        meta = Meta(w("{framework}: blank workbook", framework=fw.title), "Action Mentor",
                    w("Blank mentoring workbook"),
                    w("{framework} · blank workbook", framework=fw.title),
                    lang=w.language)  # fmt: skip
    story.insert(contents_at, Contents(contents_entries(story), s))
    return story, meta


def export_workbook_pdf(
    target: Path,
    fw: Framework,
    about: About,
    detail: WorkbookDetail | None,
    review_points: list[Any],
    paper: str = "a4",
    language: str = "en",
) -> Path:
    story, meta = workbook_story(fw, about, detail, review_points, language)
    return build_pdf(target, story, meta, paper=paper)
