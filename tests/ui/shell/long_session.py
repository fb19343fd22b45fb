"""A long evening at one laptop, scripted, then Quit: run as a program by
test_long_session_quit.py so that a crash at teardown (a refcount error, a slot of a deleted
object) ends the process where the test sees it.

    python -m tests.ui.shell.long_session DATA_DIR ROUNDS
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from actionmentor.domain.enums import Person
from actionmentor.services import open_services
from actionmentor.services.demo import create_demo
from actionmentor.ui.common.language import install_language
from actionmentor.ui.shell.app import make_application
from actionmentor.ui.shell.main_window import MainWindow


def session(window: MainWindow, workbook_id: int, rounds: int) -> None:
    for round_ in range(rounds):
        window.open_workbook(workbook_id)
        view = window.workbook_view
        for tab in range(view.tabs.count()):
            view.tabs.setCurrentIndex(tab)
            QApplication.processEvents()
        view.tabs.setCurrentIndex(0)
        nav = window.workbook.navigator
        assert nav is not None
        nav.select("alliance", "invitation")
        page = window.workbook.page
        assert page is not None
        for box in page.findChildren(QPlainTextEdit)[:3] + page.findChildren(QLineEdit)[:3]:
            if not box.isReadOnly():
                QTest.keyClicks(box, f" r{round_}")
        for person in (Person.MENTOR, Person.MENTEE):
            view.writer_switch.buttons[person].click()
            QApplication.processEvents()
        window.preferences_action.trigger()
        window.preferences_dialog.reject()
        window.export_action.trigger()
        if window.exporter.dialog is not None:
            window.exporter.dialog.reject()
        window.start_find()
        QTest.keyClicks(view.find_bar.field, "confid")
        QTest.qWait(200)
        QTest.keyClick(view.find_bar.field, Qt.Key.Key_Escape)
        window.undo_action.trigger()
        window.workbook.close()
        QApplication.processEvents()


def main() -> int:
    data_dir, rounds = Path(sys.argv[1]), int(sys.argv[2])
    app = make_application()
    install_language(app, "en")
    services = open_services(data_dir)
    workbook_id = create_demo(services)
    window = MainWindow(services)
    window.show()

    def run() -> None:
        session(window, workbook_id, rounds)
        window.close()  # File › Quit
        app.quit()

    QTimer.singleShot(0, run)
    status = app.exec()
    services.close()
    print("quit cleanly")
    return status


if __name__ == "__main__":
    sys.exit(main())
