"""One workbook as a portable, versioned JSON file, and importing it back.

Format ``actionmentor-workbook`` version 1 (documented in docs/portable-format.md). Import is
all-or-nothing, always creates a new workbook, and refuses anything it does not expect:
oversized files, deep nesting, duplicate keys, NaN, unknown fields, bad values.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from actionmentor.domain.answers import normalise_answer
from actionmentor.domain.crypto import CHECK_TEXT, check_identity, derive_key, new_salt, seal
from actionmentor.domain.enums import ActionStatus, Person, Respondent, StageStatus, WorkbookStatus
from actionmentor.domain.fields import ACTION_FIELDS, MEETING_FIELDS, Field, as_json
from actionmentor.domain.progress import stage_statuses
from actionmentor.domain.records import JournalRecord
from actionmentor.domain.text import clean_name, clean_text
from actionmentor.errors import InvalidInputError, UserError
from actionmentor.exercises import framework
from actionmentor.services.base import ServiceBase, signatures_of
from actionmentor.services.events import ChangeKind
from actionmentor.services.journal import seal_entry
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

FORMAT = "actionmentor-workbook"
VERSION = 1
MAX_BYTES = 50 * 1024 * 1024
MAX_DEPTH = 12


def _iso(value: dt.datetime | dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


class ImportError_(InvalidInputError):
    """A file that is not a valid workbook export; the message says where."""


def _fail(where: str, message: str) -> ImportError_:
    return ImportError_(f"Can't import: {where}: {message}")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _fail("the file", f"the key {key!r} appears twice in one object")
        result[key] = value
    return result


def _no_constants(name: str) -> Any:
    raise _fail("the file", f"{name} is not a number JSON allows")


def _depth(value: Any, level: int = 0) -> None:
    if level > MAX_DEPTH:
        raise _fail("the file", f"it is nested more than {MAX_DEPTH} levels deep")
    if isinstance(value, dict):
        for item in value.values():
            _depth(item, level + 1)
    elif isinstance(value, list):
        for item in value:
            _depth(item, level + 1)


def parse_file(raw: bytes) -> dict[str, Any]:
    """Decode and check the envelope; raise ImportError_ with a clear message."""
    if len(raw) > MAX_BYTES:
        raise _fail("the file", f"it is {len(raw):,} bytes; the most is {MAX_BYTES:,}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _fail("the file", "it is not UTF-8 text") from None
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except json.JSONDecodeError as exc:
        raise _fail("the file", f"not valid JSON ({exc.msg}, line {exc.lineno})") from None
    except RecursionError:
        raise _fail("the file", "it is nested too deeply") from None
    _depth(data)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise _fail("the file", "it is not an Action Mentor workbook export")
    if data.get("version") != VERSION:
        raise _fail(
            "the file", f"format version {data.get('version')!r}; this version reads {VERSION}"
        )
    return data


class _Fields:
    """Typed access to one JSON object, every mistake naming its place."""

    def __init__(self, data: Any, where: str, allowed: set[str]) -> None:
        if not isinstance(data, dict):
            raise _fail(where, "expected an object")
        unknown = set(data) - allowed
        if unknown:
            raise _fail(where, f"unknown fields {sorted(unknown)}")
        self.data, self.where = data, where

    def text(self, key: str, *, required: bool = False, single_line: bool = False) -> str:
        value = self.data.get(key, "")
        if not isinstance(value, str):
            raise _fail(self.where, f"{key!r} must be text")
        if required and not value.strip():
            raise _fail(self.where, f"{key!r} is missing")
        return clean_text(value, single_line=single_line, what=f"{self.where}, {key}")

    def when(self, key: str, *, required: bool = False) -> dt.datetime | None:
        value = self.data.get(key)
        if value is None and not required:
            return None
        try:
            parsed = dt.datetime.fromisoformat(str(value)) if isinstance(value, str) else None
        except ValueError:
            parsed = None
        if parsed is None:
            raise _fail(self.where, f"{key!r} must be a date and time (ISO 8601)")
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.UTC)

    def day(self, key: str) -> dt.date | None:
        value = self.data.get(key)
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            raise _fail(self.where, f"{key!r} must be a date, YYYY-MM-DD") from None

    def choice(self, key: str, allowed: type[Any]) -> Any:
        try:
            return allowed(self.data.get(key))
        except ValueError:
            values = ", ".join(v.value for v in allowed)
            raise _fail(self.where, f"{key!r} must be one of {values}") from None

    def whole(self, key: str, *, minimum: int = 0) -> int:
        value = self.data.get(key, 0)
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise _fail(self.where, f"{key!r} must be a whole number, {minimum} or more")
        return value

    def flag(self, key: str) -> bool:
        value = self.data.get(key, False)
        if not isinstance(value, bool):
            raise _fail(self.where, f"{key!r} must be true or false")
        return value

    def declared(self, fields: tuple[Field, ...]) -> dict[str, Any]:
        """The values of declared fields (domain.fields), each checked by its kind."""
        values: dict[str, Any] = {}
        for spec in fields:
            key = spec.json_key
            if spec.kind in ("line", "text"):
                values[spec.name] = self.text(key, required=spec.required)
            elif spec.kind == "date":
                values[spec.name] = self.day(key)
            elif spec.kind == "time":
                values[spec.name] = self.when(key, required=spec.required)
            elif spec.kind == "status":
                values[spec.name] = self.choice(key, ActionStatus)
            else:
                value = self.data.get(key)
                if value is not None and not isinstance(value, str):
                    raise _fail(self.where, f"{key!r} must be text or null")
                values[spec.name] = value
        return values

    def items(self, key: str) -> list[Any]:
        value = self.data.get(key, [])
        if not isinstance(value, list):
            raise _fail(self.where, f"{key!r} must be a list")
        return value


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
                "workbook": {
                    "title": w.title,
                    "mentee": w.mentee_name,
                    "mentee_contact": w.mentee_contact,
                    "mentor": w.mentor_name,
                    "mentor_contact": w.mentor_contact,
                    "framework": w.framework_id,
                    "status": w.status,
                    "created_at": _iso(w.created_at),
                    "updated_at": _iso(w.updated_at),
                },
                "stages": [
                    {
                        "stage": s.stage_id,
                        "status": statuses.get(s.stage_id, StageStatus.NOT_STARTED),
                        "mentee_signed_at": _iso(s.mentee_signed_at),
                        "mentor_signed_at": _iso(s.mentor_signed_at),
                        "edited_after_signoff_at": _iso(s.edited_after_signoff_at),
                    }
                    for s in sorted(w.stages, key=lambda s: s.stage_id)
                ],
                "instances": [
                    {
                        "worksheet": i.worksheet_id,
                        "number": i.number,
                        "held_on": _iso(i.held_on),
                        "created_at": _iso(i.created_at),
                    }
                    for i in sorted(w.instances, key=lambda i: (i.worksheet_id, i.number))
                ],
                "answers": [
                    {
                        "prompt": a.prompt_id,
                        "respondent": a.respondent,
                        "instance": a.instance,
                        "value": a.value,
                        "updated_at": _iso(a.updated_at),
                    }
                    for a in answers
                ],
                "actions": [
                    as_json(ACTION_FIELDS, a) | {"created_at": _iso(a.created_at)}
                    for a in w.actions
                ],
                "meetings": [as_json(MEETING_FIELDS, m) for m in w.meetings],
                "journal": [
                    {
                        "author": j.author.value,
                        "written_at": _iso(j.written_at),
                        "private": j.private,
                        "text": j.text,
                    }
                    for j in journal
                    if j.text is not None
                ],
            }

    def import_json(self, raw: bytes, passphrases: Mapping[Person, str] | None = None) -> int:
        """Create a new workbook from an export; nothing is written unless all of it is valid.

        Private journal entries are encrypted on the way in, so each of their authors'
        passphrases must be given (it becomes that author's passphrase in the new workbook).
        """
        data = parse_file(raw)
        top = _Fields(
            data,
            "the file",
            {
                "format",
                "version",
                "workbook",
                "stages",
                "instances",
                "answers",
                "actions",
                "meetings",
                "journal",
            },
        )
        wb = _Fields(
            data.get("workbook"),
            "workbook",
            {
                "title",
                "mentee",
                "mentee_contact",
                "mentor",
                "mentor_contact",
                "framework",
                "status",
                "created_at",
                "updated_at",
            },
        )
        try:
            fw = framework(wb.text("framework", required=True))
        except UserError as exc:
            raise _fail("workbook", str(exc)) from None
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
    def _stages(session: Any, workbook: Workbook, fw: Any, top: _Fields) -> None:
        given: dict[str, StageProgress] = {}
        for n, raw in enumerate(top.items("stages")):
            f = _Fields(
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
                raise _fail(f"stages[{n}]", f"stage {stage_id!r} is unknown or repeated")
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
    def _answers(session: Any, workbook: Workbook, fw: Any, top: _Fields) -> None:
        copies: set[tuple[str, int]] = set()
        for n, raw in enumerate(top.items("instances")):
            f = _Fields(raw, f"instances[{n}]", {"worksheet", "number", "held_on", "created_at"})
            sheet = f.text("worksheet", required=True)
            found = fw.worksheet(sheet)
            number = f.whole("number", minimum=1)
            if found is None or not found[1].repeatable or (sheet, number) in copies:
                raise _fail(f"instances[{n}]", f"{sheet!r} copy {number} is unknown or repeated")
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
            f = _Fields(raw, where, {"prompt", "respondent", "instance", "value", "updated_at"})
            located = fw.locate(f.text("prompt", required=True))
            if located is None:
                raise _fail(where, f"there is no prompt {raw.get('prompt')!r} in {fw.title}")
            _stage, sheet, prompt = located
            respondent = f.choice("respondent", Respondent)
            instance = f.whole("instance")
            if respondent not in prompt.respondent.respondents():
                raise _fail(where, f"{prompt.id!r} is not answered by {respondent.value}")
            if (instance != 0) != sheet.repeatable or (
                sheet.repeatable and (sheet.id, instance) not in copies
            ):
                raise _fail(where, f"copy {instance} of {sheet.id!r} does not exist")
            if (prompt.id, respondent.value, instance) in slots:
                raise _fail(where, "the same answer appears twice")
            slots.add((prompt.id, respondent.value, instance))
            try:
                value = normalise_answer(prompt, raw.get("value"))
            except UserError as exc:
                raise _fail(where, str(exc)) from None
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
        session: Any, workbook: Workbook, top: _Fields, passphrases: Mapping[Person, str]
    ) -> None:
        action_keys = {f.json_key for f in ACTION_FIELDS} | {"created_at"}
        for n, raw in enumerate(top.items("actions")):
            f = _Fields(raw, f"actions[{n}]", action_keys)
            values = f.declared(ACTION_FIELDS)
            values["title"] = clean_name(values["title"], "action")
            created = f.when("created_at") or utcnow()
            session.add(Action(workbook_id=workbook.id, created_at=created, **values))
        meeting_keys = {f.json_key for f in MEETING_FIELDS}
        for n, raw in enumerate(top.items("meetings")):
            f = _Fields(raw, f"meetings[{n}]", meeting_keys)
            session.add(Meeting(workbook_id=workbook.id, **f.declared(MEETING_FIELDS)))
        keys: dict[Person, bytes] = {}
        for n, raw in enumerate(top.items("journal")):
            f = _Fields(raw, f"journal[{n}]", {"author", "written_at", "private", "text"})
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
    if not phrase:
        raise _fail(
            "journal",
            f"the file holds private entries by the {author.value}; give their passphrase "
            "so they can be stored encrypted",
        )
    salt = new_salt()
    key = derive_key(phrase, salt)
    nonce, sealed = seal(key, CHECK_TEXT, check_identity(workbook_id, author))
    session.add(JournalKey(workbook_id=workbook_id, author=author.value, salt=salt,
                           check_nonce=nonce, check_ciphertext=sealed))  # fmt: skip
    return key


def read_import_file(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise _fail(path.name, f"it is larger than {MAX_BYTES:,} bytes")
        return path.read_bytes()
    except OSError as exc:
        raise InvalidInputError(f"Can't read {path}: {exc.strerror}.") from None
