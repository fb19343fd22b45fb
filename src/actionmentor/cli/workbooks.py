"""Working in the workbooks: frameworks, plan, new, list, search, show, answer, demo."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from actionmentor.cli.common import PROG, AddCommand, _positive, print_json, services_for
from actionmentor.errors import InvalidInputError, UserError


def register(command: AddCommand) -> None:
    """Add this module's subcommands, in the order `--help` lists them."""
    sub = command("frameworks", cmd_frameworks, "list the frameworks and their stages")
    sub.add_argument("--json", action="store_true", help="print JSON")

    sub = command("plan", cmd_plan, "print a framework's meeting plan")
    sub.add_argument("--framework", default="hay-1997", metavar="ID")
    sub.add_argument("--json", action="store_true", help="print JSON")

    sub = command("next", cmd_next, "where a workbook stands and its next planned meeting")
    sub.add_argument("workbook", metavar="WORKBOOK", help="its id or its title")
    sub.add_argument("--json", action="store_true", help="print JSON")

    sub = command("meeting", cmd_meeting, "record the next planned meeting as held")
    sub.add_argument("workbook", metavar="WORKBOOK", help="its id or its title")
    sub.add_argument("--covered", required=True, metavar="TEXT", help="what you covered")
    sub.add_argument("--actions", default="", metavar="TEXT", help="the actions agreed")
    sub.add_argument("--held", metavar="WHEN", help="when it was held (default now)")
    sub.add_argument("--place", metavar="PLACE", help="where (default the last place)")
    sub.add_argument(
        "--next", metavar="WHEN", help="the next meeting (default: on the rhythm you agreed)"
    )
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

    sub = command("demo", cmd_demo, "create a filled-in sample workbook and print its id")
    sub.add_argument(
        "--lang", choices=["en", "de"], default="en", help="the sample pair's language"
    )


def cmd_frameworks(args: argparse.Namespace) -> int:
    from actionmentor.cli.json_shapes import frameworks_json
    from actionmentor.exercises import frameworks

    fws = frameworks()
    if args.json:
        print_json(frameworks_json(fws))
        return 0
    for fw in fws:
        print(f"{fw.id}  {fw.title}  ({len(fw.stages)} stages, {fw.prompt_count()} prompts)")
        for n, stage in enumerate(fw.stages, 1):
            print(f"  {n:2}. {stage.title}")
        for stage in fw.alongside:
            print(f"   +  {stage.title} (alongside every stage)")
    return 0


def cmd_plan(args: argparse.Namespace) -> int:
    from actionmentor.cli.json_shapes import plan_json
    from actionmentor.exercises import framework

    fw = framework(args.framework)
    if args.json:
        print_json(plan_json(fw))
        return 0
    total = sum(m.minutes for m in fw.plan)
    print(f"{fw.title}: {len(fw.plan)} meetings, {total} minutes in all")
    for meeting in fw.plan:
        print(f"\nMeeting {meeting.number}: {meeting.title} ({meeting.minutes} min)")
        print(f"  {meeting.purpose}")
        for who, items in (("mentee", meeting.before_mentee), ("mentor", meeting.before_mentor)):
            for text in items:
                print(f"  before, {who}: {text}")
        for step in meeting.items:
            # The worksheet's title, as the window names it, not its id.
            found = fw.worksheet(step.worksheet) if step.worksheet else None
            place = (
                f" (worksheet: {found[1].title})" if found and found[1].title != step.title else ""
            )
            print(f"  {step.minutes:3} min  {step.title}{place}")
    return 0


def cmd_next(args: argparse.Namespace) -> int:
    from actionmentor.cli.json_shapes import home_json

    services = services_for(args)
    workbook_id = services.workbooks.resolve(args.workbook)
    home = services.home.summary(workbook_id)
    if args.json:
        print_json(home_json(home, dt.date.today()))
        return 0
    stage = home.stage
    print(f"{home.title}")
    print(f"Stage: {stage.title} ({stage.answered} of {stage.total} core answers)")
    if home.done_when:
        print(f"  Done when: {home.done_when}")
    for state, person in home.awaiting_signoff:
        print(f"  Waiting for {home.names[person]} to sign off {state.title}")
    coming = home.next
    if coming is None:
        print(f"All {home.planned_meetings} planned meetings are held: time to end well.")
        for state in home.unfinished:
            print(f"  Still open: {state.title}")
    else:
        when = coming.at.astimezone().strftime("%Y-%m-%d %H:%M") if coming.at else "no date yet"
        place = f", {coming.place}" if coming.place else ""
        print(f"Next: meeting {coming.planned.number} of {home.planned_meetings}, "
              f"{coming.planned.title} ({when}{place})")  # fmt: skip
        for step in coming.planned.items:
            print(f"  {step.minutes:3} min  {step.title}")
        for person, items in home.before.items():
            for item in items:
                mark = {True: "[x]", False: "[ ]", None: " - "}[item.done]
                print(f"  before, {home.names[person]}: {mark} {item.text}")
    for action in home.actions_due:
        print(f"Action due {action.due_date}: {action.title}")
    if home.review_due:
        print("A relationship review is due at the next meeting.")
    return 0


def _when(text: str | None, what: str) -> dt.datetime | None:
    """ "2027-01-14 18:00" (or with a T), in local time unless it says otherwise."""
    if text is None:
        return None
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInputError(f"{what} must be a date and time like 2027-01-14 18:00.") from None
    return moment if moment.tzinfo else moment.astimezone()


def cmd_meeting(args: argparse.Namespace) -> int:
    from actionmentor.cli.json_shapes import iso

    held, following = _when(args.held, "--held"), _when(args.next, "--next")
    now = dt.datetime.now().astimezone()
    if held is not None and held > now + dt.timedelta(minutes=5):
        raise InvalidInputError("--held is in the future: record a meeting once it is held.")
    if following is not None and following <= (held or now):
        raise InvalidInputError("--next must come after the meeting being recorded.")
    services = services_for(args)
    workbook_id = services.workbooks.resolve(args.workbook)
    record, number = services.record_planned_meeting(
        workbook_id,
        args.covered,
        actions_agreed=args.actions,
        held_at=held,
        place=args.place,
        next_at=following,
    )
    if args.json:
        print_json(
            {
                "id": record.id,
                "number": number,
                "held_at": iso(record.held_at),
                "place": record.place,
                "next_meeting_at": iso(record.next_meeting_at),
            }
        )
        return 0
    label = f"Meeting {number}" if number else "A meeting after the plan"
    nxt = record.next_meeting_at
    when = nxt.astimezone().strftime("%Y-%m-%d %H:%M") if nxt else "no date"
    print(f"{label} recorded; the next is on {when}.")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    services = services_for(args)
    summary = services.workbooks.create(
        args.mentee, args.mentor, framework_id=args.framework, title=args.title
    )
    print(summary.id)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from actionmentor.cli.json_shapes import summary_json

    summaries = services_for(args).workbooks.all()
    if args.json:
        print_json([summary_json(s) for s in summaries])
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
    hits = services_for(args).search.search(args.query, limit=args.limit)
    if args.json:
        print_json(search_json(args.query, hits))
        return 0
    if not hits:
        print(f"Nothing found for {args.query!r}.")
    for h in hits:
        snippet = h.snippet.replace(MATCH_START, "[").replace(MATCH_END, "]")
        print(f"{h.workbook_title}  ·  {h.place()}\n    {' '.join(snippet.split())}")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    from actionmentor.cli.json_shapes import detail_json

    services = services_for(args)
    detail = services.detail(services.workbooks.resolve(args.workbook))
    if args.json:
        print_json(detail_json(detail))
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

    services = services_for(args)
    workbook_id = services.workbooks.resolve(args.workbook)
    from actionmentor.exercises import framework

    fw = framework(services.workbooks.get(workbook_id).framework_id)
    prompt = fw.prompt(args.prompt_id)
    if prompt is None:
        raise UserError(
            f"There is no prompt {args.prompt_id!r} in the {fw.title} framework. "
            f"'{PROG} frameworks --json' lists the prompt ids."
        )
    text = _read_stdin() if args.value == "-" else args.value
    value = parse_answer_text(prompt, text)
    record = services.answers.save(workbook_id, prompt.id, args.respondent, value, args.instance)
    print("cleared" if record is None else "saved")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from actionmentor.services.demo import create_demo

    print(create_demo(services_for(args), args.lang))
    return 0


STDIN_LIMIT = 10 * 1024 * 1024  # far past any answer a person writes; /dev/zero never ends


def _read_stdin() -> str:
    raw = sys.stdin.buffer.read(STDIN_LIMIT + 1)
    if len(raw) > STDIN_LIMIT:
        raise InvalidInputError(f"The answer on standard input is over {STDIN_LIMIT:,} bytes.")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInputError("The answer on standard input is not UTF-8 text.") from None
