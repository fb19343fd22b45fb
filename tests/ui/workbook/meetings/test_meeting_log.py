"""The meeting log: recording a meeting and preparing the next one."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from actionmentor.services import Services
from actionmentor.ui.shell.main_window import MainWindow
from actionmentor.ui.workbook.controller import MEETINGS_TAB
from tests.ui.helpers import click, key_clicks


def test_log_a_meeting_and_prepare_the_next(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    services.actions.add(workbook_id, "Talk to my manager")
    window.open_workbook(workbook_id)
    window.workbook_view.tabs.setCurrentIndex(MEETINGS_TAB)
    meetings = window.workbook_view.meetings
    assert meetings.empty.isVisibleTo(meetings)
    click(qtbot, meetings.new_button)
    key_clicks(qtbot, meetings.place, "Library cafe")
    key_clicks(qtbot, meetings.notes, "We agreed the arrangements.")
    key_clicks(qtbot, meetings.actions_agreed, "Ana drafts the agreement.")
    qtbot.waitUntil(lambda: window.workbook_view.save_state.text() == "All changes saved")
    [meeting] = services.meetings.list_for(workbook_id)
    assert (meeting.place, meeting.notes, meeting.actions_agreed) == (
        "Library cafe",
        "We agreed the arrangements.",
        "Ana drafts the agreement.",
    )

    click(qtbot, meetings.prepare_button)
    later = services.meetings.list_for(workbook_id)[-1]
    assert "- Talk to my manager" in later.agenda and "Alliance:" in later.agenda
    assert later.place == "Library cafe"
    assert meetings.agenda.toPlainText() == later.agenda
