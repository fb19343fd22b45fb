"""The relationship-review chart for print: small multiples drawn with reportlab graphics."""

from __future__ import annotations

from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from actionmentor.export.pdf_doc import MUTED, PERSON_COLOURS, RULE, Styles

COLUMNS = 4


def review_chart(behaviours: list[tuple[str, str]], points: list[Any], s: Styles) -> Drawing:
    width, cell_h = 174 * mm, 42 * mm
    rows = (len(behaviours) + COLUMNS - 1) // COLUMNS
    drawing = Drawing(width, rows * cell_h + 8 * mm)
    reviews = sorted({p.number for p in points})
    cell_w = width / COLUMNS
    font = s.body.fontName
    for index, (prompt_id, title) in enumerate(behaviours):
        left = (index % COLUMNS) * cell_w + 8
        top = drawing.height - (index // COLUMNS) * cell_h
        plot_bottom, plot_top = top - cell_h + 12, top - 16
        plot_left, plot_right = left + 10, left + cell_w - 16
        drawing.add(String(left, top - 10, title, fontName=f"{font}-Bold", fontSize=7.5))
        for level in range(1, 6):
            y = plot_bottom + (level - 1) / 4 * (plot_top - plot_bottom)
            drawing.add(Line(plot_left, y, plot_right, y, strokeColor=RULE, strokeWidth=0.4))
            drawing.add(
                String(left, y - 2.5, str(level), fontName=font, fontSize=6, fillColor=MUTED)
            )

        def x_of(number: int, lo: float = plot_left, hi: float = plot_right) -> float:
            if len(reviews) == 1:
                return (lo + hi) / 2
            return lo + reviews.index(number) / (len(reviews) - 1) * (hi - lo)

        for number in reviews:
            drawing.add(
                String(x_of(number) - 2, plot_bottom - 9, str(number), fontName=font, fontSize=6)
            )
        for person, nudge in (("mentee", -0.8), ("mentor", 0.8)):
            series = sorted(
                (p.number, p.rating)
                for p in points
                if p.prompt_id == prompt_id and p.person.value == person
            )
            coords = [
                (x_of(n), plot_bottom + (r - 1) / 4 * (plot_top - plot_bottom) + nudge)
                for n, r in series
            ]
            colour = PERSON_COLOURS[person]
            if len(coords) > 1:
                flat = [v for xy in coords for v in xy]
                drawing.add(PolyLine(flat, strokeColor=colour, strokeWidth=1.4))
            for x, y in coords:
                drawing.add(Circle(x, y, 1.6, fillColor=colour, strokeColor=colour))
    legend_y = 2
    for offset, person in ((0, "mentee"), (70, "mentor")):
        drawing.add(Line(offset, legend_y + 2, offset + 14, legend_y + 2,
                         strokeColor=PERSON_COLOURS[person], strokeWidth=2))  # fmt: skip
        drawing.add(String(offset + 18, legend_y, s.w(person), fontName=font, fontSize=7))
    drawing.add(String(150, legend_y, s.w("x: review number, y: rating 1–5"), fontName=font,
                       fontSize=7, fillColor=colors.HexColor("#666666")))  # fmt: skip
    return drawing
