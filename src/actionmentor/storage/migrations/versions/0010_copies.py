"""Issue 16: one alliance on two laptops.

- Every alliance and every record a pair create (copies of repeatable worksheets, actions,
  meetings, journal entries) gets a random identity, ``uuid``, that survives export, import
  and merge. Answer slots and stage sign-offs are named by what they are instead (the
  alliance, the prompt, the respondent, the copy: services/sync_records.py), so two laptops
  that answer the same slot independently name it the same.
- ``sync_state`` holds, per alliance, this copy's identity, the merge state (the pycrdt
  document, docs/architecture.md "Two laptops") and the conflicts waiting for the pair;
  ``sync_peers`` what each other copy was last known to hold, so a changes file carries only
  what that copy lacks.

The uuid columns are nullable in the schema (SQLite adds a NOT NULL column only with a
default, and rebuilding these tables would drop the search triggers); the models always
fill them. Downgrade drops all of it.

Revision ID: 0010_copies
Revises: 0009_content_pacing
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0010_copies"
down_revision = "0009_content_pacing"
branch_labels = None
depends_on = None

TABLES = ("workbooks", "worksheet_instances", "actions", "meetings", "journal_entries")


def upgrade() -> None:
    conn = op.get_bind()
    for table in TABLES:
        op.add_column(table, sa.Column("uuid", sa.String(32), nullable=True))
        ids = [row[0] for row in conn.execute(sa.text(f"SELECT id FROM {table}"))]
        for row_id in ids:
            conn.execute(
                sa.text(f"UPDATE {table} SET uuid = :u WHERE id = :i"),
                {"u": uuid.uuid4().hex, "i": row_id},
            )
        op.create_index(f"ix_{table}_uuid", table, ["uuid"], unique=True)
    op.create_table(
        "sync_state",
        sa.Column(
            "workbook_id",
            sa.Integer(),
            sa.ForeignKey("workbooks.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("copy_id", sa.String(32), nullable=False),
        sa.Column("person", sa.String(16), nullable=False),
        sa.Column("document", sa.LargeBinary(), nullable=False),
        sa.Column("conflicts", sa.JSON(), nullable=False),
        sa.Column("unheld", sa.JSON(), nullable=False),
        sa.Column("folder", sa.Text(), nullable=True),
        sa.Column("folder_protected", sa.Boolean(), nullable=False),
        sa.Column("secret", sa.LargeBinary(), nullable=False),
        sa.Column("exchanged_at", sa.DateTime(), nullable=True),
    )
    op.create_table(
        "sync_peers",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "workbook_id",
            sa.Integer(),
            sa.ForeignKey("workbooks.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("copy_id", sa.String(32), nullable=False),
        sa.Column("person", sa.String(16), nullable=False),
        sa.Column("state_vector", sa.LargeBinary(), nullable=False),
        sa.Column("merged_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("workbook_id", "copy_id", name="uq_sync_peer"),
    )


def downgrade() -> None:
    op.drop_table("sync_peers")
    op.drop_table("sync_state")
    for table in TABLES:
        op.drop_index(f"ix_{table}_uuid", table)
        op.drop_column(table, "uuid")
