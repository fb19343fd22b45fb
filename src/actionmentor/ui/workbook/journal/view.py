"""The journal tab (Hay's Auditing): reflections by either person, private ones hidden from
the other. Its wiring is in controller.py."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

ID_ROLE = Qt.ItemDataRole.UserRole


class JournalView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries = QListWidget()
        self.entries.setAccessibleName(self.tr("Journal entries"))
        self.entries.setWordWrap(True)
        self.entries.setAlternatingRowColors(True)
        self.delete_button = QPushButton(self.tr("Delete my entry"))
        self.delete_button.setEnabled(False)
        self.writing_as = QLabel()
        self.writing_as.setWordWrap(True)  # a long name wraps instead of widening the window
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("New journal entry"))
        self.text.setPlaceholderText(
            self.tr("What are you noticing about yourself, the other person, or the alliance?")
        )
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 5 + 14)
        self.private = QCheckBox(self.tr("Private: only I can see this entry"))
        self.private.setAccessibleName(self.tr("Private entry"))
        self.add_button = QPushButton(self.tr("Add entry"))
        self.unlock_button = QPushButton(self.tr("Show my private entries…"))
        note = QLabel(
            self.tr(
                "Private entries are encrypted with their author's passphrase: the other "
                "person can't read them, here or in the file."
            )
        )
        note.setObjectName("muted")
        note.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.private)
        bar.addStretch()
        bar.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.entries.setSpacing(4)
        delete_row = QHBoxLayout()
        delete_row.addStretch()
        delete_row.addWidget(self.unlock_button)
        delete_row.addWidget(self.delete_button)
        layout.addWidget(self.entries, 1)
        layout.addLayout(delete_row)
        layout.addWidget(self.writing_as)
        layout.addWidget(self.text)
        layout.addLayout(bar)
        layout.addWidget(note)
