"""The golden shapes: what the real `actionmentor` command prints and exports for the demo.

Each shape is generated from a fresh demo workbook by running the command as a subprocess,
then masked: only what differs between two runs or two days is replaced, by structure
where the output has structure, so that every other change shows up as a diff.

- JSON: a value under a key ending in ``_at`` that is an ISO-8601 UTC timestamp becomes
  "<time>" (the moment the demo was created, signed, edited), except under ``held_at`` and
  ``next_meeting_at``, which are the demo's own meeting times. An integer under ``id`` in the
  workbook outputs becomes "<id>" (a database id), and a 32-digit hex string under ``uuid``
  "<uuid>" (a random identity, migration 0010). Anything else, including a timestamp in
  another format or a null, is kept, so a changed format is a diff, not a silent pass.
- iCalendar: DTSTAMP (the workbook's last change) becomes <time>, the record's uuid in UID
  becomes <uuid>. CRLF line ends become LF for reading; a line that ended without CR is
  marked " <no CR>".
- PDF text (pypdf, page by page): the creation and last-change dates on the cover, the
  sign-off dates and the journal entries' date and time, each found by its label.

The commands run with TZ=UTC (the demo's meeting times are naive, so the stored instants
depend on the time zone) and a HOME of their own.

    .venv/bin/python -m tests.golden.shapes           # compare, print the diffs
    .venv/bin/python -m tests.golden.shapes --write   # rewrite tests/golden/ (`make golden`)
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from tests.helpers import ok

GOLDEN_DIR = Path(__file__).resolve().parent

# The shapes, by the name of their golden file, in the order they are generated.
NAMES = (
    "export.json",
    "show.json",
    "list.json",
    "frameworks.json",
    "calendar.ics.txt",
    "workbook.pdf.txt",
    "blank-hay-1997.pdf.txt",
)

TIME = "<time>"
DATE = "<date>"
ID = "<id>"
UUID = "<uuid>"
_HEX32 = re.compile(r"[0-9a-f]{32}")

# Keys ending in _at that hold the demo's own data, not the moment something happened.
FIXED_AT_KEYS = frozenset({"held_at", "next_meeting_at"})
_UTC_ISO = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?\+00:00")


# -- masking ------------------------------------------------------------------------------


def _mask_json(value: Any, *, ids: bool, key: str | None = None) -> Any:
    if isinstance(value, dict):
        return {k: _mask_json(v, ids=ids, key=k) for k, v in value.items()}
    if isinstance(value, list):
        return [_mask_json(v, ids=ids, key=key) for v in value]
    if (
        key is not None
        and key.endswith("_at")
        and key not in FIXED_AT_KEYS
        and isinstance(value, str)
        and _UTC_ISO.fullmatch(value)
    ):
        return TIME
    if ids and key == "id" and isinstance(value, int) and not isinstance(value, bool):
        return ID
    if key == "uuid" and isinstance(value, str) and _HEX32.fullmatch(value):
        return UUID
    return value


def mask_json(text: str, *, ids: bool = True) -> str:
    """Pretty JSON in the order the command wrote it (the portable file sorts its keys)."""
    data = json.loads(text)
    return json.dumps(_mask_json(data, ids=ids), ensure_ascii=False, indent=2) + "\n"


_ICS_RULES = [
    (re.compile(r"^DTSTAMP:\d{8}T\d{6}Z$"), f"DTSTAMP:{TIME}"),
    (
        re.compile(r"^UID:(meeting|action)-[0-9a-f]{32}@actionmentor$"),
        rf"UID:\1-{UUID}@actionmentor",
    ),
]


def mask_ics(raw: bytes) -> str:
    text = raw.decode("utf-8")
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    else:
        lines[-1] += " <no final line end>"
    out = []
    for line in lines:
        if line.endswith("\r"):
            line = line[:-1]
        else:
            line += " <no CR>"
        for pattern, replacement in _ICS_RULES:
            line = pattern.sub(replacement, line)
        out.append(line)
    return "\n".join(out) + "\n"


_DAY = r"\d{1,2} [A-Z][a-z]{2} \d{4}"  # 1 Dec 2026, as the PDFs write a date
_PDF_RULES = [
    # The cover: when the workbook was started and last changed.
    (re.compile(rf"^(Started|Last changed) {_DAY}$", re.M), rf"\1 {DATE}"),
    # A stage's sign-off: "Priya Shah (mentee): signed 01 December 2026".
    (re.compile(rf"^(.*\((?:mentee|mentor)\): signed) {_DAY}$", re.M), rf"\1 {DATE}"),
    # A journal entry's heading: "Priya Shah · 01 December 2026, 08:07".
    (re.compile(rf"^(.* · ){_DAY}, \d{{2}}:\d{{2}}$", re.M), rf"\1{DATE}, {TIME}"),
]


def pdf_text(path: Path) -> str:
    pages = PdfReader(path).pages
    return "".join(
        f"=== page {n} of {len(pages)}\n{page.extract_text()}\n" for n, page in enumerate(pages, 1)
    )


def mask_pdf_text(text: str) -> str:
    for pattern, replacement in _PDF_RULES:
        text = pattern.sub(replacement, text)
    return text


# -- generating ---------------------------------------------------------------------------


@contextmanager
def pinned_environment(root: Path) -> Iterator[None]:
    """The commands' environment: a HOME of their own and UTC, put back afterwards."""
    pinned = {
        "HOME": str(root / "home"),
        "XDG_DATA_HOME": str(root / "home" / "data"),
        "XDG_CONFIG_HOME": str(root / "home" / "config"),
        "XDG_CACHE_HOME": str(root / "home" / "cache"),
        "TZ": "UTC",
    }
    saved = {key: os.environ.get(key) for key in [*pinned, "ACTIONMENTOR_DATA_DIR"]}
    os.environ.update(pinned)
    os.environ.pop("ACTIONMENTOR_DATA_DIR", None)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _without_a_workbook(data: Path, out: Path) -> dict[str, str]:
    """The shapes that read no database: they run beside the demo's."""
    blank = out / "blank.pdf"
    ok("blank", "--framework", "hay-1997", "--out", str(blank), data_dir=data)
    return {
        "frameworks.json": mask_json(ok("frameworks", "--json"), ids=False),
        "blank-hay-1997.pdf.txt": mask_pdf_text(pdf_text(blank)),
    }


def generate(root: Path) -> dict[str, str]:
    """Every shape, masked, from a fresh demo workbook in ``root/data``."""
    data = root / "data"
    out = root / "out"
    out.mkdir(parents=True, exist_ok=True)
    shapes: dict[str, str] = {}
    with pinned_environment(root), ThreadPoolExecutor(max_workers=1) as pool:
        aside = pool.submit(_without_a_workbook, root / "no-data", out)
        # One command after the other on the database, as a person at a terminal would.
        workbook = ok("demo", data_dir=data).strip()

        def export(kind: str, name: str) -> Path:
            path = out / name
            assert ok("export", workbook, "--kind", kind, "--out", str(path), data_dir=data)
            return path

        shapes["export.json"] = mask_json(export("json", "demo.json").read_text("utf-8"))
        shapes["show.json"] = mask_json(ok("show", workbook, "--json", data_dir=data))
        shapes["list.json"] = mask_json(ok("list", "--json", data_dir=data))
        shapes["calendar.ics.txt"] = mask_ics(export("ics", "demo.ics").read_bytes())
        shapes["workbook.pdf.txt"] = mask_pdf_text(pdf_text(export("workbook", "demo.pdf")))
        shapes.update(aside.result())
    assert set(shapes) == set(NAMES)
    return {name: shapes[name] for name in NAMES}


# -- comparing ----------------------------------------------------------------------------


def stored(name: str) -> str | None:
    path = GOLDEN_DIR / name
    return path.read_text(encoding="utf-8") if path.is_file() else None


def difference(name: str, actual: str) -> str | None:
    """None when the stored golden file matches, else a unified diff and what to do."""
    expected = stored(name)
    if expected == actual:
        return None
    if expected is None:
        return f"tests/golden/{name} is missing; run `make golden` to write it."
    diff = difflib.unified_diff(
        expected.splitlines(keepends=True),
        actual.splitlines(keepends=True),
        fromfile=f"tests/golden/{name} (stored)",
        tofile=f"tests/golden/{name} (now)",
    )
    return (
        f"The {name} shape changed. If the change is meant, run `make golden` to accept it "
        f"and review `git diff tests/golden/`.\n" + "".join(diff)
    )


def _with_fresh_demo(action: Callable[[dict[str, str]], int]) -> int:
    with tempfile.TemporaryDirectory(prefix="golden-") as tmp:
        return action(generate(Path(tmp)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.golden.shapes",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--write", action="store_true", help="rewrite tests/golden/")
    args = parser.parse_args(argv)

    def write(shapes: dict[str, str]) -> int:
        for name, text in shapes.items():
            path = GOLDEN_DIR / name
            changed = stored(name) != text
            path.write_text(text, encoding="utf-8", newline="\n")
            shown = path.relative_to(GOLDEN_DIR.parents[1])
            print(f"{'rewrote' if changed else 'same   '}  {shown}")
        return 0

    def check(shapes: dict[str, str]) -> int:
        diffs = [d for name, text in shapes.items() if (d := difference(name, text))]
        for d in diffs:
            print(d)
        print("golden shapes: " + (f"{len(diffs)} changed" if diffs else "all match"))
        return 1 if diffs else 0

    return _with_fresh_demo(write if args.write else check)


if __name__ == "__main__":
    sys.exit(main())
