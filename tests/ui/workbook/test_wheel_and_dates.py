"""Issue 13, items 2 and 3: the mouse wheel scrolls the page instead of changing answers it
passes over, and an empty date can be typed (in the interface language or ISO), picked
from a calendar that opens at today, and cleared again."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QTableView, QWidget
from pytestqt.qtbot import QtBot

from actionmentor.domain.enums import Respondent
from actionmentor.services import Services
from actionmentor.ui.common.inputs import DateField, parse_date
from actionmentor.ui.shell.main_window import MainWindow
from actionmentor.ui.workbook.editors.dates import DateEditor
from actionmentor.wording import words
from tests.ui.helpers import child, click, editor, key_click, key_clicks, worksheet_page
from tests.ui.workbook.test_worksheet_editing import open_sheet, stored


def wheel(widget: QWidget, notches: int) -> None:
    """What a mouse wheel over ``widget`` sends it: down for positive ``notches``."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(QPoint(int(centre.x()), int(centre.y())))),
        QPoint(0, 0),
        QPoint(0, -120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_passing_over_a_drop_down_scrolls_the_page(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    window.resize(1024, 500)  # short, so the worksheet scrolls
    open_sheet(window, workbook_id, "alliance", "invitation")
    page = worksheet_page(window)
    combo = child(editor(window, "invitation.frequency", Respondent.MENTEE), QComboBox)
    bar = page.verticalScrollBar()
    assert bar.maximum() > 0
    before = bar.value()
    wheel(combo, 2)
    assert combo.currentIndex() == 0  # still "— choose —"
    assert bar.value() > before  # the page moved instead
    qtbot.wait(600)
    assert ("invitation.frequency", "mentee") not in stored(services, workbook_id)
    combo.setFocus()  # clicked once, it keeps the focus: the wheel still scrolls the page
    qtbot.waitUntil(combo.hasFocus, timeout=1000)
    scrolled = bar.value()
    wheel(combo, -1)
    assert combo.currentIndex() == 0 and bar.value() < scrolled
    key_click(qtbot, combo, Qt.Key.Key_Down)  # the keyboard still chooses
    assert combo.currentIndex() == 1


@pytest.fixture
def review_date(window: MainWindow, workbook_id: int) -> DateField:
    open_sheet(window, workbook_id, "alliance", "agreement.practical")
    found = editor(window, "agreement.practical.review_date", Respondent.TOGETHER, DateEditor)
    return found.date


def _saved(services: Services, workbook_id: int) -> object:
    return stored(services, workbook_id).get(("agreement.practical.review_date", "together"))


def test_an_empty_date_takes_a_typed_iso_date_then_tab_leaves(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int,
    review_date: DateField,
) -> None:  # fmt: skip
    assert review_date.line.text() == "" and review_date.line.placeholderText() == "No date"
    review_date.line.setFocus()
    key_clicks(qtbot, review_date.line, "2027-01-15")
    assert review_date.line.text() == "2027-01-15"  # not "No date0270115"
    key_click(qtbot, review_date.line, Qt.Key.Key_Tab)
    assert not review_date.line.hasFocus()
    qtbot.waitUntil(lambda: _saved(services, workbook_id) == "2027-01-15", timeout=2000)


def test_a_set_date_can_be_selected_and_cleared(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int,
    review_date: DateField,
) -> None:  # fmt: skip
    key_clicks(qtbot, review_date.line, "2027-03-01")
    key_click(qtbot, review_date.line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _saved(services, workbook_id) == "2027-03-01", timeout=2000)
    key_click(qtbot, review_date.line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    # Typed as ISO, it is shown as English writes a date everywhere else in the window.
    assert review_date.line.selectedText() == "1 Mar 2027"
    key_click(qtbot, review_date.line, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: _saved(services, workbook_id) is None, timeout=2000)


def test_a_text_that_is_no_date_is_kept_marked_and_saves_nothing(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int,
    review_date: DateField,
) -> None:  # fmt: skip
    key_clicks(qtbot, review_date.line, "next Friday")
    key_click(qtbot, review_date.line, Qt.Key.Key_Return)
    assert review_date.line.text() == "next Friday"
    assert review_date.line.property("invalid") is True
    assert review_date.line.toolTip().startswith("Not a date.")
    qtbot.wait(600)
    assert _saved(services, workbook_id) is None


def test_the_calendar_of_an_empty_date_opens_at_today_and_picks(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int,
    review_date: DateField,
) -> None:  # fmt: skip
    click(qtbot, review_date.pick)
    calendar = review_date.calendar
    assert calendar is not None and calendar.isVisible()
    today = dt.date.today()
    assert calendar.selectedDate().toPython() == today  # not January 1900
    days = child(calendar, QTableView)  # the grid of days, which has the keyboard
    key_click(qtbot, days, Qt.Key.Key_Right)  # tomorrow, then Enter
    key_click(qtbot, days, Qt.Key.Key_Return)
    tomorrow = today + dt.timedelta(days=1)
    qtbot.waitUntil(lambda: _saved(services, workbook_id) == tomorrow.isoformat(), timeout=2000)
    assert review_date.line.text() == words("en").date(tomorrow)  # "2 Dec 2026"


def test_german_dates_are_shown_and_read_the_german_way() -> None:
    previous = QLocale()
    QLocale.setDefault(QLocale("de"))
    try:
        field = DateField("Datum")
        field.set_date(dt.date(2027, 1, 15))
        assert field.line.text() == "15.01.2027"
        for typed in ("15.01.2027", "15.1.2027", "15.1.27", "2027-01-15"):
            assert parse_date(typed) == dt.date(2027, 1, 15), typed
        assert parse_date("31.02.2027") is None and parse_date("morgen") is None
    finally:
        QLocale.setDefault(previous)


def test_switching_who_writes_keeps_the_place_on_the_page(
    qtbot: QtBot, window: MainWindow, workbook_id: int
) -> None:
    """Issue 13, item 7 (and item 10's shortcut): Ctrl+Shift+W, same scroll, same prompt."""
    from PySide6.QtWidgets import QPlainTextEdit

    from actionmentor.domain.enums import Person

    window.resize(1024, 500)
    open_sheet(window, workbook_id, "alliance", "agreement.roles")
    page = worksheet_page(window)
    box = child(editor(window, "agreement.roles.mentee_commits", Respondent.MENTEE),
                QPlainTextEdit)  # fmt: skip
    page.reveal("agreement.roles.mentee_commits", Respondent.MENTEE)
    qtbot.waitUntil(box.hasFocus, timeout=1000)
    scrolled = page.verticalScrollBar().value()
    assert scrolled > 0
    key_click(qtbot, box, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier
              | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert window.workbook.writer() is Person.MENTOR
    page = worksheet_page(window)
    assert page.verticalScrollBar().value() == scrolled
    # The mentor can't write the mentee's answer: the cursor stays in that prompt's place,
    # on the page as it was; a prompt both write keeps the cursor for the new writer.
    page.reveal("agreement.roles.out_of_scope", Respondent.TOGETHER)
    scrolled = page.verticalScrollBar().value()
    shared = QApplication.focusWidget()
    assert shared is not None
    key_click(qtbot, shared, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier
              | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert window.workbook.writer() is Person.MENTEE
    page = worksheet_page(window)
    assert page.verticalScrollBar().value() == scrolled
    together = editor(window, "agreement.roles.out_of_scope", Respondent.TOGETHER)
    focus = QApplication.focusWidget()
    assert focus is not None and together.isAncestorOf(focus)


def test_the_calendar_opens_on_the_screen_even_at_its_bottom(
    qtbot: QtBot, window: MainWindow, review_date: DateField
) -> None:
    """The last date field of a page is near the bottom of the screen: the calendar opens
    above it rather than off the screen."""
    page = worksheet_page(window)
    page.verticalScrollBar().setValue(page.verticalScrollBar().maximum())
    click(qtbot, review_date.pick)
    calendar = review_date.calendar
    assert calendar is not None
    screen = review_date.screen().availableGeometry()
    assert screen.contains(calendar.frameGeometry()), (screen, calendar.frameGeometry())


def test_the_next_meetings_time_waits_for_a_date(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    from actionmentor.ui.workbook.controller import MEETINGS_TAB

    window.open_workbook(workbook_id)
    window.workbook_view.tabs.setCurrentIndex(MEETINGS_TAB)
    meetings = window.workbook_view.meetings
    click(qtbot, meetings.new_button)
    field = meetings.next_meeting
    assert field.date.date() is None and not field.time.isEnabled()
    key_clicks(qtbot, field.date.line, "2027-01-14")
    key_click(qtbot, field.date.line, Qt.Key.Key_Return)
    assert field.time.isEnabled()
    assert field.date.line.isClearButtonEnabled()
