"""The `actionmentor` command: a front end over the same services as the window.

Every user mistake ends with one line on stderr and exit status 1, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from actionmentor import __version__
from actionmentor.domain.enums import ExportKind
from actionmentor.errors import InvalidInputError, UserError
from actionmentor.paths import DATA_DIR_ENV, default_data_dir

PROG = "actionmentor"


class _Parser(argparse.ArgumentParser):
    """Usage mistakes are user mistakes too: one line and exit 1."""

    def error(self, message: str) -> NoReturn:
        self.exit(1, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number above 0, got {value!r}")
    return int(value)


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def _open(args: argparse.Namespace) -> Any:
    from actionmentor.services import open_services

    return open_services(args.data_dir)


def cmd_frameworks(args: argparse.Namespace) -> int:
    from actionmentor.cli.json_shapes import frameworks_json
    from actionmentor.exercises import frameworks

    fws = frameworks()
    if args.json:
        _print_json(frameworks_json(fws))
        return 0
    for fw in fws:
        print(f"{fw.id}  {fw.title}  ({len(fw.stages)} stages, {fw.prompt_count()} prompts)")
        for n, stage in enumerate(fw.stages, 1):
            print(f"  {n:2}. {stage.title}")
        for stage in fw.alongside:
            print(f"   +  {stage.title} (alongside every stage)")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    services = _open(args)
    summary = services.workbooks.create(
        args.mentee, args.mentor, framework_id=args.framework, title=args.title
    )
    print(summary.id)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from actionmentor.cli.json_shapes import summary_json

    summaries = _open(args).workbooks.all()
    if args.json:
        _print_json([summary_json(s) for s in summaries])
        return 0
    if not summaries:
        print(f"No workbooks yet. '{PROG} new --mentee NAME --mentor NAME' starts one.")
    for s in summaries:
        print(
            f"{s.id:>4}  {s.title}  ·  {s.mentee} with {s.mentor}  ·  {s.framework_id}  ·  "
            f"{s.current_stage_title}  ·  {s.progress:.0%}"
            + ("  ·  ended" if s.status == "ended" else "")
        )
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from actionmentor.cli.json_shapes import search_json
    from actionmentor.domain.search import MATCH_END, MATCH_START, fts_query

    if fts_query(args.query) is None:
        raise InvalidInputError("Give at least one word to search for.")
    hits = _open(args).search.search(args.query, limit=args.limit)
    if args.json:
        _print_json(search_json(args.query, hits))
        return 0
    if not hits:
        print(f"Nothing found for {args.query!r}.")
    for h in hits:
        snippet = h.snippet.replace(MATCH_START, "[").replace(MATCH_END, "]")
        print(f"{h.workbook_title}  ·  {h.place()}\n    {' '.join(snippet.split())}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from actionmentor.cli.json_shapes import detail_json

    services = _open(args)
    detail = services.detail(services.workbooks.resolve(args.workbook))
    if args.json:
        _print_json(detail_json(detail))
        return 0
    s = detail.summary
    print(f"{s.title}  (workbook {s.id}, {s.framework_title})")
    print(f"Mentee: {s.mentee}    Mentor: {s.mentor}    Progress: {s.answered}/{s.total}")
    for st in detail.stages:
        signed = [
            who
            for who, at in (("mentee", st.mentee_signed_at), ("mentor", st.mentor_signed_at))
            if at
        ]
        mark = f"  signed by {' and '.join(signed)}" if signed else ""
        print(f"  {st.title:<20} {st.status.value:<12} {st.answered:>3}/{st.total:<3}{mark}")
    print(
        f"{len(detail.answers)} answers, {len(detail.actions)} actions, "
        f"{len(detail.meetings)} meetings, {len(detail.journal)} journal entries"
    )
    return 0


def cmd_answer(args: argparse.Namespace) -> int:
    from actionmentor.domain.answers import parse_answer_text

    services = _open(args)
    workbook_id = services.workbooks.resolve(args.workbook)
    from actionmentor.exercises import framework

    fw = framework(services.workbooks.get(workbook_id).framework_id)
    prompt = fw.prompt(args.prompt_id)
    if prompt is None:
        raise UserError(
            f"There is no prompt {args.prompt_id!r} in the {fw.title} framework. "
            f"'{PROG} frameworks --json' lists the prompt ids."
        )
    text = sys.stdin.read() if args.value == "-" else args.value
    value = parse_answer_text(prompt, text)
    record = services.answers.save(workbook_id, prompt.id, args.respondent, value, args.instance)
    print("cleared" if record is None else "saved")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from actionmentor.services.demo import create_demo

    print(create_demo(_open(args)))
    return 0


def _passphrases(path: Path | None) -> dict[Any, str]:
    """Read 'mentee=…' and 'mentor=…' lines: passphrases stay out of the shell history."""
    from actionmentor.domain.enums import Person

    if path is None:
        return {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"Can't read the passphrase file {path}: {exc}.") from None
    found: dict[Any, str] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        who, sep, phrase = line.partition("=")
        if not sep or who.strip() not in ("mentee", "mentor"):
            raise UserError(f"{path}, line {number}: write 'mentee=PASSPHRASE' or 'mentor=…'.")
        found[Person(who.strip())] = phrase
    return found


def cmd_export(args: argparse.Namespace) -> int:
    services = _open(args)
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
    )
    print(out)
    return 0


def cmd_blank(args: argparse.Namespace) -> int:
    from actionmentor.services.exports import ExportService

    print(ExportService.blank(args.framework, args.out, args.paper))
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    services = _open(args)
    path = services.backups.make()
    services.close()
    print(path)
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from actionmentor.services.backups import BackupService

    backups = BackupService(args.data_dir).list()
    if args.json:
        _print_json(
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
    services = _open(args)
    problems, repairs = services.maintenance.check()
    for line in repairs:
        print(f"repaired: {line}")
    if problems:
        for line in problems:
            print(f"problem: {line}", file=sys.stderr)
        print(
            f"{PROG}: the database is damaged; restore a backup ('{PROG} backups' lists them).",
            file=sys.stderr,
        )
        return 1
    print("ok" if not repairs else f"ok after {len(repairs)} repairs")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from actionmentor.services.portable import read_import_file

    raw = read_import_file(args.file)
    print(_open(args).import_workbook(raw, _passphrases(args.passphrase_file)))
    return 0


def cmd_screenshot(args: argparse.Namespace) -> int:
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


def build_parser() -> argparse.ArgumentParser:
    from actionmentor.ui.shell.screenshot import SCREENSHOT_VIEWS

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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, handler: Callable[[argparse.Namespace], int], help: str) -> Any:
        sub = commands.add_parser(name, parents=[common], help=help, description=help)
        sub.set_defaults(handler=handler)
        return sub

    sub = command("frameworks", cmd_frameworks, "list the frameworks and their stages")
    sub.add_argument("--json", action="store_true", help="print JSON")

    sub = command("new", cmd_new, "start a workbook and print its id")
    sub.add_argument("--mentee", required=True, metavar="NAME")
    sub.add_argument("--mentor", required=True, metavar="NAME")
    sub.add_argument("--framework", default="hay-1997", metavar="ID")
    sub.add_argument("--title", metavar="T")

    sub = command("list", cmd_list, "list the workbooks")
    sub.add_argument("--json", action="store_true", help="print JSON")

    sub = command("search", cmd_search, "find words in every workbook (not private entries)")
    sub.add_argument("query", metavar="QUERY", help="the words to find; the last may be a prefix")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub.add_argument("--limit", type=_positive, default=50, metavar="N", help="at most N results")

    sub = command("show", cmd_show, "show one workbook")
    sub.add_argument("workbook", metavar="WORKBOOK", help="its id or its title")
    sub.add_argument("--json", action="store_true", help="print JSON")

    sub = command("answer", cmd_answer, "store one answer")
    sub.add_argument("workbook", metavar="WORKBOOK", help="its id or its title")
    sub.add_argument("prompt_id", metavar="PROMPT_ID")
    sub.add_argument(
        "--as", dest="respondent", required=True, choices=["mentee", "mentor", "together"]
    )
    sub.add_argument(
        "--instance",
        type=int,
        metavar="N",
        help="for a repeated worksheet (a relationship review): which copy; default the newest",
    )
    sub.add_argument(
        "value",
        metavar="VALUE",
        help="the answer; '-' reads standard input; JSON for list, checklist, table, signature",
    )

    command("demo", cmd_demo, "create a filled-in sample workbook and print its id")

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

    sub = command("blank", cmd_blank, "print a blank workbook of a framework")
    sub.add_argument("--framework", default="hay-1997", metavar="ID")
    sub.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    sub.add_argument("--paper", choices=["a4", "letter"], default="a4")

    sub = command("import", cmd_import, "import a workbook exported with --kind json")
    sub.add_argument("file", type=Path, metavar="FILE")
    sub.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help="passphrases for private entries in the file ('mentee=…', 'mentor=…' lines)",
    )
    command("backup", cmd_backup, "back up the database now")
    sub = command("backups", cmd_backups, "list the backups, newest first")
    sub.add_argument("--json", action="store_true", help="print JSON")
    sub = command("restore", cmd_restore, "replace the database with a backup")
    sub.add_argument("file", type=Path, metavar="FILE")
    command("check", cmd_check, "check the database and repair what can be repaired")

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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from actionmentor.files import restrict_umask

    restrict_umask()
    args = build_parser().parse_args(argv)
    if getattr(args, "data_dir", None) is None:
        args.data_dir = default_data_dir()
    handler = getattr(args, "handler", cmd_gui)
    if getattr(args, "command", None) == "screenshot" and args.view is None:
        args.view = "stage" if args.workbook else "library"
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
