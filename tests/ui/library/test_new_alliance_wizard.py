"""Setting up an alliance with the new-alliance wizard."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWizard
from pytestqt.qtbot import QtBot

from actionmentor.services import Services
from actionmentor.ui.shell.main_window import MainWindow
from actionmentor.ui.workbook.controller import HOME_TAB
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
    # Issue 15, item 5: the wizard hands over to the plan: the home, with meeting 1 next on
    # the date given and the invitation first in the mentee's preparation.
    view = window.workbook_view
    assert view.tabs.currentIndex() == HOME_TAB
    shown = [label.text() for label in view.home.findChildren(QLabel)]
    assert "Next: meeting 1 of 12, A first conversation" in shown or any(
        t.startswith("Next: meeting 1 of 12") for t in shown
    )
    assert any("The library cafe" in t for t in shown)
    assert any("'Inviting your mentor'" in t for t in shown)
    assert view.home.start_button is not None


def test_the_wizard_keeps_what_was_typed_and_checks_names_as_a_person_types(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    """Issue 13, item 6."""
    click(qtbot, window.library_view.new_button)
    wizard = window.library.wizard
    assert wizard is not None
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    back_button = wizard.button(QWizard.WizardButton.BackButton)
    click(qtbot, next_button)
    key_clicks(qtbot, wizard.you.name, "   ")
    assert not next_button.isEnabled()  # spaces are no name
    key_clicks(qtbot, wizard.you.name, "Ana")
    assert next_button.isEnabled()
    click(qtbot, next_button)
    key_clicks(qtbot, wizard.mentor.name, "ana")  # the same person, by mistake
    key_clicks(qtbot, wizard.mentor.contact, "ben@example.org")
    click(qtbot, next_button)
    assert wizard.currentPage() is wizard.mentor
    assert "also the mentee's name" in wizard.mentor.error.text()
    wizard.mentor.name.selectAll()
    key_clicks(qtbot, wizard.mentor.name, "Ben Ota")
    assert wizard.mentor.error.text() == ""  # the complaint goes with the mistake
    click(qtbot, back_button)
    click(qtbot, next_button)
    assert wizard.mentor.name.text() == "Ben Ota"  # Back wiped nothing
    assert wizard.mentor.contact.text() == "ben@example.org"
    assert wizard.you.name.maxLength() == 80


def test_the_first_page_is_not_the_librarys_about_text(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QLabel

    from actionmentor.exercises import about

    click(qtbot, window.library_view.new_button)
    wizard = window.library.wizard
    assert wizard is not None
    shown = " ".join(label.text() for label in wizard.intro.findChildren(QLabel))
    assert not any(paragraph in shown for paragraph in about().paragraphs)
    assert "your mentor's" in shown
