"""A stage page: signing off as each person, and editing after the sign-off."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from actionmentor.domain.enums import Person, Respondent, StageStatus
from actionmentor.services import Services
from actionmentor.ui.shell.main_window import MainWindow
from actionmentor.ui.workbook.stage_page import StagePage
from actionmentor.ui.workbook.worksheet_page import WorksheetPage
from tests.ui.helpers import (
    child,
    click,
    editor,
    key_clicks,
    navigator,
    show_stages,
    stage_item,
    stage_page,
    switch_writer,
)


def test_sign_off_a_stage_as_both_people_and_edit_after(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    window.open_workbook(workbook_id)
    page = window.workbook.page
    assert isinstance(page, StagePage) and page.stage.id == "alliance"
    click(qtbot, page.sign_button)
    page = stage_page(window)
    assert "Signed by Ana Évora" in page.sign_labels[Person.MENTEE].text()
    assert not page.sign_button.isEnabled()

    switch_writer(qtbot, window, Person.MENTOR)
    click(qtbot, stage_page(window).sign_button)
    state = services.answers.stages(workbook_id)[0]
    assert state.status is StageStatus.COMPLETE
    assert stage_item(window, 0).text(0).endswith("✓✓")

    # Editing after sign-off is allowed, and the stage says so.
    click(qtbot, stage_page(window).worksheet_buttons["agreement.trust"])
    box = child(editor(window, "agreement.trust.undermine", Respondent.MENTOR), QPlainTextEdit)
    key_clicks(qtbot, box, "By telling stories")
    window.workbook.flush()
    navigator(window).select_stage("alliance")
    page = stage_page(window)
    assert "Changed since sign-off" in page.changed_label.text()
    assert page.sign_button.text() == "Sign again as Ben Ōta"

    # Undo takes back the last structural edit: the mentor's sign-off.
    window.undo_action.trigger()
    assert services.answers.stages(workbook_id)[0].mentor_signed_at is None


def test_a_re_sign_is_confirmed_and_undo_brings_back_the_earlier_signature(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    """Issue 13, item 8."""
    from pypdf import PdfReader

    window.open_workbook(workbook_id)
    page = stage_page(window)
    empty = [w.text() for w in page.findChildren(QLabel) if "answers in this stage" in w.text()]
    assert empty and empty[0].split(" of ")[0].isdigit()  # how many are still empty, in words
    click(qtbot, page.sign_button)  # and signing is still allowed
    first = services.answers.stages(workbook_id)[0].mentee_signed_at
    assert first is not None
    click(qtbot, stage_page(window).worksheet_buttons["agreement.trust"])
    box = child(editor(window, "agreement.trust.undermine", Respondent.MENTEE), QPlainTextEdit)
    key_clicks(qtbot, box, "Cancelling at short notice")
    window.workbook.flush()
    navigator(window).select_stage("alliance")
    page = stage_page(window)
    assert page.sign_button.text() == "Sign again as Ana Évora"
    assert "Ana Évora should sign again" in page.changed_label.text()
    click(qtbot, page.sign_button)
    page = stage_page(window)
    assert not page.sign_button.isEnabled()  # re-signed: nothing more to confirm for her
    assert not hasattr(page, "changed_label") or "Ana" not in page.changed_label.text()

    window.undo_action.trigger()  # Ctrl+Z on the re-sign: the earlier signature comes back
    state = services.answers.stages(workbook_id)[0]
    assert state.mentee_signed_at == first and state.edited_after_signoff_at is not None

    out = services.exports.export(workbook_id, "workbook", services.data_dir / "w.pdf")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "(before the stage last changed)" in text and "after it was signed" in text


def test_the_navigator_says_what_its_marks_mean(
    qtbot: QtBot, window: MainWindow, workbook_id: int
) -> None:
    """Issue 13, item 21: the ticks after each stage are explained in words."""
    window.open_workbook(workbook_id)
    show_stages(qtbot, window)
    legend = window.workbook_view.legend
    assert legend.isVisible() and "✓✓ both of you" in legend.text() and "✎" in legend.text()
    assert "answered" in stage_item(window, 0).toolTip(0)


def test_long_titles_in_the_navigator_wrap_instead_of_being_cut_off(
    qtbot: QtBot, window: MainWindow, workbook_id: int
) -> None:
    """Issue 13, item 21: "Agreement: purpose, trust and signat…" is shown whole."""
    window.resize(1024, 700)
    window.open_workbook(workbook_id)
    show_stages(qtbot, window)
    nav = navigator(window)
    alliance = stage_item(window, 0)
    titles = [alliance.child(i) for i in range(alliance.childCount())]
    longest = max(titles, key=lambda item: len(item.text(0)) if item else 0)
    assert longest is not None and longest.text(0).startswith("Agreement: purpose, trust")
    one_line = nav.fontMetrics().height()

    def height() -> int:
        return nav.visualItemRect(longest).height()

    qtbot.waitUntil(lambda: height() >= 2 * one_line, timeout=2000)
    rect = nav.visualItemRect(longest)
    assert rect.right() <= nav.viewport().width()  # and not running out to the right
    assert nav.horizontalScrollBar().maximum() == 0
    short = alliance.child(0)
    assert short is not None and nav.visualItemRect(short).height() < 2 * one_line
    # Wider, the same title fits on one line again.
    window.resize(1600, 900)
    nav.resize(700, nav.height())
    qtbot.waitUntil(lambda: height() < 2 * one_line, timeout=2000)


def test_the_stage_page_says_how_the_stage_goes_and_what_each_prepares(
    qtbot: QtBot, window: MainWindow, workbook_id: int
) -> None:
    """Issue 14: the pacing is on the page, in words."""
    window.open_workbook(workbook_id)
    show_stages(qtbot, window)
    page = stage_page(window)
    assert page.stage.id == "alliance"
    assert page.pacing_label.text() == "Usually 2 meetings, about 140 minutes of them in all."
    assert page.done_when_label.text().startswith("Done when: The invitation has been accepted")
    texts = [label.text() for label in page.findChildren(QLabel)]
    assert "Before the next meeting, Ana Évora:" in texts
    assert "Before the next meeting, Ben Ōta:" in texts


def test_optional_prompts_say_so_and_progress_counts_the_core_ones(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    window.open_workbook(workbook_id)
    navigator(window).select("alliance", "invitation")
    page = window.workbook.page
    assert page is not None
    optional = [
        label for label in page.findChildren(QLabel) if label.text().startswith("Optional:")
    ]
    # Proposing a rhythm, a length and a term (the agreement settles them), how to approach
    # them, and what if they say no.
    assert len(optional) == 5
    before = services.answers.stages(workbook_id)[0].answered
    box = child(editor(window, "invitation.if_no", Respondent.MENTEE), QPlainTextEdit)
    key_clicks(qtbot, box, "Ask Grace instead")
    qtbot.wait(600)
    assert services.answers.stages(workbook_id)[0].answered == before  # optional: not counted
    line = child(editor(window, "invitation.who", Respondent.MENTEE), QLineEdit)
    key_clicks(qtbot, line, "Ben")
    qtbot.wait(600)
    assert services.answers.stages(workbook_id)[0].answered == before + 1


def test_the_review_and_the_agreement_lead_to_when_it_isnt_working(
    qtbot: QtBot, window: MainWindow, workbook_id: int
) -> None:
    """Issue 14, item 5: the renegotiation sheet is one click from where trouble shows."""
    window.open_workbook(workbook_id)
    for stage, sheet in (("alliance", "agreement.trust"), ("review", "relationship")):
        navigator(window).select(stage, sheet)
        page = window.workbook.page
        assert isinstance(page, WorksheetPage) and page.worksheet.id == sheet
        link = page.link_buttons["renegotiation"]
        assert link.text() == "See also: When it isn't working  ›"
        click(qtbot, link)
        shown = window.workbook.page
        assert isinstance(shown, WorksheetPage) and shown.worksheet.id == "renegotiation"
        assert navigator(window).current_worksheet() == ("review", "renegotiation")


def test_a_stage_page_shown_again_is_kept_until_something_on_it_changes(
    qtbot: QtBot, window: MainWindow, workbook_id: int
) -> None:
    window.open_workbook(workbook_id)
    first = stage_page(window)
    click(qtbot, first.sign_button)
    signed = stage_page(window)
    navigator(window).select_stage("assessment")
    navigator(window).select_stage("alliance")
    assert stage_page(window) is signed  # nothing changed: the same page, at once
    assert "Signed by Ana Évora" in signed.sign_labels[Person.MENTEE].text()
    switch_writer(qtbot, window, Person.MENTOR)  # another writer: built for them
    navigator(window).select_stage("assessment")
    navigator(window).select_stage("alliance")
    page = stage_page(window)
    assert page.sign_button.isEnabled()
    click(qtbot, page.sign_button)
    navigator(window).select_stage("assessment")
    navigator(window).select_stage("alliance")
    assert "Signed by Ben Ōta" in stage_page(window).sign_labels[Person.MENTOR].text()
