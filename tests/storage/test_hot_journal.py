"""A rollback journal left beside the database by a crash (an older copy, or another program
in rollback mode) is SQLite's to undo: the database opens with the crashed change rolled back,
and a database is never separated from its journal."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from actionmentor.storage.backups import move_aside
from tests.helpers import ok

# Half a transaction in rollback-journal mode, then SIGKILL: the journal stays "hot".
HALF_WRITE = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size=1")  # spill to the file, so the journal matters
conn.execute("BEGIN")
conn.execute("UPDATE workbooks SET mentee_name = 'Half-written'")
conn.execute("CREATE TABLE junk(x)")
conn.executemany("INSERT INTO junk VALUES (?)", [("x" * 1000,)] * 2000)
print("ready", flush=True)
time.sleep(60)
"""


def _crash_mid_transaction(database: Path) -> None:
    conn = sqlite3.connect(database)
    conn.execute("PRAGMA journal_mode=DELETE")  # as an older copy kept it
    conn.close()
    child = subprocess.Popen(
        [sys.executable, "-c", HALF_WRITE, str(database)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    journal = database.with_name(database.name + "-journal")
    assert journal.is_file() and journal.stat().st_size > 0


def test_a_hot_journal_is_rolled_back_not_treated_as_damage(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ok("new", "--mentee", "Ana", "--mentor", "Ben", data_dir=data)
    for side in data.glob("actionmentor.db-*"):
        side.unlink()
    _crash_mid_transaction(data / "actionmentor.db")
    listed = ok("list", data_dir=data)
    assert "Ana with Ben" in listed and "Half-written" not in listed
    assert not list(data.glob("*.damaged"))
    assert ok("check", data_dir=data).strip() == "ok"


def test_a_database_moved_aside_takes_its_journal(tmp_path: Path) -> None:
    database = tmp_path / "actionmentor.db"
    database.write_bytes(b"not really")
    database.with_name("actionmentor.db-journal").write_bytes(b"journal")
    moved = move_aside(database)
    assert moved.with_name(moved.name + "-journal").read_bytes() == b"journal"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [moved.name, moved.name + "-journal"]
    )
