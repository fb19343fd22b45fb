"""Telling damage from trouble. Only a file SQLite finds malformed is damage, to be moved
aside; a full disk, a lock, a read-only file, a missing permission or a -wal that is not an
ordinary file all raise the same exception classes, and must leave the database untouched."""

from __future__ import annotations

import logging
import shutil
import sqlite3
from pathlib import Path

from actionmentor.errors import StorageError

# SQLite's own verdicts on a file's contents; everything else is about the disk around it.
_DAMAGE = ("SQLITE_NOTADB", "SQLITE_CORRUPT")
LOW_SPACE = 1024 * 1024  # below this, an I/O error on opening is most likely a full disk
_log = logging.getLogger(__name__)


def is_damage(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(_DAMAGE)


def disk_is_full(folder: Path) -> bool:
    try:
        usage = shutil.disk_usage(folder)
    except OSError:
        return False
    return usage.total > 0 and usage.free < LOW_SPACE  # /proc and /sys have no size at all


def trouble(path: Path, exc: BaseException, *, raised: BaseException | None = None) -> StorageError:
    """One line saying what stands in the way of ``exc`` (a driver's error), and that nothing
    was changed; the details go to the log, with the traceback of ``raised`` (the library's
    wrapper, which knows where the call came from) if given."""
    error = _trouble(path, exc)
    _log.warning("%s", error, exc_info=raised or exc)
    return error


def _trouble(path: Path, exc: BaseException) -> StorageError:
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
    if isinstance(exc, sqlite3.Error) and is_damage(exc):
        return StorageError(
            f"{path} is damaged ({exc}): run 'actionmentor check', which repairs what it "
            "can and says which backup to restore otherwise."
        )
    if isinstance(exc, ValueError | AssertionError) or (
        "decode" in str(exc) and "UTF-8" in str(exc)
    ):
        # Bytes that are no text, a date that is no date: SQLite calls the file whole.
        return StorageError(
            f"{path} holds a value that can't be read: run 'actionmentor check' to repair it."
        )
    if name.startswith(("SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH")):
        return StorageError(
            f"Can't open {path}: check that you may read and write the folder, and that "
            f"{path.name}-wal and -shm beside it are ordinary files. Nothing was changed."
        )
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    reason = " ".join(reason.split())[:200]  # one line, whatever the library said
    return StorageError(f"Can't read {path} ({reason}). Nothing was changed.")
