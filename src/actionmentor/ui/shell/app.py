"""Starting the window: the application object, fonts, the database, the main window."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLockFile,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from actionmentor import APP_NAME, __version__
from actionmentor.diagnostics import record_unexpected, start_log
from actionmentor.domain.records import BackupInfo
from actionmentor.errors import DamagedDatabaseError, UserError
from actionmentor.files import ensure_private_dir
from actionmentor.paths import resources_dir
from actionmentor.services.events import ChangeBus
from actionmentor.services.library import first_listing
from actionmentor.ui.common.focus_ring import install_focus_ring
from actionmentor.ui.common.language import install_language, said
from actionmentor.ui.common.settings import AppSettings
from actionmentor.ui.common.theme import STYLE, apply_theme, install_fonts
from actionmentor.ui.common.widgets import local_time
from actionmentor.ui.shell.main_window import MainWindow
from actionmentor.ui.shell.startup import DeferredServices, after_first_paint

if TYPE_CHECKING:
    from actionmentor.services import Services

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
    icons = resources_dir() / "icons"
    app.setWindowIcon(QIcon(str(icons / "actionmentor-256.png")))
    app.setDesktopFileName("org.actionmentor.ActionMentor")
    app.setStyleSheet(STYLE)
    install_focus_ring(app)
    return app


def open_or_recover(data_dir: Path, changes: ChangeBus | None = None) -> Services:
    """Open the database; if it was damaged, offer its newest good backup."""
    from actionmentor.services import open_services
    from actionmentor.services.backups import BackupService

    try:
        return open_services(data_dir, every_page=False, changes=changes)
    except DamagedDatabaseError as exc:
        backup = exc.newest_backup
        if isinstance(backup, BackupInfo):
            answer = QMessageBox.question(
                None,
                APP_NAME,
                QCoreApplication.translate("app", "%1\n\nRestore the backup from %2 now?")
                .replace("%1", said(exc))
                .replace("%2", local_time(backup.created_at)),
            )
            if answer == QMessageBox.StandardButton.Yes:
                BackupService(data_dir).restore(backup.path)
        else:
            QMessageBox.warning(None, APP_NAME, said(exc))
        return open_services(data_dir, every_page=False, changes=changes)


def run_app(
    data_dir: Path,
    *,
    on_first_paint: Callable[[], None] | None = None,
    on_interactive: Callable[[], None] | None = None,
) -> int:
    """Open the window on ``data_dir`` and run until it closes. ``on_first_paint`` is called
    once the library has painted its workbooks; ``on_interactive`` once the services have
    loaded too and the event loop is free again (a timer fired after loading). The start-up
    benchmark uses both."""
    app = make_application()
    start_log(data_dir)
    sys.excepthook = _log_unexpected
    try:
        ensure_private_dir(data_dir)
        settings = AppSettings(data_dir)
        install_language(app, settings.language())
        apply_theme(app, settings.theme())
    except UserError as exc:
        QMessageBox.critical(None, APP_NAME, said(exc))
        return 1
    # One window per data folder: two would each believe their view of the data is current.
    lock = QLockFile(str(data_dir / "actionmentor.lock"))
    if not lock.tryLock(200):
        QMessageBox.information(
            None,
            APP_NAME,
            QCoreApplication.translate(
                "app", "Action Mentor is already open with this data folder (%1)."
            ).replace("%1", str(data_dir)),
        )
        return 1
    rows = first_listing(data_dir)
    services: Services | DeferredServices
    try:
        services = (
            open_or_recover(data_dir)
            if rows is None
            else DeferredServices(data_dir, rows, open_or_recover)
        )
        window = MainWindow(services)  # type: ignore[arg-type]  # stands in until loaded
    except UserError as exc:
        QMessageBox.critical(None, APP_NAME, said(exc))
        return 1
    viewport = window.library_view.table.viewport()
    if isinstance(services, DeferredServices):
        deferred = services

        def load_then_report() -> None:
            _finish_loading(deferred, window)
            if on_interactive is not None:
                QTimer.singleShot(0, on_interactive)
            QTimer.singleShot(0, window.prepare_workbook)  # then, idle: the first open is quick
            _warm_up_in_background()

        after_first_paint(viewport, lambda: _when_imported(window, load_then_report))
    else:  # loaded before the window: interactive once it paints
        if on_interactive is not None:
            after_first_paint(viewport, lambda: QTimer.singleShot(0, on_interactive))
        after_first_paint(viewport, lambda: QTimer.singleShot(0, window.prepare_workbook))
    if on_first_paint is not None:  # installed last, so it hears the paint first
        after_first_paint(viewport, on_first_paint)
    window.show()
    try:
        return app.exec()
    finally:
        services.close()
        lock.unlock()


def _log_unexpected(
    kind: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """A bug in a slot: Qt carries on, so the window does too; the traceback goes to the
    log, filtered like every record (an exception's message may quote an answer)."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    print(f"actionmentor: {record_unexpected('the window', exc)}", file=sys.stderr)


def _warm_up_in_background() -> None:
    """SQLAlchemy's one-time set-up of its mappers, on a worker thread once the window is
    interactive, so that opening the first workbook does not pay it (its own lock makes a
    query that comes first wait for it)."""
    import threading

    from actionmentor.services.app import warm_up

    def work() -> None:
        with contextlib.suppress(Exception):  # the first query reports it properly
            warm_up()

    threading.Thread(target=work, name="warm up", daemon=True).start()


def _when_imported(window: MainWindow, then: Callable[[], None]) -> None:
    """Import the services' modules (SQLAlchemy most of all: most of a second) on a worker
    thread while the window takes input, then call ``then`` on the UI thread, which opens
    the database. Anything that needs the services sooner imports them itself, waiting for
    the worker's half-done import under Python's import lock."""
    import threading

    def work() -> None:
        try:
            import actionmentor.services.app  # noqa: F401
        except Exception:  # the UI thread's own import reports it properly
            return

    worker = threading.Thread(target=work, name="import the services", daemon=True)
    worker.start()
    poll = QTimer(window)
    poll.setInterval(10)

    def check() -> None:
        if not worker.is_alive():
            poll.stop()
            poll.deleteLater()
            then()

    poll.timeout.connect(check)
    poll.start()


def _finish_loading(services: DeferredServices, window: MainWindow) -> None:
    """After the first paint: load the services (the day's check and backup run here)."""
    try:
        services.load()
    except UserError as exc:
        QMessageBox.critical(window, APP_NAME, said(exc))
        window.close()
