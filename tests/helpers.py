"""Helpers shared by the tests: running the real `actionmentor` command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run(*args: str, data_dir: Path | None = None, stdin: str | None = None, env_dir: bool = False):  # type: ignore[no-untyped-def]
    env = dict(os.environ)
    argv = [sys.executable, "-m", "actionmentor"]
    if data_dir is not None and env_dir:
        env["ACTIONMENTOR_DATA_DIR"] = str(data_dir)
    elif data_dir is not None:
        argv += ["--data-dir", str(data_dir)]
    return subprocess.run(
        [*argv, *args], input=stdin, capture_output=True, text=True, env=env, timeout=60
    )


def ok(*args: str, **kwargs: object) -> str:
    result = run(*args, **kwargs)  # type: ignore[arg-type]
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return str(result.stdout)


def fails(*args: str, **kwargs: object) -> str:
    """A user mistake: exit 1 and exactly one line on stderr, no traceback."""
    result = run(*args, **kwargs)  # type: ignore[arg-type]
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    return str(result.stderr)
