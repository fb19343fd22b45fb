"""Child process of the merge crash test: merges one changes file, saying when it starts."""

from __future__ import annotations

import sys
from pathlib import Path

from actionmentor.services import open_services


def main(data_dir: Path, changes: Path) -> None:
    services = open_services(data_dir)
    raw = changes.read_bytes()
    sys.stdout.write("start\n")
    sys.stdout.flush()
    services.merge_changes(raw)
    sys.stdout.write("done\n")
    sys.stdout.flush()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
