"""Fifteen SIGKILLs in the middle of writing: the database stays whole, and every write the
writer acknowledged survives. `make reliability` runs the same harness 500 times."""

from __future__ import annotations

from pathlib import Path

from tests.reliability.crash_harness import run


def test_acknowledged_writes_survive_sigkill(tmp_path: Path) -> None:
    result = run(15, tmp_path / "data", seed=7)
    assert result.kills == 15
    assert result.acknowledged > 15  # the kills landed while writing
    assert result.integrity_failures == 0
    assert result.missing == 0
