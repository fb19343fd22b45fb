"""Checks one content file's data and builds the typed content objects (domain.content)
from it; every mistake names the file and the place (the prompt's id once it has one)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from actionmentor.domain.content import (
    AgendaItem,
    Framework,
    Pacing,
    PlannedMeeting,
    Prompt,
    Stage,
    Worksheet,
)
from actionmentor.domain.enums import PromptAudience, PromptKind
from actionmentor.domain.fields import ACTION_FIELDS, names
from actionmentor.errors import ContentError

# The action fields a column of an action-planning table may fill.
TABLE_ACTION_FIELDS = names(ACTION_FIELDS, "line", "text", "date")

_PROMPT_KEYS = {
    "id", "text", "kind", "respondent", "help", "options", "columns", "scale",
    "scale_labels", "max_length", "min_items", "note", "action_columns", "optional",
    "option_labels", "column_labels",  # set by the loader from a translation, never written
}  # fmt: skip
_WORKSHEET_KEYS = {"id", "title", "intro", "prompts", "repeatable", "see_also"}
_STAGE_KEYS = {"id", "title", "purpose", "mentee_guidance", "mentor_guidance", "pitfalls",
               "worksheets", "meetings", "minutes", "done_when", "before"}  # fmt: skip
_PLAN_KEYS = {"framework", "meetings"}
_MEETING_KEYS = {"title", "purpose", "items", "before"}
_ITEM_KEYS = {"title", "minutes", "worksheet", "prompts", "text"}
_FRAMEWORK_KEYS = {"id", "title", "description", "credit", "stages", "alongside"}


E = TypeVar("E", bound=StrEnum)


class ContentReader:
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
        self._check_see_also((*stages, *alongside))
        return Framework(
            id=ident,
            title=self.text(data, "title", "top level"),
            description=self.text(data, "description", "top level"),
            credit=self.text(data, "credit", "top level"),
            stages=stages,
            alongside=alongside,
        )

    def _check_see_also(self, stages: tuple[Stage, ...]) -> None:
        """A worksheet may point only to worksheets this framework has."""
        have = {w.id for stage in stages for w in stage.worksheets}
        for stage in stages:
            for worksheet in stage.worksheets:
                missing = [w for w in worksheet.see_also if w not in have]
                if missing:
                    raise self.fail(
                        f"worksheet {worksheet.id!r}",
                        f"see_also names worksheets this framework lacks: {missing}",
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
        if not any(p.core for w in worksheets for p in w.prompts):
            raise self.fail(where, "a stage needs at least one core (not optional) prompt")
        return Stage(
            id=ident,
            title=self.text(data, "title", where),
            purpose=self.text(data, "purpose", where),
            mentee_guidance=self.text(data, "mentee_guidance", where, required=False),
            mentor_guidance=self.text(data, "mentor_guidance", where, required=False),
            pitfalls=self.strings(data, "pitfalls", where),
            worksheets=worksheets,
            pacing=self.pacing(data, where),
        )

    def pacing(self, data: dict[str, Any], where: str) -> Pacing:
        """Every stage says how it usually goes (see domain.content.Pacing)."""
        mentee, mentor = self.before(data, where)
        return Pacing(
            meetings=self.whole_number(data, "meetings", where),
            minutes=self.whole_number(data, "minutes", where),
            done_when=self.text(data, "done_when", where),
            before_mentee=mentee,
            before_mentor=mentor,
        )

    def before(self, data: dict[str, Any], where: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """``before = {mentee = [...], mentor = [...]}``: what each prepares."""
        table = self.table(data.get("before", {}), f"{where}, before", {"mentee", "mentor"})
        mentee = self.strings(table, "mentee", f"{where}, before")
        mentor = self.strings(table, "mentor", f"{where}, before")
        return mentee, mentor

    def whole_number(self, data: dict[str, Any], key: str, where: str) -> int:
        value = data.get(key)
        if value is None:
            raise self.fail(where, f"{key!r} is missing")
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise self.fail(where, f"{key!r} must be a whole number, 1 or more")
        return value

    # -- the meeting plan --------------------------------------------------------------

    def plan(self, raw: Any, framework: Framework) -> tuple[PlannedMeeting, ...]:
        """plans/<framework>.toml: the meetings in order. Every item names a worksheet of
        this framework (and prompts of that worksheet) or is a conversation with a text;
        every worksheet of the framework is somewhere in the plan."""
        data = self.table(raw, "top level", _PLAN_KEYS)
        if data.get("framework") != framework.id:
            raise self.fail("top level", f"'framework' must be {framework.id!r}")
        raw_meetings = data.get("meetings", [])
        if not isinstance(raw_meetings, list) or not raw_meetings:
            raise self.fail("top level", "a plan needs at least one [[meetings]]")
        meetings = tuple(
            self.planned_meeting(m, number, framework)
            for number, m in enumerate(raw_meetings, start=1)
        )
        planned = {item.worksheet for m in meetings for item in m.items if item.worksheet}
        missing = [
            w.id for stage in framework.all_stages() for w in stage.worksheets
            if w.id not in planned
        ]  # fmt: skip
        if missing:
            raise self.fail("top level", f"the plan leaves out the worksheets {missing}")
        return meetings

    def planned_meeting(self, raw: Any, number: int, framework: Framework) -> PlannedMeeting:
        where = f"meeting {number}"
        data = self.table(raw, where, _MEETING_KEYS)
        raw_items = data.get("items", [])
        if not isinstance(raw_items, list) or not raw_items:
            raise self.fail(where, "a meeting needs at least one [[meetings.items]]")
        mentee, mentor = self.before(data, where)
        return PlannedMeeting(
            number=number,
            title=self.text(data, "title", where),
            purpose=self.text(data, "purpose", where),
            items=tuple(
                self.agenda_item(item, f"{where}, item {i}", framework)
                for i, item in enumerate(raw_items, start=1)
            ),
            before_mentee=mentee,
            before_mentor=mentor,
        )

    def agenda_item(self, raw: Any, where: str, framework: Framework) -> AgendaItem:
        data = self.table(raw, where, _ITEM_KEYS)
        worksheet_id = data.get("worksheet")
        text = self.text(data, "text", where, required=worksheet_id is None)
        prompts: tuple[str, ...] | None = None
        if worksheet_id is not None:
            found = framework.worksheet(str(worksheet_id))
            if found is None:
                raise self.fail(where, f"there is no worksheet {worksheet_id!r} in {framework.id}")
            if "prompts" in data:
                prompts = self.strings(data, "prompts", where)
                have = {p.id for p in found[1].prompts}
                unknown = [p for p in prompts if p not in have]
                if unknown or not prompts:
                    raise self.fail(
                        where, f"worksheet {worksheet_id!r} has no prompts {unknown or '[]'}"
                    )
        elif "prompts" in data:
            raise self.fail(where, "'prompts' needs the 'worksheet' they belong to")
        return AgendaItem(
            title=self.text(data, "title", where),
            minutes=self.whole_number(data, "minutes", where),
            worksheet=str(worksheet_id) if worksheet_id is not None else None,
            prompts=prompts,
            text=text,
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
            see_also=self.strings(data, "see_also", where),
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
        kind = self.choice(data, "kind", PromptKind, where)
        respondent = self.choice(data, "respondent", PromptAudience, where)
        options = self.strings(data, "options", where)
        columns = self.strings(data, "columns", where)
        self._check_options_and_columns(where, kind, options, columns)
        option_labels = self.strings(data, "option_labels", where)
        column_labels = self.strings(data, "column_labels", where)
        scale, labels = self._scale(data, where)
        max_length, min_items = self._limits(data, where)
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
            option_labels=option_labels,
            column_labels=column_labels,
            scale=scale,
            scale_labels=labels,
            max_length=max_length,
            min_items=min_items,
            note=note,
            action_columns=self.action_columns(data, where, kind, columns),
            core=not self.flag(data, "optional", where),
        )

    def choice(self, data: dict[str, Any], key: str, vocabulary: type[E], where: str) -> E:
        try:
            return vocabulary(str(data.get(key)))
        except ValueError:
            choices = ", ".join(v.value for v in vocabulary)
            raise self.fail(where, f"{key} must be one of {choices}") from None

    def _check_options_and_columns(
        self, where: str, kind: PromptKind, options: tuple[str, ...], columns: tuple[str, ...]
    ) -> None:
        if kind in (PromptKind.CHOICE, PromptKind.CHECKLIST) and len(options) < 2:
            raise self.fail(where, f"a {kind} prompt needs at least two options")
        if kind is not PromptKind.TABLE and columns:
            raise self.fail(where, "only a table prompt has columns")
        if kind is PromptKind.TABLE and not columns:
            raise self.fail(where, "a table prompt needs columns")
        if options and kind not in (PromptKind.CHOICE, PromptKind.CHECKLIST):
            raise self.fail(where, "only choice and checklist prompts have options")

    def _scale(self, data: dict[str, Any], where: str) -> tuple[tuple[int, int], tuple[str, str]]:
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
        return (scale[0], scale[1]), (str(labels[0]), str(labels[1]))

    def _limits(self, data: dict[str, Any], where: str) -> tuple[int, int]:
        max_length = data.get("max_length", 500)
        min_items = data.get("min_items", 0)
        if not isinstance(max_length, int) or max_length < 1:
            raise self.fail(where, "max_length must be a positive whole number")
        if not isinstance(min_items, int) or min_items < 0:
            raise self.fail(where, "min_items must be a whole number, 0 or more")
        return max_length, min_items

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
