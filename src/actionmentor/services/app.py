"""The facade the GUI and the CLI hold: one per open database."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from actionmentor.domain.enums import Person
from actionmentor.domain.records import MeetingRecord, WorkbookDetail
from actionmentor.domain.rhythm import FREQUENCY_PROMPTS, first_answer, next_in_rhythm
from actionmentor.errors import UserError
from actionmentor.exercises import framework
from actionmentor.services.actions import ActionService
from actionmentor.services.answers import AnswerService
from actionmentor.services.backups import BackupService
from actionmentor.services.base import wipe_deleted_words
from actionmentor.services.events import ChangeBus
from actionmentor.services.exports import ExportService
from actionmentor.services.forms import FormService
from actionmentor.services.home import HomeService
from actionmentor.services.journal import JournalService
from actionmentor.services.maintenance import MaintenanceService
from actionmentor.services.meetings import MeetingService
from actionmentor.services.overview import WorkbookOverview
from actionmentor.services.portable import PortableService
from actionmentor.services.reviews import ReviewService
from actionmentor.services.search import SearchService
from actionmentor.services.sync import MergeReport
from actionmentor.services.workbooks import WorkbookService
from actionmentor.storage.database import Database, open_database

FIRST_MEETING_AGENDA = (
    "Getting to know each other\nThe practical arrangements\nWhat each of us brings and expects"
)


class Services:
    def __init__(self, db: Database, changes: ChangeBus | None = None) -> None:
        self.db = db
        self.changes = changes or ChangeBus()
        self.workbooks = WorkbookService(db, self.changes)
        self.answers = AnswerService(db, self.changes)
        self.actions = ActionService(db, self.changes)
        self.meetings = MeetingService(db, self.changes)
        self.journal = JournalService(db, self.changes)
        self.reviews = ReviewService(db, self.changes)
        self.maintenance = MaintenanceService(db, self.changes)
        self.portable = PortableService(db, self.changes)
        self.search = SearchService(db, self.changes)
        self.overview = WorkbookOverview(
            self.workbooks, self.answers, self.actions, self.meetings, self.journal, self.portable
        )
        # Sharing, merging, conflicts, the shared folder, and the fillable PDF (issue 16).
        self.sync = FormService(db, self.changes)
        self.exports = ExportService(self.overview, self.journal, self.reviews, self.sync)
        self.backups = BackupService(db.path.parent, db)
        self.home = HomeService(self.workbooks, self.answers, self.actions, self.meetings)

    def export_portable(
        self,
        workbook_id: int,
        include: frozenset[Person] = frozenset(),
        passphrases: Mapping[Person, str] | None = None,
    ) -> dict[str, object]:
        """The portable JSON of a workbook; private entries only as ``include`` allows."""
        return self.overview.portable(workbook_id, include, passphrases)

    def import_workbook(
        self,
        raw: bytes,
        passphrases: Mapping[Person, str] | None = None,
        *,
        shared_passphrase: str | None = None,
        separate: bool = False,
    ) -> int:
        """Import a portable JSON export as a new workbook, or a shared alliance as the same
        alliance (``separate``: as a new one), after backing up the database."""
        from actionmentor.services import changes_file
        from actionmentor.services.portable_format import parse_file

        if changes_file.is_changes_file(raw):
            changes_file.read(raw, shared_passphrase)  # a wrong file costs no backup
            self.backups.make("before-import", thin_after=False)
            if separate:
                return self.sync.import_separate(raw, shared_passphrase)
            return self.sync.import_copy(raw, shared_passphrase)
        parse_file(raw)  # a file that is plainly wrong costs no backup
        self.backups.make("before-import", thin_after=False)
        return self.portable.import_json(raw, passphrases)

    def merge_changes(
        self, raw: bytes, passphrase: str | None = None, workbook_id: int | None = None
    ) -> MergeReport:
        """Merge another copy's changes file, after backing up the database."""
        from actionmentor.services import changes_file
        from actionmentor.services.forms import is_pdf

        if is_pdf(raw):  # a form filled in without the app
            self.backups.make("before-merge", thin_after=False)
            return self.sync.merge_form(raw, workbook_id)
        changes_file.read(raw, passphrase)  # a wrong file costs no backup
        self.backups.make("before-merge", thin_after=False)
        return self.sync.merge(raw, passphrase, workbook_id)

    def next_meeting_agenda(self, workbook_id: int, today: dt.date | None = None) -> str:
        """An agenda for the next meeting from the open actions and unfinished stages."""
        return self.overview.next_meeting_agenda(workbook_id, today)

    def next_meeting_draft(self, workbook_id: int, now: dt.datetime | None = None) -> MeetingRecord:
        """The next meeting, not yet saved: at the time agreed last time (else two weeks on,
        at 17:30), at the same place, with an agenda of open actions and unfinished stages."""
        now = now or dt.datetime.now().astimezone()
        meetings = self.meetings.list_for(workbook_id)
        when = meetings[-1].next_meeting_at if meetings else None
        if when is None and meetings:  # the rhythm they agreed, from the last meeting
            frequency = first_answer(self._shared_answers(workbook_id), FREQUENCY_PROMPTS)
            # On the wall clock: "Thursdays at six" stays at six across a change of time.
            last = max(m.held_at for m in meetings).astimezone().replace(tzinfo=None)
            wall = next_in_rhythm(frequency, last, now.astimezone().replace(tzinfo=None))
            when = wall.astimezone() if wall else None
        if when is None:
            when = (now + dt.timedelta(days=14)).replace(
                hour=17, minute=30, second=0, microsecond=0
            )
        place = meetings[-1].place if meetings else ""
        agenda = self.next_meeting_agenda(workbook_id, now.date())
        return MeetingRecord(0, when, place, agenda, "", "", None)

    def record_planned_meeting(
        self,
        workbook_id: int,
        covered: str,
        *,
        actions_agreed: str = "",
        held_at: dt.datetime | None = None,
        place: str | None = None,
        next_at: dt.datetime | None = None,
    ) -> tuple[MeetingRecord, int | None]:
        """Log the next planned meeting as held: its number and agenda from the plan, what
        was covered, and the next date (given, or on the pair's agreed rhythm). A meeting
        already in the log with nothing written in it (the wizard's first date, or one
        entered ahead) becomes this one, whether its time has come or not. Returns the
        meeting and its number in the plan (None once past the plan)."""
        held_at = held_at or dt.datetime.now().astimezone()
        logged = sorted(self.meetings.list_for(workbook_id), key=lambda m: m.held_at)
        blank = [m for m in logged if not m.notes.strip() and not m.actions_agreed.strip()]
        target = blank[0] if blank else None
        number = (logged.index(target) if target else len(logged)) + 1
        plan = framework(self.workbooks.get(workbook_id).framework_id).plan
        planned = plan[number - 1] if number <= len(plan) else None
        agenda = (
            "\n".join(
                [f"Meeting {number}: {planned.title}"]
                + [f"{item.title} ({item.minutes} min)" for item in planned.items]
            )
            if planned
            else "After the planned meetings"
        )
        if place is None:
            place = target.place if target else logged[-1].place if logged else ""
        if target is not None:
            record = self.meetings.update(
                target.id, held_at=held_at, agenda=agenda, notes=covered,
                actions_agreed=actions_agreed, place=place,
            )  # fmt: skip
        else:
            record = self.meetings.add(
                workbook_id, held_at, agenda=agenda, notes=covered,
                actions_agreed=actions_agreed, place=place,
            )  # fmt: skip
        following = next_at or self.next_meeting_draft(workbook_id, held_at).held_at
        record = self.meetings.update(record.id, next_meeting_at=following)
        return record, number if planned else None

    def _shared_answers(self, workbook_id: int) -> dict[str, Any]:
        """Each prompt's answer (the first copy), for what the pair agreed."""
        found: dict[str, Any] = {}
        for answer in self.answers.list_for(workbook_id):
            if answer.instance == 0:
                found.setdefault(answer.prompt_id, answer.value)
        return found

    def start_alliance(
        self,
        mentee: str,
        mentor: str,
        framework_id: str,
        *,
        mentee_contact: str = "",
        mentor_contact: str = "",
        first_meeting: tuple[dt.datetime, str] | None = None,
    ) -> int:
        """A new workbook and, if one was agreed, its first meeting with a starter agenda."""
        summary = self.workbooks.create(
            mentee,
            mentor,
            framework_id=framework_id,
            mentee_contact=mentee_contact,
            mentor_contact=mentor_contact,
        )
        if first_meeting is not None:
            held_at, place = first_meeting
            plan = framework(framework_id).plan
            agenda = (
                "\n".join(f"{item.title} ({item.minutes} min)" for item in plan[0].items)
                if plan
                else FIRST_MEETING_AGENDA
            )
            self.meetings.add(summary.id, held_at, place=place, agenda=agenda)
        return summary.id

    def detail(self, workbook_id: int, viewer: Person | None = None) -> WorkbookDetail:
        """Everything in one workbook, as ``viewer`` may see it."""
        return self.overview.detail(workbook_id, viewer)

    @property
    def data_dir(self) -> Path:
        return self.db.path.parent

    def close(self) -> None:
        # Cleared and rewritten answers leave their words in the search index's segments.
        # Merging costs tens of milliseconds on a large index, too much for each autosave,
        # so it happens once here (and before every backup, and at explicit deletions).
        with contextlib.suppress(UserError), self.db.session() as session:
            wipe_deleted_words(session)
        self.db.close()


def open_services(
    data_dir: Path,
    *,
    every_page: bool = True,
    changes: ChangeBus | None = None,
    daily_backup: bool = True,
) -> Services:
    """The services on the database in ``data_dir``. ``every_page=False`` (the window) runs
    the full integrity check only after a crash or once a day; ``daily_backup=False`` (the
    check, which may have to repair first) skips the day's backup; see prepare_database."""
    database = open_database(data_dir, every_page=every_page, daily_backup=daily_backup)
    return Services(database, changes)


def warm_up() -> None:
    """What the first query would otherwise pay, done ahead (the window calls this on its
    import thread): SQLAlchemy configures its mappers once, at first use."""
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
