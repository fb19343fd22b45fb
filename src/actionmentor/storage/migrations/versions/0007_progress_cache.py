"""A cache of each workbook's answered count, emptied for a workbook by triggers on answers.

Revision ID: 0007_progress_cache
Revises: 0006_search_index
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_progress_cache"
down_revision = "0006_search_index"
branch_labels = None
depends_on = None

_EVENTS = {"insert": "NEW", "update": "OLD", "delete": "OLD"}


def upgrade() -> None:
    op.create_table(
        "progress_cache",
        sa.Column(
            "workbook_id",
            sa.Integer,
            sa.ForeignKey("workbooks.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("content_key", sa.String(64), nullable=False),
        sa.Column("answered", sa.Integer, nullable=False),
    )
    for event, row in _EVENTS.items():
        op.execute(
            f"CREATE TRIGGER progress_answers_{event} AFTER {event.upper()} ON answers BEGIN "
            f"DELETE FROM progress_cache WHERE workbook_id = {row}.workbook_id; END"
        )


def downgrade() -> None:
    for event in _EVENTS:
        op.execute(f"DROP TRIGGER IF EXISTS progress_answers_{event}")
    op.drop_table("progress_cache")
