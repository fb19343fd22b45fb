"""The `actionmentor` command: a front end over the same services as the window.

Every user mistake ends with one line on stderr and exit status 1, never a traceback; so
does a bug, whose details go to the log in the data folder (see diagnostics.py).
The commands live in one module per group (see the package docstring); this module holds
the parser they share, the global options and the error handling.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from actionmentor import __version__
from actionmentor.cli import exports, safety, sharing, window, workbooks
from actionmentor.cli.common import PROG, Handler
from actionmentor.errors import UserError
from actionmentor.paths import DATA_DIR_ENV, default_data_dir


def one_line(message: str) -> str:
    """A message quoting what somebody typed stays one line, and a terminal shows it as
    text: a newline, an escape sequence or another control character is spelled out."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in message)


class _Parser(argparse.ArgumentParser):
    """Usage mistakes are user mistakes too: one line and exit 1."""

    def error(self, message: str) -> NoReturn:
        self.exit(1, one_line(f"{self.prog}: {message} (see '{self.prog} --help')") + "\n")


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
    # The same, then the seconds to interactive and the longest stall between (issue 17).
    parser.add_argument("--report-interactive", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, handler: Handler, help: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, parents=[common], help=help, description=help)
        sub.set_defaults(handler=handler)
        return sub

    # This order is the order of the commands in --help.
    for register in (
        workbooks.register,
        exports.register,
        sharing.register,
        safety.register,
        window.register,
    ):
        register(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from actionmentor.diagnostics import record_unexpected, start_log
    from actionmentor.files import open_to_others, restrict_umask

    restrict_umask()
    parser = build_parser()
    if any("\0" in arg for arg in argv or ()):  # only a caller in-process can pass one
        parser.error("an argument contains a NUL character")
    args = parser.parse_args(argv)
    if getattr(args, "data_dir", None) is None:
        args.data_dir = default_data_dir()
    start_log(args.data_dir)
    handler: Handler = getattr(args, "handler", window.cmd_gui)
    try:
        status = int(handler(args))
        # An aside after the work, so that a failure still ends with its one line.
        if open_to_others(args.data_dir):  # left as it is: someone chose to share it
            note = (f"{PROG}: note: other accounts can see into {args.data_dir}; your "
                    "workbook files in it are still readable only by you.")  # fmt: skip
            print(one_line(note), file=sys.stderr)
        return status
    except UserError as exc:
        print(one_line(f"{PROG}: {exc}"), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()  # the reader (say, `head`) went away: not an error worth a trace
        return 0
    except OSError as exc:  # a path given that the system refuses (too long, a loop, …)
        name = str(exc.filename or "")
        name = name if len(name) <= 80 else name[:77] + "…"
        logging.getLogger("actionmentor.cli").warning("%s", exc.strerror, exc_info=exc)
        print(one_line(f"{PROG}: can't use {name or 'a file'}: {exc.strerror}."), file=sys.stderr)
        return 1
    except Exception as exc:  # a bug: one line here, the traceback in the log
        print(f"{PROG}: {record_unexpected(args.command or 'the window', exc)}", file=sys.stderr)
        return 1
