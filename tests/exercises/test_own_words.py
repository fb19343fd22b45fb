"""Issue 14, item 7: the content is in the project's own words. No run of eight words may
appear both in a content file and in one of the source documents in ../shared/seeds/."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from actionmentor.exercises.loader import CONTENT_DIR

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
RUN = 8


def words(text: str) -> list[str]:
    # Curly and straight apostrophes alike, so "it's" in one and "it’s" in the other match.
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", text.lower().replace("\u2019", "'"))


def runs(text: str) -> set[tuple[str, ...]]:
    found = words(text)
    return {tuple(found[i : i + RUN]) for i in range(len(found) - RUN + 1)}


def texts(data: Any) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from texts(value)
    elif isinstance(data, list):
        for value in data:
            yield from texts(value)


def content_files() -> list[Path]:
    return sorted(CONTENT_DIR.rglob("*.toml"))


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the source documents are not beside the project")
def test_no_run_of_eight_words_is_shared_with_the_sources() -> None:
    source_runs: dict[tuple[str, ...], str] = {}
    for seed in sorted(SEEDS.glob("*.txt")):
        for run in runs(seed.read_text(encoding="utf-8")):
            source_runs.setdefault(run, seed.name)
    assert source_runs, "no source text read"
    shared = []
    for path in content_files():
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for text in texts(data):
            for run in runs(text):
                if run in source_runs:
                    shared.append(f"{path.name}: '{' '.join(run)}' (also in {source_runs[run]})")
    assert not shared, "\n".join(sorted(set(shared)))


def test_the_check_finds_a_copied_sentence() -> None:
    """The same check on a sentence lifted whole from a source does find it."""
    seed = sorted(SEEDS.glob("*.txt"))[0] if SEEDS.is_dir() else None
    if seed is None:
        pytest.skip("the source documents are not beside the project")
    sentence = " ".join(words(seed.read_text(encoding="utf-8"))[40:52])
    assert runs(sentence) & runs(seed.read_text(encoding="utf-8"))
