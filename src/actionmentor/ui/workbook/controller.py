"""Wires the workbook screen: navigation between stage and worksheet pages, who is writing,
sign-off, autosave, and the tab controllers (action plan, meetings, journal, reviews)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from actionmentor.domain.content import REVIEW_WORKSHEET, Framework
from actionmentor.domain.enums import Person, Respondent, WorkbookStatus
from actionmentor.domain.search import SearchHit
from actionmentor.errors import UserError
from actionmentor.exercises import framework
from actionmentor.services.events import Change, ChangeKind
from actionmentor.ui.common import undo
from actionmentor.ui.common.autosave import Autosaver
from actionmentor.ui.common.change_signals import ChangeSignals
from actionmentor.ui.workbook.actions.controller import ActionPlanController
from actionmentor.ui.workbook.editors import PromptEditor
from actionmentor.ui.workbook.journal.controller import JournalController
from actionmentor.ui.workbook.meetings.controller import MeetingsController
from actionmentor.ui.workbook.navigator import StageNavigator
from actionmentor.ui.workbook.reviews.controller import ReviewsController
from actionmentor.ui.workbook.stage_page import StagePage
from actionmentor.ui.workbook.view import WorkbookView
from actionmentor.ui.workbook.worksheet_page import WorksheetPage

if TYPE_CHECKING:  # the services load after the first paint (ui/shell/startup.py)
    from actionmentor.services import Services

WORKSHEETS_TAB, ACTIONS_TAB, MEETINGS_TAB, JOURNAL_TAB, REVIEWS_TAB = range(5)


class WorkbookController(QObject):
    closed = Signal()
    message = Signal(str)  # a short note for the status bar

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
        self.page: WorksheetPage | StagePage | None = None
        self.navigator: StageNavigator | None = None
        self.names: dict[Person, str] = {}
        self._current_instance: int | None = None  # the copy shown of a repeatable worksheet
        self._instance: dict[str, int] = {}  # the copy chosen, per repeatable worksheet
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(0)
        self._progress_timer.timeout.connect(self._refresh_progress)
        self.autosaver = Autosaver(self)
        self.autosaver.state_changed.connect(self._show_save_state)
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
        view.tabs.currentChanged.connect(lambda _i: self.flush())
        signals.changed.connect(self._on_change)

    # -- opening and closing -------------------------------------------------------

    def open(self, workbook_id: int, *, worksheet_id: str | None = None) -> None:
        self.flush()
        summary = self.services.workbooks.get(workbook_id)
        if summary.status is WorkbookStatus.ACTIVE:
            self.services.workbooks.mark_opened(workbook_id)
        self.workbook_id = workbook_id
        self.undo_stack.clear()
        self._instance.clear()
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
        if self.navigator is not None:
            self.navigator.deleteLater()
        self.navigator = StageNavigator(fw)
        self.view.navigator_slot.addWidget(self.navigator)
        self.navigator.worksheet_chosen.connect(self.show_worksheet)
        self.navigator.stage_chosen.connect(self.show_stage)
        self._refresh_progress()
        self.actions.show_workbook(workbook_id, fw)
        self.meetings.show_workbook(workbook_id)
        self.journal.show_workbook(workbook_id, self.names, self.writer())
        self.reviews.show_workbook(workbook_id, fw)
        self.view.tabs.setCurrentIndex(WORKSHEETS_TAB)
        located = fw.worksheet(worksheet_id) if worksheet_id else None
        if located:
            self.navigator.select(located[0].id, worksheet_id or "")
        else:
            self.navigator.select_stage(summary.current_stage_id)

    def close(self) -> None:
        if self.flush():
            self.closed.emit()

    def flush(self) -> bool:
        """Save what is still waiting; False (and the text stays) if that failed."""
        return self.autosaver.flush()

    def writer(self) -> Person:
        return self.view.writer_switch.writer()

    # -- pages ---------------------------------------------------------------------

    def _set_page(self, page: WorksheetPage | StagePage) -> None:
        if self.page is not None:
            self.view.pages.removeWidget(self.page)
            self.page.deleteLater()
        self.page = page
        self.view.pages.addWidget(page)
        self.view.pages.setCurrentWidget(page)

    def show_stage(self, stage_id: str) -> None:
        if self.workbook_id is None or self.framework is None:
            return
        self.flush()
        fw = self.framework
        stage = fw.stage(stage_id)
        if stage is None:
            return
        state = next(
            s for s in self.services.answers.stages(self.workbook_id) if s.stage_id == stage_id
        )
        alongside = stage in fw.alongside
        if alongside:
            position = self.tr("Alongside every stage")
        else:
            position = (
                self.tr("Stage %1 of %2")
                .replace("%1", str(fw.stages.index(stage) + 1))
                .replace("%2", str(len(fw.stages)))
            )
        page = StagePage(stage, position, state, self.names, self.writer(), alongside)
        page.sign_requested.connect(lambda sign: self.sign(stage_id, sign))
        page.worksheet_requested.connect(
            lambda ws: self.navigator and self.navigator.select(stage_id, ws)
        )
        self._set_page(page)

    def show_worksheet(self, stage_id: str, worksheet_id: str) -> None:
        if self.workbook_id is None or self.framework is None:
            return
        self.flush()
        stage = self.framework.stage(stage_id)
        worksheet = (
            next((w for w in stage.worksheets if w.id == worksheet_id), None) if stage else None
        )
        if stage is None or worksheet is None:
            return
        instances = (
            self.services.answers.instances(self.workbook_id, worksheet.id)
            if worksheet.repeatable
            else []
        )
        numbers = [i.number for i in instances]
        current = self._instance.get(worksheet.id)
        if current not in numbers:
            current = numbers[-1] if numbers else 0
        answers = {
            (a.prompt_id, a.respondent): a.value
            for a in self.services.answers.list_for(self.workbook_id)
            if a.instance == current
        }
        labels = {p.respondent: n for p, n in self.names.items()}
        labels[Respondent.TOGETHER] = self.tr("Together")
        page = WorksheetPage(
            stage, worksheet, labels, self.writer(), answers, None, instances, current
        )
        page.answer_edited.connect(self._answer_edited)
        page.instance_chosen.connect(lambda n: self._choose_instance(worksheet.id, n))
        page.new_instance_requested.connect(lambda: self._new_instance(worksheet.id))
        page.actions_requested.connect(self.add_actions_from)
        self._current_instance = current or None
        self._set_page(page)

    def _reload_page(self) -> None:
        if self.navigator is None:
            return
        current = self.navigator.current_worksheet()
        if current:
            self.show_worksheet(*current)
        elif (stage_id := self.navigator.current_stage_id()) is not None:
            self.show_stage(stage_id)

    def go_to_worksheet(self, stage_id: str, worksheet_id: str) -> None:
        self.view.tabs.setCurrentIndex(WORKSHEETS_TAB)
        if self.navigator is not None:
            self.navigator.select(stage_id, worksheet_id)

    def reveal(self, hit: SearchHit) -> None:
        """Show the place a search result came from: the answer's editor (in its copy of a
        repeated worksheet), or the action, meeting or journal entry selected in its tab."""
        if hit.kind == "answer" and self.framework is not None:
            located = self.framework.locate(hit.prompt_id)
            if located is None:
                return
            stage, worksheet, _prompt = located
            if worksheet.repeatable:
                self._instance[worksheet.id] = hit.instance
            self.go_to_worksheet(stage.id, worksheet.id)
            self._reload_page()
            if isinstance(self.page, WorksheetPage):
                self.page.reveal(hit.prompt_id, Respondent(hit.who))
        elif hit.kind == "action":
            self.view.tabs.setCurrentIndex(ACTIONS_TAB)
            self.actions.reveal(hit.ref)
        elif hit.kind == "meeting":
            self.view.tabs.setCurrentIndex(MEETINGS_TAB)
            self.meetings.show_meeting(hit.ref)
        elif hit.kind == "journal":
            self.view.tabs.setCurrentIndex(JOURNAL_TAB)
            self.journal.select_entry(hit.ref)

    def step_stage(self, step: int) -> None:
        """Ctrl+PgUp/PgDn: the previous or next stage's own page."""
        if self.navigator is None:
            return
        ids = self.navigator.stage_ids()
        current = self.navigator.current_stage_id()
        index = ids.index(current) + step if current in ids else 0
        if 0 <= index < len(ids):
            self.view.tabs.setCurrentIndex(WORKSHEETS_TAB)
            self.navigator.select_stage(ids[index])

    def _choose_instance(self, worksheet_id: str, number: int) -> None:
        self._instance[worksheet_id] = number
        self._reload_page()

    def _new_instance(self, worksheet_id: str) -> None:
        if self.workbook_id is None or not self.flush():
            return
        try:
            record = self.services.answers.start_instance(self.workbook_id, worksheet_id)
        except UserError as exc:
            self.message.emit(str(exc))
            return
        self._instance[worksheet_id] = record.number
        self._reload_page()

    def _open_review(self, number: int) -> None:
        if self.framework is None:
            return
        located = self.framework.worksheet(REVIEW_WORKSHEET)
        if located is None:
            return
        if number == 0:
            self._new_instance(REVIEW_WORKSHEET)
        else:
            self._instance[REVIEW_WORKSHEET] = number
        self.go_to_worksheet(located[0].id, REVIEW_WORKSHEET)
        self._reload_page()

    def _writer_changed(self, person: Person) -> None:
        self.flush()
        self.journal.set_writer(person)
        self._reload_page()

    # -- changes -------------------------------------------------------------------

    def sign(self, stage_id: str, sign: bool) -> None:
        if self.workbook_id is None or not self.flush():
            return
        try:
            self.undo_stack.push(
                undo.sign_off(self.services, self.workbook_id, stage_id, self.writer(), sign)
            )
        except UserError as exc:
            self.message.emit(str(exc))

    def add_actions_from(self, prompt_id: str) -> None:
        if self.workbook_id is None or not self.flush():
            return
        try:
            added = self.services.actions.add_from_table(self.workbook_id, prompt_id)
        except UserError as exc:
            self.message.emit(str(exc))
            return
        if added:
            self.message.emit(self.tr("%n action(s) added to the action plan.", "", len(added)))
        else:
            self.message.emit(self.tr("Every row is already on the action plan."))

    def _answer_edited(self, prompt_id: str, respondent: str, editor: PromptEditor) -> None:
        workbook_id, instance = self.workbook_id, self._current_instance
        assert workbook_id is not None

        def save() -> Any:
            return self.services.answers.save(
                workbook_id, prompt_id, respondent, editor.value(), instance
            )

        self.autosaver.schedule((workbook_id, prompt_id, respondent, instance), save)

    def _show_save_state(self, state: str, message: str) -> None:
        label = self.view.save_state
        label.setText(message if state != "error" else self.tr("Not saved"))
        label.setToolTip(message)
        label.setStyleSheet("color: #b3261e; font-weight: bold;" if state == "error" else "")
        if state == "error":
            self.message.emit(message)

    def _on_change(self, change: Change) -> None:
        if change.workbook_id != self.workbook_id:
            return
        if change.kind is ChangeKind.ANSWER:
            self._progress_timer.start()  # once per burst of autosaves, after the commit
        if change.kind in (ChangeKind.STAGE, ChangeKind.INSTANCE):
            self._refresh_progress()
        if change.kind is ChangeKind.STAGE and isinstance(self.page, StagePage):
            self._reload_page()
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

    def _refresh_progress(self) -> None:
        if self.navigator is not None and self.workbook_id is not None:
            self.navigator.show_progress(self.services.answers.stages(self.workbook_id))
