"""A stage page: signing off as each person, and editing after the sign-off."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from actionmentor.domain.enums import Person, Respondent, StageStatus
from actionmentor.services import Services
from actionmentor.ui.shell.main_window import MainWindow
from actionmentor.ui.workbook.stage_page import StagePage
from tests.ui.helpers import (
    child,
    click,
    editor,
    key_clicks,
    navigator,
    stage_item,
    stage_page,
    switch_writer,
)


def test_sign_off_a_stage_as_both_people_and_edit_after(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    window.open_workbook(workbook_id)
    page = window.workbook.page
    assert isinstance(page, StagePage) and page.stage.id == "alliance"
    click(qtbot, page.sign_button)
    page = stage_page(window)
    assert "Signed by Ana Évora" in page.sign_labels[Person.MENTEE].text()
    assert not page.sign_button.isEnabled()

    switch_writer(qtbot, window, Person.MENTOR)
    click(qtbot, stage_page(window).sign_button)
    state = services.answers.stages(workbook_id)[0]
    assert state.status is StageStatus.COMPLETE
    assert stage_item(window, 0).text(0).endswith("✓✓")

    # Editing after sign-off is allowed, and the stage says so.
    click(qtbot, stage_page(window).worksheet_buttons["agreement.trust"])
    box = child(editor(window, "agreement.trust.undermine", Respondent.MENTOR), QPlainTextEdit)
    key_clicks(qtbot, box, "By telling stories")
    window.workbook.flush()
    navigator(window).select_stage("alliance")
    page = stage_page(window)
    assert "Changed since sign-off" in page.changed_label.text()
    assert page.sign_button.text() == "Sign again as Ben Ōta"

    # Undo takes back the last structural edit: the mentor's sign-off.
    window.undo_action.trigger()
    assert services.answers.stages(workbook_id)[0].mentor_signed_at is None
