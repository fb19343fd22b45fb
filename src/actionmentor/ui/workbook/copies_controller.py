"""The alliance's other copy (issue 16): File › Share with…, Merge changes from…, the shared
folder kept in step in the background, and the conflicts shown on the home and on the
worksheet they concern, settled with Keep mine / Keep theirs (undoable) or by editing.

The folder is exchanged with when the workbook opens, after a quiet minute, when the
partner's file in it changes, and when the workbook closes; never while something typed is
still waiting to be saved.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QWidget

from actionmentor.domain.enums import Person
from actionmentor.errors import UserError
from actionmentor.ui.common.announce import Announcer
from actionmentor.ui.common.language import said
from actionmentor.ui.common.undo import CallbackCommand
from actionmentor.ui.workbook.conflicts_panel import ConflictsPanel
from actionmentor.ui.workbook.view import WorkbookView
from actionmentor.ui.workbook.worksheet_page import WorksheetPage

if TYPE_CHECKING:
    from actionmentor.services import Services
    from actionmentor.services.sync import ConflictRecord, Keep, MergeReport
    from actionmentor.ui.common.autosave import Autosaver

QUIET_MS = 60_000  # a minute without changes: write the changes file
WATCH_MS = 2_000  # the partner's file changed: give the sync tool time to finish


class CopiesController(QObject):
    message = Signal(str)
    edit_requested = Signal(object)  # a ConflictRecord: go where it can be edited

    def __init__(
        self,
        services: Services,
        view: WorkbookView,
        undo_stack: QUndoStack,
        autosaver: Autosaver,
        reload_all: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.view = view
        self.undo_stack = undo_stack
        self.autosaver = autosaver
        self.reload_all = reload_all
        self.workbook_id: int | None = None
        self.names: dict[str, str] = {}
        self.partner = ""
        self.conflicts: list[ConflictRecord] = []
        self.announcer: Announcer | None = None  # set by the workbook controller
        self.passphrases: dict[int, str] = {}  # the shared one, this session only
        self.folder: Path | None = None
        self.quiet = QTimer(self)
        self.quiet.setSingleShot(True)
        self.quiet.setInterval(QUIET_MS)
        self.quiet.timeout.connect(self.sync_now)
        self.watch_delay = QTimer(self)
        self.watch_delay.setSingleShot(True)
        self.watch_delay.setInterval(WATCH_MS)
        self.watch_delay.timeout.connect(self.sync_now)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _p: self.watch_delay.start())
        self.watcher.fileChanged.connect(lambda _p: self.watch_delay.start())
        self._syncing = False

    # -- the open workbook --------------------------------------------------------------

    def show_workbook(self, workbook_id: int, names: dict[Person, str]) -> None:
        self.workbook_id = workbook_id
        me = self.services.sync.copy_person(workbook_id)
        other = Person.MENTOR if me is Person.MENTEE else Person.MENTEE
        self.partner = names[other]
        self.names = {p.value: n for p, n in names.items()} | {"together": self.tr("together")}
        self._watch(self.services.sync.folder(workbook_id)[0])
        if self.folder is not None:
            self.sync_now()
        self.refresh()

    def leave(self) -> None:
        """The workbook closes (or the window): send what changed, if there is a folder."""
        if self.folder is not None and self.workbook_id is not None:
            self.sync_now()
        self._watch(None)
        self.quiet.stop()
        self.workbook_id = None

    def changed(self) -> None:
        """Something in the open workbook changed: exchange after a quiet minute."""
        if self.folder is not None and not self._syncing:
            self.quiet.start()

    def _watch(self, folder: Path | None) -> None:
        for path in self.watcher.directories() + self.watcher.files():
            self.watcher.removePath(path)
        self.folder = folder
        if folder is not None and folder.is_dir():
            self.watcher.addPath(str(folder))

    # -- conflicts ----------------------------------------------------------------------

    def refresh(self) -> None:
        if self.workbook_id is None:
            return
        before = {c.id for c in self.conflicts}
        try:
            self.conflicts = self.services.sync.conflicts(self.workbook_id)
        except UserError as exc:
            self.message.emit(said(exc))
            return
        new = [c for c in self.conflicts if c.id not in before]
        if new and before and self.announcer is not None:  # a merge in the background
            self.announcer.say(self.tr("%n place(s) differ: see the home.", "", len(new)))
        self.view.home.set_conflicts(lambda: self.panel(self.conflicts))

    def panel(self, conflicts: list[ConflictRecord]) -> ConflictsPanel | None:
        if not conflicts:
            return None
        panel = ConflictsPanel(conflicts, self.names, self.partner)
        panel.keep_requested.connect(self.keep)
        panel.edit_requested.connect(self._edit)
        return panel

    def page_shown(self, page: object) -> None:
        """A worksheet with a conflict shows it under its title."""
        if not isinstance(page, WorksheetPage):
            return
        prompts = {p.id for p in page.worksheet.prompts}
        here = [c for c in self.conflicts if c.prompt_id in prompts]
        panel = self.panel(here)
        if panel is not None:
            page.show_conflicts(panel)

    def keep(self, conflict_id: str, side: str) -> None:
        conflict = next((c for c in self.conflicts if c.id == conflict_id), None)
        if conflict is None or self.workbook_id is None or not self.autosaver.flush():
            return
        workbook_id, other = self.workbook_id, "theirs" if side == "mine" else "mine"
        keep: Keep = "mine" if side == "mine" else "theirs"
        try:
            made = self.services.sync.resolve(workbook_id, conflict_id, keep)
        except UserError as exc:
            self.message.emit(said(exc))
            return
        last = {"made": made}  # what the choice (or its undo) wrote, for the next to replace
        label = (
            self.tr("keep mine")
            if side == "mine"
            else self.tr("keep %1's").replace("%1", self.partner)
        )
        self.undo_stack.push(
            CallbackCommand(
                label,
                lambda: self._put_back(workbook_id, conflict, keep, last),
                lambda: self._put_back(workbook_id, conflict, other, last),
                done=True,
            )
        )
        self.after_change()

    def _put_back(
        self,
        workbook_id: int,
        conflict: ConflictRecord,
        side: str,
        last: dict[str, tuple[str, ...]],
    ) -> None:
        """Undo (and redo) of a choice: that version back as the value, replacing only what
        the choice wrote (a newer value merged since stays, as a conflict); both stay in
        the history, and the change travels with the next exchange."""
        keep: Keep = "mine" if side == "mine" else "theirs"
        last["made"] = self.services.sync.reinstate(workbook_id, conflict, keep, last["made"])
        self.after_change()

    def after_change(self) -> None:
        self.refresh()  # first: the pages made again below show the conflicts
        self.reload_all()

    def _edit(self, conflict_id: str) -> None:
        conflict = next((c for c in self.conflicts if c.id == conflict_id), None)
        if conflict is not None:
            self.edit_requested.emit(conflict)

    # -- File menu ----------------------------------------------------------------------

    def ask_share_path(self, parent: QWidget, suggested: Path) -> Path | None:
        """Where to write the partner's copy; tests replace this to skip the native dialog."""
        name, _ = QFileDialog.getSaveFileName(
            parent,
            self.tr("Share with %1").replace("%1", self.partner),
            str(suggested),
            self.tr("Shared alliance (*.amchanges)"),
        )
        return Path(name) if name else None

    def ask_merge_path(self, parent: QWidget) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            self.tr("Merge changes from…"),
            str(Path.home()),
            self.tr("Changes from the other laptop (*.amchanges)"),
        )
        return Path(name) if name else None

    def ask_passphrase(self, parent: QWidget, why: str) -> str | None:
        text, ok = QInputDialog.getText(
            parent, self.tr("Shared passphrase"), why, QLineEdit.EchoMode.Password
        )
        return text if ok and text else None

    def share(self, parent: QWidget) -> None:
        if self.workbook_id is None or not self.autosaver.flush():
            return
        title = self.services.workbooks.get(self.workbook_id).title
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in title).strip()
        path = self.ask_share_path(parent, Path.home() / f"{safe or 'alliance'}.amchanges")
        if path is None:
            return
        try:
            self.services.sync.share_to(self.workbook_id, path)
        except UserError as exc:
            self.message.emit(said(exc))
            return
        self.message.emit(
            self.tr("Wrote %1: give it to %2, who opens it with File › Import.")
            .replace("%1", path.name)
            .replace("%2", self.partner)
        )

    def merge_from_file(self, parent: QWidget) -> None:
        if self.workbook_id is None or not self.autosaver.flush():
            return
        path = self.ask_merge_path(parent)
        if path is None:
            return
        try:
            raw = path.read_bytes()
        except OSError as exc:
            self.message.emit(self.tr("Can't read %1: %2").replace("%1", str(path))
                              .replace("%2", exc.strerror or said(exc)))  # fmt: skip
            return
        self.merge_bytes(parent, raw)

    def merge_bytes(self, parent: QWidget, raw: bytes) -> MergeReport | None:
        from actionmentor.domain.crypto import WrongPassphraseError

        phrase: str | None = None
        while True:
            try:
                report = self.services.merge_changes(raw, phrase, self.workbook_id)
                break
            except WrongPassphraseError as exc:
                phrase = self.ask_passphrase(parent, said(exc))
                if phrase is None:
                    return None
            except UserError as exc:
                self.message.emit(said(exc))
                return None
        self.after_change()
        self._tell(self.summary(report))
        return report

    def _tell(self, text: str) -> None:
        """The status bar shows it; a screen reader says it."""
        self.message.emit(text)
        if self.announcer is not None:
            self.announcer.forget()
            self.announcer.say(text)

    def summary(self, report: MergeReport) -> str:
        text = (
            self.tr("Merged %1's changes: %2 new, %3 changed, %4 removed.")
            .replace("%1", self.partner)
            .replace("%2", str(report.added))
            .replace("%3", str(report.updated))
            .replace("%4", str(report.removed))
        )
        if report.conflicts:
            text += " " + self.tr("%n place(s) differ: see the home.", "", len(report.conflicts))
        return text

    # -- the shared folder --------------------------------------------------------------

    def ask_folder(self, parent: QWidget) -> Path | None:
        name = QFileDialog.getExistingDirectory(
            parent, self.tr("A folder you both keep in step (Syncthing, Nextcloud, a USB stick)")
        )
        return Path(name) if name else None

    def choose_folder(self, parent: QWidget) -> None:
        if self.workbook_id is None:
            return
        folder = self.ask_folder(parent)
        if folder is None:
            return
        phrase = self.ask_passphrase(
            parent,
            self.tr(
                "Protect the files in the folder with a passphrase you and %1 share? "
                "Recommended for a cloud folder. Leave it empty for none."
            ).replace("%1", self.partner),
        )
        try:
            self.services.sync.set_folder(self.workbook_id, folder, protected=bool(phrase))
        except UserError as exc:
            self.message.emit(said(exc))
            return
        if phrase:
            self.passphrases[self.workbook_id] = phrase
        self._watch(folder)
        self.sync_now()

    def sync_now(self) -> None:
        """Exchange with the shared folder, unless something typed is still being saved
        (then after the next quiet minute)."""
        workbook_id = self.workbook_id
        if workbook_id is None or self.folder is None or self._syncing:
            return
        if self.autosaver.busy():
            self.quiet.start()
            return
        _folder, protected = self.services.sync.folder(workbook_id)
        phrase = self.passphrases.get(workbook_id)
        if protected and phrase is None:
            parent = self.view.window()
            phrase = self.ask_passphrase(
                parent, self.tr("The shared folder's files are protected. The passphrase:")
            )
            if phrase is None:
                return
        self._syncing = True
        try:
            report = self.services.sync.sync_folder(workbook_id, phrase)
        except UserError as exc:
            if protected:
                self.passphrases.pop(workbook_id, None)
            self.message.emit(said(exc))
            return
        finally:
            self._syncing = False
        if phrase:
            self.passphrases[workbook_id] = phrase
        for problem in report.problems:
            self.message.emit(problem)
        changed = [m for m in report.merged if m.added or m.updated or m.removed or m.conflicts]
        if changed and self.workbook_id == workbook_id:
            self.after_change()
            self._tell(self.summary(changed[-1]))
