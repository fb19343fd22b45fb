"""The real window, screen after screen, for the accessibility walk (test_screen_reader.py).

Run with the app's Python on a real X display with the AT-SPI bus up. It shows one screen,
prints ``SCREEN <name>`` and waits for a line on stdin before the next, so the walker (a
separate process: a client can't query the app from inside its own event loop) reads each
screen as a screen reader would. Prints ``DONE`` at the end.
"""

from __future__ import annotations

import queue
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QWizard

from actionmentor.domain.enums import PromptKind
from actionmentor.services import open_services
from actionmentor.services.demo import create_demo
from actionmentor.ui.common.language import install_language
from actionmentor.ui.shell.app import make_application
from actionmentor.ui.shell.main_window import MainWindow
from actionmentor.ui.workbook.controller import (
    ACTIONS_TAB,
    JOURNAL_TAB,
    MEETINGS_TAB,
    REVIEWS_TAB,
)


def worksheets_with_every_kind(window: MainWindow) -> list[tuple[str, str]]:
    """The fewest worksheets (in order) whose prompts between them have every kind."""
    fw = window.workbook.framework
    assert fw is not None
    seen: set[PromptKind] = set()
    chosen = []
    for stage in fw.all_stages():
        for ws in stage.worksheets:
            kinds = {p.kind for p in ws.prompts}
            if kinds - seen:
                seen |= kinds
                chosen.append((stage.id, ws.id))
    assert seen == set(PromptKind), set(PromptKind) - seen
    return chosen


def screens(window: MainWindow, wid: int) -> Iterator[tuple[str, Callable[[], None]]]:
    def close_dialogs() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    def wizard_next() -> None:
        wizard = window.library.wizard
        assert wizard is not None
        wizard.setField("mentee", "Ada Lovelace")
        wizard.setField("mentor", "Charles Babbage")
        wizard.next()

    def home() -> None:
        close_dialogs()
        window.open_workbook(wid)

    def sheet(stage_id: str, worksheet_id: str) -> Callable[[], None]:
        def show() -> None:
            navigator = window.workbook.navigator
            assert navigator is not None
            navigator.select(stage_id, worksheet_id)

        return show

    def tab(index: int) -> Callable[[], None]:
        return lambda: window.workbook_view.tabs.setCurrentIndex(index)

    def dialog(action: QAction) -> Callable[[], None]:
        def show() -> None:
            close_dialogs()
            action.trigger()

        return show

    def finish_wizard() -> None:
        wizard = window.library.wizard
        assert wizard is not None
        while wizard.nextId() != -1:  # to the last page (the first meeting, left unplanned)
            wizard.next()
        wizard.button(QWizard.WizardButton.FinishButton).click()
        assert window.workbook.framework is not None, "the wizard made no workbook"

    def record_step() -> None:
        """The last step opens the record dialog (its own event loop): accepted as it is."""
        QTimer.singleShot(0, lambda: window.workbook.meeting_step(1))  # runs the dialog
        QTimer.singleShot(100, lambda: window.workbook.record_dialog.accept())

    yield "library", lambda: None
    yield "wizard", window.library.new_workbook
    for n in range(2, 5):
        yield f"wizard page {n}", wizard_next
    # A new alliance from the wizard, and its first two planned meetings step by step.
    yield "new alliance home", finish_wizard
    for number in (1, 2):
        yield f"meeting {number} step 1", window.workbook.start_meeting
        plan = window.workbook.framework.plan  # type: ignore[union-attr]
        for step in range(2, len(plan[number - 1].items) + 2):
            yield f"meeting {number} step {step}", lambda: window.workbook.meeting_step(1)
        yield f"meeting {number} recorded, the sheet offered", record_step
    yield "home", home
    for stage_id, worksheet_id in worksheets_with_every_kind(window):
        yield f"worksheet {worksheet_id}", sheet(stage_id, worksheet_id)
    yield "meeting mode", window.workbook.start_meeting
    for name, index in (("action plan", ACTIONS_TAB), ("meetings", MEETINGS_TAB),
                        ("journal", JOURNAL_TAB), ("reviews", REVIEWS_TAB)):  # fmt: skip
        yield f"tab {name}", tab(index)
    yield "export dialog", dialog(window.export_action)
    yield "preferences dialog", dialog(window.preferences_action)
    yield "about the method", dialog(window.about_method_action)


def main() -> int:
    data_dir = Path(sys.argv[1])
    language = sys.argv[2] if len(sys.argv) > 2 else "en"
    services = open_services(data_dir)
    wid = create_demo(services, language)  # a German pair writes German answers
    app = make_application()
    install_language(app, language)
    window = MainWindow(services, remember_session=False)
    window.resize(1280, 800)
    window.show()
    lines: queue.Queue[str] = queue.Queue()

    def read_stdin() -> None:
        for line in sys.stdin:
            lines.put(line)

    threading.Thread(target=read_stdin, daemon=True).start()
    steps = iter(screens(window, wid))

    def step() -> None:
        try:
            name, show = next(steps)
        except StopIteration:
            print("DONE", flush=True)
            app.quit()
            return
        show()
        # Let the screen settle (layouts, the bridge's own updates) before it is read.
        QTimer.singleShot(400, lambda: print(f"SCREEN {name}", flush=True))
        wait()

    def wait() -> None:
        try:
            lines.get_nowait()
        except queue.Empty:
            QTimer.singleShot(20, wait)
            return
        step()

    QTimer.singleShot(500, step)
    app.exec()
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
