"""The demo workbook's outputs against tests/golden/: a changed shape fails with its diff.

One demo workbook for the module (the real command, as a subprocess); `make golden`
rewrites the files when a change is meant. What is masked, and why: tests/golden/shapes.py.
"""

from __future__ import annotations

import pytest

from tests.golden.shapes import DATE, GOLDEN_DIR, ID, NAMES, TIME, difference, generate


@pytest.fixture(scope="module")
def shapes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return generate(tmp_path_factory.mktemp("golden"))


@pytest.mark.parametrize("name", NAMES)
def test_shape_matches_its_golden_file(shapes: dict[str, str], name: str) -> None:
    problem = difference(name, shapes[name])
    if problem is not None:
        pytest.fail(problem, pytrace=False)


def test_no_stray_golden_files() -> None:
    kept = {"__init__.py", "shapes.py", "test_golden.py", "__pycache__"}
    stray = sorted(p.name for p in GOLDEN_DIR.iterdir() if p.name not in kept | set(NAMES))
    assert not stray, f"tests/golden/ holds files no shape writes: {stray}"


def test_the_masks_hide_only_what_moves(shapes: dict[str, str]) -> None:
    """The masks found what they are for, and the demo's own dates and times stay visible."""
    show = shapes["show.json"]
    assert f'"mentee_signed_at": "{TIME}"' in show
    assert f'"id": "{ID}"' in show
    assert '"held_at": "2026-09-08T17:30:00+00:00"' in show
    assert '"held_on": "2026-09-22"' in show
    assert '"due_date": "2026-10-30"' in show
    ics = shapes["calendar.ics.txt"]
    assert f"DTSTAMP:{TIME}" in ics
    assert "DTSTART:20260908T173000Z" in ics
    assert "<no CR>" not in ics
    pdf = shapes["workbook.pdf.txt"]
    assert f"Started {DATE}" in pdf
    assert f"(mentor): signed {DATE}" in pdf
    assert f"Priya Shah · {DATE}, {TIME}" in pdf
    assert "Tuesday 8 September 2026, 17:30 · Library café" in pdf
    for untouched in ("blank-hay-1997.pdf.txt", "frameworks.json"):
        assert not any(mask in shapes[untouched] for mask in (DATE, TIME, ID)), untouched
