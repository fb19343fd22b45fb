"""One alliance on two laptops: sharing a copy, merging the other copy's changes, and the
conflicts the pair settle (docs/architecture.md, "Two laptops").

Every operation runs in one write transaction: it first records this copy's own edits
since the last exchange as revisions (domain.revisions.capture), then does its work, then
stores the merge document and the tables together, so a crash leaves both as before or
both as after.
"""

from __future__ import annotations

import binascii
import contextlib
import logging
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.exc import StatementError
from sqlalchemy.orm import Session

from actionmentor.domain.content import Framework
from actionmentor.domain.crypto import WrongPassphraseError
from actionmentor.domain.enums import Person, WorkbookStatus
from actionmentor.domain.revisions import (
    DELETED,
    Author,
    Conflict,
    History,
    RecordState,
    Revision,
    capture,
    settle,
)
from actionmentor.errors import InvalidInputError, NotFoundError, UserError
from actionmentor.exercises import framework
from actionmentor.export.atomic import write_atomically
from actionmentor.files import read_capped
from actionmentor.services import changes_file
from actionmentor.services.base import ServiceBase
from actionmentor.services.changes_file import BadChangesFile, ChangesFile
from actionmentor.services.events import ChangeKind
from actionmentor.services.sync_doc import MergeDocument
from actionmentor.services.sync_records import (
    KEY,
    KINDS,
    Applied,
    LocalState,
    answer_uuid,
    apply_state,
    local_state,
    stage_uuid,
)
from actionmentor.storage.models import StageProgress, SyncPeer, SyncState, Workbook
from actionmentor.storage.types import utcnow

Keep = Literal["mine", "theirs"]
logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Side:
    value: Any
    by: str
    at: str
    deleted: bool = False


@dataclass(frozen=True)
class ConflictRecord:
    id: str
    kind: str
    record: str
    field: str
    place: str
    mine: Side
    theirs: Side
    prompt_id: str = ""  # for an answer: the prompt, so its worksheet can show the conflict


@dataclass(frozen=True)
class MergeReport:
    workbook_id: int
    uuid: str
    title: str
    added: int
    updated: int
    removed: int
    unchanged: int
    conflicts: list[ConflictRecord]
    skipped: list[str]


@dataclass
class FolderReport:
    """One round with the shared folder: what came in, what went out, what was refused."""

    folder: Path
    written: Path
    merged: list[MergeReport] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


class AlreadyHereError(InvalidInputError):
    """The alliance in the file is already in this library."""

    def __init__(self, message: str, workbook_id: int) -> None:
        super().__init__(message)
        self.workbook_id = workbook_id


def _new_id() -> str:
    return uuid.uuid4().hex[:20]


def _stamp() -> str:
    return utcnow().isoformat()


@dataclass
class _Exchange:
    """One copy's state inside a transaction, with its own edits captured."""

    state: SyncState
    doc: MergeDocument
    history: History
    local: LocalState

    @property
    def author(self) -> Author:
        return Author(self.state.copy_id, str(self.state.person))


class SyncService(ServiceBase):
    # -- what the fronts read ---------------------------------------------------------------

    def copy_person(self, workbook_id: int) -> Person:
        """Whose laptop this copy is on: the mentee's, unless it came from a share."""
        with self._db.session() as session:
            self._workbook(session, workbook_id)
            state = session.get(SyncState, workbook_id)
            return Person(state.person) if state else Person.MENTEE

    def conflicts(self, workbook_id: int) -> list[ConflictRecord]:
        """The conflicts waiting for the pair. An edit made here since they were listed
        settles its conflict, so with any listed the copy's edits are captured first."""
        with self._db.session() as session:
            w = self._workbook(session, workbook_id)
            state = session.get(SyncState, workbook_id)
            if state is None or not state.conflicts:
                return []
            before = list(state.conflicts)
            ex = self._exchange(session, w)
            self._store(w, ex)
            after = list(ex.state.conflicts)
        if after != before:
            self._publish(workbook_id, ChangeKind.WORKBOOK)
        return [_conflict_from_json(c) for c in after]

    def find_alliance(self, alliance: str) -> int | None:
        with self._db.session() as session:
            return session.scalar(select(Workbook.id).where(Workbook.uuid == alliance))

    # -- sharing ----------------------------------------------------------------------------

    def share(
        self,
        workbook_id: int,
        passphrase: str | None = None,
        include_private: Mapping[Person, str] | None = None,
    ) -> bytes:
        """The whole alliance, for the partner's laptop: opening it there makes the same
        alliance (the same uuid), which later exchanges keep in step with this one.
        Private entries go only for the authors in ``include_private``, still sealed."""
        with self._db.session() as session:
            w = self._workbook(session, workbook_id)
            ex = self._exchange(session, w, include_private)
            self._store(w, ex)
            raw = self._file(w, ex, full=True, passphrase=passphrase)
        return raw

    def share_to(
        self,
        workbook_id: int,
        path: Path,
        passphrase: str | None = None,
        include_private: Mapping[Person, str] | None = None,
    ) -> Path:
        """``share``, written to ``path`` whole or not at all (owner-only)."""
        raw = self.share(workbook_id, passphrase, include_private)

        def write(temp: Path) -> None:
            temp.write_bytes(raw)

        return write_atomically(path, write)

    def changes_for(
        self,
        workbook_id: int,
        partner_copy: str | None,
        passphrase: str | None = None,
        include_private: Mapping[Person, str] | None = None,
    ) -> bytes:
        """What the partner's copy lacks, as far as its last file said; all of it if we
        have never heard from it."""
        with self._db.session() as session:
            w = self._workbook(session, workbook_id)
            ex = self._exchange(session, w, include_private)
            self._store(w, ex)
            peers = session.scalars(select(SyncPeer).where(SyncPeer.workbook_id == w.id)).all()
            known = [p for p in peers if partner_copy is None or p.copy_id == partner_copy]
            if len(known) == 1:
                return self._file(
                    w, ex, full=False, passphrase=passphrase, since=known[0].state_vector
                )
            return self._file(w, ex, full=True, passphrase=passphrase)

    def _file(
        self,
        w: Workbook,
        ex: _Exchange,
        *,
        full: bool,
        passphrase: str | None,
        since: bytes | None = None,
    ) -> bytes:
        me = Person(ex.state.person)
        other = Person.MENTOR if me is Person.MENTEE else Person.MENTEE
        update = ex.doc.update_since(since) if since is not None else ex.doc.state()
        return changes_file.write(
            ChangesFile(
                alliance=w.uuid,
                framework=w.framework_id,
                title=w.title,
                from_copy=ex.state.copy_id,
                from_person=me.value,
                for_person=other.value,
                full=full,
                state_vector=ex.doc.state_vector(),
                update=update,
            ),
            passphrase,
        )

    def import_copy(self, raw: bytes, passphrase: str | None = None) -> int:
        """Make the partner's copy of a shared alliance here, as the same alliance."""
        cf = changes_file.read(raw, passphrase)
        fw = framework(cf.framework)
        with refusing_bad_values(), self._db.session() as session:
            existing = session.scalar(select(Workbook).where(Workbook.uuid == cf.alliance))
            if existing is not None:
                raise AlreadyHereError(
                    f"This alliance is already here as {existing.title!r}. Merge the file "
                    "into it instead (File › Merge changes from…, or `actionmentor merge`), "
                    "or import it as a separate copy.",
                    existing.id,
                )
            doc = MergeDocument()
            doc.apply(cf.update)
            history = History(doc.revisions())
            target = history.state()
            w = _new_workbook(session, cf.alliance, fw, target)
            state = SyncState(
                workbook_id=w.id,
                copy_id=uuid.uuid4().hex,
                person=Person(_person(cf.for_person)),
                document=b"",
                conflicts=[],
                unheld=[],
            )
            session.add(state)
            ex = _Exchange(state, doc, history, LocalState())
            applied = apply_state(
                session, w, fw, target, LocalState(), _answer_times(history, target)
            )
            _note_peer(session, w.id, cf)
            self._store(w, ex, applied)
            workbook_id = w.id
        self._publish(workbook_id, ChangeKind.WORKBOOK)
        return workbook_id

    def import_separate(self, raw: bytes, passphrase: str | None = None) -> int:
        """The alliance in the file as a new, separate alliance: new identities throughout,
        so it never merges with the one it came from."""
        cf = changes_file.read(raw, passphrase)
        fw = framework(cf.framework)
        doc = MergeDocument()
        doc.apply(cf.update)
        history = History(doc.revisions())
        original = history.state()
        with refusing_bad_values():
            target, times = _fresh_identities(
                original, cf.alliance, _answer_times(history, original)
            )
            alliance = next(r for r, s in target.items() if s.kind == "workbook")
        with refusing_bad_values(), self._db.session() as session:
            w = _new_workbook(session, alliance, fw, target)
            apply_state(session, w, fw, target, LocalState(), times)
            workbook_id = w.id
        self._publish(workbook_id, ChangeKind.WORKBOOK)
        return workbook_id

    # -- the shared folder ------------------------------------------------------------------

    def folder(self, workbook_id: int) -> tuple[Path | None, bool]:
        """The folder this alliance exchanges through, and whether its files are sealed."""
        with self._db.session() as session:
            self._workbook(session, workbook_id)
            state = session.get(SyncState, workbook_id)
            if state is None or not state.folder:
                return None, False
            return Path(state.folder), state.folder_protected

    def set_folder(self, workbook_id: int, folder: Path | None, protected: bool = False) -> None:
        """Exchange through ``folder`` (one a sync tool keeps in step), or stop (None)."""
        if folder is not None:
            folder = folder.expanduser().absolute()
            if not folder.is_dir():
                raise InvalidInputError(f"The folder {folder} does not exist.")
            data = self._db.path.parent.resolve()
            if data == folder.resolve() or folder.resolve() in data.parents:
                raise InvalidInputError(
                    f"{folder} holds this laptop's data folder; a sync tool would copy the "
                    "live database. Choose a folder outside it."
                )
        with self._db.session() as session:
            w = self._workbook(session, workbook_id)
            ex = self._exchange(session, w)
            ex.state.folder = str(folder) if folder is not None else None
            ex.state.folder_protected = protected and folder is not None
            self._store(w, ex)
        self._publish(workbook_id, ChangeKind.WORKBOOK)

    def sync_folder(
        self,
        workbook_id: int,
        passphrase: str | None = None,
        include_private: Mapping[Person, str] | None = None,
    ) -> FolderReport:
        """Merge every partner file of this alliance in the shared folder, then write this
        copy's file there (a temporary file renamed into place, so a sync tool never sends
        half of one). Files of other alliances are left alone; a sync tool's conflict copy
        of a partner file merges like the file itself, losing nothing."""
        folder, protected = self.folder(workbook_id)
        if folder is None:
            raise InvalidInputError(
                "This alliance has no shared folder yet; choose one first (--folder DIR)."
            )
        if protected and not passphrase:
            raise WrongPassphraseError(
                "The shared folder's files are protected; give the passphrase you share."
            )
        if passphrase and not protected:
            raise InvalidInputError(
                "The shared folder's files are not protected; to protect them, choose the "
                "folder again with the passphrase (--folder DIR)."
            )
        if not folder.is_dir():
            raise InvalidInputError(f"The shared folder {folder} is not there (not mounted?).")
        alliance, copy_id, person = self._summary_for_folder(workbook_id)
        secret = passphrase if protected else None
        own = folder / f"{person}-{alliance[:8]}-{copy_id[:8]}{changes_file.SUFFIX}"
        report = FolderReport(folder, own)
        for path in sorted(folder.glob(f"*{changes_file.SUFFIX}")):
            if path == own or not path.is_file():
                continue
            try:
                raw = read_capped(path, changes_file.MAX_BYTES, "merged")
                found = _alliance_of(raw)
                if not changes_file.is_changes_file(raw) or found not in (alliance, None):
                    continue  # another alliance's file in the same folder: not ours to read
                cf = changes_file.read(raw, secret, sealed_only=protected)
                if cf.from_copy == copy_id or self._already_merged(workbook_id, cf):
                    continue
                report.merged.append(self.merge(raw, secret, workbook_id, sealed_only=protected))
            except UserError as exc:
                report.problems.append(f"{path.name}: {exc}")
            except Exception as exc:  # one odd file must not stop the exchange
                logger.warning("could not merge a file from the shared folder", exc_info=exc)
                report.problems.append(f"{path.name}: can't be read (see the log)")
        raw = self.changes_for(workbook_id, None, secret, include_private)

        def write(temp: Path) -> None:
            temp.write_bytes(raw)

        write_atomically(own, write)
        return report

    def _summary_for_folder(self, workbook_id: int) -> tuple[str, str, str]:
        with self._db.session() as session:
            w = self._workbook(session, workbook_id)
            state = session.get(SyncState, workbook_id)
            assert state is not None  # a folder is set, so the state exists
            return w.uuid, state.copy_id, str(state.person)

    def _already_merged(self, workbook_id: int, cf: ChangesFile) -> bool:
        """The partner's file says what it held; if we merged exactly that, skip it."""
        with self._db.session() as session:
            peer = session.scalar(
                select(SyncPeer).where(
                    SyncPeer.workbook_id == workbook_id, SyncPeer.copy_id == cf.from_copy
                )
            )
            return peer is not None and peer.state_vector == cf.state_vector

    # -- merging ----------------------------------------------------------------------------

    def merge(
        self,
        raw: bytes,
        passphrase: str | None = None,
        workbook_id: int | None = None,
        *,
        sealed_only: bool = False,
    ) -> MergeReport:
        """Bring the other copy's changes in. Where both copies changed the same thing,
        both versions are kept and the conflict listed; nothing is overwritten."""
        cf = changes_file.read(raw, passphrase, sealed_only=sealed_only)
        with refusing_bad_values(), self._db.session() as session:
            w = session.scalar(select(Workbook).where(Workbook.uuid == cf.alliance))
            if workbook_id is not None:
                chosen = self._workbook(session, workbook_id)
                if w is None or w.id != chosen.id:
                    raise BadChangesFile(
                        f"Can't merge: the file belongs to another alliance"
                        f"{f' ({cf.title!r})' if cf.title else ''}, not to {chosen.title!r}."
                    )
            if w is None:
                raise NotFoundError(
                    "Can't merge: the alliance in this file is not in this library"
                    f"{f' ({cf.title!r})' if cf.title else ''}. Import it first."
                )
            if w.deleted_at is not None:
                raise InvalidInputError(
                    f"Can't merge: {w.title!r} is in the trash; restore it first."
                )
            if cf.framework != w.framework_id:
                raise BadChangesFile(
                    "Can't merge: the file's framework differs from this "
                    "alliance's; it was altered."
                )
            fw = self._framework_of(w)
            ex = self._exchange(session, w)
            ex.doc.apply(cf.update)
            merged = History(ex.doc.revisions())
            before = ex.history.state()
            target = merged.state()
            applied = apply_state(
                session, w, fw, target, ex.local, _answer_times(merged, target), _deleted(merged)
            )
            ex.history = merged
            _note_peer(session, w.id, cf)
            self._store(w, ex, applied)
            if applied.added or applied.updated or applied.removed:
                w.updated_at = utcnow()
            unchanged = sum(1 for r in target if r in before) - len(applied.updated)
            report = MergeReport(
                workbook_id=w.id,
                uuid=w.uuid,
                title=w.title,
                added=len(applied.added),
                updated=len(applied.updated),
                removed=len(applied.removed),
                unchanged=max(unchanged, 0),
                conflicts=[_conflict_from_json(c) for c in ex.state.conflicts],
                skipped=applied.skipped,
            )
        self._publish(report.workbook_id, ChangeKind.WORKBOOK)
        return report

    def resolve(self, workbook_id: int, conflict_id: str, keep: Keep) -> tuple[str, ...]:
        """Settle a conflict on this copy's version or the partner's. The other version
        stays in the history; the choice travels with the next exchange. Returns the
        revisions written, for an undo to replace exactly those."""
        if keep not in ("mine", "theirs"):
            raise InvalidInputError("Choose --keep mine or --keep theirs.")
        with self._db.session() as session:
            w = self._workbook(session, workbook_id)
            ex = self._exchange(session, w)
            conflict = next((c for c in ex.history.conflicts() if c.id == conflict_id), None)
            if conflict is None:
                raise NotFoundError(
                    f"There is no conflict {conflict_id!r} in {w.title!r}; "
                    "perhaps it is already settled."
                )
            mine, theirs = _sides(conflict, ex.state.copy_id)
            chosen = mine if keep == "mine" else theirs
            made = settle(ex.history, conflict, chosen, ex.author, stamp=_stamp(), new_id=_new_id)
            ex.doc.add(made)
            for rev in made:
                ex.history.add(rev)
            self._settle_tables(session, w, ex)
            w.updated_at = utcnow()
        self._publish(workbook_id, ChangeKind.WORKBOOK)
        return tuple(r.id for r in made)

    def reinstate(
        self, workbook_id: int, conflict: ConflictRecord, side: Keep, replacing: tuple[str, ...]
    ) -> tuple[str, ...]:
        """Put one version of a settled conflict back (undo, and redo, of a choice): a new
        revision with that value replacing only ``replacing`` (the choice's own revisions),
        so a newer value merged since stays, as a conflict. It travels like any other
        change; both versions stay in the history."""
        chosen = conflict.mine if side == "mine" else conflict.theirs
        with self._db.session() as session:
            w = self._workbook(session, workbook_id)
            ex = self._exchange(session, w)
            record, name = conflict.record, conflict.field
            parents = tuple(r for r in replacing if r in ex.history)
            if name == DELETED:
                heads = [
                    h for f in ex.history.field_names(record) for h in ex.history.heads(record, f)
                ]
                seen = tuple(h.id for h in heads) if chosen.deleted else ()
                value: Any = chosen.deleted
            else:
                seen, value = (), chosen.value
            rev = Revision(
                _new_id(),
                conflict.kind,
                record,
                name,
                value,
                chosen.by,
                _stamp(),
                ex.state.copy_id,
                parents,
                seen,
            )
            ex.doc.add([rev])
            ex.history.add(rev)
            self._settle_tables(session, w, ex)
        self._publish(workbook_id, ChangeKind.WORKBOOK)
        return (rev.id,)

    # -- inside a transaction ---------------------------------------------------------------

    def _exchange(
        self, session: Session, w: Workbook, include: Mapping[Person, str] | None = None
    ) -> _Exchange:
        """``include``: authors (with their passphrases) whose private entries go too."""
        from actionmentor.services.journal import include_in_sharing

        for person, phrase in (include or {}).items():
            include_in_sharing(session, w, Person(person), phrase)
        state = session.get(SyncState, w.id)
        if state is None:
            state = SyncState(
                workbook_id=w.id,
                copy_id=uuid.uuid4().hex,
                person=Person.MENTEE,
                document=b"",
                conflicts=[],
                unheld=[],
            )
            session.add(state)
        doc = MergeDocument(state.document)
        history = History(doc.revisions())
        local = local_state(session, w, frozenset(Person(a).value for a in include or {}))
        author = Author(state.copy_id, str(state.person))
        made = capture(
            history,
            local.records,
            author,
            stamp=_stamp(),
            new_id=_new_id,
            by=local.by,
            at=local.at,
            kinds=KINDS,
            keep=frozenset(local.keep) | frozenset(state.unheld or ()),
        )
        doc.add(made)
        for rev in made:
            history.add(rev)
        return _Exchange(state, doc, history, local)

    def _settle_tables(self, session: Session, w: Workbook, ex: _Exchange) -> Applied:
        """The tables brought to what the history now says, and the document stored."""
        target = ex.history.state()
        applied = apply_state(
            session,
            w,
            self._framework_of(w),
            target,
            ex.local,
            _answer_times(ex.history, target),
            _deleted(ex.history),
        )
        self._store(w, ex, applied)
        return applied

    def _store(self, w: Workbook, ex: _Exchange, applied: Applied | None = None) -> None:
        """The document and its conflicts, beside the tables, in the same transaction."""
        if applied is not None:
            ex.state.unheld = sorted(applied.unheld)
        fw = self._framework_of(w)
        ex.state.document = ex.doc.state()
        ex.state.conflicts = [
            _conflict_json(c, fw, ex.history, ex.state.copy_id, w) for c in ex.history.conflicts()
        ]
        ex.state.exchanged_at = utcnow()


def _deleted(history: History) -> frozenset[str]:
    return frozenset(r for r in history.records() if history.is_deleted(r))


@contextlib.contextmanager
def refusing_bad_values() -> Iterator[None]:
    """A file whose revisions are well formed but hold values no copy of this app writes
    (a date that is none, a field of the wrong type): refused whole, in one line, with
    nothing changed (the transaction inside has rolled back by the time this runs)."""
    from actionmentor.services.portable_format import ImportError_

    try:
        yield
    except (
        ImportError_,  # a value the tables' own checks refuse
        ValueError,
        TypeError,
        KeyError,
        IndexError,
        AttributeError,
        StopIteration,
        binascii.Error,
        StatementError,
    ) as exc:
        logger.warning("refused a file's values", exc_info=exc)
        raise BadChangesFile(
            "Can't merge: the file holds values this version can't read (damaged or altered); "
            "nothing was changed."
        ) from None


def _alliance_of(raw: bytes) -> str | None:
    """Which alliance a changes file is for, read before anything is decrypted; None when
    the file can't be read (cut short: reading it will say so)."""
    import json

    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    return data.get("alliance") if isinstance(data, dict) else None


def _person(value: str) -> str:
    return value if value in ("mentee", "mentor") else "mentor"


def _new_workbook(
    session: Session, alliance: str, fw: Framework, target: dict[str, RecordState]
) -> Workbook:
    fields = target[alliance].fields if alliance in target else {}

    def text(name: str, default: str) -> str:
        value = fields.get(name)
        return value if isinstance(value, str) and value.strip() else default

    w = Workbook(
        uuid=alliance,
        framework_id=fw.id,
        status=WorkbookStatus.ACTIVE,
        title=text("title", "Shared alliance"),
        mentee_name=text("mentee_name", "Mentee"),
        mentor_name=text("mentor_name", "Mentor"),
    )
    session.add(w)
    session.flush()
    session.add_all(StageProgress(workbook_id=w.id, stage_id=s.id) for s in fw.all_stages())
    session.flush()
    return w


def _note_peer(session: Session, workbook_id: int, cf: ChangesFile) -> None:
    peer = session.scalar(
        select(SyncPeer).where(
            SyncPeer.workbook_id == workbook_id, SyncPeer.copy_id == cf.from_copy
        )
    )
    if peer is None:
        peer = SyncPeer(workbook_id=workbook_id, copy_id=cf.from_copy)
        session.add(peer)
    peer.person = Person(_person(cf.from_person))
    peer.state_vector = cf.state_vector
    peer.merged_at = utcnow()


def _answer_times(history: History, target: dict[str, RecordState]) -> dict[str, str]:
    """When each answer's current value was written."""
    times = {}
    for rid, state in target.items():
        if state.kind == "answer":
            current = history.current(rid, "value")
            if current is not None:
                times[rid] = current.at
    return times


def _fresh_identities(
    target: dict[str, RecordState], alliance: str, times: dict[str, str]
) -> tuple[dict[str, RecordState], dict[str, str]]:
    """The same records under new identities (a separate copy), and its answers' times."""
    new_alliance = uuid.uuid4().hex
    renamed = {
        rid: uuid.uuid4().hex
        for rid, s in target.items()
        if s.kind in ("instance", "action", "meeting", "journal")
    }
    renamed[alliance] = new_alliance
    out: dict[str, RecordState] = {}
    new_times: dict[str, str] = {}
    for rid, state in target.items():
        fields = dict(state.fields)
        if state.kind == "journal_key" or fields.get("private") is True:
            continue  # sealed to the original alliance's identity: it would never open
        if state.kind == "answer":
            prompt_id, respondent, copy = fields[KEY]
            copy = renamed.get(copy, copy)
            fields[KEY] = [prompt_id, respondent, copy]
            new_rid = answer_uuid(new_alliance, prompt_id, respondent, copy)
            out[new_rid] = RecordState("answer", fields)
            if rid in times:
                new_times[new_rid] = times[rid]
        elif state.kind == "stage":
            out[stage_uuid(new_alliance, fields[KEY])] = RecordState("stage", fields)
        else:
            out[renamed.get(rid, rid)] = RecordState(state.kind, fields)
    return out, new_times


def _sides(conflict: Conflict, copy_id: str) -> tuple[Revision, Revision]:
    """This copy's version and the partner's. Ours is the head this copy wrote; with none
    (three copies), the one showing."""
    heads = list(conflict.heads)
    mine = next((h for h in reversed(heads) if h.origin == copy_id), heads[-1])
    theirs = next((h for h in reversed(heads) if h is not mine), heads[0])
    return mine, theirs


def _side(rev: Revision) -> dict[str, Any]:
    if rev.field == DELETED:
        return {"value": None, "by": rev.by, "at": rev.at, "deleted": True}
    return {"value": rev.value, "by": rev.by, "at": rev.at}


def _conflict_json(
    c: Conflict, fw: Framework, history: History, copy_id: str, w: Workbook
) -> dict[str, Any]:
    mine, theirs = _sides(c, copy_id)
    key = history.current(c.record, KEY)
    named = key is not None and isinstance(key.value, list) and len(key.value) == 3
    prompt = str(key.value[0]) if c.kind == "answer" and key and named else ""
    return {
        "prompt": prompt,
        "id": c.id,
        "kind": c.kind,
        "record": c.record,
        "field": c.field,
        "place": _place(c, fw, history, w),
        "mine": _side(mine),
        "theirs": _side(theirs),
    }


def _conflict_from_json(data: dict[str, Any]) -> ConflictRecord:
    def side(s: dict[str, Any]) -> Side:
        return Side(s.get("value"), s.get("by", ""), s.get("at", ""), bool(s.get("deleted")))

    return ConflictRecord(
        data["id"],
        data["kind"],
        data["record"],
        data["field"],
        data["place"],
        side(data["mine"]),
        side(data["theirs"]),
        data.get("prompt", ""),
    )


_FIELD_WORDS = {
    "title": "title",
    "detail": "details",
    "goal": "goal",
    "due_date": "by when",
    "support": "support",
    "measure": "how we will know",
    "status": "status",
    "completed_at": "done on",
    "held_at": "date",
    "place": "place",
    "agenda": "agenda",
    "notes": "notes",
    "actions_agreed": "actions agreed",
    "next_meeting_at": "next meeting",
    "text": "text",
    "written_at": "date",
    "mentee_name": "mentee's name",
    "mentor_name": "mentor's name",
    "mentee_contact": "mentee's contact",
    "mentor_contact": "mentor's contact",
    "held_on": "date",
    "mentee_signed_at": "mentee's sign-off",
    "mentor_signed_at": "mentor's sign-off",
    DELETED: "deleted on one laptop, changed on the other",
}


def _place(c: Conflict, fw: Framework, history: History, w: Workbook) -> str:
    """Where the conflict is, in the words the pair see on screen."""

    def now(name: str) -> Any:
        current = history.current(c.record, name)
        return current.value if current else None

    field = _FIELD_WORDS.get(c.field, c.field.replace("_", " "))
    if c.kind == "answer":
        key = now(KEY)
        ok = isinstance(key, list) and len(key) == 3 and all(isinstance(k, str) for k in key)
        located = fw.locate(key[0]) if ok else None
        if located:
            stage, sheet, prompt = located
            where = f"{stage.title} › {sheet.title} › {prompt.text} ({key[1]})"
            return where if c.field == "value" else f"{where}: {field}"
        return f"An answer: {field}"
    if c.kind == "action":
        return f"Action plan › {now('title') or 'an action'}: {field}"
    if c.kind == "meeting":
        held = str(now("held_at") or "")[:10]
        return f"Meetings › {held or 'a meeting'}: {field}"
    if c.kind == "journal":
        return f"Journal › {str(now('written_at') or '')[:10]}: {field}"
    if c.kind == "stage":
        signed = fw.stage(str(now(KEY)))
        return f"{signed.title if signed else 'A stage'}: {field}"
    if c.kind == "workbook":
        return f"{w.title}: {field}"
    return f"{c.kind}: {field}"
