"""A read-only look at a database file: is it ours, which schema revision, is it whole.

No SQLAlchemy here, so the window can decide how to open the file before loading it.
"""

from __future__ import annotations

import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from actionmentor.errors import NewerDatabaseError, StorageError
from actionmentor.storage.failures import is_damage, trouble
from actionmentor.storage.read_only import connect_read_only
from actionmentor.storage.schema import APPLICATION_ID, SCHEMA_REVISIONS, SQLITE_HEADER


class DamagedFile(Exception):
    """Raised inside inspect_file; open_database turns it into DamagedDatabaseError."""


@dataclass(frozen=True)
class FileState:
    """What a look at the file, read-only, found."""

    exists: bool
    revision: str | None = None


def has_sqlite_header(path: Path) -> bool:
    """True if the file starts like an SQLite database; StorageError if it can't be read."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError as exc:
        raise StorageError(f"Can't read {path}: {exc.strerror}.") from None


def inspect_file(path: Path, *, thorough: bool = True) -> FileState:
    """Read the header, application id and schema revision without writing anything; when
    ``thorough``, also run SQLite's quick_check, which reads every page."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return FileState(exists=False)
    except OSError as exc:
        raise trouble(path, exc) from None
    if not stat.S_ISREG(mode):  # a pipe would hang SQLite, a device would swallow the data
        raise StorageError(
            f"{path} is not an ordinary file (a folder, pipe or device). It has been left as "
            "it is; move it away to start afresh."
        )
    if path.stat().st_size == 0:
        # SQLite would take an empty file for a new database; a file that lost its contents
        # (a failed copy, a sync gone wrong) must not pass for one without a word.
        raise DamagedFile("the file is empty: 0 bytes")
    if not has_sqlite_header(path):
        raise DamagedFile("it is not an SQLite file")
    try:
        conn = connect_read_only(path)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {
                row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
                if revision is None:
                    raise StorageError(
                        f"{path} does not say which version of Action Mentor wrote it (its "
                        "schema revision is missing), so it can't be opened safely. It has "
                        "been left as it is; 'actionmentor backups' lists backups to restore."
                    )
            verdict = conn.execute("PRAGMA quick_check").fetchone()[0] if thorough else "ok"
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            raise DamagedFile(str(exc)) from None
        raise trouble(path, exc) from None
    if verdict != "ok":
        raise DamagedFile(f"the integrity check says: {verdict}")
    if tables and (app_id != APPLICATION_ID or "alembic_version" not in tables):
        raise StorageError(
            f"{path} is an SQLite file from another program, not an Action Mentor database. "
            "It has been left as it is."
        )
    if revision is not None and revision not in SCHEMA_REVISIONS:
        raise NewerDatabaseError(
            f"{path} was written by a newer version of Action Mentor (schema {revision}). "
            "Install the newer version to open it; the file has been left as it is."
        )
    return FileState(exists=True, revision=revision)
