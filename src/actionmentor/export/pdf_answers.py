"""How each prompt kind prints: a filled answer, or space to write one by hand."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from actionmentor.domain.content import Prompt
from actionmentor.domain.enums import PromptKind
from actionmentor.export.pdf_doc import RULE, Boxes, Styles, WritingLines, answer_paragraphs
from actionmentor.export.pdf_text import markup, paragraph_markup, printable
from actionmentor.wording import Words

BLANK_LINES = {
    PromptKind.SHORT_TEXT: 1,
    PromptKind.LONG_TEXT: 5,
    PromptKind.LIST: 5,
    PromptKind.DATE: 1,
}


def grid(
    header: list[str],
    rows: Sequence[Sequence[str | Flowable]],
    s: Styles,
    widths: list[float] | None = None,
    extra_style: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A ruled table; long cells split across pages rather than overflow them.

    A cell is user text (escaped and split into paragraphs) or a ready-made flowable.
    """
    data: list[list[Any]] = [[Paragraph(markup(h), s.small) for h in header]]
    for row in rows:
        data.append(
            [
                cell
                if not isinstance(cell, str)
                else [Paragraph(p, s.small) for p in paragraph_markup(cell)] or ""
                for cell in row
            ]
        )
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                *extra_style,
            ]
        )
    )
    return table


def _date(w: Words, value: Any) -> str:
    """A stored ISO date in the printout's format (as typed, if it is no date)."""
    try:
        return w.date(dt.date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def blank_space(prompt: Prompt, s: Styles) -> list[Flowable]:
    """Writing space that fits the prompt's kind."""
    kind = prompt.kind
    if kind in BLANK_LINES:
        return [WritingLines(BLANK_LINES[kind])]
    if kind is PromptKind.RATING:
        low, high = prompt.scale
        labels = [str(n) for n in range(low, high + 1)]
        if prompt.scale_labels[0]:
            labels[0] = f"{labels[0]} {prompt.scale_labels[0]}"
            labels[-1] = f"{labels[-1]} {prompt.scale_labels[1]}"
        space: list[Flowable] = [Boxes(labels, s.body)]
        if prompt.note:
            space.append(WritingLines(1))
        return space
    if kind in (PromptKind.CHOICE, PromptKind.CHECKLIST):
        return [Boxes(list(prompt.shown_options()), s.body, column=True)]
    if kind is PromptKind.TABLE:
        return [grid(list(prompt.shown_columns()), [[""] * len(prompt.columns)] * 4, s)]
    if kind is PromptKind.SIGNATURE:
        line = s.w("Signature {line}   Date {space}", line="_" * 30, space="_" * 14)
        return [Paragraph(markup(line), s.answer)]
    raise AssertionError(kind)  # pragma: no cover


def filled(prompt: Prompt, value: Any, s: Styles) -> list[Flowable]:
    """An answer, printed the way its kind reads best."""
    kind, w = prompt.kind, s.w
    if kind in (PromptKind.SHORT_TEXT, PromptKind.LONG_TEXT):
        return answer_paragraphs(str(value), s.answer)
    if kind is PromptKind.CHOICE:
        return answer_paragraphs(prompt.option_label(str(value)), s.answer)
    if kind is PromptKind.DATE:
        return [Paragraph(markup(_date(w, value)), s.answer)]
    if kind is PromptKind.LIST:
        return [
            Paragraph("•&nbsp;" + piece, s.answer)
            for item in value
            for piece in paragraph_markup(str(item))
        ]
    if kind is PromptKind.RATING:
        rating, note = (
            (value.get("rating"), value.get("note", "")) if isinstance(value, dict) else (value, "")
        )
        text = w("{rating} of {top}", rating=rating, top=prompt.scale[1])
        if note:
            text += f" — {note}"
        return [Paragraph(markup(text), s.answer)]
    if kind is PromptKind.CHECKLIST:
        ticked = set(value)
        return [
            Paragraph(
                markup(("☑ " if option in ticked else "☐ ") + prompt.option_label(option)), s.answer
            )
            for option in prompt.options
        ]
    if kind is PromptKind.TABLE:
        rows = [[row.get(c, "") for c in prompt.columns] for row in value]
        return [grid(list(prompt.shown_columns()), rows, s)]
    if kind is PromptKind.SIGNATURE:
        signed = w("Signed: {name}, {date}", name=value.get("name", ""),
                   date=_date(w, value.get("date", "")))  # fmt: skip
        return [Paragraph(markup(signed), s.answer)]
    raise AssertionError(kind)  # pragma: no cover


class WhoLabel(Flowable):  # type: ignore[misc]
    """ "Name (role)" above an answer, the name in the person's colour. Drawn directly rather
    than as a Paragraph: a workbook has hundreds and parsing each one's markup took a tenth
    of the export's time. One line: a long name is cut to the width."""

    def __init__(self, name: str, suffix: str, colour: colors.Color, style: ParagraphStyle):
        super().__init__()
        self.name, self.suffix, self.colour, self.style = printable(name), suffix, colour, style

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.style.leading

    def getSpaceBefore(self) -> float:  # reportlab's name
        return float(self.style.spaceBefore)

    def draw(self) -> None:
        canvas, style = self.canv, self.style
        room = self.width - style.leftIndent
        name = self.name
        while name and stringWidth(name, style.fontName, style.fontSize) > room:
            name = name[:-2] + "…"
        # One text object, so the name and the role are read (and copied) as one line.
        text = canvas.beginText(style.leftIndent, style.leading - style.fontSize)
        text.setFont(style.fontName, style.fontSize)
        text.setFillColor(self.colour)
        text.textOut(name)
        text.setFillColor(style.textColor)
        text.textOut(self.suffix)
        canvas.drawText(text)


def who_label(name: str, role: str, colour: colors.Color, s: Styles) -> WhoLabel:
    """``role`` as printed ("" for none: answers written together)."""
    return WhoLabel(name, f" ({role})" if role else "", colour, s.who)
