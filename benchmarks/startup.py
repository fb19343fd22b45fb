"""Start-up figures: `actionmentor --version`, and process start → first paint of the
main window beside a bare PySide6 window measured in the same run. Medians of N runs.
    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/startup.py [N]
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _probe(*args: str) -> float:
    out = subprocess.run(
        [sys.executable, str(HERE / "paint_probe.py"), *args],
        capture_output=True,
        text=True,
        check=True,
    )
    return float(out.stdout.strip().splitlines()[-1])


def _version() -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "actionmentor", "--version"], check=True,
                   capture_output=True)  # fmt: skip
    return time.perf_counter() - start


def main(runs: int) -> dict[str, float]:
    data_dir = tempfile.mkdtemp()
    subprocess.run([sys.executable, "-m", "actionmentor", "--data-dir", data_dir, "demo"],
                   check=True, capture_output=True)  # fmt: skip
    bare, app, version = [], [], []
    for _ in range(runs):  # interleaved, so machine noise hits both alike
        bare.append(_probe("bare"))
        app.append(_probe("app", data_dir))
        version.append(_version())
    figures = {
        "version_s": statistics.median(version),
        "startup_s": statistics.median(app),
        "startup_floor_s": statistics.median(bare),
    }
    print(f"actionmentor --version       {figures['version_s']:.3f} s (median of {runs})")
    print(
        f"first paint, app window      {figures['startup_s']:.3f} s   "
        f"bare PySide6 window {figures['startup_floor_s']:.3f} s   "
        f"ratio {figures['startup_s'] / figures['startup_floor_s']:.2f}"
    )
    return figures


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
