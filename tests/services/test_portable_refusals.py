"""Quiet mistakes in an import file are refused, each in one line naming its place: wrong
types are not dropped, no value slips through by Python's equalities, and nothing reaches
the database that it can't hold."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from actionmentor.domain.enums import Person
from actionmentor.errors import InvalidInputError
from actionmentor.services import Services, open_services
from actionmentor.services.demo import DEMO_PASSPHRASE, create_demo
from tests.helpers import fails


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    services = open_services(tmp_path_factory.mktemp("refusals") / "data")
    wid = create_demo(services)
    yield services.export_portable(
        wid, frozenset({Person.MENTEE}), {Person.MENTEE: DEMO_PASSPHRASE}
    )
    services.close()


def _set(path: tuple[Any, ...], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        target: Any = data
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value

    return change


MISTAKES = {
    "a review date that is a number": (_set(("instances", 0, "held_on"), 20260101), "held_on"),
    "a due date that is a list": (_set(("actions", 0, "due_date"), [2026, 1, 1]), "due_date"),
    "a due date that is true": (_set(("actions", 0, "due_date"), True), "due_date"),
    "version true": (_set(("version",), True), "format version"),
    "a copy number past 2^63": (_set(("instances", 0, "number"), 2**64), "number"),
    "a time at the calendar's edge": (
        _set(("meetings", 0, "held_at"), "9999-12-31T23:59:59-14:00"),
        "outside the calendar",
    ),
}


@pytest.mark.parametrize("name", MISTAKES)
def test_a_quiet_mistake_is_refused(export: dict[str, Any], services: Services, name: str) -> None:
    change, expected = MISTAKES[name]
    data = json.loads(json.dumps(export))
    change(data)
    raw = json.dumps(data).encode("utf-8")
    with pytest.raises(InvalidInputError, match=expected):
        services.import_workbook(raw, {Person.MENTEE: DEMO_PASSPHRASE})
    assert services.workbooks.all() == []  # all or nothing


def test_a_short_passphrase_is_refused_on_import(
    export: dict[str, Any], services: Services
) -> None:
    raw = json.dumps(export).encode("utf-8")
    with pytest.raises(InvalidInputError, match="at least 6 characters"):
        services.import_workbook(raw, {Person.MENTEE: "x"})


def test_an_endless_number_and_an_edge_date_give_one_line(
    export: dict[str, Any], tmp_path: Path
) -> None:
    text = json.dumps(export).replace('"number": 1', '"number": ' + "9" * 6000, 1)
    huge = tmp_path / "huge.json"
    huge.write_text(text, encoding="utf-8")
    assert "too long" in fails("import", str(huge), data_dir=tmp_path / "data")
    data = json.loads(json.dumps(export))
    data["workbook"]["created_at"] = "9999-12-31T23:59:59-14:00"
    edge = tmp_path / "edge.json"
    edge.write_text(json.dumps(data), encoding="utf-8")
    phrases = tmp_path / "phrases"
    phrases.write_text(f"mentee={DEMO_PASSPHRASE}\n", encoding="utf-8")
    message = fails(
        "import", str(edge), "--passphrase-file", str(phrases), data_dir=tmp_path / "data"
    )
    assert "outside the calendar" in message
    assert "@" not in message  # no SQL parameters, no e-mail address
