"""The meetings tab's layout: the log on the left, the chosen meeting's record on the right."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from actionmentor.ui.common.inputs import DateTimeField, date_format, wheel_only_when_focused


def _date_time_edit(name: str) -> QDateTimeEdit:
    """When a meeting was held: always set, so Qt's own editor serves."""
    edit = QDateTimeEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(f"{date_format()} HH:mm")
    edit.setAccessibleName(name)
    wheel_only_when_focused(edit)
    return edit


def _text_box(name: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class MeetingsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Meetings"))
        self.new_button = QPushButton(self.tr("New meeting"))
        self.prepare_button = QPushButton(self.tr("Prepare next meeting"))
        self.prepare_button.setToolTip(
            self.tr("A new meeting whose agenda lists the open actions and unfinished stages")
        )
        self.delete_button = QPushButton(self.tr("Delete meeting"))
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)
        left.addWidget(self.prepare_button)
        left.addWidget(self.delete_button)
        left_widget = QWidget()
        left_widget.setLayout(left)

        self.held_at = _date_time_edit(self.tr("Date and time"))
        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Place"))
        self.agenda = _text_box(self.tr("Agenda"), 7)
        self.notes = _text_box(self.tr("Notes"), 7)
        self.actions_agreed = _text_box(self.tr("Actions agreed"), 3)
        self.next_meeting = DateTimeField(self.tr("Next meeting"))
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.addRow(self.tr("Date and time"), self.held_at)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Agenda"), self.agenda)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Actions agreed"), self.actions_agreed)
        form.addRow(self.tr("Next meeting"), self.next_meeting)
        self.empty = QLabel(
            self.tr("No meetings yet. “New meeting” starts the log; “Prepare next meeting” "
                    "drafts an agenda from your open actions and unfinished stages.")
        )  # fmt: skip
        self.empty.setWordWrap(True)
        self.empty.setObjectName("muted")
        right = QVBoxLayout()
        right.addWidget(self.empty)
        right.addWidget(self.form)
        right.addStretch()
        right_widget = QWidget()
        right_widget.setLayout(right)

        splitter = QSplitter()
        splitter.addWidget(left_widget)
        splitter.addWidget(right_widget)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 900])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
