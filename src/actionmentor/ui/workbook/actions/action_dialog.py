"""Add or edit one action of the plan."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from actionmentor.domain.enums import ActionStatus
from actionmentor.domain.records import ActionRecord
from actionmentor.domain.text import clean_name
from actionmentor.errors import UserError
from actionmentor.ui.common.inputs import DateField
from actionmentor.ui.common.language import said
from actionmentor.ui.common.translate import QT_TRANSLATE_NOOP
from actionmentor.ui.common.widgets import error_label, ok_cancel

STATUS_LABELS = {  # translated where shown, in the "ActionStatus" context
    ActionStatus.PLANNED: QT_TRANSLATE_NOOP("ActionStatus", "Planned"),
    ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("ActionStatus", "In progress"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("ActionStatus", "Done"),
    ActionStatus.DROPPED: QT_TRANSLATE_NOOP("ActionStatus", "Dropped"),
}


def status_label(status: ActionStatus) -> str:
    return QCoreApplication.translate("ActionStatus", STATUS_LABELS[status])


class ActionDialog(QDialog):
    def __init__(self, action: ActionRecord | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit action") if action else self.tr("New action"))
        self.setMinimumWidth(520)
        self.original = action
        self.title = QLineEdit()
        self.goal = QLineEdit()
        self.due = DateField(self.tr("Due date"))
        self.support = QLineEdit()
        self.measure = QLineEdit()
        self.status = QComboBox()
        for status in STATUS_LABELS:
            self.status.addItem(status_label(status), status.value)
        self.detail = QPlainTextEdit()
        self.detail.setTabChangesFocus(True)
        self.detail.setFixedHeight(80)
        form = QFormLayout()
        for label, widget in (
            (self.tr("Action"), self.title),
            (self.tr("Goal it serves"), self.goal),
            (self.tr("Due date"), self.due),
            (self.tr("Support needed"), self.support),
            (self.tr("How we will know it is done"), self.measure),
            (self.tr("Status"), self.status),
            (self.tr("Details"), self.detail),
        ):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        self.error = error_label()
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._load(action)

    def _load(self, action: ActionRecord | None) -> None:
        self.due.set_date(None)
        if action is None:
            return
        self.title.setText(action.title)
        self.goal.setText(action.goal)
        self.due.set_date(action.due_date)
        self.support.setText(action.support)
        self.measure.setText(action.measure)
        self.status.setCurrentIndex(self.status.findData(action.status.value))
        self.detail.setPlainText(action.detail)

    def record(self) -> ActionRecord:
        """The action as the dialog now describes it (id 0 for a new one)."""
        base = self.original
        return ActionRecord(
            id=base.id if base else 0,
            title=self.title.text(),
            detail=self.detail.toPlainText(),
            goal=self.goal.text(),
            due_date=self.due.date(),
            support=self.support.text(),
            measure=self.measure.text(),
            status=ActionStatus(self.status.currentData()),
            completed_at=base.completed_at if base else None,
            source_prompt_id=base.source_prompt_id if base else None,
        )

    def accept(self) -> None:
        try:
            clean_name(self.title.text(), self.tr("The action"))
        except UserError as exc:
            self.error.setText(said(exc))
            self.title.setFocus()
            return
        if not self.due.is_valid():
            self.error.setText(self.tr("The due date is not a date: %s") % self.due.line.text())
            self.due.setFocus()
            return
        super().accept()
