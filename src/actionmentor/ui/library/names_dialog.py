"""Rename…: the workbook's title, and each person's name and contact details, corrected in
one place. A mistake the services refuse is said in the dialog, which stays open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from actionmentor.domain.records import WorkbookNames
from actionmentor.ui.common.widgets import error_label, ok_cancel

NAME_MAX = 80  # characters: the wizard's limit too
CONTACT_MAX = 200


class NamesDialog(QDialog):
    def __init__(
        self,
        names: WorkbookNames,
        save: Callable[[WorkbookNames], str | None],
        parent: QWidget | None = None,
    ) -> None:
        """``save`` stores the names and returns None, or the reason it could not."""
        super().__init__(parent)
        self._save = save
        self._warned_for = ""
        self.setWindowTitle(self.tr("Rename workbook"))
        self.setMinimumWidth(640)  # the German labels are long; the fields keep room

        def line(text: str, limit: int, name: str) -> QLineEdit:
            edit = QLineEdit(text)
            edit.setMaxLength(max(limit, len(text)))  # never cut what is stored already
            edit.setAccessibleName(name)
            return edit

        self.title = line(names.title, 200, self.tr("Title"))
        self.mentee = line(names.mentee, NAME_MAX, self.tr("Mentee's name"))
        self.mentee_contact = line(
            names.mentee_contact, CONTACT_MAX, self.tr("Mentee's contact details")
        )
        self.mentor = line(names.mentor, NAME_MAX, self.tr("Mentor's name"))
        self.mentor_contact = line(
            names.mentor_contact, CONTACT_MAX, self.tr("Mentor's contact details")
        )
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Mentee's name"), self.mentee)
        form.addRow(self.tr("Mentee's contact details"), self.mentee_contact)
        form.addRow(self.tr("Mentor's name"), self.mentor)
        form.addRow(self.tr("Mentor's contact details"), self.mentor_contact)
        self.error = error_label()
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.title.selectAll()

    def names(self) -> WorkbookNames:
        return WorkbookNames(
            self.title.text(),
            self.mentee.text(),
            self.mentee_contact.text(),
            self.mentor.text(),
            self.mentor_contact.text(),
        )

    def accept(self) -> None:
        names = self.names()
        same = names.mentee.strip().casefold() == names.mentor.strip().casefold()
        if same and names.mentor.strip() and self._warned_for != names.mentor:
            self._warned_for = names.mentor  # a warning, once: OK again goes on
            self.error.setText(
                self.tr(
                    "The mentor has the mentee's name. If that is really another person of "
                    "the same name, press OK again."
                )
            )
            return
        problem = self._save(names)
        if problem:
            self.error.setText(problem)
            return
        super().accept()
