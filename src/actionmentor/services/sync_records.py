"""An alliance's tables as the records and fields the copies exchange, and back.

``local_state`` reads what this copy holds; ``apply_state`` makes the tables hold a merged
state, touching only what differs, so ids, the search index and the undo history of
everything else stay as they were. Each record's fixed identity (an answer's prompt,
respondent and copy; a stage's id; an entry's author) is one field, ``_key``, so a record
costs one revision for what names it and one per field that can change.
"""

from __future__ import annotations

import base64
import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from actionmentor.domain.content import Framework
from actionmentor.domain.enums import Respondent, WorkbookStatus
from actionmentor.domain.fields import ACTION_FIELDS, MEETING_FIELDS, as_json
from actionmentor.domain.revisions import RecordState
from actionmentor.services.portable_format import Fields, iso
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

KEY = "_key"
# What a copy may delete by no longer holding it. A journal key ("journal_key") is only ever
# sent, by its author, and never deleted that way.
KINDS = frozenset({"workbook", "instance", "answer", "stage", "action", "meeting", "journal"})
_WORKBOOK_FIELDS = ("title", "mentee_name", "mentee_contact", "mentor_name", "mentor_contact")
_NAMESPACE = uuid.UUID("6c1f4b2e-3d0a-4f8e-9b57-a1c2d3e4f506")


def answer_uuid(alliance: str, prompt_id: str, respondent: str, instance: str) -> str:
    """An answer slot is named by what it is, so two copies that answer it name it alike."""
    return uuid.uuid5(_NAMESPACE, f"{alliance}/answer/{prompt_id}/{respondent}/{instance}").hex


def stage_uuid(alliance: str, stage_id: str) -> str:
    return uuid.uuid5(_NAMESPACE, f"{alliance}/stage/{stage_id}").hex


def key_uuid(alliance: str, author: str) -> str:
    return uuid.uuid5(_NAMESPACE, f"{alliance}/journal-key/{author}").hex


def _b64(data: bytes | None) -> str:
    return base64.b64encode(data or b"").decode("ascii")


def _unb64(text: Any) -> bytes:
    return base64.b64decode(text, validate=True) if isinstance(text, str) else b""


def _when(value: Any) -> dt.datetime | None:
    """A moment as the copies write it; ValueError for text that is none (a bad file)."""
    if not isinstance(value, str):
        return None
    moment = dt.datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _day(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else None


@dataclass
class LocalState:
    """What this copy holds, as exchanged records, with who wrote each and when."""

    records: dict[str, RecordState] = field(default_factory=dict)
    by: dict[str, str] = field(default_factory=dict)
    at: dict[str, str] = field(default_factory=dict)
    keep: set[str] = field(default_factory=set)  # held here, not shared (private entries)


def local_state(session: Session, w: Workbook, include: frozenset[str] = frozenset()) -> LocalState:
    """``include``: the authors whose private entries travel this time (sealed)."""
    out = LocalState()
    records = out.records
    records[w.uuid] = RecordState(
        "workbook",
        {KEY: w.framework_id, "status": str(w.status)}
        | {name: getattr(w, name) for name in _WORKBOOK_FIELDS},
    )
    instance_uuids: dict[tuple[str, int], str] = {}
    for i in w.instances:
        instance_uuids[(i.worksheet_id, i.number)] = i.uuid
        records[i.uuid] = RecordState(
            "instance",
            {KEY: i.worksheet_id, "held_on": iso(i.held_on), "created_at": iso(i.created_at)},
        )
        out.at[i.uuid] = iso(i.created_at) or ""
    prefixes = _repeatable_prefixes(w)
    for a in w.answers:
        copy = ""
        if a.instance:
            sheet = prefixes.get(a.prompt_id.split(".", 1)[0], "")
            copy = instance_uuids.get((sheet, a.instance), "")
        key = [a.prompt_id, str(a.respondent), copy]
        rid = answer_uuid(w.uuid, *key)
        records[rid] = RecordState("answer", {KEY: key, "value": a.value})
        out.at[rid] = iso(a.updated_at) or ""
        out.by[rid] = str(a.respondent)
    for s in w.stages:
        rid = stage_uuid(w.uuid, s.stage_id)
        records[rid] = RecordState(
            "stage",
            {
                KEY: s.stage_id,
                "mentee_signed_at": iso(s.mentee_signed_at),
                "mentor_signed_at": iso(s.mentor_signed_at),
                "edited_after_signoff_at": iso(s.edited_after_signoff_at),
            },
        )
    for action in w.actions:
        records[action.uuid] = RecordState(
            "action", as_json(ACTION_FIELDS, action) | {"created_at": iso(action.created_at)}
        )
    for m in w.meetings:
        records[m.uuid] = RecordState("meeting", as_json(MEETING_FIELDS, m))
    for j in w.journal:
        out.by[j.uuid] = str(j.author)
        if not j.private:
            records[j.uuid] = RecordState(
                "journal", {KEY: str(j.author), "written_at": iso(j.written_at), "text": j.text}
            )
        elif str(j.author) in include and j.ciphertext is not None:  # sealed, as it is here
            records[j.uuid] = RecordState(
                "journal",
                {
                    KEY: str(j.author),
                    "written_at": iso(j.written_at),
                    "private": True,
                    "nonce": _b64(j.nonce),
                    "ciphertext": _b64(j.ciphertext),
                },
            )
        else:  # travels only if its author includes it
            out.keep.add(j.uuid)
    for k in session.scalars(select(JournalKey).where(JournalKey.workbook_id == w.id)):
        rid = key_uuid(w.uuid, str(k.author))
        if str(k.author) in include:
            records[rid] = RecordState(
                "journal_key",
                {
                    KEY: str(k.author),
                    "salt": _b64(k.salt),
                    "check_nonce": _b64(k.check_nonce),
                    "check_ciphertext": _b64(k.check_ciphertext),
                },
            )
        else:
            out.keep.add(rid)
    return out


def _repeatable_prefixes(w: Workbook) -> dict[str, str]:
    """A repeatable worksheet's id by the first part of its prompts' ids."""
    from actionmentor.exercises import framework

    fw = framework(w.framework_id)
    found: dict[str, str] = {}
    for stage in fw.all_stages():
        for sheet in stage.worksheets:
            if sheet.repeatable:
                for prompt in sheet.prompts:
                    found[prompt.id.split(".", 1)[0]] = sheet.id
    return found


@dataclass
class Applied:
    """What a merge did; ``unheld``: records this copy can't hold (newer content, a
    passphrase that differs here). They stay in the history, kept for the other copies, and
    are never taken for deletions made here."""

    added: set[str] = field(default_factory=set)
    updated: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)
    skipped: list[str] = field(default_factory=list)  # what this version can't hold
    unheld: set[str] = field(default_factory=set)

    def skip(self, record: str, what: str) -> None:
        self.unheld.add(record)
        if what not in self.skipped:
            self.skipped.append(what)


def apply_state(
    session: Session,
    w: Workbook,
    fw: Framework,
    target: dict[str, RecordState],
    current: LocalState,
    at: dict[str, str],
    deleted: frozenset[str] = frozenset(),
) -> Applied:
    """Make the tables hold ``target``; ``current`` is what they hold now (local_state).
    ``at`` gives when each answer's value was written, to date it as its writer did;
    ``deleted``: the records the history says are deleted (a sealed entry held here but
    not shared goes when its author deletes it)."""
    done = Applied()
    held = current.records

    def changed(kind: str) -> tuple[list[str], list[str], list[str]]:
        new = [r for r, s in target.items() if s.kind == kind and r not in held]
        gone = [r for r, s in held.items() if s.kind == kind and r not in target]
        moved = [
            r
            for r, s in target.items()
            if s.kind == kind and r in held and held[r].fields != s.fields
        ]
        done.added.update(new)
        done.removed.update(gone)
        done.updated.update(moved)
        return new, gone, moved

    # The alliance itself: names and status (its framework never changes).
    _new, _gone, moved = changed("workbook")
    if w.uuid in target:
        values = target[w.uuid].fields
        for name in _WORKBOOK_FIELDS:
            if isinstance(values.get(name), str):
                setattr(w, name, values[name])
        if values.get("status") in {s.value for s in WorkbookStatus}:
            w.status = WorkbookStatus(values["status"])

    instances = {i.uuid: i for i in w.instances}
    new, _gone, moved = changed("instance")
    for rid in new:
        f = target[rid].fields
        sheet = f.get(KEY)
        found = fw.worksheet(sheet) if isinstance(sheet, str) else None
        if found is None or not found[1].repeatable:
            done.skip(rid, f"a copy of {sheet!r}")
            continue
        row = WorksheetInstance(
            workbook_id=w.id,
            worksheet_id=sheet,
            uuid=rid,
            number=-1_000_000 - len(instances),  # out of the way until _renumber
            held_on=_day(f.get("held_on")),
            created_at=_when(f.get("created_at")) or dt.datetime.now(dt.UTC),
        )
        session.add(row)
        instances[rid] = row
    for rid in moved:
        if rid in instances:
            instances[rid].held_on = _day(target[rid].fields.get("held_on"))
    session.flush()
    _renumber(session, w, instances)

    answers = {}
    prefixes = _repeatable_prefixes(w)
    for a in w.answers:
        copy = ""
        if a.instance:
            sheet = prefixes.get(a.prompt_id.split(".", 1)[0], "")
            copy = next(
                (
                    u
                    for u, i in instances.items()
                    if i.worksheet_id == sheet and i.number == a.instance
                ),
                "",
            )
        answers[answer_uuid(w.uuid, a.prompt_id, str(a.respondent), copy)] = a
    new, gone, moved = changed("answer")
    for rid in gone:
        if rid in answers:
            session.delete(answers[rid])
    touched_prompts: list[tuple[str, dt.datetime]] = []
    for rid in [*new, *moved]:
        f = target[rid].fields
        key = f.get(KEY)
        if not (isinstance(key, list) and len(key) == 3 and all(isinstance(k, str) for k in key)):
            done.skip(rid, "an answer")
            continue
        prompt_id, respondent, copy = key
        located = fw.locate(prompt_id)
        if located is None or respondent not in {r.value for r in Respondent}:
            done.skip(rid, f"an answer to {prompt_id!r}")
            continue
        number = instances[copy].number if copy in instances else 0
        if (number != 0) != located[1].repeatable:
            done.skip(rid, f"an answer to {prompt_id!r}")
            continue
        when = _when(at.get(rid)) or dt.datetime.now(dt.UTC)
        answer = answers.get(rid)
        if answer is None:
            answer = Answer(workbook_id=w.id, prompt_id=prompt_id, value=f.get("value"))
            answer.respondent, answer.instance = Respondent(respondent), number
            session.add(answer)
        answer.value = f.get("value")
        answer.updated_at = when
        touched_prompts.append((prompt_id, when))

    for rid, answer in answers.items():  # the same value, chosen again later: its date
        settled = rid in target and rid not in moved and rid not in new and rid in at
        if settled and iso(answer.updated_at) != at[rid]:
            answer.updated_at = _when(at[rid]) or answer.updated_at

    stages = {stage_uuid(w.uuid, s.stage_id): s for s in w.stages}
    new, _gone, moved = changed("stage")
    for rid in [*new, *moved]:
        f = target[rid].fields
        stage_id = f.get(KEY)
        if not isinstance(stage_id, str) or fw.stage(stage_id) is None:
            done.skip(rid, f"the sign-offs of {stage_id!r}")
            continue
        progress = stages.get(rid)
        if progress is None:
            progress = StageProgress(workbook_id=w.id, stage_id=stage_id)
            session.add(progress)
            stages[rid] = progress
        progress.mentee_signed_at = _when(f.get("mentee_signed_at"))
        progress.mentor_signed_at = _when(f.get("mentor_signed_at"))
        progress.edited_after_signoff_at = _when(f.get("edited_after_signoff_at"))
    # Every answer, not only the ones this merge brought: a signature merged in may be older
    # than an answer written here, and both copies must come to the same mark.
    every_answer = [
        (state.fields[KEY][0], written)
        for rid, state in target.items()
        if state.kind == "answer"
        and isinstance(state.fields.get(KEY), list)
        and state.fields[KEY]
        and (written := _when(at.get(rid))) is not None
    ]
    _mark_edited_after_signoff(fw, stages, [*touched_prompts, *every_answer])

    _apply_rows(session, w, target, changed("action"), Action, _action_values)
    _apply_rows(session, w, target, changed("meeting"), Meeting, _meeting_values)
    refused = _apply_keys(session, w, target, done)
    journal = changed("journal")
    sealed_elsewhere = {
        rid
        for rid in [*journal[0], *journal[2]]
        if target[rid].fields.get("private") is True and target[rid].fields.get(KEY) in refused
    }
    for rid in sealed_elsewhere:
        done.unheld.add(rid)
    journal = (
        [r for r in journal[0] if r not in sealed_elsewhere],
        [*journal[1], *(r for r in current.keep if r in deleted)],  # sealed here, gone there
        [r for r in journal[2] if r not in sealed_elsewhere],
    )
    _apply_rows(session, w, target, journal, JournalEntry, _journal_values)
    session.flush()
    return done


def _renumber(session: Session, w: Workbook, instances: dict[str, WorksheetInstance]) -> None:
    """Copies of a worksheet are numbered in the order they were started, the same on every
    copy of the alliance (two laptops may each have started a third review)."""
    by_sheet: dict[str, list[WorksheetInstance]] = defaultdict(list)
    for row in instances.values():
        by_sheet[row.worksheet_id].append(row)
    prefixes = {v: k for k, v in _repeatable_prefixes(w).items()}
    for sheet, rows in by_sheet.items():
        ordered = sorted(rows, key=lambda r: (iso(r.created_at) or "", r.uuid))
        moves = {r.number: n for n, r in enumerate(ordered, 1) if r.number != n}
        if not moves:
            continue
        prefix = prefixes.get(sheet, sheet) + "."
        answers = [a for a in w.answers if a.prompt_id.startswith(prefix) and a.instance in moves]
        for step in ("park", "place"):  # two steps, so no two rows ever share a number
            for n, r in enumerate(ordered, 1):
                if r.number != n:
                    r.number = -n if step == "park" else n
            for a in answers:
                old = a.instance
                a.instance = -moves[old] if step == "park" else -old
            session.flush()


def _mark_edited_after_signoff(
    fw: Framework, stages: dict[str, StageProgress], touched: list[tuple[str, dt.datetime]]
) -> None:
    """An answer written after a signature marks its stage, as an edit here would."""
    by_stage = {s.stage_id: s for s in stages.values()}
    for prompt_id, when in touched:
        located = fw.locate(prompt_id)
        row = by_stage.get(located[0].id) if located else None
        if row is None:
            continue
        signed = [t for t in (row.mentee_signed_at, row.mentor_signed_at) if t is not None]
        if signed and min(signed) < when:
            edited = row.edited_after_signoff_at
            row.edited_after_signoff_at = max(edited, when) if edited else when


def _action_values(f: dict[str, Any]) -> dict[str, Any]:
    values = Fields(f, "an action", {x.json_key for x in ACTION_FIELDS} | {"created_at"})
    return values.declared(ACTION_FIELDS) | {"created_at": _when(f.get("created_at"))}


def _meeting_values(f: dict[str, Any]) -> dict[str, Any]:
    return Fields(f, "a meeting", {x.json_key for x in MEETING_FIELDS}).declared(MEETING_FIELDS)


def _journal_values(f: dict[str, Any]) -> dict[str, Any]:
    author = f.get(KEY)
    if author not in ("mentee", "mentor"):
        raise ValueError("unknown author")
    if f.get("private") is True:  # still sealed with its author's passphrase
        return {
            "author": author,
            "written_at": _when(f.get("written_at")),
            "text": "",
            "private": True,
            "nonce": _unb64(f.get("nonce")),
            "ciphertext": _unb64(f.get("ciphertext")),
        }
    text = f.get("text")
    return {
        "author": author,
        "written_at": _when(f.get("written_at")),
        "text": text if isinstance(text, str) else "",
        "private": False,
        "nonce": None,
        "ciphertext": None,
    }


def _apply_keys(
    session: Session, w: Workbook, target: dict[str, RecordState], done: Applied
) -> set[str]:
    """An author's passphrase check, so their sealed entries open here with the same
    passphrase. If this laptop has a different passphrase for them, their sealed entries
    from the other copy can't be opened here: they are not taken (and say so)."""
    refused: set[str] = set()
    for state in target.values():
        author = state.fields.get(KEY)
        if state.kind != "journal_key" or author not in ("mentee", "mentor"):
            continue
        salt = _unb64(state.fields.get("salt"))
        row = session.scalar(
            select(JournalKey).where(JournalKey.workbook_id == w.id, JournalKey.author == author)
        )
        if row is None:
            row = JournalKey(workbook_id=w.id, author=author, salt=salt)
            session.add(row)
        elif row.salt != salt:
            refused.add(author)
            done.skip(
                key_uuid(w.uuid, author),
                f"the {author}'s private entries (their passphrase differs on this laptop)",
            )
            continue
        row.check_nonce = _unb64(state.fields.get("check_nonce"))
        row.check_ciphertext = _unb64(state.fields.get("check_ciphertext"))
    return refused


def _apply_rows(
    session: Session,
    w: Workbook,
    target: dict[str, RecordState],
    changes: tuple[list[str], list[str], list[str]],
    model: Any,
    values_of: Any,
) -> None:
    new, gone, moved = changes
    wanted = sorted(set(new) | set(gone) | set(moved))
    rows = {}
    for start in range(0, len(wanted), 500):  # only the rows that change, a few at a time
        chunk = wanted[start : start + 500]
        query = session.query(model).filter(model.workbook_id == w.id, model.uuid.in_(chunk))
        rows.update({r.uuid: r for r in query})
    for rid in gone:
        if rid in rows:
            session.delete(rows[rid])
    for rid in [*new, *moved]:
        values = values_of(target[rid].fields)
        for stamp in ("created_at", "written_at"):  # unknown: keep the row's own
            if stamp in values and values[stamp] is None:
                del values[stamp]
        row = rows.get(rid)
        if row is None:
            row = model(workbook_id=w.id, uuid=rid)
            session.add(row)
        for name, value in values.items():
            setattr(row, name, value)
