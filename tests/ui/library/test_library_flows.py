"""The library: renaming, ending, trashing (with undo), restoring and purging workbooks."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from actionmentor.services import Services
from actionmentor.ui.shell.main_window import MainWindow
from tests.ui.helpers import click, key_clicks


def test_library_rename_end_trash_undo_restore_and_purge(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    library = window.library_view
    library.table.selectRow(0)
    click(qtbot, library.rename_button)
    dialog = window.library.rename_dialog
    assert dialog is not None
    key_clicks(qtbot, dialog.title, "Ana and Ben, 2026")  # the old title is selected
    dialog.mentor.clear()
    key_clicks(qtbot, dialog.mentor, "Benedita Ota")
    key_clicks(qtbot, dialog.mentor_contact, "ben@example.org")
    click(qtbot, dialog.buttons.buttons()[0])
    renamed = services.workbooks.get(workbook_id)
    assert (renamed.title, renamed.mentor, renamed.mentor_contact) == (
        "Ana and Ben, 2026", "Benedita Ota", "ben@example.org")  # fmt: skip
    assert library.model.index(0, 2).data() == "Benedita Ota"
    window.undo_action.trigger()  # Edit › Undo puts the names back
    assert services.workbooks.get(workbook_id).mentor != "Benedita Ota"
    window.redo_action.trigger()
    assert services.workbooks.get(workbook_id).mentor == "Benedita Ota"

    library.table.selectRow(0)
    click(qtbot, library.rename_button)
    dialog = window.library.rename_dialog
    assert dialog is not None
    dialog.mentee.clear()
    click(qtbot, dialog.buttons.buttons()[0])
    assert dialog.isVisible() and "can't be empty" in dialog.error.text()
    click(qtbot, dialog.buttons.buttons()[1])

    library.table.selectRow(0)
    click(qtbot, library.end_button)
    assert services.workbooks.get(workbook_id).status == "ended"
    assert library.end_button.text() == "Reopen alliance"
    click(qtbot, library.open_button)
    assert window.workbook_view.ended_banner.isVisibleTo(window.workbook_view)
    click(qtbot, window.workbook_view.back_button)

    library.table.selectRow(0)
    click(qtbot, library.trash_button)
    assert services.workbooks.all() == []
    assert "Edit › Undo" in window.statusBar().currentMessage()
    window.undo_action.trigger()
    assert [w.id for w in services.workbooks.all()] == [workbook_id]

    library.table.selectRow(0)
    click(qtbot, library.trash_button)
    library.show_filter.setCurrentIndex(library.show_filter.findData("trash"))
    assert library.restore_button.isVisible() and not library.open_button.isVisible()
    library.table.selectRow(0)
    click(qtbot, library.purge_button)
    box = window.library.confirm_box
    assert box is not None
    click(qtbot, box.button(box.StandardButton.Yes))
    assert services.workbooks.all(trash=True) == []
    assert library.stack.currentWidget() is library.empty


def test_the_trash_is_titled_trash(qtbot: QtBot, window: MainWindow) -> None:
    """Issue 13, item 21."""
    library = window.library_view
    assert library.title.text() == "Your workbooks"
    library.show_filter.setCurrentIndex(library.show_filter.findData("trash"))
    assert library.title.text() == "Trash"
    library.show_filter.setCurrentIndex(library.show_filter.findData("workbooks"))
    assert library.title.text() == "Your workbooks"


def test_rename_warns_once_when_both_people_share_a_name(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    library = window.library_view
    library.table.selectRow(0)
    click(qtbot, library.rename_button)
    dialog = window.library.rename_dialog
    assert dialog is not None
    mentee = dialog.mentee.text()
    dialog.mentor.clear()
    key_clicks(qtbot, dialog.mentor, mentee.upper())
    click(qtbot, dialog.buttons.buttons()[0])
    assert dialog.isVisible() and "the mentee's name" in dialog.error.text()
    assert services.workbooks.get(workbook_id).mentor != mentee.upper()
    click(qtbot, dialog.buttons.buttons()[0])  # really another person of that name
    assert services.workbooks.get(workbook_id).mentor == mentee.upper()
