"""Run in a fresh process with QT_QPA_PLATFORM=offscreen: figures of the real window.

    python benchmarks/window_probe.py typing DATA_DIR   -> autosave and stall figures (JSON)
    python benchmarks/window_probe.py library DATA_DIR  -> library, search, peak memory (JSON)

typing: in the demo workbook, (1) 200 times: one keystroke into an answer, then the autosave
flushed, timed from the key to the commit (the pause before saving, SAVE_DELAY_MS, is deliberate and
left out); (2) 600 keystrokes at 25 ms intervals with the real debounced autosave, while a
5 ms heartbeat timer records the longest time the event loop was away.
library: the library of a large data folder shown (services opened → table painted), searches
through the library's own search field, one workbook opened, and the peak resident memory.
long: in a data folder holding the two-year alliance (dataset.build_long): the library shown,
then the alliance opened (click → its home painted and the event loop free), moving between
its stages and between its worksheets (each: chosen → page painted), and searches.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

SEARCHES = ("confid", "ward manager", "the", "stakeholders mapped", "rota", "listen")


def _peak_rss_mb() -> float:
    """This process's peak resident memory. Not getrusage's ru_maxrss: Linux carries that
    over from the parent across fork and exec, so a large parent would show here."""
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def typing(data_dir: Path) -> dict[str, float]:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QPlainTextEdit

    from actionmentor.domain.enums import Respondent
    from actionmentor.services import open_services
    from actionmentor.ui.shell.app import make_application
    from actionmentor.ui.shell.main_window import MainWindow
    from actionmentor.ui.workbook.worksheet_page import WorksheetPage

    app = make_application()
    window = MainWindow(open_services(data_dir, every_page=False), remember_session=False)
    window.resize(1280, 800)
    window.show()
    window.open_workbook(1)
    assert window.workbook.navigator is not None
    window.workbook.navigator.select("assessment", "assessment.situation")
    page = window.workbook.page
    assert isinstance(page, WorksheetPage)
    box = page.editors[("assessment.situation.week", Respondent.MENTEE)].findChild(QPlainTextEdit)
    assert box is not None
    box.setFocus()
    box.moveCursor(box.textCursor().MoveOperation.End)
    app.processEvents()

    saves = []
    for number in range(200):
        start = time.perf_counter()
        QTest.keyClick(box, Qt.Key.Key_A if number % 7 else Qt.Key.Key_Space)
        assert window.workbook.autosaver.flush()
        saves.append((time.perf_counter() - start) * 1000)

    gaps: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append((now - last[0]) * 1000)
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.timeout.connect(beat)
    keys = QTimer()
    keys.setTimerType(Qt.TimerType.PreciseTimer)
    typed = [0]

    def key() -> None:
        QTest.keyClick(box, Qt.Key.Key_B if typed[0] % 9 else Qt.Key.Key_Return)
        typed[0] += 1
        if typed[0] >= 600:
            keys.stop()
            QTimer.singleShot(600, app.quit)  # let the last autosave happen

    keys.timeout.connect(key)
    heartbeat.start(5)
    keys.start(25)
    app.exec()
    window.workbook.autosaver.flush()
    window.close()
    window.services.close()
    return {
        "autosave_p50_ms": statistics.median(saves),
        "autosave_p99_ms": _percentile(saves, 0.99),
        "ui_stall_max_ms": max(gaps[1:]) - 5,
        "keys_typed": typed[0],
    }


def _searches(window: Any) -> list[float]:
    """SEARCHES three times through the library's search field: each from the words to the
    results painted, in ms."""
    field = window.library_view.search_field
    times = []
    for _ in range(3):
        for words in SEARCHES:
            field.setText(words)
            begin = time.perf_counter()
            window.library.run_search()
            window.library_view.results.list.viewport().repaint()
            times.append((time.perf_counter() - begin) * 1000)
    return times


def library(data_dir: Path) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from actionmentor.services import open_services
    from actionmentor.ui.shell.app import make_application
    from actionmentor.ui.shell.main_window import MainWindow

    app = make_application()
    start = time.perf_counter()
    window = MainWindow(open_services(data_dir, every_page=False), remember_session=False)
    window.resize(1280, 800)
    window.show()
    window.library_view.table.viewport().repaint()
    shown = time.perf_counter() - start
    rows = window.library_view.table.model().rowCount()

    times = _searches(window)
    window.library_view.search_field.clear()
    window.open_workbook(1)
    QApplication.processEvents()
    window.show_library()
    QApplication.processEvents()
    peak = _peak_rss_mb()
    window.close()
    window.services.close()  # a clean close, so the next run needs no crash check
    app.quit()
    return {
        "library_s": shown,
        "library_rows": rows,
        "search_ms": statistics.median(times),
        "search_max_ms": max(times),
        "peak_rss_mb": peak,
    }


def _settled(widget: Any) -> None:
    """Painted, and the events the change posted handled: what the user sees and can use."""
    from PySide6.QtWidgets import QApplication

    widget.repaint()
    QApplication.processEvents()


def long(data_dir: Path) -> dict[str, float]:
    from actionmentor.services import open_services
    from actionmentor.ui.shell.app import make_application
    from actionmentor.ui.shell.main_window import MainWindow

    app = make_application()
    window = MainWindow(open_services(data_dir, every_page=False), remember_session=False)
    window.resize(1280, 800)
    window.show()
    _settled(window)
    window.prepare_workbook()  # as run_app does once the window is interactive and idle
    window.services.workbooks.all()  # and as its library listing has queried by then
    _settled(window)
    start = time.perf_counter()
    window.open_workbook(1)
    _settled(window)
    opened = time.perf_counter() - start
    navigator = window.workbook.navigator
    assert navigator is not None
    stages, sheets = [], []
    for _ in range(3):
        for stage_id in navigator.stage_ids():
            begin = time.perf_counter()
            navigator.select_stage(stage_id)
            _settled(window)
            stages.append((time.perf_counter() - begin) * 1000)
    fw = window.workbook.framework
    assert fw is not None
    for stage in fw.all_stages():
        for worksheet in stage.worksheets:
            begin = time.perf_counter()
            navigator.select(stage.id, worksheet.id)
            _settled(window)
            sheets.append((time.perf_counter() - begin) * 1000)
    window.show_library()
    _settled(window)
    searches = _searches(window)
    window.close()
    window.services.close()
    app.quit()
    return {
        "long_open_s": opened,
        "long_stage_switch_ms": statistics.median(stages),
        "long_stage_switch_max_ms": max(stages),
        "long_worksheet_switch_ms": statistics.median(sheets),
        "long_worksheet_switch_max_ms": max(sheets),
        "long_search_ms": statistics.median(searches),
        "long_search_max_ms": max(searches),
    }


if __name__ == "__main__":
    probe = {"typing": typing, "library": library, "long": long}[sys.argv[1]]
    print(json.dumps(probe(Path(sys.argv[2]))), flush=True)
    # Skip interpreter teardown: PySide6 sometimes aborts while collecting the QTest-driven
    # widgets at exit, after the figures are out; the figures don't depend on it.
    os._exit(0)
