"""Keeping the data safe: backup, backups, restore, check."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from actionmentor.cli.common import PROG, AddCommand, print_json, services_for
from actionmentor.diagnostics import log_path


def register(command: AddCommand) -> None:
    """Add this module's subcommands, in the order `--help` lists them."""
    command("backup", cmd_backup, "back up the database now")
    sub = command("backups", cmd_backups, "list the backups, newest first")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub = command("restore", cmd_restore, "replace the database with a backup")
    sub.add_argument("file", type=Path, metavar="FILE")
    command("check", cmd_check, "check the database and repair what can be repaired")


def cmd_backup(args: argparse.Namespace) -> int:
    services = services_for(args)
    path = services.backups.make()
    services.close()
    print(path)
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from actionmentor.services.backups import BackupService

    backups = BackupService(args.data_dir).list()
    if args.json:
        print_json(
            [
                {
                    "path": str(b.path),
                    "created_at": b.created_at.isoformat(),
                    "reason": b.reason,
                    "size": b.size,
                }
                for b in backups
            ]
        )
        return 0
    if not backups:
        print("No backups yet.")
    for b in backups:
        when = b.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(f"{when}  {b.reason:<32} {b.size // 1024:>6} KB  {b.path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from actionmentor.services.backups import BackupService

    # Not opened first: the current file may be the damaged one being replaced.
    safety = BackupService(args.data_dir).restore(args.file)
    if safety:
        print(f"The database before the restore is kept as {safety}")
    print(f"Restored {args.file}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from actionmentor.services import open_services

    # No day's backup first: a database that needs repair fails the backup's own check.
    services = open_services(args.data_dir, daily_backup=False)
    problems, repairs = services.maintenance.check()
    for line in repairs:
        print(f"repaired: {line}")
    if problems:
        # One line here; SQLite's whole report (it can run to hundreds) is in the log.
        more = f", and {len(problems) - 1} more in {log_path()}" if len(problems) > 1 else ""
        print(
            f"{PROG}: the database is damaged ({problems[0]}{more}); restore a backup "
            f"('{PROG} backups' lists them).",
            file=sys.stderr,
        )
        return 1
    print("ok" if not repairs else f"ok after {len(repairs)} repairs")
    return 0
