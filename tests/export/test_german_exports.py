"""Every export in German, read back as a German-speaking pair would: the app's own words,
the worksheets and the dates are German, and no English text of the app is left.

The check: each English text the app could print (its printout words, the framework's
titles, guidance and prompts, the options and column names) is looked for in the German
output; the names, numbers and references may stay."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from actionmentor.domain.content import Framework
from actionmentor.exercises import framework
from actionmentor.services import Services
from actionmentor.services.demo import create_demo

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from wording import word_keys

PLACEHOLDER = re.compile(r"\{\w+\}")


def text_of(path: Path) -> str:
    reader = PdfReader(path)
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def english_fragments(fw: Framework) -> set[str]:
    """Pieces of English the app prints, long enough not to occur in German by chance."""
    texts = {piece for key in word_keys() for piece in PLACEHOLDER.split(key)}
    for stage in fw.all_stages():
        texts |= {stage.title, stage.purpose, stage.mentee_guidance, *stage.pitfalls}
        for ws in stage.worksheets:
            texts |= {ws.title, ws.intro}
            for prompt in ws.prompts:
                texts |= {prompt.text, prompt.help, *prompt.options, *prompt.columns}
    return {" ".join(t.split()) for t in texts if len(" ".join(t.split())) >= 12}


@pytest.fixture
def german_demo(services: Services) -> int:
    return create_demo(services, "de")


@pytest.mark.parametrize("kind", ["workbook", "action-plan", "invitation", "meeting", "form"])
def test_each_printout_in_german_has_no_english_text_of_the_app(
    services: Services, german_demo: int, tmp_path: Path, kind: str
) -> None:
    out = services.exports.export(
        german_demo, kind, tmp_path / f"{kind}.pdf", as_person="mentor", language="de"
    )
    text = text_of(out)
    english = english_fragments(framework("hay-1997", "en"))
    left = sorted(fragment for fragment in english if fragment in text)
    assert left == []
    reader = PdfReader(out)
    root = reader.trailer["/Root"].get_object()
    assert isinstance(root, DictionaryObject) and str(root["/Lang"]) == "de"
    if kind != "form":
        assert f"Seite 1 von {len(reader.pages)}" in text


def test_the_german_workbook_prints_german_headings_labels_and_dates(
    services: Services, german_demo: int, tmp_path: Path
) -> None:
    out = services.exports.export(german_demo, "workbook", tmp_path / "w.pdf", language="de")
    text = text_of(out)
    for heading in ("Inhalt", "Unsere Vereinbarung", "Phase 1: Bündnis", "Aktionsplan",
                    "Protokoll der Treffen", "Beziehungsrückblicke", "Tagebuch"):  # fmt: skip
        assert heading in text, heading
    assert re.search(r"\b\d\d\.\d\d\.20\d\d\b", text)  # 15.01.2027
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", text)  # no ISO dates
    assert "(Mentee)" in text and "(Mentor/in)" in text


def test_the_blank_workbook_in_german(tmp_path: Path) -> None:
    from actionmentor.services.exports import ExportService

    out = ExportService.blank("hay-2018", tmp_path / "b.pdf", language="de")
    text = text_of(out)
    left = sorted(f for f in english_fragments(framework("hay-2018", "en")) if f in text)
    assert left == []
    assert "Ein leeres Arbeitsbuch" in text


def test_the_calendar_in_german(services: Services, german_demo: int, tmp_path: Path) -> None:
    out = services.exports.export(german_demo, "ics", tmp_path / "c.ics", language="de")
    ics = out.read_text(encoding="utf-8")
    assert "SUMMARY:Mentoring-Treffen: Julia" in ics or "SUMMARY:Treffen" in ics
    assert "Action due" not in ics and "Mentoring meeting" not in ics


def test_the_printout_language_follows_the_choice_not_the_content_language(
    services: Services, german_demo: int, tmp_path: Path
) -> None:
    out = services.exports.export(german_demo, "workbook", tmp_path / "e.pdf", language="en")
    text = text_of(out)
    assert "Stage 1: Alliance" in text and "Phase 1" not in text
