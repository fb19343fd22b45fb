"""All or nothing: what a killed or failed operation leaves behind is cleaned up, and
reading a backup leaves nothing beside it."""

from __future__ import annotations

import os
import time
from pathlib import Path

from actionmentor.files import STALE_AFTER_S
from tests.helpers import fails, ok
from tests.reliability.workers import fill
from tests.storage.test_disk_trouble import small_disk


def _age(path: Path) -> None:
    old = time.time() - STALE_AFTER_S - 60
    os.utime(path, (old, old))


def test_what_a_killed_backup_or_restore_left_is_cleaned_at_the_next_start(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    ok("new", "--mentee", "Ana", "--mentor", "Ben", data_dir=data)
    ok("backup", data_dir=data)
    stale = data / "backups" / "actionmentor-20260101-000000-daily.db.partial"
    young = data / "backups" / "actionmentor-20260102-000000-daily.db.partial"
    restoring = data / "actionmentor.db.restoring"
    for leftover in (stale, young, restoring):
        leftover.write_bytes(b"\0" * 4096)
    _age(stale)
    _age(restoring)
    ok("list", data_dir=data)
    assert not stale.exists() and not restoring.exists()
    assert young.exists()  # it may belong to a backup still being written


def test_a_killed_export_is_cleaned_by_the_next_export_there(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ok("new", "--mentee", "Ana", "--mentor", "Ben", data_dir=data)
    out = tmp_path / "out"
    out.mkdir()
    leftover = out / ".plan.pdf.k3j2l1.partial"
    leftover.write_bytes(b"%PDF-1.4 half")
    _age(leftover)
    ok("export", "1", "--kind", "action-plan", "--out", str(out / "plan.pdf"), data_dir=data)
    assert sorted(p.name for p in out.iterdir()) == ["plan.pdf"]


def test_restoring_leaves_nothing_beside_the_backup(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ok("new", "--mentee", "Ana", "--mentor", "Ben", data_dir=data)
    backup = Path(ok("backup", data_dir=data).strip())
    ok("restore", str(backup), data_dir=data)
    assert not list(backup.parent.glob("*-wal")) and not list(backup.parent.glob("*-shm"))


def test_a_demo_on_a_full_disk_leaves_no_half_made_workbook(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk", size="8m") as disk:
        data = disk / "data"
        ok("new", "--mentee", "Ana", "--mentor", "Ben", data_dir=data)
        filler = fill(disk, leave=96 * 1024)
        fails("demo", data_dir=data)
        filler.unlink()
        assert [line.split("·")[1].strip() for line in ok("list", data_dir=data).splitlines()] == [
            "Ana with Ben"
        ]
