"""The window as a screen reader reads it: the real app on an X server with the AT-SPI bus,
its accessibility tree walked from outside (pyatspi, as Orca does) on every screen the
driver (screens.py) shows: the library, the wizard and the alliance it makes, through every
step of its first two planned meetings, the demo's home, worksheets with every prompt kind,
the meeting mode, each tab and the dialogs.

Skipped, with the reason, only where Xvfb, the D-Bus daemon or pyatspi are missing
(``tools/system-deps.sh`` installs them on Debian)."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"
# An empty cell of a table is read with its column header; nothing else may go unnamed.
UNNAMED_OK = {"table cell"}
SLOT_ROLES = ("text", "entry", "combo box", "spin button", "check box", "radio button", "table")


def _missing() -> str | None:
    for tool in ("Xvfb", "dbus-daemon"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (tools/system-deps.sh installs it)"
    has_pyatspi = (
        Path(SYSTEM_PYTHON).is_file()
        and subprocess.run(
            [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, timeout=30
        ).returncode
        == 0
    )
    if not has_pyatspi:
        return "pyatspi is not installed for the system Python (python3-pyatspi)"
    return None


@pytest.fixture(scope="module")
def desktop() -> Iterator[dict[str, str]]:
    """An X server and a session bus (AT-SPI's bus launcher starts on it when asked)."""
    reason = _missing()
    if reason:
        pytest.skip(reason)
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write)
    with os.fdopen(read) as pipe:
        display = pipe.readline().strip()
    bus = subprocess.run(
        ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
        capture_output=True, text=True, timeout=30,
    )  # fmt: skip
    if bus.returncode != 0 or not display:
        xvfb.kill()
        pytest.skip(f"the session bus did not start: {bus.stderr.strip()}")
    address, pid = bus.stdout.split()
    env = {**os.environ, "DISPLAY": f":{display}", "DBUS_SESSION_BUS_ADDRESS": address,
           "QT_QPA_PLATFORM": "xcb", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
           "NO_AT_BRIDGE": "0"}  # fmt: skip
    try:
        yield env
    finally:
        os.kill(int(pid), signal.SIGTERM)
        xvfb.terminate()
        xvfb.wait(timeout=10)


def walk_screens(env: dict[str, str], data_dir: Path, language: str) -> dict[str, list[Any]]:
    app = subprocess.Popen(
        [sys.executable, str(HERE / "screens.py"), str(data_dir), language],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env,
        cwd=HERE.parents[1],
    )  # fmt: skip
    assert app.stdin is not None and app.stdout is not None
    trees: dict[str, list[Any]] = {}
    try:
        for line in app.stdout:
            if line.startswith("DONE"):
                break
            if not line.startswith("SCREEN "):
                continue
            walked = subprocess.run(
                [SYSTEM_PYTHON, str(HERE / "walk.py")],
                capture_output=True, text=True, env=env, timeout=120,
            )  # fmt: skip
            assert walked.returncode == 0, walked.stderr
            trees[line.removeprefix("SCREEN ").strip()] = json.loads(walked.stdout)
            app.stdin.write("next\n")
            app.stdin.flush()
        assert app.wait(timeout=60) == 0
    finally:
        if app.poll() is None:
            app.kill()
    return trees


@pytest.fixture(scope="module")
def trees(desktop: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return walk_screens(desktop, tmp_path_factory.mktemp("a11y"), "en")


def unnamed_focusable(tree: list[dict[str, Any]]) -> list[str]:
    return [
        f"{node['role']} at {node['path']}"
        for node in tree
        if node["focusable"] and not node["name"].strip() and node["role"] not in UNNAMED_OK
    ]


def test_every_screen_was_read(trees: dict[str, Any]) -> None:
    names = list(trees)
    assert names[0] == "library" and "home" in names and "meeting mode" in names
    # The wizard's new alliance, through its first two planned meetings, step by step.
    assert "meeting 1 recorded, the sheet offered" in names
    assert "meeting 2 recorded, the sheet offered" in names
    assert any(n.startswith("wizard") for n in names)
    assert sum(n.startswith("worksheet ") for n in names) >= 3  # every prompt kind between them
    assert {"tab action plan", "tab meetings", "tab journal", "tab reviews"} <= set(names)
    assert {"export dialog", "preferences dialog"} <= set(names)
    counts = {name: len(tree) for name, tree in trees.items()}
    focusable = [n for tree in trees.values() for n in tree if n["focusable"]]
    excused: dict[str, int] = {}
    for node in focusable:
        if not node["name"].strip():
            excused[node["role"]] = excused.get(node["role"], 0) + 1
    print(f"\n{len(trees)} screens, {sum(counts.values())} nodes, {len(focusable)} focusable; "
          f"unnamed focusable by role: {excused}")  # fmt: skip
    assert all(count > 10 for count in counts.values()), counts


def test_no_focusable_control_is_unnamed(trees: dict[str, Any]) -> None:
    found = {name: unnamed_focusable(tree) for name, tree in trees.items()}
    assert {name: nodes for name, nodes in found.items() if nodes} == {}


def test_each_answer_slot_names_its_person(trees: dict[str, Any]) -> None:
    people = ("Priya Shah", "Tom Okafor", "together", "Together")
    for name, tree in trees.items():
        if not name.startswith("worksheet "):
            continue
        slots = [n for n in tree if n["role"] in SLOT_ROLES]
        assert slots, name
        # A combo box's AT-SPI name is its current option (Qt on Linux): it names its person
        # in the description, which a screen reader reads after it.
        anonymous = [
            (n["role"], n["name"])
            for n in slots
            if not any(p in n["name"] or p in n["description"] for p in people)
        ]
        assert anonymous == [], name


def test_the_controls_have_the_roles_a_reader_announces(trees: dict[str, Any]) -> None:
    roles = {node["role"] for tree in trees.values() for node in tree}
    assert {"push button", "page tab", "text", "combo box", "check box"} <= roles, roles


def english_interface_texts() -> set[str]:
    """The interface's English strings (the .ts sources), long enough not to be German too."""
    import xml.etree.ElementTree as ET

    ts = HERE.parents[1] / "resources" / "translations" / "actionmentor_de.ts"
    found = set()
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        for piece in re.split(r"%\w|%n|&", source):
            piece = " ".join(piece.split()).strip(" .:…")
            if len(piece) >= 14:
                found.add(piece)
    return found


def test_the_german_window_reads_german_on_every_screen(
    desktop: dict[str, str], tmp_path: Path
) -> None:
    """Read with a screen reader's eyes, in German: no text of the interface or of the
    worksheets is left in English on any screen (names and numbers may be)."""
    from actionmentor.exercises import framework
    from tests.export.test_german_exports import english_fragments

    german = walk_screens(desktop, tmp_path, "de")
    fw = framework("hay-1997", "en")
    # Hay's English stage names, which the German description quotes on purpose ("im
    # Englischen beginnen alle mit A: Alliance, Assessment, …"), are names.
    english = english_interface_texts() | english_fragments(fw)
    english -= {stage.title for stage in fw.all_stages()}
    left = {
        name: sorted({piece for node in tree for piece in english
                      if piece in node["name"] or piece in node["description"]})
        for name, tree in german.items()
    }  # fmt: skip
    assert {name: pieces for name, pieces in left.items() if pieces} == {}
    assert any(n["name"] == "Phasen und Arbeitsblätter" for n in german["home"])  # a tab
