"""Where things live: the user's data folder and the files shipped with the app."""

from __future__ import annotations

import os
from pathlib import Path

DATA_DIR_ENV = "ACTIONMENTOR_DATA_DIR"
DATABASE_NAME = "actionmentor.db"


def default_data_dir() -> Path:
    """The data folder: the environment variable if set, else the platform's user data dir."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    # platformdirs is imported here so that tools that never touch data don't pay for it.
    from platformdirs import user_data_path

    return user_data_path("actionmentor", appauthor=False)


def backups_dir(data_dir: Path) -> Path:
    """Where the database's backups are kept, inside the data folder."""
    return data_dir / "backups"


def resources_dir() -> Path:
    """The shipped resources: inside the package when installed, else the repository's."""
    packaged = Path(__file__).resolve().parent / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources"
