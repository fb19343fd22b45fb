"""Edit › Undo brings back what was deleted."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from actionmentor.domain.enums import Person
from actionmentor.services import Services
from actionmentor.services.demo import create_demo
from actionmentor.ui.shell.main_window import MainWindow
from actionmentor.ui.workbook.controller import JOURNAL_TAB, MEETINGS_TAB
from tests.ui.helpers import click, switch_writer


def test_delete_a_meeting_and_a_journal_entry_then_undo(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    wid = create_demo(services)
    window.open_workbook(wid)
    window.workbook_view.tabs.setCurrentIndex(MEETINGS_TAB)
    meetings = window.workbook_view.meetings
    notes = meetings.notes.toPlainText()  # the newest meeting is shown
    held = len(services.meetings.list_for(wid))
    click(qtbot, meetings.delete_button)
    assert len(services.meetings.list_for(wid)) == held - 1
    window.undo_action.trigger()
    assert notes in [m.notes for m in services.meetings.list_for(wid)]

    window.workbook_view.tabs.setCurrentIndex(JOURNAL_TAB)
    switch_writer(qtbot, window, Person.MENTOR)
    journal = window.workbook_view.journal
    row = next(
        i
        for i in range(journal.entries.count())
        if "Priya undersells" in journal.entries.item(i).text()
    )
    journal.entries.setCurrentRow(row)
    click(qtbot, journal.delete_button)
    assert not any("undersells" in (j.text or "") for j in services.journal.list_for(wid))
    window.undo_action.trigger()
    assert any("undersells" in (j.text or "") for j in services.journal.list_for(wid))
