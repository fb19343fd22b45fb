"""The fillable workbook for a partner without the app (issue 16): one person's prompts and
the joint ones as PDF form fields (reportlab's AcroForm), filled in with the answers so far.
Any PDF reader fills it in; `actionmentor merge` reads it back (services/form_merge.py).

Every field is named ``f<n>``; the hidden field ``am_form`` holds what each name stands for
and what the form was made from (``FormPlan.meta``, signed by the service), so an answer
changed in the app since is found as a conflict and a form from elsewhere is refused.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
)

from actionmentor.domain.content import Framework, Prompt, Worksheet
from actionmentor.domain.enums import Person, PromptKind, Respondent
from actionmentor.domain.records import WorkbookDetail
from actionmentor.export.atomic import write_atomically
from actionmentor.export.pdf_doc import Styles, gap, styles
from actionmentor.export.pdf_text import markup
from actionmentor.wording import words

META_FIELD = "am_form"
TABLE_SPARE_ROWS = 3
FIELD_FONT = "Helvetica"  # AcroForm fields take one of the 14 standard fonts
BORDER = Color(0.55, 0.58, 0.62)  # a box that prints, light enough to write over
FILL = Color(0.97, 0.97, 0.99)


@dataclass
class FormPlan:
    """What the fields stand for: ``fields`` maps a field name to [slot, part], a slot being
    "prompt|respondent|instance"; ``meta`` is the rest the service puts in the form."""

    fields: dict[str, list[str]] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)  # field name -> "text", "check", …
    meta: dict[str, Any] = field(default_factory=dict)
    # Values the form fonts can't draw (Greek, Cyrillic…): set after reportlab, with pypdf.
    late: dict[str, str] = field(default_factory=dict)

    def drawable(self, name: str, value: str) -> str:
        """``value`` if reportlab's standard fonts can draw it; else "" now, and the value
        is set afterwards (exactly; a reader shows it in its own font)."""
        try:
            value.encode("latin-1")  # what reportlab's field appearances can write
        except UnicodeEncodeError:
            self.late[name] = value
            return ""
        return value

    def name(self, slot: str, part: str, kind: str) -> str:
        found = f"f{len(self.fields) + 1}"
        self.fields[found] = [slot, part]
        self.kinds[found] = kind
        return found


def slot_key(prompt_id: str, respondent: Respondent | str, instance: int) -> str:
    return f"{prompt_id}|{Respondent(respondent).value}|{instance}"


class _Field(Flowable):  # type: ignore[misc]
    """One form field, laid out like a paragraph."""

    def __init__(self, kind: str, name: str, height: float, **options: Any) -> None:
        super().__init__()
        self.kind, self.name, self.height, self.options = kind, name, height, options

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        self.width = min(self.options.pop("width", available_width), available_width) - 10
        return available_width, self.height + 4

    def draw(self) -> None:
        form = self.canv.acroForm
        if self.kind == "text":
            value = self.options.get("value", "")
            form.textfield(
                name=self.name,
                tooltip=self.options.get("tooltip", ""),
                x=10,
                y=2,
                width=self.width,
                height=self.height,
                value=value,
                fontName=FIELD_FONT,
                fontSize=9,
                borderWidth=0.6,
                borderColor=BORDER,
                fillColor=FILL,
                fieldFlags="multiline" if self.options.get("multiline") else "",
                relative=True,
                forceBorder=True,
            )
        elif self.kind in ("check", "radio"):
            size = self.height
            x = 10
            for label, name, value, on in self.options["choices"]:
                if self.kind == "check":
                    form.checkbox(
                        name=name,
                        tooltip=label,
                        x=x,
                        y=2,
                        size=size,
                        checked=on,
                        buttonStyle="check",
                        relative=True,
                        borderWidth=0.6,
                    )
                else:
                    form.radio(
                        name=name,
                        tooltip=label,
                        value=value,
                        selected=on,
                        x=x,
                        y=2,
                        size=size,
                        buttonStyle="circle",
                        relative=True,
                        borderWidth=0.6,
                    )
                self.canv.setFont(FIELD_FONT, 9)
                self.canv.drawString(x + size + 3, 5, label[:60])
                x += size + 10 + self.canv.stringWidth(label[:60], FIELD_FONT, 9)


class _GridHeader(Flowable):  # type: ignore[misc]
    """A table's column names above its rows of boxes."""

    def __init__(self, columns: list[str]) -> None:
        super().__init__()
        self.columns = columns

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        self.width = available_width - 10
        return available_width, 22

    def draw(self) -> None:
        from reportlab.lib.utils import simpleSplit

        step = self.width / len(self.columns)
        self.canv.setFont(FIELD_FONT, 7)
        for n, column in enumerate(self.columns):
            lines = simpleSplit(column, FIELD_FONT, 7, step - 4)[:2]
            for i, line in enumerate(lines):
                self.canv.drawString(10 + n * step + 1, 13 - i * 8, line)


class _GridRow(Flowable):  # type: ignore[misc]
    """One row of a table: a two-line box per column, side by side."""

    HEIGHT = 26

    def __init__(self, names: list[str], values: list[str], tips: list[str]) -> None:
        super().__init__()
        self.names, self.values, self.tips = names, values, tips

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        self.width = available_width - 10
        return available_width, self.HEIGHT + 2

    def draw(self) -> None:
        step = self.width / len(self.names)
        for n, (name, value, tip) in enumerate(
            zip(self.names, self.values, self.tips, strict=True)
        ):
            self.canv.acroForm.textfield(
                name=name,
                tooltip=tip,
                x=10 + n * step,
                y=1,
                width=step - 2,
                height=self.HEIGHT,
                value=value,
                fontName=FIELD_FONT,
                fontSize=7,
                borderWidth=0.6,
                borderColor=BORDER,
                fillColor=FILL,
                fieldFlags="multiline",
                relative=True,
                forceBorder=True,
            )


def _text_field(
    plan: FormPlan, slot: str, part: str, value: str, tooltip: str, lines: int
) -> Flowable:
    name = plan.name(slot, part, "text")
    height = 14 if lines == 1 else 12 * lines + 4
    return _Field(
        "text", name, height, value=plan.drawable(name, value), tooltip=tooltip, multiline=lines > 1
    )


def _choices(
    plan: FormPlan, slot: str, labels: list[str], chosen: set[int], radio: bool, tooltip: str
) -> list[Flowable]:
    """Options a line each (long ones) or in a row (a rating's numbers)."""
    if radio:
        name = plan.name(slot, "", "radio")
        items = [(label, name, f"o{i}", i in chosen) for i, label in enumerate(labels)]
    else:
        items = [
            (label, plan.name(slot, f"o{i}", "check"), "", i in chosen)
            for i, label in enumerate(labels)
        ]
    if all(len(label) <= 4 for label in labels):
        return [
            _Field(
                "check" if not radio else "radio", items[0][1], 11, choices=items, tooltip=tooltip
            )
        ]
    return [
        _Field("check" if not radio else "radio", item[1], 11, choices=[item], tooltip=tooltip)
        for item in items
    ]


def prompt_fields(
    plan: FormPlan, prompt: Prompt, slot: str, value: Any, s: Styles
) -> list[Flowable]:
    """The fields of one answer, pre-filled with ``value``."""
    kind, tip, w = prompt.kind, prompt.text[:120], s.w
    if kind is PromptKind.SHORT_TEXT:
        return [_text_field(plan, slot, "", str(value or ""), tip, 1)]
    if kind is PromptKind.LONG_TEXT:
        return [_text_field(plan, slot, "", str(value or ""), tip, 6)]
    if kind is PromptKind.LIST:
        items = value if isinstance(value, list) else []
        lines = "\n".join(str(v) for v in items)
        return [
            Paragraph(markup(w("One item a line.")), s.muted),
            _text_field(plan, slot, "", lines, tip, max(4, len(items) + 2)),
        ]
    if kind is PromptKind.DATE:
        return [_text_field(plan, slot, "", str(value or ""), f"{tip} ({w('YYYY-MM-DD')})", 1)]
    if kind is PromptKind.RATING:
        low, high = prompt.scale
        rating = value.get("rating") if isinstance(value, dict) else value
        labels = [str(n) for n in range(low, high + 1)]
        chosen = {rating - low} if isinstance(rating, int) else set()
        out = _choices(plan, slot, labels, chosen, True, tip)
        if prompt.scale_labels[0]:
            out.insert(
                0,
                Paragraph(
                    markup(f"{low} = {prompt.scale_labels[0]}, {high} = {prompt.scale_labels[1]}"),
                    s.muted,
                ),
            )
        if prompt.note:
            note = value.get("note", "") if isinstance(value, dict) else ""
            out.append(_text_field(plan, slot, "note", note, w("{tip}: a note", tip=tip), 1))
        return out
    if kind is PromptKind.CHOICE:
        labels = list(prompt.shown_options())
        chosen = {prompt.options.index(value)} if value in prompt.options else set()
        return _choices(plan, slot, labels, chosen, True, tip)
    if kind is PromptKind.CHECKLIST:
        labels = list(prompt.shown_options())
        ticked = set(value) if isinstance(value, list) else set()
        on = {i for i, o in enumerate(prompt.options) if o in ticked}
        return _choices(plan, slot, labels, on, False, tip)
    if kind is PromptKind.TABLE:
        rows = value if isinstance(value, list) else []
        columns = list(prompt.columns)
        grid: list[Flowable] = [_GridHeader(list(prompt.shown_columns()))]
        for r in range(len(rows) + TABLE_SPARE_ROWS):
            row = rows[r] if r < len(rows) and isinstance(rows[r], dict) else {}
            names = [plan.name(slot, f"r{r}|{c}", "text") for c in columns]
            values = [
                plan.drawable(n, str(row.get(c, ""))) for n, c in zip(names, columns, strict=True)
            ]
            tips = [w("{tip}: row {row}, {column}", tip=tip, row=r + 1,
                      column=prompt.column_label(c)) for c in columns]  # fmt: skip
            grid.append(_GridRow(names, values, tips))
        return grid
    if kind is PromptKind.SIGNATURE:
        signed = value if isinstance(value, dict) else {}
        return [
            Paragraph(markup(w("Name")), s.small),
            _text_field(
                plan, slot, "name", str(signed.get("name", "")), w("{tip}: name", tip=tip), 1
            ),
            Paragraph(markup(w("Date ({format})", format=w("YYYY-MM-DD"))), s.small),
            _text_field(
                plan, slot, "date", str(signed.get("date", "")), w("{tip}: date", tip=tip), 1
            ),
        ]
    raise AssertionError(kind)  # pragma: no cover


def _worksheet(
    plan: FormPlan,
    fw: Framework,
    ws: Worksheet,
    person: Person,
    names: dict[Respondent, str],
    answers: dict[tuple[str, str, int], Any],
    instance: int,
    heading: str,
    s: Styles,
) -> list[Flowable]:
    mine = Respondent(person.value)
    story: list[Flowable] = []
    for prompt in ws.prompts:
        slots = [r for r in prompt.respondent.respondents() if r in (mine, Respondent.TOGETHER)]
        for respondent in slots:
            slot = slot_key(prompt.id, respondent, instance)
            value = answers.get((prompt.id, respondent.value, instance))
            who = s.w("together") if respondent is Respondent.TOGETHER else names[respondent]
            block: list[Flowable] = [Paragraph(markup(f"{prompt.text} ({who})"), s.prompt)]
            if prompt.help:
                block.append(Paragraph(markup(prompt.help), s.muted))
            block += prompt_fields(plan, prompt, slot, value, s)
            # A long table may break across pages, never between question and first row.
            story += (
                [KeepTogether(block)] if len(block) < 10 else [KeepTogether(block[:3]), *block[3:]]
            )
    if story:
        story = [CondPageBreak(30 * mm), Paragraph(markup(heading), s.h2), *story]
    return story


def form_story(
    fw: Framework, detail: WorkbookDetail, person: Person, plan: FormPlan, language: str = "en"
) -> list[Flowable]:
    s = styles(language)
    w = s.w
    summary = detail.summary
    names = {Respondent.MENTEE: summary.mentee, Respondent.MENTOR: summary.mentor}
    who = names[Respondent(person.value)]
    other = names[Respondent.MENTOR if person is Person.MENTEE else Respondent.MENTEE]
    answers = {(a.prompt_id, a.respondent.value, a.instance): a.value for a in detail.answers}
    story: list[Flowable] = [
        Paragraph(markup(summary.title), s.title),
        gap(4),
        Paragraph(markup(w("The workbook for {name} to fill in", name=who)), s.subtitle),
        gap(8),
        Paragraph(
            markup(
                w(
                    "Type your answers into the boxes in any PDF reader, save the file and send "
                    "it back to {name}, who merges it into the workbook (File › Merge changes "
                    "from…). Your answers and the joint ones are here, filled in as they stand; a "
                    "box you leave as it is changes nothing. If the same answer was changed in the "
                    "app since this form was made, both versions are kept for the two of you to "
                    "choose.",
                    name=other,
                )
            ),
            s.body,
        ),
    ]
    for stage in (*fw.stages, *fw.alongside):
        part: list[Flowable] = []
        for ws in stage.worksheets:
            copies = [i.number for i in detail.instances if i.worksheet_id == ws.id]
            if ws.repeatable and not copies:
                continue  # a review not started yet: started in the app
            for instance in copies[-1:] if ws.repeatable else [0]:
                heading = ws.title if not ws.repeatable else f"{ws.title} {instance}"
                part += _worksheet(plan, fw, ws, person, names, answers, instance, heading, s)
        if part:
            story += [CondPageBreak(60 * mm), Paragraph(markup(stage.title), s.h1), *part]
    return story


class _Meta(Flowable):  # type: ignore[misc]
    """The hidden field that says what the form is (drawn last, once the plan is whole)."""

    def __init__(self, text: Callable[[], str]) -> None:
        super().__init__()
        self.text = text

    def wrap(self, *_args: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        from reportlab.pdfbase.acroform import PDFFromString

        # Readers draw each box from its value (wrapped, in the reader's font), not from
        # reportlab's one-line picture of it: long answers print whole.
        self.canv.acroForm.extras["NeedAppearances"] = PDFFromString("true")
        self.canv.acroForm.textfield(
            name=META_FIELD,
            value=self.text(),
            x=0,
            y=0,
            width=1,
            height=1,
            fieldFlags="readOnly multiline",
            annotationFlags="hidden",
            relative=True,
            borderWidth=0,
            fontName=FIELD_FONT,
        )


def export_form_pdf(
    target: Path,
    fw: Framework,
    detail: WorkbookDetail,
    person: Person,
    sign: Callable[[FormPlan], dict[str, Any]],
    paper: str = "a4",
    language: str = "en",
) -> Path:
    """Write the form; ``sign`` turns the plan into the hidden description (with its MAC)."""
    plan = FormPlan()
    story = form_story(fw, detail, person, plan, language)
    w = words(language)
    story.append(_Meta(lambda: json.dumps(sign(plan), ensure_ascii=True, separators=(",", ":"))))
    size = LETTER if paper == "letter" else A4

    def number(canvas: Any, doc: Any) -> None:
        canvas.setFont(FIELD_FONT, 8)
        canvas.drawRightString(size[0] - 18 * mm, 10 * mm, f"{detail.summary.title} · {doc.page}")

    def write(path: Path) -> None:
        doc = SimpleDocTemplate(
            str(path),
            pagesize=size,
            leftMargin=18 * mm,
            rightMargin=18 * mm,
            topMargin=18 * mm,
            bottomMargin=18 * mm,
            title=w("{title}: form", title=detail.summary.title),
            author="Action Mentor",
            creator="Action Mentor",
            lang=w.language,  # the form's texts, for a screen reader (/Lang)
            displayDocTitle=True,
        )
        doc.build(story, onFirstPage=number, onLaterPages=number)
        if plan.late:
            _set_late_values(path, plan.late)

    return write_atomically(target, write)


def _set_late_values(path: Path, values: dict[str, str]) -> None:
    import logging

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(path))
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warning would quote the text
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=False)
    with open(path, "wb") as handle:
        writer.write(handle)
