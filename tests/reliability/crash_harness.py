"""Kill a writing process with SIGKILL at random moments; after every kill, check that the
database is whole and that every write the child acknowledged is there.

    python tests/reliability/crash_harness.py --kills 500 [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

WRITER = Path(__file__).with_name("writer.py")


@dataclass
class Result:
    kills: int = 0
    acknowledged: int = 0
    missing: int = 0
    integrity_failures: int = 0


def one_kill(data_dir: Path, run: int, rng: random.Random) -> tuple[set[str], float]:
    child = subprocess.Popen(
        [sys.executable, str(WRITER), str(data_dir), str(run)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    # Wait for the first acknowledged write, then kill somewhere in the stream of writes.
    assert child.stdout is not None
    first = child.stdout.readline()
    delay = rng.uniform(0.0, 0.25)
    time.sleep(delay)
    os.kill(child.pid, signal.SIGKILL)
    rest = child.stdout.read()
    child.wait()
    numbers = [line for line in (first + rest).splitlines() if line.strip()]
    return {f"ack-{run}-{n}" for n in numbers}, delay


def check(data_dir: Path) -> tuple[bool, set[str]]:
    from actionmentor.storage.database import open_database

    db = open_database(data_dir, daily_backup=False)  # header, application id, quick_check
    db.close()
    conn = sqlite3.connect(data_dir / "actionmentor.db")
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        texts = {row[0] for row in conn.execute("SELECT text FROM journal_entries")}
    finally:
        conn.close()
    return ok, texts


def run(kills: int, data_dir: Path, seed: int = 1) -> Result:
    rng = random.Random(seed)
    result = Result()
    for n in range(kills):
        acked, _delay = one_kill(data_dir, n, rng)
        ok, present = check(data_dir)
        result.kills += 1
        result.acknowledged += len(acked)
        result.missing += len(acked - present)
        result.integrity_failures += not ok
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--kills", type=int, default=500)
    parser.add_argument("--data-dir", type=Path)
    args = parser.parse_args()
    data_dir = args.data_dir or Path(tempfile.mkdtemp()) / "data"
    start = time.perf_counter()
    result = run(args.kills, data_dir)
    seconds = time.perf_counter() - start
    print(
        f"kills: {result.kills}  acknowledged writes: {result.acknowledged}  "
        f"missing after restart: {result.missing}  integrity failures: "
        f"{result.integrity_failures}  ({seconds:.0f} s)"
    )
    sys.exit(1 if result.missing or result.integrity_failures else 0)


if __name__ == "__main__":
    main()
