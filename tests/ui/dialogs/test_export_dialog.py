"""File › Export: choosing what to print and on which paper, then opening the PDF."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from actionmentor.services import Services
from actionmentor.services.demo import create_demo
from actionmentor.ui.shell.main_window import MainWindow
from tests.ui.helpers import click


def test_file_export_writes_the_pdf_and_opens_it(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    wid = create_demo(services)
    window.open_workbook(wid)
    opened: list[Path] = []
    # Stand-ins for the file dialog and the PDF viewer (mypy: assigning to a method).
    window.exporter.ask_save_path = lambda window, suggested, kind: tmp_path / suggested  # type: ignore[method-assign]
    window.exporter.open_in_viewer = lambda path: opened.append(path)  # type: ignore[method-assign]
    window.export_action.trigger()
    dialog = window.exporter.dialog
    assert dialog is not None
    click(qtbot, dialog.buttons_by_kind["action-plan"])
    assert not dialog.include_private.isEnabled()
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    click(qtbot, dialog.buttons.buttons()[0])
    [written] = opened
    assert written.name.endswith("action-plan.pdf")
    page = PdfReader(written).pages[0]
    assert round(page.mediabox.height) == 612  # Letter, landscape
    assert "Exported to" in window.statusBar().currentMessage()

    window.export_action.trigger()  # the paper choice is remembered
    dialog = window.exporter.dialog
    assert dialog is not None and dialog.paper.currentData() == "letter"
