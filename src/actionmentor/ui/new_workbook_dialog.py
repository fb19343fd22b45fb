"""Asks for the two people and the framework of a new workbook."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from actionmentor.errors import UserError
from actionmentor.exercises.model import Framework
from actionmentor.services.records import WorkbookSummary

Create = Callable[..., WorkbookSummary]


class NewWorkbookDialog(QDialog):
    """Calls ``create(**values())`` on OK; a mistake is shown here and the dialog stays."""

    def __init__(
        self, frameworks: list[Framework], create: Create, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._create = create
        self.created: WorkbookSummary | None = None
        self.setWindowTitle(self.tr("New workbook"))
        self.setMinimumWidth(480)
        self.mentee = QLineEdit()
        self.mentee.setAccessibleName(self.tr("Your name (mentee)"))
        self.mentor = QLineEdit()
        self.mentor.setAccessibleName(self.tr("Your mentor's name"))
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("e.g. Ana with Ben (made from the names if empty)"))
        self.framework = QComboBox()
        self.framework.setAccessibleName(self.tr("Framework"))
        for fw in frameworks:
            self.framework.addItem(fw.title, fw.id)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setObjectName("muted")
        self._frameworks = frameworks
        self.framework.currentIndexChanged.connect(self._describe)
        self._describe(0)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Your name (mentee)"), self.mentee)
        form.addRow(self.tr("Your mentor's name"), self.mentor)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Framework"), self.framework)
        form.addRow("", self.description)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _describe(self, index: int) -> None:
        if 0 <= index < len(self._frameworks):
            fw = self._frameworks[index]
            self.description.setText(f"{fw.description}\n{fw.credit}")

    def accept(self) -> None:
        try:
            self.created = self._create(**self.values())
        except UserError as exc:
            self.error.setText(str(exc))
            return
        super().accept()

    def values(self) -> dict[str, str]:
        return {
            "mentee": self.mentee.text(),
            "mentor": self.mentor.text(),
            "title": self.title.text().strip(),
            "framework_id": str(self.framework.currentData()),
        }
