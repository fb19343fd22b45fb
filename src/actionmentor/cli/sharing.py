"""One alliance on two laptops: share, merge, conflicts, resolve and sync."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from actionmentor.cli.common import AddCommand, print_json, services_for
from actionmentor.domain.enums import Person
from actionmentor.errors import UserError
from actionmentor.files import read_capped

if TYPE_CHECKING:
    from actionmentor.services.sync import ConflictRecord, MergeReport

PASSPHRASE_HELP = "a file whose first line is the passphrase the pair share for changes files"


def register(command: AddCommand) -> None:
    sub = command("share", cmd_share, "write the alliance for the other person's laptop")
    sub.add_argument("workbook", metavar="WORKBOOK", help="its id or its title")
    sub.add_argument("--out", type=Path, required=True, metavar="FILE")
    sub.add_argument("--shared-passphrase-file", type=Path, metavar="FILE", help=PASSPHRASE_HELP)
    _private_options(sub)

    sub = command("merge", cmd_merge, "bring in the changes made on the other laptop")
    sub.add_argument("file", type=Path, metavar="FILE")
    sub.add_argument("--workbook", metavar="WORKBOOK", help="check the file is for this one")
    sub.add_argument("--shared-passphrase-file", type=Path, metavar="FILE", help=PASSPHRASE_HELP)
    sub.add_argument("--json", action="store_true", help="print what changed as JSON")

    sub = command("conflicts", cmd_conflicts, "list where the two copies differ")
    sub.add_argument("workbook", metavar="WORKBOOK", help="its id or its title")
    sub.add_argument("--json", action="store_true")

    sub = command("resolve", cmd_resolve, "settle a conflict on one of its two versions")
    sub.add_argument("workbook", metavar="WORKBOOK", help="its id or its title")
    sub.add_argument("conflict", metavar="CONFLICT", help="its id, as `conflicts` lists it")
    sub.add_argument("--keep", required=True, choices=["mine", "theirs"])

    sub = command("sync", cmd_sync, "exchange changes through a folder the pair already share")
    sub.add_argument("workbook", metavar="WORKBOOK", help="its id or its title")
    sub.add_argument(
        "--folder",
        type=Path,
        metavar="DIR",
        help="use DIR from now on (kept in step by Syncthing, Nextcloud, a USB stick…)",
    )
    sub.add_argument("--stop", action="store_true", help="stop using the shared folder")
    sub.add_argument(
        "--shared-passphrase-file",
        type=Path,
        metavar="FILE",
        help=PASSPHRASE_HELP + "; with --folder, the folder's files are protected from then on",
    )
    sub.add_argument("--json", action="store_true")
    _private_options(sub)


def _private_options(sub: argparse.ArgumentParser) -> None:
    sub.add_argument(
        "--include-private",
        action="store_true",
        help="send the private entries of the people in --passphrase-file, still sealed",
    )
    sub.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help="lines 'mentee=PASSPHRASE' and/or 'mentor=…': whose private entries go",
    )


def _included(args: argparse.Namespace) -> dict[Person, str]:
    from actionmentor.cli.exports import _passphrases

    phrases = _passphrases(args.passphrase_file)
    if args.include_private and not phrases:
        raise UserError("--include-private needs --passphrase-file: whose entries, and proof.")
    return phrases if args.include_private else {}


def shared_passphrase(path: Path | None) -> str | None:
    if path is None:
        return None
    raw = read_capped(path, 64 * 1024, "read as a passphrase file")
    try:
        lines = raw.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        raise UserError(f"The passphrase file {path} is not UTF-8 text.") from None
    if not lines or not lines[0]:
        raise UserError(f"The passphrase file {path} is empty; write the passphrase on line 1.")
    return lines[0]


def cmd_share(args: argparse.Namespace) -> int:
    services = services_for(args)
    workbook_id = services.workbooks.resolve(args.workbook)
    phrase = shared_passphrase(args.shared_passphrase_file)
    print(services.sync.share_to(workbook_id, args.out, phrase, _included(args)))
    return 0


def conflict_json(c: ConflictRecord) -> dict[str, object]:
    def side(s: object) -> dict[str, object]:
        value, by, at, deleted = (getattr(s, k) for k in ("value", "by", "at", "deleted"))
        return {"value": value, "by": by, "at": at} | ({"deleted": True} if deleted else {})

    return {"id": c.id, "place": c.place, "mine": side(c.mine), "theirs": side(c.theirs)}


def merge_json(r: MergeReport) -> dict[str, object]:
    return {
        "workbook": r.workbook_id,
        "uuid": r.uuid,
        "added": r.added,
        "updated": r.updated,
        "removed": r.removed,
        "unchanged": r.unchanged,
        "conflicts": [conflict_json(c) for c in r.conflicts],
        "skipped": r.skipped,
    }


def merge_summary(r: MergeReport) -> str:
    line = (
        f"Merged into {r.title!r}: {r.added} added, {r.updated} changed, "
        f"{r.removed} removed, {r.unchanged} unchanged."
    )
    if r.conflicts:
        n = len(r.conflicts)
        line += (
            f" {n} conflict{'s' if n != 1 else ''} to settle: "
            f"actionmentor conflicts {r.workbook_id}"
        )
    if r.skipped:
        line += f" Not taken (this version can't hold them): {', '.join(r.skipped)}."
    return line


def cmd_merge(args: argparse.Namespace) -> int:
    services = services_for(args)
    raw = read_capped(args.file, 200 * 1024 * 1024, "merged")
    workbook_id = services.workbooks.resolve(args.workbook) if args.workbook else None
    report = services.merge_changes(
        raw, shared_passphrase(args.shared_passphrase_file), workbook_id
    )
    if args.json:
        print_json(merge_json(report))
    else:
        print(merge_summary(report))
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    services = services_for(args)
    found = services.sync.conflicts(services.workbooks.resolve(args.workbook))
    if args.json:
        print_json([conflict_json(c) for c in found])
        return 0
    if not found:
        print("No conflicts: the two copies agree on everything they have exchanged.")
    for c in found:
        mine = "(deleted)" if c.mine.deleted else repr(c.mine.value)
        theirs = "(deleted)" if c.theirs.deleted else repr(c.theirs.value)
        print(
            f"{c.id}  {c.place}\n    mine:   {mine}  ({c.mine.by}, {c.mine.at[:16]})\n"
            f"    theirs: {theirs}  ({c.theirs.by}, {c.theirs.at[:16]})"
        )
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    services = services_for(args)
    workbook_id = services.workbooks.resolve(args.workbook)
    services.sync.resolve(workbook_id, args.conflict, args.keep)
    left = len(services.sync.conflicts(workbook_id))
    print(f"Kept {args.keep}. {left} conflict{'s' if left != 1 else ''} left.")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    import sys

    services = services_for(args)
    workbook_id = services.workbooks.resolve(args.workbook)
    phrase = shared_passphrase(args.shared_passphrase_file)
    if args.stop:
        services.sync.set_folder(workbook_id, None)
        print("This alliance no longer uses a shared folder.")
        return 0
    if args.folder is not None:
        services.sync.set_folder(workbook_id, args.folder, protected=phrase is not None)
    report = services.sync.sync_folder(workbook_id, phrase, _included(args))
    if args.json:
        print_json(
            {
                "folder": str(report.folder),
                "written": str(report.written),
                "merged": [merge_json(m) for m in report.merged],
                "problems": report.problems,
            }
        )
    else:
        for merged in report.merged:
            print(merge_summary(merged))
        print(f"Wrote {report.written}.")
    for problem in report.problems:
        print(f"actionmentor: not merged: {problem}", file=sys.stderr)
    return 0
