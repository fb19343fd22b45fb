"""The library's summaries: rows from storage, with the current stage and progress that the
content defines.

No SQLAlchemy here: the window paints its library from ``first_listing`` before the rest of
the app is loaded, and WorkbookService uses ``workbook_summaries`` inside its sessions, so
both see the same summaries.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from actionmentor.domain.enums import WorkbookStatus
from actionmentor.domain.progress import completed_stages, current_stage, progress_slots
from actionmentor.domain.records import WorkbookSummary
from actionmentor.errors import UserError
from actionmentor.exercises import framework
from actionmentor.storage.listing import (
    answered_counts,
    open_for_first_listing,
    stage_signatures,
    workbook_rows,
)


@cache
def _slot_keys(framework_id: str) -> tuple[str, str]:
    """The framework's progress slots as JSON, and a short key naming that set."""
    slots = json.dumps(sorted(f"{p}|{r}" for p, r in progress_slots(framework(framework_id))))
    return slots, hashlib.sha256(slots.encode()).hexdigest()[:16]


def workbook_summaries(
    conn: Any, *, trash: bool = False, ids: Sequence[int] | None = None
) -> list[WorkbookSummary]:
    """The workbooks (those in the trash with ``trash``; or exactly ``ids``), most recently
    changed first. ``conn`` is a sqlite3 connection; this may add to the progress cache."""
    rows = workbook_rows(conn, trash=trash, ids=ids)
    slot_sets = {row.framework_id: _slot_keys(row.framework_id) for row in rows}
    answered = answered_counts(conn, rows, slot_sets)
    signatures = stage_signatures(conn, (row.id for row in rows))
    summaries = []
    for row in rows:
        fw = framework(row.framework_id)
        stage = current_stage(fw, completed_stages(signatures[row.id]))
        summaries.append(
            WorkbookSummary(
                id=row.id,
                title=row.title,
                mentee=row.mentee,
                mentor=row.mentor,
                mentee_contact=row.mentee_contact,
                mentor_contact=row.mentor_contact,
                framework_id=fw.id,
                framework_title=fw.title,
                status=WorkbookStatus(row.status),
                current_stage_id=stage.id,
                current_stage_title=stage.title,
                answered=answered[row.id],
                total=len(progress_slots(fw)),
                created_at=row.created_at or dt.datetime.now(dt.UTC),
                updated_at=row.updated_at or dt.datetime.now(dt.UTC),
                last_opened_at=row.last_opened_at,
                in_trash=row.deleted_at is not None,
                uuid=row.uuid,
            )
        )
    return summaries


def first_listing(data_dir: Path) -> list[WorkbookSummary] | None:
    """The library, read-only and without SQLAlchemy; None when the full opening must come
    first (no database yet, an upgrade, a crash to check after, anything unexpected)."""
    conn = open_for_first_listing(data_dir)
    if conn is None:
        return None
    try:
        return workbook_summaries(conn)
    except (UserError, sqlite3.Error, ValueError, KeyError):
        return None  # the full opening will say what is wrong
    finally:
        conn.close()
