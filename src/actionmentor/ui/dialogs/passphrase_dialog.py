"""Asking for (or setting) the passphrase that locks a person's private journal entries."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from actionmentor.ui.common.widgets import error_label, ok_cancel, refuse


class PassphraseDialog(QDialog):
    """With ``new=True``, asks twice and explains; else asks once."""

    def __init__(self, name: str, *, new: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.new = new
        self.setWindowTitle(self.tr("Passphrase for private entries"))
        self.setMinimumWidth(440)
        explain = QLabel(
            self.tr(
                "%s: choose a passphrase for your private entries. They are stored encrypted; "
                "without the passphrase nobody can read them, not even you, so keep it safe."
            )
            % name
            if new
            else self.tr("%s: your passphrase for private entries.") % name
        )
        explain.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Passphrase again"))
        self.error = error_label()
        # Set by whoever opened the dialog: None if the passphrase will do, else why not.
        self.check: Callable[[str], str | None] = lambda _phrase: None
        form = QFormLayout()
        form.addRow(self.tr("Passphrase"), self.passphrase)
        if new:
            form.addRow(self.tr("Again"), self.repeat)
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        if self.new and self.passphrase.text() != self.repeat.text():
            self.error.setText(self.tr("The two passphrases differ."))
            return
        if not self.passphrase.text():
            self.error.setText(self.tr("Type the passphrase."))
            return
        problem = self.check(self.passphrase.text())
        if problem:
            refuse(self.error, self.passphrase, problem)
            return
        super().accept()
