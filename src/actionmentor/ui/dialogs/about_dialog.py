"""The "About this method" text: what a developmental alliance is and how the stages work."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from actionmentor.exercises import about


class AboutMethodDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        text = about()
        self.setWindowTitle(text.title)
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        title = QLabel(text.title)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        for paragraph in text.paragraphs:
            label = QLabel(paragraph)
            label.setWordWrap(True)
            layout.addWidget(label)
        credit = QLabel(text.credit)
        credit.setWordWrap(True)
        credit.setObjectName("muted")
        layout.addWidget(credit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
