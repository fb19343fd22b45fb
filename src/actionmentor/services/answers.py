"""Answers and stage sign-off: the rules of what a stage's progress is."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from actionmentor.domain.answers import is_empty, normalise_answer
from actionmentor.domain.content import Framework, Prompt, Stage, Worksheet
from actionmentor.domain.enums import Person, Respondent
from actionmentor.domain.progress import answer_slots, stage_status
from actionmentor.domain.records import AnswerRecord, InstanceRecord, StageState
from actionmentor.errors import InvalidInputError, NotFoundError
from actionmentor.services.base import ServiceBase, signatures_of
from actionmentor.services.events import ChangeKind
from actionmentor.storage.models import Answer, StageProgress, WorksheetInstance
from actionmentor.storage.types import utcnow


class AnswerService(ServiceBase):
    def save(
        self,
        workbook_id: int,
        prompt_id: str,
        respondent: Respondent | str,
        value: Any,
        instance: int | None = None,
    ) -> AnswerRecord | None:
        """Store one answer in its own transaction; an empty value removes the answer.

        ``instance`` picks the copy of a repeatable worksheet; None means the newest copy
        (the first is started if there is none). Returns the stored answer, or None when
        the answer was cleared.
        """
        respondent = _respondent(respondent)
        with self._db.session() as session:
            workbook = self._writable_workbook(session, workbook_id)
            stage, worksheet, prompt = _locate(self._framework_of(workbook), prompt_id)
            instance = self._instance_for(session, workbook_id, worksheet, instance)
            allowed = prompt.respondent.respondents()
            if respondent not in allowed:
                raise InvalidInputError(
                    f"Prompt {prompt_id!r} is answered by "
                    f"{' and '.join(r.value for r in allowed)}, not by {respondent.value}."
                )
            stored = normalise_answer(prompt, value)
            answer = session.scalar(
                select(Answer).where(
                    Answer.workbook_id == workbook_id,
                    Answer.prompt_id == prompt_id,
                    Answer.respondent == respondent,
                    Answer.instance == instance,
                )
            )
            record: AnswerRecord | None = None
            if is_empty(stored):
                if answer is None:
                    return None
                session.delete(answer)  # its words leave the index at close (Services.close)
            elif answer is not None and answer.value == stored:
                return self._record(answer)  # nothing changed: no write, no event
            else:
                if answer is None:
                    answer = Answer(workbook_id=workbook_id, prompt_id=prompt_id)
                    answer.respondent = respondent
                    answer.instance = instance
                    session.add(answer)
                answer.value = stored
                answer.updated_at = utcnow()
                session.flush()
                record = self._record(answer)
            self._mark_edited(session, workbook_id, stage)
        self._publish(workbook_id, ChangeKind.ANSWER, prompt_id)
        return record

    def list_for(
        self,
        workbook_id: int,
        *,
        prompts: Collection[str] | None = None,
        instance: int | None = None,
    ) -> list[AnswerRecord]:
        """The workbook's answers; only those to ``prompts`` and in copy ``instance`` if
        given (a page needs its own few, not a two-year alliance's every answer)."""
        with self._db.session() as session:
            self._workbook(session, workbook_id)
            query = select(Answer).where(Answer.workbook_id == workbook_id)
            if prompts is not None:
                query = query.where(Answer.prompt_id.in_(list(prompts)))
            if instance is not None:
                query = query.where(Answer.instance == instance)
            answers = session.scalars(query.order_by(Answer.instance, Answer.id))
            return [self._record(a) for a in answers]

    # -- repeatable worksheets ----------------------------------------------------------

    def start_instance(
        self, workbook_id: int, worksheet_id: str, held_on: dt.date | None = None
    ) -> InstanceRecord:
        """Begin a new dated copy of a repeatable worksheet (a new relationship review)."""
        with self._db.session() as session:
            workbook = self._writable_workbook(session, workbook_id)
            fw = self._framework_of(workbook)
            found = fw.worksheet(worksheet_id)
            if found is None or not found[1].repeatable:
                raise NotFoundError(
                    f"There is no repeatable worksheet {worksheet_id!r} in {fw.title}."
                )
            row = self._new_instance(session, workbook_id, worksheet_id, held_on)
            record = _instance_record(row)
        self._publish(workbook_id, ChangeKind.INSTANCE, worksheet_id)
        return record

    def instances(self, workbook_id: int, worksheet_id: str | None = None) -> list[InstanceRecord]:
        """The copies of repeatable worksheets, oldest first."""
        with self._db.session() as session:
            self._workbook(session, workbook_id)
            query = select(WorksheetInstance).where(WorksheetInstance.workbook_id == workbook_id)
            if worksheet_id is not None:
                query = query.where(WorksheetInstance.worksheet_id == worksheet_id)
            rows = session.scalars(
                query.order_by(WorksheetInstance.worksheet_id, WorksheetInstance.number)
            )
            return [_instance_record(r) for r in rows]

    @staticmethod
    def _new_instance(
        session: Session, workbook_id: int, worksheet_id: str, held_on: dt.date | None
    ) -> WorksheetInstance:
        last = session.scalar(
            select(func.max(WorksheetInstance.number)).where(
                WorksheetInstance.workbook_id == workbook_id,
                WorksheetInstance.worksheet_id == worksheet_id,
            )
        )
        row = WorksheetInstance(
            workbook_id=workbook_id,
            worksheet_id=worksheet_id,
            number=(last or 0) + 1,
            held_on=held_on or dt.date.today(),
        )
        session.add(row)
        session.flush()
        return row

    def _instance_for(
        self, session: Session, workbook_id: int, worksheet: Worksheet, instance: int | None
    ) -> int:
        """Check (or choose) which copy an answer belongs to."""
        if not worksheet.repeatable:
            if instance not in (None, 0):
                raise InvalidInputError(
                    f"The worksheet {worksheet.title!r} is filled in once; "
                    f"it has no copy {instance}."
                )
            return 0
        numbers = list(
            session.scalars(
                select(WorksheetInstance.number).where(
                    WorksheetInstance.workbook_id == workbook_id,
                    WorksheetInstance.worksheet_id == worksheet.id,
                )
            )
        )
        if instance is None:
            if numbers:
                return max(numbers)
            return self._new_instance(session, workbook_id, worksheet.id, None).number
        if instance not in numbers:
            have = ", ".join(map(str, sorted(numbers))) or "none yet"
            raise NotFoundError(
                f"There is no copy {instance} of {worksheet.title!r} (copies: {have})."
            )
        return instance

    def stages(self, workbook_id: int) -> list[StageState]:
        """Every stage of the workbook's framework, in order, with progress and signatures."""
        with self._db.session() as session:
            workbook = self._workbook(session, workbook_id)
            fw = self._framework_of(workbook)
            answered = self._answered(session, workbook_id)
            rows = {row.stage_id: row for row in self._progress_rows(session, workbook_id)}
            return [_state(stage, answered, rows.get(stage.id)) for stage in fw.all_stages()]

    def stage(self, workbook_id: int, stage_id: str) -> StageState:
        """One stage's progress and signatures: what its page shows, read from its own
        answers only."""
        with self._db.session() as session:
            fw = self._framework_of(self._workbook(session, workbook_id))
            stage = fw.stage(stage_id)
            if stage is None:
                raise NotFoundError(f"There is no stage {stage_id!r} in the {fw.title} framework.")
            prompts = [p.id for p in stage.prompts()]
            answered = self._answered(session, workbook_id, prompts)
            row = session.scalar(
                select(StageProgress).where(
                    StageProgress.workbook_id == workbook_id, StageProgress.stage_id == stage_id
                )
            )
            return _state(stage, answered, row)

    def worksheet_progress(self, workbook_id: int) -> dict[str, tuple[int, int]]:
        """Each worksheet's core answer slots: (answered, all), as the navigator shows them."""
        with self._db.session() as session:
            fw = self._framework_of(self._workbook(session, workbook_id))
            answered = self._answered(session, workbook_id)
        found = {}
        for stage in fw.all_stages():
            for worksheet in stage.worksheets:
                slots = {
                    (p.id, r)
                    for p in worksheet.prompts
                    if p.core
                    for r in p.respondent.respondents()
                }
                found[worksheet.id] = (len(slots & answered), len(slots))
        return found

    def sign_off(self, workbook_id: int, stage_id: str, person: Person | str) -> None:
        """``person`` confirms, as themselves, that the stage has done its job."""
        self._set_signature(workbook_id, stage_id, Person(person), signed=True)

    def withdraw_sign_off(self, workbook_id: int, stage_id: str, person: Person | str) -> None:
        self._set_signature(workbook_id, stage_id, Person(person), signed=False)

    def restore_signatures(self, workbook_id: int, state: StageState) -> None:
        """Put a stage's signatures and edit mark back as ``state`` had them (undo of a
        sign-off or re-sign: the earlier signature returns, not none)."""
        with self._db.session() as session:
            self._writable_workbook(session, workbook_id)
            row = self._progress_row(session, workbook_id, state.stage_id)
            row.mentee_signed_at = state.mentee_signed_at
            row.mentor_signed_at = state.mentor_signed_at
            row.edited_after_signoff_at = state.edited_after_signoff_at
        self._publish(workbook_id, ChangeKind.STAGE, state.stage_id)

    def _set_signature(self, workbook_id: int, stage_id: str, person: Person, signed: bool) -> None:
        with self._db.session() as session:
            workbook = self._writable_workbook(session, workbook_id)
            fw = self._framework_of(workbook)
            stage = fw.stage(stage_id)
            if stage is None:
                raise NotFoundError(f"There is no stage {stage_id!r} in the {fw.title} framework.")
            row = self._progress_row(session, workbook_id, stage_id)
            when = utcnow() if signed else None
            if person is Person.MENTEE:
                row.mentee_signed_at = when
            else:
                row.mentor_signed_at = when
            # The edit mark goes once both have signed again after it.
            edited = row.edited_after_signoff_at
            if (
                edited
                and row.mentee_signed_at
                and row.mentor_signed_at
                and min(row.mentee_signed_at, row.mentor_signed_at) >= edited
            ):
                row.edited_after_signoff_at = None
            if not row.mentee_signed_at and not row.mentor_signed_at:
                row.edited_after_signoff_at = None
        self._publish(workbook_id, ChangeKind.STAGE, stage_id)

    def _mark_edited(self, session: Session, workbook_id: int, stage: Stage) -> None:
        """An answer changed after someone signed the stage: say so beside the signatures."""
        row = self._progress_row(session, workbook_id, stage.id)
        if row.mentee_signed_at or row.mentor_signed_at:
            row.edited_after_signoff_at = utcnow()

    @staticmethod
    def _answered(
        session: Session, workbook_id: int, prompts: list[str] | None = None
    ) -> set[tuple[str, Respondent]]:
        query = select(Answer.prompt_id, Answer.respondent).where(Answer.workbook_id == workbook_id)
        if prompts is not None:
            query = query.where(Answer.prompt_id.in_(prompts))
        rows = session.execute(query.distinct())  # the copies of a repeated worksheet: once
        return {(prompt_id, respondent) for prompt_id, respondent in rows}

    @staticmethod
    def _progress_rows(session: Session, workbook_id: int) -> list[StageProgress]:
        return list(
            session.scalars(select(StageProgress).where(StageProgress.workbook_id == workbook_id))
        )

    @staticmethod
    def _progress_row(session: Session, workbook_id: int, stage_id: str) -> StageProgress:
        row = session.scalar(
            select(StageProgress).where(
                StageProgress.workbook_id == workbook_id, StageProgress.stage_id == stage_id
            )
        )
        if row is None:  # a stage added to the framework after the workbook was made
            row = StageProgress(workbook_id=workbook_id, stage_id=stage_id)
            session.add(row)
        return row

    @staticmethod
    def _record(answer: Answer) -> AnswerRecord:
        return AnswerRecord(
            prompt_id=answer.prompt_id,
            respondent=answer.respondent,
            value=answer.value,
            updated_at=answer.updated_at,
            instance=answer.instance,
        )


def _state(
    stage: Stage, answered: set[tuple[str, Respondent]], row: StageProgress | None
) -> StageState:
    slots = answer_slots(stage)
    sig = signatures_of(row)
    done = len(slots & answered)
    return StageState(
        stage_id=stage.id,
        title=stage.title,
        status=stage_status(done, sig),
        answered=done,
        total=len(slots),
        mentee_signed_at=sig.mentee_signed_at,
        mentor_signed_at=sig.mentor_signed_at,
        edited_after_signoff_at=sig.edited_after_signoff_at,
    )


def _instance_record(row: WorksheetInstance) -> InstanceRecord:
    return InstanceRecord(
        worksheet_id=row.worksheet_id,
        number=row.number,
        held_on=row.held_on,
        created_at=row.created_at,
        uuid=row.uuid,
    )


def _respondent(value: Respondent | str) -> Respondent:
    try:
        return Respondent(value)
    except ValueError:
        raise InvalidInputError(
            f"{value!r} is not a respondent; use mentee, mentor or together."
        ) from None


def _locate(fw: Framework, prompt_id: str) -> tuple[Stage, Worksheet, Prompt]:
    located = fw.locate(prompt_id)
    if located is None:
        raise NotFoundError(
            f"There is no prompt {prompt_id!r} in the {fw.title} framework. "
            "'actionmentor frameworks' lists the prompt ids."
        )
    return located
