"""The new-alliance wizard: what the method is, about you, your mentor, the framework, and
the planned first meeting. Each page is a small class that lays out and checks its own part."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from actionmentor.domain.content import Framework
from actionmentor.domain.text import clean_name
from actionmentor.errors import UserError
from actionmentor.exercises import about
from actionmentor.ui.common.inputs import date_format, wheel_only_when_focused
from actionmentor.ui.common.language import said
from actionmentor.ui.common.widgets import wrapped_label
from actionmentor.ui.library.names_dialog import CONTACT_MAX, NAME_MAX


class IntroPage(QWizardPage):
    """What the next pages ask, and why; the method itself is in Help › About this method."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Starting an alliance"))
        layout = QVBoxLayout(self)
        for paragraph in (
            self.tr(
                "You are about to set up a mentoring alliance: you, the mentee, invite someone "
                "to be your mentor, and the two of you work through the stages together, one "
                "meeting at a time."
            ),
            self.tr(
                "The next pages ask for your name, your mentor's, the stages you will follow "
                "and, if you have agreed it, your first meeting. It takes a couple of minutes. "
                "Names, contact details and the title can be corrected later; the stages can't."
            ),
        ):
            layout.addWidget(wrapped_label(paragraph))
        layout.addWidget(wrapped_label(about().credit, "muted"))


class PersonPage(QWizardPage):
    """One person's name (required) and contact details (optional)."""

    def __init__(self, title: str, subtitle: str, name_label: str, field: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.name = QLineEdit()
        self.name.setAccessibleName(name_label)
        self.name.setMaxLength(NAME_MAX)
        self.contact = QLineEdit()
        self.contact.setMaxLength(CONTACT_MAX)
        self.contact.setAccessibleName(self.tr("Contact details (optional)"))
        self.contact.setPlaceholderText(self.tr("email or phone, only for your own reference"))
        self.error = wrapped_label("")
        self.error.setStyleSheet("color: #b3261e;")
        self._name_label = name_label
        form = QFormLayout(self)
        form.addRow(name_label, self.name)
        form.addRow(self.tr("Contact details (optional)"), self.contact)
        form.addRow(self.error)
        self.registerField(field, self.name)
        self.registerField(f"{field}_contact", self.contact)
        self.name.textChanged.connect(self._name_changed)
        # Set on the mentor's page: the mentee's name, to warn when both are the same.
        self.other_name: Callable[[], str] | None = None
        self._warned_for = ""

    def _name_changed(self, _text: str) -> None:
        self.error.clear()  # an old complaint must not outlive the mistake
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # Next stays off until a name, not just spaces, is typed
        return bool(self.name.text().strip())

    def validatePage(self) -> bool:
        try:
            name = clean_name(self.name.text(), self._name_label)
        except UserError as exc:
            self.error.setText(said(exc))
            return False
        other = self.other_name() if self.other_name else ""
        if other and name.casefold() == other.strip().casefold() and self._warned_for != name:
            self._warned_for = name  # a warning, once: Next again goes on
            self.error.setText(
                self.tr(
                    "%s is also the mentee's name. A mentor is someone else; if it really is "
                    "another person of the same name, press Next again."
                )
                % name
            )
            return False
        self.error.clear()
        return True


class FrameworkPage(QWizardPage):
    def __init__(self, frameworks: list[Framework]) -> None:
        super().__init__()
        self.setTitle(self.tr("Choose the stages you will work through"))
        self.setSubTitle(self.tr("You can't change this later, so read both descriptions."))
        self.group = QButtonGroup(self)
        self.frameworks = frameworks
        layout = QVBoxLayout(self)
        for index, fw in enumerate(frameworks):
            button = QRadioButton(fw.title)
            button.setAccessibleName(fw.title)
            self.group.addButton(button, index)
            layout.addWidget(button)
            stages = ", ".join(s.title for s in fw.stages)
            detail = wrapped_label(f"{fw.description}\n{self.tr('Stages:')} {stages}.", "muted")
            detail.setContentsMargins(24, 0, 0, 8)
            layout.addWidget(detail)
        layout.addStretch()
        self.group.button(0).setChecked(True)

    def framework_id(self) -> str:
        return self.frameworks[max(self.group.checkedId(), 0)].id


class FirstMeetingPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Your first meeting"))
        self.setSubTitle(
            self.tr(
                "If you have already agreed a first meeting, put it in; it starts the meeting log."
            )
        )
        self.planned = QCheckBox(self.tr("We have agreed a first meeting"))
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(f"{date_format()} HH:mm")  # as everywhere in the window
        wheel_only_when_focused(self.when)
        self.when.setAccessibleName(self.tr("Date and time of the first meeting"))
        soon = QDateTime.currentDateTime().addDays(7)
        soon.setTime(QTime(17, 30))
        self.when.setDateTime(soon)
        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Place of the first meeting"))
        self.error = wrapped_label("")
        self.error.setStyleSheet("color: #b3261e;")
        form = QFormLayout(self)
        form.addRow(self.planned)
        form.addRow(self.tr("When"), self.when)
        form.addRow(self.tr("Where"), self.place)
        form.addRow(self.error)
        self.planned.toggled.connect(self._toggle)
        self._toggle(False)

    def _toggle(self, on: bool) -> None:
        self.when.setEnabled(on)
        self.place.setEnabled(on)

    def meeting(self) -> tuple[dt.datetime, str] | None:
        if not self.planned.isChecked():
            return None
        value = self.when.dateTime()
        d, t = value.date(), value.time()
        return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()), self.place.text()


class NewAllianceWizard(QWizard):
    """On Finish, calls ``create(wizard)``; a mistake it reports keeps the wizard open."""

    def __init__(
        self,
        frameworks: list[Framework],
        create: Callable[[NewAllianceWizard], int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._create = create
        self.created_id: int | None = None
        self.setWindowTitle(self.tr("New alliance"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(640, 480)
        self.intro = IntroPage()
        self.you = PersonPage(
            self.tr("About you"),
            self.tr("You are the mentee: the person who sets up the alliance and leads it."),
            self.tr("Your name"),
            "mentee",
        )
        self.mentor = PersonPage(
            self.tr("The mentor you will invite"),
            self.tr(
                "Someone whose experience or way of working you respect. "
                "They need not be senior to you."
            ),
            self.tr("Your mentor's name"),
            "mentor",
        )
        self.mentor.other_name = self.you.name.text
        # Pages keep what was typed when the person goes Back (QWizard would reset them).
        self.setOption(QWizard.WizardOption.IndependentPages, True)
        self.framework = FrameworkPage(frameworks)
        self.first_meeting = FirstMeetingPage()
        for page in (self.intro, self.you, self.mentor, self.framework, self.first_meeting):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Create workbook"))

    def accept(self) -> None:
        try:
            self.created_id = self._create(self)
        except UserError as exc:
            self.first_meeting.error.setText(said(exc))
            return
        super().accept()
