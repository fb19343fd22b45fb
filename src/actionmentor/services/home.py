"""The home of an alliance: where the pair stand, the next planned meeting, what each
prepares for it, what is due (see domain.home). The window's home and `actionmentor next`
both read this."""

from __future__ import annotations

import datetime as dt

from actionmentor.domain.enums import Person, StageStatus
from actionmentor.domain.home import (
    HomeSummary,
    actions_due,
    awaiting_signoff,
    held,
    next_meeting,
    preparations,
    prompts_to_prepare,
    review_due,
)
from actionmentor.domain.records import InstanceRecord
from actionmentor.exercises import framework
from actionmentor.services.actions import ActionService
from actionmentor.services.answers import AnswerService
from actionmentor.services.meetings import MeetingService
from actionmentor.services.workbooks import WorkbookService


class HomeService:
    def __init__(
        self,
        workbooks: WorkbookService,
        answers: AnswerService,
        actions: ActionService,
        meetings: MeetingService,
    ) -> None:
        self._workbooks = workbooks
        self._answers = answers
        self._actions = actions
        self._meetings = meetings

    def summary(self, workbook_id: int, now: dt.datetime | None = None) -> HomeSummary:
        now = now or dt.datetime.now(dt.UTC)
        book = self._workbooks.get(workbook_id)
        fw = framework(book.framework_id)
        states = self._answers.stages(workbook_id)
        sequential = [s for s in states if fw.stage(s.stage_id) in fw.stages]
        current = next(s for s in states if s.stage_id == book.current_stage_id)
        stage = fw.stage(current.stage_id)
        meetings = self._meetings.list_for(workbook_id)
        done = held(meetings, now)
        coming = next_meeting(fw, meetings, now)
        answers = (
            self._answers.list_for(workbook_id, prompts=prompts_to_prepare(fw, coming.planned))
            if coming
            else []
        )
        instances: dict[str, list[InstanceRecord]] = {}
        for copy in self._answers.instances(workbook_id):
            instances.setdefault(copy.worksheet_id, []).append(copy)
        since = done[-1].held_at if done else None
        before = {
            person: preparations(fw, coming.planned, person, answers, instances, since)
            if coming
            else []
            for person in Person
        }
        by = coming.at.astimezone().date() if coming and coming.at else None
        return HomeSummary(
            workbook_id=workbook_id,
            title=book.title,
            names={Person.MENTEE: book.mentee, Person.MENTOR: book.mentor},
            stage=current,
            done_when=stage.pacing.done_when if stage and stage.pacing else "",
            next=coming,
            number_held=len(done),
            planned_meetings=len(fw.plan),
            before=before,
            actions_due=actions_due(
                self._actions.list_for(workbook_id), by, now.astimezone().date()
            ),
            awaiting_signoff=awaiting_signoff(sequential, current.stage_id),
            review_due=review_due(coming.planned if coming else None),
            unfinished=[s for s in sequential if s.status is not StageStatus.COMPLETE],
        )
