"""The action plan: actions added by hand or from a planning table, edited, ticked off."""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import select

from actionmentor.domain.enums import ActionStatus
from actionmentor.domain.fields import ACTION_FIELDS, UNREAD_DUE_DATE, names, record_from
from actionmentor.domain.records import ActionRecord
from actionmentor.domain.text import clean_name
from actionmentor.errors import InvalidInputError
from actionmentor.services.base import ServiceBase, wipe_deleted_words
from actionmentor.services.base import apply_text as _apply_text
from actionmentor.services.events import ChangeKind
from actionmentor.storage.models import Action, Answer
from actionmentor.storage.types import utcnow

_ACTION_TEXT_FIELDS = names(ACTION_FIELDS, "text")


class ActionService(ServiceBase):
    def add(
        self,
        workbook_id: int,
        title: str,
        *,
        due_date: dt.date | None = None,
        status: ActionStatus | str = ActionStatus.PLANNED,
        source_prompt_id: str | None = None,
        **text: str,
    ) -> ActionRecord:
        with self._db.session() as session:
            self._writable_workbook(session, workbook_id)
            action = Action(workbook_id=workbook_id, title=clean_name(title, "The action"))
            session.add(action)
            _apply_text(action, text, _ACTION_TEXT_FIELDS)
            action.due_date = due_date
            action.source_prompt_id = source_prompt_id
            _apply_status(action, status)
            session.flush()
            record = _action_record(action)
        self._publish(workbook_id, ChangeKind.ACTION, record.id)
        return record

    def update(
        self,
        action_id: int,
        *,
        title: str | None = None,
        due_date: dt.date | str | None = "unchanged",
        status: ActionStatus | str | None = None,
        **text: str,
    ) -> ActionRecord:
        with self._db.session() as session:
            action = self._get(session, Action, action_id, "action")
            self._writable_workbook(session, action.workbook_id)
            if title is not None:
                action.title = clean_name(title, "The action")
            if due_date != "unchanged":
                action.due_date = due_date if isinstance(due_date, dt.date) else None
            _apply_text(action, text, _ACTION_TEXT_FIELDS)
            if status is not None:
                _apply_status(action, status)
            session.flush()
            record, workbook_id = _action_record(action), action.workbook_id
        self._publish(workbook_id, ChangeKind.ACTION, action_id)
        return record

    def add_record(self, workbook_id: int, a: ActionRecord) -> ActionRecord:
        """Add an action described by a record (its id is ignored): undo and redo use this."""
        return self.add(
            workbook_id,
            a.title,
            due_date=a.due_date,
            status=a.status,
            source_prompt_id=a.source_prompt_id,
            **{f: getattr(a, f) for f in _ACTION_TEXT_FIELDS},
        )

    def update_record(self, a: ActionRecord) -> ActionRecord:
        """Make action ``a.id`` match the record in every field a person can edit."""
        return self.update(
            a.id,
            title=a.title,
            due_date=a.due_date,
            status=a.status,
            **{f: getattr(a, f) for f in _ACTION_TEXT_FIELDS},
        )

    def add_from_table(self, workbook_id: int, prompt_id: str) -> list[ActionRecord]:
        """Turn the rows of an action-planning table into actions on the action plan.

        Rows already on the plan (same title, made from the same prompt) are skipped, so
        this can be run again after the table grows. Returns the actions it added.
        """
        with self._db.session() as session:
            workbook = self._writable_workbook(session, workbook_id)
            fw = self._framework_of(workbook)
            prompt = fw.prompt(prompt_id)
            if prompt is None or not prompt.action_columns:
                raise InvalidInputError(f"Prompt {prompt_id!r} is not a table of actions.")
            columns = dict(prompt.action_columns)
            rows: list[dict[str, str]] = []
            for answer in session.scalars(
                select(Answer).where(
                    Answer.workbook_id == workbook_id, Answer.prompt_id == prompt_id
                )
            ):
                rows.extend(answer.value)
            existing = set(
                session.scalars(
                    select(Action.title).where(
                        Action.workbook_id == workbook_id, Action.source_prompt_id == prompt_id
                    )
                )
            )
            added: list[Action] = []
            for row in rows:
                title = row.get(columns["title"], "").strip()
                if not title or title in existing:
                    continue
                existing.add(title)
                action = Action(
                    workbook_id=workbook_id,
                    title=clean_name(title, "The action"),
                    source_prompt_id=prompt_id,
                    status=ActionStatus.PLANNED,
                )
                _apply_text(
                    action,
                    {f: row.get(c, "") for f, c in columns.items() if f in _ACTION_TEXT_FIELDS},
                    _ACTION_TEXT_FIELDS,
                )
                due_text = row.get(columns.get("due_date", ""), "").strip()
                action.due_date = _parse_due(due_text)
                if due_text and action.due_date is None:
                    # Keep what they wrote ("end of March") rather than lose it.
                    action.detail = f"{action.detail}\n{UNREAD_DUE_DATE}{due_text}".strip()
                session.add(action)
                added.append(action)
            session.flush()
            records = [_action_record(a) for a in added]
        if records:
            self._publish(workbook_id, ChangeKind.ACTION)
        return records

    def delete(self, action_id: int) -> None:
        with self._db.session() as session:
            action = self._get(session, Action, action_id, "action")
            workbook_id = action.workbook_id
            self._writable_workbook(session, workbook_id)
            session.delete(action)
            session.flush()
            wipe_deleted_words(session)
        self._publish(workbook_id, ChangeKind.ACTION, action_id)

    def list_for(self, workbook_id: int) -> list[ActionRecord]:
        with self._db.session() as session:
            self._workbook(session, workbook_id)
            rows = session.scalars(
                select(Action).where(Action.workbook_id == workbook_id).order_by(Action.id)
            )
            return [_action_record(a) for a in rows]


_GERMAN_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})")


def _parse_due(text: str) -> dt.date | None:
    """A "by when" typed as ISO (2027-01-15) or as German columns ask (15.01.2027)."""
    try:
        if found := _GERMAN_DATE.fullmatch(text):
            day, month, year = (int(part) for part in found.groups())
            return dt.date(year if year > 99 else 2000 + year, month, day)
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _apply_status(action: Action, status: ActionStatus | str) -> None:
    try:
        new = ActionStatus(status)
    except ValueError:
        choices = ", ".join(s.value for s in ActionStatus)
        raise InvalidInputError(
            f"{status!r} is not an action status; use one of {choices}."
        ) from None
    if new is ActionStatus.DONE and action.status != ActionStatus.DONE:
        action.completed_at = utcnow()
    elif new is not ActionStatus.DONE:
        action.completed_at = None
    action.status = new


def _action_record(a: Action) -> ActionRecord:
    return record_from(ActionRecord, a)
