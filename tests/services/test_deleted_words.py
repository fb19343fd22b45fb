"""Deleted or replaced shared text leaves the file: secure_delete wipes rows, and merging the
search index wipes the words its segments kept, in the database and in later backups."""

from __future__ import annotations

from pathlib import Path

from actionmentor.domain.enums import Person
from actionmentor.services import Services, open_services


def _files_hold(folder: Path, word: bytes) -> list[str]:
    """The files that hold ``word`` in any case (the index keeps words folded to lower case)."""
    return [p.name for p in folder.rglob("*") if p.is_file() and word in p.read_bytes().lower()]


def test_a_deleted_journal_entry_and_a_cleared_answer_leave_no_words(
    services: Services, workbook_id: int, data_dir: Path
) -> None:
    entry = services.journal.add(workbook_id, Person.MENTEE, "Zebrafishes in the staff room")
    services.answers.save(workbook_id, "invitation.who", "mentee", "Xylophonist from ward 9")
    services.journal.delete(entry.id, Person.MENTEE)
    services.answers.save(workbook_id, "invitation.who", "mentee", "")
    services.close()
    assert _files_hold(data_dir, b"zebrafish") == []
    assert _files_hold(data_dir, b"xylophonist") == []
    open_services(data_dir).close()  # reopening finds nothing to bring back either


def test_a_replaced_answer_is_not_kept_by_a_later_backup(
    services: Services, workbook_id: int, data_dir: Path
) -> None:
    services.answers.save(workbook_id, "invitation.who", "mentee", "Quokkaherder, first draft")
    services.answers.save(workbook_id, "invitation.who", "mentee", "Ben, my old team lead")
    backup = services.backups.make()
    assert b"quokkaherder" not in backup.read_bytes().lower()
    assert b"team lead" in backup.read_bytes()  # the answer itself is backed up, of course
