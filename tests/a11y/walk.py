"""Reads the accessibility tree of the running Action Mentor over AT-SPI, as a screen reader
does, and prints it as JSON: one object per node that is showing.

Run with the system Python, which has pyatspi (Debian python3-pyatspi); the app's virtual
environment has no GObject bindings. Usage: walk.py APP_PID
"""

from __future__ import annotations

import json
import sys

import pyatspi  # type: ignore[import-not-found]


def nodes(accessible, path="", depth=0):  # type: ignore[no-untyped-def]
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
    pid = int(sys.argv[1])
    desktop = pyatspi.Registry.getDesktop(0)
    for n in range(desktop.childCount):
        app = desktop.getChildAtIndex(n)
        if app is not None and (
            app.get_process_id() == pid or (pid == 0 and app.name == "actionmentor")
        ):
            print(json.dumps(list(nodes(app))))
            return 0
    names = [desktop.getChildAtIndex(n).name for n in range(desktop.childCount)]
    print(f"no application with pid {pid} on the AT-SPI bus (there are: {names})", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
