"""File › Restore…: choose a backup, newest first, and put it back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from actionmentor.domain.records import BackupInfo
from actionmentor.ui.common.translate import QT_TRANSLATE_NOOP
from actionmentor.ui.common.widgets import local_time

PATH_ROLE = Qt.ItemDataRole.UserRole

REASONS = {  # translated where shown, in the RestoreDialog context
    "daily": QT_TRANSLATE_NOOP("RestoreDialog", "daily backup"),
    "manual": QT_TRANSLATE_NOOP("RestoreDialog", "made by hand"),
    "before-restore": QT_TRANSLATE_NOOP("RestoreDialog", "before a restore"),
}


def describe(backup: BackupInfo) -> str:
    when = local_time(backup.created_at, weekday=True)
    reason = backup.reason.replace("-", " ")
    if backup.reason in REASONS:
        reason = QCoreApplication.translate("RestoreDialog", REASONS[backup.reason])
    return f"{when}  ·  {reason}  ·  {backup.size // 1024} KB"


class RestoreDialog(QDialog):
    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setMinimumSize(560, 360)
        text = QLabel(
            self.tr(
                "Choose the backup to go back to. Everything changed since then is replaced; "
                "the database as it is now is kept as a backup first, so this can be undone "
                "by restoring that one."
            )
        )
        text.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        for backup in backups:
            item = QListWidgetItem(describe(backup))
            item.setData(PATH_ROLE, str(backup.path))
            self.list.addItem(item)
        if backups:
            self.list.setCurrentRow(0)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(backups))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(PATH_ROLE)) if item else None
