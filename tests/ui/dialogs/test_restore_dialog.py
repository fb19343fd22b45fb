"""File › Restore: bringing back a backup."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from actionmentor.services import Services
from actionmentor.ui.shell.main_window import MainWindow
from tests.ui.helpers import click


def test_file_restore_brings_back_a_backup(
    qtbot: QtBot, window: MainWindow, services: Services, data_dir: Path
) -> None:
    from actionmentor.paths import backups_dir
    from actionmentor.storage.backups import backup_database

    services.workbooks.create("Ana", "Ben", title="Kept")
    backup_database(services.db.path, backups_dir(data_dir), "manual")
    services.workbooks.create("Cleo", "Dev", title="Added later")
    window.restore_action.trigger()
    dialog = window.restore_dialog
    assert dialog.list.count() == 1 and "made by hand" in dialog.list.item(0).text()
    click(qtbot, dialog.buttons.buttons()[0])
    assert [w.title for w in services.workbooks.all()] == ["Kept"]
    assert window.library.model.rowCount() == 1
    assert "Backup restored" in window.statusBar().currentMessage()
