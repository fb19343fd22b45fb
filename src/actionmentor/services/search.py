"""Finding text across every workbook, through the FTS5 index the triggers keep."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Row, TextualSelect, column, text

from actionmentor.domain.search import MATCH_END, MATCH_START, SearchHit, fts_query
from actionmentor.errors import NotFoundError
from actionmentor.exercises import framework
from actionmentor.services.base import ServiceBase
from actionmentor.storage.types import UTCDateTime

# The heading of each result (an action's title, when a meeting or entry was) comes in the
# same query: one statement per search, not one per kind found.
_SELECT = """
    SELECT s.kind, s.ref, s.workbook_id, w.title, w.framework_id,
           s.place, s.detail, s.instance,
           snippet(search_index, 0, :start, :end, '…', 12) AS snippet,
           a.title AS action_title, coalesce(m.held_at, j.written_at) AS happened_at
    FROM search_index AS s JOIN workbooks AS w ON w.id = s.workbook_id
    LEFT JOIN actions AS a ON s.kind = 'action' AND a.id = s.ref
    LEFT JOIN meetings AS m ON s.kind = 'meeting' AND m.id = s.ref
    LEFT JOIN journal_entries AS j ON s.kind = 'journal' AND j.id = s.ref
    WHERE search_index MATCH :query AND w.deleted_at IS NULL
      AND (:workbook IS NULL OR s.workbook_id = :workbook)
    ORDER BY {order}
    LIMIT :limit
"""


def _statement(order: str) -> TextualSelect:
    return text(_SELECT.format(order=order)).columns(
        column("kind"), column("ref"), column("workbook_id"), column("title"),
        column("framework_id"), column("place"), column("detail"), column("instance"),
        column("snippet"), column("action_title"), column("happened_at", UTCDateTime()),
    )  # fmt: skip


_RANKED = _statement("s.rank")
_NEWEST_FIRST = _statement("s.rowid DESC")  # rowid grows with the source id
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
        return [_hit(row) for row in rows]


def _hit(row: Row[Any]) -> SearchHit:
    heading = row.action_title or ""
    if row.kind == "answer":
        heading = _prompt_heading(row.framework_id, row.place)
    when: dt.datetime | None = row.happened_at
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
