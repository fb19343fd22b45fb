"""Encryption of private journal entries: AES-256-GCM with a key from scrypt.

Each author's passphrase and a random salt give the key; each entry has its own random
nonce, and the row's identity (workbook, author, entry id) is authenticated with it, so a
ciphertext moved to another row does not decrypt. A wrong passphrase fails authentication
and is reported as such; nothing is ever "recovered".
"""

from __future__ import annotations

import functools
import os

from actionmentor.errors import UserError

SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1  # about 0.3 s on a laptop: slow to guess
CHECK_TEXT = "actionmentor passphrase check"


class WrongPassphraseError(UserError):
    """The passphrase does not open this person's private entries."""


def new_salt() -> bytes:
    return os.urandom(16)


@functools.lru_cache(maxsize=8)  # the key stays in memory only, for this process
def derive_key(passphrase: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    if not passphrase:
        raise UserError("The passphrase can't be empty.")
    kdf = Scrypt(salt=salt, length=32, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)
    return kdf.derive(passphrase.encode("utf-8", "surrogatepass"))


def seal(key: bytes, text: str, identity: str) -> tuple[bytes, bytes]:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = os.urandom(12)
    return nonce, AESGCM(key).encrypt(nonce, text.encode("utf-8"), identity.encode("utf-8"))


def unseal(key: bytes, nonce: bytes, ciphertext: bytes, identity: str) -> str:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        plain = AESGCM(key).decrypt(nonce, ciphertext, identity.encode("utf-8"))
    except InvalidTag:
        raise WrongPassphraseError("That passphrase is wrong.") from None
    return plain.decode("utf-8")


def portable_entry_identity(alliance: str, author: str, entry_uuid: str) -> str:
    """Bound to the alliance's and the entry's uuids (migration 0010), the same on every
    copy of the alliance: an entry sealed on one laptop opens on the other."""
    return f"actionmentor/journal/v2/{alliance}/{author}/{entry_uuid}"


def portable_check_identity(alliance: str, author: str) -> str:
    return f"actionmentor/key-check/v2/{alliance}/{author}"


def entry_identity(workbook_id: int, author: str, entry_id: int) -> str:
    """Before 0010: bound to this database's row ids. Still opened; sealed no more."""
    return f"actionmentor/journal/{workbook_id}/{author}/{entry_id}"


def check_identity(workbook_id: int, author: str) -> str:
    return f"actionmentor/key-check/{workbook_id}/{author}"
