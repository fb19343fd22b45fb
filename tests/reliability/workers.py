"""Scripts run as separate processes by the fault tests and by `make reliability`, and the
small real disk they fill: one copy of each, so both check the same thing."""

from __future__ import annotations

import contextlib
import os
import subprocess
from pathlib import Path

# Answer a prompt N times, a read before each write as the window does; print the failures.
WRITE_LOOP = """
import sys
from pathlib import Path
from actionmentor.errors import UserError
from actionmentor.services import open_services

services = open_services(Path(sys.argv[1]))
workbook, failed = int(sys.argv[2]), 0
for n in range(int(sys.argv[3])):
    try:
        services.answers.stages(workbook)
        services.answers.save(workbook, "invitation.who", "mentee", f"writer {workbook}: {n}")
    except UserError as exc:
        failed += 1
        print(exc, file=sys.stderr)
services.close()
print(failed)
"""

# Keep the database open; save an answer for each line read, and say so.
HOLD_OPEN = """
import sys
from pathlib import Path
from actionmentor.services import open_services

services = open_services(Path(sys.argv[1]))
print("open", flush=True)
for line in sys.stdin:
    services.answers.save(1, "invitation.who", "mentee", line.strip())
    print("saved", flush=True)
services.close()
"""


def mount_small_disk(where: Path, size: str) -> str | None:
    """Mount a real tmpfs of ``size`` at ``where``; the reason it can't, or None."""
    if os.geteuid() != 0:
        return "mounting a small tmpfs needs root"
    where.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                          capture_output=True, text=True)  # fmt: skip
    return f"can't mount a tmpfs here: {done.stderr.strip()}" if done.returncode else None


def unmount(where: Path) -> None:
    subprocess.run(["umount", "-l", str(where)], check=False)


def fill(disk: Path, leave: int) -> Path:
    """Fill the disk until only about ``leave`` bytes are free; remove the file to free it."""
    filler = disk / "filler"
    free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
    with open(filler, "wb") as handle, contextlib.suppress(OSError):
        handle.write(b"\0" * max(0, free - leave))
    return filler
