"""Finds what a translated content file leaves out or leaves in English.

The loader already refuses a translation whose ids, kinds, respondents or counts differ
(``loader._read_content``). This adds the check a reader would make: every text of the English
file has its own words in the translation, none is missing, none is added, and none is the
English text again unless it is only names, numbers and references.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from actionmentor.exercises import loader

# Words that read the same in both languages: the method's and authors' names, and the
# role the German interface also calls "Mentee".
_SAME_IN_EVERY_LANGUAGE = {
    "action", "mentoring", "julie", "hay", "clutterbuck", "kram", "doran", "watkins", "tom",
    "smart", "mentee", "mentees", "grow", "swot", "ok",
}  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+")
_NOT_TEXT = loader._SHAPE_KEYS | {"action_columns"}


def texts(data: Any, where: str = "") -> Iterator[tuple[str, str]]:
    """Every text of a content file, as (where it is, the text)."""
    if isinstance(data, dict):
        label = data.get("id") if isinstance(data.get("id"), str) else None
        for key, value in data.items():
            if (
                key in _NOT_TEXT
                and key not in ("options", "columns")
                and not (loader._has_tables(value))
            ):
                continue
            place = f"{label or where} {key}".strip()
            yield from texts(value, place)
    elif isinstance(data, list):
        for n, item in enumerate(data, 1):
            yield from texts(item, f"{where} [{n}]")
    elif isinstance(data, str):
        yield where, data


def only_names_and_numbers(text: str) -> bool:
    return all(word.lower() in _SAME_IN_EVERY_LANGUAGE for word in _WORD.findall(text))


def problems(english_path: Path, language: str) -> list[str]:
    """What is wrong with the translation of ``english_path`` into ``language``: one line each."""
    translated_path = english_path.with_name(f"{english_path.stem}.{language}.toml")
    if not translated_path.is_file():
        return [f"{translated_path.name}: missing"]
    try:
        loader._read_content(english_path, language)
    except Exception as exc:  # the loader's own message names the file and the difference
        return [str(exc)]
    english = dict(texts(loader._read_toml(english_path)))
    translated = dict(texts(loader._read_toml(translated_path)))
    name = translated_path.name
    found = [f"{name}: {where}: missing" for where in english.keys() - translated.keys()
             if not only_names_and_numbers(english[where])]  # fmt: skip
    extra = translated.keys() - english.keys()
    found += [f"{name}: {where}: not in the English file" for where in extra]
    found += [
        f"{name}: {where}: still English: {text[:60]!r}"
        for where, text in translated.items()
        if english.get(where) == text and text.strip() and not only_names_and_numbers(text)
    ]
    found += [f"{name}: {where}: empty" for where, text in translated.items()
              if english.get(where, "").strip() and not text.strip()]  # fmt: skip
    return sorted(found)


def content_files() -> list[Path]:
    """Every English content file the app ships."""
    root = loader.CONTENT_DIR
    found = [root / "about.toml"]
    for folder in ("worksheets", "frameworks", "plans"):
        found += loader._english_files(root / folder)
    return found
