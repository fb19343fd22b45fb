"""The library's summaries, read with plain SQL on a DB-API (sqlite3) connection.

No SQLAlchemy here: the window paints its library from this before the rest of the app is
loaded (ui/shell/startup.py), and WorkbookService uses the same code inside its sessions, so both
see the same summaries.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from typing import Any

from actionmentor.domain.enums import StageStatus, WorkbookStatus
from actionmentor.domain.progress import current_stage, progress_slots
from actionmentor.domain.records import WorkbookSummary
from actionmentor.exercises import framework

_COLUMNS = (
    "id, title, mentee_name, mentee_contact, mentor_name, mentor_contact, framework_id, "
    "status, created_at, updated_at, last_opened_at, deleted_at"
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


@cache
def _slot_keys(framework_id: str) -> tuple[str, str]:
    """The framework's progress slots as JSON, and a short key naming that set."""
    slots = json.dumps(sorted(f"{p}|{r}" for p, r in progress_slots(framework(framework_id))))
    return slots, hashlib.sha256(slots.encode()).hexdigest()[:16]


def _when(text: str | None) -> dt.datetime | None:
    """A stored UTC time (naive text, as UTCDateTime writes it) as an aware datetime."""
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC) if text else None


def workbook_summaries(
    conn: Any, *, trash: bool = False, ids: Sequence[int] | None = None
) -> list[WorkbookSummary]:
    """The workbooks (those in the trash with ``trash``; or exactly ``ids``), most recently
    changed first. ``conn`` is a sqlite3 connection; this may add to the progress cache."""
    if ids is None:
        where = "deleted_at IS NOT NULL" if trash else "deleted_at IS NULL"
        rows = conn.execute(f"SELECT {_COLUMNS} FROM workbooks WHERE {where} "
                            "ORDER BY updated_at DESC").fetchall()  # fmt: skip
    else:
        query = f"SELECT {_COLUMNS} FROM workbooks WHERE id IN (SELECT value FROM json_each(?))"
        rows = conn.execute(query, (json.dumps(list(ids)),)).fetchall()
    wanted = json.dumps([row[0] for row in rows])
    answered = _answered_counts(conn, rows, wanted)
    statuses: dict[int, dict[str, StageStatus]] = defaultdict(dict)
    for wid, stage_id, status in conn.execute(
        "SELECT workbook_id, stage_id, status FROM stage_progress "
        "WHERE workbook_id IN (SELECT value FROM json_each(?))",
        (wanted,),
    ):
        statuses[wid][stage_id] = StageStatus(status)
    summaries = []
    for (wid, title, mentee, mentee_contact, mentor, mentor_contact, framework_id, status,
         created, updated, opened, deleted) in rows:  # fmt: skip
        fw = framework(framework_id)
        stage = current_stage(fw, statuses[wid])
        summaries.append(
            WorkbookSummary(
                id=wid,
                title=title,
                mentee=mentee,
                mentor=mentor,
                mentee_contact=mentee_contact,
                mentor_contact=mentor_contact,
                framework_id=fw.id,
                framework_title=fw.title,
                status=WorkbookStatus(status),
                current_stage_id=stage.id,
                current_stage_title=stage.title,
                answered=answered[wid],
                total=len(progress_slots(fw)),
                created_at=_when(created) or dt.datetime.now(dt.UTC),
                updated_at=_when(updated) or dt.datetime.now(dt.UTC),
                last_opened_at=_when(opened),
                in_trash=deleted is not None,
            )
        )
    return summaries


def _answered_counts(conn: Any, rows: list[Any], wanted: str) -> dict[int, int]:
    """Answered slots per workbook: from the cache where it is current, else counted (and the
    count kept). Counting every answer of a thousand full workbooks takes a noticeable part of
    a second; with the cache the library costs one small query."""
    cached = {
        wid: (key, count)
        for wid, key, count in conn.execute(
            "SELECT workbook_id, content_key, answered FROM progress_cache "
            "WHERE workbook_id IN (SELECT value FROM json_each(?))",
            (wanted,),
        )
    }
    counts: dict[int, int] = {}
    stale: dict[str, list[int]] = defaultdict(list)
    for row in rows:
        wid, framework_id = row[0], row[6]
        entry = cached.get(wid)
        if entry is not None and entry[0] == _slot_keys(framework_id)[1]:
            counts[wid] = entry[1]
        else:
            stale[framework_id].append(wid)
    fresh = []
    for framework_id, ids in stale.items():
        slots, key = _slot_keys(framework_id)
        found = dict(conn.execute(_ANSWERED_SLOTS, (json.dumps(ids), slots)).fetchall())
        for wid in ids:
            counts[wid] = found.get(wid, 0)
            fresh.append((wid, key, counts[wid]))
    if fresh:
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
    return counts
