"""The shared machinery of every PDF: paper, styles, the page frame with "page X of Y",
bookmarks, the contents page, and writing space for people who fill it in by hand."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
)

from actionmentor.domain.palette import RESPONDENT_COLOURS
from actionmentor.errors import InvalidInputError
from actionmentor.export.atomic import write_atomically
from actionmentor.export.pdf_fonts import FAMILY, register_fonts
from actionmentor.export.pdf_text import markup, paragraph_markup
from actionmentor.wording import Words, words

PAPERS = {"a4": A4, "letter": LETTER}
INK = colors.HexColor("#222222")
MUTED = colors.HexColor("#666666")
RULE = colors.HexColor("#b8b8b8")
PERSON_COLOURS = {
    respondent.value: colors.HexColor(hex_colour)
    for respondent, hex_colour in RESPONDENT_COLOURS.items()
}


def paper_size(paper: str, *, wide: bool = False) -> tuple[float, float]:
    size = PAPERS.get(paper.lower())
    if size is None:
        raise InvalidInputError(f"Paper must be a4 or letter, not {paper!r}.")
    result: tuple[float, float] = landscape(size) if wide else size
    return result


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    prompt: ParagraphStyle
    answer: ParagraphStyle
    who: ParagraphStyle
    toc: list[ParagraphStyle]
    w: Words  # the printout's language: its words and dates


def styles(language: str = "en") -> Styles:
    font = register_fonts()
    bold = f"{FAMILY}-Bold"
    base = ParagraphStyle(
        "body", fontName=font, fontSize=10, leading=14, textColor=INK, spaceAfter=4
    )

    def derive(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return Styles(
        body=base,
        small=derive("small", fontSize=8.5, leading=11),
        muted=derive("muted", fontSize=9, leading=12, textColor=MUTED),
        h1=derive("h1", fontName=bold, fontSize=20, leading=25, spaceBefore=4, spaceAfter=10),
        h2=derive("h2", fontName=bold, fontSize=14, leading=18, spaceBefore=12, spaceAfter=6),
        h3=derive("h3", fontName=bold, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4),
        title=derive("title", fontName=bold, fontSize=28, leading=34, alignment=TA_CENTER),
        subtitle=derive("subtitle", fontSize=13, leading=18, alignment=TA_CENTER, textColor=MUTED),
        prompt=derive("prompt", fontName=bold, fontSize=10, leading=13.5, spaceBefore=8),
        answer=derive("answer", leftIndent=10, spaceBefore=1, spaceAfter=1),
        who=derive("who", fontName=bold, fontSize=8, leading=10, leftIndent=10, spaceBefore=3),
        toc=[
            derive("toc1", fontSize=11, leading=16, leftIndent=0),
            derive("toc2", fontSize=9.5, leading=13, leftIndent=14, textColor=MUTED),
        ],
        w=words(language),
    )


class Heading(Paragraph):  # type: ignore[misc]
    """A heading that becomes a PDF bookmark and, if ``toc`` is set, a contents entry."""

    def __init__(self, text: str, style: ParagraphStyle, level: int, key: str, toc: bool = True):
        super().__init__(markup(text), style)
        self.plain, self.level, self.key, self.toc = text, level, key, toc


class WritingLines(Flowable):  # type: ignore[misc]
    """Ruled lines to write an answer on by hand."""

    def __init__(self, lines: int, indent: float = 10, gap: float = 7.5 * mm) -> None:
        super().__init__()
        self.lines, self.indent, self.gap = lines, indent, gap

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.lines * self.gap

    def draw(self) -> None:
        self.canv.setStrokeColor(RULE)
        self.canv.setLineWidth(0.5)
        for n in range(self.lines):
            y = (self.lines - n - 1) * self.gap + 1
            self.canv.line(self.indent, y, self.width, y)


class Boxes(Flowable):  # type: ignore[misc]
    """A row of labelled tick boxes (a rating scale), or one box per line (a checklist), whose
    long labels wrap within the page instead of running off it."""

    LEADING = 11.0

    def __init__(self, labels: Sequence[str], style: ParagraphStyle, column: bool = False):
        super().__init__()
        self.labels, self.style, self.column = list(labels), style, column
        self.size = 3.6 * mm
        self._lines: list[list[str]] = [[label] for label in self.labels]

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        self.width = available_width
        step = self.size + 2.2 * mm
        if not self.column:
            return available_width, step
        room = max(available_width - 10 - self.size - 4, 40)
        self._lines = [simpleSplit(label, self.style.fontName, 9, room) or [""]
                       for label in self.labels]  # fmt: skip
        return available_width, sum(self._row_height(lines) for lines in self._lines)

    def _row_height(self, lines: list[str]) -> float:
        return float(self.size + 2.2 * mm + (len(lines) - 1) * self.LEADING)

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.7)
        canvas.setFont(self.style.fontName, 9)
        x, step = 10.0, self.size + 2.2 * mm
        if not self.column:
            for label in self.labels:
                canvas.rect(x, 0, self.size, self.size)
                canvas.drawString(x + self.size + 4, 1, label)
                x += self.size + 10 + canvas.stringWidth(label, self.style.fontName, 9)
            return
        y = self.wrap(self.width, 0)[1]
        for lines in self._lines:
            y -= step
            canvas.rect(x, y, self.size, self.size)
            for n, line in enumerate(lines):
                canvas.drawString(x + self.size + 4, y + 1 - n * self.LEADING, line)
            y -= (len(lines) - 1) * self.LEADING


def answer_paragraphs(text: str, style: ParagraphStyle) -> list[Flowable]:
    return [Paragraph(piece, style) for piece in paragraph_markup(text)]


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds every page until the end, so each footer can say "page X of Y"."""

    header = ""
    font = FAMILY
    w = words("en")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self.contents_slots: dict[int, list[tuple[float, float, str, str, float]]] = {}
        self.heading_pages: dict[str, int] = {}

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._frame(total)
            super().showPage()
        super().save()

    def _frame(self, total: int) -> None:
        width, height = self._pagesize
        number = self._pageNumber
        self.saveState()
        for x, y, key, font, size in self.contents_slots.get(number, []):
            self.setFont(font, size)
            self.setFillColor(INK)
            self.drawRightString(x, y, str(self.heading_pages.get(key, "")))
        self.setFont(self.font, 8)
        self.setFillColor(MUTED)
        if number > 1 and self.header:
            self.drawString(18 * mm, height - 12 * mm, self.header)
            self.setStrokeColor(RULE)
            self.line(18 * mm, height - 13.5 * mm, width - 18 * mm, height - 13.5 * mm)
        self.drawRightString(
            width - 18 * mm, 10 * mm, self.w("page {number} of {total}", number=number, total=total)
        )
        self.drawString(18 * mm, 10 * mm, "Action Mentor")
        self.restoreState()


class _Doc(BaseDocTemplate):  # type: ignore[misc]
    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            self.canv.bookmarkPage(flowable.key)
            self.canv.addOutlineEntry(flowable.plain, flowable.key, level=flowable.level)
            self.canv.heading_pages[flowable.key] = self.page


class Contents(Flowable):  # type: ignore[misc]
    """The contents page, laid out in a single pass.

    Each entry's page number is unknown while the page is drawn, so the entry records where
    its number goes, and the canvas writes the numbers when the document is saved (as it does
    for "page X of Y"). That saves the two extra layout passes of reportlab's TableOfContents.
    """

    def __init__(self, entries: list[tuple[int, str, str]], style: Styles) -> None:
        super().__init__()
        self.entries, self.style = entries, style  # (level, text, heading key)

    def _line(self, level: int) -> float:
        return float(self.style.toc[min(level, 1)].leading)

    def wrap(self, available_width: float, _available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, sum(self._line(level) for level, _t, _k in self.entries)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        used, cut = 0.0, 0
        for level, _t, _k in self.entries:
            if used + self._line(level) > available_height:
                break
            used += self._line(level)
            cut += 1
        if cut == 0 or cut == len(self.entries):
            return [] if cut == 0 else [self]
        return [Contents(self.entries[:cut], self.style), Contents(self.entries[cut:], self.style)]

    def draw(self) -> None:
        canvas = self.canv
        y = self.wrap(self.width, 0)[1]
        for level, text, key in self.entries:
            style = self.style.toc[min(level, 1)]
            y -= self._line(level)
            canvas.setFont(style.fontName, style.fontSize)
            canvas.setFillColor(style.textColor)
            indent = style.leftIndent
            canvas.drawString(indent, y + 3, text)
            end = indent + canvas.stringWidth(text, style.fontName, style.fontSize) + 4
            dots = "." * max(
                0,
                int(
                    (self.width - end - 26)
                    / canvas.stringWidth(".", style.fontName, style.fontSize)
                ),
            )
            canvas.setFillColor(RULE)
            canvas.drawString(end, y + 3, dots)
            # Where this entry's page number goes, in page coordinates; filled in at save.
            x, page_y = canvas.absolutePosition(self.width, y + 3)
            canvas.contents_slots.setdefault(canvas.getPageNumber(), []).append(
                (x, page_y, key, style.fontName, style.fontSize)
            )


def contents_entries(story: list[Flowable]) -> list[tuple[int, str, str]]:
    return [(f.level, f.plain, f.key) for f in story if isinstance(f, Heading) and f.toc]


@dataclass(frozen=True)
class Meta:
    title: str
    author: str
    subject: str
    header: str
    lang: str = "en"  # the language the text is in, for a screen reader (/Lang)


def build_pdf(
    target: Path,
    story: list[Flowable],
    meta: Meta,
    *,
    paper: str = "a4",
    wide: bool = False,
) -> Path:
    """Lay out ``story`` and write it atomically. Output is byte-for-byte repeatable."""
    size = paper_size(paper, wide=wide)

    def write(path: Path) -> None:
        doc = _Doc(
            str(path),
            pagesize=size,
            leftMargin=18 * mm,
            rightMargin=18 * mm,
            topMargin=20 * mm,
            bottomMargin=18 * mm,
            title=meta.title,
            author=meta.author,
            subject=meta.subject,
            creator="Action Mentor",
            invariant=1,  # fixed dates and ids: the same input gives the same bytes
            lang=meta.lang,
            displayDocTitle=True,  # a reader's title bar names the document, not the file
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        canvas = type("Canvas", (_NumberedCanvas,), {"header": meta.header, "w": words(meta.lang)})
        doc.build(list(story), canvasmaker=canvas)

    return write_atomically(target, write)


def gap(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)
