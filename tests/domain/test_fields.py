"""The action and meeting fields are declared once (domain.fields); the records, the tables,
the portable format and the CLI's JSON must have exactly those."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from actionmentor.domain.fields import ACTION_FIELDS, MEETING_FIELDS, Field, names
from actionmentor.domain.records import ActionRecord, MeetingRecord
from actionmentor.services import Services
from actionmentor.storage.models import Action, Base, Meeting
from tests.helpers import ok

CASES = [(ActionRecord, Action, ACTION_FIELDS), (MeetingRecord, Meeting, MEETING_FIELDS)]


@pytest.mark.parametrize(("record", "model", "fields"), CASES)
def test_records_and_tables_have_the_declared_fields(
    record: type, model: type[Base], fields: tuple[Field, ...]
) -> None:
    # The identity a record keeps on every copy of its alliance (issue 16) comes last.
    assert tuple(f.name for f in dataclasses.fields(record)) == ("id", *names(fields), "uuid")
    columns = set(model.__table__.columns.keys())
    assert set(names(fields)) <= columns
    assert columns - set(names(fields)) <= {"id", "workbook_id", "created_at", "uuid"}


def test_the_json_shapes_carry_the_declared_fields(
    services: Services, workbook_id: int, data_dir: Path, tmp_path: Path
) -> None:
    services.actions.add(workbook_id, "Book the course", goal="Skills", support="Ben")
    services.meetings.add(workbook_id, services.next_meeting_draft(workbook_id).held_at)
    wid = str(workbook_id)
    shown = json.loads(ok("show", wid, "--json", data_dir=data_dir))
    assert list(shown["actions"][0]) == ["id", "uuid", *(f.json_key for f in ACTION_FIELDS)]
    assert list(shown["meetings"][0]) == ["id", "uuid", *(f.json_key for f in MEETING_FIELDS)]
    out = tmp_path / "w.json"
    ok("export", wid, "--kind", "json", "--out", str(out), data_dir=data_dir)
    portable = json.loads(out.read_text(encoding="utf-8"))
    assert set(portable["actions"][0]) == {f.json_key for f in ACTION_FIELDS} | {"created_at"}
    assert set(portable["meetings"][0]) == {f.json_key for f in MEETING_FIELDS}
