"""The fillable PDF for a partner without the app, out and back in (issue 16).

Out: export/form_pdf.py lays out the fields; the hidden description says, for every slot,
which answer record it is and which revisions of it the form was made from, and carries an
HMAC made with this copy's secret, so a form from another alliance or copy, or one whose
hidden fields were edited, is refused.

In: pypdf reads the fields; each slot's value is checked against its prompt (a value that
does not fit is reported by name and the rest is taken). A changed answer becomes a
revision whose parents are the ones the form was made from, so an answer changed in the
app since is a conflict, by the same rules as a changes file. Merging a form twice adds
nothing: its revisions' ids come from the form and the slot.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from actionmentor.domain.answers import normalise_answer
from actionmentor.domain.content import Framework, Prompt
from actionmentor.domain.enums import Person, PromptKind, Respondent
from actionmentor.domain.records import WorkbookDetail
from actionmentor.domain.revisions import Revision, canonical
from actionmentor.errors import InvalidInputError, UserError
from actionmentor.exercises import framework
from actionmentor.services.changes_file import BadChangesFile
from actionmentor.services.events import ChangeKind
from actionmentor.services.sync import MergeReport, SyncService, _conflict_from_json
from actionmentor.services.sync_records import KEY, answer_uuid
from actionmentor.storage.models import SyncState, Workbook
from actionmentor.storage.types import utcnow

if TYPE_CHECKING:  # reportlab loads only when a form is made
    from actionmentor.export.form_pdf import FormPlan

FORMAT = "actionmentor-form"
VERSION = 1


def _mac(secret: bytes, meta: dict[str, Any]) -> str:
    body = canonical({k: v for k, v in meta.items() if k != "mac"})
    return hmac.new(secret, body.encode("utf-8"), hashlib.sha256).hexdigest()


def is_pdf(raw: bytes) -> bool:
    return raw[:1024].lstrip().startswith(b"%PDF")


class FormService(SyncService):
    def make_form(
        self,
        workbook_id: int,
        person: Person | str,
        target: Path,
        detail: WorkbookDetail,
        paper: str = "a4",
        language: str = "en",
    ) -> Path:
        """The form for ``person`` to fill in, made from the answers as they are now, its
        words in ``language``."""
        from actionmentor.export.form_pdf import export_form_pdf

        person = Person(person)
        with self._db.session() as session:
            w = self._workbook(session, workbook_id)
            ex = self._exchange(session, w)
            self._store(w, ex)
            secret, alliance = ex.state.secret, w.uuid
            copies = {(i.worksheet_id, i.number): i.uuid for i in w.instances}
            heads = {  # an answer cleared in the app is no base: its box starts empty
                rid: [h.id for h in ex.history.heads(rid, "value")]
                for rid, kind in ex.history.records().items()
                if kind == "answer" and not ex.history.is_deleted(rid)
            }
            fw = self._framework_of(w)
        shown = framework(fw.id, language)  # the same ids and options, worded in ``language``
        made = utcnow().isoformat()

        def sign(plan: FormPlan) -> dict[str, Any]:
            slots: dict[str, list[Any]] = {}
            for slot, _part in plan.fields.values():
                prompt_id, respondent, instance = slot.split("|")
                located = fw.locate(prompt_id)
                sheet = located[1].id if located else ""
                copy = copies.get((sheet, int(instance)), "") if instance != "0" else ""
                rid = answer_uuid(alliance, prompt_id, respondent, copy)
                slots[slot] = [rid, copy, heads.get(rid, [])]
            meta: dict[str, Any] = {
                "format": FORMAT,
                "version": VERSION,
                "alliance": alliance,
                "as": person.value,
                "made_at": made,
                "framework": fw.id,
                "fields": plan.fields,
                "kinds": plan.kinds,
                "slots": slots,
            }
            meta["mac"] = _mac(secret, meta)
            return meta

        return export_form_pdf(target, shown, detail, person, sign, paper, language)

    def merge_form(self, raw: bytes, workbook_id: int | None = None) -> MergeReport:
        """Take a filled-in form back as its person's answers."""
        fields = _read_fields(raw)
        meta = _meta(fields)
        with self._db.session() as session:
            w = session.scalar(select(Workbook).where(Workbook.uuid == meta["alliance"]))
            if w is None or (workbook_id is not None and w.id != workbook_id):
                raise BadChangesFile("Can't merge: this form belongs to another alliance.")
            state = session.get(SyncState, w.id)
            if state is None or not hmac.compare_digest(_mac(state.secret, meta), meta["mac"]):
                raise BadChangesFile(
                    "Can't merge: the form's hidden fields were changed, or it was made on "
                    "another laptop; make a new form in the app and fill that in."
                )
            fw = self._framework_of(w)
            person = Person(meta["as"])
            ex = self._exchange(session, w)
            values, problems = _values(fw, meta, fields)
            made: list[Revision] = []
            stamp = utcnow().isoformat()
            origin = f"form-{meta['mac'][:16]}"  # this form, however often it comes back
            for slot, value in values.items():
                rid, copy, bases = meta["slots"][slot]
                prompt_id, respondent, _instance = slot.split("|")
                # A form filled in again and sent again replaces its own earlier filling.
                earlier = [h.id for h in ex.history.heads(rid, "value") if h.origin == origin]
                base = [ex.history.get(b) for b in [*bases, *earlier]]
                known = [b for b in base if b is not None]
                before = max(known, key=lambda r: r.order).value if known else None
                if canonical(value) == canonical(before) or (
                    before is None and value in ("", [], {})
                ):
                    continue  # left as it was
                by = respondent if respondent in ("mentee", "mentor") else person.value
                rev_id = hashlib.sha256(
                    f"{meta['mac']}/{slot}/{canonical(value)}".encode()
                ).hexdigest()[:20]
                if not ex.history.field_names(rid):
                    key_id = hashlib.sha256(f"{meta['mac']}/{slot}/key".encode()).hexdigest()[:20]
                    made.append(
                        Revision(
                            key_id,
                            "answer",
                            rid,
                            KEY,
                            [prompt_id, respondent, copy],
                            by,
                            stamp,
                            origin,
                        )
                    )
                made.append(
                    Revision(
                        rev_id,
                        "answer",
                        rid,
                        "value",
                        value,
                        by,
                        stamp,
                        origin,
                        (*bases, *earlier),
                    )
                )
            fresh = [r for r in made if r.id not in ex.history]
            ex.doc.add(fresh)
            for rev in fresh:
                ex.history.add(rev)
            applied = self._settle_tables(session, w, ex)
            target = ex.history.state()
            if fresh:
                w.updated_at = utcnow()
            report = MergeReport(
                workbook_id=w.id,
                uuid=w.uuid,
                title=w.title,
                added=len(applied.added),
                updated=len(applied.updated),
                removed=len(applied.removed),
                unchanged=len(target) - len(applied.added) - len(applied.updated),
                conflicts=[_conflict_from_json(c) for c in ex.state.conflicts],
                skipped=problems + applied.skipped,
            )
        self._publish(report.workbook_id, ChangeKind.WORKBOOK)
        return report


def _read_fields(raw: bytes) -> dict[str, Any]:
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(raw))
        found = reader.get_fields() or {}
        return {str(name): f.get("/V") for name, f in found.items()}
    except Exception as exc:  # pypdf raises many kinds on a damaged file
        raise BadChangesFile("Can't merge: the PDF can't be read (damaged or cut short).") from exc


def _meta(fields: dict[str, Any]) -> dict[str, Any]:
    from actionmentor.export.form_pdf import META_FIELD

    text = fields.get(META_FIELD)
    if text is None:
        raise BadChangesFile(
            "Can't merge: this PDF is not a form from Action Mentor (make one with "
            "Export › A form to fill in)."
        )
    try:
        meta = json.loads(str(text))
    except (ValueError, RecursionError):
        meta = None
    keys = {
        "format",
        "version",
        "alliance",
        "as",
        "made_at",
        "framework",
        "fields",
        "kinds",
        "slots",
        "mac",
    }
    if not isinstance(meta, dict) or set(meta) != keys or meta["format"] != FORMAT:
        raise BadChangesFile("Can't merge: the form's hidden fields were changed; make a new form.")
    if not isinstance(meta["version"], int) or meta["version"] > VERSION:
        raise BadChangesFile("Can't merge: the form was made by a newer Action Mentor.")
    shapes_ok = (
        isinstance(meta["alliance"], str)
        and isinstance(meta["mac"], str)
        and re.fullmatch(r"[0-9a-f]{64}", meta["mac"]) is not None
    )
    if meta["as"] not in ("mentee", "mentor") or not shapes_ok:
        raise BadChangesFile("Can't merge: the form's hidden fields were changed; make a new form.")
    return meta


def _on(value: Any) -> bool:
    return value is not None and str(value) not in ("/Off", "Off", "")


def _values(
    fw: Framework, meta: dict[str, Any], fields: dict[str, Any]
) -> tuple[dict[str, Any], list[str]]:
    """Each slot's value as its prompt stores it; what does not fit, by name."""
    parts: dict[str, dict[str, Any]] = {}
    try:
        for name, (slot, part) in meta["fields"].items():
            parts.setdefault(slot, {})[part] = fields.get(name)
    except (TypeError, ValueError):
        raise BadChangesFile("Can't merge: the form's hidden fields were changed.") from None
    values: dict[str, Any] = {}
    problems: list[str] = []
    for slot, got in parts.items():
        prompt_id, respondent, _instance = slot.split("|")
        located = fw.locate(prompt_id)
        if located is None or slot not in meta["slots"]:
            problems.append(f"an answer to {prompt_id!r} this version does not know")
            continue
        prompt = located[2]
        try:
            values[slot] = normalise_answer(prompt, _assemble(prompt, got))
        except UserError as exc:
            who = Respondent(respondent).value
            problems.append(f"{prompt.text} ({who}): {exc}")
    return values, problems


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _assemble(prompt: Prompt, got: dict[str, Any]) -> Any:
    kind = prompt.kind
    if kind in (PromptKind.SHORT_TEXT, PromptKind.LONG_TEXT, PromptKind.DATE):
        return (
            _text(got.get("")).strip() if kind is not PromptKind.LONG_TEXT else _text(got.get(""))
        )
    if kind is PromptKind.LIST:
        return [line.strip() for line in _text(got.get("")).splitlines() if line.strip()]
    if kind in (PromptKind.RATING, PromptKind.CHOICE):
        picked = _text(got.get("")).lstrip("/")
        index = int(picked[1:]) if picked.startswith("o") and picked[1:].isdigit() else None
        if kind is PromptKind.CHOICE:
            options = list(prompt.options)
            return options[index] if index is not None and index < len(options) else ""
        rating: Any = prompt.scale[0] + index if index is not None else ""
        if prompt.note:
            return {"rating": rating, "note": _text(got.get("note")).strip()}
        return rating
    if kind is PromptKind.CHECKLIST:
        return [o for i, o in enumerate(prompt.options) if _on(got.get(f"o{i}"))]
    if kind is PromptKind.TABLE:
        rows: dict[int, dict[str, str]] = {}
        for part, value in got.items():
            row, _sep, column = part.partition("|")
            if row.startswith("r") and row[1:].isdigit() and column in prompt.columns:
                rows.setdefault(int(row[1:]), {})[column] = _text(value)
        return [rows[r] for r in sorted(rows)]
    if kind is PromptKind.SIGNATURE:
        name, day = _text(got.get("name")).strip(), _text(got.get("date")).strip()
        return {"name": name, "date": day} if name or day else {}
    raise InvalidInputError(f"{prompt.text}: this kind of answer can't be read from a form.")
