"""Every schema revision's fixture database upgrades to the newest with nothing lost."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from actionmentor.domain.enums import Person
from actionmentor.services import open_services
from actionmentor.storage.database import migrate
from actionmentor.storage.models import Base
from actionmentor.storage.schema import HEAD_REVISION, MIGRATIONS_DIR, SCHEMA_REVISIONS
from tests.conftest import FIXTURES


def script_directory() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(config)


def test_the_known_revisions_match_the_migration_scripts() -> None:
    scripts = script_directory()
    ordered = [rev.revision for rev in reversed(list(scripts.walk_revisions()))]
    assert ordered == list(SCHEMA_REVISIONS)
    assert scripts.get_current_head() == HEAD_REVISION


def test_there_is_a_fixture_for_every_revision() -> None:
    assert sorted(p.stem for p in (FIXTURES / "db").glob("*.db")) == sorted(SCHEMA_REVISIONS)


def test_the_migrations_build_exactly_the_models(tmp_path: Path) -> None:
    path = tmp_path / "fresh.db"
    migrate(path)
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        # The FTS5 search index and its shadow tables are made by SQL, not by the models.
        context = MigrationContext.configure(
            conn,
            opts={"include_name": lambda name, kind, _parent: not str(name).startswith("search_")},
        )
        diff = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert diff == []


@pytest.mark.parametrize("revision", SCHEMA_REVISIONS)
def test_each_fixture_upgrades_with_nothing_lost(tmp_path: Path, revision: str) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copy(FIXTURES / "db" / f"{revision}.db", data_dir / "actionmentor.db")

    services = open_services(data_dir)
    try:
        books = {w.id: w for w in services.workbooks.all()}
        assert books[1].mentee == "Ana Évora" and books[1].mentor == "Ben Ōta"
        assert books[2].status == "ended"
        answers = {(a.prompt_id, a.respondent): a.value for a in services.answers.list_for(1)}
        assert {k: v for k, v in answers.items() if k[0] != "relationship.listening"} == {
            ("invitation.who", "mentee"): "Ben, my old team lead",
            ("assessment.strengths.strengths", "mentor"): ["Patient", "Ασφαλής"],
            ("assessment.rating.confidence", "mentee"): 4,
        }
        if SCHEMA_REVISIONS.index(revision) >= 2:  # the fixture holds two reviews
            reviews = services.answers.instances(1, "relationship")
            assert [(r.number, r.held_on) for r in reviews] == [
                (1, dt.date(2026, 2, 1)),
                (2, dt.date(2026, 4, 1)),
            ]
            listening = {
                a.instance: a.value
                for a in services.answers.list_for(1)
                if a.prompt_id == "relationship.listening"
            }
            assert listening == {
                1: {"rating": 2, "note": "I talk too much"},
                2: {"rating": 4, "note": ""},
            }
        assert services.answers.list_for(2)[0].value == "Я сделала это <b>&</b>"
        stages = {s.stage_id: s for s in services.answers.stages(1)}
        assert stages["alliance"].status == "complete"
        assert stages["alliance"].mentor_signed_at is not None
        assert [a.title for a in services.actions.list_for(1)] == [
            "Book the course",
            "Talk to my manager",
        ]
        assert services.meetings.list_for(1)[0].notes == "Signed it"
        journal = services.journal.list_for(1, viewer=Person.MENTOR)
        assert [j.text for j in journal] == ["A good start.", "Private worry."]
    finally:
        services.close()

    conn = sqlite3.connect(data_dir / "actionmentor.db")
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD_REVISION,)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    for table in ("workbooks", "worksheet_instances", "actions", "meetings", "journal_entries"):
        ids = [r[0] for r in conn.execute(f"SELECT uuid FROM {table}")]  # migration 0010
        expected = table != "worksheet_instances" or SCHEMA_REVISIONS.index(revision) >= 2
        assert (
            bool(ids) == expected and all(len(i) == 32 for i in ids) and len(set(ids)) == len(ids)
        ), table
    conn.close()
    backups = list((data_dir / "backups").glob("*.db"))
    if revision == HEAD_REVISION:
        assert [b.name.endswith("-daily.db") for b in backups] == [True]  # the day's backup
    else:
        assert len(backups) == 1 and f"before-upgrade-from-{revision}" in backups[0].name
        conn = sqlite3.connect(backups[0])  # the backup is the old revision, whole
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
        assert conn.execute("SELECT count(*) FROM answers WHERE workbook_id = 1").fetchone()[0] >= 3
        conn.close()


def test_upgrading_with_foreign_keys_on_would_have_lost_rows(tmp_path: Path) -> None:
    """Why the runner turns foreign keys off: the same upgrade with them on cascades."""
    from alembic import command

    path = tmp_path / "old.db"
    shutil.copy(FIXTURES / "db" / "0001_initial.db", path)
    engine = create_engine(f"sqlite:///{path}")

    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _fk_on(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        dbapi_conn.execute("PRAGMA foreign_keys=ON")

    with engine.begin() as conn:
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
    engine.dispose()
    db = sqlite3.connect(path)
    assert db.execute("SELECT count(*) FROM answers").fetchone() == (0,)
    db.close()


def test_content_changes_of_0009_keep_every_answer(tmp_path: Path) -> None:
    """Issue 14: application.log became repeatable and a charter item was reworded; answers
    written before are in copy 1 and the ticked box is still ticked."""
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    db = data_dir / "actionmentor.db"
    shutil.copy(FIXTURES / "db" / "0008_stage_status_derived.db", db)
    conn = sqlite3.connect(db)
    conn.executescript(
        """
        INSERT INTO answers (workbook_id, prompt_id, respondent, instance, value, updated_at)
        VALUES (1, 'application.log.did', 'mentee', 0, '"Booked the course"',
                '2026-03-02 18:00:00'),
               (1, 'application.log.adjust', 'together', 0, '"Nothing yet"',
                '2026-03-03 18:00:00'),
               (1, 'agreement.roles.mentee_charter', 'mentee', 0,
                '["keep track of my goals and progress", "be open to new learning"]',
                '2026-01-05 09:00:00');
        """
    )
    conn.commit()
    conn.close()
    services = open_services(data_dir)
    try:
        copies = services.answers.instances(1, "application.log")
        assert [(c.number, c.held_on) for c in copies] == [(1, dt.date(2026, 3, 2))]
        log = {
            (a.prompt_id, a.instance): a.value
            for a in services.answers.list_for(1)
            if a.prompt_id.startswith("application.log.")
        }
        assert log == {
            ("application.log.did", 1): "Booked the course",
            ("application.log.adjust", 1): "Nothing yet",
        }
        [charter] = [
            a.value
            for a in services.answers.list_for(1)
            if a.prompt_id == "agreement.roles.mentee_charter"
        ]
        assert charter == [
            "keep a record of what I set out to do and how far I have got",
            "be open to new learning",
        ]
        hits = services.search.search("Booked")
        assert any(h.prompt_id == "application.log.did" and h.instance == 1 for h in hits)
    finally:
        services.close()
