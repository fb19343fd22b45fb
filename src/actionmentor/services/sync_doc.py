"""The merge document: an alliance's revisions (domain.revisions) in a pycrdt document.

pycrdt (the Python bindings of Yrs, the Rust port of Yjs) does the exchanging: its state
vectors say what a copy holds, and an update made against one carries only what that copy
lacks, so a changes file stays small. The document is one map from revision id to the
revision as canonical JSON text. Keys are unique and values never change, so no two copies
ever write the same key differently and the CRDT's own silent "last writer wins" never
decides anything; the conflicts are found in the revisions' parents instead.

A revision is stored as text, not as a nested value: Yrs keeps numbers as floats, and an
answer's 4 must not come back as 4.0.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from actionmentor.domain.revisions import Revision, canonical
from actionmentor.errors import InvalidInputError

if TYPE_CHECKING:
    from pycrdt import Doc, Map

MAP_NAME = "revisions"
_KEYS = {"k", "r", "f", "v", "b", "a", "o", "p", "s"}


class BadChanges(InvalidInputError):
    """A changes file whose merge state can't be read; nothing was merged."""


def encode(rev: Revision) -> str:
    return canonical(
        {
            "k": rev.kind,
            "r": rev.record,
            "f": rev.field,
            "v": rev.value,
            "b": rev.by,
            "a": rev.at,
            "o": rev.origin,
            "p": list(rev.parents),
            "s": list(rev.seen),
        }
    )


def decode(rev_id: str, text: Any) -> Revision:
    """One stored revision, checked: anything malformed is a BadChanges."""
    try:
        data = json.loads(text) if isinstance(text, str) else None
    except (ValueError, RecursionError):
        data = None
    if type(data) is not dict or data.keys() != _KEYS:
        raise BadChanges(f"Can't merge: revision {rev_id[:12]!r} is not one this app wrote.")
    # Plain type checks, not a generator per field: a two-year alliance has thousands.
    kind, record, name, by, at, origin = (
        data["k"], data["r"], data["f"], data["b"], data["a"], data["o"]
    )  # fmt: skip
    parents, seen = data["p"], data["s"]
    if (
        type(kind) is not str
        or type(record) is not str
        or type(name) is not str
        or type(by) is not str
        or type(at) is not str
        or type(origin) is not str
        or type(parents) is not list
        or type(seen) is not list
        or not all(type(x) is str for x in parents)
        or (seen and not all(type(x) is str for x in seen))
    ):
        raise BadChanges(f"Can't merge: revision {rev_id[:12]!r} is damaged.")
    return Revision(
        rev_id, kind, record, name, data["v"], by, at, origin, tuple(parents), tuple(seen)
    )


class MergeDocument:
    """One alliance's merge state, loaded from its stored bytes (empty for a new copy)."""

    def __init__(self, state: bytes = b"") -> None:
        from pycrdt import Doc, Map

        self._doc: Doc[Any] = Doc()
        self._map: Map[Any] = self._doc.get(MAP_NAME, type=Map)
        # Revisions already decoded: after a merge only the new ones are read (a two-year
        # alliance holds thousands).
        self._decoded: dict[str, Revision] = {}
        if state:
            self.apply(state)

    def apply(self, update: bytes) -> None:
        try:
            self._doc.apply_update(update)
        except BaseException as exc:  # ValueError, or a Rust panic (a BaseException)
            if isinstance(exc, KeyboardInterrupt | SystemExit):
                raise
            raise BadChanges("Can't merge: the file's changes are cut short or damaged.") from exc

    def revisions(self) -> list[Revision]:
        """Every revision in the document. This app never writes a key twice, so each
        is decoded once; the next load reads every value afresh."""
        decoded = self._decoded
        for key in self._map.keys():  # noqa: SIM118 (a pycrdt Map: keys() is typed)
            if key not in decoded:
                decoded[key] = decode(key, self._map[key])
        return list(decoded.values())

    def add(self, revisions: list[Revision]) -> None:
        if not revisions:
            return
        with self._doc.transaction():
            for rev in revisions:
                self._map[rev.id] = encode(rev)
                self._decoded[rev.id] = rev

    def state(self) -> bytes:
        """Everything, as one update: what is stored and what a first share carries."""
        return bytes(self._doc.get_update())

    def state_vector(self) -> bytes:
        return bytes(self._doc.get_state())

    def update_since(self, state_vector: bytes) -> bytes:
        """What a copy whose state vector is ``state_vector`` lacks."""
        try:
            return bytes(self._doc.get_update(state_vector))
        except BaseException as exc:  # a vector we can't read (a Rust panic): send everything
            if isinstance(exc, KeyboardInterrupt | SystemExit):
                raise
            return self.state()
