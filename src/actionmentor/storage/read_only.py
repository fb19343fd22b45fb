"""Opening a database file to read it and nothing else."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A sqlite3 connection that cannot write to ``path`` (or create it). The URL is built
    from the resolved path, so ``?`` or ``%`` in a folder name keep their plain meaning."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


@contextlib.contextmanager
def reading(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to a file that is not the live database (a backup), closed
    after use; the -wal and -shm that opening a WAL-mode file creates go with it, so reading
    a backup leaves nothing beside it."""
    sides = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    there = {side for side in sides if side.exists()}
    conn = connect_read_only(path)
    try:
        yield conn
    finally:
        conn.close()
        for side in sides:
            if side not in there:
                with contextlib.suppress(OSError):
                    side.unlink()
