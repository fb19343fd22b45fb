"""The library's rows, read with plain SQL on a DB-API (sqlite3) connection.

No SQLAlchemy here: the window paints its library from these before the rest of the app has
loaded, and the workbook service reads the same rows inside its sessions, so both agree.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from actionmentor.domain.progress import Signatures
from actionmentor.errors import UserError
from actionmentor.paths import DATABASE_NAME
from actionmentor.storage.inspect import DamagedFile, inspect_file
from actionmentor.storage.read_only import connect_read_only
from actionmentor.storage.schema import HEAD_REVISION


class WorkbookRow(NamedTuple):
    id: int
    title: str
    mentee: str
    mentee_contact: str
    mentor: str
    mentor_contact: str
    framework_id: str
    status: str
    created_at: dt.datetime | None
    updated_at: dt.datetime | None
    last_opened_at: dt.datetime | None
    deleted_at: dt.datetime | None
    uuid: str


_COLUMNS = (
    "id, title, mentee_name, mentee_contact, mentor_name, mentor_contact, framework_id, "
    "status, created_at, updated_at, last_opened_at, deleted_at, uuid"
)
# How many of a framework's progress slots each listed workbook has answered. The first
# parameter is a JSON list of workbook ids, the second of "prompt_id|respondent" keys; copies
# of a repeated worksheet count once.
_ANSWERED_SLOTS = """
    SELECT workbook_id, count(DISTINCT prompt_id || '|' || respondent) FROM answers
    WHERE workbook_id IN (SELECT value FROM json_each(?))
      AND prompt_id || '|' || respondent IN (SELECT value FROM json_each(?))
    GROUP BY workbook_id
"""


def _when(text: str | None) -> dt.datetime | None:
    """A stored UTC time (naive text, as UTCDateTime writes it) as an aware datetime."""
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC) if text else None


def workbook_rows(
    conn: Any, *, trash: bool = False, ids: Sequence[int] | None = None
) -> list[WorkbookRow]:
    """The workbooks (those in the trash with ``trash``; or exactly ``ids``), most recently
    changed first."""
    if ids is None:
        where = "deleted_at IS NOT NULL" if trash else "deleted_at IS NULL"
        rows = conn.execute(f"SELECT {_COLUMNS} FROM workbooks WHERE {where} "
                            "ORDER BY updated_at DESC").fetchall()  # fmt: skip
    else:
        query = f"SELECT {_COLUMNS} FROM workbooks WHERE id IN (SELECT value FROM json_each(?))"
        rows = conn.execute(query, (json.dumps(list(ids)),)).fetchall()
    return [
        WorkbookRow._make([*row[:8], *(_when(t) for t in row[8:12]), row[12] or ""]) for row in rows
    ]


# "Signed, at some time": the library needs whether each person has signed, not when, and
# reading 8,000 timestamps of a thousand workbooks cost it a tenth of a second.
SIGNED = dt.datetime.min.replace(tzinfo=dt.UTC)


def stage_signatures(conn: Any, workbook_ids: Iterable[int]) -> dict[int, dict[str, Signatures]]:
    """Each listed workbook's sign-offs, per stage: who has signed, each time given as
    SIGNED (see above)."""
    found: dict[int, dict[str, Signatures]] = defaultdict(dict)
    for wid, stage_id, mentee, mentor, edited in conn.execute(
        "SELECT workbook_id, stage_id, mentee_signed_at IS NOT NULL, "
        "mentor_signed_at IS NOT NULL, edited_after_signoff_at IS NOT NULL "
        "FROM stage_progress WHERE workbook_id IN (SELECT value FROM json_each(?))",
        (json.dumps(list(workbook_ids)),),
    ):
        found[wid][stage_id] = Signatures(
            SIGNED if mentee else None, SIGNED if mentor else None, SIGNED if edited else None
        )
    return found


def answered_counts(
    conn: Any, rows: Sequence[WorkbookRow], slot_sets: dict[str, tuple[str, str]]
) -> dict[int, int]:
    """Answered progress slots per workbook. ``slot_sets`` gives, per framework, its slots
    as JSON and a short key naming that set. From the cache where it is current, else counted
    (and the count kept): counting every answer of a thousand full workbooks takes a
    noticeable part of a second; with the cache the library costs one small query."""
    cached = {
        wid: (key, count)
        for wid, key, count in conn.execute(
            "SELECT workbook_id, content_key, answered FROM progress_cache "
            "WHERE workbook_id IN (SELECT value FROM json_each(?))",
            (json.dumps([row.id for row in rows]),),
        )
    }
    counts: dict[int, int] = {}
    stale: dict[str, list[int]] = defaultdict(list)
    for row in rows:
        entry = cached.get(row.id)
        if entry is not None and entry[0] == slot_sets[row.framework_id][1]:
            counts[row.id] = entry[1]
        else:
            stale[row.framework_id].append(row.id)
    fresh = []
    for framework_id, ids in stale.items():
        slots, key = slot_sets[framework_id]
        found = dict(conn.execute(_ANSWERED_SLOTS, (json.dumps(ids), slots)).fetchall())
        for wid in ids:
            counts[wid] = found.get(wid, 0)
            fresh.append((wid, key, counts[wid]))
    if fresh:
        _keep_counts(conn, fresh)
    return counts


def _keep_counts(conn: Any, fresh: list[tuple[int, str, int]]) -> None:
    try:  # a read-only database (or a read-only connection) still lists its workbooks
        conn.execute("SAVEPOINT progress_cache")
        conn.executemany("INSERT OR REPLACE INTO progress_cache VALUES (?, ?, ?)", fresh)
        conn.execute("RELEASE progress_cache")
    except sqlite3.OperationalError:
        try:
            conn.execute("ROLLBACK TO progress_cache")
            conn.execute("RELEASE progress_cache")
        except sqlite3.OperationalError:
            pass


def open_for_first_listing(data_dir: Path) -> sqlite3.Connection | None:
    """A read-only connection to the database when it can be listed before the full opening:
    it is ours, current, and no crash left a write-ahead log to check. None otherwise (no
    database yet, an upgrade, anything unexpected): the full opening then says what is
    wrong, with its usual care."""
    path = data_dir / DATABASE_NAME
    wal = path.with_name(path.name + "-wal")
    try:
        if wal.exists() and wal.stat().st_size > 0:
            return None
        if path.with_name(path.name + "-journal").exists():  # a crash to roll back first
            return None
        if inspect_file(path, thorough=False).revision != HEAD_REVISION:
            return None
        return connect_read_only(path)
    except (UserError, DamagedFile, sqlite3.Error, OSError, ValueError):
        return None
