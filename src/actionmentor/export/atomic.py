"""Every export is written to a temporary file beside the target, then renamed over it, so a
failed export never leaves a partial file."""

from __future__ import annotations

import contextlib
import glob
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from actionmentor.errors import StorageError
from actionmentor.files import make_private, remove_stale


def _may_replace(target: Path) -> None:
    """The rename would put a new file in place of whatever has the name: a device or a pipe
    (/dev/null, for root) must keep its place, and a file its owner made read-only stays."""
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StorageError(f"Can't write {target}: {exc.strerror}.") from None
    if not stat.S_ISREG(mode):
        raise StorageError(f"{target} is not an ordinary file; give the name of a file to write.")
    if not os.access(target, os.W_OK) or not mode & stat.S_IWUSR:
        raise StorageError(f"{target} is read-only; it has been left as it is.")


def write_atomically(target: Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(temp_path)``, then move the result to ``target`` (owner-only)."""
    folder = target.parent
    if not folder.is_dir():
        raise StorageError(f"The folder {folder} does not exist.")
    if target.is_dir():
        raise StorageError(f"{target} is a folder; give a file name.")
    _may_replace(target)
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
