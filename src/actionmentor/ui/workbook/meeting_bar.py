"""Meeting mode (issue 15): a quiet bar above the workbook that leads the pair through the
planned meeting's agenda, step by step, while the pages below are the ordinary worksheet
pages (so either person can write at any step, and every answer saves as usual).

The bar shows "Meeting 8 · step 2 of 5", the step's time box, a clock of the minutes used,
what to talk about for a conversation step, and Back / Next / Pause. The last Next records
the meeting (RecordMeetingDialog)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from actionmentor.domain.content import PlannedMeeting
from actionmentor.ui.common.inputs import DateTimeField
from actionmentor.ui.common.widgets import ok_cancel, wrapped_label

NEXT_STEP = QKeySequence("Alt+PgDown")
BACK_STEP = QKeySequence("Alt+PgUp")
NATIVE = QKeySequence.SequenceFormat.NativeText


class MeetingBar(QFrame):
    back_requested = Signal()
    next_requested = Signal()
    pause_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("promptCard")
        self.setAccessibleName(self.tr("Meeting mode"))
        self.step_label = QLabel()
        self.step_label.setObjectName("promptText")
        self.clock = QLabel()
        self.clock.setObjectName("muted")
        self.text = wrapped_label("")
        self.back_button = QPushButton(self.tr("‹ Back"))
        self.next_button = QPushButton(self.tr("Next ›"))
        self.next_button.setDefault(True)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setToolTip(self.tr("Leave the meeting; Resume on the home goes on here"))
        self.back_button.clicked.connect(self.back_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.pause_button.clicked.connect(self.pause_requested)
        # From anywhere in the window while the bar shows (it sits far down the Tab order,
        # after every answer of the step): the keyboard moves through the agenda directly.
        for keys, button in ((NEXT_STEP, self.next_button), (BACK_STEP, self.back_button)):
            shortcut = QShortcut(keys, self, context=Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(button.click)
            button.setToolTip(keys.toString(NATIVE))
        top = QHBoxLayout()
        top.addWidget(self.step_label, 1)
        top.addWidget(self.clock)
        top.addWidget(self.pause_button)
        top.addWidget(self.back_button)
        top.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addLayout(top)
        layout.addWidget(self.text)
        self._started: dt.datetime | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(15_000)  # a quiet clock: it need not count seconds
        self._tick.timeout.connect(self._show_clock)
        self.hide()

    def show_step(self, planned: PlannedMeeting, step: int, started: dt.datetime) -> None:
        """Step ``step`` (0-based) of the meeting; one past the agenda is "record it"."""
        items = planned.items
        total = len(items) + 1
        self._started = started
        if step < len(items):
            item = items[step]
            self.step_label.setText(
                self.tr("Meeting %1 · step %2 of %3: %4 (%5 min)")
                .replace("%1", str(planned.number))
                .replace("%2", str(step + 1))
                .replace("%3", str(total))
                .replace("%4", item.title)
                .replace("%5", str(item.minutes))
            )
            self.text.setText(item.text)
            self.text.setVisible(bool(item.text))
            following = items[step + 1].title if step + 1 < len(items) else self.tr("record it")
            self.next_button.setText(self.tr("Next: %1 ›").replace("%1", following))
        else:
            self.step_label.setText(
                self.tr("Meeting %1 · step %2 of %2: record the meeting")
                .replace("%1", str(planned.number))
                .replace("%2", str(total))
            )
            self.text.setText(
                self.tr("Say what you covered, the actions you agreed and the next date.")
            )
            self.text.setVisible(True)
            self.next_button.setText(self.tr("Record the meeting…"))
        self.back_button.setEnabled(step > 0)
        self._show_clock()
        self._tick.start()
        self.show()

    def stop(self) -> None:
        self._tick.stop()
        self.hide()

    def _show_clock(self) -> None:
        if self._started is None:
            return
        used = int((dt.datetime.now(dt.UTC) - self._started).total_seconds() // 60)
        self.clock.setText(self.tr("%n min used", "", used))


class RecordMeetingDialog(QDialog):
    """The meeting's last step: what was covered (filled in from the steps), the actions
    agreed (one a line, added to the action plan) and the next date (on the rhythm)."""

    def __init__(
        self,
        planned: PlannedMeeting,
        next_default: dt.datetime | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record meeting %1").replace("%1", str(planned.number)))
        self.setMinimumWidth(520)
        self.covered = QPlainTextEdit("\n".join(item.title for item in planned.items))
        self.covered.setAccessibleName(self.tr("What we covered"))
        self.covered.setTabChangesFocus(True)
        self.actions_box = QPlainTextEdit()
        self.actions_box.setAccessibleName(self.tr("Actions agreed, one a line"))
        self.actions_box.setPlaceholderText(self.tr("One action a line; each goes into the plan"))
        self.actions_box.setTabChangesFocus(True)
        self.next_at = DateTimeField(self.tr("Next meeting"))
        if next_default is not None:
            self.next_at.set_value(next_default)
        form = QFormLayout()
        form.addRow(self.tr("What we covered"), self.covered)
        form.addRow(self.tr("Actions agreed"), self.actions_box)
        form.addRow(self.tr("Next meeting"), self.next_at)
        buttons: QDialogButtonBox = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.covered.setFocus()  # it opens ready to type, whatever the window manager does

    def action_titles(self) -> list[str]:
        return [
            line.strip() for line in self.actions_box.toPlainText().splitlines() if line.strip()
        ]
