"""Helpers shared by the window's flow tests: clicking as a person would, and switching
who is writing."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QRadioButton
from pytestqt.qtbot import QtBot

from actionmentor.domain.enums import Person
from actionmentor.ui.shell.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton


def click(qtbot: QtBot, widget) -> None:  # type: ignore[no-untyped-def]
    assert widget.isEnabled(), widget.text() if hasattr(widget, "text") else widget
    if isinstance(widget, QCheckBox | QRadioButton):
        # These react to clicks on their box and label, not on empty space to the right.
        qtbot.mouseClick(widget, LEFT, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, LEFT)


def switch_writer(qtbot: QtBot, window: MainWindow, person: Person) -> None:
    click(qtbot, window.workbook_view.writer_switch.buttons[person])
    assert window.workbook.writer() is person
