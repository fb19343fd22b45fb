"""The action plan: adding, completing and filtering actions, and their planning-table links."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from actionmentor.domain.enums import ActionStatus
from actionmentor.services import Services
from actionmentor.ui.shell.main_window import MainWindow
from actionmentor.ui.workbook.controller import ACTIONS_TAB, WORKSHEETS_TAB
from tests.ui.helpers import click, key_click, key_clicks, worksheet_page


def test_add_an_action_complete_it_and_filter(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    window.open_workbook(workbook_id)
    window.workbook_view.tabs.setCurrentIndex(ACTIONS_TAB)
    plan = window.workbook_view.action_plan
    click(qtbot, plan.add_button)
    dialog = window.workbook.actions.dialog
    assert dialog is not None
    dialog.buttons.accepted.emit()  # OK with no title: refused, dialog stays
    assert "can't be empty" in dialog.error.text() and dialog.isVisible()
    key_clicks(qtbot, dialog.title, "Book the finance course")
    key_clicks(qtbot, dialog.goal, "Budget skills")
    late = dt.date.today() - dt.timedelta(days=3)  # already late, typed as a person would
    key_clicks(qtbot, dialog.due.line, late.isoformat())
    click(qtbot, dialog.buttons.buttons()[0])

    [action] = services.actions.list_for(workbook_id)
    assert action.title == "Book the finance course"
    assert action.due_date is not None and action.due_date < dt.date.today()
    assert plan.model.rowCount() == 1
    assert "overdue" in plan.model.index(0, 2).data()
    assert plan.summary.text() == "1 action, 1 open, 1 overdue"  # real plural forms (item 18)

    plan.table.selectRow(0)
    click(qtbot, plan.done_button)
    [action] = services.actions.list_for(workbook_id)
    assert action.status is ActionStatus.DONE and action.completed_at is not None
    assert "overdue" not in plan.model.index(0, 2).data()

    plan.filter.setCurrentIndex(plan.filter.findText("Open (planned or in progress)"))
    assert plan.proxy.rowCount() == 0
    plan.filter.setCurrentIndex(plan.filter.findText("Done"))
    assert plan.proxy.rowCount() == 1

    window.undo_action.trigger()  # undo "mark done"
    assert services.actions.list_for(workbook_id)[0].status is ActionStatus.PLANNED


def test_actions_from_the_planning_table_link_back_to_it(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    services.answers.save(
        workbook_id, "action.plan.actions", "together", [{"Action": "Shadow a manager"}]
    )
    window.open_workbook(workbook_id, "action.plan")
    click(qtbot, worksheet_page(window).actions_button)
    assert "1 action added to the action plan." in window.statusBar().currentMessage()
    window.workbook_view.tabs.setCurrentIndex(ACTIONS_TAB)
    plan = window.workbook_view.action_plan
    plan.table.selectRow(0)
    assert plan.model.index(0, 6).data() == "Planning the actions"
    click(qtbot, plan.source_button)
    assert window.workbook_view.tabs.currentIndex() == WORKSHEETS_TAB
    assert worksheet_page(window).worksheet.id == "action.plan"


def test_a_by_when_that_is_no_date_is_named_and_kept(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    """Issue 13, item 9."""
    by_when = "By when (YYYY-MM-DD)"
    services.answers.save(workbook_id, "action.plan.actions", "together", [
        {"Action": "Shadow a manager", by_when: "next Friday"},
        {"Action": "Book the course", by_when: "2027-02-01"},
    ])  # fmt: skip
    window.open_workbook(workbook_id, "action.plan")
    click(qtbot, worksheet_page(window).actions_button)
    message = window.statusBar().currentMessage()
    assert message.startswith("2 actions added to the action plan.")
    assert "Shadow a manager: “next Friday”" in message and "Book the course" not in message
    shadow, book = services.actions.list_for(workbook_id)
    assert shadow.due_date is None and "By when: next Friday" in shadow.detail
    assert book.due_date is not None and book.due_date.isoformat() == "2027-02-01"


def test_tab_leaves_the_action_plan_table(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    """Issue 13, item 10: the arrow keys move between rows; Tab goes on to the buttons."""
    for title in ("One", "Two"):
        services.actions.add(workbook_id, title)
    window.open_workbook(workbook_id)
    window.workbook_view.tabs.setCurrentIndex(ACTIONS_TAB)
    table = window.workbook_view.action_plan.table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus, timeout=1000)
    key_click(qtbot, table, Qt.Key.Key_Tab)
    assert not table.hasFocus()
