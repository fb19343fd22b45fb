"""The library: renaming, ending, trashing (with undo), restoring and purging workbooks."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from actionmentor.services import Services
from actionmentor.ui.shell.main_window import MainWindow
from tests.ui.helpers import click


def test_library_rename_end_trash_undo_restore_and_purge(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    library = window.library_view
    library.table.selectRow(0)
    click(qtbot, library.rename_button)
    dialog = window.library.rename_dialog
    assert dialog is not None
    dialog.setTextValue("Ana and Ben, 2026")
    dialog.accept()
    assert services.workbooks.get(workbook_id).title == "Ana and Ben, 2026"

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
