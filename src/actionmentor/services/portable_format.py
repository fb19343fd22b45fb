"""The portable workbook file: format ``actionmentor-workbook`` version 1 (documented in
docs/portable-format.md), reading it safely, and typed access to its fields.

A file is refused whole for anything unexpected: oversized, deep nesting, duplicate keys,
NaN, unknown fields, bad values; every refusal names its place.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from actionmentor.domain.enums import ActionStatus
from actionmentor.domain.fields import Field
from actionmentor.domain.text import clean_text
from actionmentor.errors import InvalidInputError
from actionmentor.files import read_capped

FORMAT = "actionmentor-workbook"
VERSION = 1
MAX_BYTES = 50 * 1024 * 1024
MAX_DEPTH = 12


def iso(value: dt.datetime | dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


class ImportError_(InvalidInputError):
    """A file that is not a valid workbook export; the message says where."""


def fail(where: str, message: str) -> ImportError_:
    return ImportError_(f"Can't import: {where}: {message}")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise fail("the file", f"the key {key!r} appears twice in one object")
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise fail("the file", f"{name} is not a number JSON allows")


def _depth(value: Any, level: int = 0) -> None:
    if level > MAX_DEPTH:
        raise fail("the file", f"it is nested more than {MAX_DEPTH} levels deep")
    if isinstance(value, dict):
        for item in value.values():
            _depth(item, level + 1)
    elif isinstance(value, list):
        for item in value:
            _depth(item, level + 1)


def parse_file(raw: bytes) -> dict[str, Any]:
    """Decode and check the envelope; raise ImportError_ with a clear message."""
    if len(raw) > MAX_BYTES:
        raise fail("the file", f"it is {len(raw):,} bytes; the most is {MAX_BYTES:,}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise fail("the file", "it is not UTF-8 text") from None
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        raise fail("the file", f"not valid JSON ({exc.msg}, line {exc.lineno})") from None
    except ValueError:  # an integer past Python's digit limit, say
        raise fail("the file", "it holds a number too long to read") from None
    except RecursionError:
        raise fail("the file", "it is nested too deeply") from None
    _depth(data)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise fail("the file", "it is not an Action Mentor workbook export")
    version = data.get("version")
    if type(version) is not int or version != VERSION:  # true == 1 in Python; not here
        raise fail(
            "the file", f"format version {data.get('version')!r}; this version reads {VERSION}"
        )
    return data


class Fields:
    """Typed access to one JSON object, every mistake naming its place."""

    def __init__(self, data: Any, where: str, allowed: set[str]) -> None:
        if not isinstance(data, dict):
            raise fail(where, "expected an object")
        unknown = set(data) - allowed
        if unknown:
            raise fail(where, f"unknown fields {sorted(unknown)}")
        self.data, self.where = data, where

    def text(self, key: str, *, required: bool = False, single_line: bool = False) -> str:
        value = self.data.get(key, "")
        if not isinstance(value, str):
            raise fail(self.where, f"{key!r} must be text")
        if required and not value.strip():
            raise fail(self.where, f"{key!r} is missing")
        return clean_text(value, single_line=single_line, what=f"{self.where}, {key}")

    def when(self, key: str, *, required: bool = False) -> dt.datetime | None:
        value = self.data.get(key)
        if value is None and not required:
            return None
        try:
            parsed = dt.datetime.fromisoformat(str(value)) if isinstance(value, str) else None
        except ValueError:
            parsed = None
        if parsed is None:
            raise fail(self.where, f"{key!r} must be a date and time (ISO 8601)")
        parsed = parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)
        try:  # stored in UTC: the calendar's last day with an offset has no UTC time
            parsed.astimezone(dt.UTC)
        except OverflowError:
            raise fail(self.where, f"{key!r} is outside the calendar") from None
        return parsed

    def day(self, key: str) -> dt.date | None:
        value = self.data.get(key)
        if value is None:
            return None
        try:
            if not isinstance(value, str):
                raise ValueError
            return dt.date.fromisoformat(value)
        except ValueError:
            raise fail(self.where, f"{key!r} must be a date, YYYY-MM-DD") from None

    def choice(self, key: str, allowed: type[Any]) -> Any:
        try:
            return allowed(self.data.get(key))
        except ValueError:
            values = ", ".join(v.value for v in allowed)
            raise fail(self.where, f"{key!r} must be one of {values}") from None

    def whole(self, key: str, *, minimum: int = 0) -> int:
        value = self.data.get(key, 0)
        if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value < 2**31:
            raise fail(self.where, f"{key!r} must be a whole number, {minimum} or more")
        return value

    def flag(self, key: str) -> bool:
        value = self.data.get(key, False)
        if not isinstance(value, bool):
            raise fail(self.where, f"{key!r} must be true or false")
        return value

    def declared(self, fields: tuple[Field, ...]) -> dict[str, Any]:
        """The values of declared fields (domain.fields), each checked by its kind."""
        values: dict[str, Any] = {}
        for spec in fields:
            key = spec.json_key
            if spec.kind in ("line", "text"):
                values[spec.name] = self.text(key, required=spec.required)
            elif spec.kind == "date":
                values[spec.name] = self.day(key)
            elif spec.kind == "time":
                values[spec.name] = self.when(key, required=spec.required)
            elif spec.kind == "status":
                values[spec.name] = self.choice(key, ActionStatus)
            else:
                value = self.data.get(key)
                if value is not None and not isinstance(value, str):
                    raise fail(self.where, f"{key!r} must be text or null")
                values[spec.name] = value
        return values

    def items(self, key: str) -> list[Any]:
        value = self.data.get(key, [])
        if not isinstance(value, list):
            raise fail(self.where, f"{key!r} must be a list")
        return value


def read_import_file(path: Path) -> bytes:
    return read_capped(path, MAX_BYTES, "imported")
