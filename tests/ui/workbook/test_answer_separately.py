"""Issue 15, item 4: at one laptop, the other person's answer to an "each" prompt stays
covered until the writer has answered too (or both choose to see it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from actionmentor.domain.enums import Person, Respondent
from actionmentor.services import Services
from actionmentor.ui.shell.main_window import MainWindow
from tests.ui.helpers import (
    LEFT,
    child,
    click,
    editor,
    key_click,
    key_clicks,
    mouse_click,
    switch_writer,
    worksheet_page,
)
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
    mouse_click(qtbot, own, LEFT)
    qtbot.waitUntil(own.hasFocus, timeout=1000)
    key_clicks(qtbot, own, "Hoping Ben will tell me what to do")
    assert cover.isVisible()  # not at the first letter: she is still writing
    key_click(qtbot, own, Qt.Key.Key_Tab)  # and leaves her answer
    qtbot.waitUntil(theirs.isVisible, timeout=1000)
    assert not cover.isVisible()
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


def test_each_person_ticks_only_their_own_agreement(
    qtbot: QtBot, window: MainWindow, workbook_id: int
) -> None:
    """The no-fault clause: the mentee can't tick "Mentor agrees" for him."""
    open_sheet(window, workbook_id, "alliance", "agreement.trust")
    boxes = {
        box.text(): box
        for box in editor(window, "agreement.trust.no_fault", Respondent.TOGETHER).findChildren(
            QCheckBox
        )
    }
    assert boxes["Mentee agrees"].isEnabled() and not boxes["Mentor agrees"].isEnabled()
    switch_writer(qtbot, window, Person.MENTOR)
    boxes = {
        box.text(): box
        for box in editor(window, "agreement.trust.no_fault", Respondent.TOGETHER).findChildren(
            QCheckBox
        )
    }
    assert boxes["Mentor agrees"].isEnabled() and not boxes["Mentee agrees"].isEnabled()
