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


def test_the_next_meeting_follows_the_agreed_rhythm_and_length(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    """Issue 13, item 11: every two weeks on Thursdays, ninety minutes."""
    import datetime as dt

    from icalendar import Calendar

    services.answers.save(workbook_id, "agreement.practical.frequency", "together",
                          "Every two weeks")  # fmt: skip
    services.answers.save(workbook_id, "agreement.practical.length", "together", "90 minutes")
    today = dt.date.today()
    thursday = today - dt.timedelta(days=(today.weekday() - 3) % 7 or 7)  # the last one
    held = dt.datetime.combine(thursday, dt.time(18, 0)).astimezone()
    services.meetings.add(workbook_id, held)
    window.open_workbook(workbook_id)
    window.workbook_view.tabs.setCurrentIndex(MEETINGS_TAB)
    click(qtbot, window.workbook_view.meetings.prepare_button)
    later = services.meetings.list_for(workbook_id)[-1].held_at.astimezone()
    assert later.weekday() == 3 and (later.hour, later.minute) == (18, 0)  # a Thursday at six
    assert dt.timedelta(0) < later - dt.datetime.now().astimezone() <= dt.timedelta(days=14)

    out = services.exports.export(workbook_id, "ics", services.data_dir / "dates.ics")
    events = [e for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")]
    assert {e.decoded("dtend") - e.decoded("dtstart") for e in events} == {dt.timedelta(minutes=90)}
