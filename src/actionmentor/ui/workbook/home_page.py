"""The home of an alliance (issue 15): where the pair stand, the next planned meeting and its
agenda, what each prepares for it (ticked as the answers appear), what is due; after the
last planned meeting, what is left and how to end well. Built from a HomeSummary."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from actionmentor.domain.enums import Person
from actionmentor.domain.home import HomeSummary
from actionmentor.ui.common.widgets import local_date, local_time, wrapped_label
from actionmentor.ui.workbook.conflicts_panel import ConflictsPanel


class HomePage(QScrollArea):
    worksheet_requested = Signal(str)  # a worksheet id from the agenda
    stages_requested = Signal()
    meeting_requested = Signal()  # Start meeting, or Resume

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Home of this alliance"))
        self.agenda_buttons: dict[str, QPushButton] = {}
        self.preparation_labels: list[QLabel] = []
        self._resume_step: int | None = None
        self._running = False
        self.start_button: QPushButton | None = None
        # Where the two copies differ (issue 16), first on the page while there are any.
        self.conflicts_panel: ConflictsPanel | None = None
        self._make_conflicts: Callable[[], ConflictsPanel | None] = lambda: None
        self._last: tuple[HomeSummary, dt.date, int | None, bool] | None = None

    def set_conflicts(self, make: Callable[[], ConflictsPanel | None]) -> None:
        """How to make the conflicts panel (None: no conflicts); the page shows it again."""
        self._make_conflicts = make
        if self._last is not None:
            self.show_summary(*self._last)

    def show_summary(
        self,
        home: HomeSummary,
        today: dt.date,
        resume_step: int | None = None,
        running: bool = False,
    ) -> None:
        scrolled = self.verticalScrollBar().value()
        self._last = (home, today, resume_step, running)
        self._resume_step = resume_step
        self._running = running
        self.start_button = None  # made again below while there is a next meeting
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.setSpacing(10)
        self.agenda_buttons = {}
        self.preparation_labels = []
        self.conflicts_panel = self._make_conflicts()
        if self.conflicts_panel is not None:
            layout.addWidget(self.conflicts_panel)
        self._where(home, layout)
        if home.next is None:
            self._ending(home, layout)
        else:
            self._next_meeting(home, layout)
            self._before(home, layout)
        self._due(home, today, layout)
        self.stages_button = QPushButton(self.tr("All stages and worksheets…"))
        self.stages_button.clicked.connect(self.stages_requested)
        layout.addSpacing(8)
        layout.addWidget(self.stages_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        self.setWidget(body)
        self.verticalScrollBar().setValue(scrolled)

    def _section(self, title: str, layout: QVBoxLayout) -> None:
        layout.addSpacing(6)
        layout.addWidget(wrapped_label(title, "promptText"))

    def _where(self, home: HomeSummary, layout: QVBoxLayout) -> None:
        stage = home.stage
        layout.addWidget(wrapped_label(self.tr("Where you are"), "pageTitle"))
        self.stage_label = wrapped_label(
            self.tr("Stage: %1, %2 of %3 core answers")
            .replace("%1", stage.title)
            .replace("%2", str(stage.answered))
            .replace("%3", str(stage.total)),
            "stagePurpose",
        )
        layout.addWidget(self.stage_label)
        if home.done_when:
            layout.addWidget(wrapped_label(self.tr("Done when: %1").replace("%1", home.done_when)))
        for state, person in home.awaiting_signoff:
            layout.addWidget(
                wrapped_label(
                    self.tr("Still to sign off %1: %2")
                    .replace("%1", state.title)
                    .replace("%2", home.names[person])
                )
            )

    def _next_meeting(self, home: HomeSummary, layout: QVBoxLayout) -> None:
        coming = home.next
        assert coming is not None
        planned = coming.planned
        self._section(
            self.tr("Next: meeting %1 of %2, %3")
            .replace("%1", str(planned.number))
            .replace("%2", str(home.planned_meetings))
            .replace("%3", planned.title),
            layout,
        )
        when = local_time(coming.at) if coming.at else self.tr("no date yet")
        place = f" · {coming.place}" if coming.place else ""
        self.when_label = wrapped_label(f"{when}{place}", "muted")
        layout.addWidget(self.when_label)
        layout.addWidget(wrapped_label(planned.purpose))
        for item in planned.items:
            line = self.tr("%1 min  %2").replace("%1", str(item.minutes)).replace("%2", item.title)
            if item.worksheet:
                button = QPushButton(f"{line}  ›")
                button.setFlat(True)
                button.setToolTip(self.tr("Open this worksheet"))
                button.clicked.connect(
                    lambda _=False, w=item.worksheet: self.worksheet_requested.emit(w)
                )
                layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
                self.agenda_buttons.setdefault(item.worksheet, button)
            else:
                layout.addWidget(wrapped_label(f"{line}: {item.text}"))
        self.minutes_label = wrapped_label(
            self.tr("About %1 minutes in all.").replace("%1", str(planned.minutes)), "muted"
        )
        layout.addWidget(self.minutes_label)
        label = (
            self.tr("Start meeting %1").replace("%1", str(planned.number))
            if self._resume_step is None
            else self.tr("Resume meeting %1 at step %2")
            .replace("%1", str(planned.number))
            .replace("%2", str(self._resume_step + 1))
        )
        if self._running:
            layout.addWidget(
                wrapped_label(self.tr("This meeting is under way: the bar above leads you."))
            )
            return
        self.start_button = QPushButton(label)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.meeting_requested)
        layout.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _before(self, home: HomeSummary, layout: QVBoxLayout) -> None:
        if not any(home.before.values()):
            return
        self._section(self.tr("Before that meeting"), layout)
        for person in Person:
            items = home.before.get(person, [])
            if not items:
                continue
            layout.addWidget(wrapped_label(home.names[person]))
            for item in items:
                # Said in words as well as by the mark: a screen reader hears "done".
                mark = {True: "☑", False: "☐", None: "•"}[item.done]
                state = {True: self.tr(" (done)"), False: "", None: ""}[item.done]
                label = wrapped_label(f"{mark}  {item.text}{state}")
                layout.addWidget(label)
                self.preparation_labels.append(label)

    def _due(self, home: HomeSummary, today: dt.date, layout: QVBoxLayout) -> None:
        if home.actions_due:
            self._section(self.tr("Actions due"), layout)
            for action in home.actions_due:
                due = local_date(action.due_date) if action.due_date else ""
                late = self.tr(" (overdue)") if action.due_date and action.due_date < today else ""
                layout.addWidget(wrapped_label(f"•  {action.title}: {due}{late}"))
        if home.review_due:
            self.review_label = wrapped_label(
                self.tr(
                    "A relationship review is due at the next meeting: each of you fills it "
                    "in alone beforehand."
                )
            )
            layout.addWidget(self.review_label)

    def _ending(self, home: HomeSummary, layout: QVBoxLayout) -> None:
        self._section(
            self.tr("All %n planned meeting(s) are held", "", home.planned_meetings), layout
        )
        layout.addWidget(
            wrapped_label(
                self.tr(
                    "End on purpose: look back against your agreement, celebrate, agree what "
                    "contact follows and sign the ending. An alliance that just drifts away is "
                    "remembered badly."
                )
            )
        )
        for state in home.unfinished:
            layout.addWidget(wrapped_label(self.tr("Still open: %1").replace("%1", state.title)))
