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
    skip = shutil.ignore_patterns("*.py", "__pycache__", "*.de.toml")  # English only
    shutil.copytree(CONTENT_DIR, content, ignore=skip)
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


def test_a_translation_that_drops_an_option_is_refused_by_name(tmp_path: Path) -> None:
    content = translated_copy(tmp_path)
    path = content / "worksheets" / "01-beginning.de.toml"
    english = path.read_text(encoding="utf-8")
    # The first list of options loses its last entry: the positions no longer match.
    path.write_text(re.sub(r',\s*"[^"]*",?\s*\]', "]", english, count=1), encoding="utf-8")
    with pytest.raises(ContentError, match=r"01-beginning\.de\.toml: .*options"):
        load_content(content, "de")


def test_translated_options_and_columns_are_shown_but_the_english_is_stored() -> None:
    english = load_content(CONTENT_DIR)["hay-1997"]
    german = load_content(CONTENT_DIR, "de")["hay-1997"]
    for stage in german.all_stages():
        for prompt in stage.prompts():
            other = english.prompt(prompt.id)
            assert other is not None
            # The stored values, and the table columns the action plan reads, are English.
            assert prompt.options == other.options and prompt.columns == other.columns
            assert prompt.action_columns == other.action_columns
            assert len(prompt.shown_options()) == len(prompt.options)
            assert len(prompt.shown_columns()) == len(prompt.columns)
            for option in prompt.options:
                assert prompt.option_label(option) != option  # every option has its German
    plan = german.prompt("action.plan.actions")
    assert plan is not None and plan.column_label("Action") == "Aktion"


def test_every_content_file_has_a_complete_german_translation() -> None:
    """Nothing missing, nothing added, nothing left in English (beyond names and numbers),
    and the same ids, kinds, respondents and numbers of options and columns."""
    from actionmentor.exercises.translation_check import content_files, problems

    files = content_files()
    assert len(files) == 14
    assert [line for path in files for line in problems(path, "de")] == []


def test_the_checker_finds_a_text_left_in_english(tmp_path: Path) -> None:
    from actionmentor.exercises.translation_check import problems

    content = translated_copy(tmp_path)
    english = content / "worksheets" / "01-beginning.toml"
    # translated_copy leaves every intro, help and option in English.
    found = problems(english, "de")
    assert any("still English" in line and "intro" in line for line in found), found
    assert problems(content / "worksheets" / "02-agreement.toml", "de") == [
        "02-agreement.de.toml: missing"
    ]
