"""The main window: a stack of the library and the open workbook, and the menus."""

from __future__ import annotations

from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QWidget

from actionmentor import APP_NAME
from actionmentor.services import Services
from actionmentor.ui.about_dialog import AboutMethodDialog
from actionmentor.ui.bridge import ChangeSignals
from actionmentor.ui.library_controller import LibraryController
from actionmentor.ui.library_model import LibraryModel
from actionmentor.ui.library_view import LibraryView
from actionmentor.ui.workbook_controller import WorkbookController
from actionmentor.ui.workbook_view import WorkbookView


class MainWindow(QMainWindow):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(APP_NAME)
        self.resize(1200, 760)
        self.signals = ChangeSignals(services, self)

        self.library_view = LibraryView(LibraryModel())
        self.library = LibraryController(
            services, self.signals, self.library_view.table.model(), self.library_view, self
        )
        self.workbook_view = WorkbookView()
        self.workbook = WorkbookController(services, self.signals, self.workbook_view, self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.library_view)
        self.stack.addWidget(self.workbook_view)
        self.setCentralWidget(self.stack)

        self.library.open_requested.connect(self.open_workbook)
        self.workbook.closed.connect(self.show_library)
        self._build_menus()
        self.statusBar().showMessage(str(services.db.path), 4000)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        new = QAction(self.tr("&New workbook…"), self)
        new.setShortcut(QKeySequence.StandardKey.New)
        new.triggered.connect(self.library.new_workbook)
        library = QAction(self.tr("&Library"), self)
        library.setShortcut(QKeySequence("Ctrl+L"))
        library.triggered.connect(self.workbook.close)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addActions([new, library])
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        method = QAction(self.tr("About this &method"), self)
        method.triggered.connect(lambda: AboutMethodDialog(self).exec())
        help_menu.addAction(method)

    def open_workbook(self, workbook_id: int) -> None:
        self.workbook.open(workbook_id)
        self.stack.setCurrentWidget(self.workbook_view)
        self.setWindowTitle(f"{self.workbook_view.title.text()} — {APP_NAME}")

    def show_library(self) -> None:
        self.library.refresh()
        self.stack.setCurrentWidget(self.library_view)
        self.setWindowTitle(APP_NAME)

    def ask_discard_unsaved(self) -> bool:
        """Ask whether to close although the last changes could not be saved."""
        answer = QMessageBox.warning(
            self,
            self.tr("Not saved"),
            self.tr(
                "Some of your last changes could not be saved:\n%s\n\nClose anyway and lose them?"
            )
            % self.workbook_view.save_state.text(),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.workbook.flush() and not self.ask_discard_unsaved():
            event.ignore()
            return
        self.signals.detach()
        event.accept()
