"""Making user text safe for reportlab: escaped, cleaned, within the font, split into pieces.

reportlab's Paragraph parses markup (an unescaped ``<img src=…>`` would embed a local file),
has no font fallback, and lays out one long paragraph in quadratic time.
"""

from __future__ import annotations

import re
from functools import cache
from xml.sax.saxutils import escape

from actionmentor.domain.text import clean_text

PLACEHOLDER = "[?]"  # printed for characters the bundled font can't show (emoji, CJK, …)
CHUNK = 2500  # characters per Paragraph: keeps layout time linear in the answer's length

# Right-to-left scripts (Hebrew, Arabic and neighbours) would print in the wrong order.
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


@cache
def _covered() -> frozenset[int]:
    from actionmentor.export.pdf_fonts import covered_codepoints

    return covered_codepoints()


def printable(text: str) -> str:
    """Clean text, with every run of characters the font lacks (or RTL text) shown as [?]."""
    text = clean_text(text)
    covered = _covered()
    out: list[str] = []
    missing = False
    for char in text:
        ok = char in "\n\t" or (ord(char) in covered and not _RTL.match(char))
        if ok:
            out.append(char)
            missing = False
        elif not missing:
            out.append(PLACEHOLDER)
            missing = True
    return "".join(out).replace("\t", "    ")


def markup(text: str) -> str:
    """Paragraph markup for one piece of user text: escaped, newlines as line breaks."""
    return escape(printable(text)).replace("\n", "<br/>")


def pieces(text: str, size: int = CHUNK) -> list[str]:
    """Split text into paragraph-sized pieces: at blank lines, then at spaces if still long."""
    result: list[str] = []
    for block in printable(text).split("\n\n"):
        while len(block) > size:
            cut = block.rfind(" ", 0, size)
            cut = cut if cut > size // 2 else size
            result.append(block[:cut])
            block = block[cut:].lstrip(" ")
        if block.strip():
            result.append(block)
    return result


def paragraph_markup(text: str) -> list[str]:
    """Markup for each piece of a (possibly huge) answer."""
    return [escape(p).replace("\n", "<br/>") for p in pieces(text)]
