"""The frozen one-folder app (`make package`): its size on disk, its tarball, and its first
paint beside a bare PySide6 window, measured in the same run.

Builds dist/ with `make package` when it is not there, or is older than the sources.
    .venv/bin/python benchmarks/frozen.py [RUNS]
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DIST = ROOT / "dist" / "actionmentor"
APP = DIST / "actionmentor"
# Sizes in MiB, as `du -h` and `ls -lh` print them (and as the "today" was taken).
MIB = 1024 * 1024


def _newest_source() -> float:
    trees = [ROOT / "src", ROOT / "resources", ROOT / "packaging"]
    return max(p.stat().st_mtime for tree in trees for p in tree.rglob("*") if p.is_file())


def ensure_built() -> None:
    if APP.exists() and APP.stat().st_mtime >= _newest_source():
        return
    print("Building the frozen app (make package)…", flush=True)
    subprocess.run(["make", "-C", str(ROOT), "package"], check=True, stdout=subprocess.DEVNULL)


def _size_mb(folder: Path) -> float:
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / MIB  # as du -h counts it: a link once


def measure(runs: int) -> dict[str, float]:
    ensure_built()
    tarballs = sorted(
        (ROOT / "dist").glob("actionmentor-*.tar.gz"), key=lambda p: p.stat().st_mtime
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    data = Path(tempfile.mkdtemp(prefix="actionmentor-frozen-"))
    subprocess.run([str(APP), "--data-dir", str(data), "demo"], check=True, env=env,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    paint, bare = [], []
    for _ in range(runs):  # interleaved with the floor, as the other start-up figures
        out = subprocess.run([sys.executable, str(HERE / "paint_probe.py")], env=env,
                             capture_output=True, text=True, check=True)  # fmt: skip
        bare.append(float(out.stdout.split()[-1]))
        out = subprocess.run([str(APP), "--data-dir", str(data), "--report-interactive"],
                             env=env, capture_output=True, text=True, check=True)  # fmt: skip
        paint.append(json.loads(out.stdout.strip().splitlines()[-1])["startup_s"])
    shutil.rmtree(data, ignore_errors=True)
    return {
        "frozen_size_mb": _size_mb(DIST),
        "frozen_tarball_mb": tarballs[-1].stat().st_size / MIB if tarballs else float("nan"),
        "frozen_startup_s": statistics.median(paint),
        "frozen_floor_s": statistics.median(bare),
    }


if __name__ == "__main__":
    print(json.dumps(measure(int(sys.argv[1]) if len(sys.argv) > 1 else 5), indent=2))
