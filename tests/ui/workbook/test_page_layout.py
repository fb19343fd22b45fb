"""Every stage and worksheet page fits a small laptop screen."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from actionmentor.services import Services
from actionmentor.services.demo import create_demo
from actionmentor.ui.shell.main_window import MainWindow
from tests.ui.helpers import navigator


def body(page: QScrollArea) -> QWidget:
    """What a page scrolls: the one widget it is given when it is built."""
    widget = page.widget()
    assert widget is not None
    return widget


def laid_out(page: QScrollArea) -> bool:
    return body(page).width() > 0


def test_every_page_fits_1280_by_800_without_sideways_scrolling(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    wid = create_demo(services)
    window.resize(1280, 800)
    window.open_workbook(wid)
    fw = window.workbook.framework
    assert fw is not None
    for stage in fw.all_stages():
        navigator(window).select_stage(stage.id)
        for sheet in stage.worksheets:
            navigator(window).select(stage.id, sheet.id)
            page = window.workbook.page
            assert page is not None
            qtbot.waitUntil(partial(laid_out, page))
            assert body(page).minimumSizeHint().width() <= page.viewport().width(), sheet.id
    assert window.width() <= 1280 and window.minimumSizeHint().width() <= 1280
