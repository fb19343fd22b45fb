"""The log in the data folder: what went wrong and where, for whoever looks into it later.

Every front shows one line a person understands; the details go here. The log records what
failed, never what anyone wrote: an exception's message is kept only where the app or the
operating system composed it (a file name, an SQLite verdict), and an SQL error keeps its
statement but not its parameters, which hold answers. Logging never stops the app: a full
disk or a read-only folder loses the record, not the work.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import traceback
from pathlib import Path
from typing import Any

from actionmentor.errors import UserError
from actionmentor.files import make_private

LOG_NAME = "actionmentor.log"
MAX_BYTES = 256 * 1024  # two of these at most: the log and the one before it
ROOT = "actionmentor"


def _message(exc: BaseException) -> str:
    """The part of an exception's text that can't hold what somebody wrote."""
    if isinstance(exc, UserError):
        return str(exc)  # composed by the app, and shown on screen anyway
    if isinstance(exc, OSError):
        code = errno.errorcode.get(exc.errno or 0, "")
        where = f" ({exc.filename})" if exc.filename else ""
        return f"[{code}] {exc.strerror or ''}{where}".strip()
    name = getattr(exc, "sqlite_errorname", None)
    if name:  # sqlite3.Error: SQLite's own wording ("disk I/O error", "UNIQUE constraint …")
        return f"{name}: {exc}"
    orig = getattr(exc, "orig", None)
    if type(exc).__module__.startswith("sqlalchemy") and isinstance(orig, BaseException):
        statement = " ".join(str(getattr(exc, "statement", "") or "").split())[:300]
        return f"{_message(orig)}; SQL: {statement}" if statement else _message(orig)
    return "(message not recorded: it may quote workbook text)"


def describe(exc: BaseException) -> list[str]:
    """The exception, what led to it (even where a front hid that with ``from None``) and the
    lines of code each went through; messages filtered as above."""
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain and len(chain) < 8:
        chain.append(current)
        current = current.__cause__ or current.__context__
    lines: list[str] = []
    for depth, item in enumerate(reversed(chain)):
        if depth:
            lines.append("which led to:")
        frames = traceback.format_list(traceback.extract_tb(item.__traceback__))
        lines += [line.rstrip("\n") for line in frames]
        kind = type(item)
        lines.append(f"{kind.__module__}.{kind.__qualname__}: {_message(item)}")
    return lines


class _PrivacyFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        # logging keeps the first formatter's traceback text on the record and reuses it:
        # another handler's, with every message in full, must not be what lands here.
        cached, record.exc_text = record.exc_text, None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei: Any) -> str:
        exc = ei[1] if isinstance(ei, tuple) else None
        return "\n".join(describe(exc)) if isinstance(exc, BaseException) else ""


class _PrivateLog(logging.FileHandler):
    """Owner-only, created at the first record, kept to two files of MAX_BYTES (the log and
    the one before it), and silent when it can't be written. logging.handlers would do the
    rotating, at 18 ms of imports on every start."""

    def _open(self) -> Any:
        # A failure before the data folder was made (a broken install) is still kept.
        folder = Path(self.baseFilename).parent
        if not folder.exists():
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        stream = super()._open()
        make_private(Path(self.baseFilename))
        return stream

    def emit(self, record: logging.LogRecord) -> None:
        try:
            size = len(self.format(record).encode("utf-8", "replace")) + 1
            if os.path.getsize(self.baseFilename) + size > MAX_BYTES:
                self.close()  # the next emit opens a fresh file
                os.replace(self.baseFilename, self.baseFilename + ".1")
        except OSError:
            pass  # not there yet, or not ours to move: write on
        # The file can't be opened (a folder in the way, a read-only folder): lost, no more.
        with contextlib.suppress(OSError):
            super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        pass  # a full disk or a read-only folder: the record is lost, nothing else


def start_log(data_dir: Path) -> None:
    """From now on, records go to the log in ``data_dir`` (no file until the first one)."""
    logger = logging.getLogger(ROOT)
    path = str((data_dir / LOG_NAME).absolute())
    for old in list(logger.handlers):
        if isinstance(old, _PrivateLog):
            if old.baseFilename == path:
                return
            logger.removeHandler(old)
            old.close()
    handler = _PrivateLog(path, encoding="utf-8", delay=True)
    handler.setFormatter(_PrivacyFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False


def log_path() -> Path | None:
    """Where records go now, or None before start_log."""
    for handler in logging.getLogger(ROOT).handlers:
        if isinstance(handler, _PrivateLog):
            return Path(handler.baseFilename)
    return None


def record_unexpected(what: str, exc: BaseException) -> str:
    """Log a failure that is the app's fault, and return the one line to show for it."""
    logging.getLogger(ROOT).error("unexpected error in %s", what, exc_info=exc)
    where = log_path()
    details = f"the details are in {where}" if where else "no details were kept"
    return f"Something went wrong inside Action Mentor (a bug, not something you did); {details}."
