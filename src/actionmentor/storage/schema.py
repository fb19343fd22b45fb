"""What this version knows about the database file, without loading Alembic."""

from __future__ import annotations

from pathlib import Path

# Every Alembic revision this version ships, oldest first. A test checks this list against
# the migration scripts, so opening an up-to-date database never needs to import Alembic.
SCHEMA_REVISIONS = (
    "0001_initial",
    "0002_opened_and_changed",
    "0003_repeatable_worksheets",
    "0004_trash",
    "0005_private_encryption",
    "0006_search_index",
    "0007_progress_cache",
    "0008_stage_status_derived",
    "0009_content_pacing",
    "0010_copies",
)
HEAD_REVISION = SCHEMA_REVISIONS[-1]

# PRAGMA application_id marks the file as ours ("AcMn"), so `file` and we can tell it apart.
APPLICATION_ID = 0x41634D6E
SQLITE_HEADER = b"SQLite format 3\x00"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
