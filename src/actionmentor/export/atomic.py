"""Every export is written to a temporary file beside the target, then renamed over it, so a
failed export never leaves a partial file."""

from __future__ import annotations

import contextlib
import glob
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from actionmentor.errors import StorageError
from actionmentor.files import make_private, remove_stale


def write_atomically(target: Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(temp_path)``, then move the result to ``target`` (owner-only)."""
    folder = target.parent
    if not folder.is_dir():
        raise StorageError(f"The folder {folder} does not exist.")
    if target.is_dir():
        raise StorageError(f"{target} is a folder; give a file name.")
    remove_stale(folder, f".{glob.escape(target.name)}.*.partial")  # left by a killed export
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=folder)
    except OSError as exc:
        raise StorageError(f"Can't write in {folder}: {exc.strerror}.") from None
    os.close(fd)
    partial = Path(name)
    try:
        write(partial)
        make_private(partial)
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except OSError as exc:
        raise StorageError(f"Can't write {target}: {exc.strerror or exc}.") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
    return target
