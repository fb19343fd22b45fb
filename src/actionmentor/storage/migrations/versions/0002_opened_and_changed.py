"""Remember when a workbook was last opened, and mark stages edited after sign-off.

Revision ID: 0002_opened_and_changed
Revises: 0001_initial
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_opened_and_changed"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # recreate="always" rebuilds the parent table (copy, drop, rename): with foreign keys
    # on, the drop would cascade to every child row. The migration runner turns them off.
    with op.batch_alter_table("workbooks", recreate="always") as batch:
        batch.add_column(sa.Column("last_opened_at", sa.DateTime, nullable=True))
    with op.batch_alter_table("stage_progress") as batch:
        batch.add_column(sa.Column("edited_after_signoff_at", sa.DateTime, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("stage_progress") as batch:
        batch.drop_column("edited_after_signoff_at")
    with op.batch_alter_table("workbooks", recreate="always") as batch:
        batch.drop_column("last_opened_at")
