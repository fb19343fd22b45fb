"""The one text policy every stored string goes through.

Policy (kept stable so export → import → export gives the same bytes):
- line endings become ``\\n``;
- control characters other than tab and newline are removed (NUL, escape codes, C1);
- lone surrogates, which UTF-8 cannot hold, become U+FFFD;
- everything else, including leading and trailing spaces, is kept as typed.
"""

from __future__ import annotations

import re

from actionmentor.errors import InvalidInputError

MAX_TEXT_CHARS = 1_000_000

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def clean_text(text: str, *, single_line: bool = False, what: str = "Text") -> str:
    """Apply the text policy; raise InvalidInputError if the text is too long to keep."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if single_line:
        text = text.replace("\n", " ").replace("\t", " ")
    text = _SURROGATE.sub("\ufffd", _CONTROL.sub("", text))
    if len(text) > MAX_TEXT_CHARS:
        raise InvalidInputError(
            f"{what} is {len(text):,} characters long; the most one answer can hold is "
            f"{MAX_TEXT_CHARS:,}."
        )
    return text


def clean_name(text: str, what: str) -> str:
    """A person's name or a title: one line, trimmed, not empty."""
    name = clean_text(text, single_line=True, what=what).strip()
    if not name:
        raise InvalidInputError(f"{what} can't be empty.")
    if len(name) > 200:
        raise InvalidInputError(f"{what} is too long ({len(name)} characters; at most 200).")
    return name
