"""Reads the content TOML files into typed objects, naming the file and prompt on any error.

Layout of this folder:
  worksheets/*.toml   the worksheet library: ``[[worksheets]]`` with their prompts
  frameworks/*.toml   one file per framework: stages that reference library worksheets by
                      id (or define a worksheet inline)
  plans/*.toml        one meeting plan per framework (``framework = "<id>"``), checked
                      against that framework's worksheets and prompts
  about.toml          the "About this method" text

A translated content file sits beside the English one with the language before the suffix
(``03-assessment.de.toml``, ``frameworks/hay-1997.de.toml``). It has the same shape and ids;
only the texts differ. When a language is chosen (``set_content_language``), a translated
file replaces its English one, after a check that every worksheet, stage and prompt keeps its
id, kind and respondent, so answers written in one language stay attached in another. Files
not yet translated stay English.
"""

from __future__ import annotations

import dataclasses
import functools
import tomllib
from pathlib import Path
from typing import Any

from actionmentor.domain.content import About, Framework, Worksheet
from actionmentor.errors import ContentError, NotFoundError
from actionmentor.exercises.reader import ContentReader

CONTENT_DIR = Path(__file__).resolve().parent
DEFAULT_FRAMEWORK_ID = "hay-1997"


_language = "en"


def set_content_language(language: str) -> None:
    """Use translated content files for ``language`` where they exist (English otherwise)."""
    global _language
    _language = language
    _load_all.cache_clear()
    _about.cache_clear()


def content_language() -> str:
    """The language chosen with ``set_content_language`` ("en" until then)."""
    return _language


def _english_files(directory: Path) -> list[Path]:
    """The English files: ``name.toml``, not ``name.de.toml``."""
    return sorted(p for p in directory.glob("*.toml") if "." not in p.stem)


def _localised(path: Path, language: str) -> Path:
    translated = path.with_name(f"{path.stem}.{language}.toml")
    return translated if language != "en" and translated.is_file() else path


def _shape(data: Any) -> Any:
    """What a translation must keep: ids, kinds, respondents, the nesting and how many options
    and columns there are, never the texts."""
    if isinstance(data, dict):
        kept = {k: _shape(v) if _has_tables(v) or k not in _SHAPE_KEYS else v
                for k, v in data.items() if k in _SHAPE_KEYS or isinstance(v, list)}  # fmt: skip
        for key in _LABELS.keys() & kept.keys():
            kept[key] = len(data[key]) if isinstance(data[key], list) else data[key]
        return {k: v for k, v in kept.items() if v not in ([], {})}
    if isinstance(data, list):
        return [_shape(item) for item in data if isinstance(item, dict)]
    return data


def _has_tables(value: Any) -> bool:
    return isinstance(value, list) and any(isinstance(item, dict) for item in value)


_SHAPE_KEYS = {"id", "kind", "respondent", "scale", "repeatable", "min_items", "note",
               "options", "columns", "worksheets", "max_length",
               "optional", "meetings", "minutes", "framework", "worksheet",
               "prompts", "see_also"}  # fmt: skip

# Answers store a choice's option and a table's column as the English text, so a translation
# names them by position: its list is what the window and the printouts show, and the English
# list stays the stored value. ``action_columns`` maps to stored columns and always comes
# from the English file.
_LABELS = {"options": "option_labels", "columns": "column_labels"}


def _with_english_values(english: Any, translated: Any) -> Any:
    """``translated`` with each option and column list kept as the English stored values and
    the translated words beside them as labels (the shapes are already known to match)."""
    if isinstance(english, dict) and isinstance(translated, dict):
        merged = {k: _with_english_values(english.get(k), v) for k, v in translated.items()}
        for key, labels in _LABELS.items():
            if key in english:
                merged[key] = english[key]
                if translated.get(key) != english[key]:
                    merged[labels] = translated.get(key, english[key])
        if "action_columns" in english:
            merged["action_columns"] = english["action_columns"]
        return merged
    if _has_tables(english) and isinstance(translated, list):  # a list of texts may differ
        return [_with_english_values(a, b) for a, b in zip(english, translated, strict=True)]
    return translated


def _read_content(path: Path, language: str) -> Any:
    """The file's data, from its translation for ``language`` if there is one that matches."""
    data = _read_toml(path)
    translated = _localised(path, language)
    if translated == path:
        return data
    other = _read_toml(translated)
    if _shape(other) != _shape(data):
        raise ContentError(
            f"{translated.name}: a translation must keep the ids, kinds and respondents of "
            f"{path.name}; {_first_difference(_shape(data), _shape(other))}"
        )
    return _with_english_values(data, other)


def _first_difference(english: Any, translated: Any, where: str = "") -> str:
    if isinstance(english, dict) and isinstance(translated, dict):
        for key in english.keys() | translated.keys():
            if english.get(key) != translated.get(key):
                label = english.get("id", where) if isinstance(english.get("id"), str) else where
                return _first_difference(english.get(key), translated.get(key), f"{label} {key}")
    if isinstance(english, list) and isinstance(translated, list):
        if len(english) != len(translated):
            return f"{where.strip()}: {len(english)} entries in English, {len(translated)} here"
        for a, b in zip(english, translated, strict=True):
            if a != b:
                return _first_difference(a, b, where)
    return f"{where.strip()}: {english!r} in English, {translated!r} here"


def _read_toml(path: Path) -> Any:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(f"{path.name}: not valid TOML: {exc}") from None


def load_library(directory: Path, language: str = "en") -> dict[str, Worksheet]:
    """Every worksheet in ``directory``/*.toml; ids and texts unique across the library."""
    library: dict[str, Worksheet] = {}
    ids: dict[str, str] = {}
    texts: dict[str, str] = {}
    sections: set[str] = set()
    for path in _english_files(directory):
        reader = ContentReader(_localised(path, language))
        reader.section_ids = sections  # worksheet ids are unique across files too
        for worksheet in reader.worksheets(_read_content(path, language), ids, texts):
            library[worksheet.id] = worksheet
    return library


def load_framework_file(
    path: Path, library: dict[str, Worksheet] | None = None, language: str = "en"
) -> Framework:
    """Load and validate one framework file against the worksheet library, with its plan
    from ../plans/<id>.toml."""
    if library is None:
        library = load_library(CONTENT_DIR / "worksheets", language)
    fw = ContentReader(_localised(path, language), library).framework(_read_content(path, language))
    plan_path = path.parent.parent / "plans" / f"{fw.id}.toml"
    if not plan_path.is_file():
        raise ContentError(f"{path.name}: there is no meeting plan plans/{fw.id}.toml")
    plan = ContentReader(_localised(plan_path, language)).plan(
        _read_content(plan_path, language), fw
    )
    return dataclasses.replace(fw, plan=plan)


def load_content(directory: Path, language: str = "en") -> dict[str, Framework]:
    """Every framework in ``directory`` (worksheets/ and frameworks/), in ``language``."""
    return _parse_all(directory, language)


@functools.cache
def _load_all(directory: Path, language: str = "en") -> dict[str, Framework]:
    if directory == CONTENT_DIR:  # the shipped content: parsed once, then from the cache
        from actionmentor.exercises.content_cache import cached

        return cached(directory, language, lambda: _parse_all(directory, language))
    return _parse_all(directory, language)


def _parse_all(directory: Path, language: str) -> dict[str, Framework]:
    library = load_library(directory / "worksheets", language)
    loaded: dict[str, Framework] = {}
    for path in _english_files(directory / "frameworks"):
        fw = load_framework_file(path, library, language)
        if fw.id in loaded:
            raise ContentError(f"{path.name}: framework id {fw.id!r} is used by another file")
        loaded[fw.id] = fw
    # The default framework comes first wherever frameworks are listed.
    return dict(sorted(loaded.items(), key=lambda item: item[0] != DEFAULT_FRAMEWORK_ID))


def frameworks() -> list[Framework]:
    """Every shipped framework, the default first."""
    return list(_load_all(CONTENT_DIR, _language).values())


def framework(framework_id: str, language: str | None = None) -> Framework:
    """One framework by id, in ``language`` (the chosen one if None); NotFoundError names the
    ones that exist."""
    language = language or _language
    found = _load_all(CONTENT_DIR, language).get(framework_id)
    if found is None:
        known = ", ".join(_load_all(CONTENT_DIR, language))
        raise NotFoundError(f"There is no framework {framework_id!r}. Known frameworks: {known}.")
    return found


def about(language: str | None = None) -> About:
    """The "About this method" text, in ``language`` (the chosen one if None)."""
    return _about(language or _language)


@functools.cache
def _about(language: str) -> About:
    path = CONTENT_DIR / "about.toml"
    reader = ContentReader(_localised(path, language))
    data = reader.table(
        _read_content(path, language), "top level", {"title", "paragraphs", "credit"}
    )
    return About(
        title=reader.text(data, "title", "top level"),
        paragraphs=reader.strings(data, "paragraphs", "top level"),
        credit=reader.text(data, "credit", "top level"),
    )
