"""Search across workbooks: what the FTS5 index holds, kept by triggers in a real database."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actionmentor.domain.search import MATCH_END, MATCH_START, fts_query
from actionmentor.exercises import framework
from actionmentor.services import Services, open_services
from actionmentor.services import search as search_module
from tests.conftest import FIXTURES

WHEN = dt.datetime(2026, 3, 2, 18, 0, tzinfo=dt.UTC)


def found(services: Services, words: str) -> set[tuple[str, str]]:
    return {(hit.kind, hit.prompt_id or hit.heading) for hit in services.search.search(words)}


def test_every_kind_of_text_is_found_where_it_is(services: Services, workbook_id: int) -> None:
    services.answers.save(workbook_id, "invitation.who", "mentee", "Ben, my old team lead")
    services.answers.save(
        workbook_id, "assessment.strengths.strengths", "mentor", ["Patient", "Curious"]
    )
    action = services.actions.add(workbook_id, "Book the course", support="Ask Priyanka")
    meeting = services.meetings.add(workbook_id, WHEN, place="Harbour café", notes="Went well")
    entry = services.journal.add(workbook_id, "mentor", "Quietly optimistic today")

    [who] = services.search.search("team lead")
    assert (who.kind, who.prompt_id, who.who, who.workbook_id) == (
        "answer",
        "invitation.who",
        "mentee",
        workbook_id,
    )
    located = framework("hay-1997").locate("invitation.who")
    assert located is not None
    stage, worksheet, prompt = located
    assert who.heading == f"{stage.title} › {worksheet.title} › {prompt.text}"
    assert f"{MATCH_START}team{MATCH_END} {MATCH_START}lead{MATCH_END}" in who.snippet
    assert found(services, "curious") == {("answer", "assessment.strengths.strengths")}
    [act] = services.search.search("priyanka")
    assert (act.kind, act.ref, act.place()) == (
        "action",
        action.id,
        "Action plan › Book the course",
    )
    [met] = services.search.search("cafe")  # accents and case folded
    assert (met.kind, met.ref, met.when) == ("meeting", meeting.id, WHEN)
    [note] = services.search.search("optimis")  # the last word may be a prefix
    assert (note.kind, note.ref, note.who) == ("journal", entry.id, "mentor")


def test_private_journal_entries_are_never_indexed(services: Services, workbook_id: int) -> None:
    services.journal.set_passphrase(workbook_id, "mentee", "correct horse")
    services.journal.add(
        workbook_id, "mentee", "Zanzibar secret", private=True, passphrase="correct horse"
    )
    services.journal.add(workbook_id, "mentee", "Zanzibar postcard")
    assert [h.plain_snippet for h in services.search.search("zanzibar")] == ["Zanzibar postcard"]
    with sqlite3.connect(services.db.path) as conn:
        bodies = [row[0] for row in conn.execute("SELECT body FROM search_index")]
    assert not any("secret" in (body or "") for body in bodies)


def test_the_index_follows_edits_deletions_and_the_trash(
    services: Services, workbook_id: int
) -> None:
    services.answers.save(workbook_id, "invitation.who", "mentee", "Alpha")
    services.answers.save(workbook_id, "invitation.who", "mentee", "Bravo")
    assert found(services, "alpha") == set()
    assert found(services, "bravo") == {("answer", "invitation.who")}
    services.answers.save(workbook_id, "invitation.who", "mentee", "")  # cleared
    assert found(services, "bravo") == set()

    action = services.actions.add(workbook_id, "Charlie")
    services.actions.update(action.id, title="Delta")
    assert found(services, "charlie") == set() and found(services, "delta")
    services.actions.delete(action.id)
    assert found(services, "delta") == set()

    services.answers.save(workbook_id, "invitation.who", "mentee", "Echo")
    services.workbooks.trash(workbook_id)
    assert found(services, "echo") == set()  # the trash is not searched
    services.workbooks.restore(workbook_id)
    assert found(services, "echo")
    services.workbooks.trash(workbook_id)
    services.workbooks.purge(workbook_id)
    with sqlite3.connect(services.db.path) as conn:
        assert conn.execute("SELECT count(*) FROM search_index").fetchone() == (0,)


def test_answers_in_repeated_worksheets_say_which_copy(
    services: Services, workbook_id: int
) -> None:
    services.answers.start_instance(workbook_id, "relationship")
    services.answers.start_instance(workbook_id, "relationship")
    services.answers.save(
        workbook_id,
        "relationship.listening",
        "mentee",
        {"rating": 2, "note": "I interrupt"},
        instance=1,
    )
    [hit] = services.search.search("interrupt")
    assert (hit.instance, hit.who) == (1, "mentee")
    assert hit.place().endswith("(mentee, copy 1)")


def test_an_upgraded_database_is_searchable_without_its_private_entry(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy(FIXTURES / "db" / "0005_private_encryption.db", data_dir / "actionmentor.db")
    services = open_services(data_dir)
    try:
        assert found(services, "evora") == set()  # names are not searched, answers are
        assert found(services, "old team") == {("answer", "invitation.who")}
        assert {h.kind for h in services.search.search("course")} == {"action", "meeting"}
        assert found(services, "good start") == {("journal", "")}
        assert found(services, "worry") == set()
    finally:
        services.close()


def test_words_become_a_query_that_cannot_be_malformed() -> None:
    assert fts_query('pres"ent AND(') == '"pres" "ent" "AND"*'
    assert fts_query("  ¿?  ") is None
    assert fts_query("Évora") == '"Évora"*'


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(words=st.text(max_size=60))
def test_any_typed_text_searches_without_error(services: Services, words: str) -> None:
    hits = services.search.search(words)
    assert isinstance(hits, list) and len(hits) <= 100


def test_a_very_common_word_lists_the_newest_first(
    services: Services, workbook_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    for title in ("Kilo one", "Kilo two", "Kilo three"):
        services.actions.add(workbook_id, title)
    ranked = [h.heading for h in services.search.search("kilo")]
    assert sorted(ranked) == ["Kilo one", "Kilo three", "Kilo two"]
    monkeypatch.setattr(search_module, "RANKED_AT_MOST", 2)  # as if the word were everywhere
    assert [h.heading for h in services.search.search("kilo")] == [
        "Kilo three",
        "Kilo two",
        "Kilo one",
    ]


def test_the_progress_cache_follows_every_change(services: Services, workbook_id: int) -> None:
    def answered() -> int:
        return services.workbooks.get(workbook_id).answered

    assert answered() == 0
    services.answers.save(workbook_id, "invitation.who", "mentee", "Ben")
    assert answered() == 1
    services.answers.save(workbook_id, "invitation.who", "mentee", "Ben again")
    assert answered() == 1
    services.answers.start_instance(workbook_id, "relationship")
    services.answers.save(workbook_id, "relationship.listening", "mentee", {"rating": 3})
    assert answered() == 1  # a review runs alongside: not progress
    services.answers.save(workbook_id, "invitation.who", "mentee", "")
    assert answered() == 0
    with sqlite3.connect(services.db.path) as conn:  # a stale count from other content
        conn.execute("UPDATE progress_cache SET content_key = 'old', answered = 99")
    assert answered() == 0
