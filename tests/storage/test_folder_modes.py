"""Only folders the app creates are made owner-only; a folder someone chose to share keeps
its mode (with a note), and the files written into it are owner-only all the same."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import run


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("shared", [0o1777, 0o2775, 0o755])
def test_an_existing_shared_folder_keeps_its_mode(tmp_path: Path, shared: int) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(shared)
    result = run("new", "--mentee", "Ana", "--mentor", "Ben", data_dir=folder)
    assert result.returncode == 0, result.stderr
    assert _mode(folder) == shared
    assert result.stderr.count("\n") == 1 and "other accounts can see into" in result.stderr
    assert _mode(folder / "actionmentor.db") == 0o600
    assert run("backup", data_dir=folder).returncode == 0
    assert _mode(folder / "backups") == 0o700  # made by the app, so owner-only
    assert _mode(folder) == shared


def test_a_folder_the_app_creates_is_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "data"
    result = run("new", "--mentee", "Ana", "--mentor", "Ben", data_dir=folder)
    assert result.returncode == 0 and result.stderr == ""
    assert _mode(folder) == 0o700


def test_an_empty_data_dir_does_not_chmod_the_current_folder(tmp_path: Path) -> None:
    here = tmp_path / "here"
    here.mkdir()
    here.chmod(0o755)
    done = subprocess.run(
        [sys.executable, "-m", "actionmentor", "--data-dir", "", "list"],
        cwd=here,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")},
    )
    assert done.returncode == 0, done.stderr
    assert _mode(here) == 0o755
