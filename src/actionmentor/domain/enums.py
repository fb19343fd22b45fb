"""The vocabularies of a workbook. Values are stored in the database and printed in JSON."""

from __future__ import annotations

from enum import StrEnum


class Person(StrEnum):
    """One of the two people in an alliance: who writes, who signs."""

    MENTEE = "mentee"
    MENTOR = "mentor"

    @property
    def respondent(self) -> Respondent:
        """This person as the owner of an answer."""
        return Respondent(self.value)


class Respondent(StrEnum):
    """Who an answer belongs to."""

    MENTEE = "mentee"
    MENTOR = "mentor"
    TOGETHER = "together"


class PromptAudience(StrEnum):
    """Who a prompt asks: one person, each separately, or both with one joint answer."""

    MENTEE = "mentee"
    MENTOR = "mentor"
    EACH = "each"
    TOGETHER = "together"

    def respondents(self) -> tuple[Respondent, ...]:
        """The answer slots this prompt has."""
        if self is PromptAudience.EACH:
            return (Respondent.MENTEE, Respondent.MENTOR)
        return (Respondent(self.value),)


class PromptKind(StrEnum):
    SHORT_TEXT = "short_text"
    LONG_TEXT = "long_text"
    LIST = "list"
    RATING = "rating"
    CHOICE = "choice"
    CHECKLIST = "checklist"
    DATE = "date"
    TABLE = "table"
    SIGNATURE = "signature"


class StageStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETE = "complete"


class ActionStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class ExportKind(StrEnum):
    """What a workbook can be exported as (the blank workbook needs no workbook)."""

    WORKBOOK = "workbook"
    ACTION_PLAN = "action-plan"
    INVITATION = "invitation"
    MEETING = "meeting"
    ICS = "ics"
    JSON = "json"
    FORM = "form"  # the fillable PDF for a partner without the app (issue 16)
    HTML = "html"  # the workbook as one accessible web page, for screen readers and phones

    @property
    def suffix(self) -> str:
        """The file name's ending this kind is written as."""
        return {"ics": ".ics", "json": ".json", "html": ".html"}.get(self.value, ".pdf")


class WorkbookStatus(StrEnum):
    ACTIVE = "active"
    ENDED = "ended"
