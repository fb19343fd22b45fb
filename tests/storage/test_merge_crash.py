"""A merge killed with SIGKILL at any moment leaves the workbook as it was before the merge
or as it is after it, never between: the tables and the merge document are written in one
transaction, so merging the same file again afterwards always ends in the same place."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from actionmentor.services import Services, open_services
from actionmentor.services.demo import create_demo
from tests.services.test_sync import comparable

WRITER = Path(__file__).parents[1] / "reliability" / "merge_writer.py"


def _state(data_dir: Path) -> tuple[Any, int]:
    services = open_services(data_dir)
    try:
        wid = services.workbooks.all()[0].id
        return comparable(services, wid), len(services.sync.conflicts(wid))
    finally:
        services.close()


def _prepare(root: Path) -> tuple[Path, Path]:
    """The mentee's data folder, and a changes file from the mentor's copy with a lot in it:
    changed and new answers, new actions, and one conflict."""
    a, b = open_services(root / "mentee"), open_services(root / "mentor")
    try:
        a_id = create_demo(a)
        b_id = b.import_workbook(a.sync.share(a_id))
        a.merge_changes(b.sync.changes_for(b_id, None))
        a.answers.save(a_id, "invitation.who", "mentee", "Tom (mentee's laptop)")
        b.answers.save(b_id, "invitation.who", "mentee", "Tom (mentor's laptop)")
        for n in range(40):
            b.actions.add(b_id, f"Action {n} from the mentor's laptop")
        b.answers.save(b_id, "invitation.why", "mentee", "Changed by the mentor")
        changes = root / "from-mentor.amchanges"
        changes.write_bytes(b.sync.changes_for(b_id, None))
    finally:
        a.close()
        b.close()
    return root / "mentee", changes


def test_a_killed_merge_leaves_before_or_after(tmp_path: Path) -> None:
    pristine, changes = _prepare(tmp_path)
    before = _state(pristine)
    reference = tmp_path / "reference"
    shutil.copytree(pristine, reference)
    done: Services = open_services(reference)
    started = time.perf_counter()
    done.merge_changes(changes.read_bytes())
    took = time.perf_counter() - started
    done.close()
    after = _state(reference)
    assert after != before and after[1] == 1

    # Kills spread over the merge's own length (the child is no faster than this process):
    # the first lands at once, so some surely land inside it.
    rng = random.Random(16)
    delays = [took * n / 4 + rng.uniform(0, took / 8) for n in range(4)]
    delays[0] = 0.0
    outcomes = {"before": 0, "after": 0}
    for run, delay in enumerate(delays):
        data_dir = tmp_path / f"run{run}"
        shutil.copytree(pristine, data_dir)
        child = subprocess.Popen(
            [sys.executable, str(WRITER), str(data_dir), str(changes)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert child.stdout is not None
        assert child.stdout.readline() == "start\n"
        time.sleep(delay)
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        found = _state(data_dir)
        assert found in (before, after), f"run {run}: a half-done merge"
        outcomes["before" if found == before else "after"] += 1
        again = open_services(data_dir)  # and the pair simply merge the file again
        again.merge_changes(changes.read_bytes())
        again.close()
        assert _state(data_dir) == after
        shutil.rmtree(data_dir)
    assert outcomes["before"] > 0, outcomes  # the kills did land inside the merge
