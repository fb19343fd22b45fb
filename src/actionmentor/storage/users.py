"""Who has the database open: every process holding a Database keeps a shared lock on a file
beside it, and replacing the file (a restore) needs the lock to itself.

A process that had the database open while its file was replaced would go on writing into
the old, unlinked file: its saves would be acknowledged and lost. So a replacement waits for
nobody; it is refused while anyone else has the database open.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path

from actionmentor.errors import StorageError
from actionmentor.files import make_private

WAIT_S = 10.0  # how long an opener waits for a replacement in progress to finish
PREPARE_WAIT_S = 120.0  # how long it waits for another opener's check, backup or upgrade


def _wait_for(fd: int, kind: int, seconds: float) -> bool:
    """Take the flock ``kind`` on ``fd``, waiting up to ``seconds``; False if it stayed
    taken. Polled, so that the wait has an end (flock itself waits for ever)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            fcntl.flock(fd, kind | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            if time.monotonic() > deadline:
                return False
            time.sleep(0.05)


class UsersLock:
    """This process's hold on the database: shared while it is open, sole while it replaces
    the file. flock locks belong to one open file, so two openings in one process count as
    two users, as they should."""

    def __init__(self, database: Path) -> None:
        self.path = database.with_name(database.name + ".users")
        self._fd: int | None = None

    def share(self) -> None:
        """Hold the lock with the other users, waiting out a replacement in progress."""
        self.release()
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise StorageError(f"Can't open {self.path}: {exc.strerror}.") from None
        make_private(self.path)
        if not _wait_for(fd, fcntl.LOCK_SH, WAIT_S):
            os.close(fd)
            raise StorageError(
                f"{self.path.parent} is being restored by another Action Mentor; "
                "try again in a moment."
            )
        self._fd = fd

    def take_alone(self) -> None:
        """Hold the lock alone, or refuse at once if anyone else has the database open."""
        assert self._fd is not None, "share() first"
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self.share()  # converting may have dropped the shared hold: take it back
            raise StorageError(
                "The database is open in another Action Mentor window or command; close it "
                "and try again. Nothing was changed."
            ) from None

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None


@contextlib.contextmanager
def preparing_alone(database: Path) -> Iterator[None]:
    """One process at a time checks, backs up and upgrades the file: four commands started
    at once on an older database would otherwise each upgrade it, over each other. The others
    wait, then find it checked and current."""
    path = database.with_name(database.name + ".opening")
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except (PermissionError, OSError) as exc:
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            yield  # a folder nobody may write in: nothing there can be upgraded either
            return
        raise StorageError(f"Can't open {path}: {exc.strerror}.") from None
    try:
        make_private(path)
        if not _wait_for(fd, fcntl.LOCK_EX, PREPARE_WAIT_S):
            raise StorageError(
                f"Another Action Mentor has been opening {database} for over "
                f"{PREPARE_WAIT_S:.0f} seconds; try again later. Nothing was changed."
            )
        yield
    finally:
        os.close(fd)  # and with it the lock
