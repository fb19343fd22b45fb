"""Several writers at once, as when the window is open while an import, a sync or a second
command writes: each waits its turn (BEGIN IMMEDIATE + busy_timeout), none fails."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from actionmentor.services import Services, open_services
from tests.reliability.workers import WRITE_LOOP

WRITES = 60


def test_four_processes_write_at_once_and_none_fails(services: Services, data_dir: Path) -> None:
    ids = [services.workbooks.create(f"Mentee {n}", "Mentor").id for n in range(4)]
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITE_LOOP, str(data_dir), str(wid), str(WRITES)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for wid in ids
    ]
    results = [w.communicate(timeout=120) for w in writers]
    assert [int(out.strip()) for out, _err in results] == [0, 0, 0, 0], results
    for wid in ids:  # every writer's last acknowledged write is there
        (answer,) = services.answers.list_for(wid)
        assert answer.value == f"writer {wid}: {WRITES - 1}"


def test_two_writers_in_one_process_both_succeed(services: Services, data_dir: Path) -> None:
    """The window's situation: its own services and a second opener (an import, a sync)."""
    second = open_services(data_dir)
    ids = [services.workbooks.create(f"Mentee {n}", "Mentor").id for n in range(2)]
    errors: list[Exception] = []

    def loop(svc: Services, wid: int) -> None:
        for n in range(WRITES):
            try:
                svc.answers.stages(wid)
                svc.answers.save(wid, "invitation.who", "mentee", f"{wid}: {n}")
            except Exception as exc:  # counted, not raised: the test says how many
                errors.append(exc)

    threads = [
        threading.Thread(target=loop, args=(svc, wid))
        for svc, wid in zip((services, second), ids, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    second.close()
    assert errors == []
    assert [services.answers.list_for(wid)[0].value for wid in ids] == [
        f"{wid}: {WRITES - 1}" for wid in ids
    ]
