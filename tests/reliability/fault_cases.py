"""`make reliability`, after the crash harness: four concurrent writers, a restore while
another process has the database open, and a full disk; prints what each lost or failed.

    python tests/reliability/fault_cases.py [--writes N]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.reliability.workers import HOLD_OPEN, WRITE_LOOP, fill, mount_small_disk, unmount  # noqa: E402

ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
CLI = [sys.executable, "-m", "actionmentor"]


def cli(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, "--data-dir", str(data), *args], capture_output=True,
                          text=True, env=ENV, timeout=120)  # fmt: skip


def four_writers(work: Path, writes: int) -> int:
    """Failed writes among four processes writing at once."""
    data = work / "writers"
    for n in range(4):
        cli(data, "new", "--mentee", f"Mentee {n}", "--mentor", "Mentor")
    procs = [subprocess.Popen([sys.executable, "-c", WRITE_LOOP, str(data), str(n), str(writes)],
                              stdout=subprocess.PIPE, text=True, env=ENV)
             for n in range(1, 5)]  # fmt: skip
    return sum(int(p.communicate(timeout=600)[0].strip() or 0) for p in procs)


def restore_while_open(work: Path, saves: int) -> tuple[bool, int]:
    """(whether the restore was refused, acknowledged saves lost)."""
    data = work / "restore"
    cli(data, "new", "--mentee", "Ana", "--mentor", "Ben")
    backup = cli(data, "backup").stdout.strip()
    holder = subprocess.Popen([sys.executable, "-c", HOLD_OPEN, str(data)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env=ENV)  # fmt: skip
    assert holder.stdin is not None and holder.stdout is not None
    holder.stdout.readline()
    refused = cli(data, "restore", backup).returncode == 1
    last = ""
    for n in range(saves):
        last = f"typed after the restore {n}"
        holder.stdin.write(last + "\n")
        holder.stdin.flush()
        holder.stdout.readline()
    holder.stdin.close()
    holder.wait(timeout=60)
    return refused, 0 if last in cli(data, "show", "1", "--json").stdout else 1


def full_disk(work: Path) -> str:
    """What a command says on a full disk, or why the case could not run."""
    disk = work / "disk"
    reason = mount_small_disk(disk, "4m")
    if reason is not None:
        return f"skipped ({reason})"
    try:
        data = disk / "data"
        cli(data, "new", "--mentee", "Ana", "--mentor", "Ben")
        for side in data.glob("actionmentor.db-*"):
            side.unlink()
        filler = fill(disk, leave=16 * 1024)
        said = cli(data, "list").stderr.strip()
        moved = len(list(data.glob("*.damaged")))
        filler.unlink()
        kept = "Ana" in cli(data, "list").stdout
        return f"moved aside {moved}, data kept {kept}: {said}"
    finally:
        unmount(disk)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--writes", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="actionmentor-faults-") as tmp:
        work = Path(tmp)
        failed = four_writers(work, args.writes)
        print(f"four writers x {args.writes} writes: {failed} failed")
        refused, lost = restore_while_open(work, 20)
        print(f"restore while open: refused {refused}, acknowledged saves lost {lost}")
        print(f"full disk: {full_disk(work)}")
    return 0 if failed == 0 and refused and lost == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
