"""Telling damage from trouble. Only a file SQLite finds malformed is damage, to be moved
aside; a full disk, a lock, a read-only file, a missing permission or a -wal that is not an
ordinary file all raise the same exception classes, and must leave the database untouched."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from actionmentor.errors import StorageError

# SQLite's own verdicts on a file's contents; everything else is about the disk around it.
_DAMAGE = ("SQLITE_NOTADB", "SQLITE_CORRUPT")
LOW_SPACE = 1024 * 1024  # below this, an I/O error on opening is most likely a full disk


def is_damage(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(_DAMAGE)


def disk_is_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE
    except OSError:
        return False


def trouble(path: Path, exc: sqlite3.Error | OSError) -> StorageError:
    """One line saying what stands in the way, and that nothing was changed."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    if name.startswith("SQLITE_FULL") or disk_is_full(path.parent):
        return StorageError(
            f"The disk holding {path.parent} is full: free some space and try again. "
            "Nothing was changed."
        )
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return StorageError(f"{path} is busy in another program; try again. Nothing was changed.")
    if name.startswith("SQLITE_READONLY"):
        return StorageError(f"{path} can't be written to (read-only). Nothing was changed.")
    if name.startswith(("SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH")):
        return StorageError(
            f"Can't open {path}: check that you may read and write the folder, and that "
            f"{path.name}-wal and -shm beside it are ordinary files. Nothing was changed."
        )
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return StorageError(f"Can't read {path} ({reason}). Nothing was changed.")
