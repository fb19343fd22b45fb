"""The German interface: every string translated, chosen in Preferences, used at start."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from actionmentor.services import Services
from actionmentor.ui.common.language import install_language
from actionmentor.ui.common.settings import AppSettings
from actionmentor.ui.shell.app import make_application
from actionmentor.ui.shell.main_window import MainWindow
from actionmentor.ui.workbook.controller import ACTIONS_TAB
from tests.ui.helpers import child, key_click, mouse_click

ROOT = Path(__file__).resolve().parents[3]


def test_every_interface_string_has_a_german_translation() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "translations.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert (ROOT / "resources" / "translations" / "actionmentor_de.qm").stat().st_size > 10_000


@pytest.fixture
def german(qtbot: QtBot) -> Iterator[None]:
    app = make_application()
    assert install_language(app, "de") == "de"
    try:
        yield
    finally:
        install_language(app, "en")


def test_the_window_speaks_german(
    german: None, qtbot: QtBot, services: Services, workbook_id: int
) -> None:
    window = MainWindow(services, remember_session=False)
    qtbot.addWidget(window)
    window.show()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Datei", "&Bearbeiten", "&Gehe zu", "&Hilfe"]
    assert window.library_view.new_button.text() == "Neue Zusammenarbeit…"
    assert window.library_view.search_field.placeholderText().startswith("Alle Arbeitsbücher")
    services.actions.add(workbook_id, "Kurs buchen")
    window.open_workbook(workbook_id)
    assert window.workbook_view.save_state.text() == "Alle Änderungen gespeichert"
    window.workbook_view.tabs.setCurrentIndex(ACTIONS_TAB)
    view = window.workbook_view.action_plan
    model = view.table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[0] == "Aktion" and "Fällig" in headers
    assert view.filter.itemText(0) == "Alle Aktionen"
    assert "Geplant" in [view.filter.itemText(i) for i in range(view.filter.count())]
    window.close()


def test_preferences_choose_the_language_for_the_next_start(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    window.preferences_action.trigger()
    dialog = window.preferences_dialog
    assert dialog.isVisible()
    for _ in range(2):  # past "English" to "Deutsch", as with the arrow keys
        key_click(qtbot, dialog.language, Qt.Key.Key_Down)
    assert dialog.language.currentData() == "de"
    key_click(qtbot, dialog.paper, Qt.Key.Key_Down)
    ok = child(dialog, QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    mouse_click(qtbot, ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "nächsten Start" not in window.statusBar().currentMessage()  # still English now
    assert "next start" in window.statusBar().currentMessage()
    settings = AppSettings(data_dir)
    assert (settings.language(), settings.export_paper()) == ("de", "letter")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        assert install_language(app, settings.language()) == "de"
        assert QApplication.translate("MainWindow", "&File") == "&Datei"
    finally:
        install_language(app, "en")
    assert QApplication.translate("MainWindow", "&File") == "&File"


def test_preferences_offer_a_dark_appearance_at_once(
    qtbot: QtBot, window: MainWindow, data_dir: Path
) -> None:
    """Issue 13, item 22: System / Light / Dark, applied on OK and kept for the next start."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette().color(app.palette().ColorRole.Window)
    try:
        window.preferences_action.trigger()
        dialog = window.preferences_dialog
        for _ in range(2):  # "As the system" → "Light" → "Dark"
            key_click(qtbot, dialog.theme, Qt.Key.Key_Down)
        assert dialog.theme.currentData() == "dark"
        ok = child(dialog, QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        mouse_click(qtbot, ok, Qt.MouseButton.LeftButton)
        assert app.palette().color(app.palette().ColorRole.Window).lightness() < 60
        assert AppSettings(data_dir).theme() == "dark"
        window.preferences_action.trigger()
        dialog = window.preferences_dialog
        assert dialog.theme.currentData() == "dark"
        key_click(qtbot, dialog.theme, Qt.Key.Key_Home)
        ok = child(dialog, QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        mouse_click(qtbot, ok, Qt.MouseButton.LeftButton)
        assert app.palette().color(app.palette().ColorRole.Window) == before
    finally:
        from actionmentor.ui.common.theme import apply_theme

        apply_theme(app, "")
