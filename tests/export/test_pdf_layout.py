"""Issue 13, item 13: no blank pages, the agreement printed once, a label kept with its
answer, and a blank workbook that names roles, not "Mentee (mentee)"."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from actionmentor.services import Services
from actionmentor.services.demo import create_demo


def _pages(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


@pytest.mark.parametrize("blank", [False, True])
def test_no_page_is_blank_and_the_agreement_is_printed_once(
    services: Services, tmp_path: Path, blank: bool
) -> None:
    if blank:
        out = services.exports.blank("hay-1997", tmp_path / "b.pdf", "a4")
    else:
        out = services.exports.export(create_demo(services), "workbook", tmp_path / "w.pdf")
    pages = _pages(out)
    for number, text in enumerate(pages, 1):
        body = text.split(" page ")[0]  # the running head and foot aside
        assert len(body) > 80, (number, text)
    whole = " ".join(pages)
    assert whole.count("How might I, without meaning to, undermine this?") == 1
    assert whole.count("Printed in “Our agreement”, before the first stage.") == 3


def test_a_blank_workbook_names_roles_once(services: Services, tmp_path: Path) -> None:
    whole = " ".join(_pages(services.exports.blank("hay-1997", tmp_path / "b.pdf", "a4")))
    assert "Mentee (mentee)" not in whole and "Mentee, mentee" not in whole
    assert "Mentee: ____________________ Date" in whole


def test_a_question_never_ends_a_page_without_its_answer(
    services: Services, tmp_path: Path
) -> None:
    out = services.exports.export(create_demo(services), "workbook", tmp_path / "w.pdf")
    for page in PdfReader(out).pages:
        lines = [line.strip() for line in page.extract_text().splitlines() if line.strip()]
        body = [line for line in lines if not line.startswith(("page ", "Action Mentor"))]
        if body:
            last = body[-1]
            # A question line ends with "?" or ":" and is numbered: it must not be last.
            assert not (last[:1].isdigit() and ". " in last[:4] and last.endswith(("?", ":"))), last
