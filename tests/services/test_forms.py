"""The fillable PDF for a partner without the app: made, filled in by pypdf and by a real
third-party filler (pdftk), merged back under the conflict rules; bad forms refused."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest
from pypdf import PdfReader, PdfWriter

from actionmentor.errors import UserError
from actionmentor.services import Services, open_services
from actionmentor.services.demo import create_demo


@pytest.fixture
def demo(services: Services) -> int:
    return create_demo(services)


def make_form(services: Services, wid: int, tmp_path: Path, name: str = "form.pdf") -> Path:
    return services.exports.export(wid, "form", tmp_path / name, as_person="mentor")


def field_names(form: Path) -> dict[tuple[str, str], str]:
    """(slot, part) -> the field's name, from the form's own description."""
    meta = json.loads(str((PdfReader(form).get_fields() or {})["am_form"]["/V"]))
    return {(slot, part): name for name, (slot, part) in meta["fields"].items()}


def fill_with_pypdf(form: Path, out: Path, values: dict[tuple[str, str], str]) -> Path:
    names = field_names(form)
    writer = PdfWriter(clone_from=PdfReader(form))
    wanted = {names[key]: value for key, value in values.items()}
    for page in writer.pages:
        writer.update_page_form_field_values(page, wanted, auto_regenerate=False)
    writer.write(out)
    return out


def answers(services: Services, wid: int) -> dict[tuple[str, str], Any]:
    return {(a.prompt_id, a.respondent.value): a.value for a in services.answers.list_for(wid)}


def test_the_form_holds_that_persons_prompts_and_the_joint_ones(
    services: Services, demo: int, tmp_path: Path
) -> None:
    form = make_form(services, demo, tmp_path)
    reader = PdfReader(form)
    slots = {slot.split("|")[1] for slot, _part in field_names(form)}
    assert slots == {"mentor", "together"}  # never the mentee's own answers
    fields = reader.get_fields() or {}
    names = field_names(form)
    background = fields[names[("rapport.background|mentor|0", "")]]
    assert background.get("/V") == answers(services, demo)[("rapport.background", "mentor")]
    text = "".join(page.extract_text() for page in reader.pages[:2])
    assert "The workbook for Tom Okafor to fill in" in text
    assert "send it back to Priya" in " ".join(text.split())
    if shutil.which("pdftoppm"):  # it prints as well as it fills in
        subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "2", str(form),
                        str(tmp_path / "page")], check=True)  # fmt: skip
        assert len(list(tmp_path.glob("page*.png"))) == 2


def test_filled_by_pypdf_merges_as_the_mentors_answers(
    services: Services, demo: int, tmp_path: Path
) -> None:
    form = make_form(services, demo, tmp_path)
    filled = fill_with_pypdf(form, tmp_path / "filled.pdf", {
        ("rapport.background|mentor|0", ""): "Thirty-one years in nursing now",
        ("rapport.values|mentor|0", ""): "Candour\nPatience",
        ("rapport.fit|together|0", ""): "We agreed on Tuesdays",
    })  # fmt: skip
    report = services.merge_changes(filled.read_bytes())
    assert report.conflicts == [] and report.skipped == []
    got = answers(services, demo)
    assert got[("rapport.background", "mentor")] == "Thirty-one years in nursing now"
    assert got[("rapport.values", "mentor")] == ["Candour", "Patience"]
    assert got[("rapport.fit", "together")] == "We agreed on Tuesdays"
    again = services.merge_changes(filled.read_bytes())  # the same form twice: nothing new
    assert (again.added, again.updated) == (0, 0)


@pytest.mark.skipif(shutil.which("pdftk") is None, reason="make test installs pdftk-java")
def test_filled_by_pdftk_merges_too(services: Services, demo: int, tmp_path: Path) -> None:
    form = make_form(services, demo, tmp_path)
    names = field_names(form)
    values = {
        names[("rapport.challenge|mentor|0", "")]: "Saying no to extra shifts",
        names[("rapport.ways|mentor|0", "")]: "Walks, not meeting rooms — ça marche",
    }
    xfdf = tmp_path / "data.xfdf"
    xfdf.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<xfdf xmlns="http://ns.adobe.com/xfdf/" '
        'xml:space="preserve"><fields>'
        + "".join(
            f'<field name="{k}"><value>{escape(v)}</value></field>' for k, v in values.items()
        )
        + "</fields></xfdf>\n",
        encoding="utf-8",
    )
    filled = tmp_path / "pdftk.pdf"
    subprocess.run(["pdftk", str(form), "fill_form", str(xfdf), "output", str(filled)],
                   check=True, capture_output=True, timeout=120)  # fmt: skip
    services.merge_changes(filled.read_bytes())
    got = answers(services, demo)
    assert got[("rapport.challenge", "mentor")] == "Saying no to extra shifts"
    assert got[("rapport.ways", "mentor")] == "Walks, not meeting rooms — ça marche"


def test_an_answer_changed_in_the_app_since_is_a_conflict(
    services: Services, demo: int, tmp_path: Path
) -> None:
    form = make_form(services, demo, tmp_path)
    filled = fill_with_pypdf(form, tmp_path / "filled.pdf", {
        ("rapport.background|mentor|0", ""): "Written on the printed form",
        ("rapport.ways|mentor|0", ""): "Only changed on the form",
    })  # fmt: skip
    services.answers.save(demo, "rapport.background", "mentor", "Written in the app meanwhile")
    report = services.merge_changes(filled.read_bytes())
    (conflict,) = report.conflicts
    assert conflict.mine.value == "Written in the app meanwhile"
    assert conflict.theirs.value == "Written on the printed form"
    assert conflict.theirs.by == "mentor"
    assert answers(services, demo)[("rapport.ways", "mentor")] == "Only changed on the form"


def test_a_value_that_does_not_fit_is_named_and_the_rest_taken(
    services: Services, demo: int, tmp_path: Path
) -> None:
    form = make_form(services, demo, tmp_path)
    names = field_names(form)
    dated = [slot for (slot, part) in names if part == "date"]
    values = {("rapport.challenge|mentor|0", ""): "Taken although another box is wrong"}
    values[(dated[0], "date")] = "next Tuesday"
    values[(dated[0], "name")] = "Tom Okafor"
    report = services.merge_changes(fill_with_pypdf(form, tmp_path / "f.pdf", values).read_bytes())
    assert len(report.skipped) == 1 and "date" in report.skipped[0].lower()
    assert answers(services, demo)[("rapport.challenge", "mentor")].startswith("Taken although")


def test_bad_forms_are_refused_in_one_line_and_change_nothing(
    services: Services, demo: int, tmp_path: Path
) -> None:
    form = make_form(services, demo, tmp_path)
    before = answers(services, demo)
    reader = PdfReader(form)
    tampered = PdfWriter(clone_from=reader)
    meta = json.loads(str((reader.get_fields() or {})["am_form"]["/V"]))
    meta["as"] = "mentee"  # to write the mentee's answers
    for page in tampered.pages:
        tampered.update_page_form_field_values(
            page, {"am_form": json.dumps(meta)}, auto_regenerate=False
        )
    tampered.write(tmp_path / "tampered.pdf")
    stranger = open_services(tmp_path / "stranger")
    other = stranger.exports.export(create_demo(stranger), "form", tmp_path / "other.pdf",
                                    as_person="mentor")  # fmt: skip
    stranger.close()
    blank = services.exports.blank("hay-1997", tmp_path / "blank.pdf", "a4")
    cases = {
        "tampered": ((tmp_path / "tampered.pdf").read_bytes(), "hidden fields were changed"),
        "another alliance": (other.read_bytes(), "another alliance"),
        "not a form": (blank.read_bytes(), "not a form from Action Mentor"),
        "truncated": (form.read_bytes()[:5000], "can't be read"),
    }
    for name, (raw, message) in cases.items():
        with pytest.raises(UserError) as caught:
            services.merge_changes(raw)
        assert message in str(caught.value) and "\n" not in str(caught.value), name
        assert answers(services, demo) == before, name


def test_greek_and_cyrillic_answers_go_into_the_form_exactly(
    services: Services, workbook_id: int, tmp_path: Path
) -> None:
    text = "Ασφαλής — Я сделала это <b>&"
    services.answers.save(workbook_id, "rapport.background", "mentor", text)
    form = services.exports.export(workbook_id, "form", tmp_path / "f.pdf", as_person="mentor")
    fields = PdfReader(form).get_fields() or {}
    assert fields[field_names(form)[("rapport.background|mentor|0", "")]].get("/V") == text
    report = services.merge_changes(form.read_bytes())  # sent back untouched: nothing changes
    assert (report.added, report.updated, report.conflicts) == (0, 0, [])
