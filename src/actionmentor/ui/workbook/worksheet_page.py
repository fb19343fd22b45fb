"""The one generic page that renders any worksheet definition.

Each prompt becomes a card: the question, its help, and one editor per answer slot
(two side by side for an "each" prompt). Only the slot of the person writing can be
edited; a joint ("together") answer can be edited by either.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from actionmentor.domain.answers import is_empty
from actionmentor.domain.content import Prompt, Stage, Worksheet
from actionmentor.domain.enums import Person, PromptAudience, Respondent
from actionmentor.domain.records import InstanceRecord
from actionmentor.ui.common.inputs import wheel_only_when_focused
from actionmentor.ui.common.theme import RESPONDENT_COLOURS
from actionmentor.ui.common.widgets import local_date
from actionmentor.ui.workbook.editors import PromptEditor, make_editor
from actionmentor.ui.workbook.page_steps import PageSteps


def can_write(respondent: Respondent, writer: Person) -> bool:
    return respondent is Respondent.TOGETHER or respondent.value == writer.value


class WorksheetPage(PageSteps, QScrollArea):
    """Emits ``answer_edited(prompt_id, respondent, editor)`` on every user edit."""

    answer_edited = Signal(str, str, object)
    instance_chosen = Signal(int)  # a copy of a repeatable worksheet
    new_instance_requested = Signal()
    actions_requested = Signal(str)  # add the rows of this table prompt to the action plan
    worksheet_requested = Signal(str)  # a worksheet this one points to (see_also)
    step_requested = Signal(int)  # -1: the page before; 1: the page after

    def __init__(
        self,
        stage: Stage,
        worksheet: Worksheet,
        names: dict[Respondent, str],
        writer: Person,
        answers: dict[tuple[str, Respondent], Any],
        parent: QWidget | None = None,
        instances: list[InstanceRecord] | None = None,
        current_instance: int | None = None,
        links: dict[str, str] | None = None,  # worksheet id -> title, from see_also
    ) -> None:
        super().__init__(parent)
        self.worksheet = worksheet
        self.editors: dict[tuple[str, Respondent], PromptEditor] = {}
        self.covers: dict[str, QWidget] = {}  # prompt id -> what covers the other's answer
        self._columns: dict[tuple[str, Respondent], QVBoxLayout] = {}
        self._uncover_on_leaving: dict[str, tuple[PromptEditor, Callable[[], None]]] = {}
        self._names = names
        # Both people's answers side by side while they fit; one above the other when not
        # (a narrow window, long labels in German): never cut off on the right.
        self._pairs: list[QBoxLayout] = []
        self._side_by_side_needs = 0
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # Pages reflow to the window's width: never a sideways scroll at 1280×800.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("worksheetBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.setSpacing(14)

        crumb = QLabel(self.tr("%s · worksheet") % stage.title)
        crumb.setObjectName("muted")
        title = QLabel(worksheet.title)
        title.setObjectName("pageTitle")
        # The page takes focus (its keys scroll it): a screen reader names it by its title.
        self.setAccessibleName(self.tr("%s · worksheet") % worksheet.title)
        layout.addWidget(crumb)
        layout.addWidget(title)
        self._layout = layout
        self.conflicts_panel: QWidget | None = None
        if worksheet.intro:
            intro = QLabel(worksheet.intro)
            intro.setWordWrap(True)
            intro.setObjectName("stagePurpose")
            layout.addWidget(intro)
        self.instance_combo: QComboBox | None = None
        if worksheet.repeatable:
            layout.addLayout(self._instance_bar(instances or [], current_instance))
        for number, prompt in enumerate(worksheet.prompts, 1):
            layout.addWidget(self._card(number, prompt, writer, answers))
        self.link_buttons: dict[str, QPushButton] = {}
        for target, target_title in (links or {}).items():
            button = QPushButton(self.tr("See also: %1  ›").replace("%1", target_title))
            button.setFlat(True)
            button.setAccessibleName(self.tr("Go to the worksheet %1").replace("%1", target_title))
            button.clicked.connect(lambda _=False, t=target: self.worksheet_requested.emit(t))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.link_buttons[target] = button
        layout.addStretch()
        self.setWidget(body)
        app = QApplication.instance()
        if self._uncover_on_leaving and isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        margins = 24 * 2 + 12 * 2 + self.verticalScrollBar().sizeHint().width()
        self._side_by_side_needs = (
            max((pair.minimumSize().width() for pair in self._pairs), default=0) + margins
        )
        self._reflow()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self) -> None:
        side_by_side = self.width() >= self._side_by_side_needs
        direction = (
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )
        for pair in self._pairs:
            if pair.direction() != direction:
                pair.setDirection(direction)

    def reveal(self, prompt_id: str, respondent: Respondent) -> None:
        """Scroll to one answer and put the cursor in it (a search result's place)."""
        editor = self.editors.get((prompt_id, respondent))
        if editor is None:
            return
        self.ensureWidgetVisible(editor, 0, 80)
        self.focus_editor(editor)

    @staticmethod
    def focus_editor(editor: PromptEditor) -> None:
        """The cursor into the editor's first input."""
        inputs = [
            w for w in editor.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]
        (inputs[0] if inputs else editor).setFocus(Qt.FocusReason.OtherFocusReason)

    def focused_prompt(self) -> str | None:
        """The prompt whose editor has the keyboard, if any."""
        focus = QApplication.focusWidget()
        if focus is None:
            return None
        for (prompt_id, _who), editor in self.editors.items():
            if focus is editor or editor.isAncestorOf(focus):
                return prompt_id
        return None

    def show_conflicts(self, panel: QWidget) -> None:
        """Where the two copies differ on this worksheet: under the title (issue 16)."""
        if self.conflicts_panel is not None:
            self.conflicts_panel.deleteLater()
        self.conflicts_panel = panel
        self._layout.insertWidget(2, panel)

    def _instance_bar(self, instances: list[InstanceRecord], current: int | None) -> QHBoxLayout:
        """Which copy of a repeatable worksheet is shown, and a button to start another."""
        bar = QHBoxLayout()
        self.instance_combo = QComboBox()
        self.instance_combo.setAccessibleName(self.tr("Which copy of this worksheet"))
        wheel_only_when_focused(self.instance_combo)
        for record in instances:
            when = local_date(record.held_on) if record.held_on else ""
            self.instance_combo.addItem(f"{record.number} · {when}", record.number)
        if not instances:
            self.instance_combo.addItem(self.tr("First copy: starts when you write"), 0)
        index = self.instance_combo.findData(current) if current else -1
        self.instance_combo.setCurrentIndex(
            index if index >= 0 else self.instance_combo.count() - 1
        )
        self.instance_combo.activated.connect(
            lambda i: self.instance_chosen.emit(int(self.instance_combo.itemData(i)))
        )
        self.new_instance_button = QPushButton(self.tr("Start a new one"))
        self.new_instance_button.setAccessibleName(self.tr("Start a new copy of this worksheet"))
        self.new_instance_button.clicked.connect(self.new_instance_requested)
        bar.addWidget(QLabel(self.tr("Copy:")))
        bar.addWidget(self.instance_combo)
        bar.addWidget(self.new_instance_button)
        bar.addStretch()
        return bar

    def _card(
        self,
        number: int,
        prompt: Prompt,
        writer: Person,
        answers: dict[tuple[str, Respondent], Any],
    ) -> QFrame:
        card = QFrame()
        card.setObjectName("promptCard")
        layout = QVBoxLayout(card)
        layout.setContentsMargins(12, 10, 12, 12)
        text = QLabel(f"{number}. {prompt.text}")
        text.setObjectName("promptText")
        text.setWordWrap(True)
        layout.addWidget(text)
        if not prompt.core:
            # Said in words, not only by a colour or a mark: progress leaves it out.
            optional = QLabel(self.tr("Optional: for when you have time or a reason to go further"))
            optional.setObjectName("muted")
            optional.setAccessibleName(self.tr("Optional question"))
            layout.addWidget(optional)
        if prompt.help:
            help_label = QLabel(prompt.help)
            help_label.setObjectName("help")
            help_label.setWordWrap(True)
            layout.addWidget(help_label)
        row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        row.setSpacing(16)
        for respondent in prompt.respondent.respondents():
            row.addLayout(self._slot(prompt, respondent, writer, answers), 1)
        layout.addLayout(row)
        self._cover_if_unanswered(prompt, writer, answers)
        if row.count() > 1:
            self._pairs.append(row)
        if prompt.action_columns:
            button = QPushButton(self.tr("Add these rows to the action plan"))
            button.setAccessibleName(
                self.tr("Add the rows of “%s” to the action plan") % prompt.text
            )
            button.clicked.connect(lambda: self.actions_requested.emit(prompt.id))
            self.actions_button = button
            bar = QHBoxLayout()
            bar.addWidget(button)
            bar.addStretch()
            layout.addLayout(bar)
        return card

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        for prompt_id, (own, uncover) in list(self._uncover_on_leaving.items()):
            left = old is not None and (old is own or own.isAncestorOf(old))
            still = new is not None and (new is own or own.isAncestorOf(new))
            if left and not still and not is_empty(own.value()):
                del self._uncover_on_leaving[prompt_id]
                uncover()

    @staticmethod
    def _only_own_agreement(editor: PromptEditor, writer: Person) -> None:
        """A joint checklist of "Mentee agrees" / "Mentor agrees" (the no-fault clause, the
        shared charter): each person ticks their own box only, as with a signature."""
        other = "Mentor agrees" if writer is Person.MENTEE else "Mentee agrees"
        for box in editor.findChildren(QCheckBox):
            if box.text() == other:
                box.setEnabled(False)
                box.setToolTip(editor.tr("Only the other person can tick this, as themselves"))

    def _cover_if_unanswered(
        self, prompt: Prompt, writer: Person, answers: dict[tuple[str, Respondent], Any]
    ) -> None:
        """Answering separately, for real (issue 15): at one laptop the other person's answer
        to an "each" prompt stays covered until the writer has answered too, or chooses to
        see it. Their own first answer uncovers it."""
        if prompt.respondent is not PromptAudience.EACH:
            return
        mine, theirs = (
            writer.respondent,
            next(r for r in prompt.respondent.respondents() if r is not writer.respondent),
        )
        if is_empty(answers.get((prompt.id, theirs), "")) or not is_empty(
            answers.get((prompt.id, mine), "")
        ):
            return
        other = self.editors[(prompt.id, theirs)]
        cover = QWidget()
        box = QVBoxLayout(cover)
        box.setContentsMargins(0, 0, 0, 0)
        note = QLabel(
            self.tr("%1 has answered. It stays covered until you have answered too.").replace(
                "%1", self._names[theirs]
            )
        )
        note.setWordWrap(True)
        note.setObjectName("muted")
        show = QPushButton(self.tr("Show %1's answer now").replace("%1", self._names[theirs]))
        show.setAccessibleName(show.text())
        box.addWidget(note)
        box.addWidget(show, 0, Qt.AlignmentFlag.AlignLeft)
        self._columns[(prompt.id, theirs)].addWidget(cover)
        other.setVisible(False)
        self.covers[prompt.id] = cover

        def uncover() -> None:
            other.setVisible(True)
            cover.setVisible(False)
            self.covers.pop(prompt.id, None)

        show.clicked.connect(uncover)
        # Uncovered once the writer has given an answer and left it (Tab, a click elsewhere,
        # the next worksheet): not at the first letter, which would show it mid-thought.
        self._uncover_on_leaving[prompt.id] = (self.editors[(prompt.id, mine)], uncover)

    def _slot(
        self,
        prompt: Prompt,
        respondent: Respondent,
        writer: Person,
        answers: dict[tuple[str, Respondent], Any],
    ) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(4)
        head = QHBoxLayout()
        who = QLabel(self._names[respondent])
        who.setObjectName("who")
        who.setStyleSheet(f"background: {RESPONDENT_COLOURS[respondent]};")
        who.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        head.addWidget(who, 0, Qt.AlignmentFlag.AlignTop)  # a chip, whatever sits beside it
        editable = can_write(respondent, writer)
        if not editable:
            note = QLabel(self.tr("switch to %s to write here") % self._names[respondent])
            note.setObjectName("muted")
            note.setWordWrap(True)
            head.addWidget(note)
        head.addStretch()
        column.addLayout(head)

        name = f"{prompt.text} ({self._names[respondent]})"
        editor = make_editor(prompt, name)
        editor.set_value(answers.get((prompt.id, respondent), ""))
        editor.set_editable(editable)
        if editable and respondent is Respondent.TOGETHER:
            self._only_own_agreement(editor, writer)
        editor.setProperty("respondent", respondent.value)
        editor.edited.connect(lambda: self.answer_edited.emit(prompt.id, respondent.value, editor))
        self.editors[(prompt.id, respondent)] = editor
        column.addWidget(editor)
        self._columns[(prompt.id, respondent)] = column
        return column
