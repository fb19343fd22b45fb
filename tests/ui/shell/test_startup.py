"""The window paints its library before the services load, from a read-only listing."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from actionmentor.services import Services
from actionmentor.services.events import ChangeBus
from actionmentor.services.library import first_listing
from actionmentor.ui.shell.app import open_or_recover
from actionmentor.ui.shell.main_window import MainWindow
from actionmentor.ui.shell.startup import DeferredServices, after_first_paint
from tests.conftest import FIXTURES


def test_painting_the_library_needs_no_sqlalchemy() -> None:
    code = (
        "import sys, actionmentor.ui.shell.app, actionmentor.ui.shell.main_window;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic',"
        " 'reportlab')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_the_first_listing_matches_the_services(services: Services, workbook_id: int) -> None:
    services.answers.save(workbook_id, "invitation.who", "mentee", "Ben")
    services.workbooks.create("Cleo", "Dev")
    data_dir = services.data_dir
    services.close()  # as at start: nothing open, no write-ahead log left
    listing = first_listing(data_dir)
    assert listing is not None
    assert listing == services.workbooks.all()


def test_no_first_listing_when_the_full_opening_must_come_first(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert first_listing(empty) is None  # nothing there yet
    old = tmp_path / "old"
    old.mkdir()
    shutil.copy(FIXTURES / "db" / "0005_private_encryption.db", old / "actionmentor.db")
    assert first_listing(old) is None  # needs an upgrade
    crashed = tmp_path / "crashed"
    shutil.copytree(old, crashed)
    open_or_recover(crashed).close()  # upgraded: now it could be listed...
    assert first_listing(crashed) is not None
    (crashed / "actionmentor.db-wal").write_bytes(b"\0" * 64)  # ...but a crash left a log
    assert first_listing(crashed) is None
    (tmp_path / "junk").mkdir()
    (tmp_path / "junk" / "actionmentor.db").write_bytes(b"not a database at all")
    assert first_listing(tmp_path / "junk") is None


def test_the_window_paints_first_then_loads_and_works(
    qtbot: QtBot, services: Services, workbook_id: int
) -> None:
    data_dir = services.data_dir
    services.close()
    rows = first_listing(data_dir)
    assert rows is not None
    opened: list[Services] = []

    def opener(folder: Path, changes: ChangeBus) -> Services:
        opened.append(open_or_recover(folder, changes))
        return opened[-1]

    deferred = DeferredServices(data_dir, rows, opener)
    # DeferredServices stands in for Services (it is not one, so mypy says arg-type).
    window = MainWindow(deferred)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    assert not deferred.loaded  # building the window asked for nothing but the listing
    viewport = window.library_view.table.viewport()

    after_first_paint(viewport, deferred.load)
    window.show()
    assert window.library_view.table.model().rowCount() == 1
    qtbot.waitUntil(lambda: deferred.loaded, timeout=5000)
    real = opened[0]
    real.workbooks.rename(workbook_id, "Renamed after loading")  # the shared change bus
    assert window.library_view.table.model().index(0, 0).data() == "Renamed after loading"
    window.open_workbook(workbook_id)
    assert window.workbook_view.title.text() == "Renamed after loading"
    window.close()
    deferred.close()
