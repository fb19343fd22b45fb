"""Issue 13, item 10: the button the keyboard reached wears a clear ring; a click doesn't."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFocusFrame
from pytestqt.qtbot import QtBot

from actionmentor.ui.shell.main_window import MainWindow
from tests.ui.helpers import LEFT, key_click, mouse_click


def shown_ring(window: MainWindow) -> QFocusFrame | None:
    rings = [ring for ring in window.findChildren(QFocusFrame) if ring.isVisible()]
    return rings[0] if rings else None


def on_screen(widget: QFocusFrame | object) -> QRect:
    assert hasattr(widget, "rect") and hasattr(widget, "mapToGlobal")
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.rect().size())


def test_tabbing_to_a_button_rings_it_and_a_click_does_not(
    qtbot: QtBot, window: MainWindow, workbook_id: int
) -> None:
    library = window.library_view
    mouse_click(qtbot, library.search_field, LEFT)
    assert shown_ring(window) is None  # a text field has its own frame
    key_click(qtbot, library.search_field, Qt.Key.Key_Tab)  # the Workbooks/Trash choice
    choice = QApplication.focusWidget()
    assert choice is library.show_filter
    key_click(qtbot, choice, Qt.Key.Key_Tab)
    assert library.new_button.hasFocus()
    ring = shown_ring(window)
    assert ring is not None
    button = on_screen(library.new_button)
    assert on_screen(ring).contains(button)  # around the button, not on it elsewhere
    assert on_screen(ring).width() <= button.width() + 12
    # The mouse puts focus on a button too, but its pointer says where it is: no ring.
    table = library.table
    row = table.visualRect(table.model().index(0, 0)).center()
    QTest.mouseClick(table.viewport(), LEFT, pos=row)  # a workbook chosen: Open is enabled
    QTest.mousePress(library.open_button, LEFT)
    assert library.open_button.hasFocus()
    assert shown_ring(window) is None
    QTest.mouseRelease(library.search_field, LEFT)  # let go elsewhere: nothing opens
