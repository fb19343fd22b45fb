"""Issue 15, item 4: at one laptop, the other person's answer to an "each" prompt stays
covered until the writer has answered too (or both choose to see it)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from actionmentor.domain.enums import Person, Respondent
from actionmentor.services import Services
from actionmentor.ui.shell.main_window import MainWindow
from tests.ui.helpers import child, click, editor, key_clicks, switch_writer, worksheet_page
from tests.ui.workbook.test_worksheet_editing import open_sheet


def test_the_mentors_answer_is_covered_until_the_mentee_has_answered(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    open_sheet(window, workbook_id, "alliance", "agreement.trust")
    switch_writer(qtbot, window, Person.MENTOR)
    mine = child(editor(window, "agreement.trust.undermine", Respondent.MENTOR), QPlainTextEdit)
    key_clicks(qtbot, mine, "Giving advice before I have understood the question")
    qtbot.wait(500)
    switch_writer(qtbot, window, Person.MENTEE)
    page = worksheet_page(window)
    theirs = editor(window, "agreement.trust.undermine", Respondent.MENTOR)
    cover = page.covers["agreement.trust.undermine"]
    assert cover.isVisible() and not theirs.isVisible()
    note = child(cover, QLabel).text()
    assert note == "Ben Ōta has answered. It stays covered until you have answered too."
    # The mentee answers for herself: the mentor's answer is uncovered beside hers.
    own = child(editor(window, "agreement.trust.undermine", Respondent.MENTEE), QPlainTextEdit)
    key_clicks(qtbot, own, "Hoping Ben will tell me what to do")
    assert theirs.isVisible() and not cover.isVisible()
    assert "Giving advice" in child(theirs, QPlainTextEdit).toPlainText()


def test_both_may_choose_to_see_it_first(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    services.answers.save(workbook_id, "agreement.trust.unsaid", "mentor", "That you lead")
    open_sheet(window, workbook_id, "alliance", "agreement.trust")
    page = worksheet_page(window)
    cover = page.covers["agreement.trust.unsaid"]
    theirs = editor(window, "agreement.trust.unsaid", Respondent.MENTOR)
    assert not theirs.isVisible()
    click(qtbot, child(cover, QPushButton))
    assert theirs.isVisible()
    # A prompt neither has answered, or one both have, is never covered.
    assert "agreement.trust.undermine" not in page.covers
