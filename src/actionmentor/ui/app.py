"""Starting the window: the application object, fonts, the database, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from actionmentor import APP_NAME, __version__
from actionmentor.errors import UserError
from actionmentor.services import open_services
from actionmentor.ui.main_window import MainWindow
from actionmentor.ui.theme import STYLE, install_fonts

_QUIET = ("propagateSizeHints",)  # the offscreen plugin's note on every window: not news


def _qt_messages(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if any(text in message for text in _QUIET):
        return
    print(f"Qt: {message}", file=sys.stderr)


def make_application(argv: list[str] | None = None) -> QApplication:
    qInstallMessageHandler(_qt_messages)
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("actionmentor")
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("actionmentor")
    install_fonts(app)
    app.setStyleSheet(STYLE)
    return app


def run_app(data_dir: Path) -> int:
    app = make_application()
    try:
        services = open_services(data_dir)
    except UserError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    window = MainWindow(services)
    window.show()
    try:
        return app.exec()
    finally:
        services.close()
