"""What progress is, and when a stage counts as complete. Pure functions over content."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Set
from dataclasses import dataclass
from functools import cache

from actionmentor.domain.content import Framework, Stage
from actionmentor.domain.enums import Respondent, StageStatus


def answer_slots(stage: Stage) -> set[tuple[str, Respondent]]:
    """The (prompt, respondent) slots progress counts: those of the stage's core prompts
    (an "each" prompt has two). Optional prompts can hold answers too, but a stage is as far
    along as its core prompts say."""
    return {
        (prompt.id, respondent)
        for prompt in stage.prompts()
        if prompt.core
        for respondent in prompt.respondent.respondents()
    }


@dataclass(frozen=True)
class Signatures:
    mentee_signed_at: dt.datetime | None = None
    mentor_signed_at: dt.datetime | None = None
    edited_after_signoff_at: dt.datetime | None = None

    @property
    def both_signed(self) -> bool:
        return self.mentee_signed_at is not None and self.mentor_signed_at is not None

    @property
    def any_signed(self) -> bool:
        return self.mentee_signed_at is not None or self.mentor_signed_at is not None


def stage_status(answered: int, signatures: Signatures) -> StageStatus:
    """The one rule for a stage's status: complete when both people have signed it off;
    started once anything is in it.

    Signing is the pair's judgement that the stage has done its job, so it does not
    require every prompt to be answered. The status is derived wherever it is shown, never
    stored, so nothing can disagree with it.
    """
    if signatures.both_signed:
        return StageStatus.COMPLETE
    if answered or signatures.any_signed:
        return StageStatus.IN_PROGRESS
    return StageStatus.NOT_STARTED


def stage_statuses(
    stages: Iterable[Stage],
    answered: Set[tuple[str, Respondent]],
    signatures: Mapping[str, Signatures],
) -> dict[str, StageStatus]:
    """Each stage's status from the answered slots and its sign-offs."""
    return {
        stage.id: stage_status(
            len(answer_slots(stage) & answered), signatures.get(stage.id, Signatures())
        )
        for stage in stages
    }


def completed_stages(signatures: Mapping[str, Signatures]) -> set[str]:
    """The stages that are complete, from their sign-offs alone (completion needs no count
    of answers: see stage_status)."""
    return {
        stage_id
        for stage_id, sig in signatures.items()
        if stage_status(0, sig) is StageStatus.COMPLETE
    }


def current_stage(framework: Framework, completed: Set[str]) -> Stage:
    """The first sequential stage that is not complete; the last one once all are."""
    for stage in framework.stages:
        if stage.id not in completed:
            return stage
    return framework.stages[-1]


@cache
def progress_slots(framework: Framework) -> frozenset[tuple[str, Respondent]]:
    """The answer slots that progress counts: those of the sequential stages."""
    return frozenset(slot for stage in framework.stages for slot in answer_slots(stage))
