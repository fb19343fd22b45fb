"""The file one copy of an alliance sends another: format ``actionmentor-changes``, version 1.

A small JSON envelope says which alliance it belongs to, which copy wrote it and what that
copy held (its state vector); the changes themselves are a pycrdt update, compressed, with a
SHA-256 digest so a damaged or edited file is refused, not half-merged. With a passphrase
the update is sealed instead (AES-GCM with a key from scrypt, the encryption of private
entries), bound to the alliance, so a wrong passphrase or another alliance's file fails.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import zlib
from dataclasses import dataclass
from typing import Any

from actionmentor.domain.crypto import WrongPassphraseError, derive_key, new_salt, seal, unseal
from actionmentor.errors import InvalidInputError

FORMAT = "actionmentor-changes"
VERSION = 1
SUFFIX = ".amchanges"
MAX_BYTES = 200 * 1024 * 1024
_TOP = {
    "format",
    "version",
    "alliance",
    "framework",
    "title",
    "from",
    "for",
    "full",
    "state_vector",
    "digest",
    "update",
    "sealed",
}


class BadChangesFile(InvalidInputError):
    """Not a changes file this version can merge; the message says why, in one line."""


@dataclass(frozen=True)
class ChangesFile:
    alliance: str  # the alliance's uuid
    framework: str
    title: str  # shown before merging; empty in a sealed file
    from_copy: str
    from_person: str
    for_person: str
    full: bool  # everything the sender held (a share), or only what the receiver lacked
    state_vector: bytes  # what the sender held
    update: bytes


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any, what: str) -> bytes:
    if not isinstance(text, str):
        raise BadChangesFile(f"Can't merge: the file's {what} is missing.")
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise BadChangesFile(f"Can't merge: the file's {what} is damaged.") from None


def _identity(alliance: str) -> str:
    return f"actionmentor/changes/{alliance}"


def write(changes: ChangesFile, passphrase: str | None = None) -> bytes:
    packed = zlib.compress(changes.update, 6)
    envelope: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "alliance": changes.alliance,
        "framework": changes.framework,
        "title": "" if passphrase else changes.title,
        "from": {"copy": changes.from_copy, "person": changes.from_person},
        "for": changes.for_person,
        "full": changes.full,
        "state_vector": _b64(changes.state_vector),
    }
    if passphrase:
        salt = new_salt()
        nonce, sealed = seal(
            derive_key(passphrase, salt), _b64(packed), _identity(changes.alliance)
        )
        envelope["sealed"] = {"salt": _b64(salt), "nonce": _b64(nonce), "data": _b64(sealed)}
    else:
        envelope["digest"] = hashlib.sha256(packed).hexdigest()
        envelope["update"] = _b64(packed)
    return (json.dumps(envelope, indent=1) + "\n").encode("utf-8")


def is_changes_file(raw: bytes) -> bool:
    return raw.lstrip()[:1] == b"{" and f'"format": "{FORMAT}"'.encode() in raw[:200]


MAX_UPDATE = 512 * 1024 * 1024  # unpacked: far beyond any alliance, short of a zip bomb


def _unpack(packed: bytes) -> bytes:
    unpacker = zlib.decompressobj()
    try:
        update = unpacker.decompress(packed, MAX_UPDATE + 1)
    except zlib.error:
        raise BadChangesFile("Can't merge: the file's changes are damaged.") from None
    if len(update) > MAX_UPDATE or unpacker.unconsumed_tail or not unpacker.eof:
        raise BadChangesFile("Can't merge: the file's changes are damaged or far too large.")
    return update


def read(raw: bytes, passphrase: str | None = None, *, sealed_only: bool = False) -> ChangesFile:
    """The file, checked whole; BadChangesFile (or WrongPassphraseError) says what is wrong.
    ``sealed_only``: the pair protect their files, so an unsealed one is not theirs."""
    if len(raw) > MAX_BYTES:
        raise BadChangesFile(
            f"Can't merge: the file is {len(raw):,} bytes; the most is {MAX_BYTES:,}."
        )
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError, MemoryError):
        raise BadChangesFile(
            "Can't merge: this is not a changes file from Action Mentor (it is not readable "
            "JSON; perhaps it was cut short)."
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BadChangesFile("Can't merge: this is not a changes file from Action Mentor.")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BadChangesFile("Can't merge: the file does not say which version wrote it.")
    if version > VERSION:
        raise BadChangesFile(
            f"Can't merge: the file was written by a newer Action Mentor (format version "
            f"{version}; this one reads {VERSION}). Update the app on this laptop first."
        )
    unknown = set(data) - _TOP
    sender = data.get("from")
    texts = (data.get("alliance"), data.get("framework"), data.get("for"))
    if (
        unknown
        or not all(isinstance(t, str) for t in texts)
        or not isinstance(sender, dict)
        or not isinstance(sender.get("copy"), str)
        or not isinstance(sender.get("person"), str)
        or not isinstance(data.get("full"), bool)
    ):
        raise BadChangesFile("Can't merge: the file's description of itself is damaged.")
    alliance = data["alliance"]
    if "sealed" in data:
        sealed = data["sealed"]
        if not isinstance(sealed, dict):
            raise BadChangesFile("Can't merge: the file's sealed changes are damaged.")
        if not passphrase:
            raise WrongPassphraseError(
                "This changes file is protected with a passphrase; give the one you share."
            )
        salt = _unb64(sealed.get("salt"), "salt")
        nonce = _unb64(sealed.get("nonce"), "nonce")
        body = _unb64(sealed.get("data"), "sealed changes")
        try:
            text = unseal(derive_key(passphrase, salt), nonce, body, _identity(alliance))
        except WrongPassphraseError:
            raise WrongPassphraseError(
                "That passphrase does not open this changes file (or the file was altered)."
            ) from None
        packed = _unb64(text, "sealed changes")
    elif sealed_only:
        raise BadChangesFile(
            "Can't merge: the file is not protected with your shared passphrase, so it did "
            "not come from your partner's app."
        )
    else:
        packed = _unb64(data.get("update"), "changes")
        if hashlib.sha256(packed).hexdigest() != data.get("digest"):
            raise BadChangesFile(
                "Can't merge: the file's changes do not match its digest; it was damaged or "
                "altered after it was written."
            )
    update = _unpack(packed)
    title = data.get("title")
    return ChangesFile(
        alliance=alliance,
        framework=data["framework"],
        title=title if isinstance(title, str) else "",
        from_copy=sender["copy"],
        from_person=sender["person"],
        for_person=data["for"],
        full=data["full"],
        state_vector=_unb64(data.get("state_vector"), "state vector"),
        update=update,
    )
