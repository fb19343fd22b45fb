"""Opening the database: check the file, back up and migrate if needed, then hand out sessions.

Normal work runs with foreign keys on, WAL and synchronous=FULL. Migrations run on their
own connection with foreign keys off (a batch rebuild would otherwise cascade-delete child
rows), after a backup, and end with a foreign_key_check.
"""

from __future__ import annotations

import logging
import sqlite3
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from actionmentor.errors import DamagedDatabaseError, StorageError
from actionmentor.files import ensure_private_dir, make_private, remove_stale
from actionmentor.paths import DATABASE_NAME, backups_dir
from actionmentor.storage.backups import (
    BackupCheckFailed,
    backup_database,
    daily_backup_due,
    list_backups,
    move_aside,
    thin,
    verify_backup,
)
from actionmentor.storage.failures import trouble
from actionmentor.storage.inspect import DamagedFile, has_sqlite_header, inspect_file
from actionmentor.storage.schema import (
    APPLICATION_ID,
    HEAD_REVISION,
    MIGRATIONS_DIR,
)
from actionmentor.storage.search_schema import MERGE_SQL
from actionmentor.storage.types import utcnow
from actionmentor.storage.users import UsersLock, preparing_alone

_log = logging.getLogger(__name__)


def _make_engine(path: Path, *, foreign_keys: bool) -> Engine:
    # One pooled connection is reused by every short session: connecting (and its PRAGMAs)
    # cost more than a whole autosave. close() disposes of it, so a restore or a migration
    # never meets an open connection.
    # The file is opened by a creator, not named in a URL: a "?" or "%" in a folder's name
    # would otherwise change what the URL means (a sibling file, or no file at all).
    target = str(path)
    engine = create_engine(
        "sqlite://",
        creator=lambda: sqlite3.connect(target, check_same_thread=False),  # the pool serialises
        poolclass=QueuePool,
        pool_size=1,
        max_overflow=4,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so
        # that PRAGMAs below run outside any transaction (where they take effect).
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.execute("PRAGMA secure_delete=ON")  # deleted text is overwritten, not left behind
        cursor.close()
        # WAL mode has created the -wal and -shm files by now: owner-only, whatever the umask.
        make_private(path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # IMMEDIATE takes the write lock at the start, waiting (busy_timeout) for another
        # writer to finish. A deferred transaction that reads, then writes after another
        # connection committed, fails at once with "database is locked": no wait applies.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def migrate(path: Path, target: str = "head") -> None:
    """Upgrade the schema (to the newest revision unless told otherwise), foreign keys off."""
    from alembic import command
    from alembic.config import Config

    engine = _make_engine(path, foreign_keys=False)
    try:
        with engine.connect() as conn:
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS_DIR))
            config.attributes["connection"] = conn
            command.upgrade(config, target)
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            conn.commit()
        if problems:
            raise StorageError(
                f"After upgrading {path.name}, {len(problems)} rows point at missing records. "
                "A backup from before the upgrade is in the backups folder."
            )
    finally:
        engine.dispose()


class Database:
    """An open, up-to-date database. Sessions are short-lived: one per operation."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._users = UsersLock(path)
        self._users.share()
        # What a killed backup or restore left behind (young files may still be written).
        remove_stale(backups_dir(path.parent), "*.db.partial")
        remove_stale(path.parent, f"{path.name}.restoring")
        self._connect()

    def _connect(self) -> None:
        self.engine = _make_engine(self.path, foreign_keys=True)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def replace_with(self, backup: Path) -> Path | None:
        """Put ``backup`` in place of this database and carry on with it (upgraded if it is
        older). Everyone holding this Database sees the restored data. Returns the backup
        made of what was replaced."""
        from actionmentor.storage.backups import restore_backup

        data_dir = self.path.parent
        self._users.take_alone()  # refused while another process or opening has it
        self.engine.dispose()  # sessions are short-lived: nothing stays open
        try:
            safety = restore_backup(backup, self.path, backups_dir(data_dir))
            prepare_database(data_dir, daily_backup=False)
        finally:
            self._users.share()
            self._connect()  # a refused backup leaves the old database in use
        return safety

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session inside one transaction: committed on success, rolled back on error."""
        try:
            with self._sessions() as session, session.begin():
                yield session
        except DBAPIError as exc:
            # A full disk, a read-only file, a lock held too long or a damaged page: the
            # transaction rolled back, the caller keeps its data, the person gets one line.
            raise trouble(self.path, exc.orig or exc, raised=exc) from exc
        except (ValueError, AssertionError) as exc:
            if not _stored_value_unreadable(exc):
                raise
            raise trouble(self.path, exc) from exc

    def close(self) -> None:
        self.engine.dispose()
        self._users.release()


def _stored_value_unreadable(exc: BaseException) -> bool:
    """True if ``exc`` came from turning a stored value into a Python one (a date that is no
    date, a word outside a vocabulary): the file's doing, which `check` mends, not a bug."""
    frames = traceback.extract_tb(exc.__traceback__)
    return bool(frames) and (
        "_processors" in frames[-1].filename or frames[-1].name == "process_result_value"
    )


def _damaged_error(path: Path, data_dir: Path, reason: str) -> DamagedDatabaseError:
    try:
        moved = move_aside(path)
    except OSError as exc:
        return DamagedDatabaseError(
            f"{path} is damaged ({reason}) and could not be moved aside: {exc.strerror}. "
            "It has not been changed."
        )
    good = []
    for backup in list_backups(backups_dir(data_dir)):
        try:
            verify_backup(backup.path)
        except StorageError:
            continue
        good.append(backup)
        break
    message = f"The database was damaged ({reason}). It has been moved aside to {moved.name}"
    if good:
        when = good[0].created_at.astimezone().strftime("%d %B %Y, %H:%M")
        message += (
            f". The newest good backup is from {when}: restore it with "
            f"'actionmentor restore {good[0].path}' or File › Restore…"
        )
    else:
        message += ". There is no backup to restore, so a new, empty database will be started"
    return DamagedDatabaseError(message + ".", good[0] if good else None)


def _roll_back_hot_journal(path: Path) -> None:
    """A rollback journal left by a crash (of an older copy, or another program) is SQLite's
    to undo: a writable connection's first read rolls it back. Read-only, the file would look
    unwritable; moved aside without its journal, it would be malformed."""
    journal = path.with_name(path.name + "-journal")
    try:
        hot = journal.is_file() and journal.stat().st_size > 0 and has_sqlite_header(path)
    except (OSError, StorageError):
        return  # inspect_file will say what is wrong
    if not hot:
        return
    conn = sqlite3.connect(path, timeout=5)
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.Error:
        pass  # inspect_file will say what is wrong
    finally:
        conn.close()


def _rebuild_indexes(path: Path) -> bool:
    """An index that no longer matches its table (a bad sector, a bit flip) is rebuilt from
    the table, which loses nothing; True if the file is whole after that. Caught by the
    day's backup, before the app writes into it for a day."""
    conn = sqlite3.connect(path, timeout=5)
    try:
        conn.execute("REINDEX")
        conn.commit()
        whole = bool(conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok")
    except sqlite3.Error:
        return False
    finally:
        conn.close()
    if whole:
        _log.warning("rebuilt the indexes of %s: they no longer matched their tables", path)
    return whole


def _merge_search_index(path: Path) -> None:
    """Before the day's backup: words of replaced or deleted text out of the index, so the
    backup (kept for months) does not keep them. Best effort: a read-only file still backs up."""
    conn = sqlite3.connect(path, timeout=5)
    try:
        conn.execute("PRAGMA secure_delete=ON")  # the pages merged away are overwritten
        conn.execute(MERGE_SQL)
        conn.commit()
    except sqlite3.Error:
        pass
    finally:
        conn.close()


def open_database(
    data_dir: Path, *, daily_backup: bool = True, every_page: bool = True
) -> Database:
    """Open (creating or upgrading if needed) the database in ``data_dir``."""
    return Database(prepare_database(data_dir, daily_backup=daily_backup, every_page=every_page))


def prepare_database(data_dir: Path, *, daily_backup: bool = True, every_page: bool = True) -> Path:
    """Check, back up and migrate the database file in ``data_dir``; return its path.

    A damaged file is moved aside, never written to, and DamagedDatabaseError says where it
    went and which backup is newest. Once a day, opening makes a backup first.
    """
    ensure_private_dir(data_dir)
    path = data_dir / DATABASE_NAME
    with preparing_alone(path):
        _prepare(path, daily_backup=daily_backup, every_page=every_page)
    return path


def _prepare(path: Path, *, daily_backup: bool, every_page: bool) -> None:
    data_dir = path.parent
    # quick_check reads the whole file (a tenth of a second at 50 MB). The window (which
    # passes every_page=False) does it when it matters: after a crash (the write-ahead log
    # was left behind) and at the first opening of a day, before the daily backup.
    wal = path.with_name(path.name + "-wal")
    due = daily_backup_due(backups_dir(data_dir), utcnow())
    unclean = wal.exists() and wal.stat().st_size > 0
    _roll_back_hot_journal(path)
    try:
        state = inspect_file(path, thorough=every_page or unclean or due or not daily_backup)
    except DamagedFile as exc:
        raise _damaged_error(path, data_dir, str(exc)) from None
    if daily_backup and state.revision == HEAD_REVISION and due:
        _merge_search_index(path)
        try:
            backup_database(path, backups_dir(data_dir), "daily")
        except BackupCheckFailed:
            if not _rebuild_indexes(path):
                raise  # more than an index: `check` says which backup to restore
            backup_database(path, backups_dir(data_dir), "daily")
        thin(backups_dir(data_dir))
    if state.revision != HEAD_REVISION:
        if state.exists and state.revision is not None:
            backup_database(path, backups_dir(data_dir), f"before-upgrade-from-{state.revision}")
        try:
            migrate(path)
        except sqlite3.Error as exc:
            raise trouble(path, exc) from None
        except DBAPIError as exc:
            raise trouble(path, exc.orig or exc, raised=exc) from None
    make_private(path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"))
