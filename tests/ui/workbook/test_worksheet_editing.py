"""Typing into the real worksheet page, as a pair at one laptop would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from actionmentor.domain.enums import Person, Respondent
from actionmentor.services import Services
from actionmentor.ui.shell.main_window import MainWindow
from actionmentor.ui.workbook.editors.choices import RatingEditor
from actionmentor.ui.workbook.editors.text import ListEditor
from tests.ui.helpers import (
    child,
    editor,
    instance_combo,
    key_click,
    key_clicks,
    mouse_click,
    navigator,
    stage_item,
    worksheet_page,
)


def stored(services: Services, workbook_id: int) -> dict[tuple[str, str], object]:
    return {
        (a.prompt_id, a.respondent.value): a.value for a in services.answers.list_for(workbook_id)
    }


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None, (row, column)
    return item


def open_sheet(window: MainWindow, workbook_id: int, stage: str, sheet: str) -> None:
    window.open_workbook(workbook_id)
    navigator(window).select(stage, sheet)
    assert worksheet_page(window).worksheet.id == sheet


def test_typing_an_answer_saves_it_after_a_short_pause(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    open_sheet(window, workbook_id, "alliance", "invitation")
    line = child(editor(window, "invitation.who", Respondent.MENTEE), QLineEdit)
    key_clicks(qtbot, line, "Ben, my old team lead")
    assert window.workbook_view.save_state.text() == "Saving…"
    qtbot.waitUntil(
        lambda: (
            stored(services, workbook_id).get(("invitation.who", "mentee"))
            == "Ben, my old team lead"
        ),
        timeout=2000,
    )
    assert window.workbook_view.save_state.text() == "All changes saved"


def test_long_text_and_leaving_the_page_flushes_at_once(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    open_sheet(window, workbook_id, "alliance", "invitation")
    text = child(editor(window, "invitation.why", Respondent.MENTEE), QPlainTextEdit)
    key_clicks(qtbot, text, "She listens")
    navigator(window).select("assessment", "assessment.situation")  # no waiting
    assert stored(services, workbook_id)[("invitation.why", "mentee")] == "She listens"


def test_each_prompt_shows_both_people_and_follows_who_is_writing(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    prompt = "agreement.trust.undermine"
    open_sheet(window, workbook_id, "alliance", "agreement.trust")
    mentee_box = child(editor(window, prompt, Respondent.MENTEE), QPlainTextEdit)
    mentor_box = child(editor(window, prompt, Respondent.MENTOR), QPlainTextEdit)
    assert not mentee_box.isReadOnly() and mentor_box.isReadOnly()
    key_clicks(qtbot, mentee_box, "By being polite")

    mouse_click(
        qtbot, window.workbook_view.writer_switch.buttons[Person.MENTOR], Qt.MouseButton.LeftButton
    )
    assert window.workbook.writer() is Person.MENTOR
    mentee_box = child(editor(window, prompt, Respondent.MENTEE), QPlainTextEdit)
    mentor_box = child(editor(window, prompt, Respondent.MENTOR), QPlainTextEdit)
    assert mentee_box.isReadOnly() and mentee_box.toPlainText() == "By being polite"
    key_clicks(qtbot, mentor_box, "By telling stories")
    window.workbook.flush()
    answers = stored(services, workbook_id)
    assert answers[(prompt, "mentee")] == "By being polite"
    assert answers[(prompt, "mentor")] == "By telling stories"


def test_list_rating_and_table_editors_store_their_shapes(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    open_sheet(window, workbook_id, "assessment", "assessment.strengths")
    strengths = editor(window, "assessment.strengths.strengths", Respondent.MENTEE, ListEditor)
    key_clicks(qtbot, strengths.findChildren(QLineEdit)[0], "Calm")
    mouse_click(qtbot, strengths.add_button, Qt.MouseButton.LeftButton)
    key_clicks(qtbot, strengths.findChildren(QLineEdit)[1], "Kind")

    table_editor = editor(window, "assessment.strengths.gaps", Respondent.MENTEE)
    table = child(table_editor, QTableWidget)
    cell(table, 0, 0).setText("Budgets")  # what the item delegate does when you type
    cell(table, 0, 2).setText("Can defend one")

    open_sheet(window, workbook_id, "assessment", "assessment.rating")  # flushes the page
    rating = editor(window, "assessment.rating.confidence", Respondent.MENTEE, RatingEditor)
    mouse_click(qtbot, rating.group.button(4), Qt.MouseButton.LeftButton)
    window.workbook.flush()

    answers = stored(services, workbook_id)
    assert answers[("assessment.strengths.strengths", "mentee")] == ["Calm", "Kind"]
    assert answers[("assessment.rating.confidence", "mentee")] == 4
    assert answers[("assessment.strengths.gaps", "mentee")] == [
        {
            "Skill or quality": "Budgets",
            "Where I am now": "",
            "Where I need to be": "Can defend one",
        }
    ]


def test_progress_in_the_navigator_follows_the_answers(
    qtbot: QtBot, window: MainWindow, workbook_id: int
) -> None:
    open_sheet(window, workbook_id, "alliance", "invitation")
    line = child(editor(window, "invitation.who", Respondent.MENTEE), QLineEdit)
    key_clicks(qtbot, line, "Ben")
    window.workbook.flush()
    alliance = stage_item(window, 0)
    # The count follows in the next turn of the event loop, once per burst of saves.
    qtbot.waitUntil(lambda: alliance.text(0).startswith("Alliance   1/"), timeout=1000)


def test_a_save_that_fails_keeps_the_text_and_says_why(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    open_sheet(window, workbook_id, "alliance", "invitation")
    from actionmentor.domain.enums import WorkbookStatus

    services.workbooks.set_status(workbook_id, WorkbookStatus.ENDED)  # e.g. in another window
    line = child(editor(window, "invitation.who", Respondent.MENTEE), QLineEdit)
    key_clicks(qtbot, line, "Ben")
    assert not window.workbook.flush()
    assert window.workbook_view.save_state.text() == "Not saved"
    assert "has ended" in window.workbook_view.save_state.toolTip()
    assert "has ended" in window.statusBar().currentMessage()
    assert line.text() == "Ben"
    assert stored(services, workbook_id) == {}

    asked: list[bool] = []

    def cancel() -> bool:
        asked.append(True)
        return False

    # Stand-ins for the "discard what was typed?" question (mypy: assigning to a method).
    window.ask_discard_unsaved = cancel  # type: ignore[method-assign]
    assert not window.close()  # "Cancel": the window and the typed text stay
    assert asked and window.isVisible() and line.text() == "Ben"
    window.ask_discard_unsaved = lambda: True  # type: ignore[method-assign]
    assert window.close()


def test_every_input_on_every_worksheet_has_an_accessible_name(
    window: MainWindow, services: Services, workbook_id: int
) -> None:
    from actionmentor.exercises import framework

    for stage in framework("hay-1997").stages:
        for sheet in stage.worksheets:
            open_sheet(window, workbook_id, stage.id, sheet.id)
            page = worksheet_page(window)
            inputs: list[QWidget] = [
                *page.findChildren(QLineEdit),
                *page.findChildren(QPlainTextEdit),
                *page.findChildren(QPushButton),
            ]
            assert inputs
            unnamed = [
                w
                for w in inputs
                if not w.accessibleName() and w.objectName() != "qt_spinbox_lineedit"
            ]
            assert unnamed == [], sheet.id


def test_a_relationship_review_can_be_repeated_with_rating_notes(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    open_sheet(window, workbook_id, "review", "relationship")
    listening = editor(window, "relationship.listening", Respondent.MENTEE, RatingEditor)
    mouse_click(qtbot, listening.group.button(2), Qt.MouseButton.LeftButton)
    assert listening.note is not None  # this rating takes a note
    key_clicks(qtbot, listening.note, "I interrupt")
    window.workbook.flush()
    assert services.answers.instances(workbook_id, "relationship")[0].number == 1

    page = worksheet_page(window)
    mouse_click(qtbot, page.new_instance_button, Qt.MouseButton.LeftButton)
    page = worksheet_page(window)
    assert instance_combo(page).count() == 2 and instance_combo(page).currentData() == 2
    listening = editor(window, "relationship.listening", Respondent.MENTEE, RatingEditor)
    assert listening.value() == ""  # a fresh copy starts empty
    mouse_click(qtbot, listening.group.button(4), Qt.MouseButton.LeftButton)
    window.workbook.flush()

    page.instance_chosen.emit(1)  # what choosing "1" in the combo does
    assert editor(window, "relationship.listening", Respondent.MENTEE).value() == {
        "rating": 2,
        "note": "I interrupt",
    }
    by_copy = {
        a.instance: a.value
        for a in services.answers.list_for(workbook_id)
        if a.prompt_id == "relationship.listening"
    }
    assert by_copy == {1: {"rating": 2, "note": "I interrupt"}, 2: {"rating": 4, "note": ""}}


def test_leaving_a_field_saves_at_once(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    """Issue 13, item 17: no waiting for the pause once the person has moved on."""
    open_sheet(window, workbook_id, "alliance", "invitation")
    line = child(editor(window, "invitation.who", Respondent.MENTEE), QLineEdit)
    line.setFocus()
    qtbot.waitUntil(line.hasFocus, timeout=1000)
    key_clicks(qtbot, line, "Ben")
    assert stored(services, workbook_id).get(("invitation.who", "mentee")) is None  # pausing
    key_click(qtbot, line, Qt.Key.Key_Tab)  # on to the next answer
    assert stored(services, workbook_id).get(("invitation.who", "mentee")) == "Ben"


def test_a_multi_line_answer_shows_where_the_cursor_is(
    qtbot: QtBot, window: MainWindow, workbook_id: int
) -> None:
    """Issue 13, item 10: a focus frame in the highlight colour on a text box with focus."""
    from PySide6.QtGui import QColor

    open_sheet(window, workbook_id, "alliance", "invitation")
    box = child(editor(window, "invitation.why", Respondent.MENTEE), QPlainTextEdit)
    highlight = box.palette().color(box.palette().ColorRole.Highlight)

    def edge() -> QColor:
        image = box.grab().toImage()
        return image.pixelColor(image.width() // 2, 0)  # the top edge, half way along

    assert edge() != highlight
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=1000)
    assert edge() == highlight
