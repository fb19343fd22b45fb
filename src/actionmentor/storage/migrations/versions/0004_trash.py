"""A trash for workbooks: deleting sets deleted_at, so a delete can be undone.

Revision ID: 0004_trash
Revises: 0003_repeatable_worksheets
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_trash"
down_revision = "0003_repeatable_worksheets"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("workbooks") as batch:
        batch.add_column(sa.Column("deleted_at", sa.DateTime, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("workbooks") as batch:
        batch.drop_column("deleted_at")
