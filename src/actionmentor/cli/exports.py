"""Workbooks out and back in: export (PDF, calendar, JSON), blank, and import of that JSON.

Import lives here rather than with the backups: it reads what `export --kind json` writes,
and both take the same passphrase file.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from actionmentor.cli.common import AddCommand, services_for
from actionmentor.domain.enums import ExportKind, Person
from actionmentor.errors import UserError
from actionmentor.files import read_capped
from actionmentor.wording import LANGUAGES


def register(command: AddCommand) -> None:
    """Add this module's subcommands, in the order `--help` lists them."""
    sub = command("export", cmd_export, "print a workbook to PDF, or its dates to a calendar")
    sub.add_argument("workbook", metavar="WORKBOOK", help="its id or its title")
    sub.add_argument(
        "--kind",
        required=True,
        choices=[kind.value for kind in ExportKind],
    )
    sub.add_argument("--out", type=Path, required=True, metavar="FILE")
    sub.add_argument(
        "--include-private",
        action="store_true",
        help="include the private journal entries of the people in --passphrase-file",
    )
    sub.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help="lines 'mentee=PASSPHRASE' and/or 'mentor=PASSPHRASE'",
    )
    sub.add_argument("--paper", choices=["a4", "letter"], default="a4")
    sub.add_argument(
        "--as",
        dest="as_person",
        choices=["mentee", "mentor"],
        help="with --kind form: whom the fillable form is for",
    )
    sub.add_argument(
        "--lang", choices=list(LANGUAGES), default="en", help="the printout's language"
    )

    sub = command("blank", cmd_blank, "print a blank workbook of a framework")
    sub.add_argument("--framework", default="hay-1997", metavar="ID")
    sub.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    sub.add_argument("--paper", choices=["a4", "letter"], default="a4")
    sub.add_argument(
        "--lang", choices=list(LANGUAGES), default="en", help="the printout's language"
    )

    sub = command(
        "import", cmd_import, "import a workbook exported with --kind json, or a shared alliance"
    )
    sub.add_argument("file", type=Path, metavar="FILE")
    sub.add_argument(
        "--separate",
        action="store_true",
        help="a shared alliance already here: import it as a separate alliance",
    )
    sub.add_argument(
        "--shared-passphrase-file",
        type=Path,
        metavar="FILE",
        help="a file whose first line is the passphrase the pair share for changes files",
    )
    sub.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help="passphrases for private entries in the file ('mentee=…', 'mentor=…' lines)",
    )


def _passphrases(path: Path | None) -> dict[Person, str]:
    """Read 'mentee=…' and 'mentor=…' lines: passphrases stay out of the shell history."""
    if path is None:
        return {}
    raw = read_capped(path, 64 * 1024, "read as a passphrase file")
    try:
        lines = raw.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        raise UserError(f"The passphrase file {path} is not UTF-8 text.") from None
    found: dict[Person, str] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        who, sep, phrase = line.partition("=")
        if not sep or who.strip() not in ("mentee", "mentor"):
            raise UserError(f"{path}, line {number}: write 'mentee=PASSPHRASE' or 'mentor=…'.")
        found[Person(who.strip())] = phrase
    return found


def cmd_export(args: argparse.Namespace) -> int:
    services = services_for(args)
    workbook_id = services.workbooks.resolve(args.workbook)
    phrases = _passphrases(args.passphrase_file)
    include = frozenset(phrases) if args.include_private else frozenset()
    out = services.exports.export(
        workbook_id,
        args.kind,
        args.out,
        include_private=include,
        paper=args.paper,
        passphrases=phrases,
        as_person=args.as_person,
        language=args.lang,
    )
    print(out)
    return 0


def cmd_blank(args: argparse.Namespace) -> int:
    from actionmentor.services.exports import ExportService

    print(ExportService.blank(args.framework, args.out, args.paper, args.lang))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from actionmentor.cli.sharing import shared_passphrase
    from actionmentor.services.portable_format import read_import_file

    raw = read_import_file(args.file)
    new_id = services_for(args).import_workbook(
        raw,
        _passphrases(args.passphrase_file),
        shared_passphrase=shared_passphrase(args.shared_passphrase_file),
        separate=args.separate,
    )
    print(new_id)
    return 0
