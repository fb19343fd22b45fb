"""Editors for written answers: a line, a longer text, a list of items."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from actionmentor.domain.content import Prompt
from actionmentor.ui.workbook.editors.base import PromptEditor


class ShortTextEditor(PromptEditor):
    def __init__(self, prompt: Prompt, name: str, parent: QWidget | None = None):
        super().__init__(prompt, name, parent)
        self.line = QLineEdit()
        self.line.setMaxLength(prompt.max_length)
        self.line.setAccessibleName(name)
        self.line.textEdited.connect(self.edited)
        self._layout.addWidget(self.line)

    def value(self) -> str:
        return self.line.text()

    def set_value(self, value: Any) -> None:
        self.line.setText(value if isinstance(value, str) else "")


class LongTextEditor(PromptEditor):
    def __init__(self, prompt: Prompt, name: str, parent: QWidget | None = None):
        super().__init__(prompt, name, parent)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(name)
        self.text.setTabChangesFocus(True)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.text.textChanged.connect(self._changed)
        self._loading = False
        self._layout.addWidget(self.text)
        self._fit()

    def _changed(self) -> None:
        self._fit()
        if not self._loading:
            self.edited.emit()

    def _fit(self) -> None:
        """Grow with the answer from 3 to 14 lines; longer answers scroll inside the box."""
        lines = int(self.text.document().size().height())  # plain-text layout counts lines
        shown = min(max(lines, 3), 14)
        margins = self.text.contentsMargins()
        frame = 2 * self.text.frameWidth() + margins.top() + margins.bottom()
        padding = 2 * int(self.text.document().documentMargin())
        self.text.setFixedHeight(shown * self.text.fontMetrics().lineSpacing() + frame + padding)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()  # wrapping changes with the width

    def value(self) -> str:
        return self.text.toPlainText()

    def set_value(self, value: Any) -> None:
        self._loading = True
        self.text.setPlainText(value if isinstance(value, str) else "")
        self._loading = False


class ListEditor(PromptEditor):
    """A column of one-line items with add and remove buttons."""

    def __init__(self, prompt: Prompt, name: str, parent: QWidget | None = None):
        super().__init__(prompt, name, parent)
        self._rows = QVBoxLayout()
        self._rows.setSpacing(4)
        self._layout.addLayout(self._rows)
        self.add_button = QPushButton(self.tr("Add item"))
        self.add_button.setAccessibleName(f"{name}: {self.tr('add item')}")
        self.add_button.clicked.connect(self._add_clicked)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        if prompt.min_items:
            bar.addWidget(QLabel(self.tr("at least %n items", "", prompt.min_items)))
        bar.addStretch()
        self._layout.addLayout(bar)
        self._lines: list[QLineEdit] = []

    def _add_row(self, text: str = "") -> QLineEdit:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        line = QLineEdit(text)
        line.setAccessibleName(f"{self.accessible_name}: {self.tr('item')} {len(self._lines) + 1}")
        line.textEdited.connect(self.edited)
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip(self.tr("Remove this item"))
        remove.setAccessibleName(self.tr("Remove item %s") % (len(self._lines) + 1))
        remove.clicked.connect(lambda: self._remove(row, line))
        layout.addWidget(line)
        layout.addWidget(remove)
        self._rows.addWidget(row)
        self._lines.append(line)
        return line

    def _add_clicked(self) -> None:
        self._add_row().setFocus()

    def _remove(self, row: QWidget, line: QLineEdit) -> None:
        self._lines.remove(line)
        row.deleteLater()
        self.edited.emit()

    def value(self) -> list[str]:
        return [line.text() for line in self._lines]

    def set_value(self, value: Any) -> None:
        while self._lines:
            row = self._lines.pop().parentWidget()
            if row is not None:
                row.deleteLater()
        for item in value if isinstance(value, list) else []:
            self._add_row(str(item))
        if not self._lines:
            self._add_row()
