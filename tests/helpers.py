"""Helpers shared by the tests: running the real `actionmentor` command."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import TypedDict, Unpack


class RunOptions(TypedDict, total=False):
    """What `run` takes besides the arguments, for `ok` and `fails` to pass on."""

    data_dir: Path | None
    stdin: str | None
    env_dir: bool


def run(
    *args: str, data_dir: Path | None = None, stdin: str | None = None, env_dir: bool = False
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    argv = [sys.executable, "-m", "actionmentor"]
    if data_dir is not None and env_dir:
        env["ACTIONMENTOR_DATA_DIR"] = str(data_dir)
    elif data_dir is not None:
        argv += ["--data-dir", str(data_dir)]
    return subprocess.run(
        [*argv, *args], input=stdin, capture_output=True, text=True, env=env, timeout=60
    )


def ok(*args: str, **options: Unpack[RunOptions]) -> str:
    result = run(*args, **options)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return str(result.stdout)


def fails(*args: str, **options: Unpack[RunOptions]) -> str:
    """A user mistake: exit 1 and exactly one line on stderr, no traceback."""
    result = run(*args, **options)
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    return str(result.stderr)
