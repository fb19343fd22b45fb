"""`make reliability`, after the crash harness: four concurrent writers, a restore while
another process has the database open, and a full disk; prints what each lost or failed.

    python tests/reliability/fault_cases.py [--writes N]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
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


def _temporary(*folders: Path) -> list[Path]:
    """What a killed export, backup or restore leaves: *.partial and *.restoring files."""
    return [p for folder in folders if folder.is_dir() for p in folder.iterdir()
            if p.name.endswith((".partial", ".restoring"))]  # fmt: skip


def kills_leave_nothing(work: Path, kills: int) -> tuple[int, int, int]:
    """(kills during export, backup and restore; temporary files they left; files still
    there after the next start). A leftover is only removed once it is old (a young one may
    still be written), so each is aged first."""
    data, out = work / "kills", work / "kills-out"
    out.mkdir()
    cli(data, "demo")
    backup = cli(data, "backup").stdout.strip()
    commands = [["export", "1", "--kind", "workbook", "--out", str(out / "w.pdf")],
                ["backup"], ["restore", backup]]  # fmt: skip
    for n in range(kills):
        argv = [*CLI, "--data-dir", str(data), *commands[n % 3]]
        proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                env=ENV)  # fmt: skip
        time.sleep(random.uniform(0.2, 1.2))  # past start-up, into the work, most of the time
        proc.kill()
        proc.wait()
    folders = (data, data / "backups", out)
    left = _temporary(*folders)
    hour_ago = time.time() - 3600
    for path in left:
        os.utime(path, (hour_ago, hour_ago))
    cli(data, "list")  # the next start
    cli(data, *commands[0])  # and the next export to the same file
    return kills, len(left), len(_temporary(*folders))


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
        kills, made, left = kills_leave_nothing(work, 30)
        print(f"kills during export, backup and restore: {kills}, temporary files they left: "
              f"{made}, still there after the next start: {left}")  # fmt: skip
    return 0 if failed == 0 and refused and lost == 0 and left == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
