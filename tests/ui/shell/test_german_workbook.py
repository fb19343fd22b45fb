"""A German-speaking pair at the window: worksheets, options, printouts and messages in
German, while answers are stored as they are in English (so they survive a change of
language)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableWidget
from pytestqt.qtbot import QtBot

from actionmentor.domain.enums import Respondent
from actionmentor.services import Services
from actionmentor.ui.common.language import install_language
from actionmentor.ui.shell.app import make_application
from actionmentor.ui.shell.main_window import MainWindow
from tests.ui.helpers import child, click, editor, key_click, navigator, worksheet_page


@pytest.fixture
def german_window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    app = make_application()
    assert install_language(app, "de") == "de"
    window = MainWindow(services, remember_session=False)
    qtbot.addWidget(window)
    window.show()
    try:
        yield window
    finally:
        window.close()
        install_language(app, "en")


def test_a_german_worksheet_shows_german_options_and_stores_the_english_value(
    qtbot: QtBot, german_window: MainWindow, services: Services, workbook_id: int
) -> None:
    german_window.open_workbook(workbook_id)
    navigator(german_window).select("alliance", "invitation")
    page = worksheet_page(german_window)
    assert page.worksheet.title == "Ihre Mentorin oder Ihren Mentor einladen"
    combo = child(editor(german_window, "invitation.frequency", Respondent.MENTEE), QComboBox)
    shown = [combo.itemText(i) for i in range(combo.count())]
    assert "Alle zwei Wochen" in shown and "Every two weeks" not in shown
    combo.setFocus()
    for _ in range(2):  # "— wählen —" → "Jede Woche" → "Alle zwei Wochen"
        key_click(qtbot, combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Alle zwei Wochen"
    qtbot.waitUntil(
        lambda: any(
            a.prompt_id == "invitation.frequency" and a.value == "Every two weeks"
            for a in services.answers.list_for(workbook_id)
        ),
        timeout=3000,
    )


def test_a_german_table_has_german_column_headers(
    german_window: MainWindow, workbook_id: int
) -> None:
    german_window.open_workbook(workbook_id)
    navigator(german_window).select("action", "action.plan")
    table = child(editor(german_window, "action.plan.actions", Respondent.TOGETHER), QTableWidget)
    model = table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[0] == "Aktion" and "Bis wann (TT.MM.JJJJ)" in headers


def test_the_export_dialog_prints_in_german_by_default_and_offers_english(
    qtbot: QtBot, german_window: MainWindow, services: Services, tmp_path: Path
) -> None:
    from actionmentor.services.demo import create_demo

    wid = create_demo(services, "de")
    german_window.open_workbook(wid)
    opened: list[Path] = []
    german_window.exporter.ask_save_path = lambda window, suggested, kind: tmp_path / suggested  # type: ignore[method-assign]
    german_window.exporter.open_in_viewer = lambda path: opened.append(path)  # type: ignore[method-assign]
    german_window.export_action.trigger()
    dialog = german_window.exporter.dialog
    assert dialog is not None
    assert dialog.language.currentText() == "Deutsch"
    click(qtbot, dialog.buttons_by_kind["action-plan"])
    click(qtbot, dialog.buttons.buttons()[0])
    [written] = opened
    text = PdfReader(written).pages[0].extract_text()
    assert "Aktionsplan" in text and "Seite 1 von 1" in text
    german_window.export_action.trigger()
    dialog = german_window.exporter.dialog
    assert dialog is not None
    dialog.language.setFocus()
    key_click(qtbot, dialog.language, Qt.Key.Key_Up)  # Deutsch → English
    assert dialog.language.currentData() == "en"
    click(qtbot, dialog.buttons_by_kind["action-plan"])
    click(qtbot, dialog.buttons.buttons()[0])
    text = PdfReader(opened[-1]).pages[0].extract_text()
    assert "Action plan" in text and "page 1 of 1" in text


def test_a_service_message_reaches_the_german_window_in_german(
    qtbot: QtBot, german_window: MainWindow, services: Services, tmp_path: Path
) -> None:
    from actionmentor.services.demo import create_demo

    wid = create_demo(services, "de")
    german_window.open_workbook(wid)
    missing = tmp_path / "no such folder"
    german_window.exporter.ask_save_path = lambda window, suggested, kind: missing / suggested  # type: ignore[method-assign]
    german_window.export_action.trigger()
    dialog = german_window.exporter.dialog
    assert dialog is not None
    click(qtbot, dialog.buttons.buttons()[0])
    message = german_window.statusBar().currentMessage()
    assert "no such folder" in message
    assert "does not exist" not in message and "gibt es nicht" in message
