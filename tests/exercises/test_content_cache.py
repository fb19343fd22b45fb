"""The parsed content is kept in the cache folder, and a bad or stale cache is passed over."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from actionmentor.exercises import loader
from actionmentor.exercises.content_cache import cached


@pytest.fixture
def content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    copy = tmp_path / "content"
    shutil.copytree(loader.CONTENT_DIR, copy, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    return copy


def _parse(directory: Path, calls: list[int]) -> dict[str, object]:
    calls.append(1)
    return dict(loader.load_content(directory))


def test_parsed_once_then_read_back_alike(content: Path, tmp_path: Path) -> None:
    calls: list[int] = []
    first = cached(content, "en", lambda: _parse(content, calls))
    again = cached(content, "en", lambda: _parse(content, calls))
    assert calls == [1] and again == first
    files = list((tmp_path / "cache" / "actionmentor").iterdir())
    assert len(files) == 1 and files[0].stat().st_mode & 0o077 == 0


def test_changed_content_is_parsed_again_and_the_old_cache_goes(
    content: Path, tmp_path: Path
) -> None:
    calls: list[int] = []
    cached(content, "en", lambda: _parse(content, calls))
    sheet = next((content / "worksheets").glob("*.toml"))
    sheet.write_text(sheet.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
    cached(content, "en", lambda: _parse(content, calls))
    assert calls == [1, 1]
    assert len(list((tmp_path / "cache" / "actionmentor").iterdir())) == 1


def test_a_damaged_cache_is_passed_over_and_replaced(content: Path, tmp_path: Path) -> None:
    calls: list[int] = []
    first = cached(content, "en", lambda: _parse(content, calls))
    (kept,) = (tmp_path / "cache" / "actionmentor").iterdir()
    kept.write_bytes(kept.read_bytes()[:100])
    assert cached(content, "en", lambda: _parse(content, calls)) == first
    assert calls == [1, 1]
    assert cached(content, "en", lambda: _parse(content, calls)) == first
    assert calls == [1, 1]


def test_a_cache_folder_that_cannot_be_written_only_costs_the_parse(
    content: Path, tmp_path: Path
) -> None:
    (tmp_path / "cache").write_text("a file where the folder would go")
    calls: list[int] = []
    first = cached(content, "en", lambda: _parse(content, calls))
    assert cached(content, "en", lambda: _parse(content, calls)) == first
    assert calls == [1, 1]
