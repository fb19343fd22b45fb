"""A result's snippet drawn as runs: every character kept, the matches marked as matches."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from actionmentor.domain.search import MATCH_END, MATCH_START
from actionmentor.ui.common.search_results import snippet_runs

words = st.text(st.characters(exclude_characters=MATCH_START + MATCH_END), max_size=20)


@given(st.lists(st.tuples(words, st.booleans()), max_size=8))
def test_runs_keep_the_text_and_mark_exactly_the_matches(parts: list[tuple[str, bool]]) -> None:
    snippet = "".join(f"{MATCH_START}{t}{MATCH_END}" if m else t for t, m in parts)
    runs = snippet_runs(snippet)
    assert "".join(t for t, _ in runs) == " ".join(snippet.split()).replace(
        MATCH_START, ""
    ).replace(MATCH_END, "")
    matched = " ".join(" ".join(t for t, m in parts if m and t.strip()).split())
    assert " ".join(" ".join(t for t, m in runs if m).split()) == matched
    assert all(t for t, _ in runs)


def test_a_snippet_with_two_matches() -> None:
    snippet = f"we {MATCH_START}listen{MATCH_END} and  then {MATCH_START}listen{MATCH_END} again"
    assert snippet_runs(snippet) == [
        ("we ", False),
        ("listen", True),
        (" and then ", False),
        ("listen", True),
        (" again", False),
    ]
