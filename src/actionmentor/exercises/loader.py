"""Reads the content TOML files into typed objects, naming the file and prompt on any error.

Layout of this folder:
  worksheets/*.toml   the worksheet library: ``[[worksheets]]`` with their prompts
  frameworks/*.toml   one file per framework: stages that reference library worksheets by
                      id (or define a worksheet inline)
  about.toml          the "About this method" text

A translated content file sits beside the English one with the language before the suffix
(``03-assessment.de.toml``, ``frameworks/hay-1997.de.toml``). It has the same shape and ids;
only the texts differ. When a language is chosen (``set_content_language``), a translated
file replaces its English one, after a check that every worksheet, stage and prompt keeps its
id, kind and respondent, so answers written in one language stay attached in another. Files
not yet translated stay English.
"""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path
from typing import Any

from actionmentor.domain.content import About, Framework, Prompt, Stage, Worksheet
from actionmentor.domain.enums import PromptAudience, PromptKind
from actionmentor.domain.fields import ACTION_FIELDS, names
from actionmentor.errors import ContentError, NotFoundError

CONTENT_DIR = Path(__file__).resolve().parent
DEFAULT_FRAMEWORK_ID = "hay-1997"
# The action fields a column of an action-planning table may fill.
TABLE_ACTION_FIELDS = names(ACTION_FIELDS, "line", "text", "date")

_PROMPT_KEYS = {
    "id", "text", "kind", "respondent", "help", "options", "columns", "scale",
    "scale_labels", "max_length", "min_items", "note", "action_columns",
}  # fmt: skip
_WORKSHEET_KEYS = {"id", "title", "intro", "prompts", "repeatable"}
_STAGE_KEYS = {"id", "title", "purpose", "mentee_guidance", "mentor_guidance", "pitfalls",
               "worksheets"}  # fmt: skip
_FRAMEWORK_KEYS = {"id", "title", "description", "credit", "stages", "alongside"}


class _Reader:
    """Validates one file; every error names the file and the place in it."""

    def __init__(self, path: Path, library: dict[str, Worksheet] | None = None) -> None:
        self.path = path
        self.library = library if library is not None else {}
        self.section_ids: set[str] = set()

    def fail(self, where: str, message: str) -> ContentError:
        return ContentError(f"{self.path.name}: {where}: {message}")

    def table(self, data: Any, where: str, allowed: set[str]) -> dict[str, Any]:
        if not isinstance(data, dict):
            raise self.fail(where, "expected a table")
        unknown = set(data) - allowed
        if unknown:
            raise self.fail(where, f"unknown keys {sorted(unknown)}")
        return data

    def text(self, data: dict[str, Any], key: str, where: str, *, required: bool = True) -> str:
        value = data.get(key, "")
        if not isinstance(value, str):
            raise self.fail(where, f"{key!r} must be text")
        value = value.strip()
        if required and not value:
            raise self.fail(where, f"{key!r} is missing or empty")
        return value

    def flag(self, data: dict[str, Any], key: str, where: str) -> bool:
        value = data.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(where, f"{key!r} must be true or false")
        return value

    def strings(self, data: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(where, f"{key!r} must be a list of non-empty texts")
        if len(set(value)) != len(value):
            raise self.fail(where, f"{key!r} has repeated entries")
        return tuple(v.strip() for v in value)

    def unique_id(self, data: dict[str, Any], where: str) -> str:
        ident = self.text(data, "id", where)
        if ident in self.section_ids:
            raise self.fail(where, f"id {ident!r} is used twice")
        self.section_ids.add(ident)
        return ident

    # -- frameworks ------------------------------------------------------------------

    def framework(self, raw: Any) -> Framework:
        data = self.table(raw, "top level", _FRAMEWORK_KEYS)
        ident = self.text(data, "id", "top level")
        stages = tuple(
            self.stage(s, f"stage {i + 1}") for i, s in enumerate(data.get("stages", []))
        )
        if not stages:
            raise self.fail("top level", "a framework needs at least one stage")
        alongside = tuple(
            self.stage(s, f"alongside {i + 1}") for i, s in enumerate(data.get("alongside", []))
        )
        self._check_unique_prompts((*stages, *alongside))
        return Framework(
            id=ident,
            title=self.text(data, "title", "top level"),
            description=self.text(data, "description", "top level"),
            credit=self.text(data, "credit", "top level"),
            stages=stages,
            alongside=alongside,
        )

    def _check_unique_prompts(self, stages: tuple[Stage, ...]) -> None:
        ids: dict[str, str] = {}
        texts: dict[str, str] = {}
        for stage in stages:
            for prompt in stage.prompts():
                where = f"stage {stage.id!r}, prompt {prompt.id!r}"
                if prompt.id in ids:
                    raise self.fail(where, f"this prompt id is also used in {ids[prompt.id]}")
                if prompt.text in texts:
                    raise self.fail(where, f"same text as prompt {texts[prompt.text]!r}")
                ids[prompt.id] = f"stage {stage.id!r}"
                texts[prompt.text] = prompt.id

    def stage(self, raw: Any, where: str) -> Stage:
        data = self.table(raw, where, _STAGE_KEYS)
        ident = self.unique_id(data, where)
        where = f"stage {ident!r}"
        worksheets = tuple(self.stage_worksheet(w, where) for w in data.get("worksheets", []))
        if not worksheets:
            raise self.fail(where, "a stage needs at least one worksheet")
        return Stage(
            id=ident,
            title=self.text(data, "title", where),
            purpose=self.text(data, "purpose", where),
            mentee_guidance=self.text(data, "mentee_guidance", where, required=False),
            mentor_guidance=self.text(data, "mentor_guidance", where, required=False),
            pitfalls=self.strings(data, "pitfalls", where),
            worksheets=worksheets,
        )

    def stage_worksheet(self, raw: Any, stage_where: str) -> Worksheet:
        """A worksheet named from the library, or one written out in place."""
        if isinstance(raw, str):
            found = self.library.get(raw)
            if found is None:
                raise self.fail(stage_where, f"there is no worksheet {raw!r} in worksheets/")
            return found
        return self.worksheet(raw, stage_where, {}, {})

    # -- worksheets and prompts ---------------------------------------------------------

    def worksheets(self, raw: Any, ids: dict[str, str], texts: dict[str, str]) -> list[Worksheet]:
        data = self.table(raw, "top level", {"worksheets"})
        return [self.worksheet(w, "top level", ids, texts) for w in data.get("worksheets", [])]

    def worksheet(
        self, raw: Any, where: str, ids: dict[str, str], texts: dict[str, str]
    ) -> Worksheet:
        data = self.table(raw, f"{where}, a worksheet", _WORKSHEET_KEYS)
        ident = self.unique_id(data, f"{where}, a worksheet")
        where = f"worksheet {ident!r}"
        prompts = tuple(self.prompt(p, where, ids, texts) for p in data.get("prompts", []))
        if not prompts:
            raise self.fail(where, "a worksheet needs at least one prompt")
        return Worksheet(
            id=ident,
            title=self.text(data, "title", where),
            intro=self.text(data, "intro", where, required=False),
            repeatable=self.flag(data, "repeatable", where),
            prompts=prompts,
        )

    def prompt(
        self, raw: Any, worksheet_where: str, ids: dict[str, str], texts: dict[str, str]
    ) -> Prompt:
        # Name the prompt by its id in every message, once there is an id to name it by.
        given_id = raw.get("id") if isinstance(raw, dict) else None
        where = (
            f"prompt {given_id!r}"
            if isinstance(given_id, str) and given_id.strip()
            else f"{worksheet_where}, a prompt"
        )
        data = self.table(raw, where, _PROMPT_KEYS)
        ident = self.text(data, "id", where)
        if ident in ids:
            raise self.fail(where, f"this prompt id is used twice (also in {ids[ident]})")
        ids[ident] = self.path.name
        text = self.text(data, "text", where)
        if text in texts:
            raise self.fail(where, f"same text as prompt {texts[text]!r}")
        texts[text] = ident
        try:
            kind = PromptKind(str(data.get("kind")))
        except ValueError:
            choices = ", ".join(k.value for k in PromptKind)
            raise self.fail(where, f"kind must be one of {choices}") from None
        try:
            respondent = PromptAudience(str(data.get("respondent")))
        except ValueError:
            choices = ", ".join(a.value for a in PromptAudience)
            raise self.fail(where, f"respondent must be one of {choices}") from None
        options = self.strings(data, "options", where)
        columns = self.strings(data, "columns", where)
        if kind in (PromptKind.CHOICE, PromptKind.CHECKLIST) and len(options) < 2:
            raise self.fail(where, f"a {kind} prompt needs at least two options")
        if kind is not PromptKind.TABLE and columns:
            raise self.fail(where, "only a table prompt has columns")
        if kind is PromptKind.TABLE and not columns:
            raise self.fail(where, "a table prompt needs columns")
        if options and kind not in (PromptKind.CHOICE, PromptKind.CHECKLIST):
            raise self.fail(where, "only choice and checklist prompts have options")
        scale = data.get("scale", [1, 5])
        if (
            not isinstance(scale, list)
            or len(scale) != 2
            or not all(isinstance(v, int) for v in scale)
            or scale[0] >= scale[1]
        ):
            raise self.fail(where, "scale must be [low, high] with low < high")
        labels = data.get("scale_labels", ["", ""])
        if not isinstance(labels, list) or len(labels) != 2:
            raise self.fail(where, "scale_labels must be [low label, high label]")
        max_length = data.get("max_length", 500)
        min_items = data.get("min_items", 0)
        if not isinstance(max_length, int) or max_length < 1:
            raise self.fail(where, "max_length must be a positive whole number")
        if not isinstance(min_items, int) or min_items < 0:
            raise self.fail(where, "min_items must be a whole number, 0 or more")
        note = self.flag(data, "note", where)
        if note and kind is not PromptKind.RATING:
            raise self.fail(where, "only a rating prompt takes a note")
        return Prompt(
            id=ident,
            text=text,
            kind=kind,
            respondent=respondent,
            help=self.text(data, "help", where, required=False),
            options=options,
            columns=columns,
            scale=(scale[0], scale[1]),
            scale_labels=(str(labels[0]), str(labels[1])),
            max_length=max_length,
            min_items=min_items,
            note=note,
            action_columns=self.action_columns(data, where, kind, columns),
        )

    def action_columns(
        self, data: dict[str, Any], where: str, kind: PromptKind, columns: tuple[str, ...]
    ) -> tuple[tuple[str, str], ...]:
        mapping = data.get("action_columns")
        if mapping is None:
            return ()
        if kind is not PromptKind.TABLE or not isinstance(mapping, dict):
            raise self.fail(where, "action_columns belongs to a table, as {field = column}")
        unknown = set(mapping) - set(TABLE_ACTION_FIELDS)
        if unknown or "title" not in mapping:
            raise self.fail(
                where,
                f"action_columns needs 'title' and may use only {', '.join(TABLE_ACTION_FIELDS)}",
            )
        missing = [c for c in mapping.values() if c not in columns]
        if missing:
            raise self.fail(where, f"action_columns names columns the table lacks: {missing}")
        return tuple((field, mapping[field]) for field in TABLE_ACTION_FIELDS if field in mapping)


_language = "en"


def set_content_language(language: str) -> None:
    """Use translated content files for ``language`` where they exist (English otherwise)."""
    global _language
    _language = language
    _load_all.cache_clear()
    about.cache_clear()


def _english_files(directory: Path) -> list[Path]:
    """The English files: ``name.toml``, not ``name.de.toml``."""
    return sorted(p for p in directory.glob("*.toml") if "." not in p.stem)


def _localised(path: Path, language: str) -> Path:
    translated = path.with_name(f"{path.stem}.{language}.toml")
    return translated if language != "en" and translated.is_file() else path


def _shape(data: Any) -> Any:
    """What a translation must keep: ids, kinds, respondents, the nesting, never the texts."""
    if isinstance(data, dict):
        kept = {k: _shape(v) if _has_tables(v) or k not in _SHAPE_KEYS else v
                for k, v in data.items() if k in _SHAPE_KEYS or isinstance(v, list)}  # fmt: skip
        return {k: v for k, v in kept.items() if v not in ([], {})}
    if isinstance(data, list):
        return [_shape(item) for item in data if isinstance(item, dict)]
    return data


# Kept verbatim by a translation. Choice options and table columns are among them because
# answers store them as written: translating those needs a migration of the answers.
def _has_tables(value: Any) -> bool:
    return isinstance(value, list) and any(isinstance(item, dict) for item in value)


_SHAPE_KEYS = {"id", "kind", "respondent", "scale", "repeatable", "min_items", "note",
               "options", "columns", "action_columns", "worksheets", "max_length"}  # fmt: skip


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
    return other


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
        reader = _Reader(_localised(path, language))
        reader.section_ids = sections  # worksheet ids are unique across files too
        for worksheet in reader.worksheets(_read_content(path, language), ids, texts):
            library[worksheet.id] = worksheet
    return library


def load_framework_file(
    path: Path, library: dict[str, Worksheet] | None = None, language: str = "en"
) -> Framework:
    """Load and validate one framework file against the worksheet library."""
    if library is None:
        library = load_library(CONTENT_DIR / "worksheets", language)
    return _Reader(_localised(path, language), library).framework(_read_content(path, language))


def load_content(directory: Path, language: str = "en") -> dict[str, Framework]:
    """Every framework in ``directory`` (worksheets/ and frameworks/), in ``language``."""
    return _load_all.__wrapped__(directory, language)


@functools.cache
def _load_all(directory: Path, language: str = "en") -> dict[str, Framework]:
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


def framework(framework_id: str) -> Framework:
    """One framework by id; NotFoundError names the ones that exist."""
    found = _load_all(CONTENT_DIR, _language).get(framework_id)
    if found is None:
        known = ", ".join(_load_all(CONTENT_DIR, _language))
        raise NotFoundError(f"There is no framework {framework_id!r}. Known frameworks: {known}.")
    return found


@functools.cache
def about() -> About:
    """The "About this method" text."""
    path = CONTENT_DIR / "about.toml"
    reader = _Reader(_localised(path, _language))
    data = reader.table(
        _read_content(path, _language), "top level", {"title", "paragraphs", "credit"}
    )
    return About(
        title=reader.text(data, "title", "top level"),
        paragraphs=reader.strings(data, "paragraphs", "top level"),
        credit=reader.text(data, "credit", "top level"),
    )
