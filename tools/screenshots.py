"""Regenerates docs/screenshots/ from the demo workbook with `actionmentor screenshot`.

Run through `make screenshots`; each PNG is the real window rendered offscreen.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"

SHOTS = [
    ("library", ["--view", "library"]),
    ("home", ["--view", "home"]),
    ("meeting", ["--view", "meeting"]),
    ("stage", ["--view", "stage", "--stage", "alliance"]),
    ("actions", ["--view", "actions"]),
    ("meetings", ["--view", "meetings"]),
    ("journal", ["--view", "journal"]),
    ("review", ["--view", "review"]),
    ("stage-dark", ["--view", "stage", "--stage", "analysis", "--dark"]),
]


def run(data_dir: str, *args: str) -> str:
    command = [sys.executable, "-m", "actionmentor", "--data-dir", data_dir, *args]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout.strip()


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as data_dir:
        workbook = run(data_dir, "demo")
        for name, args in SHOTS:
            print(run(data_dir, "screenshot", "--workbook", workbook, "--out",
                      str(OUT / f"{name}.png"), *args))  # fmt: skip


if __name__ == "__main__":
    main()
