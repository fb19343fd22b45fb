"""The journal: private entries, hidden from the other person and locked by a passphrase."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from actionmentor.domain.enums import Person
from actionmentor.services import Services
from actionmentor.ui.shell.main_window import MainWindow
from actionmentor.ui.workbook.controller import JOURNAL_TAB
from tests.ui.helpers import click, key_clicks, switch_writer


def test_a_private_entry_is_hidden_from_the_other_person(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    window.open_workbook(workbook_id)
    window.workbook_view.tabs.setCurrentIndex(JOURNAL_TAB)
    journal = window.workbook_view.journal
    key_clicks(qtbot, journal.text, "Not sure I want the job.")
    click(qtbot, journal.private)
    click(qtbot, journal.add_button)
    # The first private entry asks the writer to choose a passphrase.
    dialog = window.workbook.journal.dialog
    assert dialog is not None and dialog.new
    key_clicks(qtbot, dialog.passphrase, "ana-secret")
    key_clicks(qtbot, dialog.repeat, "ana-secret")
    click(qtbot, dialog.buttons.buttons()[0])
    assert journal.text.toPlainText() == ""
    key_clicks(qtbot, journal.text, "A good first meeting.")
    click(qtbot, journal.add_button)
    texts = [journal.entries.item(i).text() for i in range(journal.entries.count())]
    assert any("Not sure I want the job." in t and "private" in t for t in texts)
    assert services.journal.has_passphrase(workbook_id, Person.MENTEE)

    switch_writer(qtbot, window, Person.MENTOR)
    texts = [journal.entries.item(i).text() for i in range(journal.entries.count())]
    assert not any("Not sure" in t for t in texts)
    assert "Private entry by Ana Évora (hidden)" in texts
    assert any("A good first meeting." in t for t in texts)
    journal.entries.setCurrentRow(0)
    assert not journal.delete_button.isEnabled()  # not the mentor's entry

    # Back to the mentee: locked until she gives her passphrase; a wrong one is said so.
    switch_writer(qtbot, window, Person.MENTEE)
    texts = [journal.entries.item(i).text() for i in range(journal.entries.count())]
    assert any("Your private entry (locked)" in t for t in texts)
    click(qtbot, journal.unlock_button)
    dialog = window.workbook.journal.dialog
    assert dialog is not None
    key_clicks(qtbot, dialog.passphrase, "wrong-guess")
    click(qtbot, dialog.buttons.buttons()[0])
    assert dialog.isVisible() and "passphrase is wrong" in dialog.error.text()  # said there
    assert dialog.passphrase.selectedText() == "wrong-guess"  # typing replaces it
    key_clicks(qtbot, dialog.passphrase, "ana-secret")
    click(qtbot, dialog.buttons.buttons()[0])
    texts = [journal.entries.item(i).text() for i in range(journal.entries.count())]
    assert any("Not sure I want the job." in t for t in texts)


def test_someone_without_private_entries_is_not_asked_to_create_a_passphrase(
    qtbot: QtBot, window: MainWindow, workbook_id: int
) -> None:
    window.open_workbook(workbook_id)
    window.workbook_view.tabs.setCurrentIndex(JOURNAL_TAB)
    switch_writer(qtbot, window, Person.MENTOR)
    journal = window.workbook_view.journal
    assert not journal.unlock_button.isEnabled()
    assert "tick “Private”" in journal.unlock_button.toolTip()
