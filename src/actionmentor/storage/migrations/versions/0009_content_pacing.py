"""Content of issue 14, with every saved answer kept.

- "What you did and what happened" (application.log) became repeatable: one copy per
  check-in. Answers written before are moved into copy 1, dated by their first answer.
- The mentee's charter item "keep track of my goals and progress" was rewritten in the
  project's own words; a box ticked under the old wording stays ticked under the new.

No prompt id was renamed or removed (PROMPT_ID_RENAMES is empty). A downgrade puts copy 1
of application.log back as its only answers and drops later copies (the old schema had one).

Revision ID: 0009_content_pacing
Revises: 0008_stage_status_derived
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0009_content_pacing"
down_revision = "0008_stage_status_derived"
branch_labels = None
depends_on = None

PROMPT_ID_RENAMES: dict[str, dict[str, str]] = {}

NOW_REPEATABLE = {"application.log": "application.log."}
OPTION_RENAMES = {
    "agreement.roles.mentee_charter": {
        "keep track of my goals and progress": (
            "keep a record of what I set out to do and how far I have got"
        ),
    },
}


def upgrade() -> None:
    conn = op.get_bind()
    for worksheet, prefix in NOW_REPEATABLE.items():
        rows = conn.execute(
            sa.text(
                "SELECT workbook_id, MIN(updated_at) FROM answers "
                "WHERE instance = 0 AND prompt_id LIKE :p GROUP BY workbook_id"
            ),
            {"p": prefix + "%"},
        ).all()
        for workbook_id, first in rows:
            conn.execute(
                sa.text(
                    "INSERT INTO worksheet_instances "
                    "(workbook_id, worksheet_id, number, held_on, created_at) "
                    "SELECT :w, :s, 1, date(:first), :first WHERE NOT EXISTS "
                    "(SELECT 1 FROM worksheet_instances "
                    "WHERE workbook_id = :w AND worksheet_id = :s AND number = 1)"
                ),
                {"w": workbook_id, "s": worksheet, "first": first},
            )
            conn.execute(
                sa.text(
                    "UPDATE answers SET instance = 1 "
                    "WHERE workbook_id = :w AND instance = 0 AND prompt_id LIKE :p"
                ),
                {"w": workbook_id, "p": prefix + "%"},
            )
    for prompt_id, renames in OPTION_RENAMES.items():
        _rewrite_options(conn, prompt_id, renames)


def downgrade() -> None:
    conn = op.get_bind()
    for prompt_id, renames in OPTION_RENAMES.items():
        _rewrite_options(conn, prompt_id, {new: old for old, new in renames.items()})
    for worksheet, prefix in NOW_REPEATABLE.items():
        conn.execute(
            sa.text("UPDATE answers SET instance = 0 WHERE instance = 1 AND prompt_id LIKE :p"),
            {"p": prefix + "%"},
        )
        conn.execute(
            sa.text("DELETE FROM answers WHERE instance > 1 AND prompt_id LIKE :p"),
            {"p": prefix + "%"},
        )
        conn.execute(
            sa.text("DELETE FROM worksheet_instances WHERE worksheet_id = :s"), {"s": worksheet}
        )


def _rewrite_options(conn: sa.Connection, prompt_id: str, renames: dict[str, str]) -> None:
    """Replace option wordings in the stored lists of one checklist prompt."""
    rows = conn.execute(
        sa.text("SELECT id, value FROM answers WHERE prompt_id = :p"), {"p": prompt_id}
    ).all()
    for answer_id, raw in rows:
        try:
            value = json.loads(raw) if isinstance(raw, str) else raw
        except ValueError:
            continue  # an unreadable value is `check`'s to report, not ours to guess
        if not isinstance(value, list):
            continue
        renamed = [renames.get(item, item) if isinstance(item, str) else item for item in value]
        if renamed != value:
            conn.execute(
                sa.text("UPDATE answers SET value = :v WHERE id = :i"),
                {"v": json.dumps(renamed, ensure_ascii=False), "i": answer_id},
            )
