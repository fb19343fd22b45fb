"""Data folders for the benchmarks: N copies of the filled-in demo workbook.

The demo is made once through the services; the copies are made in SQL (every table that
belongs to a workbook, with new ids), so 1,000 full workbooks take seconds, not minutes. The
search index fills itself through its triggers, as it would in use.
    .venv/bin/python benchmarks/dataset.py DATA_DIR N
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

# Each table that hangs off a workbook, and its columns other than id and workbook_id.
_CHILD_TABLES = (
    "answers",
    "worksheet_instances",
    "stage_progress",
    "actions",
    "meetings",
    "journal_entries",
    "journal_keys",
)


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    names = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
    return [n for n in names if n not in ("id", "workbook_id")]


def _select(columns: list[str]) -> str:
    """The columns to copy; a copy is a different alliance, so it gets new uuids."""
    return ", ".join("lower(hex(randomblob(16)))" if c == "uuid" else c for c in columns)


def build(data_dir: Path, count: int) -> Path:
    """A data folder holding ``count`` full workbooks; returns the database path."""
    from actionmentor.services import open_services
    from actionmentor.services.demo import create_demo

    services = open_services(data_dir)
    source = create_demo(services)
    path = services.db.path
    services.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("BEGIN")
    book_columns = [c for c in _columns(conn, "workbooks")]
    book_list = ", ".join(book_columns)
    for number in range(2, count + 1):
        cursor = conn.execute(
            f"INSERT INTO workbooks ({book_list}) SELECT {_select(book_columns)} FROM workbooks "
            "WHERE id = ?",
            (source,),
        )
        new_id = cursor.lastrowid
        conn.execute(
            "UPDATE workbooks SET title = title || ' #' || ?, "
            "updated_at = datetime(updated_at, ? || ' minutes') WHERE id = ?",
            (number, -number, new_id),
        )
        for table in _CHILD_TABLES:
            names = _columns(conn, table)
            columns = ", ".join(names)
            conn.execute(
                f"INSERT INTO {table} (workbook_id, {columns}) "
                f"SELECT ?, {_select(names)} FROM {table} WHERE workbook_id = ?",
                (new_id, source),
            )
    conn.execute("COMMIT")
    conn.close()
    return path


if __name__ == "__main__":
    print(build(Path(sys.argv[1]), int(sys.argv[2])))
