"""File › Export: choosing what to print and on which paper, then opening the PDF."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from actionmentor.services import Services
from actionmentor.services.demo import create_demo
from actionmentor.ui.shell.main_window import MainWindow
from tests.ui.helpers import click, key_clicks


def _stand_ins(window: MainWindow, folder: Path, opened: list[Path]) -> None:
    """The file dialog answers with a file in ``folder``; the PDF viewer notes what it got
    (mypy: assigning to a method)."""
    window.exporter.ask_save_path = lambda window, suggested, kind: folder / suggested  # type: ignore[method-assign]
    window.exporter.open_in_viewer = lambda path: opened.append(path)  # type: ignore[method-assign]


def test_file_export_writes_the_pdf_and_opens_it(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    wid = create_demo(services)
    window.open_workbook(wid)
    opened: list[Path] = []
    _stand_ins(window, tmp_path, opened)
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


def _export_with_private(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, passphrase: str | None
) -> list[Path]:
    opened: list[Path] = []
    _stand_ins(window, tmp_path, opened)
    window.export_action.trigger()
    dialog = window.exporter.dialog
    assert dialog is not None
    assert not dialog.passphrase.isVisible()
    click(qtbot, dialog.include_private)
    assert dialog.passphrase.isVisible()
    if passphrase is not None:
        key_clicks(qtbot, dialog.passphrase, passphrase)
    click(qtbot, dialog.buttons.buttons()[0])
    return opened


def test_including_private_entries_asks_the_passphrase_and_prints_them(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    window.open_workbook(create_demo(services))  # the mentee is writing
    assert _export_with_private(qtbot, window, tmp_path, "not-her-phrase") == []
    dialog = window.exporter.dialog
    assert dialog is not None and dialog.isVisible()  # the dialog stays and says why
    assert "passphrase" in dialog.error.text().lower()
    dialog.passphrase.clear()
    key_clicks(qtbot, dialog.passphrase, "priya-demo")
    opened: list[Path] = []
    window.exporter.open_in_viewer = lambda path: opened.append(path)  # type: ignore[method-assign]
    click(qtbot, dialog.buttons.buttons()[0])
    [written] = opened
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(written).pages)
    assert "only want to prove I could get it" in text
    assert "with 1 of your private entries" in window.statusBar().currentMessage()


def test_without_including_them_private_entries_stay_out(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    window.open_workbook(create_demo(services))
    opened: list[Path] = []
    _stand_ins(window, tmp_path, opened)
    window.export_action.trigger()
    dialog = window.exporter.dialog
    assert dialog is not None
    click(qtbot, dialog.buttons.buttons()[0])
    [written] = opened
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(written).pages)
    assert "prove I could get it" not in text


def test_ctrl_p_exports_from_inside_a_one_line_field(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    """Found under X: a one-line field keeps Ctrl+E for "end of line"; Ctrl+P still exports."""
    from PySide6.QtCore import Qt

    from actionmentor.ui.workbook.controller import MEETINGS_TAB
    from tests.ui.helpers import key_click

    window.open_workbook(create_demo(services))
    window.workbook_view.tabs.setCurrentIndex(MEETINGS_TAB)
    place = window.workbook_view.meetings.place
    place.setFocus()
    qtbot.waitUntil(place.hasFocus, timeout=1000)
    key_click(qtbot, place, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = window.exporter.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_the_form_for_the_partner_comes_from_the_export_dialog(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    wid = create_demo(services)
    window.open_workbook(wid)
    opened: list[Path] = []
    _stand_ins(window, tmp_path, opened)
    window.export_action.trigger()
    dialog = window.exporter.dialog
    assert dialog is not None
    click(qtbot, dialog.buttons_by_kind["form"])
    click(qtbot, dialog.buttons.buttons()[0])
    [written] = opened
    fields = PdfReader(written).get_fields() or {}
    assert "am_form" in fields and len(fields) > 50
    text = PdfReader(written).pages[0].extract_text()
    assert "The workbook for Tom Okafor to fill in" in text  # the mentee's laptop: for Tom
