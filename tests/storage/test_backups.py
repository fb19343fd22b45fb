from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from actionmentor.errors import StorageError
from actionmentor.paths import backups_dir
from actionmentor.services import Services, open_services
from actionmentor.storage.backups import (
    backup_database,
    list_backups,
    restore_backup,
    thin,
    to_keep,
)
from tests.helpers import fails, ok


def test_the_first_open_of_a_day_makes_one_backup(data_dir: Path) -> None:
    open_services(data_dir).close()  # a new database: nothing to back up yet
    assert list_backups(backups_dir(data_dir)) == []
    for _ in range(3):
        open_services(data_dir).close()
    [daily] = list_backups(backups_dir(data_dir))
    assert daily.reason == "daily"


def test_thinning_keeps_recent_then_daily_weekly_monthly(tmp_path: Path) -> None:
    now = dt.datetime(2026, 11, 23, 12, 0, tzinfo=dt.UTC)
    for hours in [1, 5, 30, *range(60, 24 * 400, 19)]:
        stamp = (now - dt.timedelta(hours=hours)).strftime("%Y%m%d-%H%M%S")
        (tmp_path / f"actionmentor-{stamp}-daily.db").write_bytes(b"x")
    backups = list_backups(tmp_path)
    keep = to_keep(backups, now)
    recent = [b for b in backups if now - b.created_at <= dt.timedelta(hours=48)]
    assert {b.path for b in recent} <= keep  # the last two days are all kept
    older_days = {b.created_at.date() for b in backups if b.path in keep and b not in recent}
    assert 7 <= len(older_days) <= 7 + 4 + 6
    removed = thin(tmp_path, now)
    assert removed and len(list_backups(tmp_path)) == len(keep)
    assert thin(tmp_path, now) == []  # thinning again changes nothing


def test_restore_replaces_the_database_and_keeps_the_old_one(
    services: Services, data_dir: Path
) -> None:
    services.workbooks.create("Ana", "Ben", title="Before")
    backup = backup_database(services.db.path, backups_dir(data_dir), "manual")
    services.workbooks.create("Cleo", "Dev", title="After")
    services.close()
    safety = restore_backup(backup, data_dir / "actionmentor.db", backups_dir(data_dir))
    reopened = open_services(data_dir)
    assert [w.title for w in reopened.workbooks.all()] == ["Before"]
    reopened.close()
    assert safety is not None
    conn = sqlite3.connect(safety)
    assert {r[0] for r in conn.execute("SELECT title FROM workbooks")} == {"Before", "After"}
    conn.close()


def test_a_bad_backup_is_refused_and_the_database_left_alone(
    services: Services, data_dir: Path, tmp_path: Path
) -> None:
    services.workbooks.create("Ana", "Ben")
    services.close()
    before = (data_dir / "actionmentor.db").read_bytes()
    fake = tmp_path / "fake.db"
    fake.write_text("not a database")
    with pytest.raises(StorageError, match="not an Action Mentor backup"):
        restore_backup(fake, data_dir / "actionmentor.db", backups_dir(data_dir))
    assert (data_dir / "actionmentor.db").read_bytes() == before


def test_check_repairs_once_and_then_finds_nothing(services: Services, workbook_id: int) -> None:
    services.answers.save(workbook_id, "invitation.who", "mentee", "Ben")
    with services.db.session() as session:
        conn = session.connection()
        conn.exec_driver_sql("DELETE FROM stage_progress WHERE stage_id = 'analysis'")
    problems, repairs = services.maintenance.check()
    assert problems == []
    assert any("added the missing stage 'analysis'" in r for r in repairs)
    # A stage's status is derived, never stored, so there is no stale copy to repair.
    assert {s.stage_id: s.status for s in services.answers.stages(workbook_id)}["alliance"] == (
        "in_progress"
    )
    assert services.maintenance.check() == ([], [])


def test_backup_commands(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ok("new", "--mentee", "Ana", "--mentor", "Ben", data_dir=data)
    path = Path(ok("backup", data_dir=data).strip())
    assert path.is_file()
    listed = json.loads(ok("backups", "--json", data_dir=data))
    assert listed[0]["path"] == str(path) and listed[0]["reason"] == "manual"
    ok("new", "--mentee", "Cleo", "--mentor", "Dev", data_dir=data)
    assert "Restored" in ok("restore", str(path), data_dir=data)
    assert [w["mentee"] for w in json.loads(ok("list", "--json", data_dir=data))] == ["Ana"]
    assert ok("check", data_dir=data).strip() == "ok"
    assert "no backup file" in fails("restore", str(tmp_path / "nope.db"), data_dir=data)
