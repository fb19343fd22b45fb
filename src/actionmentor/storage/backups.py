"""Making, keeping, listing, thinning and restoring backups of the database.

Backups go through SQLite's backup API: a plain copy of a live WAL database can be empty.

Backups are named ``actionmentor-YYYYMMDD-HHMMSS-<reason>.db`` (UTC), so their age and why
they were made can be read from the name alone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from pathlib import Path

from actionmentor.domain.records import BackupInfo
from actionmentor.errors import StorageError
from actionmentor.files import ensure_private_dir, fsync_dir, make_private
from actionmentor.storage.failures import disk_is_full, is_damage, trouble
from actionmentor.storage.inspect import has_sqlite_header
from actionmentor.storage.read_only import connect_read_only, reading
from actionmentor.storage.schema import APPLICATION_ID, SCHEMA_REVISIONS

_NAME = re.compile(r"^actionmentor-(\d{8}-\d{6})-([a-z0-9_.-]+?)(?:-\d+)?\.db$")
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 6


class BackupCheckFailed(StorageError):
    """The copy of a database that SQLite's quick look found whole failed the full check."""


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
        src = connect_read_only(source)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                # A backup is a plain file: no -wal or -shm appear beside it when it is read.
                dst.execute("PRAGMA journal_mode=DELETE")
                verdict = dst.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                dst.close()
        finally:
            src.close()
        if verdict != "ok":
            raise BackupCheckFailed(
                f"The backup of {source.name} failed its integrity check, so the database "
                "needs repair: run 'actionmentor check', which rebuilds what it can. "
                "Nothing was changed."
            )
        make_private(partial)
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, final)
        fsync_dir(backup_dir)
    except (sqlite3.Error, OSError) as exc:
        if disk_is_full(backup_dir):
            raise trouble(backup_dir / final.name, exc) from None
        raise StorageError(f"Can't back up {source.name} into {backup_dir}: {exc}.") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    return final


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """Every backup in the folder, newest first. Other files are ignored."""
    found = []
    if not backup_dir.is_dir():
        return []
    for path in backup_dir.iterdir():
        match = _NAME.match(path.name)
        if not match or not path.is_file():
            continue
        stamp = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=dt.UTC)
        found.append(BackupInfo(path, stamp, match.group(2), path.stat().st_size))
    return sorted(found, key=lambda b: (b.created_at, b.path.name), reverse=True)


def daily_backup_due(backup_dir: Path, now: dt.datetime) -> bool:
    return not any(b.created_at.date() == now.date() for b in list_backups(backup_dir))


KEEP_ALL_HOURS = 48


def to_keep(backups: list[BackupInfo], now: dt.datetime) -> set[Path]:
    """Everything from the last two days (so a backup made before a restore or an import is
    not thinned away the same day); beyond that, grandfather-father-son: the newest backup of
    each of the last 7 days with one, of the last 4 weeks and of the last 6 months."""
    recent = now - dt.timedelta(hours=KEEP_ALL_HOURS)
    keep: set[Path] = {b.path for b in backups if b.created_at >= recent}
    for key, limit in (
        (lambda b: b.created_at.date(), KEEP_DAILY),
        (lambda b: b.created_at.isocalendar()[:2], KEEP_WEEKLY),
        (lambda b: (b.created_at.year, b.created_at.month), KEEP_MONTHLY),
    ):
        seen: list[object] = []
        for backup in backups:  # newest first, so the first of each period is its newest
            period = key(backup)
            if period not in seen:
                seen.append(period)
                if len(seen) <= limit:
                    keep.add(backup.path)
    return keep


def thin(backup_dir: Path, now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups the schedule no longer needs; return what was removed."""
    backups = list_backups(backup_dir)
    keep = to_keep(backups, now or dt.datetime.now(dt.UTC))
    removed = []
    for backup in backups:
        if backup.path not in keep:
            with contextlib.suppress(FileNotFoundError):
                backup.path.unlink()
                removed.append(backup.path)
    return removed


def verify_backup(path: Path) -> str:
    """Check that ``path`` is a whole Action Mentor database; return its schema revision."""
    if not has_sqlite_header(path):
        raise StorageError(f"{path.name} is not an Action Mentor backup (not an SQLite file).")
    try:
        with reading(path) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):  # the disk, not the backup: it may well be whole
            raise trouble(path, exc) from None
        raise StorageError(f"{path.name} is damaged and can't be restored ({exc}).") from None
    if app_id != APPLICATION_ID or row is None:
        raise StorageError(f"{path.name} is not an Action Mentor backup.")
    if verdict != "ok":
        raise StorageError(f"{path.name} fails its integrity check and can't be restored.")
    if row[0] not in SCHEMA_REVISIONS:
        raise StorageError(f"{path.name} was made by a newer version of Action Mentor.")
    return str(row[0])


def restore_backup(backup: Path, database: Path, backup_dir: Path) -> Path | None:
    """Replace the database with a copy of ``backup``. The current database, if readable,
    is backed up first; returns that safety backup. Nothing may have the database open."""
    verify_backup(backup)
    safety = None
    if database.exists() and database.stat().st_size > 0:
        with contextlib.suppress(StorageError):  # a damaged current file is not worth keeping
            safety = backup_database(database, backup_dir, "before-restore")
    partial = database.with_name(database.name + ".restoring")
    try:
        with reading(backup) as src:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
        make_private(partial)
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        for suffix in ("-wal", "-shm"):  # these belong to the file being replaced
            with contextlib.suppress(FileNotFoundError):
                database.with_name(database.name + suffix).unlink()
        os.replace(partial, database)
        fsync_dir(database.parent)
    except (OSError, sqlite3.Error) as exc:
        raise StorageError(f"Can't restore {backup.name}: {exc}.") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    return safety


def move_aside(database: Path) -> Path:
    """Rename a damaged database (and its WAL and SHM) out of the way, never writing to it."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    target = database.with_name(f"{database.name}.{stamp}.damaged")
    os.replace(database, target)
    for suffix in ("-wal", "-shm", "-journal"):  # a database never goes without its journal
        side = database.with_name(database.name + suffix)
        if side.exists():
            os.replace(side, target.with_name(target.name + suffix))
    return target
