"""Wires the workbook screen to the services: navigation, who is writing, autosave."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from actionmentor.domain.enums import Person, Respondent
from actionmentor.exercises import framework
from actionmentor.services import Services
from actionmentor.services.events import Change, ChangeKind
from actionmentor.ui.autosave import Autosaver
from actionmentor.ui.bridge import ChangeSignals
from actionmentor.ui.prompt_editors import PromptEditor
from actionmentor.ui.stage_navigator import StageNavigator
from actionmentor.ui.workbook_view import WorkbookView
from actionmentor.ui.worksheet_page import WorksheetPage


class WorkbookController(QObject):
    closed = Signal()

    def __init__(
        self, services: Services, signals: ChangeSignals, view: WorkbookView, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.view = view
        self.workbook_id: int | None = None
        self.page: WorksheetPage | None = None
        self._current_instance: int | None = None  # None: ordinary page, or newest copy
        self.navigator: StageNavigator | None = None
        self._names: dict[Respondent, str] = {}
        self._instance: dict[str, int] = {}  # the copy shown, per repeatable worksheet
        self.autosaver = Autosaver(self._save, self)
        self.autosaver.state_changed.connect(self._show_save_state)
        view.back_button.clicked.connect(self.close)
        view.writer_switch.writer_changed.connect(self._writer_changed)
        signals.changed.connect(self._on_change)

    # -- opening and closing -------------------------------------------------------

    def open(self, workbook_id: int) -> None:
        self.flush()
        summary = self.services.workbooks.get(workbook_id)
        self.services.workbooks.mark_opened(workbook_id)
        self.workbook_id = workbook_id
        fw = framework(summary.framework_id)
        self._names = {
            Respondent.MENTEE: summary.mentee,
            Respondent.MENTOR: summary.mentor,
            Respondent.TOGETHER: self.tr("Together"),
        }
        self.view.title.setText(summary.title)
        self.view.people.setText(
            self.tr("%1 (mentee) with %2 (mentor) · %3")
            .replace("%1", summary.mentee)
            .replace("%2", summary.mentor)
            .replace("%3", fw.title)
        )
        self.view.writer_switch.set_names(summary.mentee, summary.mentor)
        self.view.save_state.setText(self.tr("All changes saved"))
        if self.navigator is not None:
            self.navigator.deleteLater()
        self.navigator = StageNavigator(fw)
        self.view.navigator_slot.addWidget(self.navigator)
        self.navigator.worksheet_chosen.connect(self.show_worksheet)
        self._refresh_progress()
        stage = fw.stage(summary.current_stage_id) or fw.stages[0]
        self.navigator.select(stage.id, stage.worksheets[0].id)

    def close(self) -> None:
        if self.flush():
            self.closed.emit()

    def flush(self) -> bool:
        """Save what is still waiting; False (and the text stays) if that failed."""
        return self.autosaver.flush()

    # -- pages ---------------------------------------------------------------------

    def show_worksheet(self, stage_id: str, worksheet_id: str) -> None:
        if self.workbook_id is None:
            return
        self.flush()
        summary = self.services.workbooks.get(self.workbook_id)
        fw = framework(summary.framework_id)
        stage = fw.stage(stage_id)
        worksheet = next(w for w in stage.worksheets if w.id == worksheet_id) if stage else None
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
        page = WorksheetPage(
            stage, worksheet, self._names, self.writer(), answers, None, instances, current
        )
        page.answer_edited.connect(self._answer_edited)
        page.instance_chosen.connect(lambda n: self._choose_instance(worksheet.id, n))
        page.new_instance_requested.connect(lambda: self._new_instance(worksheet.id))
        self._current_instance = current or None
        if self.page is not None:
            self.view.pages.removeWidget(self.page)
            self.page.deleteLater()
        self.page = page
        self.view.pages.addWidget(page)
        self.view.pages.setCurrentWidget(page)

    def _reload_page(self) -> None:
        current = self.navigator.current_worksheet() if self.navigator else None
        if current:
            self.show_worksheet(*current)

    def _choose_instance(self, worksheet_id: str, number: int) -> None:
        self._instance[worksheet_id] = number
        self._reload_page()

    def _new_instance(self, worksheet_id: str) -> None:
        if self.workbook_id is None or not self.flush():
            return
        record = self.services.answers.start_instance(self.workbook_id, worksheet_id)
        self._instance[worksheet_id] = record.number
        self._reload_page()

    def writer(self) -> Person:
        return self.view.writer_switch.writer()

    def _writer_changed(self, _person: Person) -> None:
        self._reload_page()

    # -- saving --------------------------------------------------------------------

    def _answer_edited(self, prompt_id: str, respondent: str, editor: PromptEditor) -> None:
        self.autosaver.schedule((prompt_id, respondent), editor.value)

    def _save(self, prompt_id: str, respondent: str, value: Any) -> None:
        assert self.workbook_id is not None
        self.services.answers.save(
            self.workbook_id, prompt_id, respondent, value, self._current_instance
        )

    def _show_save_state(self, state: str, message: str) -> None:
        label = self.view.save_state
        label.setText(message)
        label.setToolTip(message)
        label.setStyleSheet("color: #b3261e;" if state == "error" else "")

    def _on_change(self, change: Change) -> None:
        if change.workbook_id == self.workbook_id and change.kind in (
            ChangeKind.ANSWER,
            ChangeKind.STAGE,
        ):
            self._refresh_progress()

    def _refresh_progress(self) -> None:
        if self.navigator is not None and self.workbook_id is not None:
            self.navigator.show_progress(self.services.answers.stages(self.workbook_id))
