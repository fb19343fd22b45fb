"""Every stored value can be read back: the part of `check` that SQLite's integrity check
can't do. A file edited by another program, or a flipped bit inside a text, can leave bytes
that are not UTF-8 or a date that is no date; SQLite calls the file whole, and then the one
row stops `show`, `export` and the window. Each value is read as SQLAlchemy would read it;
what fails is mended where that loses nothing readable, and reported otherwise."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Column, Connection, text

from actionmentor.storage.models import Base

Reader = Callable[[Any], Any]


def _reader(column: Column[Any], conn: Connection) -> Reader | None:
    """How SQLAlchemy turns the stored text of ``column`` into a value; None for numbers and
    bytes, which have nothing to decode."""
    python_type: type | None
    try:
        python_type = column.type.python_type
    except NotImplementedError:
        python_type = None
    if python_type in (int, bool, float, bytes):
        return None
    processor = column.type.dialect_impl(conn.dialect).result_processor(conn.dialect, None)
    return processor or (lambda value: value)


def _readable(value: bytes, reader: Reader) -> bool:
    try:
        reader(value.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, TypeError, AssertionError):
        return False
    return True


def mend_stored_values(conn: Connection) -> tuple[list[str], list[str]]:
    """Return (problems that need a backup restored, repairs made); ``conn`` is inside the
    caller's transaction."""
    problems: list[str] = []
    repairs: list[str] = []
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            reader = _reader(column, conn)
            if reader is None:
                continue
            rows = conn.execute(
                text(
                    f'SELECT rowid, CAST("{column.name}" AS BLOB) FROM "{table.name}" '
                    f'WHERE "{column.name}" IS NOT NULL AND typeof("{column.name}") = \'text\''
                )
            )
            for rowid, raw in rows.fetchall():
                if _readable(raw, reader):
                    continue
                where = f"{table.name} row {rowid}: {column.name}"
                mended = raw.decode("utf-8", errors="replace")
                update = text(f'UPDATE "{table.name}" SET "{column.name}" = :v WHERE rowid = :r')
                if _readable(mended.encode(), reader):
                    conn.execute(update, {"v": mended, "r": rowid})
                    repairs.append(f"{where} held bytes that are not text; they became �")
                elif column.nullable:
                    conn.execute(update, {"v": None, "r": rowid})
                    repairs.append(f"{where} could not be read and was cleared")
                else:
                    problems.append(f"{where} can't be read")
    return problems, repairs
