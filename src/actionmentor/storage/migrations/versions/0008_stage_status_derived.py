"""A stage's status is derived from its answers and sign-offs wherever it is shown (see
domain.progress.stage_status), so the stored copy goes: one rule, nothing to disagree.

Revision ID: 0008_stage_status_derived
Revises: 0007_progress_cache
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_stage_status_derived"
down_revision = "0007_progress_cache"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite 3.35 drops a plain column in place: no table rebuild, so no foreign-key cascade.
    op.execute("ALTER TABLE stage_progress DROP COLUMN status")


def downgrade() -> None:
    op.add_column(
        "stage_progress",
        sa.Column("status", sa.String(16), nullable=False, server_default="not_started"),
    )
