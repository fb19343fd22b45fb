"""Wires the journal tab: writing, listing, deleting with undo, and the passphrases that
lock and unlock each person's private entries."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QListWidgetItem,
)

from actionmentor.domain.enums import Person
from actionmentor.domain.records import JournalRecord
from actionmentor.errors import UserError
from actionmentor.ui.common import undo
from actionmentor.ui.common.language import said
from actionmentor.ui.common.theme import RESPONDENT_COLOURS
from actionmentor.ui.common.when_shown import WhenShown
from actionmentor.ui.common.widgets import local_time
from actionmentor.ui.dialogs.passphrase_dialog import PassphraseDialog
from actionmentor.ui.workbook.journal.view import ID_ROLE, JournalView

if TYPE_CHECKING:  # the services load after the first paint (ui/shell/startup.py)
    from actionmentor.services import Services


class JournalController(QObject):
    message = Signal(str)

    def __init__(
        self, services: Services, view: JournalView, undo_stack: QUndoStack, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.view = view
        self._when_shown = WhenShown(view, self._rebuild)
        self.undo_stack = undo_stack
        self.workbook_id: int | None = None
        self.writer = Person.MENTEE
        self.names: dict[Person, str] = {}
        self._records: dict[int, JournalRecord] = {}
        self._passphrase: str | None = None  # the writer's, once given; forgotten on a switch
        self.dialog: PassphraseDialog | None = None
        view.add_button.clicked.connect(self.add_entry)
        view.unlock_button.clicked.connect(self.unlock)
        view.delete_button.clicked.connect(self.delete_entry)
        view.entries.currentItemChanged.connect(lambda *_: self._selection_changed())

    def unlocked_passphrase(self) -> str | None:
        """The writer's passphrase if they have given it in this tab (until a switch)."""
        return self._passphrase

    def show_workbook(self, workbook_id: int, names: dict[Person, str], writer: Person) -> None:
        self.workbook_id = workbook_id
        self.names = names
        self.set_writer(writer)

    def set_writer(self, writer: Person) -> None:
        self.writer = writer
        self._passphrase = None
        name = escape(self.names.get(writer, ""))
        colour = RESPONDENT_COLOURS[writer.respondent]
        self.view.writing_as.setText(
            self.tr("New entry by %s") % f"<b style='color:{colour}'>{name}</b>"
        )
        self.refresh()

    def refresh(self) -> None:
        self._when_shown.request()  # now if the tab is in view, else when it comes into view

    def _rebuild(self) -> None:
        if self.workbook_id is None:
            return
        records = self.services.journal.list_for(
            self.workbook_id, viewer=self.writer, passphrase=self._passphrase
        )
        self._records = {r.id: r for r in records}
        # Nothing to show before a first private entry: no passphrase to create from here.
        locked = any(r.text is None and r.author is self.writer for r in records)
        self.view.unlock_button.setEnabled(locked)
        self.view.unlock_button.setToolTip(
            ""
            if locked
            else self.tr("Your private entries are shown; tick “Private” to write one.")
        )
        self.view.entries.clear()
        for record in reversed(records):  # newest first
            self.view.entries.addItem(self._item(record))
        self._selection_changed()

    def _item(self, r: JournalRecord) -> QListWidgetItem:
        who = self.names.get(r.author, r.author.value)
        when = local_time(r.written_at)
        if r.text is None and r.author is self.writer:
            body = self.tr("Your private entry (locked): “Show my private entries…” to read it")
        elif r.text is None:
            body = self.tr("Private entry by %s (hidden)") % who
        else:
            mark = self.tr(" · private") if r.private else ""
            body = f"{who} · {when}{mark}\n{r.text}"
        item = QListWidgetItem(body)
        item.setData(ID_ROLE, r.id)
        item.setForeground(Qt.GlobalColor.gray if r.text is None else item.foreground())
        item.setToolTip(when)
        return item

    def select_entry(self, entry_id: int) -> None:
        for row in range(self.view.entries.count()):
            item = self.view.entries.item(row)
            if item.data(ID_ROLE) == entry_id:
                self.view.entries.setCurrentItem(item)
                self.view.entries.scrollToItem(item)
                self.view.entries.setFocus()
                return

    def _selection_changed(self) -> None:
        item = self.view.entries.currentItem()
        record = self._records.get(item.data(ID_ROLE)) if item else None
        self.view.delete_button.setEnabled(record is not None and record.author is self.writer)

    def _ask(self, then: Callable[[str], None]) -> None:
        """Ask the writer for their passphrase (setting one the first time), then continue."""
        workbook_id = self.workbook_id
        assert workbook_id is not None
        new = not self.services.journal.has_passphrase(workbook_id, self.writer)
        dialog = PassphraseDialog(self.names[self.writer], new=new, parent=self.view.window())
        self.dialog = dialog

        def check(phrase: str) -> str | None:
            """Before the dialog closes: a wrong or too short passphrase is said in it."""
            try:
                if new:
                    self.services.journal.set_passphrase(workbook_id, self.writer, phrase)
                else:
                    self.services.journal.unlock(workbook_id, self.writer, phrase)
            except UserError as exc:
                return said(exc)
            return None

        def accepted() -> None:
            self._passphrase = dialog.passphrase.text()
            then(self._passphrase)

        dialog.check = check
        dialog.accepted.connect(accepted)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()

    def unlock(self) -> None:
        if self.workbook_id is not None:
            self._ask(lambda _phrase: self.refresh())

    def add_entry(self) -> None:
        text = self.view.text.toPlainText()
        if not text.strip() or self.workbook_id is None:
            return
        private = self.view.private.isChecked()
        if private and self._passphrase is None:
            self._ask(lambda _phrase: self.add_entry())
            return
        try:
            self.undo_stack.push(
                undo.add_journal_entry(
                    self.services,
                    self.workbook_id,
                    self.writer,
                    text,
                    private,
                    self._passphrase if private else None,
                )
            )
        except UserError as exc:
            self.message.emit(said(exc))  # the text stays in the box
            return
        self.view.text.clear()
        self.view.private.setChecked(False)
        self.refresh()

    def delete_entry(self) -> None:
        item = self.view.entries.currentItem()
        record = self._records.get(item.data(ID_ROLE)) if item else None
        if record is None or record.text is None or self.workbook_id is None:
            return
        phrase = self._passphrase if record.private else None
        self.undo_stack.push(
            undo.delete_journal_entry(self.services, self.workbook_id, record, record.text, phrase)
        )
