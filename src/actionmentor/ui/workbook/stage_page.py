"""A stage's introduction: its purpose, guidance for each person, pitfalls, its worksheets,
and the sign-off, which each person gives as themselves."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from actionmentor.domain.content import Stage
from actionmentor.domain.enums import Person
from actionmentor.domain.records import StageState
from actionmentor.ui.common.theme import RESPONDENT_COLOURS
from actionmentor.ui.common.widgets import local_time, short_name, wrapped_label
from actionmentor.ui.workbook.page_steps import PageSteps


def _when(state: StageState, person: Person) -> str:
    signed = state.signed_at(person)
    return local_time(signed) if signed else ""


class StagePage(PageSteps, QScrollArea):
    sign_requested = Signal(bool)  # True: sign as the writer; False: withdraw
    worksheet_requested = Signal(str)
    step_requested = Signal(int)  # -1: the page before; 1: the page after

    def __init__(
        self,
        stage: Stage,
        position: str,
        state: StageState,
        names: dict[Person, str],
        writer: Person,
        alongside: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.setSpacing(12)
        layout.addWidget(wrapped_label(position, "muted"))
        layout.addWidget(wrapped_label(stage.title, "pageTitle"))
        layout.addWidget(wrapped_label(stage.purpose, "stagePurpose"))

        layout.addLayout(self._guidance(stage, names))
        self._pacing(stage, names, layout)

        if stage.pitfalls:
            layout.addWidget(wrapped_label(self.tr("Watch out for"), "promptText"))
            for pitfall in stage.pitfalls:
                layout.addWidget(wrapped_label(f"•  {pitfall}"))

        self._worksheet_links(stage, layout)

        if not alongside:
            self.sign_off_box = self._sign_off(state, names, writer)
            layout.addWidget(self.sign_off_box)
        layout.addStretch()
        self.setWidget(body)

    def _guidance(self, stage: Stage, names: dict[Person, str]) -> QHBoxLayout:
        """The stage's guidance for each person, side by side in their colours."""
        guidance = QHBoxLayout()
        guidance.setSpacing(16)
        for person, text in (
            (Person.MENTEE, stage.mentee_guidance),
            (Person.MENTOR, stage.mentor_guidance),
        ):
            box = QFrame()
            box.setObjectName("promptCard")
            column = QVBoxLayout(box)
            role = (
                self.tr("For the mentee") if person is Person.MENTEE else self.tr("For the mentor")
            )
            head = wrapped_label(f"{role}: {names[person]}", "who")
            head.setStyleSheet(f"background: {RESPONDENT_COLOURS[person.respondent]};")
            column.addWidget(head)
            column.addWidget(wrapped_label(text))
            column.addStretch()
            guidance.addWidget(box, 1)
        return guidance

    def show_sign_off(self) -> None:
        """Reached from the stage's last worksheet: the sign-off is what comes next."""
        box, body = getattr(self, "sign_off_box", None), self.widget()
        if box is not None and body is not None:
            body.adjustSize()
            self.ensureWidgetVisible(box, 0, 0)

    def _pacing(self, stage: Stage, names: dict[Person, str], layout: QVBoxLayout) -> None:
        """How the stage usually goes, what "done" looks like, and what each prepares."""
        pacing = stage.pacing
        if pacing is None:
            return
        layout.addWidget(wrapped_label(self.tr("How this stage usually goes"), "promptText"))
        self.pacing_label = wrapped_label(
            self.tr(
                "Usually %n meeting(s), about %1 minutes of them in all.", "", pacing.meetings
            ).replace("%1", str(pacing.minutes))
        )
        layout.addWidget(self.pacing_label)
        self.done_when_label = wrapped_label(
            self.tr("Done when: %1").replace("%1", pacing.done_when)
        )
        layout.addWidget(self.done_when_label)
        for person, items in (
            (Person.MENTEE, pacing.before_mentee),
            (Person.MENTOR, pacing.before_mentor),
        ):
            if items:
                head = self.tr("Before the next meeting, %1:").replace("%1", names[person])
                layout.addWidget(wrapped_label(head))
                for item in items:
                    layout.addWidget(wrapped_label(f"•  {item}"))

    def _worksheet_links(self, stage: Stage, layout: QVBoxLayout) -> None:
        layout.addWidget(wrapped_label(self.tr("Worksheets"), "promptText"))
        self.worksheet_buttons: dict[str, QPushButton] = {}
        for worksheet in stage.worksheets:
            button = QPushButton(f"{worksheet.title}  ›")
            button.setFlat(True)
            button.setStyleSheet("text-align: left; padding: 2px 0;")
            button.clicked.connect(
                lambda _c=False, w=worksheet.id: self.worksheet_requested.emit(w)
            )
            self.worksheet_buttons[worksheet.id] = button
            layout.addWidget(button)

    def _sign_off(self, state: StageState, names: dict[Person, str], writer: Person) -> QFrame:
        box = QFrame()
        box.setObjectName("promptCard")
        layout = QVBoxLayout(box)
        layout.addWidget(wrapped_label(self.tr("Sign-off"), "promptText"))
        layout.addWidget(
            wrapped_label(
                self.tr(
                    "When you both agree this stage has done its job, each of you signs it off "
                    "as yourself. You can still edit it afterwards; the stage will then show "
                    "that it changed since it was signed."
                ),
                "muted",
            )
        )
        self.sign_labels: dict[Person, QLabel] = {}
        for person in Person:
            when = _when(state, person)
            text = (
                self.tr("✓ Signed by %1 on %2").replace("%1", names[person]).replace("%2", when)
                if when
                else self.tr("Not yet signed by %s") % names[person]
            )
            label = wrapped_label(text)
            self.sign_labels[person] = label
            layout.addWidget(label)
        edited = state.edited_after_signoff_at
        behind = [names[p] for p in Person if state.signed_before_change(p)]
        if edited is not None and behind:
            warning = wrapped_label(
                self.tr(
                    "Changed since sign-off (%1). To confirm the changes, %2 should sign again."
                )
                .replace("%1", local_time(edited))
                .replace("%2", self.tr(" and ").join(behind))
            )
            warning.setStyleSheet("color: #b26a00; font-weight: bold;")
            self.changed_label = warning
            layout.addWidget(warning)
        signed = state.signed_at(writer) is not None
        stale = state.signed_before_change(writer)
        if not signed and state.answered < state.total:
            layout.addWidget(
                wrapped_label(
                    self.tr(
                        "%1 of %2 answers in this stage are still empty. You can sign it off "
                        "all the same, if you agree it has done its job."
                    )
                    .replace("%1", str(state.total - state.answered))
                    .replace("%2", str(state.total)),
                    "muted",
                )
            )
        row = QHBoxLayout()
        self.sign_button = QPushButton()
        self.sign_button.setText(
            (self.tr("Sign again as %s") if stale else self.tr("Sign off as %s"))
            % short_name(names[writer], self.sign_button)
        )
        self.sign_button.setToolTip(names[writer])
        self.sign_button.setEnabled(not signed or stale)
        self.sign_button.clicked.connect(lambda: self.sign_requested.emit(True))
        self.withdraw_button = QPushButton(self.tr("Withdraw my sign-off"))
        self.withdraw_button.setEnabled(signed)
        self.withdraw_button.clicked.connect(lambda: self.sign_requested.emit(False))
        row.addWidget(self.sign_button)
        row.addWidget(self.withdraw_button)
        row.addStretch()
        layout.addLayout(row)
        other = Person.MENTOR if writer is Person.MENTEE else Person.MENTEE
        if state.signed_at(other) is None:
            layout.addWidget(
                wrapped_label(
                    self.tr("To sign as %s, switch who is writing.") % names[other], "muted"
                )
            )
        return box
