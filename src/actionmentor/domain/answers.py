"""What a valid answer to each kind of prompt looks like, and how it is normalised.

Stored shapes (also the JSON the CLI accepts):
  short_text, long_text, choice  -> str
  date                           -> "YYYY-MM-DD"
  rating                         -> int within the prompt's scale, or, for a prompt
                                    with a note, {"rating": int, "note": str}
  list                           -> [str, ...]
  checklist                      -> [option, ...] in the prompt's option order
  table                          -> [{column: str, ...}, ...]  (every column present)
  signature                      -> {"name": str, "date": "YYYY-MM-DD"}
An empty value ("" / [] / a table of blank rows) means "no answer".
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from actionmentor.domain.enums import PromptKind
from actionmentor.domain.text import clean_text
from actionmentor.errors import InvalidInputError

if TYPE_CHECKING:
    from actionmentor.domain.content import Prompt

AnswerValue = str | int | list[str] | list[dict[str, str]] | dict[str, str] | dict[str, Any]


def parse_date(value: object, what: str) -> str:
    if not isinstance(value, str):
        raise InvalidInputError(f"{what} must be a date written as YYYY-MM-DD.")
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        raise InvalidInputError(
            f"{what} must be a date written as YYYY-MM-DD, not {value[:40]!r}."
        ) from None


def _text(value: object, what: str, *, single_line: bool = False) -> str:
    if not isinstance(value, str):
        raise InvalidInputError(f"{what} must be text.")
    return clean_text(value, single_line=single_line, what=what)


def _text_list(value: object, what: str) -> list[str]:
    if not isinstance(value, list):
        raise InvalidInputError(f"{what} must be a list of text items.")
    items = [_text(item, f"An item of {what}") for item in value]
    return [item for item in items if item.strip()]


def normalise_answer(prompt: Prompt, value: Any) -> AnswerValue:
    """Check ``value`` against the prompt's kind and options; return the stored form."""
    what = f"The answer to {prompt.id!r}"
    kind = prompt.kind
    if kind is PromptKind.SHORT_TEXT:
        text = _text(value, what, single_line=True)
        if len(text) > prompt.max_length:
            raise InvalidInputError(
                f"{what} is {len(text):,} characters long; this prompt takes at most "
                f"{prompt.max_length:,}."
            )
        return text
    if kind is PromptKind.LONG_TEXT:
        return _text(value, what)
    if kind is PromptKind.LIST:
        return _text_list(value, what)
    if kind is PromptKind.RATING:
        return _rating(prompt, value, what)
    if kind is PromptKind.CHOICE:
        text = _text(value, what, single_line=True)
        if text and text not in prompt.options:
            raise InvalidInputError(f"{what} must be one of: {', '.join(prompt.options)}.")
        return text
    if kind is PromptKind.CHECKLIST:
        ticked = set(_text_list(value, what))
        unknown = ticked.difference(prompt.options)
        if unknown:
            raise InvalidInputError(
                f"{what} has items that are not on the list: {sorted(unknown)}."
            )
        return [option for option in prompt.options if option in ticked]
    if kind is PromptKind.DATE:
        if value == "":
            return ""
        return parse_date(value, what)
    if kind is PromptKind.TABLE:
        return _table(prompt, value, what)
    if kind is PromptKind.SIGNATURE:
        return _signature(value, what)
    raise AssertionError(f"unhandled prompt kind {kind}")  # pragma: no cover


def _rating(prompt: Prompt, value: object, what: str) -> int | str | dict[str, Any]:
    note = ""
    if prompt.note and isinstance(value, dict):
        if set(value) - {"rating", "note"}:
            raise InvalidInputError(f'{what} must be {{"rating": n, "note": "..."}}.')
        note = _text(value.get("note", ""), f"{what}, note", single_line=True).strip()
        value = value.get("rating", "")
    if value == "":
        if note:
            raise InvalidInputError(f"{what} has a note but no rating.")
        return ""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInputError(f"{what} must be a whole number.")
    low, high = prompt.scale
    if not low <= value <= high:
        raise InvalidInputError(f"{what} must be between {low} and {high}, not {value}.")
    return {"rating": value, "note": note} if prompt.note else value


def _table(prompt: Prompt, value: object, what: str) -> list[dict[str, str]]:
    if not isinstance(value, list) or not all(isinstance(row, dict) for row in value):
        raise InvalidInputError(f"{what} must be a list of rows, each an object of columns.")
    rows: list[dict[str, str]] = []
    for row in value:
        unknown = set(row).difference(prompt.columns)
        if unknown:
            raise InvalidInputError(
                f"{what} has unknown columns {sorted(unknown)}; "
                f"the columns are: {', '.join(prompt.columns)}."
            )
        cells = {col: _text(row.get(col, ""), f"{what}, column {col!r}") for col in prompt.columns}
        if any(cell.strip() for cell in cells.values()):
            rows.append(cells)
    return rows


def _signature(value: object, what: str) -> dict[str, str]:
    if value == {} or value == "":
        return {}
    if not isinstance(value, dict) or set(value) - {"name", "date"}:
        raise InvalidInputError(f'{what} must be {{"name": ..., "date": "YYYY-MM-DD"}}.')
    name = _text(value.get("name", ""), f"{what}, name", single_line=True).strip()
    if not name:
        raise InvalidInputError(f"{what} needs the signer's name.")
    return {"name": name, "date": parse_date(value.get("date", ""), f"{what}, date")}


def is_empty(value: AnswerValue) -> bool:
    """True for a value that means "not answered"."""
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, int):
        return False
    return len(value) == 0


def parse_answer_text(prompt: Prompt, text: str) -> Any:
    """Turn what a person typed on the command line into a value for ``prompt``.

    Text kinds take the text as is, a rating takes a whole number, and list, checklist,
    table and signature prompts take JSON.
    """
    if prompt.kind is PromptKind.RATING:
        if prompt.note and text.strip().startswith("{"):
            return _json_answer(prompt, text, "a number or JSON")
        try:
            return int(text.strip())
        except ValueError:
            raise InvalidInputError(
                f"The answer to {prompt.id!r} must be a whole number from "
                f"{prompt.scale[0]} to {prompt.scale[1]}."
            ) from None
    if prompt.kind in (
        PromptKind.LIST,
        PromptKind.CHECKLIST,
        PromptKind.TABLE,
        PromptKind.SIGNATURE,
    ):
        return _json_answer(prompt, text, "JSON")
    return text


def _json_answer(prompt: Prompt, text: str, expected: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInputError(
            f"The answer to {prompt.id!r} ({prompt.kind}) must be {expected}: {exc.msg} "
            f"at character {exc.pos}."
        ) from None
    except RecursionError:
        raise InvalidInputError(f"The answer to {prompt.id!r} is nested too deeply.") from None
    except ValueError:  # a number past Python's digit limit
        raise InvalidInputError(f"The answer to {prompt.id!r} holds a number too long.") from None
