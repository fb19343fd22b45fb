"""The workbook as one accessible HTML file, beside the PDF: reportlab writes no tagged PDF,
so a screen-reader user (or anyone on a phone) reads this instead.

Real structure: one ``h1``, a contents ``nav``, ``h2`` per part, ``h3`` per worksheet,
``h4`` per question; answers as paragraphs and lists; tables with a caption and column
headers; ratings as text ("4 of 5") and the reviews as a table, not a chart. ``lang`` on the
root, the styles inline (one file, no network), readable on a narrow screen and printable.
The same content as the PDF: private entries only as their authors chose.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path
from typing import Any

from actionmentor.domain.content import About, Framework, Prompt, Stage, Worksheet
from actionmentor.domain.enums import Person, PromptKind, Respondent
from actionmentor.domain.records import WorkbookDetail
from actionmentor.export.atomic import write_atomically
from actionmentor.export.pdf_text import printable
from actionmentor.wording import Words, words

ROLE = {Respondent.MENTEE: "mentee", Respondent.MENTOR: "mentor", Respondent.TOGETHER: "together"}

STYLE = """
body { font-family: system-ui, "DejaVu Sans", sans-serif; line-height: 1.5; color: #1b1b1b;
       background: #fff; max-width: 46rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.8rem; } h2 { margin-top: 2.5rem; border-bottom: 1px solid #ccc; }
h3 { margin-top: 1.8rem; } h4 { margin: 1.2rem 0 .3rem; font-size: 1rem; }
.who { font-weight: bold; margin: .4rem 0 0; } .muted { color: #555; }
.answer { margin: 0 0 .4rem 1rem; white-space: pre-wrap; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; display: block;
        overflow-x: auto; }
th, td { border: 1px solid #999; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #eee; } caption { text-align: left; font-weight: bold; }
a:focus, a:hover { outline: 2px solid #0b57d0; }
@media (prefers-color-scheme: dark) {
  body { background: #1e1e1e; color: #eee; } th { background: #333; } .muted { color: #bbb; }
}
@media print { nav { display: none; } h2 { break-before: page; } body { max-width: none; } }
"""


def _e(text: Any) -> str:
    return escape(printable(str(text)), quote=True)


class _Page:
    def __init__(self, fw: Framework, detail: WorkbookDetail, w: Words) -> None:
        self.fw, self.detail, self.w = fw, detail, w
        self.parts: list[str] = []
        self.contents: list[tuple[str, str]] = []
        self.answers = {(a.prompt_id, a.respondent, a.instance): a.value for a in detail.answers}
        summary = detail.summary
        self.names = {Respondent.MENTEE: summary.mentee, Respondent.MENTOR: summary.mentor,
                      Respondent.TOGETHER: w("Together")}  # fmt: skip

    def add(self, html: str) -> None:
        self.parts.append(html)

    def part(self, title: str) -> None:
        anchor = f"part-{len(self.contents) + 1}"
        self.contents.append((anchor, title))
        self.add(f'<section aria-labelledby="{anchor}"><h2 id="{anchor}">{_e(title)}</h2>')

    def end_part(self) -> None:
        self.add("</section>")

    def date(self, value: Any) -> str:
        if isinstance(value, dt.datetime):
            return self.w.date(value.astimezone().date())
        if isinstance(value, dt.date):
            return self.w.date(value)
        try:
            return self.w.date(dt.date.fromisoformat(str(value)))
        except ValueError:
            return str(value)

    # -- answers -------------------------------------------------------------------------

    def who(self, respondent: Respondent) -> str:
        name = self.names[respondent]
        if respondent is Respondent.TOGETHER:
            return name
        return f"{name} ({self.w(ROLE[respondent])})"

    def value(self, prompt: Prompt, value: Any) -> str:
        kind, w = prompt.kind, self.w
        if value in (None, "", [], {}):
            return f'<p class="answer muted">{_e(w("Not answered yet."))}</p>'
        if kind in (PromptKind.SHORT_TEXT, PromptKind.LONG_TEXT):
            return f'<p class="answer">{_e(value)}</p>'
        if kind is PromptKind.CHOICE:
            return f'<p class="answer">{_e(prompt.option_label(str(value)))}</p>'
        if kind is PromptKind.DATE:
            return f'<p class="answer">{_e(self.date(value))}</p>'
        if kind is PromptKind.LIST:
            return "<ul>" + "".join(f"<li>{_e(item)}</li>" for item in value) + "</ul>"
        if kind is PromptKind.RATING:
            rating, note = (value.get("rating"), value.get("note", "")) if isinstance(
                value, dict) else (value, "")  # fmt: skip
            text = w("{rating} of {top}", rating=rating, top=prompt.scale[1])
            return f'<p class="answer">{_e(text + (f" — {note}" if note else ""))}</p>'
        if kind is PromptKind.CHECKLIST:
            ticked = set(value)
            items = "".join(
                f"<li>{_e(w('ticked') if o in ticked else w('not ticked'))}: "
                f"{_e(prompt.option_label(o))}</li>"
                for o in prompt.options
            )
            return f"<ul>{items}</ul>"
        if kind is PromptKind.TABLE:
            rows = [[row.get(c, "") for c in prompt.columns] for row in value]
            return self.table(prompt.text, list(prompt.shown_columns()), rows)
        if kind is PromptKind.SIGNATURE:
            signed = w("Signed: {name}, {date}", name=value.get("name", ""),
                       date=self.date(value.get("date", "")))  # fmt: skip
            return f'<p class="answer">{_e(signed)}</p>'
        raise AssertionError(kind)  # pragma: no cover

    def table(self, caption: str, header: list[str], rows: list[list[Any]]) -> str:
        head = "".join(f'<th scope="col">{_e(h)}</th>' for h in header)
        body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in rows)
        return (f"<table><caption>{_e(caption)}</caption><thead><tr>{head}</tr></thead>"
                f"<tbody>{body}</tbody></table>")  # fmt: skip

    def worksheet(self, ws: Worksheet, instance: int, heading: str) -> None:
        self.add(f"<h3>{_e(heading)}</h3>")
        if ws.intro:
            self.add(f'<p class="muted">{_e(ws.intro)}</p>')
        for number, prompt in enumerate(ws.prompts, 1):
            optional = "" if prompt.core else self.w(" (optional)")
            self.add(f"<h4>{number}. {_e(prompt.text)}{_e(optional)}</h4>")
            for respondent in prompt.respondent.respondents():
                value = self.answers.get((prompt.id, respondent, instance))
                self.add(f'<p class="who">{_e(self.who(respondent))}</p>')
                self.add(self.value(prompt, value))

    # -- parts ---------------------------------------------------------------------------

    def stage(self, stage: Stage, heading: str) -> None:
        w = self.w
        self.part(heading)
        self.add(f"<p>{_e(stage.purpose)}</p>")
        for label, text in ((w("For the mentee"), stage.mentee_guidance),
                            (w("For the mentor"), stage.mentor_guidance)):  # fmt: skip
            if text:
                self.add(f"<p><strong>{_e(label)}:</strong> {_e(text)}</p>")
        for ws in stage.worksheets:
            copies = [i for i in self.detail.instances if i.worksheet_id == ws.id]
            if ws.repeatable and copies:
                for copy in copies:
                    heading = f"{ws.title} {copy.number} · {self.date(copy.held_on)}"
                    self.worksheet(ws, copy.number, heading)
            elif not ws.repeatable:
                self.worksheet(ws, 0, ws.title)
        state = next((s for s in self.detail.stages if s.stage_id == stage.id), None)
        if stage in self.fw.stages and state is not None:
            for respondent in (Respondent.MENTEE, Respondent.MENTOR):
                signed = state.signed_at(Person(respondent.value))
                line = (
                    w("{who}: signed {date}", who=self.who(respondent), date=self.date(signed))
                    if signed else w("{who}: not signed yet", who=self.who(respondent))
                )  # fmt: skip
                self.add(f"<p>{_e(line)}</p>")
        self.end_part()

    def actions(self) -> None:
        w = self.w
        self.part(w("Action plan"))
        if not self.detail.actions:
            self.add(f'<p class="muted">{_e(w("No actions yet."))}</p>')
        else:
            header = [w("Action"), w("Goal"), w("Due"), w("Support"), w("Measure"), w("Status")]
            rows = [[a.title, a.goal, w.date(a.due_date), a.support, a.measure,
                     w(a.status.value.replace("_", " "))] for a in self.detail.actions]  # fmt: skip
            self.add(self.table(w("Action plan"), header, rows))
        self.end_part()

    def meetings(self) -> None:
        w = self.w
        self.part(w("Meeting log"))
        if not self.detail.meetings:
            self.add(f'<p class="muted">{_e(w("No meetings recorded yet."))}</p>')
        for m in self.detail.meetings:
            place = f" · {m.place}" if m.place else ""
            self.add(f"<h3>{_e(w.meeting_time(m.held_at) + place)}</h3>")
            for label, text in ((w("Agenda"), m.agenda), (w("Notes"), m.notes),
                                (w("Actions agreed"), m.actions_agreed)):  # fmt: skip
                if text.strip():
                    self.add(f'<p class="who">{_e(label)}</p><p class="answer">{_e(text)}</p>')
            if m.next_meeting_at:
                nxt = w("Next meeting: {when}", when=w.moment(m.next_meeting_at))
                self.add(f"<p>{_e(nxt)}</p>")
        self.end_part()

    def reviews(self, points: list[Any]) -> None:
        w = self.w
        self.part(w("Relationship reviews"))
        behaviours = self.fw.review_behaviours()
        if not points or not behaviours:
            self.add(f'<p class="muted">{_e(w("No relationship reviews yet."))}</p>')
        else:
            header = [w("Review"), w("Who"), *[name for _id, name in behaviours]]
            ratings: dict[tuple[int, str], dict[str, int]] = {}
            for point in points:
                ratings.setdefault((point.number, point.person.value), {})[point.prompt_id] = (
                    point.rating
                )
            rows = [
                [str(number), self.who(Respondent(person)),
                 *[str(given.get(pid, "–")) for pid, _ in behaviours]]
                for (number, person), given in sorted(ratings.items())
            ]  # fmt: skip
            self.add(self.table(w("How each of you rated the behaviours, review by review"),
                                header, rows))  # fmt: skip
        self.end_part()

    def journal(self) -> None:
        w = self.w
        self.part(w("Journal"))
        entries = [j for j in self.detail.journal if j.text is not None]
        if not entries:
            self.add(f'<p class="muted">{_e(w("No journal entries to print."))}</p>')
        for j in entries:
            private = w(" · private") if j.private else ""
            name = self.names[Respondent(j.author.value)]
            self.add(f'<p class="who">{_e(f"{name} · {w.moment(j.written_at)}{private}")}</p>')
            self.add(f'<p class="answer">{_e(j.text or "")}</p>')
        self.end_part()


def workbook_html(
    fw: Framework, about: About, detail: WorkbookDetail, review_points: list[Any],
    language: str = "en",
) -> str:  # fmt: skip
    w = words(language)
    page = _Page(fw, detail, w)
    summary = detail.summary
    page.part(about.title)
    page.add("".join(f"<p>{_e(p)}</p>" for p in about.paragraphs))
    page.add(f'<p class="muted">{_e(fw.credit)}</p>')
    page.end_part()
    for number, stage in enumerate(fw.stages, 1):
        page.stage(stage, w("Stage {number}: {stage}", number=number, stage=stage.title))
    for stage in fw.alongside:
        page.stage(stage, w("Alongside: {stage}", stage=stage.title))
    page.actions()
    page.meetings()
    page.reviews(review_points)
    page.journal()
    nav = "".join(f'<li><a href="#{a}">{_e(t)}</a></li>' for a, t in page.contents)
    pair = w("{mentee} and {mentor}", mentee=summary.mentee, mentor=summary.mentor)
    return (
        f'<!DOCTYPE html>\n<html lang="{w.language}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(summary.title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"<header><h1>{_e(summary.title)}</h1>\n"
        f"<p>{_e(w('A developmental alliance · {framework}', framework=fw.title))}</p>\n"
        f"<p>{_e(pair)}</p></header>\n"
        f'<nav aria-label="{_e(w("Contents"))}"><h2>{_e(w("Contents"))}</h2><ol>{nav}</ol></nav>\n'
        f"<main>\n{''.join(page.parts)}\n</main>\n</body>\n</html>\n"
    )


def export_workbook_html(
    target: Path, fw: Framework, about: About, detail: WorkbookDetail,
    review_points: list[Any], language: str = "en",
) -> Path:  # fmt: skip
    text = workbook_html(fw, about, detail, review_points, language)

    def write(path: Path) -> None:
        path.write_text(text, encoding="utf-8")

    return write_atomically(target, write)
