"""Runs File › Export…: the choice, the file name, the export, then the system viewer."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from actionmentor.domain.enums import ExportKind, Person
from actionmentor.errors import UserError
from actionmentor.ui.common.language import current_language, said
from actionmentor.ui.common.settings import AppSettings
from actionmentor.ui.dialogs.export_dialog import BLANK, WITH_JOURNAL, ExportDialog

if TYPE_CHECKING:  # the services load after the first paint (ui/shell/startup.py)
    from actionmentor.services import Services


def suffix_of(kind: str) -> str:
    """The file name's ending: the export kind's, or .pdf for the blank workbook."""
    return ".pdf" if kind == BLANK else ExportKind(kind).suffix


def suggested_name(title: str, kind: str) -> str:
    stem = re.sub(r"[^\w.-]+", "-", f"{title}-{kind}").strip("-") or "export"
    return stem + suffix_of(kind)


class ExportController(QObject):
    message = Signal(str)

    def __init__(self, services: Services, settings: AppSettings, parent: QObject) -> None:
        super().__init__(parent)
        self.services = services
        self._settings = settings
        self.dialog: ExportDialog | None = None

    def start(
        self,
        window: QWidget,
        workbook_id: int,
        writer: Person,
        writer_name: str,
        *,
        unlocked: str | None = None,
    ) -> None:
        """Ask what to export; ``unlocked`` is the writer's passphrase if the journal tab
        has it already, so that including private entries needs no second asking."""
        paper = self._settings.export_paper()
        dialog = ExportDialog(writer_name, paper, current_language(), window)
        self.dialog = dialog
        self._passphrase: str | None = None
        if self.services.journal.has_passphrase(workbook_id, writer):
            dialog.ask_passphrase(unlocked)
            dialog.check_private = lambda phrase: self._check_passphrase(
                workbook_id, writer, phrase
            )
        dialog.accepted.connect(lambda: self._chosen(window, dialog, workbook_id, writer))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()
        # Opened straight after another dialog (the meeting's record), it must take the
        # keyboard at once: focus on the chosen kind, the dialog the active window.
        dialog.activateWindow()
        chosen = dialog.group.checkedButton()
        if chosen is not None:
            chosen.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _check_passphrase(self, workbook_id: int, writer: Person, phrase: str) -> str | None:
        if not phrase:
            return self.tr("Type your passphrase to include your private entries.")
        try:
            self.services.journal.unlock(workbook_id, writer, phrase)
        except UserError as exc:
            return said(exc)
        self._passphrase = phrase
        return None

    def ask_save_path(self, window: QWidget, suggested: str, kind: str) -> Path | None:
        """The file to write; tests replace this to skip the native dialog."""
        pattern = {
            ExportKind.ICS: self.tr("Calendar (*.ics)"),
            ExportKind.HTML: self.tr("Web page (*.html)"),
        }.get(ExportKind(kind) if kind != BLANK else ExportKind.WORKBOOK, self.tr("PDF (*.pdf)"))
        start = str(Path.home() / suggested)
        name, _ = QFileDialog.getSaveFileName(window, self.tr("Export to"), start, pattern)
        return Path(name) if name else None

    def open_in_viewer(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.message.emit(self.tr("Exported to %s; no program to open it was found.") % path)

    def _chosen(
        self, window: QWidget, dialog: ExportDialog, workbook_id: int, writer: Person
    ) -> None:
        kind = dialog.kind()
        paper = dialog.paper.paper()
        language = dialog.chosen_language()
        self._settings.set_export_paper(paper)  # remembered as the preference
        summary = self.services.workbooks.get(workbook_id)
        path = self.ask_save_path(window, suggested_name(summary.title, kind), kind)
        if path is None:
            return
        if path.suffix == "":
            path = path.with_suffix(suffix_of(kind))
        include = frozenset({writer}) if dialog.include_private.isChecked() else frozenset()
        passphrases = {writer: self._passphrase} if include and self._passphrase else {}
        try:
            if kind == BLANK:
                written = self.services.exports.blank(summary.framework_id, path, paper, language)
            else:
                mine = self.services.sync.copy_person(workbook_id)
                partner = Person.MENTOR if mine is Person.MENTEE else Person.MENTEE
                written = self.services.exports.export(
                    workbook_id,
                    kind,
                    path,
                    include_private=include,
                    paper=paper,
                    passphrases=passphrases,
                    as_person=partner,  # a form is for the person without the app
                    language=language,
                )
        except UserError as exc:
            self.message.emit(self.tr("Export failed: %s") % said(exc))
            return
        if include and kind in WITH_JOURNAL:
            printed = sum(
                1
                for entry in self.services.journal.for_export(workbook_id, include, passphrases)
                if entry.private and entry.author is writer
            )
            self.message.emit(
                self.tr("Exported to %1, with %2 of your private entries.")
                .replace("%1", str(written))
                .replace("%2", str(printed))
            )
        else:
            self.message.emit(self.tr("Exported to %s") % written)
        self.open_in_viewer(written)
