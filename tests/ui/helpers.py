"""Helpers shared by the window's flow tests: clicking and typing as a person would, switching
who is writing, and reaching the page, navigator and widgets a test expects to be there.

pytest-qt's raw `qtbot.keyClicks`, `qtbot.keyClick` and `qtbot.mouseClick` only forward their
arguments to `QTest` and carry no annotations, so these call the (typed) `QTest` functions
themselves; they take the test's `qtbot` all the same, so a call reads as before.
"""

from __future__ import annotations

from typing import TypeVar, overload

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QRadioButton,
    QTreeWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from actionmentor.domain.enums import Person, Respondent
from actionmentor.ui.shell.main_window import MainWindow
from actionmentor.ui.workbook.editors import PromptEditor
from actionmentor.ui.workbook.navigator import StageNavigator
from actionmentor.ui.workbook.stage_page import StagePage
from actionmentor.ui.workbook.worksheet_page import WorksheetPage

LEFT = Qt.MouseButton.LeftButton
NO_MODIFIER = Qt.KeyboardModifier.NoModifier

Q = TypeVar("Q", bound=QObject)
E = TypeVar("E", bound=PromptEditor)


def click(qtbot: QtBot, widget: QAbstractButton) -> None:
    assert widget.isEnabled(), widget.text()
    if isinstance(widget, QCheckBox | QRadioButton):
        # These react to clicks on their box and label, not on empty space to the right.
        QTest.mouseClick(widget, LEFT, pos=QPoint(8, widget.height() // 2))
    else:
        QTest.mouseClick(widget, LEFT)


def mouse_click(qtbot: QtBot, widget: QWidget, button: Qt.MouseButton) -> None:
    """`qtbot.mouseClick(widget, button)`, typed."""
    QTest.mouseClick(widget, button)


def key_clicks(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """`qtbot.keyClicks(widget, text)`, typed."""
    QTest.keyClicks(widget, text)


def key_click(
    qtbot: QtBot,
    widget: QWidget,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = NO_MODIFIER,
) -> None:
    """`qtbot.keyClick(widget, key, modifier)`, typed."""
    QTest.keyClick(widget, key, modifier)


def switch_writer(qtbot: QtBot, window: MainWindow, person: Person) -> None:
    click(qtbot, window.workbook_view.writer_switch.buttons[person])
    assert window.workbook.writer() is person


def show_stages(qtbot: QtBot, window: MainWindow) -> None:
    """From a workbook's home, click "All stages and worksheets…" (a workbook opens at its
    home; the stage and worksheet pages are one click away)."""
    click(qtbot, window.workbook_view.home.stages_button)


def navigator(window: MainWindow) -> StageNavigator:
    """The open workbook's stage navigator."""
    found = window.workbook.navigator
    assert found is not None, "no workbook is open"
    return found


def stage_item(window: MainWindow, row: int) -> QTreeWidgetItem:
    """The navigator's row for one stage (the stages are its top-level items)."""
    item = navigator(window).topLevelItem(row)
    assert item is not None, row
    return item


def stage_page(window: MainWindow) -> StagePage:
    """The page shown in the Worksheets tab, which must be a stage page."""
    page = window.workbook.page
    assert isinstance(page, StagePage), page
    return page


def worksheet_page(window: MainWindow) -> WorksheetPage:
    """The page shown in the Worksheets tab, which must be a worksheet page."""
    page = window.workbook.page
    assert isinstance(page, WorksheetPage), page
    return page


def child(parent: QObject, kind: type[Q]) -> Q:
    """`parent.findChild(kind)`, which must find one."""
    found = parent.findChild(kind)
    assert found is not None, f"no {kind.__name__} in {parent!r}"
    return found


@overload
def editor(window: MainWindow, prompt_id: str, respondent: Respondent) -> PromptEditor: ...
@overload
def editor(window: MainWindow, prompt_id: str, respondent: Respondent, kind: type[E]) -> E: ...
def editor(
    window: MainWindow,
    prompt_id: str,
    respondent: Respondent,
    kind: type[PromptEditor] = PromptEditor,
) -> PromptEditor:
    """One person's editor for a prompt on the worksheet shown (of the kind given, if any)."""
    found = worksheet_page(window).editors[(prompt_id, respondent)]
    assert isinstance(found, kind), found
    return found


def instance_combo(page: WorksheetPage) -> QComboBox:
    """The chooser of copies on a repeatable worksheet's page."""
    combo = page.instance_combo
    assert combo is not None, f"{page.worksheet.id} is not a repeatable worksheet"
    return combo
