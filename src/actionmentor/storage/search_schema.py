"""The SQL of the search index, shared by its migration and by the search service.

One FTS5 table holds one row per searchable thing. ``body`` is the only indexed column; the
others say where the text came from, so a result can open its place:

- kind ``answer``: ref = answers.id, place = prompt id, detail = respondent, instance = copy
- kind ``action``: ref = actions.id
- kind ``meeting``: ref = meetings.id
- kind ``journal``: ref = journal_entries.id, detail = author (never a private entry)

The FTS rowid is ``ref * 4 + kind code``, so a trigger finds the row to replace by rowid
instead of scanning the unindexed columns. The tokenizer folds case and accents, so "evora"
finds "Évora".
"""

from __future__ import annotations

from actionmentor.domain.fields import ACTION_FIELDS, MEETING_FIELDS, searchable

CREATE_INDEX = """
CREATE VIRTUAL TABLE search_index USING fts5(
    body,
    kind UNINDEXED, ref UNINDEXED, workbook_id UNINDEXED,
    place UNINDEXED, detail UNINDEXED, instance UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2'
)
"""

KIND_CODES = {"answer": 0, "action": 1, "meeting": 2, "journal": 3}


def _joined(*columns: str) -> str:
    return " || ' ' || ".join(f"ifnull({{row}}.{column}, '')" for column in columns)


# table: (kind, body, place, detail, instance, which rows). The text of an answer is every
# string inside its JSON value: a free answer, list items, table cells, the note by a rating.
_SOURCES = {
    "answers": (
        "answer",
        "(SELECT group_concat(value, ' ') FROM json_tree({row}.value) WHERE type = 'text')",
        "{row}.prompt_id",
        "{row}.respondent",
        "{row}.instance",
        "1",
    ),
    "actions": ("action", _joined(*searchable(ACTION_FIELDS)), "''", "''", "0", "1"),
    "meetings": ("meeting", _joined(*searchable(MEETING_FIELDS)), "''", "''", "0", "1"),
    "journal_entries": ("journal", "{row}.text", "''", "{row}.author", "0",
                        "NOT {row}.private"),
}  # fmt: skip

_COLUMNS = "rowid, body, kind, ref, workbook_id, place, detail, instance"


def _select(table: str, row: str) -> str:
    kind, body, place, detail, instance, _ = _SOURCES[table]
    parts = (f"{{row}}.id * 4 + {KIND_CODES[kind]}", body, f"'{kind}'", "{row}.id",
             "{row}.workbook_id", place, detail, instance)  # fmt: skip
    return "SELECT " + ", ".join(part.format(row=row) for part in parts)


def _condition(table: str, row: str) -> str:
    return _SOURCES[table][5].format(row=row)


def search_triggers() -> list[str]:
    """CREATE TRIGGER statements that keep the index in step with its four tables."""
    statements = []
    for table, (kind, *_) in _SOURCES.items():
        insert = f"INSERT INTO search_index ({_COLUMNS}) {_select(table, 'NEW')} WHERE " + (
            _condition(table, "NEW")
        )
        delete = f"DELETE FROM search_index WHERE rowid = OLD.id * 4 + {KIND_CODES[kind]}"
        statements += [
            f"CREATE TRIGGER search_{table}_insert AFTER INSERT ON {table} BEGIN {insert}; END",
            f"CREATE TRIGGER search_{table}_update AFTER UPDATE ON {table} "
            f"BEGIN {delete}; {insert}; END",
            f"CREATE TRIGGER search_{table}_delete AFTER DELETE ON {table} BEGIN {delete}; END",
        ]
    return statements


DROP_TRIGGERS = [
    f"DROP TRIGGER IF EXISTS search_{table}_{event}"
    for table in _SOURCES
    for event in ("insert", "update", "delete")
]

# Fills the index from the rows already there (an upgraded database).
FILL_INDEX = [
    f"INSERT INTO search_index ({_COLUMNS}) {_select(table, table)} FROM {table} "
    f"WHERE {_condition(table, table)}"
    for table in _SOURCES
]

# FTS5 keeps a deleted or replaced text's words in its index segments (secure_delete wipes
# rows, not those) until the segments merge; merging them all now takes the words out of
# the file. Run after a deletion, and before a backup copies the file.
MERGE_SQL = "INSERT INTO search_index(search_index) VALUES('optimize')"
