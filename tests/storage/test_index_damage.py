"""Damage quick_check misses (an index that no longer matches its table) leads somewhere:
the day's backup refuses with a way out, and `check` rebuilds the index and says so."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from tests.helpers import ok


def _break_an_index(database: Path) -> None:
    """Flip one letter of a key in a leaf page of the answers' unique index, as a bad
    sector might: the table stays whole, the index no longer matches it."""
    conn = sqlite3.connect(database)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode=DELETE")
    (root,) = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_answers_1'"
    ).fetchone()
    (size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    data = bytearray(database.read_bytes())
    page = data[(root - 1) * size : root * size]
    while page[0] == 2:  # an interior page: follow its first cell's left child
        first = int.from_bytes(page[12:14], "big")
        root = int.from_bytes(page[first : first + 4], "big")
        page = data[(root - 1) * size : root * size]
    found = re.search(rb"[a-z]{4}\.[a-z]{3}", bytes(page))
    assert found is not None
    at = (root - 1) * size + found.start()
    data[at] = ord("y") if data[at] == ord("z") else ord("z")
    database.write_bytes(bytes(data))
    conn = sqlite3.connect(database)
    assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)  # what it misses
    assert conn.execute("PRAGMA integrity_check").fetchone() != ("ok",)
    conn.close()


def test_the_days_first_opening_rebuilds_a_broken_index_before_the_backup(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    ok("demo", data_dir=data)
    for backup in (data / "backups").glob("*"):
        backup.unlink()  # so the next opening is the day's first, and backs up
    _break_an_index(data / "actionmentor.db")
    assert "Priya Shah" in ok("list", data_dir=data)  # no stop, no question: nothing was lost
    assert "rebuilt the indexes" in (data / "actionmentor.log").read_text()
    assert [b.name.endswith("-daily.db") for b in (data / "backups").iterdir()] == [True]
    assert ok("check", data_dir=data).strip() == "ok"


def test_check_rebuilds_a_broken_index(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ok("demo", data_dir=data)
    _break_an_index(data / "actionmentor.db")
    repaired = ok("check", data_dir=data)
    assert "repaired: rebuilt the indexes (row" in repaired
    assert ok("check", data_dir=data).strip() == "ok"  # a second run finds nothing
    assert "Priya Shah" in ok("list", data_dir=data)
    assert not list(data.glob("*.damaged"))
