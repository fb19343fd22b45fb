"""Moving between the stages from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from actionmentor.ui.shell.main_window import MainWindow


def test_ctrl_page_down_moves_between_stages(
    qtbot: QtBot, window: MainWindow, workbook_id: int
) -> None:
    window.open_workbook(workbook_id)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.workbook.navigator.current_stage_id() == "assessment"
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.workbook.navigator.current_stage_id() == "alliance"
