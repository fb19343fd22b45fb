"""Replacing the database while another process has it open would send that process's
later saves into the unlinked old file: acknowledged, then lost. So a restore is refused
while anyone else has the database open, and nothing is lost either way."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from actionmentor.errors import StorageError
from actionmentor.services import Services, open_services
from tests.helpers import fails, ok
from tests.reliability.workers import HOLD_OPEN


def test_restore_is_refused_while_another_process_has_it_open(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ok("new", "--mentee", "Ana", "--mentor", "Ben", data_dir=data)
    backup = ok("backup", data_dir=data).strip()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(data)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdin is not None and holder.stdout is not None
    try:
        assert holder.stdout.readline().strip() == "open"
        message = fails("restore", backup, data_dir=data)
        assert "open in another Action Mentor" in message and "Nothing was changed" in message
        for n in range(5):  # the holder's saves after the refused restore all stay
            holder.stdin.write(f"typed after the restore {n}\n")
            holder.stdin.flush()
            assert holder.stdout.readline().strip() == "saved"
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    shown = ok("show", "1", "--json", data_dir=data)
    assert "typed after the restore 4" in shown
    assert "Restored" in ok("restore", backup, data_dir=data)  # now nobody else has it
    assert "typed after the restore" not in ok("show", "1", "--json", data_dir=data)


def test_restore_in_one_opening_is_refused_while_another_is_open(
    services: Services, data_dir: Path, workbook_id: int
) -> None:
    backup = services.backups.make()
    other = open_services(data_dir)
    try:
        with pytest.raises(StorageError, match="open in another"):
            services.backups.restore(backup)
        other.answers.save(workbook_id, "invitation.who", "mentee", "still saved")
    finally:
        other.close()
    assert services.answers.list_for(workbook_id)[0].value == "still saved"
    services.backups.restore(backup)  # alone now
    assert services.answers.list_for(workbook_id) == []
