"""The window: opening it (no command given) and `screenshot`, which renders it offscreen."""

from __future__ import annotations

import argparse
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

    return int(run_app(args.data_dir))
