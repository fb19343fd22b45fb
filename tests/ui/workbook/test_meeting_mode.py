"""Issue 15, item 2: Start meeting on the home leads the pair through the planned agenda
step by step, either person writing; Pause and Resume; the last step records the meeting
with the next date on the agreed rhythm and the actions in the plan."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from actionmentor.domain.enums import Person, Respondent
from actionmentor.services import Services
from actionmentor.ui.shell.main_window import MainWindow
from actionmentor.ui.workbook.controller import HOME_TAB, MEETINGS_TAB, WORKSHEETS_TAB
from actionmentor.ui.workbook.meeting_bar import RecordMeetingDialog
from actionmentor.ui.workbook.worksheet_page import WorksheetPage
from tests.ui.helpers import LEFT, child, click, editor, key_clicks, switch_writer


def shown(window: MainWindow) -> str:
    page = window.workbook.page
    assert isinstance(page, WorksheetPage)
    return page.worksheet.id


def test_run_meeting_1_with_next_and_back_pause_resume_and_record_it(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    services.answers.save(workbook_id, "agreement.practical.frequency", "together",
                          "Every two weeks")  # fmt: skip
    window.open_workbook(workbook_id)
    view = window.workbook_view
    bar = view.meeting_bar
    clicks = 0
    home = view.home
    assert home.start_button is not None and home.start_button.text() == "Start meeting 1"
    click(qtbot, home.start_button)
    clicks += 1
    assert bar.isVisible() and bar.step_label.text().startswith("Meeting 1 · step 1 of 7")
    assert view.tabs.currentIndex() == WORKSHEETS_TAB and shown(window) == "invitation"
    click(qtbot, bar.next_button)  # 2: getting to know each other
    clicks += 1
    assert shown(window) == "rapport"
    box = child(editor(window, "rapport.background", Respondent.MENTEE), QPlainTextEdit)
    key_clicks(qtbot, box, "Eight years on surgical wards")
    switch_writer(qtbot, window, Person.MENTOR)  # either person writes at any step
    theirs = child(editor(window, "rapport.background", Respondent.MENTOR), QPlainTextEdit)
    key_clicks(qtbot, theirs, "Thirty years in nursing")
    click(qtbot, bar.back_button)
    click(qtbot, bar.next_button)
    clicks += 2
    assert shown(window) == "rapport"
    # Pause: the home offers to resume at the same step.
    click(qtbot, bar.pause_button)
    clicks += 1
    assert not bar.isVisible() and view.tabs.currentIndex() == HOME_TAB
    assert home.start_button is not None
    assert home.start_button.text() == "Resume meeting 1 at step 2"
    click(qtbot, home.start_button)
    clicks += 1
    assert shown(window) == "rapport"
    for expected in ("working", "agreement.practical"):
        click(qtbot, bar.next_button)
        clicks += 1
        assert shown(window) == expected
    click(qtbot, bar.next_button)  # a conversation: "The next two dates"
    clicks += 1
    assert view.tabs.currentIndex() == HOME_TAB and "calendars" in bar.text.text()
    assert home.start_button is None  # under way: the bar leads, the home offers no resume
    click(qtbot, bar.next_button)  # the reflection: this meeting's own copy
    clicks += 1
    assert shown(window) == "reflection"
    assert [c.number for c in services.answers.instances(workbook_id, "reflection")] == [1]
    line = child(editor(window, "reflection.before_next", Respondent.MENTOR), QLineEdit)
    key_clicks(qtbot, line, "Read the charters")
    click(qtbot, bar.next_button)
    clicks += 1
    assert bar.next_button.text() == "Record the meeting…"

    def fill_in() -> None:
        dialog = window.workbook.record_dialog
        assert isinstance(dialog, RecordMeetingDialog) and dialog.isVisible()
        key_clicks(qtbot, dialog.actions_box, "Read both charters")
        dialog.accept()

    QTimer.singleShot(0, fill_in)
    click(qtbot, bar.next_button)
    clicks += 1
    QApplication.processEvents()
    [meeting] = services.meetings.list_for(workbook_id)
    assert meeting.agenda.startswith("Meeting 1: Getting to know each other")
    assert "Backgrounds, hopes and ways of working" in meeting.notes
    assert meeting.next_meeting_at is not None
    # Every two weeks from today, at the time the rhythm gives.
    days = (meeting.next_meeting_at.astimezone().date() - dt.date.today()).days
    assert 13 <= days <= 15
    assert [a.title for a in services.actions.list_for(workbook_id)] == ["Read both charters"]
    assert services.answers.list_for(workbook_id)  # the answers typed on the way are kept
    assert not bar.isVisible()
    if window.exporter.dialog is not None:  # the sheet for the next meeting is offered
        assert window.exporter.dialog.kind() == "meeting"
        window.exporter.dialog.reject()
    assert home.start_button is not None and home.start_button.text() == "Start meeting 2"
    assert clicks == 12  # the closing note quotes this
    # The meeting log shows what was recorded, not the form as it was before.
    bar_tabs = view.tabs.tabBar()
    QTest.mouseClick(bar_tabs, LEFT, pos=bar_tabs.tabRect(MEETINGS_TAB).center())
    assert "Backgrounds, hopes and ways of working" in view.meetings.notes.toPlainText()
    assert view.meetings.actions_agreed.toPlainText() == "Read both charters"


def test_all_ten_planned_meetings_from_the_home_and_meeting_mode_alone(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    """The done-when of issue 15: every planned meeting run by following the home and the
    bar only (never the tree), counting the clicks each takes."""
    window.open_workbook(workbook_id)
    view = window.workbook_view
    home, bar = view.home, view.meeting_bar
    per_meeting = []
    for number in range(1, 11):
        assert home.start_button is not None
        assert home.start_button.text() == f"Start meeting {number}"
        click(qtbot, home.start_button)
        clicks = 1
        while bar.next_button.text() != "Record the meeting…":
            click(qtbot, bar.next_button)
            clicks += 1

        def record() -> None:
            dialog = window.workbook.record_dialog
            assert isinstance(dialog, RecordMeetingDialog)
            dialog.accept()

        QTimer.singleShot(0, record)
        click(qtbot, bar.next_button)
        per_meeting.append(clicks + 1)
        if window.exporter.dialog is not None:
            window.exporter.dialog.reject()
        assert len(services.meetings.list_for(workbook_id)) == number
    assert home.start_button is None  # after the plan there is no meeting to start
    ending = [label.text() for label in home.findChildren(QLabel)]
    assert "All 10 planned meetings are held" in ending
    # One click to start, one per agenda step, one to record: the plan's steps plus two.
    plan = [len(m.items) for m in window.workbook.framework.plan]  # type: ignore[union-attr]
    assert per_meeting == [steps + 2 for steps in plan]
    print("clicks per meeting:", per_meeting)
