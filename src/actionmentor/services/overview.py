"""Reading across the services: everything in one workbook, and the next meeting's agenda."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping

from actionmentor.domain.enums import Person
from actionmentor.domain.records import WorkbookDetail
from actionmentor.exercises import content_language, framework
from actionmentor.services.actions import ActionService
from actionmentor.services.agenda import next_meeting_agenda
from actionmentor.services.answers import AnswerService
from actionmentor.services.journal import JournalService
from actionmentor.services.meetings import MeetingService
from actionmentor.services.portable import PortableService
from actionmentor.services.workbooks import WorkbookService


class WorkbookOverview:
    def __init__(
        self,
        workbooks: WorkbookService,
        answers: AnswerService,
        actions: ActionService,
        meetings: MeetingService,
        journal: JournalService,
        portable: PortableService,
    ) -> None:
        self._workbooks = workbooks
        self._answers = answers
        self._actions = actions
        self._meetings = meetings
        self._journal = journal
        self._portable = portable

    def detail(self, workbook_id: int, viewer: Person | None = None) -> WorkbookDetail:
        """Everything in one workbook, as ``viewer`` may see it."""
        return WorkbookDetail(
            summary=self._workbooks.get(workbook_id),
            stages=self._answers.stages(workbook_id),
            answers=self._answers.list_for(workbook_id),
            instances=self._answers.instances(workbook_id),
            actions=self._actions.list_for(workbook_id),
            meetings=self._meetings.list_for(workbook_id),
            journal=self._journal.list_for(workbook_id, viewer),
        )

    def next_meeting_agenda(
        self, workbook_id: int, today: dt.date | None = None, language: str | None = None
    ) -> str:
        """An agenda for the next meeting from the open actions and unfinished stages, in
        ``language`` (the content's language if None)."""
        fw = framework(self._workbooks.get(workbook_id).framework_id, language)
        sequential = {s.id: s.title for s in fw.stages}
        stages = [
            dataclasses.replace(s, title=sequential[s.stage_id])
            for s in self._answers.stages(workbook_id)
            if s.stage_id in sequential
        ]
        return next_meeting_agenda(
            self._actions.list_for(workbook_id), stages, today or dt.date.today(),
            language or content_language(),
        )  # fmt: skip

    def portable(
        self,
        workbook_id: int,
        include: frozenset[Person] = frozenset(),
        passphrases: Mapping[Person, str] | None = None,
    ) -> dict[str, object]:
        """The portable JSON of a workbook; private entries only as ``include`` allows."""
        journal = self._journal.for_export(workbook_id, include, passphrases)
        return self._portable.export_json(workbook_id, journal)
