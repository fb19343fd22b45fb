"""Typed, immutable content objects: framework → stages → worksheets → prompts."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from actionmentor.domain.enums import PromptAudience, PromptKind

# The repeatable worksheet whose ratings the reviews chart draws.
REVIEW_WORKSHEET = "relationship"


@dataclass(frozen=True, slots=True)
class Prompt:
    id: str
    text: str
    kind: PromptKind
    respondent: PromptAudience
    help: str = ""
    options: tuple[str, ...] = ()
    columns: tuple[str, ...] = ()
    scale: tuple[int, int] = (1, 5)
    scale_labels: tuple[str, str] = ("", "")
    max_length: int = 500
    min_items: int = 0
    note: bool = False  # a rating that also takes a short note: {"rating": n, "note": "..."}
    # For a table whose rows can become actions: action field -> column name.
    action_columns: tuple[tuple[str, str], ...] = ()
    # Core prompts are the ones a stage needs: progress and "done when" count them. The
    # others are offered as optional, for a pair with time or a reason to go further.
    core: bool = True
    # In a translation, the words shown for each option and column, by position. Answers
    # keep the English text as the stored value, so they survive a change of language.
    option_labels: tuple[str, ...] = ()
    column_labels: tuple[str, ...] = ()

    def option_label(self, option: str) -> str:
        """How ``option`` (a stored value) reads in the content's language."""
        return _label(option, self.options, self.option_labels)

    def column_label(self, column: str) -> str:
        """How the table column ``column`` (a stored key) reads in the content's language."""
        return _label(column, self.columns, self.column_labels)

    def shown_options(self) -> tuple[str, ...]:
        return self.option_labels or self.options

    def shown_columns(self) -> tuple[str, ...]:
        return self.column_labels or self.columns


def _label(value: str, values: tuple[str, ...], labels: tuple[str, ...]) -> str:
    if labels and value in values:
        return labels[values.index(value)]
    return value


@dataclass(frozen=True, slots=True)
class Worksheet:
    id: str
    title: str
    prompts: tuple[Prompt, ...]
    intro: str = ""
    repeatable: bool = False  # filled in again and again (a review), each copy kept with its date
    see_also: tuple[str, ...] = ()  # worksheets the page offers to go to ("When it isn't working")


@dataclass(frozen=True, slots=True)
class Stage:
    id: str
    title: str
    purpose: str
    worksheets: tuple[Worksheet, ...]
    mentee_guidance: str = ""
    mentor_guidance: str = ""
    pitfalls: tuple[str, ...] = ()
    pacing: Pacing | None = None

    def prompts(self) -> Iterator[Prompt]:
        for worksheet in self.worksheets:
            yield from worksheet.prompts


@dataclass(frozen=True, slots=True)
class Pacing:
    """How a stage usually goes: how many meetings and minutes of them in all, what must be
    true before the pair sign it off, and what each does before the next meeting."""

    meetings: int
    minutes: int
    done_when: str
    before_mentee: tuple[str, ...] = ()
    before_mentor: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """One step of a planned meeting: a worksheet (or some of its prompts), or a
    conversation led by a short question (``worksheet`` is then None)."""

    title: str
    minutes: int
    worksheet: str | None = None
    prompts: tuple[str, ...] | None = None  # None: the whole worksheet
    text: str = ""  # what to talk about or do, in a sentence or two


@dataclass(frozen=True, slots=True)
class PlannedMeeting:
    number: int
    title: str
    purpose: str
    items: tuple[AgendaItem, ...]
    before_mentee: tuple[str, ...] = ()
    before_mentor: tuple[str, ...] = ()

    @property
    def minutes(self) -> int:
        return sum(item.minutes for item in self.items)


@dataclass(frozen=True, slots=True)
class Framework:
    id: str
    title: str
    description: str
    credit: str
    stages: tuple[Stage, ...]
    alongside: tuple[Stage, ...] = ()
    plan: tuple[PlannedMeeting, ...] = ()  # the meeting plan, from plans/<id>.toml
    _prompt_index: dict[str, tuple[Stage, Worksheet, Prompt]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        for stage in (*self.stages, *self.alongside):
            for worksheet in stage.worksheets:
                for prompt in worksheet.prompts:
                    self._prompt_index[prompt.id] = (stage, worksheet, prompt)

    def __hash__(self) -> int:
        # Hashing every stage, worksheet and prompt made each cached lookup keyed on a
        # framework cost milliseconds; equal frameworks have equal ids, so the id will do.
        return hash(self.id)

    def all_stages(self) -> tuple[Stage, ...]:
        """The sequential stages, then the ones that run alongside them."""
        return (*self.stages, *self.alongside)

    def stage(self, stage_id: str) -> Stage | None:
        return next((s for s in self.all_stages() if s.id == stage_id), None)

    def prompt(self, prompt_id: str) -> Prompt | None:
        found = self._prompt_index.get(prompt_id)
        return found[2] if found else None

    def locate(self, prompt_id: str) -> tuple[Stage, Worksheet, Prompt] | None:
        return self._prompt_index.get(prompt_id)

    def prompt_count(self) -> int:
        return len(self._prompt_index)

    def worksheet(self, worksheet_id: str) -> tuple[Stage, Worksheet] | None:
        for stage in self.all_stages():
            for worksheet in stage.worksheets:
                if worksheet.id == worksheet_id:
                    return stage, worksheet
        return None

    def review_behaviours(self) -> list[tuple[str, str]]:
        """The behaviours the relationship review rates, as (prompt id, short name): the
        name is the prompt's text up to its colon."""
        found = self.worksheet(REVIEW_WORKSHEET)
        if found is None:
            return []
        return [
            (p.id, p.text.split(":")[0]) for p in found[1].prompts if p.kind is PromptKind.RATING
        ]


@dataclass(frozen=True, slots=True)
class About:
    """The short "About this method" text shown on first use and printed in the workbook."""

    title: str
    paragraphs: tuple[str, ...]
    credit: str
