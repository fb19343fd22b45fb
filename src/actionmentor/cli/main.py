"""The `actionmentor` command: a front end over the same services as the window.

Every user mistake ends with one line on stderr and exit status 1, never a traceback.
The commands live in one module per group (see the package docstring); this module holds
the parser they share, the global options and the error handling.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from actionmentor import __version__
from actionmentor.cli import exports, safety, window, workbooks
from actionmentor.cli.common import PROG, Handler
from actionmentor.errors import UserError
from actionmentor.paths import DATA_DIR_ENV, default_data_dir


class _Parser(argparse.ArgumentParser):
    """Usage mistakes are user mistakes too: one line and exit 1."""

    def error(self, message: str) -> NoReturn:
        self.exit(1, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    # A parent of the top level and of every subcommand, so --data-dir works on either side.
    common = _Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="DIR",
        help=f"keep the database in DIR (default: ${DATA_DIR_ENV}, else your user data folder)",
    )
    parser = _Parser(
        prog=PROG,
        parents=[common],
        description="A do-it-yourself mentoring workbook after Julie Hay's Action Mentoring.",
        epilog="With no command, the window opens.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    # For the start-up benchmark and the packaged app's smoke test, not for people: open the
    # window, print the seconds from process start to the library's first paint, and quit.
    parser.add_argument("--report-first-paint", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, handler: Handler, help: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, parents=[common], help=help, description=help)
        sub.set_defaults(handler=handler)
        return sub

    # This order is the order of the commands in --help.
    for register in (workbooks.register, exports.register, safety.register, window.register):
        register(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from actionmentor.files import open_to_others, restrict_umask

    restrict_umask()
    args = build_parser().parse_args(argv)
    if getattr(args, "data_dir", None) is None:
        args.data_dir = default_data_dir()
    if open_to_others(args.data_dir):  # left as it is: someone chose to share it
        print(f"{PROG}: note: other accounts can see into {args.data_dir}; your workbook "
              "files in it are still readable only by you.", file=sys.stderr)  # fmt: skip
    handler: Handler = getattr(args, "handler", window.cmd_gui)
    try:
        return int(handler(args))
    except UserError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()  # the reader (say, `head`) went away: not an error worth a trace
        return 0
