"""Issue 13, item 16: quitting after a long session, in a process of its own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[3]


def test_quitting_after_a_long_session_is_clean(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": "1"}
    done = subprocess.run(
        [sys.executable, "-X", "dev", "-m", "tests.ui.shell.long_session", str(tmp_path), "12"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert "quit cleanly" in done.stdout
    assert "Fatal Python error" not in done.stderr and "Traceback" not in done.stderr, done.stderr[
        -3000:
    ]
