"""Every stage and worksheet page fits a small laptop screen."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from actionmentor.services import Services
from actionmentor.services.demo import create_demo
from actionmentor.ui.shell.main_window import MainWindow


def test_every_page_fits_1280_by_800_without_sideways_scrolling(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    wid = create_demo(services)
    window.resize(1280, 800)
    window.open_workbook(wid)
    fw = window.workbook.framework
    for stage in fw.all_stages():
        window.workbook.navigator.select_stage(stage.id)
        for sheet in stage.worksheets:
            window.workbook.navigator.select(stage.id, sheet.id)
            page = window.workbook.page
            qtbot.waitUntil(lambda page=page: page.widget().width() > 0)
            assert page.widget().minimumSizeHint().width() <= page.viewport().width(), sheet.id
    assert window.width() <= 1280 and window.minimumSizeHint().width() <= 1280
