"""A full disk, or a -wal that is not an ordinary file, is trouble, not damage: the database
stays where it is, untouched, and one line says what is wrong."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.helpers import fails, ok
from tests.reliability.workers import fill, mount_small_disk, unmount


@contextlib.contextmanager
def small_disk(where: Path, size: str = "4m") -> Iterator[Path]:
    """A real tmpfs of ``size`` mounted at ``where`` (needs root, as CI has)."""
    reason = mount_small_disk(where, size)
    if reason is not None:
        pytest.skip(reason)
    try:
        yield where
    finally:
        unmount(where)


def test_a_full_disk_leaves_the_database_in_place(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk") as disk:
        data = disk / "data"
        ok("new", "--mentee", "Ana", "--mentor", "Ben", data_dir=data)
        before = (data / "actionmentor.db").read_bytes()
        # The -wal and -shm go on a clean close; a new day's opening wants a backup first.
        for side in data.glob("actionmentor.db-*"):
            side.unlink()
        filler = fill(disk, leave=16 * 1024)
        message = fails("list", data_dir=data)
        assert "full" in message and "Nothing was changed" in message, message
        assert not list(data.glob("*.damaged"))
        assert (data / "actionmentor.db").read_bytes() == before
        filler.unlink()
        assert "Ana" in ok("list", data_dir=data)  # space freed: everything is there


def test_a_symlinked_wal_is_not_damage(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ok("new", "--mentee", "Ana", "--mentor", "Ben", data_dir=data)
    for side in data.glob("actionmentor.db-*"):
        side.unlink()
    elsewhere = tmp_path / "elsewhere-wal"
    elsewhere.write_bytes(b"")
    (data / "actionmentor.db-wal").symlink_to(elsewhere)
    message = fails("list", data_dir=data)
    assert "Nothing was changed" in message, message
    assert not list(data.glob("*.damaged"))
    (data / "actionmentor.db-wal").unlink()
    assert "Ana" in ok("list", data_dir=data)
