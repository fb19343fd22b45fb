"""Wires the workbook screen: opening and closing a workbook, who is writing, autosave, the
Worksheets tab's pages (pages_controller.py) and the other tabs' controllers, and routing
each change to the part of the screen it touches."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QWidget

from actionmentor.domain.content import REVIEW_WORKSHEET, Framework, PlannedMeeting
from actionmentor.domain.enums import Person, Respondent, WorkbookStatus
from actionmentor.domain.search import SearchHit
from actionmentor.errors import NotFoundError, UserError
from actionmentor.exercises import framework
from actionmentor.services.events import Change, ChangeKind
from actionmentor.ui.common.announce import Announcer
from actionmentor.ui.common.autosave import Autosaver
from actionmentor.ui.common.change_signals import ChangeSignals
from actionmentor.ui.common.language import said
from actionmentor.ui.workbook.actions.controller import ActionPlanController
from actionmentor.ui.workbook.copies_controller import CopiesController
from actionmentor.ui.workbook.journal.controller import JournalController
from actionmentor.ui.workbook.meetings.controller import MeetingsController
from actionmentor.ui.workbook.navigator import StageNavigator
from actionmentor.ui.workbook.pages_controller import WorksheetPages
from actionmentor.ui.workbook.reviews.controller import ReviewsController
from actionmentor.ui.workbook.stage_page import StagePage
from actionmentor.ui.workbook.view import WorkbookView
from actionmentor.ui.workbook.worksheet_page import WorksheetPage

if TYPE_CHECKING:  # the services load after the first paint (ui/shell/startup.py)
    from actionmentor.services import Services
    from actionmentor.services.sync import ConflictRecord

HOME_TAB, WORKSHEETS_TAB, ACTIONS_TAB, MEETINGS_TAB, JOURNAL_TAB, REVIEWS_TAB = range(6)


class WorkbookController(QObject):
    closed = Signal()
    widen_search = Signal(str)  # the find bar's words, for the search across all workbooks
    message = Signal(str)  # a short note for the status bar
    meeting_recorded = Signal()  # meeting mode's last step: the window offers the sheets

    def __init__(
        self,
        services: Services,
        signals: ChangeSignals,
        view: WorkbookView,
        undo_stack: QUndoStack,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.view = view
        self.undo_stack = undo_stack
        self.workbook_id: int | None = None
        self.framework: Framework | None = None
        self.names: dict[Person, str] = {}
        self.autosaver = Autosaver(self)
        self.autosaver.state_changed.connect(self._show_save_state)
        self.announcer = Announcer(view)
        self.pages = WorksheetPages(services, view, self.autosaver, undo_stack, self.writer, self)
        self.pages.message.connect(self.message)
        self.actions = ActionPlanController(services, view.action_plan, undo_stack, self)
        self.meetings = MeetingsController(
            services, view.meetings, undo_stack, self.autosaver, self
        )
        self.journal = JournalController(services, view.journal, undo_stack, self)
        self.journal.message.connect(self.message)
        self.reviews = ReviewsController(services, view.reviews, self)
        self.actions.worksheet_requested.connect(self.go_to_worksheet)
        self.reviews.review_requested.connect(self._open_review)
        view.back_button.clicked.connect(self.close)
        view.writer_switch.writer_changed.connect(self._writer_changed)
        view.tabs.currentChanged.connect(self._tab_changed)
        self._opening = False
        self.pages.page_shown.connect(self._page_shown)
        self.copies = CopiesController(
            services, view, undo_stack, self.autosaver, self.reload_all, self
        )
        self.copies.message.connect(self.message)
        self.copies.announcer = self.announcer
        self.copies.edit_requested.connect(self._edit_conflict)
        self.pages.page_built.connect(self.copies.page_shown)
        self.home_timer = QTimer(self)
        self.home_timer.setSingleShot(True)
        self.home_timer.setInterval(200)
        self.home_timer.timeout.connect(self.refresh_home)
        view.home.worksheet_requested.connect(self._open_from_home)
        view.home.meeting_requested.connect(self.start_meeting)
        meeting_bar = view.meeting_bar
        meeting_bar.next_requested.connect(lambda: self.meeting_step(1))
        meeting_bar.back_requested.connect(lambda: self.meeting_step(-1))
        meeting_bar.pause_requested.connect(self.pause_meeting)
        # A meeting under way, per workbook: (planned meeting, step, when it started). Kept
        # while the window is open, so Pause and Resume (or opening another workbook and
        # coming back) go on where the pair left off; every answer is saved as usual.
        self.meetings_under_way: dict[int, tuple[PlannedMeeting, int, dt.datetime]] = {}
        view.home.stages_requested.connect(lambda: view.tabs.setCurrentIndex(WORKSHEETS_TAB))
        signals.changed.connect(self._on_change)
        bar = view.find_bar
        self.find_timer = QTimer(self)
        self.find_timer.setSingleShot(True)
        self.find_timer.setInterval(150)
        self.find_timer.timeout.connect(self.run_find)
        bar.field.textChanged.connect(lambda _t: self.find_timer.start())
        bar.field.returnPressed.connect(self._find_entered)
        bar.results.list.itemActivated.connect(lambda _item: self._open_found())
        bar.widen_button.clicked.connect(lambda: self.widen_search.emit(bar.field.text()))

    # -- find in this workbook -------------------------------------------------------

    def find(self) -> None:
        """Ctrl+F inside a workbook: the find bar, for this workbook's words."""
        self.flush()  # what was just typed is findable too
        self.view.find_bar.open()

    def run_find(self) -> None:
        self.find_timer.stop()
        bar = self.view.find_bar
        words = bar.field.text().strip()
        if not words or self.workbook_id is None:
            bar.results.hide()
            return
        try:
            hits = self.services.search.search(words, workbook_id=self.workbook_id)
        except UserError as exc:
            self.message.emit(said(exc))
            return
        bar.results.show_hits(words, hits)
        bar.results.show()

    def _find_entered(self) -> None:
        self.run_find()
        self._open_found()

    def _open_found(self) -> None:
        hit = self.view.find_bar.results.current_hit()
        if hit is not None:
            self.reveal(hit)

    @property
    def page(self) -> WorksheetPage | StagePage | None:
        """The stage or worksheet page shown in the Worksheets tab."""
        return self.pages.page

    @property
    def navigator(self) -> StageNavigator | None:
        return self.pages.navigator

    # -- opening and closing -------------------------------------------------------

    def open(self, workbook_id: int, *, worksheet_id: str | None = None) -> None:
        self.flush()
        summary = self.services.workbooks.get(workbook_id)
        if summary.status is WorkbookStatus.ACTIVE:
            self.services.workbooks.mark_opened(workbook_id)
        self.workbook_id = workbook_id
        self.undo_stack.clear()
        fw = self.framework = framework(summary.framework_id)
        self.names = {Person.MENTEE: summary.mentee, Person.MENTOR: summary.mentor}
        self.view.title.setText(summary.title)
        self.view.people.setText(
            self.tr("%1 (mentee) with %2 (mentor) · %3")
            .replace("%1", summary.mentee)
            .replace("%2", summary.mentor)
            .replace("%3", fw.title)
        )
        self.view.ended_banner.setVisible(summary.status is WorkbookStatus.ENDED)
        self.view.writer_switch.set_names(summary.mentee, summary.mentor)
        self.view.save_state.setText(self.tr("All changes saved"))
        self.actions.show_workbook(workbook_id, fw)
        self.meetings.show_workbook(workbook_id)
        self.journal.show_workbook(workbook_id, self.names, self.writer())
        self.reviews.show_workbook(workbook_id, fw)
        self.view.tabs.setCurrentIndex(WORKSHEETS_TAB)
        located = fw.worksheet(worksheet_id) if worksheet_id else None
        first = (located[0].id, worksheet_id or "") if located else (summary.current_stage_id, "")
        self._opening = True
        try:
            self.pages.show_workbook(workbook_id, fw, self.names, first)
        finally:
            self._opening = False
        self.view.meeting_bar.stop()  # Resume on the home brings it back
        self.copies.show_workbook(workbook_id, self.names)
        self.copies.page_shown(self.page)  # the first page was made before the conflicts
        if worksheet_id is None:  # a workbook opens at its home; the tree is one click away
            self.view.tabs.setCurrentIndex(HOME_TAB)  # which refreshes it (_tab_changed)
        else:
            self.refresh_home()

    # -- meeting mode --------------------------------------------------------------

    def start_meeting(self) -> None:
        """Start meeting (or Resume) on the home: the bar leads through the agenda."""
        if self.workbook_id is None:
            return
        under_way = self.meetings_under_way.get(self.workbook_id)
        if under_way is None:
            coming = self.services.home.summary(self.workbook_id).next
            if coming is None:
                return
            under_way = (coming.planned, 0, dt.datetime.now(dt.UTC))
            self.meetings_under_way[self.workbook_id] = under_way
        self._show_meeting_step()

    def meeting_step(self, step: int) -> None:
        if self.workbook_id is None or self.workbook_id not in self.meetings_under_way:
            return
        self.flush()
        planned, at, started = self.meetings_under_way[self.workbook_id]
        at = max(0, at + step)
        if at > len(planned.items):
            self.record_meeting()
            return
        self.meetings_under_way[self.workbook_id] = (planned, at, started)
        self._show_meeting_step()

    def _show_meeting_step(self) -> None:
        assert self.workbook_id is not None and self.framework is not None
        planned, at, started = self.meetings_under_way[self.workbook_id]
        self.view.meeting_bar.show_step(planned, at, started)
        if at >= len(planned.items):
            return
        item = planned.items[at]
        found = self.framework.worksheet(item.worksheet) if item.worksheet else None
        if found is None:
            self.view.tabs.setCurrentIndex(HOME_TAB)  # a conversation: the agenda in view
            self.refresh_home()  # which now offers to resume at this step
            self._refocus(self.view.meeting_bar.next_button)
            return
        stage, worksheet = found
        if worksheet.repeatable:
            self._copy_for_meeting(worksheet.id, started)
        self.go_to_worksheet(stage.id, worksheet.id)
        if self.page is not None:
            self._refocus(self.page)

    @staticmethod
    def _refocus(target: QWidget) -> None:
        """After a step from the keyboard (Alt+PgDown in an answer), the answer typed in is
        on a page now hidden: focus goes to the new step's page (a screen reader names it),
        not nowhere. A click on Next keeps its focus where it was."""
        now = QApplication.focusWidget()
        if now is None or not now.isVisible():
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _copy_for_meeting(self, worksheet_id: str, started: dt.datetime) -> None:
        """A repeated worksheet (the reflection, a review) gets its copy for this meeting:
        the newest one started since the meeting began, else a new one."""
        assert self.workbook_id is not None
        copies = self.services.answers.instances(self.workbook_id, worksheet_id)
        fresh = [c for c in copies if c.created_at >= started - dt.timedelta(hours=12)]
        number = fresh[-1].number if fresh else None
        if number is None:
            try:
                number = self.services.answers.start_instance(self.workbook_id, worksheet_id).number
            except UserError as exc:
                self.message.emit(said(exc))
                return
        self.pages.choose_copy(worksheet_id, number)

    def pause_meeting(self) -> None:
        self.flush()
        self.view.meeting_bar.stop()
        self.view.tabs.setCurrentIndex(HOME_TAB)
        self.refresh_home()

    def record_meeting(self) -> None:
        """The last step: what was covered, the actions agreed and the next date."""
        from actionmentor.ui.workbook.meeting_bar import RecordMeetingDialog

        assert self.workbook_id is not None
        planned, _at, _started = self.meetings_under_way[self.workbook_id]
        draft = self.services.next_meeting_draft(self.workbook_id)
        dialog = RecordMeetingDialog(planned, draft.held_at, self.view)
        self.record_dialog = dialog
        if dialog.exec() != RecordMeetingDialog.DialogCode.Accepted:
            return
        workbook_id = self.workbook_id
        try:
            self.services.record_planned_meeting(
                workbook_id,
                dialog.covered.toPlainText(),
                actions_agreed=dialog.actions_box.toPlainText(),
                next_at=dialog.next_at.value(),
            )
            for title in dialog.action_titles():
                self.services.actions.add(workbook_id, title)
        except UserError as exc:
            self.message.emit(said(exc))
            return
        del self.meetings_under_way[workbook_id]
        self.view.meeting_bar.stop()
        self.view.tabs.setCurrentIndex(HOME_TAB)
        self.refresh_home()
        # The answer typed in last is on a hidden page now: the window's focus (given back
        # when the dialogs close) goes to the home's next step instead of nowhere.
        home = self.view.home
        self._refocus(home.start_button or self.view.tabs.tabBar())
        self.meeting_recorded.emit()

    def _page_shown(self) -> None:
        """A page chosen in the navigator, from the home or by a step is brought forward."""
        if not self._opening:
            self.view.tabs.setCurrentIndex(WORKSHEETS_TAB)

    def _tab_changed(self, index: int) -> None:
        self.flush()
        if index == HOME_TAB:
            self.refresh_home()  # answers given elsewhere tick off the preparations

    def _open_from_home(self, worksheet_id: str) -> None:
        found = self.framework.worksheet(worksheet_id) if self.framework else None
        if found is not None:
            self.go_to_worksheet(found[0].id, worksheet_id)

    def reload_all(self) -> None:
        """After a merge or a choice between two versions: everything shown, read again."""
        if self.workbook_id is None:
            return
        summary = self.services.workbooks.get(self.workbook_id)
        self.names = {Person.MENTEE: summary.mentee, Person.MENTOR: summary.mentor}
        self.view.title.setText(summary.title)
        self.view.writer_switch.set_names(summary.mentee, summary.mentor)
        self.actions.refresh()
        self.meetings.refresh()
        self.journal.refresh()
        self.reviews.refresh()
        self.pages.refresh_progress()
        self.pages.reload()
        self.refresh_home()

    def _edit_conflict(self, conflict: ConflictRecord) -> None:
        """Edit…: where the pair can write what they agree on; that settles the conflict."""
        if conflict.kind == "answer" and self.framework is not None:
            located = self.framework.locate(conflict.prompt_id)
            if located is not None:
                self.go_to_worksheet(located[0].id, located[1].id)
                return
        tabs = {"action": ACTIONS_TAB, "meeting": MEETINGS_TAB, "journal": JOURNAL_TAB}
        self.view.tabs.setCurrentIndex(tabs.get(conflict.kind, WORKSHEETS_TAB))

    def refresh_home(self) -> None:
        if self.workbook_id is None:
            return
        if self.copies.conflicts:
            self.copies.refresh()  # an edit made since may have settled one
        try:
            summary = self.services.home.summary(self.workbook_id)
        except NotFoundError:
            return  # the workbook went (purged from the trash) while a refresh was pending
        except UserError as exc:  # a value that can't be read: 'check' mends it
            self.message.emit(said(exc))
            return
        under_way = self.meetings_under_way.get(self.workbook_id)
        self.view.home.show_summary(
            summary,
            dt.date.today(),
            under_way[1] if under_way else None,
            running=under_way is not None and self.view.meeting_bar.isVisibleTo(self.view),
        )

    def close(self) -> None:
        if self.flush():
            self.copies.leave()
            self.closed.emit()

    def flush(self) -> bool:
        """Save what is still waiting; False (and the text stays) if that failed."""
        return self.autosaver.flush()

    def writer(self) -> Person:
        return self.view.writer_switch.writer()

    # -- moving around -------------------------------------------------------------

    def go_to_worksheet(self, stage_id: str, worksheet_id: str) -> None:
        self.view.tabs.setCurrentIndex(WORKSHEETS_TAB)
        self.pages.go_to_worksheet(stage_id, worksheet_id)

    def step_stage(self, step: int) -> None:
        """Ctrl+PgUp/PgDn, Alt+Left/Right: the page before or after, worksheet by worksheet."""
        tab = self.view.tabs.currentIndex()
        self.view.tabs.setCurrentIndex(WORKSHEETS_TAB)
        if not self.pages.step_stage(step):
            self.view.tabs.setCurrentIndex(tab)

    def reveal(self, hit: SearchHit) -> None:
        """Show the place a search result came from: the answer's editor (in its copy of a
        repeated worksheet), or the action, meeting or journal entry selected in its tab."""
        if hit.kind == "answer":
            self.view.tabs.setCurrentIndex(WORKSHEETS_TAB)
            self.pages.reveal_answer(hit.prompt_id, Respondent(hit.who), hit.instance)
        elif hit.kind == "action":
            self.view.tabs.setCurrentIndex(ACTIONS_TAB)
            self.actions.reveal(hit.ref)
        elif hit.kind == "meeting":
            self.view.tabs.setCurrentIndex(MEETINGS_TAB)
            self.meetings.show_meeting(hit.ref)
        elif hit.kind == "journal":
            self.view.tabs.setCurrentIndex(JOURNAL_TAB)
            self.journal.select_entry(hit.ref)

    def _open_review(self, number: int) -> None:
        self.view.tabs.setCurrentIndex(WORKSHEETS_TAB)
        self.pages.open_review(number)

    def _writer_changed(self, person: Person) -> None:
        self.flush()
        self.journal.set_writer(person)
        self.pages.reload()

    # -- changes -------------------------------------------------------------------

    def _show_save_state(self, state: str, message: str) -> None:
        label = self.view.save_state
        label.setText(message if state != "error" else self.tr("Not saved"))
        label.setToolTip(message)
        label.setStyleSheet("color: #b3261e; font-weight: bold;" if state == "error" else "")
        if state == "error":
            self.message.emit(message)
        if state != "saving":  # "Saving…" comes and goes within a second: not worth a word
            self.announcer.say(message, assertive=state == "error", source=label)

    def _on_change(self, change: Change) -> None:
        if change.workbook_id != self.workbook_id:
            return
        self.copies.changed()
        if self.view.tabs.currentIndex() == HOME_TAB:
            self.home_timer.start()  # shown: many changes, one refresh; else on showing it
        if change.kind is ChangeKind.ANSWER:
            self.pages.answers_changed()
        if change.kind in (ChangeKind.STAGE, ChangeKind.INSTANCE):
            self.pages.refresh_progress()
        if change.kind is ChangeKind.STAGE and isinstance(self.page, StagePage):
            self.pages.reload()
        if change.kind is ChangeKind.ACTION:
            self.actions.refresh()
        if change.kind is ChangeKind.MEETING:
            self.meetings.refresh()
        if change.kind is ChangeKind.JOURNAL:
            self.journal.refresh()
        if self._touches_reviews(change):
            self.reviews.refresh()

    def _touches_reviews(self, change: Change) -> bool:
        """Only review answers and new copies change the chart: skip the queries otherwise,
        since every autosave publishes an answer change."""
        if change.kind is ChangeKind.INSTANCE:
            return change.key == REVIEW_WORKSHEET
        if change.kind is ChangeKind.ANSWER and self.framework is not None:
            located = self.framework.locate(change.key)
            return located is not None and located[1].id == REVIEW_WORKSHEET
        return False
