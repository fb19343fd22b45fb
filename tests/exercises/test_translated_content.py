"""A translated content file replaces its English one, and must keep every id and kind."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from actionmentor.errors import ContentError
from actionmentor.exercises.loader import CONTENT_DIR, load_content


def translated_copy(tmp_path: Path) -> Path:
    content = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, content, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    english = (content / "worksheets" / "01-beginning.toml").read_text(encoding="utf-8")
    # Every prompt text and worksheet title gets a German prefix; ids stay as they are.
    german = re.sub(r'^(text|title) = "', r'\1 = "DE: ', english, flags=re.MULTILINE)
    (content / "worksheets" / "01-beginning.de.toml").write_text(german, encoding="utf-8")
    return content


def test_a_translated_worksheet_file_replaces_the_english_one(tmp_path: Path) -> None:
    content = translated_copy(tmp_path)
    english = load_content(content)["hay-1997"]
    german = load_content(content, "de")["hay-1997"]
    located = german.locate("invitation.who")
    assert located is not None
    _stage, worksheet, prompt = located
    assert worksheet.title.startswith("DE: ") and prompt.text.startswith("DE: ")
    assert [p.id for s in german.stages for p in s.prompts()] == [
        p.id for s in english.stages for p in s.prompts()
    ]
    other = german.locate("assessment.situation.current")  # not translated: stays English
    assert other is not None and not other[2].text.startswith("DE: ")
    assert load_content(content, "fr")["hay-1997"] == english  # no French files: English


def test_a_translation_that_changes_an_id_is_refused_by_name(tmp_path: Path) -> None:
    content = translated_copy(tmp_path)
    path = content / "worksheets" / "01-beginning.de.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('id = "invitation.who"', 'id = "invitation.wer"'),
        encoding="utf-8",
    )
    with pytest.raises(ContentError, match=r"01-beginning\.de\.toml: .*invitation\.who"):
        load_content(content, "de")
