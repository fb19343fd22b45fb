"""The shipped content, parsed once and kept: reading and checking the TOML files costs
about 50 ms, and the library's first paint waits for it (its framework column).

The parsed frameworks are pickled to the user's cache folder under a key made of every
content file, the code that reads them, the app's version and the language. A change to
any of them makes a new key; a cache that can't be read or written is passed over, and the
files are parsed as before. The cache holds the app's own texts, nothing a person wrote.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
_CODE = ("loader.py", "reader.py")  # beside this file; and domain/content.py, the shapes


def _key(content_dir: Path, language: str) -> str:
    from actionmentor import __version__
    from actionmentor.domain import content

    digest = hashlib.sha256(f"{__version__}\0{language}\0".encode())
    here = Path(__file__).resolve().parent
    sources = [here / name for name in _CODE] + [Path(content.__file__)]
    for path in [*sources, *sorted(content_dir.rglob("*.toml"))]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:32]


def _cache_dir() -> Path:
    if sys.platform.startswith("linux"):  # what platformdirs says, without its 20 ms import
        base = os.environ.get("XDG_CACHE_HOME", "")
        root = Path(base) if os.path.isabs(base) else Path.home() / ".cache"
        return root / "actionmentor"
    from platformdirs import user_cache_path

    return user_cache_path("actionmentor", appauthor=False)


def cached(content_dir: Path, language: str, parse: Callable[[], T]) -> T:
    """``parse()``'s result, from the cache when the content is unchanged."""
    try:
        path = _cache_dir() / f"content-{language}-{_key(content_dir, language)}.pickle"
    except OSError:
        return parse()
    with contextlib.suppress(Exception):  # missing, cut short, or from another Python
        with path.open("rb") as handle:
            found: T = pickle.load(handle)
        return found
    result = parse()
    with contextlib.suppress(OSError, pickle.PicklingError):
        _write(path, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    return result


def _write(path: Path, data: bytes) -> None:
    """Owner-only, whole or not at all; older caches of this language go."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".content-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    prefix = path.name.rsplit("-", 1)[0] + "-"
    for old in path.parent.glob(f"{prefix}*.pickle"):
        if old != path:
            with contextlib.suppress(OSError):
                old.unlink()
