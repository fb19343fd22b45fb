"""Backups through SQLite's backup API: a plain copy of a live WAL database can be empty."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from pathlib import Path

from actionmentor.errors import StorageError
from actionmentor.files import ensure_private_dir, fsync_dir, make_private


def backup_database(source: Path, backup_dir: Path, label: str) -> Path:
    """Write a checked, owner-only copy of ``source`` into ``backup_dir``; return its path.

    The copy goes to a temporary name, is integrity-checked and fsynced, then renamed,
    so a backup file that exists is always whole.
    """
    ensure_private_dir(backup_dir)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    final = backup_dir / f"actionmentor-{stamp}-{label}.db"
    counter = 1
    while final.exists():
        counter += 1
        final = backup_dir / f"actionmentor-{stamp}-{label}-{counter}.db"
    partial = final.with_name(final.name + ".partial")
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                verdict = dst.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                dst.close()
        finally:
            src.close()
        if verdict != "ok":
            raise StorageError(f"The backup of {source.name} failed its integrity check.")
        make_private(partial)
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, final)
        fsync_dir(backup_dir)
    except (sqlite3.Error, OSError) as exc:
        raise StorageError(f"Can't back up {source.name} into {backup_dir}: {exc}.") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    return final
