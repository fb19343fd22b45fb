"""The first schema: workbooks, answers, stage progress, actions, meetings, journal.

Revision ID: 0001_initial
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def _workbook_fk() -> sa.Column:  # type: ignore[type-arg]
    return sa.Column(
        "workbook_id",
        sa.Integer,
        sa.ForeignKey("workbooks.id", ondelete="CASCADE"),
        nullable=False,
    )


def upgrade() -> None:
    op.create_table(
        "workbooks",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("mentee_name", sa.String(200), nullable=False),
        sa.Column("mentee_contact", sa.String(500), nullable=False),
        sa.Column("mentor_name", sa.String(200), nullable=False),
        sa.Column("mentor_contact", sa.String(500), nullable=False),
        sa.Column("framework_id", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "answers",
        sa.Column("id", sa.Integer, primary_key=True),
        _workbook_fk(),
        sa.Column("prompt_id", sa.String(128), nullable=False),
        sa.Column("respondent", sa.String(16), nullable=False),
        sa.Column("value", sa.JSON, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("workbook_id", "prompt_id", "respondent"),
    )
    op.create_index("ix_answers_workbook_id", "answers", ["workbook_id"])
    op.create_table(
        "stage_progress",
        sa.Column("id", sa.Integer, primary_key=True),
        _workbook_fk(),
        sa.Column("stage_id", sa.String(64), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("mentee_signed_at", sa.DateTime, nullable=True),
        sa.Column("mentor_signed_at", sa.DateTime, nullable=True),
        sa.UniqueConstraint("workbook_id", "stage_id"),
    )
    op.create_index("ix_stage_progress_workbook_id", "stage_progress", ["workbook_id"])
    op.create_table(
        "actions",
        sa.Column("id", sa.Integer, primary_key=True),
        _workbook_fk(),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("goal", sa.Text, nullable=False),
        sa.Column("due_date", sa.Date, nullable=True),
        sa.Column("support", sa.Text, nullable=False),
        sa.Column("measure", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("completed_at", sa.DateTime, nullable=True),
        sa.Column("source_prompt_id", sa.String(128), nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_actions_workbook_id", "actions", ["workbook_id"])
    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer, primary_key=True),
        _workbook_fk(),
        sa.Column("held_at", sa.DateTime, nullable=False),
        sa.Column("place", sa.String(500), nullable=False),
        sa.Column("agenda", sa.Text, nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("actions_agreed", sa.Text, nullable=False),
        sa.Column("next_meeting_at", sa.DateTime, nullable=True),
    )
    op.create_index("ix_meetings_workbook_id", "meetings", ["workbook_id"])
    op.create_table(
        "journal_entries",
        sa.Column("id", sa.Integer, primary_key=True),
        _workbook_fk(),
        sa.Column("author", sa.String(16), nullable=False),
        sa.Column("written_at", sa.DateTime, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("private", sa.Boolean, nullable=False),
    )
    op.create_index("ix_journal_written", "journal_entries", ["workbook_id", "written_at"])


def downgrade() -> None:
    for table in ("journal_entries", "meetings", "actions", "stage_progress", "answers"):
        op.drop_table(table)
    op.drop_table("workbooks")
