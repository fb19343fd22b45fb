"""Finding text across every workbook, through the FTS5 index the triggers keep."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, select, text
from sqlalchemy.orm import Session

from actionmentor.errors import NotFoundError
from actionmentor.exercises import framework
from actionmentor.services.base import ServiceBase
from actionmentor.storage.models import Action, JournalEntry, Meeting

# What a snippet puts around each match. Control characters can't occur in stored text (the
# text policy strips them), so these marks are unambiguous; each front end draws them its way.
MATCH_START = "\x02"
MATCH_END = "\x03"
_WORDS = re.compile(r"\w+")

_SELECT = """
    SELECT s.kind, s.ref, s.workbook_id, w.title, w.framework_id,
           s.place, s.detail, s.instance,
           snippet(search_index, 0, :start, :end, '…', 12) AS snippet
    FROM search_index AS s JOIN workbooks AS w ON w.id = s.workbook_id
    WHERE search_index MATCH :query AND w.deleted_at IS NULL
    ORDER BY {order}
    LIMIT :limit
"""
_RANKED = text(_SELECT.format(order="s.rank"))
_NEWEST_FIRST = text(_SELECT.format(order="s.rowid DESC"))  # rowid grows with the source id
_COUNT = text("SELECT count(*) FROM search_index WHERE search_index MATCH :query")
# Ranking (bm25) costs time for every match: past this many, as with a very common word over
# a thousand workbooks, results come newest first, which is cheap and as useful there.
RANKED_AT_MOST = 2000


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One place where the text was found, and what is needed to open it."""

    workbook_id: int
    workbook_title: str
    kind: str  # answer, action, meeting or journal
    ref: int  # the id of the answer, action, meeting or journal entry
    snippet: str  # the text around the match, matches between MATCH_START and MATCH_END
    # What names the place: "Stage › Worksheet › prompt" for an answer, the action's title.
    heading: str = ""
    when: dt.datetime | None = None  # a meeting's or a journal entry's date
    who: str = ""  # who answered (mentee, mentor, together) or wrote the journal entry
    prompt_id: str = ""  # for an answer: its prompt and the copy of a repeatable worksheet
    instance: int = 0

    def place(self) -> str:
        """Where the text is, in English (the window builds its own, translated)."""
        if self.kind == "answer":
            copy = f", copy {self.instance}" if self.instance else ""
            return f"{self.heading} ({self.who}{copy})"
        if self.kind == "action":
            return f"Action plan › {self.heading}"
        day = _day(self.when) if self.when else ""
        if self.kind == "meeting":
            return f"Meeting of {day}"
        return f"Journal › {self.who}, {day}"

    @property
    def plain_snippet(self) -> str:
        return self.snippet.replace(MATCH_START, "").replace(MATCH_END, "")


def fts_query(words: str) -> str | None:
    """The person's words as an FTS5 query that can't be malformed: every word must occur,
    and the last may be the start of a word (so results come while typing)."""
    tokens = _WORDS.findall(words)
    if not tokens:
        return None
    quoted = [f'"{token}"' for token in tokens]
    quoted[-1] += "*"
    return " ".join(quoted)


class SearchService(ServiceBase):
    def search(self, words: str, limit: int = 100) -> list[SearchHit]:
        """The best matches for ``words`` across all workbooks not in the trash."""
        query = fts_query(words)
        if query is None:
            return []
        params = {"query": query, "limit": limit, "start": MATCH_START, "end": MATCH_END}
        with self._db.session() as session:
            matches = session.execute(_COUNT, {"query": query}).scalar_one()
            statement = _RANKED if matches <= RANKED_AT_MOST else _NEWEST_FIRST
            rows = session.execute(statement, params).all()
            found = _details(session, rows)
        return [_hit(row, found.get((row.kind, row.ref), ("", None))) for row in rows]


def _hit(row: Row[Any], found: tuple[str, dt.datetime | None]) -> SearchHit:
    heading, when = found
    if row.kind == "answer":
        heading = _prompt_heading(row.framework_id, row.place)
    return SearchHit(
        workbook_id=row.workbook_id,
        workbook_title=row.title,
        kind=row.kind,
        ref=row.ref,
        snippet=row.snippet,
        heading=heading,
        when=when,
        who=row.detail,
        prompt_id=row.place,
        instance=int(row.instance),
    )


def _prompt_heading(framework_id: str, prompt_id: str) -> str:
    try:
        found = framework(framework_id).locate(prompt_id)
    except NotFoundError:
        found = None
    if found is None:
        return prompt_id  # content this version no longer ships: the id is all there is
    stage, worksheet, prompt = found
    return f"{stage.title} › {worksheet.title} › {prompt.text}"


def _details(
    session: Session, rows: Sequence[Row[Any]]
) -> dict[tuple[str, int], tuple[str, dt.datetime | None]]:
    """The title of each action and the date of each meeting and journal entry found: one
    query per kind, not one per result."""
    wanted: dict[str, list[int]] = {}
    for row in rows:
        wanted.setdefault(row.kind, []).append(row.ref)
    found: dict[tuple[str, int], tuple[str, dt.datetime | None]] = {}
    if ids := wanted.get("action"):
        titles = select(Action.id, Action.title).where(Action.id.in_(ids))
        found.update((("action", i), (title, None)) for i, title in session.execute(titles))
    if ids := wanted.get("meeting"):
        held = select(Meeting.id, Meeting.held_at).where(Meeting.id.in_(ids))
        found.update((("meeting", i), ("", when)) for i, when in session.execute(held))
    if ids := wanted.get("journal"):
        written = select(JournalEntry.id, JournalEntry.written_at).where(JournalEntry.id.in_(ids))
        found.update((("journal", i), ("", when)) for i, when in session.execute(written))
    return found


def _day(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%-d %b %Y")
