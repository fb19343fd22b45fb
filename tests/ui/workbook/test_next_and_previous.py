"""Issue 15, item 3: every page ends with "‹ Previous" and "Next ›", worksheet by worksheet in
the framework's order; a stage's last worksheet leads to its sign-off, then the next stage."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from actionmentor.domain.enums import Respondent
from actionmentor.ui.shell.main_window import MainWindow
from actionmentor.ui.workbook.stage_page import StagePage
from actionmentor.ui.workbook.worksheet_page import WorksheetPage
from tests.ui.helpers import child, click, editor, key_click, key_clicks, navigator


def shown(window: MainWindow) -> str:
    page = window.workbook.page
    if isinstance(page, WorksheetPage):
        return page.worksheet.id
    assert isinstance(page, StagePage)
    return f"stage:{page.stage.id}"


def test_walk_the_first_stage_with_next_and_come_back_with_previous(
    qtbot: QtBot, window: MainWindow, workbook_id: int
) -> None:
    window.open_workbook(workbook_id)
    click(qtbot, window.workbook_view.home.stages_button)
    assert shown(window) == "stage:alliance"
    walked = []
    labels = []
    for _ in range(7):  # its six worksheets, then its sign-off
        page = window.workbook.page
        assert page is not None and page.next_button is not None
        labels.append(page.next_button.text())
        click(qtbot, page.next_button)
        walked.append(shown(window))
    assert walked == [
        "invitation", "rapport", "working", "agreement.practical", "agreement.roles",
        "agreement.trust", "stage:alliance",
    ]  # fmt: skip
    assert labels[0] == "Next: Inviting your mentor ›"
    assert labels[-1] == "Next: sign off Alliance ›"
    page = window.workbook.page
    assert isinstance(page, StagePage) and page.next_button is not None
    assert page.next_button.text() == "Next: Assessment ›"  # signed or not, the pair go on
    assert page.verticalScrollBar().value() > 0  # scrolled down to the sign-off
    click(qtbot, page.next_button)
    assert shown(window) == "stage:assessment"
    # Back again: the previous stage's sign-off, its last worksheet, and on.
    page = window.workbook.page
    assert page is not None and page.previous_button is not None
    assert page.previous_button.text() == "‹ Previous: sign off Alliance"
    for expected in ("stage:alliance", "agreement.trust", "agreement.roles", "agreement.practical"):
        page = window.workbook.page
        assert page is not None and page.previous_button is not None
        click(qtbot, page.previous_button)
        assert shown(window) == expected


def test_the_keyboard_steps_page_by_page(
    qtbot: QtBot, window: MainWindow, workbook_id: int
) -> None:
    window.open_workbook(workbook_id)
    click(qtbot, window.workbook_view.home.stages_button)
    window.activateWindow()
    key_click(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert shown(window) == "invitation"
    key_click(qtbot, window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert shown(window) == "rapport"  # not the next stage: no worksheet is skipped
    key_click(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert shown(window) == "invitation"
    assert navigator(window).current_worksheet() == ("alliance", "invitation")


def test_the_navigator_shows_each_worksheets_progress(
    qtbot: QtBot, window: MainWindow, workbook_id: int
) -> None:
    window.open_workbook(workbook_id)
    click(qtbot, window.workbook_view.home.stages_button)
    invitation = navigator(window).topLevelItem(0).child(0)  # type: ignore[union-attr]
    assert invitation is not None and invitation.text(0) == "Inviting your mentor  0/5"
    navigator(window).select("alliance", "invitation")
    page = window.workbook.page
    assert isinstance(page, WorksheetPage)
    key_clicks(qtbot, child(editor(window, "invitation.who", Respondent.MENTEE), QLineEdit), "Ben")
    qtbot.waitUntil(lambda: invitation.text(0) == "Inviting your mentor  1/5", timeout=3000)
    assert "1 of 5 core answers" in invitation.toolTip(0)
