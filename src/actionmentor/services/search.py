"""Finding text across every workbook, through the FTS5 index the triggers keep."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, select, text
from sqlalchemy.orm import Session

from actionmentor.domain.search import MATCH_END, MATCH_START, SearchHit, fts_query
from actionmentor.errors import NotFoundError
from actionmentor.exercises import framework
from actionmentor.services.base import ServiceBase
from actionmentor.storage.models import Action, JournalEntry, Meeting

_SELECT = """
    SELECT s.kind, s.ref, s.workbook_id, w.title, w.framework_id,
           s.place, s.detail, s.instance,
           snippet(search_index, 0, :start, :end, '…', 12) AS snippet
    FROM search_index AS s JOIN workbooks AS w ON w.id = s.workbook_id
    WHERE search_index MATCH :query AND w.deleted_at IS NULL
      AND (:workbook IS NULL OR s.workbook_id = :workbook)
    ORDER BY {order}
    LIMIT :limit
"""
_RANKED = text(_SELECT.format(order="s.rank"))
_NEWEST_FIRST = text(_SELECT.format(order="s.rowid DESC"))  # rowid grows with the source id
_COUNT = text(
    "SELECT count(*) FROM search_index WHERE search_index MATCH :query"
    " AND (:workbook IS NULL OR workbook_id = :workbook)"
)
# Ranking (bm25) costs time for every match: past this many, as with a very common word over
# a thousand workbooks, results come newest first, which is cheap and as useful there.
RANKED_AT_MOST = 2000


class SearchService(ServiceBase):
    def search(
        self, words: str, limit: int = 100, *, workbook_id: int | None = None
    ) -> list[SearchHit]:
        """The best matches for ``words`` across all workbooks not in the trash, or in the
        one workbook given."""
        query = fts_query(words)
        if query is None:
            return []
        params = {"query": query, "limit": limit, "start": MATCH_START, "end": MATCH_END,
                  "workbook": workbook_id}  # fmt: skip
        with self._db.session() as session:
            count = {"query": query, "workbook": workbook_id}
            matches = session.execute(_COUNT, count).scalar_one()
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
