"""Issue 15, item 1: a workbook opens at its home: where the pair stand, the next planned
meeting with its agenda, and what each prepares, ticked off as the answers appear."""

from __future__ import annotations

from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from actionmentor.domain.enums import Respondent
from actionmentor.services import Services
from actionmentor.services.demo import create_demo
from actionmentor.ui.shell.main_window import MainWindow
from actionmentor.ui.workbook.controller import HOME_TAB, WORKSHEETS_TAB
from actionmentor.ui.workbook.worksheet_page import WorksheetPage
from tests.ui.helpers import LEFT, child, click, editor, key_clicks


def texts(window: MainWindow) -> list[str]:
    return [label.text() for label in window.workbook_view.home.findChildren(QLabel)]


def test_the_demo_opens_at_its_home_with_meeting_8_next(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    wid = create_demo(services)
    window.open_workbook(wid)
    view = window.workbook_view
    assert view.tabs.currentIndex() == HOME_TAB
    shown = texts(window)
    assert "Stage: Alternatives, 3 of 7 core answers" in shown
    assert "Next: meeting 8 of 10, The plan" in shown
    assert "Still to sign off Alternatives: Tom Okafor" in shown
    assert any("Draft the actions on 'Planning the actions'" in t and "(done)" in t for t in shown)
    home = view.home
    # The agenda leads to its worksheets; the tree stays one click away.
    click(qtbot, home.agenda_buttons["action.plan"])
    assert view.tabs.currentIndex() == WORKSHEETS_TAB
    page = window.workbook.page
    assert isinstance(page, WorksheetPage) and page.worksheet.id == "action.plan"
    bar = view.tabs.tabBar()
    QTest.mouseClick(bar, LEFT, pos=bar.tabRect(HOME_TAB).center())
    assert view.tabs.currentIndex() == HOME_TAB
    click(qtbot, view.home.stages_button)
    assert view.tabs.currentIndex() == WORKSHEETS_TAB


def test_a_new_alliance_finds_meeting_1_and_ticks_off_what_is_prepared(
    qtbot: QtBot, window: MainWindow, workbook_id: int
) -> None:
    window.open_workbook(workbook_id)
    view = window.workbook_view
    shown = texts(window)
    assert "Next: meeting 1 of 10, Getting to know each other" in shown
    assert "no date yet" in shown
    [rapport] = [t for t in shown if "'Getting to know each other'" in t]
    assert rapport.startswith("☐") and "(done)" not in rapport
    # The mentee drafts her answers to "Getting to know each other" in the worksheet...
    click(qtbot, view.home.agenda_buttons["rapport"])
    for prompt in ("rapport.background", "rapport.hopes", "rapport.ways", "rapport.challenge"):
        box = child(editor(window, prompt, Respondent.MENTEE), QPlainTextEdit)
        key_clicks(qtbot, box, "Twelve years on wards")
    line = child(editor(window, "rapport.values", Respondent.MENTEE), QLineEdit)
    key_clicks(qtbot, line, "Patients first")
    qtbot.wait(500)
    # ...and back home, it is ticked.
    bar = view.tabs.tabBar()
    QTest.mouseClick(bar, LEFT, pos=bar.tabRect(HOME_TAB).center())
    [rapport] = [t for t in texts(window) if "'Getting to know each other'" in t]
    assert rapport.startswith("☑") and rapport.endswith("(done)")
