"""SQLite storage: typed SQLAlchemy models, opening with checks, Alembic migrations, backups."""
