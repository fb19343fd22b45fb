"""PDF exports, checked by reading the text back out of them with pypdf."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from actionmentor.domain.enums import Person, PromptKind
from actionmentor.errors import InvalidInputError, StorageError
from actionmentor.exercises import framework
from actionmentor.export.pdf_fonts import covered_codepoints
from actionmentor.export.pdf_text import PLACEHOLDER, pieces, printable
from actionmentor.services import Services
from actionmentor.services.demo import DEMO_PASSPHRASE, create_demo
from actionmentor.wording import words


def text_of(path: Path) -> str:
    reader = PdfReader(path)
    # Join lines: wrapped text comes back with line breaks where the layout broke it.
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def squash(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def demo(services: Services) -> int:
    return create_demo(services)


def test_the_full_workbook_prints_every_answer_action_and_meeting(
    services: Services, demo: int, tmp_path: Path
) -> None:
    out = services.exports.export(demo, "workbook", tmp_path / "w.pdf")
    reader = PdfReader(out)
    assert 30 <= len(reader.pages) <= 80
    text = text_of(out)
    detail = services.detail(demo)
    fw = framework(detail.summary.framework_id)
    for answer in detail.answers:
        value = answer.value
        prompt = fw.prompt(answer.prompt_id)
        if prompt is not None and prompt.kind is PromptKind.DATE:  # printed as "15 Dec 2026"
            assert words("en").date(dt.date.fromisoformat(str(value))) in text, answer.prompt_id
        elif isinstance(value, str):
            assert squash(value) in text, answer.prompt_id
        elif isinstance(value, list) and value and isinstance(value[0], str):
            assert all(squash(item) in text for item in value), answer.prompt_id
    for action in detail.actions:
        assert squash(action.title) in text
    for meeting in detail.meetings:
        assert squash(meeting.notes) in text
    assert "not sure I want the job" not in text  # the private entry
    assert "First meeting went better than I feared" in text
    assert f"page 1 of {len(reader.pages)}" in text
    assert reader.metadata is not None
    assert reader.metadata.title == detail.summary.title
    assert reader.metadata.author == "Priya Shah and Tom Okafor"
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert "Stage 1: Alliance" in outline and "Action plan" in outline


def test_private_entries_print_only_when_their_author_chooses(
    services: Services, demo: int, tmp_path: Path
) -> None:
    mentor_only = services.exports.export(
        demo, "workbook", tmp_path / "m.pdf", include_private=frozenset({Person.MENTOR})
    )
    assert "not sure I want the job" not in text_of(mentor_only)
    mentee = services.exports.export(
        demo,
        "workbook",
        tmp_path / "p.pdf",
        include_private=frozenset({Person.MENTEE}),
        passphrases={Person.MENTEE: DEMO_PASSPHRASE},
    )
    assert "not sure I want the job" in text_of(mentee)


def test_output_is_deterministic(services: Services, demo: int, tmp_path: Path) -> None:
    first = services.exports.export(demo, "workbook", tmp_path / "a.pdf")
    second = services.exports.export(demo, "workbook", tmp_path / "b.pdf")
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize("framework_id", ["hay-1997", "hay-2018"])
def test_the_blank_workbook_has_every_prompt_and_room_to_write(
    services: Services, tmp_path: Path, framework_id: str
) -> None:
    from actionmentor.exercises import framework

    out = services.exports.blank(framework_id, tmp_path / "blank.pdf", paper="letter")
    reader = PdfReader(out)
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(width), round(height)) == (612, 792)  # US Letter
    text = text_of(out)
    for stage in framework(framework_id).all_stages():
        for prompt in stage.prompts():
            assert squash(prompt.text) in text, prompt.id
    assert "Signature ____" in text and "Mentee: ____" in text


def test_action_plan_invitation_and_meeting_sheet(
    services: Services, demo: int, tmp_path: Path
) -> None:
    plan = services.exports.export(demo, "action-plan", tmp_path / "plan.pdf")
    page = PdfReader(plan).pages[0]
    assert page.mediabox.width > page.mediabox.height  # landscape
    plan_text = text_of(plan)
    for action in services.actions.list_for(demo):
        assert squash(action.title) in plan_text
    assert "☐" in plan_text and "☑" in plan_text

    letter = services.exports.export(demo, "invitation", tmp_path / "letter.pdf")
    assert len(PdfReader(letter).pages) == 1
    letter_text = text_of(letter)
    assert "Dear Tom Okafor," in letter_text and "without blame" in letter_text
    assert "Every two weeks" in letter_text

    sheet = services.exports.export(
        demo, "meeting", tmp_path / "meeting.pdf", today=dt.date(2026, 10, 7)
    )
    sheet_text = text_of(sheet)
    assert "Shadow the ward managers on wards 7 and 12" in sheet_text
    assert "Complete the finance" not in sheet_text  # done, so not open
    assert "Notes" in sheet_text


HOSTILE = [
    '<img src="/etc/passwd"/> & <b>bold</b> </para>',
    "Ελληνικά και Кириллица, naïve café, Łódź",
    "tab\tand\x00nul\x1b[31m and \x07 bell",
    "parrot 🦜 and 漢字 and עברית",
]


def test_hostile_text_survives_the_round_trip(
    services: Services, workbook_id: int, tmp_path: Path
) -> None:
    for n, text in enumerate(HOSTILE):
        services.journal.add(workbook_id, "mentee", text)
        services.actions.add(workbook_id, f"Action {n}: {text[:30]}")
    out = services.exports.export(workbook_id, "workbook", tmp_path / "hostile.pdf")
    text = text_of(out)
    assert '<img src="/etc/passwd"/> & <b>bold</b> </para>' in text
    assert "Ελληνικά και Кириллица, naïve café, Łódź" in text
    assert "nul[31m and bell" in text  # control characters stripped, text kept
    assert f"parrot {PLACEHOLDER} and {PLACEHOLDER} and {PLACEHOLDER}" in text


def test_a_one_megabyte_answer_exports_whole(
    services: Services, workbook_id: int, tmp_path: Path
) -> None:
    words = ("reflection " * 90_000)[:990_000] + "THE-END"
    services.answers.save(workbook_id, "invitation.why", "mentee", words)
    out = services.exports.export(workbook_id, "workbook", tmp_path / "big.pdf")
    reader = PdfReader(out)
    assert len(reader.pages) > 100
    assert "THE-END" in (reader.pages[-1].extract_text() or "") or "THE-END" in text_of(out)


def test_the_font_covers_latin_greek_and_cyrillic() -> None:
    covered = covered_codepoints()
    for char in "aéßłŒ€ΑαΩωЖжЯяЁё–—“”…☐☑•":
        assert ord(char) in covered, char
    assert printable("Ωmega 🦜🦜 漢字") == f"Ωmega {PLACEHOLDER} {PLACEHOLDER}"


@given(st.text(min_size=1, max_size=20_000))
@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
def test_pieces_keep_all_the_text_in_bounded_chunks(text: str) -> None:
    parts = pieces(text)
    assert all(len(p) <= 2500 for p in parts)
    assert squash("".join(parts)).replace(" ", "") == squash(printable(text)).replace(" ", "")


def test_a_failed_export_leaves_no_file(
    services: Services, demo: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import actionmentor.export.pdf_doc as pdf_doc

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdf_doc._Doc, "build", broken)
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(StorageError, match="No space left on device"):
        services.exports.export(demo, "workbook", folder / "w.pdf")
    assert list(folder.iterdir()) == []


def test_bad_export_requests_are_refused_clearly(
    services: Services, demo: int, tmp_path: Path
) -> None:
    with pytest.raises(InvalidInputError, match=r"name it \*\.pdf"):
        services.exports.export(demo, "workbook", tmp_path / "w.txt")
    with pytest.raises(StorageError, match="does not exist"):
        services.exports.export(demo, "workbook", tmp_path / "missing" / "w.pdf")
    with pytest.raises(InvalidInputError, match="a4 or letter"):
        services.exports.export(demo, "workbook", tmp_path / "w.pdf", paper="a3")


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="make test installs poppler-utils")
def test_a_page_renders_with_pdftoppm(services: Services, demo: int, tmp_path: Path) -> None:
    out = services.exports.export(demo, "workbook", tmp_path / "w.pdf")
    subprocess.run(
        ["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(out), str(tmp_path / "page")],
        check=True,
    )
    [png] = tmp_path.glob("page*.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 2000


def test_the_calendar_holds_meetings_and_due_dates(
    services: Services, demo: int, tmp_path: Path
) -> None:
    from icalendar import Calendar

    out = services.exports.export(demo, "ics", tmp_path / "c.ics")
    calendar = Calendar.from_ical(out.read_bytes())
    events = [str(e["summary"]) for e in calendar.walk("VEVENT")]
    held = len(services.meetings.list_for(demo))
    assert held == 7  # the demo holds the plan's first seven meetings
    assert sum(s.startswith("Mentoring meeting") for s in events) == held
    assert "Action due: Draft the application statement" in events
    assert not any("job-share" in s for s in events)  # dropped actions are left out
    again = services.exports.export(demo, "ics", tmp_path / "d.ics")
    assert again.read_bytes() == out.read_bytes()


def test_every_pdf_names_its_language_and_shows_its_title(
    services: Services, demo: int, tmp_path: Path
) -> None:
    """For a screen reader: /Lang in the catalogue, and the title (not the file name) in a
    reader's title bar."""
    outs = [
        services.exports.export(demo, kind, tmp_path / f"{kind}.pdf")
        for kind in ("workbook", "action-plan", "invitation", "meeting")
    ]
    outs.append(services.exports.export(demo, "form", tmp_path / "form.pdf", as_person="mentor"))
    outs.append(services.exports.blank("hay-2018", tmp_path / "blank.pdf"))
    for out in outs:
        kind = out.name
        reader = PdfReader(out)
        root = reader.trailer["/Root"].get_object()
        assert isinstance(root, DictionaryObject)
        assert str(root["/Lang"]) == "en", kind
        preferences = root["/ViewerPreferences"].get_object()
        assert isinstance(preferences, DictionaryObject)
        assert bool(preferences["/DisplayDocTitle"]), kind
        assert reader.metadata is not None and reader.metadata.title, kind
