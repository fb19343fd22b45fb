from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from actionmentor.domain.answers import is_empty, normalise_answer, parse_answer_text
from actionmentor.domain.content import Prompt
from actionmentor.domain.enums import PromptAudience, PromptKind
from actionmentor.errors import InvalidInputError


def prompt(kind: PromptKind, **options: Any) -> Prompt:
    return Prompt(id="p", text="Q", kind=kind, respondent=PromptAudience.MENTEE, **options)


def test_rating_must_be_a_whole_number_within_the_scale() -> None:
    rating = prompt(PromptKind.RATING)
    assert normalise_answer(rating, 3) == 3
    for bad in (0, 6, True, "3", 2.5):
        with pytest.raises(InvalidInputError):
            normalise_answer(rating, bad)


def test_choice_must_be_one_of_the_options() -> None:
    choice = prompt(PromptKind.CHOICE, options=("Yes", "No"))
    assert normalise_answer(choice, "No") == "No"
    with pytest.raises(InvalidInputError, match="one of: Yes, No"):
        normalise_answer(choice, "Maybe")


def test_checklist_keeps_the_option_order_and_refuses_strangers() -> None:
    checklist = prompt(PromptKind.CHECKLIST, options=("a", "b", "c"))
    assert normalise_answer(checklist, ["c", "a", "c"]) == ["a", "c"]
    with pytest.raises(InvalidInputError, match="not on the list"):
        normalise_answer(checklist, ["z"])


def test_list_drops_blank_items() -> None:
    assert normalise_answer(prompt(PromptKind.LIST), ["one", "  ", "two"]) == ["one", "two"]


def test_table_fills_missing_columns_and_drops_blank_rows() -> None:
    table = prompt(PromptKind.TABLE, columns=("A", "B"))
    assert normalise_answer(table, [{"A": "x"}, {"A": "", "B": " "}]) == [{"A": "x", "B": ""}]
    with pytest.raises(InvalidInputError, match="unknown columns"):
        normalise_answer(table, [{"C": "x"}])


def test_signature_needs_a_name_and_a_real_date() -> None:
    sig = prompt(PromptKind.SIGNATURE)
    assert normalise_answer(sig, {"name": " Ana ", "date": "2026-11-23"}) == {
        "name": "Ana",
        "date": "2026-11-23",
    }
    with pytest.raises(InvalidInputError, match="YYYY-MM-DD"):
        normalise_answer(sig, {"name": "Ana", "date": "23/11/2026"})
    with pytest.raises(InvalidInputError, match="signer's name"):
        normalise_answer(sig, {"name": " ", "date": "2026-11-23"})


def test_short_text_respects_its_maximum_length() -> None:
    with pytest.raises(InvalidInputError, match="at most 10"):
        normalise_answer(prompt(PromptKind.SHORT_TEXT, max_length=10), "x" * 11)


def test_command_line_text_is_parsed_by_kind() -> None:
    assert parse_answer_text(prompt(PromptKind.RATING), " 4 ") == 4
    assert parse_answer_text(prompt(PromptKind.LIST), '["a"]') == ["a"]
    assert parse_answer_text(prompt(PromptKind.LONG_TEXT), '["a"]') == '["a"]'
    with pytest.raises(InvalidInputError, match="must be JSON"):
        parse_answer_text(prompt(PromptKind.LIST), "[oops")


@given(st.lists(st.text()))
def test_any_list_of_text_normalises_to_non_blank_items(items: list[str]) -> None:
    value = normalise_answer(prompt(PromptKind.LIST), items)
    assert isinstance(value, list)
    assert all(isinstance(item, str) and item.strip() for item in value)
    assert normalise_answer(prompt(PromptKind.LIST), value) == value
    assert is_empty(value) == (len(value) == 0)
