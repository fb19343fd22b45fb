"""A data folder that can't be written: a clear message, exit 1, the file unchanged.

CI runs as root, for whom chmod stops nothing, so the folder and files are made immutable
with chattr +i (which stops root too); where chattr can't do that, the test is skipped.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import fails, ok


def chattr(flag: str, *paths: Path) -> bool:
    if shutil.which("chattr") is None:
        return False
    done = subprocess.run(["chattr", flag, *map(str, paths)], capture_output=True)
    return done.returncode == 0


@pytest.fixture
def frozen_data(tmp_path: Path) -> Iterator[Path]:
    data = tmp_path / "data"
    ok("new", "--mentee", "Ana", "--mentor", "Ben", data_dir=data)
    paths = [data, *data.iterdir()]
    if not chattr("+i", *paths):
        pytest.skip("chattr +i is not available on this file system")
    try:
        yield data
    finally:
        chattr("-i", *paths)


def test_answering_into_a_read_only_folder_fails_cleanly_and_changes_nothing(
    frozen_data: Path,
) -> None:
    db = frozen_data / "actionmentor.db"
    before = db.read_bytes()
    message = fails("answer", "1", "invitation.who", "--as", "mentee", "Ben", data_dir=frozen_data)
    assert "Can't write" in message or "Can't save" in message
    assert db.read_bytes() == before


def test_an_export_into_a_read_only_folder_leaves_nothing_behind(
    frozen_data: Path, tmp_path: Path
) -> None:
    target = frozen_data / "out.pdf"
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    if not chattr("+i", out_dir):
        pytest.skip("chattr +i is not available")
    try:
        message = fails("blank", "--out", str(out_dir / "b.pdf"))
        assert "Can't write" in message
        assert list(out_dir.iterdir()) == []
    finally:
        chattr("-i", out_dir)
    assert not target.exists()
