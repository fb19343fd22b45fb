"""The accessible HTML workbook (issue 18, item 9), read back with the standard library's
HTML parser: its language, a heading outline without gaps, tables with captions and column
headers, every answer, and no private entry unless its author chose to include it."""

from __future__ import annotations

import itertools
from html.parser import HTMLParser
from pathlib import Path

import pytest

from actionmentor.domain.enums import Person
from actionmentor.services import Services
from actionmentor.services.demo import DEMO_PASSPHRASE, create_demo
from tests.helpers import fails, ok

VOID = {"meta", "br", "img", "hr", "link", "input"}


class Outline(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.open: list[str] = []
        self.headings: list[tuple[int, str]] = []
        self.lang = ""
        self.tables = 0
        self.captions = 0
        self.column_headers = 0
        self.text: list[str] = []
        self._heading: int | None = None
        self.unbalanced: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html":
            self.lang = dict(attrs).get("lang") or ""
        if tag not in VOID:
            self.open.append(tag)
        if tag in ("h1", "h2", "h3", "h4"):
            self._heading = int(tag[1])
            self.headings.append((self._heading, ""))
        self.tables += tag == "table"
        self.captions += tag == "caption"
        self.column_headers += tag == "th" and dict(attrs).get("scope") == "col"

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open.pop() != tag:
            self.unbalanced.append(tag)
        if tag.startswith("h") and tag[1:].isdigit():
            self._heading = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._heading is not None:
            level, text = self.headings[-1]
            self.headings[-1] = (level, text + data)


def read(path: Path) -> Outline:
    outline = Outline()
    outline.feed(path.read_text(encoding="utf-8"))
    outline.close()
    return outline


@pytest.fixture
def demo(services: Services) -> int:
    return create_demo(services)


def test_the_html_workbook_has_structure_a_screen_reader_can_follow(
    services: Services, demo: int, tmp_path: Path
) -> None:
    out = services.exports.export(demo, "html", tmp_path / "w.html")
    page = read(out)
    assert page.lang == "en" and page.unbalanced == [] and page.open == []
    levels = [level for level, _ in page.headings]
    assert levels.count(1) == 1 and levels[0] == 1
    assert all(b - a <= 1 for a, b in itertools.pairwise(levels))  # no level skipped
    titles = [text for level, text in page.headings if level == 2]
    assert "Stage 1: Alliance" in titles and "Action plan" in titles and "Journal" in titles
    assert page.tables >= 3 and page.captions == page.tables and page.column_headers > 10
    text = " ".join(" ".join(page.text).split())
    detail = services.detail(demo)
    for answer in detail.answers:
        if isinstance(answer.value, str) and len(answer.value) > 20:
            assert " ".join(answer.value.split()) in text, answer.prompt_id
    assert "4 of 5" in text or "3 of 5" in text  # a rating read as words, not a chart
    assert "not sure I want the job" not in text  # the private entry stays out
    assert out.stat().st_mode & 0o077 == 0  # owner-only, like every export


def test_private_entries_go_into_the_html_only_when_their_author_includes_them(
    services: Services, demo: int, tmp_path: Path
) -> None:
    out = services.exports.export(
        demo, "html", tmp_path / "p.html", include_private=frozenset({Person.MENTEE}),
        passphrases={Person.MENTEE: DEMO_PASSPHRASE},
    )  # fmt: skip
    assert "not sure I want the job" in out.read_text(encoding="utf-8")


def test_markup_typed_into_an_answer_stays_text(services: Services, tmp_path: Path) -> None:
    wid = services.workbooks.create("Ana <b>", "Ben & Co").id
    services.answers.save(wid, "invitation.who", "mentee", '<script>alert("x")</script>')
    out = services.exports.export(wid, "html", tmp_path / "m.html")
    html = out.read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;" in html and "Ben &amp; Co" in html
    assert read(out).unbalanced == []


def test_the_html_export_from_the_command_line_in_german(data_dir: Path, tmp_path: Path) -> None:
    ok("demo", "--lang", "de", data_dir=data_dir)
    out = tmp_path / "w.html"
    ok("export", "1", "--kind", "html", "--lang", "de", "--out", str(out), data_dir=data_dir)
    page = read(out)
    assert page.lang == "de"
    assert "Phase 1: Bündnis" in [text for level, text in page.headings if level == 2]
    wrong = fails(
        "export", "1", "--kind", "html", "--out", str(tmp_path / "w.pdf"), data_dir=data_dir
    )
    assert "*.html" in wrong
