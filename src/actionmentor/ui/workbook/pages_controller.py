"""The Worksheets tab's pages: the navigator, which stage or worksheet page is shown (and in
which copy of a repeated worksheet), and what is done from a page: answers saved as they are
typed, stage sign-off, actions made from a planning table."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from actionmentor.domain.content import REVIEW_WORKSHEET, Framework, Stage, Worksheet
from actionmentor.domain.enums import Person, Respondent
from actionmentor.domain.fields import unread_due_date
from actionmentor.errors import UserError
from actionmentor.ui.common import undo
from actionmentor.ui.common.autosave import Autosaver
from actionmentor.ui.common.language import said
from actionmentor.ui.workbook.editors import PromptEditor
from actionmentor.ui.workbook.navigator import StageNavigator
from actionmentor.ui.workbook.stage_page import StagePage
from actionmentor.ui.workbook.view import WorkbookView
from actionmentor.ui.workbook.worksheet_page import WorksheetPage

if TYPE_CHECKING:  # the services load after the first paint (ui/shell/startup.py)
    from actionmentor.services import Services


class WorksheetPages(QObject):
    message = Signal(str)  # a short note for the status bar
    page_shown = Signal()  # a stage or worksheet page, chosen in the navigator or by a step
    page_built = Signal(object)  # every page made, a reload's too

    def __init__(
        self,
        services: Services,
        view: WorkbookView,
        autosaver: Autosaver,
        undo_stack: QUndoStack,
        writer: Callable[[], Person],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.view = view
        self.autosaver = autosaver
        self.undo_stack = undo_stack
        self.writer = writer
        self.workbook_id: int | None = None
        self.framework: Framework | None = None
        self.names: dict[Person, str] = {}
        self.page: WorksheetPage | StagePage | None = None
        self.navigator: StageNavigator | None = None
        self._current_instance: int | None = None  # the copy shown of a repeatable worksheet
        self._instance: dict[str, int] = {}  # the copy chosen, per repeatable worksheet
        # The stage whose page was reached from its last worksheet, for its sign-off: its
        # Next then leads on to the next stage rather than back to its first worksheet.
        self._signing_stage: str | None = None
        self._arriving_to_sign: str | None = None
        self._reloading = False
        # Stage pages kept once built, each with what it was built from: moving back and
        # forth between stages shows them again instead of building them anew. A stage
        # whose progress, signatures or writer has changed since is built again.
        self._stage_pages: dict[str, tuple[tuple[object, ...], StagePage]] = {}
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(0)
        self._progress_timer.timeout.connect(self.refresh_progress)

    def show_workbook(
        self, workbook_id: int, fw: Framework, names: dict[Person, str], first: tuple[str, str]
    ) -> None:
        """A new navigator for the workbook, open at ``first``: (stage, worksheet or "")."""
        self.workbook_id, self.framework, self.names = workbook_id, fw, names
        self._instance.clear()
        self._forget_stage_pages()
        if self.navigator is not None:
            self.navigator.deleteLater()
        self.navigator = StageNavigator(fw)
        self.view.navigator_slot.insertWidget(0, self.navigator)  # above the legend
        self.navigator.worksheet_chosen.connect(self.show_worksheet)
        self.navigator.stage_chosen.connect(self.show_stage)
        self.refresh_progress()
        stage_id, worksheet_id = first
        if worksheet_id:
            self.navigator.select(stage_id, worksheet_id)
        else:
            self.navigator.select_stage(stage_id)

    # -- pages ---------------------------------------------------------------------

    def _set_page(self, page: WorksheetPage | StagePage, *, built: bool = True) -> None:
        old = self.page
        if old is not None and old is not page and not self._is_kept(old):
            self.view.pages.removeWidget(old)
            old.deleteLater()
        self.page = page
        if self.view.pages.indexOf(page) < 0:
            self.view.pages.addWidget(page)
        self.view.pages.setCurrentWidget(page)
        if built:
            self.page_built.emit(page)
        if not self._reloading:
            self.page_shown.emit()

    def _is_kept(self, page: WorksheetPage | StagePage) -> bool:
        return any(kept is page for _key, kept in self._stage_pages.values())

    def _forget_stage_pages(self) -> None:
        """Every stage page built again next time (another workbook is shown)."""
        for _key, page in self._stage_pages.values():
            if page is not self.page:
                self.view.pages.removeWidget(page)
                page.deleteLater()
        self._stage_pages.clear()

    def _position(self, fw: Framework, stage: Stage) -> str:
        if stage in fw.alongside:
            return self.tr("Alongside every stage")
        return (
            self.tr("Stage %1 of %2")
            .replace("%1", str(fw.stages.index(stage) + 1))
            .replace("%2", str(len(fw.stages)))
        )

    def show_stage(self, stage_id: str) -> None:
        if self.workbook_id is None or self.framework is None:
            return
        self._signing_stage = stage_id if self._arriving_to_sign == stage_id else None
        self.autosaver.flush()
        fw = self.framework
        stage = fw.stage(stage_id)
        if stage is None:
            return
        state = self.services.answers.stage(self.workbook_id, stage_id)
        key = (state, self.writer(), tuple(sorted(self.names.items())), self._signing_stage)
        kept = self._stage_pages.get(stage_id)
        if kept is not None and kept[0] == key and not self._reloading:
            self._set_page(kept[1], built=False)
            return
        alongside = stage in fw.alongside
        page = StagePage(
            stage, self._position(fw, stage), state, self.names, self.writer(), alongside
        )
        page.sign_requested.connect(lambda sign: self.sign(stage_id, sign))
        page.worksheet_requested.connect(lambda ws: self.go_to_worksheet(stage_id, ws))
        self._set_page(page)
        if kept is not None:  # built from what has changed since: not shown again
            self.view.pages.removeWidget(kept[1])
            kept[1].deleteLater()
        self._stage_pages[stage_id] = (key, page)
        self._add_steps(page)

    def show_worksheet(self, stage_id: str, worksheet_id: str) -> None:
        if self.workbook_id is None or self.framework is None:
            return
        self._signing_stage = None
        self.autosaver.flush()
        stage = self.framework.stage(stage_id)
        worksheet = (
            next((w for w in stage.worksheets if w.id == worksheet_id), None) if stage else None
        )
        if stage is None or worksheet is None:
            return
        try:
            instances = (
                self.services.answers.instances(self.workbook_id, worksheet.id)
                if worksheet.repeatable
                else []
            )
            numbers = [i.number for i in instances]
            current = self._instance.get(worksheet.id)
            if current not in numbers:
                current = numbers[-1] if numbers else 0
            answers = self._answers(worksheet, current)
        except UserError as exc:  # a value another program damaged: say so, show no gap
            self.message.emit(said(exc))
            return
        page = WorksheetPage(
            stage,
            worksheet,
            self._labels(),
            self.writer(),
            answers,
            None,
            instances,
            current,
            self._links(worksheet),
        )
        self._connect(page, worksheet)
        self._current_instance = current or None
        self._set_page(page)
        self._add_steps(page)

    def _links(self, worksheet: Worksheet) -> dict[str, str]:
        assert self.framework is not None
        found = {w: self.framework.worksheet(w) for w in worksheet.see_also}
        return {w: f[1].title for w, f in found.items() if f is not None}

    def _go_to(self, worksheet_id: str) -> None:
        found = self.framework.worksheet(worksheet_id) if self.framework else None
        if found is not None:
            self.go_to_worksheet(found[0].id, worksheet_id)

    def _labels(self) -> dict[Respondent, str]:
        labels = {p.respondent: n for p, n in self.names.items()}
        labels[Respondent.TOGETHER] = self.tr("Together")
        return labels

    def _answers(self, worksheet: Worksheet, instance: int) -> dict[tuple[str, Respondent], Any]:
        assert self.workbook_id is not None
        prompts = [p.id for p in worksheet.prompts]
        return {
            (a.prompt_id, a.respondent): a.value
            for a in self.services.answers.list_for(
                self.workbook_id, prompts=prompts, instance=instance
            )
        }

    def _connect(self, page: WorksheetPage, worksheet: Worksheet) -> None:
        page.answer_edited.connect(self._answer_edited)
        page.instance_chosen.connect(lambda n: self._choose_instance(worksheet.id, n))
        page.new_instance_requested.connect(lambda: self._new_instance(worksheet.id))
        page.actions_requested.connect(self.add_actions_from)
        page.worksheet_requested.connect(self._go_to)

    def reload(self) -> None:
        """Build the page shown again, from the data as it is now, at the same place: the
        same scroll position, and the cursor in the same prompt (for whoever now writes)."""
        if self.navigator is None:
            return
        old = self.page
        scrolled = old.verticalScrollBar().value() if old is not None else 0
        prompt = old.focused_prompt() if isinstance(old, WorksheetPage) else None
        current = self.navigator.current_worksheet()
        self._reloading = True  # the same page again: the tab shown stays as it is
        self._arriving_to_sign = self._signing_stage  # and a sign-off stays a sign-off
        try:
            if current:
                self.show_worksheet(*current)
            elif (stage_id := self.navigator.current_stage_id()) is not None:
                self.show_stage(stage_id)
        finally:
            self._reloading = False
            self._arriving_to_sign = None
        if self.page is None or self.page is old:
            return
        page = self.page
        body = page.widget()
        layout = body.layout() if body is not None else None
        if layout is not None:
            layout.activate()  # the scroll range is known before the first paint
        page.verticalScrollBar().setValue(scrolled)
        if prompt and isinstance(page, WorksheetPage):
            who = self.writer().respondent
            editor = page.editors.get((prompt, who)) or page.editors.get(
                (prompt, Respondent.TOGETHER)
            )
            if editor is not None:
                page.focus_editor(editor)
                page.verticalScrollBar().setValue(scrolled)  # focusing may scroll: undo it

    def go_to_worksheet(self, stage_id: str, worksheet_id: str) -> None:
        if self.navigator is not None:
            self.navigator.select(stage_id, worksheet_id)

    def reveal_answer(self, prompt_id: str, who: Respondent, instance: int) -> None:
        """Show the answer's editor, in its copy of a repeated worksheet."""
        located = self.framework.locate(prompt_id) if self.framework else None
        if located is None:
            return
        stage, worksheet, _prompt = located
        if worksheet.repeatable:
            self._instance[worksheet.id] = instance
        self.go_to_worksheet(stage.id, worksheet.id)
        self.reload()
        if isinstance(self.page, WorksheetPage):
            self.page.reveal(prompt_id, who)

    def step_stage(self, step: int) -> bool:
        """Ctrl+PgUp/PgDn, Alt+Left/Right, Previous and Next: one page back or on, in the
        framework's order: a stage's page, its worksheets one by one, then its sign-off (the
        stage page again), then the next stage. False if there is none that way."""
        target = self.neighbour(step)
        if target is None or self.navigator is None:
            return False
        stage_id, worksheet_id, _title = target
        here = self._where()
        # A stage page reached from its last worksheet, or back from the next stage, is its
        # sign-off: the end of that stage in the order.
        came_from_last = worksheet_id == "" and (
            (step > 0 and self._on_last_worksheet())
            or (step < 0 and here is not None and here[0].id != stage_id)
        )
        self._arriving_to_sign = stage_id if came_from_last else None
        if worksheet_id:
            self.navigator.select(stage_id, worksheet_id)
        else:
            self.navigator.select_stage(stage_id)
        self._arriving_to_sign = None
        if came_from_last and isinstance(self.page, StagePage):
            self.page.show_sign_off()
        return True

    def _add_steps(self, page: WorksheetPage | StagePage) -> None:
        """ "‹ Previous: …" and "Next: … ›" at the end of the page (the navigator is current
        by now, so the neighbours are known)."""
        before, after = self.neighbour(-1), self.neighbour(1)
        page.add_steps(
            self.tr("‹ Previous: %1").replace("%1", before[2]) if before else None,
            self.tr("Next: %1 ›").replace("%1", after[2]) if after else None,
        )
        page.step_requested.connect(self.step_stage)

    def _on_last_worksheet(self) -> bool:
        found = self._where()
        return found is not None and found[1] is not None and found[1] == found[0].worksheets[-1]

    def _where(self) -> tuple[Stage, Worksheet | None] | None:
        if self.navigator is None or self.framework is None:
            return None
        stage = self.framework.stage(self.navigator.current_stage_id() or "")
        if stage is None:
            return None
        current = self.navigator.current_worksheet()
        worksheet = next((w for w in stage.worksheets if current and w.id == current[1]), None)
        return stage, worksheet

    def neighbour(self, step: int) -> tuple[str, str, str] | None:
        """(stage id, worksheet id or "" for the stage page, what to call it) one page away."""
        found, fw = self._where(), self.framework
        if found is None or fw is None:
            return None
        stage, worksheet = found
        stages = list(fw.all_stages())
        at = stages.index(stage)
        sheets = list(stage.worksheets)
        signing = worksheet is None and self._signing_stage == stage.id
        if step > 0:
            if worksheet is None and not signing:
                first = sheets[0]
                return stage.id, first.id, first.title
            if worksheet is not None and worksheet is not sheets[-1]:
                following = sheets[sheets.index(worksheet) + 1]
                return stage.id, following.id, following.title
            if worksheet is not None and stage in fw.stages:  # the last leads to the sign-off
                return stage.id, "", self.tr("sign off %1").replace("%1", stage.title)
            if at + 1 < len(stages):
                return stages[at + 1].id, "", stages[at + 1].title
            return None
        if worksheet is not None:
            index = sheets.index(worksheet)
            if index:
                return stage.id, sheets[index - 1].id, sheets[index - 1].title
            return stage.id, "", stage.title
        if signing:
            return stage.id, sheets[-1].id, sheets[-1].title
        if at:  # back to the previous stage's sign-off (one that runs alongside has none)
            before = stages[at - 1]
            if before in fw.alongside:
                return before.id, before.worksheets[-1].id, before.worksheets[-1].title
            return before.id, "", self.tr("sign off %1").replace("%1", before.title)
        return None

    def choose_copy(self, worksheet_id: str, number: int) -> None:
        """Show copy ``number`` of a repeated worksheet the next time it is shown."""
        self._instance[worksheet_id] = number

    def _choose_instance(self, worksheet_id: str, number: int) -> None:
        self._instance[worksheet_id] = number
        self.reload()

    def _new_instance(self, worksheet_id: str) -> None:
        if self.workbook_id is None or not self.autosaver.flush():
            return
        try:
            record = self.services.answers.start_instance(self.workbook_id, worksheet_id)
        except UserError as exc:
            self.message.emit(said(exc))
            return
        self._instance[worksheet_id] = record.number
        self.reload()

    def open_review(self, number: int) -> None:
        """Copy ``number`` of the relationship review; 0 starts a new one."""
        located = self.framework.worksheet(REVIEW_WORKSHEET) if self.framework else None
        if located is None:
            return
        if number == 0:
            self._new_instance(REVIEW_WORKSHEET)
        else:
            self._instance[REVIEW_WORKSHEET] = number
        self.go_to_worksheet(located[0].id, REVIEW_WORKSHEET)
        self.reload()

    # -- what is done from a page --------------------------------------------------

    def sign(self, stage_id: str, sign: bool) -> None:
        if self.workbook_id is None or not self.autosaver.flush():
            return
        try:
            self.undo_stack.push(
                undo.sign_off(self.services, self.workbook_id, stage_id, self.writer(), sign)
            )
        except UserError as exc:
            self.message.emit(said(exc))

    def add_actions_from(self, prompt_id: str) -> None:
        if self.workbook_id is None or not self.autosaver.flush():
            return
        try:
            added = self.services.actions.add_from_table(self.workbook_id, prompt_id)
        except UserError as exc:
            self.message.emit(said(exc))
            return
        unread = [f"{a.title}: “{text}”" for a in added if (text := unread_due_date(a)) is not None]
        if unread:
            self.message.emit(
                self.tr(
                    "%1 The date was not a date in: %2. What was written is kept in the "
                    "action's details; set the due date there."
                )
                .replace("%1", self.tr("%n action(s) added to the action plan.", "", len(added)))
                .replace("%2", "; ".join(unread))
            )
        elif added:
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

    # -- progress ------------------------------------------------------------------

    def answers_changed(self) -> None:
        """Refresh the navigator's progress once per burst of autosaves, after the commit."""
        self._progress_timer.start()

    def refresh_progress(self) -> None:
        if self.navigator is not None and self.workbook_id is not None:
            self.navigator.show_progress(self.services.answers.stages(self.workbook_id))
            self.navigator.show_worksheet_progress(
                self.services.answers.worksheet_progress(self.workbook_id)
            )
