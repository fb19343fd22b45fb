"""Window state kept between runs, in an INI file beside the database (owner-only)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from actionmentor.files import make_private


class AppSettings:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / "settings.ini"
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        self._qs.setValue("window/geometry", geometry)

    def last_workbook(self) -> int | None:
        value = self._qs.value("session/last_workbook")
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None  # a hand-edited or damaged file: start at the library

    def set_last_workbook(self, workbook_id: int | None) -> None:
        self._qs.setValue("session/last_workbook", "" if workbook_id is None else workbook_id)

    def export_paper(self) -> str:
        value = str(self._qs.value("export/paper", "a4"))
        return value if value in ("a4", "letter") else "a4"

    def set_export_paper(self, paper: str) -> None:
        self._qs.setValue("export/paper", paper)

    def language(self) -> str:
        """The interface language chosen in Preferences: "" follows the system."""
        from actionmentor.ui.common.language import LANGUAGES

        value = str(self._qs.value("interface/language", ""))
        return value if value in LANGUAGES else ""

    def set_language(self, language: str) -> None:
        self._qs.setValue("interface/language", language)

    def theme(self) -> str:
        """The appearance chosen in Preferences: "" (as the system), "light" or "dark"."""
        value = str(self._qs.value("interface/theme", ""))
        return value if value in ("", "light", "dark") else ""

    def set_theme(self, theme: str) -> None:
        self._qs.setValue("interface/theme", theme)

    def sync(self) -> None:
        self._qs.sync()
        make_private(self.path)
