"""Writes tests/fixtures/db/<revision>.db: a database at each schema revision, with data.

Run once per new revision (and commit the file): a fixture must keep the shape its
revision had, so never regenerate an old one after the models have moved on.
    .venv/bin/python tools/make_fixture_dbs.py [REVISION ...]
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from actionmentor.storage.database import migrate
from actionmentor.storage.schema import SCHEMA_REVISIONS

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "db"

# Rows every revision has; the test checks each survives the upgrade to the newest schema.
SEED_SQL = """
INSERT INTO workbooks (id, title, mentee_name, mentee_contact, mentor_name, mentor_contact,
    framework_id, status, created_at, updated_at)
VALUES (1, 'Fixture: Ana with Ben', 'Ana Évora', 'ana@example.org', 'Ben Ōta', '',
    'hay-1997', 'active', '2026-01-05 09:00:00', '2026-01-06 10:00:00'),
       (2, 'Ended alliance', 'Cleo', '', 'Dev', '', 'hay-1997', 'ended',
    '2025-03-01 09:00:00', '2025-09-01 09:00:00');
INSERT INTO answers (workbook_id, prompt_id, respondent, value, updated_at) VALUES
    (1, 'invitation.who', 'mentee', '"Ben, my old team lead"', '2026-01-05 09:10:00'),
    (1, 'assessment.strengths.strengths', 'mentor', '["Patient", "Ασφαλής"]',
        '2026-01-05 09:11:00'),
    (1, 'assessment.rating.confidence', 'mentee', '4', '2026-01-05 09:12:00'),
    (2, 'review.outcomes.achieved', 'mentee', '"Я сделала это <b>&</b>"', '2025-08-01 09:00:00');
INSERT INTO actions (workbook_id, title, detail, goal, due_date, support, measure, status,
    completed_at, source_prompt_id, created_at)
VALUES (1, 'Book the course', '', 'Skills', '2026-02-01', 'Ben', 'Booked', 'done',
    '2026-01-20 12:00:00', 'appraisal.choice.chosen', '2026-01-06 10:00:00'),
       (1, 'Talk to my manager', '', '', NULL, '', '', 'planned', NULL, NULL,
    '2026-01-06 10:05:00');
INSERT INTO meetings (workbook_id, held_at, place, agenda, notes, actions_agreed, next_meeting_at)
VALUES (1, '2026-01-05 09:00:00', 'Café', 'Agreement', 'Signed it', 'Course',
    '2026-01-19 09:00:00');
INSERT INTO journal_entries (workbook_id, author, written_at, text, private) VALUES
    (1, 'mentee', '2026-01-05 20:00:00', 'A good start.', 0),
    (1, 'mentor', '2026-01-05 21:00:00', 'Private worry.', 1);
"""

# Sign-offs; until 0008 a stage's status was stored beside them.
STAGES_SQL = """
INSERT INTO stage_progress (workbook_id, stage_id, mentee_signed_at, mentor_signed_at)
VALUES (1, 'alliance', '2026-01-05 10:00:00', '2026-01-05 10:01:00'),
       (1, 'assessment', NULL, NULL),
       (2, 'appraisal', '2025-08-02 09:00:00', NULL);
"""
STAGES_BEFORE_0008_SQL = """
INSERT INTO stage_progress (workbook_id, stage_id, status, mentee_signed_at, mentor_signed_at)
VALUES (1, 'alliance', 'complete', '2026-01-05 10:00:00', '2026-01-05 10:01:00'),
       (1, 'assessment', 'in_progress', NULL, NULL),
       (2, 'appraisal', 'in_progress', '2025-08-02 09:00:00', NULL);
"""

# Rows only revisions from 0003 on can hold: a relationship review done twice.
SEED_0003_SQL = """
INSERT INTO worksheet_instances (workbook_id, worksheet_id, number, held_on, created_at) VALUES
    (1, 'relationship', 1, '2026-02-01', '2026-02-01 18:00:00'),
    (1, 'relationship', 2, '2026-04-01', '2026-04-01 18:00:00');
INSERT INTO answers (workbook_id, prompt_id, respondent, instance, value, updated_at) VALUES
    (1, 'relationship.listening', 'mentee', 1, '{"rating": 2, "note": "I talk too much"}',
        '2026-02-01 18:05:00'),
    (1, 'relationship.listening', 'mentee', 2, '{"rating": 4, "note": ""}',
        '2026-04-01 18:05:00');
"""

UUID_TABLES = ("workbooks", "worksheet_instances", "actions", "meetings", "journal_entries")


def make(revision: str) -> Path:
    FIXTURES.mkdir(parents=True, exist_ok=True)
    path = FIXTURES / f"{revision}.db"
    path.unlink(missing_ok=True)
    migrate(path, revision)
    conn = sqlite3.connect(path)
    with conn:
        conn.executescript(SEED_SQL)
        if SCHEMA_REVISIONS.index(revision) >= SCHEMA_REVISIONS.index("0008_stage_status_derived"):
            conn.executescript(STAGES_SQL)
        else:
            conn.executescript(STAGES_BEFORE_0008_SQL)
        if SCHEMA_REVISIONS.index(revision) >= SCHEMA_REVISIONS.index("0003_repeatable_worksheets"):
            conn.executescript(SEED_0003_SQL)
        if SCHEMA_REVISIONS.index(revision) >= SCHEMA_REVISIONS.index("0010_copies"):
            for table in UUID_TABLES:  # what the models fill in
                conn.execute(f"UPDATE {table} SET uuid = lower(hex(randomblob(16)))")
    conn.execute("PRAGMA journal_mode=DELETE")  # one self-contained file in git
    conn.execute("VACUUM")
    conn.close()
    return path


if __name__ == "__main__":
    for rev in sys.argv[1:] or SCHEMA_REVISIONS:
        print(make(rev))
