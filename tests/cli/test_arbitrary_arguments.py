"""Arbitrary text where the command line expects a workbook, a number or an answer: exit 0
or 1, at most one line on stderr, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actionmentor.cli import main
from tests.helpers import ok

ARGUMENT = st.one_of(
    st.text(min_size=1, max_size=40).filter(lambda s: not s.startswith("-")),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.sampled_from(["²", "٣", "0", "9" * 5000, "[" * 5000, '{"rating": 1e999}']),
)


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("arbitrary") / "data"
    ok("new", "--mentee", "Ana", "--mentor", "Ben", data_dir=folder)
    return folder


def _run(data: Path, *argv: str) -> int:
    try:
        return main(["--data-dir", str(data), *argv])
    except SystemExit as done:  # argparse's usage mistakes
        return int(done.code or 0)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=ARGUMENT)
def test_arbitrary_arguments_give_one_line(
    data: Path, value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for argv in (
        ("show", value),
        ("search", "ana", "--limit", value),
        ("answer", "1", "assessment.strengths.strengths", "--as", "mentor", value),
        ("answer", "1", "assessment.rating.confidence", "--as", "mentee", value),
        ("answer", value, "invitation.who", "--as", "mentee", "x"),
    ):
        code = _run(data, *argv)
        err = capsys.readouterr().err
        assert code in (0, 1), (argv, err)
        assert err.count("\n") <= 1 and "Traceback" not in err, (argv, err)
