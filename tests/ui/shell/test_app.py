"""Starting the app: one window per data folder, and recovering a damaged database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget

from actionmentor.services import open_services


def test_a_second_window_on_the_same_data_folder_is_refused(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QLockFile

    import actionmentor.ui.shell.app as app_module

    data_dir.mkdir(parents=True, exist_ok=True)
    first = QLockFile(str(data_dir / "actionmentor.lock"))
    assert first.tryLock(100)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    assert app_module.run_app(data_dir) == 1
    assert "already open" in told[0]
    first.unlock()


def test_a_damaged_database_at_start_offers_the_newest_backup(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import actionmentor.ui.shell.app as app_module
    from actionmentor.storage.database import open_database

    first = open_services(data_dir)
    first.workbooks.create("Ana", "Ben", title="Worth keeping")
    first.close()
    open_database(data_dir).close()  # the day's backup
    (data_dir / "actionmentor.db").write_bytes(b"garbage, not a database")
    asked: list[str] = []

    def answer_yes(_parent: QWidget | None, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    services = app_module.open_or_recover(data_dir)
    try:
        assert "Restore the backup from" in asked[0] and "moved aside" in asked[0]
        assert [w.title for w in services.workbooks.all()] == ["Worth keeping"]
        assert list(data_dir.glob("actionmentor.db.*.damaged"))
    finally:
        services.close()
