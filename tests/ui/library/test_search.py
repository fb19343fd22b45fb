"""Finding words in every workbook (Ctrl+F) and opening the place they were found."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from actionmentor.domain.enums import Respondent
from actionmentor.services import Services
from actionmentor.services.demo import create_demo
from actionmentor.ui.common.search_results import HIT_ROLE
from actionmentor.ui.shell.main_window import MainWindow
from actionmentor.ui.workbook.controller import JOURNAL_TAB
from actionmentor.ui.workbook.worksheet_page import WorksheetPage
from tests.ui.helpers import click, key_click, key_clicks


def test_ctrl_f_finds_text_in_any_workbook_and_opens_its_place(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    wid = create_demo(services)
    services.journal.add(wid, "mentor", "Remember the zanzibar question")
    key_click(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # the library
    field = window.library_view.search_field
    assert window.stack.currentWidget() is window.library_view and field.hasFocus()

    key_clicks(qtbot, field, "confid")
    results = window.library_view.results
    qtbot.waitUntil(lambda: results.list.count() == 3)
    assert results.summary.text() == "Found in 3 places for “confid”"
    assert not window.library_view.open_button.isVisible()  # the buttons act on the list
    rows = [results.list.item(i).text() for i in range(3)]
    assert all(row.startswith("Priya and Tom: towards ward manager · ") for row in rows)
    mentor_row = next(i for i, row in enumerate(rows) if "(mentor)" in row)
    results.list.setCurrentRow(mentor_row)
    key_click(qtbot, results.list, Qt.Key.Key_Return)
    page = window.workbook.page
    assert isinstance(page, WorksheetPage) and page.worksheet.id == "agreement.roles"
    editor = next(e for (pid, who), e in page.editors.items() if who is Respondent.MENTOR
                  and pid == "agreement.roles.mentor_charter")  # fmt: skip
    assert not editor.visibleRegion().isEmpty()  # scrolled to (it is Tom's, so read-only)

    window.find_in_library()
    field.clear()
    key_clicks(qtbot, field, "zanzib")
    qtbot.waitUntil(lambda: results.list.count() == 1)
    key_click(qtbot, field, Qt.Key.Key_Return)  # Enter opens the first result
    assert window.workbook_view.tabs.currentIndex() == JOURNAL_TAB
    assert "zanzibar question" in window.workbook_view.journal.entries.currentItem().text()

    window.find_in_library()
    field.clear()
    key_clicks(qtbot, field, "zzzz")
    qtbot.waitUntil(lambda: "Nothing found" in results.summary.text())
    key_click(qtbot, field, Qt.Key.Key_Escape)
    assert (
        field.text() == ""
        and window.library_view.stack.currentWidget() is window.library_view.table
    )
    assert window.library_view.open_button.isVisible()


def test_ctrl_f_inside_a_workbook_finds_in_it_first_then_widens(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    """Issue 13, item 15."""
    first = create_demo(services)
    other = create_demo(services)  # the same words in another workbook
    window.open_workbook(first)
    key_click(qtbot, window.workbook_view.tabs, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.workbook_view  # still in the workbook
    bar = window.workbook_view.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    key_clicks(qtbot, bar.field, "confid")
    qtbot.waitUntil(lambda: bar.results.list.count() > 0, timeout=2000)
    hits = [bar.results.list.item(i) for i in range(bar.results.list.count())]
    assert all(item.data(HIT_ROLE).workbook_id == first for item in hits)
    assert not any(item.text().startswith("Priya and Tom") for item in hits)  # said once
    key_click(qtbot, bar.field, Qt.Key.Key_Return)  # Enter opens the first place found
    assert window.stack.currentWidget() is window.workbook_view
    click(qtbot, bar.widen_button)  # "Search all workbooks": the library, same words
    assert window.stack.currentWidget() is window.library_view
    field = window.library_view.search_field
    assert field.text() == "confid"
    results = window.library_view.results
    qtbot.waitUntil(lambda: results.list.count() > len(hits), timeout=2000)
    assert other in {results.list.item(i).data(HIT_ROLE).workbook_id
                     for i in range(results.list.count())}  # fmt: skip
