"""Moving between the stages from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from actionmentor.ui.shell.main_window import MainWindow
from tests.ui.helpers import key_click, navigator


def test_ctrl_page_down_moves_page_by_page(
    qtbot: QtBot, window: MainWindow, workbook_id: int
) -> None:
    """Issue 15: from a stage's page to its first worksheet, not over it to the next stage."""
    window.open_workbook(workbook_id)
    window.activateWindow()
    key_click(qtbot, window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert navigator(window).current_worksheet() == ("alliance", "invitation")
    key_click(qtbot, window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert navigator(window).current_stage_id() == "alliance"
    assert navigator(window).current_worksheet() is None  # the stage's own page
