"""The main window: a stack of the library and the open workbook, the menus, and the
window state kept between runs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QScreen,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from actionmentor import APP_NAME
from actionmentor.domain.search import SearchHit
from actionmentor.errors import UserError
from actionmentor.ui.common.change_signals import ChangeSignals
from actionmentor.ui.common.language import said
from actionmentor.ui.common.settings import AppSettings
from actionmentor.ui.common.theme import apply_theme
from actionmentor.ui.dialogs.about_dialog import AboutMethodDialog
from actionmentor.ui.dialogs.export_controller import ExportController
from actionmentor.ui.dialogs.preferences_dialog import PreferencesDialog
from actionmentor.ui.library.controller import LibraryController
from actionmentor.ui.library.model import LibraryModel
from actionmentor.ui.library.view import LibraryView
from actionmentor.ui.workbook.writer_switch import SWITCH_SHORTCUT

if TYPE_CHECKING:  # the services load after the first paint (ui/shell/startup.py)
    from actionmentor.services import Services
    from actionmentor.ui.workbook.controller import WorkbookController
    from actionmentor.ui.workbook.view import WorkbookView


DEFAULT_SIZE = QSize(1200, 760)


def first_size(screen: QScreen | None) -> QSize:
    """The window's size at its first start: 1200×760, or the screen's free area if that
    is smaller (a 1024×700 screen must show the whole window, its right edge included)."""
    if screen is None:
        return DEFAULT_SIZE
    free = screen.availableGeometry().size()
    # Room for the window manager's frame and title bar, which the size does not include.
    return DEFAULT_SIZE.boundedTo(QSize(free.width() - 16, free.height() - 56))


class MainWindow(QMainWindow):
    def __init__(
        self, services: Services, parent: QWidget | None = None, *, remember_session: bool = True
    ) -> None:
        super().__init__(parent)
        self.services = services
        # remember_session=False (screenshots): neither restore nor record the window state.
        self.remember_session = remember_session
        self.settings = AppSettings(services.data_dir)
        self.setWindowTitle(APP_NAME)
        self.resize(first_size(QGuiApplication.primaryScreen()))
        self.signals = ChangeSignals(services, self)
        self.undo_stack = QUndoStack(self)

        self.library_view = LibraryView(LibraryModel())
        self.library = LibraryController(
            services,
            self.signals,
            self.library_view.model,
            self.library_view,
            self.undo_stack,
            self,
        )
        self._workbook: WorkbookController | None = None  # made when first needed
        self.stack = QStackedWidget()
        self.stack.addWidget(self.library_view)
        self.setCentralWidget(self.stack)
        # Made now, not at the first message: appearing then would shift the buttons above
        # it from under the pointer. It stays, empty or not.
        self.status = self.statusBar()
        self.status.setSizeGripEnabled(False)
        self.status.setMinimumHeight(self.status.fontMetrics().height() + 8)

        self.exporter = ExportController(services, self.settings, self)
        self.exporter.message.connect(self.show_message)
        self.library.open_requested.connect(self.open_workbook)
        self.library.hit_requested.connect(self.open_hit)
        self.library.message.connect(self.show_message)
        self._build_menus()
        for action in self.stage_actions:
            action.setEnabled(False)
        if remember_session:
            self._restore()

    @property
    def workbook(self) -> WorkbookController:
        """The workbook screen, made the first time something needs it: most starts show
        the library only, and its tabs, editors and their modules cost a tenth of a second
        before the first paint."""
        if self._workbook is None:
            from actionmentor.ui.workbook.controller import WorkbookController
            from actionmentor.ui.workbook.view import WorkbookView

            view = WorkbookView()
            made = WorkbookController(self.services, self.signals, view, self.undo_stack, self)
            self.stack.addWidget(view)
            made.message.connect(self.show_message)
            made.meeting_recorded.connect(self._offer_meeting_sheet)
            made.closed.connect(self.show_library)
            made.widen_search.connect(self.find_in_library)
            self._workbook = made
        return self._workbook

    def prepare_workbook(self) -> None:
        """Make the workbook screen now (the app calls this once it is idle after start)."""
        _ = self.workbook

    @property
    def workbook_view(self) -> WorkbookView:
        return self.workbook.view

    def _in_workbook(self) -> bool:
        """A workbook is on screen (without making the screen to ask)."""
        return self._workbook is not None and self.stack.currentWidget() is self._workbook.view

    def _saved(self) -> bool:
        """What was typed is saved (or nothing was); False if a save failed."""
        return self._workbook is None or self._workbook.flush()

    def _close_workbook(self) -> None:
        if self._workbook is not None:
            self._workbook.close()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        new = QAction(self.tr("&New alliance…"), self)
        new.setShortcut(QKeySequence.StandardKey.New)
        new.triggered.connect(self.library.new_workbook)
        library = QAction(self.tr("&Library"), self)
        library.setShortcut(QKeySequence.StandardKey.Close)
        library.triggered.connect(self._close_workbook)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.export_action = QAction(self.tr("&Export…"), self)
        # Ctrl+P too, the printing key: on X11 a one-line field keeps Ctrl+E for "end of
        # line", so from there only Ctrl+P reaches the menu.
        self.export_action.setShortcuts([QKeySequence("Ctrl+E"), QKeySequence("Ctrl+P")])
        self.export_action.triggered.connect(self.start_export)
        file_menu.addActions([new, library])
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        self.import_action = QAction(self.tr("&Import a workbook…"), self)
        self.import_action.triggered.connect(self.start_import)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        self.share_action = QAction(self.tr("&Share with the other person…"), self)
        self.share_action.triggered.connect(lambda: self.workbook.copies.share(self))
        self.merge_action = QAction(self.tr("&Merge changes from…"), self)
        self.merge_action.triggered.connect(lambda: self.workbook.copies.merge_from_file(self))
        self.folder_action = QAction(self.tr("Shared &folder…"), self)
        self.folder_action.triggered.connect(lambda: self.workbook.copies.choose_folder(self))
        file_menu.addActions([self.share_action, self.merge_action, self.folder_action])
        file_menu.addSeparator()
        self.restore_action = QAction(self.tr("&Restore a backup…"), self)
        self.restore_action.triggered.connect(self.start_restore)
        file_menu.addAction(self.restore_action)
        self.check_action = QAction(self.tr("&Check the database"), self)
        self.check_action.triggered.connect(self.check_database)
        file_menu.addAction(self.check_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        self.find_action = QAction(self.tr("&Find…"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setToolTip(self.tr("In a workbook, find in it; in the library, in all"))
        self.find_action.triggered.connect(self.start_find)
        edit_menu.addAction(self.find_action)
        edit_menu.addSeparator()
        self.preferences_action = QAction(self.tr("&Preferences…"), self)
        self.preferences_action.setShortcut(QKeySequence.StandardKey.Preferences)
        self.preferences_action.triggered.connect(self.show_preferences)
        edit_menu.addAction(self.preferences_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        # Page by page in the framework's order: a stage, its worksheets, its sign-off.
        previous_stage = QAction(self.tr("&Previous page"), self)
        previous_stage.setShortcuts([QKeySequence("Ctrl+PgUp"), QKeySequence("Alt+Left")])
        previous_stage.triggered.connect(lambda: self.workbook.step_stage(-1))
        next_stage = QAction(self.tr("&Next page"), self)
        next_stage.setShortcuts([QKeySequence("Ctrl+PgDown"), QKeySequence("Alt+Right")])
        next_stage.triggered.connect(lambda: self.workbook.step_stage(1))
        go_menu.addActions([previous_stage, next_stage])
        go_menu.addSeparator()
        self.switch_writer_action = QAction(self.tr("&Switch who is writing"), self)
        self.switch_writer_action.setShortcut(SWITCH_SHORTCUT)
        self.switch_writer_action.triggered.connect(
            lambda: self.workbook_view.writer_switch.switch()
        )
        go_menu.addAction(self.switch_writer_action)
        self.stage_actions = (
            previous_stage,
            next_stage,
            self.switch_writer_action,
            self.share_action,
            self.merge_action,
            self.folder_action,
        )

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        method = QAction(self.tr("About this &method"), self)
        method.triggered.connect(self.show_about_method)
        self.about_method_action = method
        help_menu.addAction(method)

    def show_about_method(self) -> None:
        self.about_dialog = AboutMethodDialog(self)
        self.about_dialog.open()

    def start_export(self) -> None:
        workbook_id = self.workbook.workbook_id if self._in_workbook() else None
        if workbook_id is None:
            self.show_message(self.tr("Open a workbook to export it."))
            return
        if not self._saved():
            return
        writer = self.workbook.writer()
        self.exporter.start(
            self,
            workbook_id,
            writer,
            self.workbook.names[writer],
            unlocked=self.workbook.journal.unlocked_passphrase(),
        )

    def _offer_meeting_sheet(self) -> None:
        """After meeting mode records a meeting: the sheet for the next one (or the calendar
        file, the other choice in the same dialog), ready to print or save."""
        self.show_message(self.tr("Meeting recorded."))
        self.start_export()
        dialog = self.exporter.dialog
        if dialog is not None:
            dialog.buttons_by_kind["meeting"].setChecked(True)
            dialog.buttons_by_kind["meeting"].setFocus()
            dialog.setWindowTitle(self.tr("Meeting recorded: print the sheet for the next one?"))

    def ask_import_path(self) -> Path | None:
        """The file to import; tests replace this to skip the native dialog."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a workbook"),
            str(Path.home()),
            self.tr("Workbook or shared alliance (*.json *.amchanges)"),
        )
        return Path(name) if name else None

    def start_import(self) -> None:
        from actionmentor.services.portable_format import read_import_file

        path = self.ask_import_path()
        if path is None:
            return
        from actionmentor.domain.crypto import WrongPassphraseError
        from actionmentor.services.sync import AlreadyHereError

        try:
            raw = read_import_file(path)
        except UserError as exc:
            self.show_message(said(exc))
            return
        phrase: str | None = None
        separate = False
        while True:
            try:
                new_id = self.services.import_workbook(
                    raw, shared_passphrase=phrase, separate=separate
                )
                break
            except AlreadyHereError as exc:
                choice = self.ask_merge_or_separate(said(exc))
                if choice == "merge":
                    self.open_workbook(exc.workbook_id)
                    self.workbook.copies.merge_bytes(self, raw)
                    return
                if choice != "separate":
                    return
                separate = True
            except WrongPassphraseError as exc:
                phrase = self.workbook.copies.ask_passphrase(self, said(exc))
                if phrase is None:
                    return
            except UserError as exc:
                self.show_message(said(exc))
                return
        self.open_workbook(new_id)
        self.show_message(self.tr("Imported “%s”.") % path.name)

    def ask_merge_or_separate(self, why: str) -> str:
        """An alliance already here: "merge", "separate" or "" (cancel). Tests replace this."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("This alliance is already here"))
        box.setText(why)
        merge = box.addButton(self.tr("Merge the changes"), QMessageBox.ButtonRole.AcceptRole)
        separate = box.addButton(
            self.tr("Import a separate copy"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(merge)
        box.exec()
        clicked = box.clickedButton()
        return "merge" if clicked is merge else "separate" if clicked is separate else ""

    def start_restore(self) -> None:
        from actionmentor.ui.dialogs.restore_dialog import RestoreDialog

        if not self._saved():
            return
        dialog = RestoreDialog(self.services.backups.list(), self)
        self.restore_dialog = dialog
        dialog.accepted.connect(lambda: self._restore_chosen(dialog.chosen()))
        dialog.open()

    def _restore_chosen(self, path: str | None) -> None:
        if path is None:
            return
        try:
            safety = self.services.backups.restore(Path(path))
        except UserError as exc:
            self.show_message(self.tr("Restore failed: %s") % said(exc))
            return
        self.undo_stack.clear()
        if self._workbook is not None:
            self._workbook.workbook_id = None
        self.show_library()
        note = self.tr(" The data from before is kept as %s.") % safety.name if safety else ""
        self.show_message(self.tr("Backup restored.") + note)

    def check_database(self) -> None:
        """File › Check the database: what `actionmentor check` does, for everyone."""
        if not self._saved():
            return
        try:
            problems, repairs = self.services.maintenance.check()
        except UserError as exc:
            self.show_message(said(exc))
            return
        if problems:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Check the database"),
                self.tr(
                    "The database is damaged: %s\n\nRestore a backup to go on with a whole copy."
                )
                % problems[0],
                QMessageBox.StandardButton.Cancel,
                self,
            )
            restore = box.addButton(self.tr("Restore a backup…"), QMessageBox.ButtonRole.AcceptRole)
            box.buttonClicked.connect(lambda button: self._after_check(button is restore))
            self.check_box = box
            box.open()
            return
        if repairs:  # what is on screen may be out of date
            self.undo_stack.clear()
            if self._workbook is not None:
                self._workbook.workbook_id = None
            self.show_library()
            self.show_message(
                self.tr(
                    "Checked and repaired, nothing lost (%1). The log lists every repair."
                ).replace("%1", "; ".join(repairs[:2]))
            )
            return
        self.show_message(self.tr("Checked: the database is whole."))

    def _after_check(self, restore: bool) -> None:
        if restore:
            self.start_restore()

    def _restore(self) -> None:
        geometry = self.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        last = self.settings.last_workbook()
        if last is not None:
            try:
                summary = self.services.workbooks.get(last)
            except UserError:
                return  # deleted since: start at the library
            if not summary.in_trash:
                self.open_workbook(last)

    def open_workbook(self, workbook_id: int, worksheet_id: str = "") -> None:
        try:
            self.workbook.open(workbook_id, worksheet_id=worksheet_id or None)
        except UserError as exc:
            self.show_message(said(exc))
            return
        self.stack.setCurrentWidget(self.workbook_view)
        for action in self.stage_actions:
            action.setEnabled(True)
        self.share_action.setText(
            self.tr("&Share with %1…").replace("%1", self.workbook.copies.partner)
        )
        self.setWindowTitle(f"{self.workbook_view.title.text()} — {APP_NAME}")
        if self.remember_session:
            self.settings.set_last_workbook(workbook_id)

    def show_preferences(self) -> None:
        dialog = PreferencesDialog(
            self.settings.language(), self.settings.export_paper(), self.settings.theme(), self
        )
        self.preferences_dialog = dialog
        dialog.accepted.connect(lambda: self._preferences_chosen(dialog))
        dialog.open()

    def _preferences_chosen(self, dialog: PreferencesDialog) -> None:
        self.settings.set_export_paper(dialog.chosen_paper())
        if dialog.chosen_theme() != self.settings.theme():
            self.settings.set_theme(dialog.chosen_theme())
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_theme(app, dialog.chosen_theme())
        if dialog.chosen_language() != self.settings.language():
            self.settings.set_language(dialog.chosen_language())
            self.show_message(self.tr("The new language is used from the next start."))
        self.settings.sync()

    def start_find(self) -> None:
        """Ctrl+F: inside a workbook, find in it; in the library, search them all."""
        if self._in_workbook():
            self.workbook.find()
        else:
            self.find_in_library()

    def find_in_library(self, words: str = "") -> None:
        """The search field of the library (leaving the workbook, once it is saved), with
        ``words`` in it if given (the find bar's "Search all workbooks")."""
        if self._in_workbook():
            self.workbook.close()  # saves first; stays if that failed
        if self.stack.currentWidget() is self.library_view:
            if words:
                self.library_view.search_field.setText(words)
            self.library.focus_search()

    def open_hit(self, hit: SearchHit) -> None:
        self.open_workbook(hit.workbook_id)
        if self._in_workbook():
            self.workbook.reveal(hit)

    def show_library(self) -> None:
        self.library.refresh()
        self.stack.setCurrentWidget(self.library_view)
        for action in self.stage_actions:
            action.setEnabled(False)
        self.setWindowTitle(APP_NAME)
        if self.remember_session:
            self.settings.set_last_workbook(None)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def ask_discard_unsaved(self) -> bool:
        """Ask whether to close although the last changes could not be saved."""
        answer = QMessageBox.warning(
            self,
            self.tr("Not saved"),
            self.tr(
                "Some of your last changes could not be saved:\n%s\n\nClose anyway and lose them?"
            )
            % self.workbook_view.save_state.toolTip(),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._saved():
            if not self.ask_discard_unsaved():
                event.ignore()
                return
            self.workbook.autosaver.discard()
        if self._workbook is not None:
            self._workbook.copies.leave()  # the shared folder gets what changed
        if self.remember_session:
            self.settings.set_geometry(self.saveGeometry())
            self.settings.sync()
        self.signals.detach()
        event.accept()
