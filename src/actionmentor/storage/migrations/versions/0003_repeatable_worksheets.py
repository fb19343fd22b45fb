"""Repeatable worksheets (the relationship review): numbered, dated copies of one worksheet.

Answers gain an ``instance`` number (0 for ordinary worksheets), which joins the unique key.

Revision ID: 0003_repeatable_worksheets
Revises: 0002_opened_and_changed
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_repeatable_worksheets"
down_revision = "0002_opened_and_changed"
branch_labels = None
depends_on = None

# 0001 left the answers' unique constraint unnamed; this convention gives it a name that
# batch mode can drop.
_NAMING = {"uq": "uq_%(table_name)s_%(column_0_name)s"}


def upgrade() -> None:
    op.create_table(
        "worksheet_instances",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "workbook_id",
            sa.Integer,
            sa.ForeignKey("workbooks.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("worksheet_id", sa.String(128), nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("held_on", sa.Date, nullable=True),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("workbook_id", "worksheet_id", "number", name="uq_instance_number"),
    )
    op.create_index("ix_worksheet_instances_workbook_id", "worksheet_instances", ["workbook_id"])
    with op.batch_alter_table("answers", recreate="always", naming_convention=_NAMING) as batch:
        batch.add_column(sa.Column("instance", sa.Integer, nullable=False, server_default="0"))
        batch.drop_constraint("uq_answers_workbook_id", type_="unique")
        batch.create_unique_constraint(
            "uq_answer_slot", ["workbook_id", "prompt_id", "respondent", "instance"]
        )


def downgrade() -> None:
    with op.batch_alter_table("answers", recreate="always") as batch:
        batch.drop_constraint("uq_answer_slot", type_="unique")
        batch.drop_column("instance")
        batch.create_unique_constraint(
            "uq_answers_workbook_id", ["workbook_id", "prompt_id", "respondent"]
        )
    op.drop_table("worksheet_instances")
