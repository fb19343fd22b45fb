"""Setting up an alliance with the new-alliance wizard."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from actionmentor.services import Services
from actionmentor.ui.shell.main_window import MainWindow
from actionmentor.ui.workbook.worksheet_page import WorksheetPage
from tests.ui.helpers import click, key_clicks


def test_create_an_alliance_through_the_wizard(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    click(qtbot, window.library_view.new_button)
    wizard = window.library.wizard
    assert wizard is not None and wizard.isVisible()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    click(qtbot, next_button)  # past "what this method is"
    assert not next_button.isEnabled()  # a name is required
    key_clicks(qtbot, wizard.you.name, "Ana Evora")  # QTest types ASCII only
    key_clicks(qtbot, wizard.you.contact, "ana@example.org")
    click(qtbot, next_button)
    key_clicks(qtbot, wizard.mentor.name, "Ben Ota")
    click(qtbot, next_button)
    eleven = wizard.framework.group.button(1)  # the eleven-stage framework
    click(qtbot, eleven)
    assert eleven.isChecked()
    click(qtbot, next_button)
    click(qtbot, wizard.first_meeting.planned)
    key_clicks(qtbot, wizard.first_meeting.place, "The library cafe")
    click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))

    [summary] = services.workbooks.all()
    assert (summary.mentee, summary.mentor, summary.framework_id) == (
        "Ana Evora",
        "Ben Ota",
        "hay-2018",
    )
    assert summary.mentee_contact == "ana@example.org"
    [meeting] = services.meetings.list_for(summary.id)
    assert meeting.place == "The library cafe" and "Getting to know" in meeting.agenda
    assert window.stack.currentWidget() is window.workbook_view
    page = window.workbook.page
    assert isinstance(page, WorksheetPage) and page.worksheet.id == "invitation"
