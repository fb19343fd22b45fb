"""What sits where the database should be, or around it, that is not a healthy database:
each gets one line, and the file is left exactly as it was (a 0-byte file is set aside, since
it holds nothing, and never passes silently for a new database)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import fails, ok

FIXTURES = Path(__file__).parents[1] / "fixtures" / "db"


def test_a_pipe_in_place_of_the_database_is_refused_without_waiting(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "actionmentor.db")
    message = fails("list", data_dir=tmp_path)  # fails() gives up after 60 s: no hang
    assert "not an ordinary file" in message
    assert (tmp_path / "actionmentor.db").is_fifo()


def test_a_device_in_place_of_the_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    (tmp_path / "actionmentor.db").symlink_to("/dev/null")
    assert "not an ordinary file" in fails("new", "--mentee", "A", "--mentor", "B",
                                           data_dir=tmp_path)  # fmt: skip
    assert os.readlink(tmp_path / "actionmentor.db") == "/dev/null"


def test_an_empty_database_file_is_set_aside_with_a_word(tmp_path: Path) -> None:
    (tmp_path / "actionmentor.db").touch()
    message = fails("list", data_dir=tmp_path)
    assert "empty" in message and "moved aside" in message
    assert [p.stat().st_size for p in tmp_path.glob("actionmentor.db.*.damaged")] == [0]
    assert "No workbooks yet" in ok("list", data_dir=tmp_path)  # and then a new one starts


def test_a_database_without_its_schema_revision_is_left_as_it_is(tmp_path: Path) -> None:
    ok("new", "--mentee", "Ann", "--mentor", "Bo", data_dir=tmp_path)
    with sqlite3.connect(tmp_path / "actionmentor.db") as conn:
        conn.execute("DELETE FROM alembic_version")
    before = (tmp_path / "actionmentor.db").read_bytes()
    message = fails("list", data_dir=tmp_path)
    assert "schema revision is missing" in message and "CREATE TABLE" not in message
    assert (tmp_path / "actionmentor.db").read_bytes() == before


@pytest.mark.parametrize("folder", ["/proc", "/sys/kernel"])
def test_a_pseudo_file_system_is_no_data_folder(folder: str) -> None:
    if not Path(folder).is_dir():
        pytest.skip(f"{folder} is not mounted here")
    message = fails("list", data_dir=Path(folder))
    assert "Can't keep files in the data folder" in message or "Can't write" in message
    assert "sqlalche" not in message and "full" not in message


def test_four_commands_opening_an_old_database_at_once_upgrade_it_once(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "0001_initial.db", tmp_path / "actionmentor.db")
    argv = [sys.executable, "-m", "actionmentor", "--data-dir", str(tmp_path), "list"]
    runs = [subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(4)]  # fmt: skip
    results = [(p.wait(timeout=120), *p.communicate()) for p in runs]
    assert [(code, err) for code, _, err in results] == [(0, "")] * 4
    assert len({out for _, out, _ in results}) == 1  # all four list the same workbooks
    upgrades = list((tmp_path / "backups").glob("*before-upgrade*"))
    assert len(upgrades) == 1, upgrades
    assert "ok" in ok("check", data_dir=tmp_path)
