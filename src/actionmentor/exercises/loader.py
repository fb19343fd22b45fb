"""Reads the framework TOML files into typed objects, naming the file and prompt on any error."""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path
from typing import Any

from actionmentor.domain.enums import PromptAudience, PromptKind
from actionmentor.errors import ContentError, NotFoundError
from actionmentor.exercises.model import Framework, Prompt, Stage, Worksheet

CONTENT_DIR = Path(__file__).resolve().parent
DEFAULT_FRAMEWORK_ID = "hay-1997"

_PROMPT_KEYS = {
    "id", "text", "kind", "respondent", "help", "options", "columns",
    "scale", "scale_labels", "max_length", "min_items",
}  # fmt: skip
_WORKSHEET_KEYS = {"id", "title", "intro", "prompts"}
_STAGE_KEYS = {"id", "title", "purpose", "mentee_guidance", "mentor_guidance", "pitfalls",
               "worksheets"}  # fmt: skip
_FRAMEWORK_KEYS = {"id", "title", "description", "credit", "stages", "alongside"}


class _Reader:
    """Validates one file; every error names the file and the place in it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.prompt_ids: set[str] = set()
        self.prompt_texts: dict[str, str] = {}
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
        return Framework(
            id=ident,
            title=self.text(data, "title", "top level"),
            description=self.text(data, "description", "top level"),
            credit=self.text(data, "credit", "top level"),
            stages=stages,
            alongside=alongside,
        )

    def stage(self, raw: Any, where: str) -> Stage:
        data = self.table(raw, where, _STAGE_KEYS)
        ident = self.unique_id(data, where)
        where = f"stage {ident!r}"
        worksheets = tuple(self.worksheet(w, where) for w in data.get("worksheets", []))
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

    def worksheet(self, raw: Any, stage_where: str) -> Worksheet:
        data = self.table(raw, f"{stage_where}, a worksheet", _WORKSHEET_KEYS)
        ident = self.unique_id(data, f"{stage_where}, a worksheet")
        where = f"worksheet {ident!r}"
        prompts = tuple(self.prompt(p, where) for p in data.get("prompts", []))
        if not prompts:
            raise self.fail(where, "a worksheet needs at least one prompt")
        return Worksheet(
            id=ident,
            title=self.text(data, "title", where),
            intro=self.text(data, "intro", where, required=False),
            prompts=prompts,
        )

    def prompt(self, raw: Any, worksheet_where: str) -> Prompt:
        # Name the prompt by its id in every message, once there is an id to name it by.
        given_id = raw.get("id") if isinstance(raw, dict) else None
        where = (
            f"prompt {given_id!r}"
            if isinstance(given_id, str) and given_id.strip()
            else (f"{worksheet_where}, a prompt")
        )
        data = self.table(raw, where, _PROMPT_KEYS)
        ident = self.text(data, "id", where)
        if ident in self.prompt_ids:
            raise self.fail(where, "this prompt id is used twice")
        self.prompt_ids.add(ident)
        text = self.text(data, "text", where)
        if text in self.prompt_texts:
            raise self.fail(where, f"same text as prompt {self.prompt_texts[text]!r}")
        self.prompt_texts[text] = ident
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
        )


def load_framework_file(path: Path) -> Framework:
    """Load and validate one framework file."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ContentError(f"{path.name}: not valid TOML: {exc}") from None
    return _Reader(path).framework(raw)


@functools.cache
def _load_all(directory: Path) -> dict[str, Framework]:
    loaded: dict[str, Framework] = {}
    for path in sorted(directory.glob("*.toml")):
        fw = load_framework_file(path)
        if fw.id in loaded:
            raise ContentError(f"{path.name}: framework id {fw.id!r} is used by another file")
        loaded[fw.id] = fw
    # The default framework comes first wherever frameworks are listed.
    return dict(sorted(loaded.items(), key=lambda item: item[0] != DEFAULT_FRAMEWORK_ID))


def frameworks() -> list[Framework]:
    """Every shipped framework, the default first."""
    return list(_load_all(CONTENT_DIR).values())


def framework(framework_id: str) -> Framework:
    """One framework by id; NotFoundError names the ones that exist."""
    found = _load_all(CONTENT_DIR).get(framework_id)
    if found is None:
        known = ", ".join(_load_all(CONTENT_DIR))
        raise NotFoundError(f"There is no framework {framework_id!r}. Known frameworks: {known}.")
    return found
