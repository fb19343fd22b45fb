"""Run in a fresh process: start the app (or a bare window), exit at its first paint.

Prints the seconds from interpreter start to the first paint: of a bare main window, or of
the app's library with its workbooks (run_app's on_first_paint).
    python benchmarks/paint_probe.py app DATA_DIR | bare
"""

from __future__ import annotations

import sys
import time


def _started_at() -> float:
    # The process's own start time, so interpreter start-up is included in the figure.
    with open("/proc/self/stat") as handle:
        start_ticks = int(handle.read().rsplit(")", 1)[1].split()[19])
    import os

    with open("/proc/uptime") as handle:
        uptime = float(handle.read().split()[0])
    elapsed = uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    return time.time() - elapsed


def main() -> None:
    started = _started_at()
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class FirstPaint(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                print(f"{time.time() - started:.4f}")
                QTimer.singleShot(0, QApplication.quit)
            return False

    if sys.argv[1] == "bare":
        app = QApplication([])
        window = QMainWindow()
        window.resize(1200, 760)
    else:
        from pathlib import Path

        from actionmentor.ui.shell.app import run_app

        def report() -> None:
            print(f"{time.time() - started:.4f}", flush=True)
            QApplication.quit()

        run_app(Path(sys.argv[2]), on_first_paint=report)
        return
    probe = FirstPaint()
    window.installEventFilter(probe)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
