"""What the command modules share: the program name, how they add a subcommand, and helpers.

Only the standard library at import time: `--version` and `--help` load every command
module, so the services (SQLAlchemy) are imported inside `services_for`, when a command runs.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from actionmentor.services import Services

PROG = "actionmentor"

Handler = Callable[[argparse.Namespace], int]
# add_command(name, handler, help): a subparser sharing the global options; see main.build_parser.
AddCommand = Callable[[str, Handler, str], argparse.ArgumentParser]


# Named with the underscore on purpose: argparse prints a type's __name__ when it raises
# ValueError (int("²") passes isdigit), "invalid _positive value: '²'", so renaming changes output.
def _positive(value: str) -> int:
    if (
        not (value.isascii() and value.isdigit() and len(value) <= 10)
        or not 1 <= int(value) < 2**31
    ):
        raise argparse.ArgumentTypeError(
            f"expected a whole number from 1 to {2**31 - 1:,}, got {value!r}"
        )
    return int(value)


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def services_for(args: argparse.Namespace) -> Services:
    from actionmentor.services import open_services

    return open_services(args.data_dir)
