"""One workbook as portable JSON (portable_format.py), and importing it back: all or
nothing, always as a new workbook."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from actionmentor.domain.answers import normalise_answer
from actionmentor.domain.crypto import (
    CHECK_TEXT,
    derive_key,
    new_salt,
    portable_check_identity,
    seal,
)
from actionmentor.domain.enums import Person, Respondent, StageStatus, WorkbookStatus
from actionmentor.domain.fields import ACTION_FIELDS, MEETING_FIELDS, as_json
from actionmentor.domain.progress import stage_statuses
from actionmentor.domain.records import JournalRecord
from actionmentor.domain.renames import renamed_options
from actionmentor.domain.text import clean_name
from actionmentor.errors import UserError
from actionmentor.exercises import framework
from actionmentor.services.base import ServiceBase, signatures_of
from actionmentor.services.events import ChangeKind
from actionmentor.services.journal import MIN_PASSPHRASE, seal_entry
from actionmentor.services.portable_format import (
    FORMAT,
    VERSION,
    Fields,
    fail,
    iso,
    parse_file,
)
from actionmentor.storage.models import (
    Action,
    Answer,
    JournalEntry,
    JournalKey,
    Meeting,
    StageProgress,
    Workbook,
    WorksheetInstance,
)
from actionmentor.storage.types import utcnow

_TOP_KEYS = {"format", "version", "workbook", "stages", "instances", "answers", "actions",
             "meetings", "journal"}  # fmt: skip
_WORKBOOK_KEYS = {"title", "mentee", "mentee_contact", "mentor", "mentor_contact",
                  "framework", "status", "created_at", "updated_at"}  # fmt: skip


class PortableService(ServiceBase):
    def export_json(self, workbook_id: int, journal: list[JournalRecord]) -> dict[str, Any]:
        """The workbook as portable JSON; ``journal`` is what may leave (see JournalService)."""
        with self._db.session() as session:
            w = self._workbook(session, workbook_id)
            answers = sorted(w.answers, key=lambda a: (a.instance, a.prompt_id, a.respondent))
            statuses = stage_statuses(
                self._framework_of(w).all_stages(),
                {(a.prompt_id, a.respondent) for a in answers},
                {s.stage_id: signatures_of(s) for s in w.stages},
            )
            return {
                "format": FORMAT,
                "version": VERSION,
                "workbook": _workbook_json(w),
                "stages": [
                    _stage_json(s, statuses.get(s.stage_id, StageStatus.NOT_STARTED))
                    for s in sorted(w.stages, key=lambda s: s.stage_id)
                ],
                "instances": [
                    {
                        "worksheet": i.worksheet_id,
                        "number": i.number,
                        "held_on": iso(i.held_on),
                        "created_at": iso(i.created_at),
                    }
                    for i in sorted(w.instances, key=lambda i: (i.worksheet_id, i.number))
                ],
                "answers": [_answer_json(a) for a in answers],
                "actions": [
                    as_json(ACTION_FIELDS, a) | {"created_at": iso(a.created_at)} for a in w.actions
                ],
                "meetings": [as_json(MEETING_FIELDS, m) for m in w.meetings],
                "journal": [_journal_json(j) for j in journal if j.text is not None],
            }

    def import_json(self, raw: bytes, passphrases: Mapping[Person, str] | None = None) -> int:
        """Create a new workbook from an export; nothing is written unless all of it is valid.

        Private journal entries are encrypted on the way in, so each of their authors'
        passphrases must be given (it becomes that author's passphrase in the new workbook).
        """
        data = parse_file(raw)
        top = Fields(data, "the file", _TOP_KEYS)
        wb = Fields(data.get("workbook"), "workbook", _WORKBOOK_KEYS)
        try:
            fw = framework(wb.text("framework", required=True))
        except UserError as exc:
            raise fail("workbook", str(exc)) from None
        now = utcnow()
        with self._db.session() as session:
            workbook = Workbook(
                title=clean_name(wb.text("title", required=True), "workbook, title"),
                mentee_name=clean_name(wb.text("mentee", required=True), "workbook, mentee"),
                mentor_name=clean_name(wb.text("mentor", required=True), "workbook, mentor"),
                mentee_contact=wb.text("mentee_contact", single_line=True),
                mentor_contact=wb.text("mentor_contact", single_line=True),
                framework_id=fw.id,
                status=wb.choice("status", WorkbookStatus).value,
                created_at=wb.when("created_at") or now,
                updated_at=wb.when("updated_at") or now,
            )
            session.add(workbook)
            session.flush()
            self._stages(session, workbook, fw, top)
            self._answers(session, workbook, fw, top)
            self._records(session, workbook, top, passphrases or {})
            workbook_id = workbook.id
        self._publish(workbook_id, ChangeKind.WORKBOOK)
        return workbook_id

    @staticmethod
    def _stages(session: Any, workbook: Workbook, fw: Any, top: Fields) -> None:
        given: dict[str, StageProgress] = {}
        for n, raw in enumerate(top.items("stages")):
            f = Fields(
                raw,
                f"stages[{n}]",
                {
                    "stage",
                    "status",
                    "mentee_signed_at",
                    "mentor_signed_at",
                    "edited_after_signoff_at",
                },
            )
            stage_id = f.text("stage", required=True)
            if fw.stage(stage_id) is None or stage_id in given:
                raise fail(f"stages[{n}]", f"stage {stage_id!r} is unknown or repeated")
            row = StageProgress(workbook_id=workbook.id, stage_id=stage_id)
            f.choice("status", StageStatus)  # checked, not kept: derived (domain.progress)
            row.mentee_signed_at = f.when("mentee_signed_at")
            row.mentor_signed_at = f.when("mentor_signed_at")
            row.edited_after_signoff_at = f.when("edited_after_signoff_at")
            given[stage_id] = row
        for stage in fw.all_stages():
            session.add(
                given.get(stage.id) or StageProgress(workbook_id=workbook.id, stage_id=stage.id)
            )

    @staticmethod
    def _answers(session: Any, workbook: Workbook, fw: Any, top: Fields) -> None:
        copies: set[tuple[str, int]] = set()
        for n, raw in enumerate(top.items("instances")):
            f = Fields(raw, f"instances[{n}]", {"worksheet", "number", "held_on", "created_at"})
            sheet = f.text("worksheet", required=True)
            found = fw.worksheet(sheet)
            number = f.whole("number", minimum=1)
            if found is None or not found[1].repeatable or (sheet, number) in copies:
                raise fail(f"instances[{n}]", f"{sheet!r} copy {number} is unknown or repeated")
            copies.add((sheet, number))
            session.add(
                WorksheetInstance(
                    workbook_id=workbook.id,
                    worksheet_id=sheet,
                    number=number,
                    held_on=f.day("held_on"),
                    created_at=f.when("created_at") or utcnow(),
                )
            )
        slots: set[tuple[str, str, int]] = set()
        for n, raw in enumerate(top.items("answers")):
            where = f"answers[{n}]"
            f = Fields(raw, where, {"prompt", "respondent", "instance", "value", "updated_at"})
            located = fw.locate(f.text("prompt", required=True))
            if located is None:
                raise fail(where, f"there is no prompt {raw.get('prompt')!r} in {fw.title}")
            _stage, sheet, prompt = located
            respondent = f.choice("respondent", Respondent)
            instance = f.whole("instance")
            if respondent not in prompt.respondent.respondents():
                raise fail(where, f"{prompt.id!r} is not answered by {respondent.value}")
            if instance == 0 and sheet.repeatable:
                # Written before this worksheet became repeatable (migration 0009): its
                # answers are the first copy, as they are in an upgraded database.
                instance = 1
                if (sheet.id, 1) not in copies:
                    copies.add((sheet.id, 1))
                    session.add(
                        WorksheetInstance(
                            workbook_id=workbook.id, worksheet_id=sheet.id, number=1,
                            created_at=f.when("updated_at") or utcnow(),
                        )
                    )  # fmt: skip
            if (instance != 0) != sheet.repeatable or (
                sheet.repeatable and (sheet.id, instance) not in copies
            ):
                raise fail(where, f"copy {instance} of {sheet.id!r} does not exist")
            if (prompt.id, respondent.value, instance) in slots:
                raise fail(where, "the same answer appears twice")
            slots.add((prompt.id, respondent.value, instance))
            try:
                value = normalise_answer(prompt, renamed_options(prompt.id, raw.get("value")))
            except UserError as exc:
                raise fail(where, str(exc)) from None
            answer = Answer(
                workbook_id=workbook.id,
                prompt_id=prompt.id,
                value=value,
                updated_at=f.when("updated_at") or utcnow(),
            )
            answer.respondent, answer.instance = respondent.value, instance
            session.add(answer)

    @staticmethod
    def _records(
        session: Any, workbook: Workbook, top: Fields, passphrases: Mapping[Person, str]
    ) -> None:
        action_keys = {f.json_key for f in ACTION_FIELDS} | {"created_at"}
        for n, raw in enumerate(top.items("actions")):
            f = Fields(raw, f"actions[{n}]", action_keys)
            values = f.declared(ACTION_FIELDS)
            values["title"] = clean_name(values["title"], "action")
            created = f.when("created_at") or utcnow()
            session.add(Action(workbook_id=workbook.id, created_at=created, **values))
        meeting_keys = {f.json_key for f in MEETING_FIELDS}
        for n, raw in enumerate(top.items("meetings")):
            f = Fields(raw, f"meetings[{n}]", meeting_keys)
            session.add(Meeting(workbook_id=workbook.id, **f.declared(MEETING_FIELDS)))
        keys: dict[Person, bytes] = {}
        for n, raw in enumerate(top.items("journal")):
            f = Fields(raw, f"journal[{n}]", {"author", "written_at", "private", "text"})
            author = f.choice("author", Person)
            private = f.flag("private")
            text = f.text("text", required=True)
            entry = JournalEntry(
                workbook_id=workbook.id,
                author=author.value,
                written_at=f.when("written_at") or utcnow(),
                private=private,
                text="" if private else text,
            )
            session.add(entry)
            session.flush()
            if private:
                if author not in keys:
                    keys[author] = _new_author_key(session, workbook.id, author, passphrases)
                seal_entry(entry, keys[author], text)
        session.flush()


def _new_author_key(
    session: Any, workbook_id: int, author: Person, passphrases: Mapping[Person, str]
) -> bytes:
    phrase = passphrases.get(author)
    if phrase and len(phrase) < MIN_PASSPHRASE:  # the same rule as setting one in the app
        raise fail(
            "journal",
            f"the {author.value}'s passphrase must be at least {MIN_PASSPHRASE} characters",
        )
    if not phrase:
        raise fail(
            "journal",
            f"the file holds private entries by the {author.value}; give their passphrase "
            "so they can be stored encrypted",
        )
    salt = new_salt()
    key = derive_key(phrase, salt)
    alliance = session.get(Workbook, workbook_id).uuid
    nonce, sealed = seal(key, CHECK_TEXT, portable_check_identity(alliance, author))
    session.add(JournalKey(workbook_id=workbook_id, author=author.value, salt=salt,
                           check_nonce=nonce, check_ciphertext=sealed))  # fmt: skip
    return key


def _workbook_json(w: Workbook) -> dict[str, Any]:
    return {
        "title": w.title,
        "mentee": w.mentee_name,
        "mentee_contact": w.mentee_contact,
        "mentor": w.mentor_name,
        "mentor_contact": w.mentor_contact,
        "framework": w.framework_id,
        "status": w.status,
        "created_at": iso(w.created_at),
        "updated_at": iso(w.updated_at),
    }


def _stage_json(s: StageProgress, status: StageStatus) -> dict[str, Any]:
    return {
        "stage": s.stage_id,
        "status": status,
        "mentee_signed_at": iso(s.mentee_signed_at),
        "mentor_signed_at": iso(s.mentor_signed_at),
        "edited_after_signoff_at": iso(s.edited_after_signoff_at),
    }


def _answer_json(a: Answer) -> dict[str, Any]:
    return {
        "prompt": a.prompt_id,
        "respondent": a.respondent,
        "instance": a.instance,
        "value": a.value,
        "updated_at": iso(a.updated_at),
    }


def _journal_json(j: JournalRecord) -> dict[str, Any]:
    return {
        "author": j.author.value,
        "written_at": iso(j.written_at),
        "private": j.private,
        "text": j.text,
    }
