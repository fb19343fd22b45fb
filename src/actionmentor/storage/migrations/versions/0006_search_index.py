"""Full-text search: an FTS5 index over answers, actions, meetings and shared journal entries.

The index is kept by triggers, so every way of writing (the services, an import, a restore of
an older backup that is then upgraded) keeps it right without the services knowing about it.
Private journal entries are never indexed. A later migration that rebuilds one of these tables
in batch mode drops its triggers and must create them again (see ``search_triggers``).

Revision ID: 0006_search_index
Revises: 0005_private_encryption
"""

from alembic import op

from actionmentor.storage.search_schema import (
    CREATE_INDEX,
    DROP_TRIGGERS,
    FILL_INDEX,
    search_triggers,
)

revision = "0006_search_index"
down_revision = "0005_private_encryption"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(CREATE_INDEX)
    for statement in search_triggers():
        op.execute(statement)
    for statement in FILL_INDEX:
        op.execute(statement)


def downgrade() -> None:
    for statement in DROP_TRIGGERS:
        op.execute(statement)
    op.execute("DROP TABLE search_index")
