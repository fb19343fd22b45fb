"""Preferences: the interface language, the paper size exports start with, and the
appearance (as the system, light or dark)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from actionmentor.ui.common.language import LANGUAGES, effective_language
from actionmentor.ui.common.widgets import PaperChoice


class PreferencesDialog(QDialog):
    def __init__(
        self, language: str, paper: str, theme: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(460)
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Appearance"))
        for code, label in (
            ("", self.tr("As the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(label, code)
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme)))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Interface language"))
        system = LANGUAGES[effective_language("")]
        self.language.addItem(self.tr("As the system (%1)").replace("%1", system), "")
        for code, name in LANGUAGES.items():
            if code:
                self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.paper = PaperChoice(paper, self.tr("Paper size for printing"))
        note = QLabel(
            self.tr(
                "A new language is used from the next start. The worksheets themselves are "
                "in English for now."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("muted")
        form = QFormLayout()
        form.addRow(self.tr("Interface language:"), self.language)
        form.addRow(self.tr("Paper size:"), self.paper)
        form.addRow(self.tr("Appearance:"), self.theme)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def chosen_paper(self) -> str:
        return self.paper.paper()

    def chosen_theme(self) -> str:
        return str(self.theme.currentData())
