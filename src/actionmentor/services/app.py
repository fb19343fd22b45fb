"""The facade the GUI and the CLI hold: one per open database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

from actionmentor.domain.enums import Person
from actionmentor.exercises import framework
from actionmentor.services.agenda import next_meeting_agenda
from actionmentor.services.answers import AnswerService
from actionmentor.services.events import ChangeBus
from actionmentor.services.exports import ExportService
from actionmentor.services.journal import JournalService
from actionmentor.services.maintenance import MaintenanceService
from actionmentor.services.plan import ActionService, MeetingService
from actionmentor.services.portable import PortableService
from actionmentor.services.records import WorkbookDetail
from actionmentor.services.reviews import ReviewService
from actionmentor.services.workbooks import WorkbookService
from actionmentor.storage.database import Database, open_database


class Services:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.changes = ChangeBus()
        self.workbooks = WorkbookService(db, self.changes)
        self.answers = AnswerService(db, self.changes)
        self.actions = ActionService(db, self.changes)
        self.meetings = MeetingService(db, self.changes)
        self.journal = JournalService(db, self.changes)
        self.reviews = ReviewService(db, self.changes)
        self.exports = ExportService(self)
        self.maintenance = MaintenanceService(db, self.changes)
        self.portable = PortableService(db, self.changes)

    def export_portable(
        self,
        workbook_id: int,
        include: frozenset[Person] = frozenset(),
        passphrases: Mapping[Person, str] | None = None,
    ) -> dict[str, object]:
        """The portable JSON of a workbook; private entries only as ``include`` allows."""
        journal = self.journal.for_export(workbook_id, include, passphrases)
        return self.portable.export_json(workbook_id, journal)

    def import_workbook(self, raw: bytes, passphrases: Mapping[Person, str] | None = None) -> int:
        """Import a portable JSON export as a new workbook, after backing up the database."""
        from actionmentor.services.portable import parse_file
        from actionmentor.storage.backup import backup_database
        from actionmentor.storage.database import backups_dir

        parse_file(raw)  # a file that is plainly wrong costs no backup
        backup_database(self.db.path, backups_dir(self.db.path.parent), "before-import")
        return self.portable.import_json(raw, passphrases)

    def next_meeting_agenda(self, workbook_id: int, today: dt.date | None = None) -> str:
        """An agenda for the next meeting from the open actions and unfinished stages."""
        sequential = {s.id for s in framework(self.workbooks.get(workbook_id).framework_id).stages}
        stages = [s for s in self.answers.stages(workbook_id) if s.stage_id in sequential]
        return next_meeting_agenda(
            self.actions.list_for(workbook_id), stages, today or dt.date.today()
        )

    def detail(self, workbook_id: int, viewer: Person | None = None) -> WorkbookDetail:
        """Everything in one workbook, as ``viewer`` may see it."""
        return WorkbookDetail(
            summary=self.workbooks.get(workbook_id),
            stages=self.answers.stages(workbook_id),
            answers=self.answers.list_for(workbook_id),
            instances=self.answers.instances(workbook_id),
            actions=self.actions.list_for(workbook_id),
            meetings=self.meetings.list_for(workbook_id),
            journal=self.journal.list_for(workbook_id, viewer),
        )

    def close(self) -> None:
        self.db.close()

    def restore(self, backup: Path) -> Path | None:
        """Replace the database with ``backup`` (after backing up the current one) and carry
        on with the restored data. Returns the backup of what was replaced."""
        from actionmentor.storage.backups import restore_backup
        from actionmentor.storage.database import backups_dir

        data_dir = self.db.path.parent
        self.db.close()  # sessions are short-lived and unpooled: nothing stays open
        safety = restore_backup(backup, self.db.path, backups_dir(data_dir))
        self.db = open_database(data_dir, daily_backup=False)
        for service in (self.workbooks, self.answers, self.actions, self.meetings, self.journal,
                        self.reviews, self.exports, self.maintenance, self.portable):  # fmt: skip
            service._db = self.db
        return safety


def open_services(data_dir: Path) -> Services:
    return Services(open_database(data_dir))
