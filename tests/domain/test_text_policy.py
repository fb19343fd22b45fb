from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from actionmentor.domain.text import MAX_TEXT_CHARS, clean_name, clean_text
from actionmentor.errors import InvalidInputError


def test_control_characters_are_removed_but_tabs_and_newlines_stay() -> None:
    assert clean_text("a\x00b\x1b[31mc\td\r\ne\rf\x85") == "ab[31mc\td\ne\nf"


def test_lone_surrogates_become_replacement_characters() -> None:
    assert clean_text("x\ud800y") == "x\ufffdy"


def test_single_line_folds_newlines_into_spaces() -> None:
    assert clean_text("one\ntwo", single_line=True) == "one two"


def test_too_long_text_is_refused_with_its_length() -> None:
    with pytest.raises(InvalidInputError, match="1,000,001 characters"):
        clean_text("x" * (MAX_TEXT_CHARS + 1))


def test_names_are_trimmed_and_must_not_be_blank() -> None:
    assert clean_name("  Ana  ", "Name") == "Ana"
    with pytest.raises(InvalidInputError, match="Name can't be empty"):
        clean_name(" \x00 \n", "Name")


@given(st.text())
def test_cleaning_is_idempotent_and_always_encodable(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once
    once.encode("utf-8")  # never raises: no surrogates left
    assert "\x00" not in once and "\r" not in once
