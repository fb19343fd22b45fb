"""The window: opening it (no command given) and `screenshot`, which renders it offscreen."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from actionmentor.cli.common import AddCommand


def register(command: AddCommand) -> None:
    """Add `screenshot`. Opening the window needs no subcommand: main falls back to cmd_gui."""
    from actionmentor.ui.shell.screenshot import SCREENSHOT_VIEWS

    sub = command("screenshot", cmd_screenshot, "render the real window offscreen into a PNG")
    sub.add_argument("--out", type=Path, required=True, metavar="FILE.png")
    sub.add_argument("--workbook", metavar="ID", help="its id or its title")
    sub.add_argument(
        "--view",
        choices=SCREENSHOT_VIEWS,  # ui/shell/screenshot.py imports Qt only when it renders
        help="default: stage with --workbook, else library",
    )
    sub.add_argument("--stage", metavar="ID", help="which stage's page (with --view stage)")
    sub.add_argument("--size", default="1280x800", metavar="WxH")
    sub.add_argument("--dark", action="store_true", help="with a dark palette")


def cmd_screenshot(args: argparse.Namespace) -> int:
    if args.view is None:  # the default depends on --workbook, so argparse can't give it
        args.view = "stage" if args.workbook else "library"
    from actionmentor.ui.shell.screenshot import take_screenshot

    out = take_screenshot(
        args.data_dir,
        args.out,
        workbook=args.workbook,
        view=args.view,
        stage=args.stage,
        size=args.size,
        dark=args.dark,
    )
    print(out)
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from actionmentor.ui.shell.app import run_app

    if getattr(args, "report_first_paint", False):
        return int(run_app(args.data_dir, on_first_paint=_report_and_quit))
    if getattr(args, "report_interactive", False):
        probe = _InteractiveProbe()
        return int(
            run_app(args.data_dir, on_first_paint=probe.painted, on_interactive=probe.report)
        )
    return int(run_app(args.data_dir))


class _InteractiveProbe:
    """First paint, then interactive (issue 17): the seconds from process start to each,
    and the longest the event loop was blocked in between (a 5 ms timer's late ticks)."""

    def __init__(self) -> None:
        self.first_paint = 0.0
        self.longest = 0.0
        self._last = 0.0

    def painted(self) -> None:
        import time

        from PySide6.QtCore import QTimer

        self.first_paint = _process_age()
        self._last = time.perf_counter()
        self._ticks = QTimer()
        self._ticks.setInterval(5)
        self._ticks.timeout.connect(self._tick)
        self._ticks.start()

    def _tick(self) -> None:
        import time

        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def report(self) -> None:
        import json

        from PySide6.QtWidgets import QApplication

        self._tick()  # the block that ends here counts too
        interactive = _process_age()
        print(
            json.dumps(
                {
                    "startup_s": round(self.first_paint, 4),
                    "interactive_s": round(interactive, 4),
                    "startup_stall_max_ms": round(self.longest * 1000, 1),
                }
            ),
            flush=True,
        )
        QApplication.quit()


def _process_age() -> float:
    """Seconds since this process started (Linux), so interpreter start-up is counted."""
    with open("/proc/self/stat") as handle:
        start_ticks = int(handle.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime") as handle:
        uptime = float(handle.read().split()[0])
    return uptime - start_ticks / os.sysconf("SC_CLK_TCK")


def _report_and_quit() -> None:
    from PySide6.QtWidgets import QApplication

    print(f"{_process_age():.4f}", flush=True)
    QApplication.quit()
