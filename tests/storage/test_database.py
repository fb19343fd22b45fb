from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from actionmentor.errors import DamagedDatabaseError, NewerDatabaseError, StorageError
from actionmentor.services import Services, open_services
from actionmentor.storage.backups import backup_database
from actionmentor.storage.database import open_database
from actionmentor.storage.schema import APPLICATION_ID, HEAD_REVISION


def pragma(db_path: Path, name: str) -> object:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        conn.close()


def test_a_new_database_is_created_at_the_newest_revision(data_dir: Path) -> None:
    db = open_database(data_dir)
    try:
        assert db.path == data_dir / "actionmentor.db"
        assert pragma(db.path, "application_id") == APPLICATION_ID
        assert pragma(db.path, "journal_mode") == "wal"
        conn = sqlite3.connect(db.path)
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            HEAD_REVISION,
        )
        conn.close()
    finally:
        db.close()


def test_normal_work_runs_with_foreign_keys_and_full_sync(services: Services) -> None:
    with services.db.session() as session:
        assert session.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert session.connection().exec_driver_sql("PRAGMA synchronous").scalar() == 2


def test_the_data_folder_and_database_are_owner_only(services: Services, data_dir: Path) -> None:
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE((data_dir / "actionmentor.db").stat().st_mode) == 0o600


def test_wal_and_shm_files_are_owner_only_whatever_the_umask(data_dir: Path) -> None:
    import os

    old = os.umask(0o022)
    try:
        services = open_services(data_dir)
        with services.db.session() as session:  # WAL files exist while a connection is open
            session.connection().exec_driver_sql("CREATE TEMP TABLE t (x)")
            for name in ("actionmentor.db", "actionmentor.db-wal", "actionmentor.db-shm"):
                assert stat.S_IMODE((data_dir / name).stat().st_mode) == 0o600, name
        services.close()
    finally:
        os.umask(old)


def test_reopening_keeps_the_data(data_dir: Path) -> None:
    first = open_services(data_dir)
    wid = first.workbooks.create("Ana", "Ben").id
    first.close()
    second = open_services(data_dir)
    assert second.workbooks.get(wid).mentee == "Ana"
    second.close()


def test_deleting_a_workbook_removes_its_rows(services: Services, workbook_id: int) -> None:
    services.answers.save(workbook_id, "invitation.who", "mentee", "Ben")
    from actionmentor.storage.models import Answer, Workbook

    with services.db.session() as session:
        session.delete(session.get(Workbook, workbook_id))
    with services.db.session() as session:
        assert session.query(Answer).count() == 0


def snapshot(path: Path) -> bytes:
    return path.read_bytes()


def test_a_database_from_a_newer_version_is_refused_and_untouched(data_dir: Path) -> None:
    open_database(data_dir).close()
    path = data_dir / "actionmentor.db"
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = snapshot(path)
    with pytest.raises(NewerDatabaseError, match="newer version of Action Mentor"):
        open_database(data_dir)
    assert snapshot(path) == before
    assert not (data_dir / "backups").exists()


def test_a_file_that_is_not_sqlite_is_moved_aside_unchanged(data_dir: Path) -> None:
    data_dir.mkdir()
    path = data_dir / "actionmentor.db"
    content = b"PK\x03\x04 this is a zip file, not a database"
    path.write_bytes(content)
    with pytest.raises(DamagedDatabaseError, match="not an SQLite file") as err:
        open_database(data_dir)
    assert "no backup to restore" in str(err.value)
    [moved] = data_dir.glob("actionmentor.db.*.damaged")
    assert moved.read_bytes() == content and not path.exists()
    open_database(data_dir).close()  # the next start begins a fresh database


def test_a_corrupt_database_is_moved_aside_and_the_newest_good_backup_named(
    data_dir: Path,
) -> None:
    services = open_services(data_dir)
    services.workbooks.create("Ana", "Ben")
    services.close()
    open_database(data_dir).close()  # the first open of a day with data makes a backup
    path = data_dir / "actionmentor.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    data[4096 : 4096 * 3] = b"\xff" * (4096 * 2)  # scribble over the table pages
    path.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabaseError) as err:
        open_database(data_dir)
    assert "newest good backup" in str(err.value)
    assert err.value.newest_backup is not None
    [moved] = data_dir.glob("actionmentor.db.*.damaged")
    assert moved.read_bytes() == bytes(data)


def test_a_truncated_database_is_moved_aside(data_dir: Path) -> None:
    open_database(data_dir).close()
    path = data_dir / "actionmentor.db"
    path.write_bytes(path.read_bytes()[:1000])
    with pytest.raises(DamagedDatabaseError):
        open_database(data_dir)
    assert list(data_dir.glob("actionmentor.db.*.damaged"))


def test_another_programs_sqlite_file_is_refused(data_dir: Path) -> None:
    data_dir.mkdir()
    path = data_dir / "actionmentor.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER)")
    conn.commit()
    conn.close()
    before = snapshot(path)
    with pytest.raises(StorageError, match="from another program"):
        open_database(data_dir)
    assert snapshot(path) == before


def test_a_data_folder_that_cannot_be_created_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(StorageError, match="Can't create the data folder"):
        open_database(blocker / "data")


def test_backups_are_whole_checked_and_owner_only(services: Services, data_dir: Path) -> None:
    services.workbooks.create("Ana", "Ben")
    backup = backup_database(services.db.path, data_dir / "backups", "manual")
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    conn = sqlite3.connect(backup)
    assert conn.execute("SELECT mentee_name FROM workbooks").fetchall() == [("Ana",)]
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    assert not list((data_dir / "backups").glob("*.partial"))
