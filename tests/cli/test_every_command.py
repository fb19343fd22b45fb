"""Every subcommand, with arbitrary arguments and files: exit 0 or 1, at most one line on
stderr, never a traceback, never an internal error, never a hang.

The commands and their options are read from the real parser, so a new one is covered the
day it is added. Values mix arbitrary text and numbers with the files people (and accidents)
hand over: devices, a pipe, a folder, a symlink loop, an empty, a binary, a huge and a
non-UTF-8 file, a real export and a real backup."""

from __future__ import annotations

import argparse
import io
import os
import signal
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import FrameType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actionmentor.cli import main
from actionmentor.cli.main import build_parser
from tests.helpers import ok

EXAMPLES = 300
HANG_S = 30  # a command past this is stuck (a FIFO, /dev/zero), not slow
TRIED: Counter[str] = Counter()
SUCCEEDED: Counter[str] = Counter()


class Hung(BaseException):
    """Not an Exception: the app's catch-all for bugs must not swallow it."""


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    for action in build_parser()._actions:  # argparse keeps its subparsers nowhere public
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    raise AssertionError("no subcommands")


COMMANDS = _subcommands()


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    root = tmp_path_factory.mktemp("every")
    data = root / "data"
    ok("new", "--mentee", "Ana", "--mentor", "Ben", data_dir=data)
    ok("answer", "1", "invitation.who", "--as", "mentee", "Ben, my old team lead", data_dir=data)
    export = root / "export.json"
    ok("export", "1", "--kind", "json", "--out", str(export), data_dir=data)
    backup = Path(ok("backup", data_dir=data).strip())
    os.mkfifo(root / "pipe")
    (root / "loop").symlink_to(root / "loop")
    (root / "empty").touch()
    (root / "binary").write_bytes(bytes(range(256)) * 64)
    (root / "latin1.txt").write_bytes("mentee=caf\xe9\n".encode("latin-1"))
    with open(root / "huge", "wb") as handle:  # sparse: 200 MB that take no disk
        handle.truncate(200 * 1024 * 1024)
    (root / "passphrases").write_text("mentee=a long enough phrase\n")
    (root / "folder").mkdir()
    yield {"root": root, "data": data, "export": export, "backup": backup}


SPECIAL = ["/dev/zero", "/dev/urandom", "/dev/null", "/proc/self/mem", "/nonexistent/x",
           "pipe", "loop", "empty", "binary", "latin1.txt", "huge", "folder", "passphrases",
           "export.json", "BACKUP", ".", ""]  # fmt: skip
# Values that get a command past its parser, so that what comes after is tried too.
LIKELY = st.sampled_from(["1", "Ana with Ben", "invitation.who", "assessment.rating.confidence",
                          "assessment.strengths.strengths", "hay-1997", "ana", "3"])  # fmt: skip
TEXT = st.one_of(
    st.text(max_size=30),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.sampled_from(["1", "0", "²", "9" * 5000, "[" * 3000, '{"a": 1e999}', "-", "--", "\x00"]),
)
# Output files stay in the test's own folder: no "/" in a generated name.
NAME = st.text(min_size=1, max_size=20).filter(lambda s: "/" not in s and "\x00" not in s)
OUT = st.one_of(
    NAME,
    st.tuples(NAME, st.sampled_from([".pdf", ".ics", ".json"])).map("".join),
    st.sampled_from(["pipe", "loop", "folder", "empty", "binary"]),
    st.sampled_from(["out.pdf", "out.ics", "out.json"]),
    st.sampled_from(["out.pdf", "out.ics", "out.json"]),
)


def _value(action: argparse.Action, files: dict[str, Path]) -> st.SearchStrategy[str]:
    if action.dest == "out":
        return OUT
    named = st.sampled_from(SPECIAL).map(
        lambda name: str(files["backup"]) if name == "BACKUP" else name
    )
    if action.choices:
        valid = st.sampled_from(list(action.choices))
        return st.one_of(valid, valid, valid, TEXT)
    if isinstance(action.type, type) and issubclass(action.type, Path):
        return st.one_of(named, named, TEXT)
    return st.one_of(LIKELY, LIKELY, TEXT, named)


@st.composite
def command_lines(draw: st.DrawFn, files: dict[str, Path], name: str) -> list[str]:
    parser = COMMANDS[name]
    argv = [name]
    for action in parser._actions:
        if action.dest in ("help", "data_dir"):
            continue  # --data-dir stays the test's: other folders have tests of their own
        if not action.option_strings:
            argv.append(draw(_value(action, files)))
        elif action.required or draw(st.booleans()):
            argv.append(action.option_strings[-1])
            if action.nargs != 0:
                argv.append(draw(_value(action, files)))
    return argv


def _on_alarm(_signum: int, _frame: FrameType | None) -> None:
    raise Hung


def _run(argv: list[str], stdin: str) -> int:
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.alarm(HANG_S)
    saved_stdin, sys.stdin = sys.stdin, io.StringIO(stdin)
    try:
        return main(argv)
    except SystemExit as done:  # argparse's usage mistakes, --help
        return int(done.code or 0)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
        sys.stdin = saved_stdin


# One test per command, each with its share of the lines: drawn from one list, Hypothesis
# (which favours what it has drawn before) could leave a command untried in 300 lines.
@pytest.mark.parametrize("name", sorted(COMMANDS))
@settings(
    max_examples=max(EXAMPLES // len(COMMANDS), 10),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_every_command_takes_anything_in_one_line(
    name: str,
    files: dict[str, Path],
    data: st.DataObject,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(files["root"])  # relative names (and outputs) land here
    argv = data.draw(command_lines(files, name))
    stdin = data.draw(st.text(max_size=50))
    TRIED[argv[0]] += 1
    try:
        code = _run(["--data-dir", str(files["data"]), *argv], stdin)
    except Hung:
        pytest.fail(f"{argv!r} still ran after {HANG_S} s")
    err = capsys.readouterr().err
    assert code in (0, 1), (argv, code, err)
    SUCCEEDED[argv[0]] += code == 0
    if os.environ.get("EVERY_DEBUG"):
        print(argv[:6], code, err.strip()[:150], file=sys.__stdout__)
    assert err.count("\n") <= 1, (argv, err)
    # No library internals, unless the words are the person's own, echoed back ("There is
    # no workbook 'sqlalche'"): hypothesis finds the very strings a check looks for.
    typed = " ".join(argv) + stdin
    for internal in ("Traceback", "sqlalche"):
        assert internal not in err or internal in typed, (argv, err)
    assert "a bug, not something you did" not in err, (argv, err)


def test_every_command_was_tried() -> None:
    """Runs after the tests above (file order, same worker): each command got its lines."""
    if not TRIED:
        pytest.skip("run together with test_every_command_takes_anything_in_one_line")
    print(f"\n{sum(TRIED.values())} command lines (tried, of which exit 0):",
          {name: (TRIED[name], SUCCEEDED[name]) for name in sorted(TRIED)})  # fmt: skip
    assert all(TRIED[name] >= 10 for name in TRIED), TRIED
