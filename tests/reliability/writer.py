"""Child process of the crash harness: writes journal entries through the services as fast
as it can, printing each number only after its transaction has committed."""

from __future__ import annotations

import sys
from pathlib import Path

from actionmentor.services import open_services


def main(data_dir: Path, run: int) -> None:
    services = open_services(data_dir)
    workbooks = services.workbooks.all()
    wid = workbooks[0].id if workbooks else services.workbooks.create("Ana", "Ben").id
    n = 0
    while True:
        n += 1
        services.journal.add(wid, "mentee", f"ack-{run}-{n}")
        if n % 3 == 0:  # and some answers, updated in place
            services.answers.save(wid, "invitation.why", "mentee", f"why-{run}-{n}")
        sys.stdout.write(f"{n}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
