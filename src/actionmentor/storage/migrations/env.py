"""Alembic environment: runs on the connection storage.migrate hands over (foreign keys off)."""

from alembic import context

from actionmentor.storage.models import Base

connection = context.config.attributes["connection"]
# Batch mode rebuilds tables the SQLite way (copy, drop, rename) for changes ALTER can't make.
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
