"""A data folder's name is only a name: "?", "%", "#", spaces and other scripts must not
change where the database goes (it once went into a sibling file, outside the folder)."""

from __future__ import annotations

from pathlib import Path

import pytest

from actionmentor.services.library import first_listing
from tests.helpers import ok

NAMES = ["Notes?", "100%25 sure", "a#b c", "Заметки", "ノート", "x?mode=ro"]


@pytest.mark.parametrize("name", NAMES)
def test_the_database_stays_inside_a_folder_with_any_name(tmp_path: Path, name: str) -> None:
    folder = tmp_path / name
    ok("new", "--mentee", "Ana", "--mentor", "Ben", data_dir=folder)
    assert Path(ok("backup", data_dir=folder).strip()).parent == folder / "backups"
    # Nothing written beside it ("home" is the test's own home folder, where the content
    # cache goes, as it goes to ~/.cache for a person).
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == [name]
    assert not (tmp_path / "home").exists() or {
        p.relative_to(tmp_path / "home").parts[0] for p in (tmp_path / "home").rglob("*")
    } <= {".cache"}
    assert (folder / "actionmentor.db").is_file()
    listing = first_listing(folder)
    assert listing is not None and [s.mentee for s in listing] == ["Ana"]
