"""Private journal entries encrypted at rest: per-author key material, and ciphertext columns.

Revision ID: 0005_private_encryption
Revises: 0004_trash
"""

import sqlalchemy as sa
from alembic import op

revision = "0005_private_encryption"
down_revision = "0004_trash"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "journal_keys",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "workbook_id",
            sa.Integer,
            sa.ForeignKey("workbooks.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("author", sa.String(16), nullable=False),
        sa.Column("salt", sa.LargeBinary, nullable=False),
        sa.Column("check_nonce", sa.LargeBinary, nullable=False),
        sa.Column("check_ciphertext", sa.LargeBinary, nullable=False),
        sa.UniqueConstraint("workbook_id", "author", name="uq_journal_key"),
    )
    with op.batch_alter_table("journal_entries") as batch:
        batch.add_column(sa.Column("nonce", sa.LargeBinary, nullable=True))
        batch.add_column(sa.Column("ciphertext", sa.LargeBinary, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("journal_entries") as batch:
        batch.drop_column("ciphertext")
        batch.drop_column("nonce")
    op.drop_table("journal_keys")
