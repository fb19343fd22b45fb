"""Errors a person can cause and fix. Fronts show their message; never a traceback."""


class UserError(Exception):
    """A mistake in what the user asked for or gave; its message is shown as is."""


class NotFoundError(UserError):
    """A workbook, stage, prompt or record that does not exist."""


class InvalidInputError(UserError):
    """A value that does not fit what it is meant to be."""


class StorageError(UserError):
    """The data folder or database file can't be used as it is."""


class DamagedDatabaseError(StorageError):
    """The database file is corrupt, truncated or not SQLite; it has been moved aside."""

    def __init__(self, message: str, newest_backup: object = None) -> None:
        super().__init__(message)
        self.newest_backup = newest_backup  # a storage.backups.BackupInfo, or None


class NewerDatabaseError(StorageError):
    """The database was written by a newer version of Action Mentor."""


class ContentError(Exception):
    """A mistake in the shipped worksheet content: a bug for us, not the user."""
