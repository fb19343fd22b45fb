"""The portable JSON format: round trips, validation, and fuzzed imports."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actionmentor.domain.enums import Person
from actionmentor.domain.text import clean_text
from actionmentor.errors import InvalidInputError
from actionmentor.services import Services, open_services
from actionmentor.services.demo import DEMO_PASSPHRASE, create_demo
from tests.helpers import fails, ok

EVERYONE = frozenset(Person)
PHRASES = {Person.MENTEE: DEMO_PASSPHRASE, Person.MENTOR: "mentor-secret"}


def dump(services: Services, workbook_id: int) -> bytes:
    data = services.export_portable(workbook_id, EVERYONE, PHRASES)
    return json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Services, bytes]]:
    services = open_services(tmp_path_factory.mktemp("portable") / "data")
    wid = create_demo(services)
    # Without the private entry: fuzzing should exercise parsing, not scrypt.
    data = services.export_portable(wid, frozenset())
    yield services, json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")
    services.close()


def test_export_import_export_gives_the_same_file(services: Services) -> None:
    wid = create_demo(services)
    first = dump(services, wid)
    with pytest.raises(InvalidInputError, match="give their passphrase"):
        services.import_workbook(first)
    copy = services.import_workbook(first, PHRASES)
    assert copy != wid
    assert dump(services, copy) == first
    assert len(services.workbooks.all()) == 2


def test_private_entries_stay_out_unless_included(services: Services) -> None:
    wid = create_demo(services)
    data = services.export_portable(wid, frozenset())
    journal = data["journal"]
    assert isinstance(journal, list)
    assert all(not entry["private"] for entry in journal)
    assert "not sure I want the job" not in json.dumps(data)


# Normalisation policy (docs/portable-format.md): text is stored by the domain's text
# policy (control characters out, CRLF to LF, lone surrogates to U+FFFD), so whatever a
# person typed, the exported text is the stored text and survives the round trip exactly.
@given(text=st.text(), title=st.text(min_size=1).filter(lambda t: t.strip()))
@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_round_trip_over_arbitrary_unicode(services: Services, text: str, title: str) -> None:
    try:
        wid = services.workbooks.create("Ana", "Ben", title=title[:150]).id
    except InvalidInputError:
        return  # a title of only control characters is refused, with a message
    services.answers.save(wid, "invitation.why", "mentee", text)
    services.answers.save(wid, "assessment.strengths.strengths", "mentor", [text, "x"])
    services.actions.add(wid, "Act", detail=text)
    if clean_text(text).strip():
        if not services.journal.has_passphrase(wid, "mentor"):
            services.journal.set_passphrase(wid, "mentor", "mentor-secret")
        services.journal.add(wid, "mentor", text, private=True, passphrase="mentor-secret")
    first = dump(services, wid)
    copy = services.import_workbook(first, PHRASES)
    assert dump(services, copy) == first


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format="other"), "not an Action Mentor workbook export"),
        (lambda d: d.update(version=99), "format version 99"),
        (lambda d: d["workbook"].update(framework="nope"), "no framework 'nope'"),
        (lambda d: d["answers"][0].update(prompt="nope"), "no prompt 'nope'"),
        (lambda d: d["answers"][0].update(respondent="boss"), "must be one of"),
        (lambda d: d["actions"][0].update(status="later"), "must be one of"),
        (lambda d: d["meetings"][0].update(held_at="yesterday"), "date and time"),
        (lambda d: d["workbook"].update(extra=1), "unknown fields"),
        (lambda d: d["answers"].append(dict(d["answers"][0])), "appears twice"),
    ],
)
def test_bad_files_are_refused_with_a_message_and_nothing_imported(
    shared: tuple[Services, bytes], change: Any, message: str
) -> None:
    services, good = shared
    data = json.loads(good)
    change(data)
    before = len(services.workbooks.all())
    with pytest.raises(InvalidInputError, match=message):
        services.import_workbook(json.dumps(data).encode())
    assert len(services.workbooks.all()) == before


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"\xff\xfe not utf-8", "not UTF-8"),
        (b'{"format": NaN}', "not a number JSON allows"),
        (b'{"a": 1, "a": 2}', "appears twice"),
        (b"[" * 50 + b"]" * 50, "nested more than"),
        (b"{", "not valid JSON"),
    ],
)
def test_malformed_json_is_refused(
    shared: tuple[Services, bytes], raw: bytes, message: str
) -> None:
    services, _good = shared
    with pytest.raises(InvalidInputError, match=message):
        services.import_workbook(raw)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@given(data=st.data())
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_fuzzed_imports_fail_cleanly_or_import_whole(
    shared: tuple[Services, bytes], data: st.DataObject
) -> None:
    """Replace one value anywhere in a good export: only our own clear errors, never a crash,
    and never a partial workbook."""
    services, good = shared
    document = json.loads(good)
    paths: list[list[Any]] = []

    def walk(node: Any, path: list[Any]) -> None:
        paths.append(path)
        if isinstance(node, dict):
            for key, value in node.items():
                walk(value, [*path, key])
        elif isinstance(node, list):
            for index, value in enumerate(node[:3]):
                walk(value, [*path, index])

    walk(document, [])
    path = data.draw(st.sampled_from(paths[1:]))
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = data.draw(json_values)
    before = len(services.workbooks.all())
    try:
        new_id = services.portable.import_json(json.dumps(document).encode(), PHRASES)
    except InvalidInputError:
        assert len(services.workbooks.all()) == before
    else:
        assert len(services.workbooks.all()) == before + 1
        services.export_portable(new_id, EVERYONE, PHRASES)  # what went in comes out
        services.workbooks.trash(new_id)  # keep the shared database small
        services.workbooks.purge(new_id)


def test_import_command(tmp_path: Path) -> None:
    data = tmp_path / "data"
    wid = ok("demo", data_dir=data).strip()
    out = tmp_path / "w.json"
    ok("export", wid, "--kind", "json", "--out", str(out), data_dir=data)
    new = ok("import", str(out), data_dir=data).strip()
    assert new != wid
    backups = json.loads(ok("backups", "--json", data_dir=data))
    assert any(b["reason"] == "before-import" for b in backups)
    (tmp_path / "bad.json").write_text('{"format": "actionmentor-workbook", "version": 1}')
    assert "Can't import" in fails("import", str(tmp_path / "bad.json"), data_dir=data)
    assert "Can't read" in fails("import", str(tmp_path / "missing.json"), data_dir=data)


def test_a_file_from_before_the_content_changes_of_issue_14_imports(services: Services) -> None:
    """Written before migration 0009: the charter's old wording, and application.log answers
    outside any copy. Both import as an upgraded database holds them."""
    wid = create_demo(services)
    data = services.export_portable(wid, frozenset())
    written: list[dict[str, Any]] = data["answers"]  # type: ignore[assignment]
    new = "keep a record of what I set out to do and how far I have got"
    for answer in written:
        if answer["prompt"] == "agreement.roles.mentee_charter":
            answer["value"] = [
                "keep track of my goals and progress" if v == new else v for v in answer["value"]
            ]
    written.append(
        {"prompt": "application.log.did", "respondent": "mentee", "instance": 0,
         "value": "Booked the course", "updated_at": "2026-11-20T18:00:00+00:00"}
    )  # fmt: skip
    copy = services.import_workbook(json.dumps(data).encode("utf-8"))
    answers = {(a.prompt_id, a.instance): a.value for a in services.answers.list_for(copy)}
    charter = answers[("agreement.roles.mentee_charter", 0)]
    assert isinstance(charter, list) and new in charter
    assert answers[("application.log.did", 1)] == "Booked the course"
    assert [c.number for c in services.answers.instances(copy, "application.log")] == [1]
