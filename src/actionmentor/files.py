"""Owner-only files and durable renames: what every file the app writes goes through."""

from __future__ import annotations

import contextlib
import os
import stat
import time
from pathlib import Path

from actionmentor.errors import StorageError

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700


def restrict_umask() -> None:
    """New files and folders are readable by their owner only."""
    os.umask(0o077)


def ensure_private_dir(path: Path) -> Path:
    """Create the folder (owner-only) if needed and check we can write in it.

    Only a folder made here is made owner-only: an existing one keeps its mode (a shared
    folder someone chose stays shared; the files the app writes in it are still 0600)."""
    created = not path.exists()
    try:
        path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    except FileExistsError:
        raise StorageError(f"The data folder {path} is a file, not a folder.") from None
    except OSError as exc:
        raise StorageError(f"Can't create the data folder {path}: {exc.strerror}.") from None
    if not path.is_dir():
        raise StorageError(f"The data folder {path} is not a folder.")
    if not os.access(path, os.W_OK | os.X_OK):
        raise StorageError(f"Can't write in the data folder {path}: permission denied.")
    _can_create_files(path)
    if created:
        with contextlib.suppress(OSError):  # whatever the umask
            path.chmod(PRIVATE_DIR_MODE)
    return path


def _can_create_files(folder: Path) -> None:
    """Permission bits don't tell everything: /proc and /sys say yes to root and then take
    no files at all. Creating one (then removing it) is the only sure test."""
    probe = folder / f".actionmentor-probe-{os.getpid()}"
    try:
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
    except FileExistsError:
        pass  # left by a killed process of the same id: creating it worked once
    except OSError as exc:
        raise StorageError(
            f"Can't keep files in the data folder {folder} ({exc.strerror}): choose another "
            "with --data-dir."
        ) from None
    with contextlib.suppress(OSError):
        probe.unlink()


def open_to_others(path: Path) -> bool:
    """True if other accounts may list or enter the folder."""
    try:
        return bool(path.stat().st_mode & 0o077)
    except OSError:
        return False


def make_private(*paths: Path) -> None:
    """Owner-only read and write, for files that exist and whose mode may be changed: an
    immutable file (chattr +i) or a read-only file system refuses, and then stays as it is
    (reading it is still possible; writing fails with its own message)."""
    for path in paths:
        with contextlib.suppress(OSError):
            path.chmod(PRIVATE_FILE_MODE)


def fsync_dir(path: Path) -> None:
    """Make a rename in this folder survive a power cut."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


STALE_AFTER_S = 600  # a temporary file this old was left by a process that was killed


def remove_stale(folder: Path, pattern: str, older_than_s: float = STALE_AFTER_S) -> int:
    """Delete the temporary files matching ``pattern`` that a killed process left behind;
    young ones may belong to a process still writing them. Returns how many went."""
    removed = 0
    cutoff = time.time() - older_than_s
    with contextlib.suppress(OSError):
        for path in folder.glob(pattern):
            with contextlib.suppress(OSError):
                if path.is_file() and path.stat().st_mtime < cutoff:
                    path.unlink()
                    removed += 1
    return removed


def read_capped(path: Path, limit: int, what: str) -> bytes:
    """The bytes of an ordinary file of at most ``limit`` bytes. A pipe, a device or a folder
    is refused before it is opened (a FIFO would wait forever, /dev/zero never ends), and no
    more than ``limit`` bytes are ever read."""
    try:
        mode = path.stat().st_mode
        if not stat.S_ISREG(mode):
            raise StorageError(f"{path} is not an ordinary file, so it can't be {what}.")
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise StorageError(f"Can't read {path}: {exc.strerror}.") from None
    if len(data) > limit:
        raise StorageError(f"{path} is larger than {limit:,} bytes, so it can't be {what}.")
    return data
