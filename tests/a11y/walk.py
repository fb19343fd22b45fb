"""Reads the accessibility tree of the running Action Mentor over AT-SPI, as a screen reader
does, and prints it as JSON: one object per node that is showing.

Run with the system Python, which has pyatspi (Debian python3-pyatspi); the app's virtual
environment has no GObject bindings. Usage: walk.py
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import Any

import pyatspi  # type: ignore[import-not-found]


def nodes(accessible: Any, path: str = "", depth: int = 0) -> Iterator[dict[str, Any]]:
    states = accessible.getState()
    showing = states.contains(pyatspi.STATE_SHOWING)
    if not showing and depth > 1:
        return
    role = accessible.getRoleName()
    yield {
        "path": path,
        "role": role,
        "name": accessible.name or "",
        "description": accessible.description or "",
        "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
        "focused": states.contains(pyatspi.STATE_FOCUSED),
        "showing": showing,
    }
    for n in range(min(accessible.childCount, 2000)):
        child = accessible.getChildAtIndex(n)
        if child is not None:
            yield from nodes(child, f"{path}/{role}[{n}]", depth + 1)


def main() -> int:
    """The bus is the test's own, so the one application named "actionmentor" is ours. It
    may take a moment to register after its first window shows: wait for it."""
    import time

    deadline = time.monotonic() + 20
    while True:
        desktop = pyatspi.Registry.getDesktop(0)
        apps = [desktop.getChildAtIndex(n) for n in range(desktop.childCount)]
        found = [app for app in apps if app is not None and app.name == "actionmentor"]
        if found:
            print(json.dumps(list(nodes(found[-1]))))
            return 0
        if time.monotonic() > deadline:
            names = [app.name for app in apps if app is not None]
            print(f"no actionmentor on the AT-SPI bus (there are: {names})", file=sys.stderr)
            return 1
        time.sleep(0.2)


if __name__ == "__main__":
    sys.exit(main())
