"""Data folders for the benchmarks.

- ``build``: N copies of the filled-in demo workbook. The demo is made once through the
  services; the copies are made in SQL (every table that belongs to a workbook, with new
  ids), so 1,000 full workbooks take seconds, not minutes. The search index fills itself
  through its triggers, as it would in use.
- ``build_long``: one alliance two years old, made through the services as a pair would
  make it: every prompt of every stage answered by both at the length people write, 24
  relationship reviews, 60 meetings with notes, 80 actions and 300 journal entries, 50 of
  them private.
    .venv/bin/python benchmarks/dataset.py DATA_DIR N
    .venv/bin/python benchmarks/dataset.py DATA_DIR long
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
from pathlib import Path
from typing import Any

# Each table that hangs off a workbook, and its columns other than id and workbook_id.
_CHILD_TABLES = (
    "answers",
    "worksheet_instances",
    "stage_progress",
    "actions",
    "meetings",
    "journal_entries",
    "journal_keys",
)


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    names = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
    return [n for n in names if n not in ("id", "workbook_id")]


def _select(columns: list[str]) -> str:
    """The columns to copy; a copy is a different alliance, so it gets new uuids."""
    return ", ".join("lower(hex(randomblob(16)))" if c == "uuid" else c for c in columns)


def build(data_dir: Path, count: int) -> Path:
    """A data folder holding ``count`` full workbooks; returns the database path."""
    from actionmentor.services import open_services
    from actionmentor.services.demo import create_demo

    services = open_services(data_dir)
    source = create_demo(services)
    path = services.db.path
    services.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("BEGIN")
    book_columns = [c for c in _columns(conn, "workbooks")]
    book_list = ", ".join(book_columns)
    for number in range(2, count + 1):
        cursor = conn.execute(
            f"INSERT INTO workbooks ({book_list}) SELECT {_select(book_columns)} FROM workbooks "
            "WHERE id = ?",
            (source,),
        )
        new_id = cursor.lastrowid
        conn.execute(
            "UPDATE workbooks SET title = title || ' #' || ?, "
            "updated_at = datetime(updated_at, ? || ' minutes') WHERE id = ?",
            (number, -number, new_id),
        )
        for table in _CHILD_TABLES:
            names = _columns(conn, table)
            columns = ", ".join(names)
            conn.execute(
                f"INSERT INTO {table} (workbook_id, {columns}) "
                f"SELECT ?, {_select(names)} FROM {table} WHERE workbook_id = ?",
                (new_id, source),
            )
    conn.execute("COMMIT")
    conn.close()
    return path


# Words a pair might write, cycled so that every answer differs and search has real work.
_WORDS = [
    "listening",
    "confidence",
    "rota",
    "handover",
    "team",
    "stakeholders",
    "feedback",
    "budget",
    "ward",
    "patients",
    "delegation",
    "meeting",
    "planning",
    "evidence",
    "interview",
    "manager",
    "colleagues",
    "boundaries",
    "training",
    "appraisal",
    "staffing",
    "safety",
    "audit",
    "change",
    "reflection",
    "progress",
    "goal",
    "support",
    "measure",
]
LONG_PASSPHRASE = "two-years-of-notes"


def _prose(seed: int, words: int) -> str:
    """``words`` words of sentence-shaped text, different for each seed."""
    out = []
    for n in range(words):
        word = _WORDS[(seed * 7 + n * 3 + n // 5) % len(_WORDS)]
        out.append(word.capitalize() if n % 12 == 0 else word)
        if n % 12 == 11:
            out[-1] += "."
    return " ".join(out) + "."


def _value(prompt: Any, seed: int) -> Any:
    """A full answer of the length people write, for any kind of prompt."""
    from actionmentor.domain.enums import PromptKind

    kind = prompt.kind
    if kind is PromptKind.SHORT_TEXT:
        return _prose(seed, 14)[: prompt.max_length]
    if kind is PromptKind.LONG_TEXT:
        return "\n\n".join(_prose(seed + n, 60) for n in range(3))  # ~1,200 characters
    if kind is PromptKind.LIST:
        return [_prose(seed + n, 10) for n in range(max(5, prompt.min_items))]
    if kind is PromptKind.RATING:
        rating = prompt.scale[0] + seed % (prompt.scale[1] - prompt.scale[0] + 1)
        return {"rating": rating, "note": _prose(seed, 10)} if prompt.note else rating
    if kind is PromptKind.CHOICE:
        return prompt.options[seed % len(prompt.options)]
    if kind is PromptKind.CHECKLIST:
        return list(prompt.options[::2])
    if kind is PromptKind.DATE:
        return (dt.date(2025, 1, 7) + dt.timedelta(days=seed % 600)).isoformat()
    if kind is PromptKind.TABLE:
        return [{c: _prose(seed + r, 8) for c in prompt.columns} for r in range(6)]
    if kind is PromptKind.SIGNATURE:
        return {}  # signed by the sign-offs below
    raise AssertionError(kind)


def build_long(data_dir: Path) -> tuple[Path, int]:
    """A data folder holding one two-year alliance; returns the database path and its id."""
    from actionmentor.domain.enums import ActionStatus, Person, PromptKind
    from actionmentor.exercises import framework
    from actionmentor.services import open_services

    services = open_services(data_dir)
    wid = services.workbooks.create(
        "Priya Shah", "Tom Okafor", title="Priya and Tom: two years on"
    ).id
    fw = framework(services.workbooks.get(wid).framework_id)
    seed = 0
    for stage in fw.all_stages():
        for worksheet in stage.worksheets:
            if worksheet.repeatable:
                continue
            for prompt in worksheet.prompts:
                if prompt.kind is PromptKind.SIGNATURE:
                    continue
                for respondent in prompt.respondent.respondents():
                    seed += 1
                    services.answers.save(wid, prompt.id, respondent, _value(prompt, seed))
    start = dt.datetime(2025, 1, 7, 17, 30, tzinfo=dt.UTC)
    repeated = {"relationship": 24, "application.log": 12}  # a review a month, a log entry
    for worksheet_id, times in repeated.items():  # every other month
        found = fw.worksheet(worksheet_id)
        assert found is not None, worksheet_id
        worksheet = found[1]
        for n in range(times):
            held = (start + dt.timedelta(days=30 * n * (24 // times))).date()
            number = services.answers.start_instance(wid, worksheet.id, held).number
            for prompt in worksheet.prompts:
                for respondent in prompt.respondent.respondents():
                    seed += 1
                    services.answers.save(wid, prompt.id, respondent, _value(prompt, seed), number)
    for stage in fw.stages[: len(fw.stages) - 1]:
        for person in Person:
            services.answers.sign_off(wid, stage.id, person)
    for n in range(80):
        status = (ActionStatus.DONE, ActionStatus.IN_PROGRESS, ActionStatus.PLANNED)[n % 3]
        services.actions.add(
            wid,
            f"Action {n + 1}: {_prose(n, 6)}"[:120],
            status=status,
            due_date=(start + dt.timedelta(days=9 * n)).date(),
            goal=_prose(n + 1, 12),
            support=_prose(n + 2, 8),
            measure=_prose(n + 3, 10),
            detail=_prose(n + 4, 30),
        )
    for n in range(60):  # a meeting every fortnight, near enough
        held = start + dt.timedelta(days=12 * n)
        services.meetings.add(
            wid,
            held,
            next_meeting_at=held + dt.timedelta(days=12),
            place="Library café",
            agenda=f"Meeting {n + 1}: {_prose(n, 8)}",
            notes="\n\n".join(_prose(n + k, 50) for k in range(3)),
            actions_agreed=_prose(n + 5, 20),
        )
    for person in Person:
        services.journal.set_passphrase(wid, person, LONG_PASSPHRASE)
    for n in range(300):
        private = n % 6 == 0  # 50 of them
        services.journal.add(
            wid,
            Person.MENTEE if n % 2 else Person.MENTOR,
            "\n\n".join(_prose(n + k, 45) for k in range(2)),
            private=private,
            passphrase=LONG_PASSPHRASE if private else None,
            written_at=start + dt.timedelta(days=2 * n + 1),
        )
    path = services.db.path
    services.close()
    return path, wid


if __name__ == "__main__":
    if sys.argv[2] == "long":
        print(build_long(Path(sys.argv[1])))
    else:
        print(build(Path(sys.argv[1]), int(sys.argv[2])))
