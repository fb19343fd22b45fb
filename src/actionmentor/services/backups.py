"""Backups and restores: the one path the command line and the window both take."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from actionmentor.domain.records import BackupInfo
from actionmentor.errors import UserError
from actionmentor.files import ensure_private_dir
from actionmentor.paths import DATABASE_NAME, backups_dir
from actionmentor.services.base import wipe_deleted_words
from actionmentor.storage.backups import backup_database, list_backups, thin

if TYPE_CHECKING:
    from actionmentor.storage.database import Database


class BackupService:
    """The backups of one data folder. With an open ``database``, a restore carries on with
    the restored data in place; without one (the database may be the damaged file being
    replaced), nothing is opened before the restore."""

    def __init__(self, data_dir: Path, database: Database | None = None) -> None:
        self.data_dir = data_dir
        self._db = database

    @property
    def folder(self) -> Path:
        return backups_dir(self.data_dir)

    def list(self) -> list[BackupInfo]:
        """Every backup, newest first."""
        return list_backups(self.folder)

    def make(self, reason: str = "manual", *, thin_after: bool = True) -> Path:
        """A checked backup of the database now; then older ones are thinned by the schedule
        (not before an import: that backup is the one to go back to)."""
        if self._db is not None:  # replaced answers' words stay out of the copy
            with self._db.session() as session:
                wipe_deleted_words(session)
        path = backup_database(self.data_dir / DATABASE_NAME, self.folder, reason)
        if thin_after:
            thin(self.folder)
        return path

    def restore(self, backup: Path) -> Path | None:
        """Replace the database with ``backup``, after backing up what is there. Returns
        that safety backup, if the current file was whole enough to keep."""
        if not backup.is_file():
            raise UserError(f"There is no backup file {backup}.")
        if self._db is not None:
            return self._db.replace_with(backup)
        from actionmentor.storage.database import Database

        ensure_private_dir(self.data_dir)
        database = Database(self.data_dir / DATABASE_NAME)
        try:
            return database.replace_with(backup)
        finally:
            database.close()
