"""The start-up floor, in a fresh process: a bare PySide6 main window, closed at its first
paint. Prints the seconds from interpreter start to that paint; the app's own figure comes
from `actionmentor --report-first-paint`, measured the same way.
    python benchmarks/paint_probe.py
"""

from __future__ import annotations

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

    app = QApplication([])
    window = QMainWindow()
    window.resize(1200, 760)
    probe = FirstPaint()
    window.installEventFilter(probe)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
