"""Opening a database file to read it and nothing else."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A sqlite3 connection that cannot write to ``path`` (or create it). The URL is built
    from the resolved path, so ``?`` or ``%`` in a folder name keep their plain meaning."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
