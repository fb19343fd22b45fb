"""Typing into the real worksheet page, as a pair at one laptop would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QPushButton, QTableWidget
from pytestqt.qtbot import QtBot

from actionmentor.domain.enums import Person, Respondent
from actionmentor.services import Services
from actionmentor.ui.shell.main_window import MainWindow


def stored(services: Services, workbook_id: int) -> dict[tuple[str, str], object]:
    return {
        (a.prompt_id, a.respondent.value): a.value for a in services.answers.list_for(workbook_id)
    }


def open_sheet(window: MainWindow, workbook_id: int, stage: str, sheet: str) -> None:
    window.open_workbook(workbook_id)
    window.workbook.navigator.select(stage, sheet)
    assert window.workbook.page is not None and window.workbook.page.worksheet.id == sheet


def editor(window: MainWindow, prompt_id: str, respondent: Respondent):  # type: ignore[no-untyped-def]
    page = window.workbook.page
    assert page is not None
    return page.editors[(prompt_id, respondent)]


def test_typing_an_answer_saves_it_after_a_short_pause(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    open_sheet(window, workbook_id, "alliance", "invitation")
    line = editor(window, "invitation.who", Respondent.MENTEE).findChild(QLineEdit)
    qtbot.keyClicks(line, "Ben, my old team lead")
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
    text = editor(window, "invitation.why", Respondent.MENTEE).findChild(QPlainTextEdit)
    qtbot.keyClicks(text, "She listens")
    window.workbook.navigator.select("assessment", "assessment.situation")  # no waiting
    assert stored(services, workbook_id)[("invitation.why", "mentee")] == "She listens"


def test_each_prompt_shows_both_people_and_follows_who_is_writing(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    prompt = "agreement.trust.undermine"
    open_sheet(window, workbook_id, "alliance", "agreement.trust")
    mentee_box = editor(window, prompt, Respondent.MENTEE).findChild(QPlainTextEdit)
    mentor_box = editor(window, prompt, Respondent.MENTOR).findChild(QPlainTextEdit)
    assert not mentee_box.isReadOnly() and mentor_box.isReadOnly()
    qtbot.keyClicks(mentee_box, "By being polite")

    qtbot.mouseClick(
        window.workbook_view.writer_switch.buttons[Person.MENTOR], Qt.MouseButton.LeftButton
    )
    assert window.workbook.writer() is Person.MENTOR
    mentee_box = editor(window, prompt, Respondent.MENTEE).findChild(QPlainTextEdit)
    mentor_box = editor(window, prompt, Respondent.MENTOR).findChild(QPlainTextEdit)
    assert mentee_box.isReadOnly() and mentee_box.toPlainText() == "By being polite"
    qtbot.keyClicks(mentor_box, "By telling stories")
    window.workbook.flush()
    answers = stored(services, workbook_id)
    assert answers[(prompt, "mentee")] == "By being polite"
    assert answers[(prompt, "mentor")] == "By telling stories"


def test_list_rating_and_table_editors_store_their_shapes(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    open_sheet(window, workbook_id, "assessment", "assessment.strengths")
    strengths = editor(window, "assessment.strengths.strengths", Respondent.MENTEE)
    qtbot.keyClicks(strengths.findChildren(QLineEdit)[0], "Calm")
    qtbot.mouseClick(strengths.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(strengths.findChildren(QLineEdit)[1], "Kind")

    table_editor = editor(window, "assessment.strengths.gaps", Respondent.MENTEE)
    table = table_editor.findChild(QTableWidget)
    table.item(0, 0).setText("Budgets")  # what the item delegate does when you type
    table.item(0, 2).setText("Can defend one")

    open_sheet(window, workbook_id, "assessment", "assessment.rating")  # flushes the page
    rating = editor(window, "assessment.rating.confidence", Respondent.MENTEE)
    qtbot.mouseClick(rating.group.button(4), Qt.MouseButton.LeftButton)
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
    line = editor(window, "invitation.who", Respondent.MENTEE).findChild(QLineEdit)
    qtbot.keyClicks(line, "Ben")
    window.workbook.flush()
    alliance = window.workbook.navigator.topLevelItem(0)
    # The count follows in the next turn of the event loop, once per burst of saves.
    qtbot.waitUntil(lambda: alliance.text(0).startswith("Alliance   1/"), timeout=1000)


def test_a_save_that_fails_keeps_the_text_and_says_why(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    open_sheet(window, workbook_id, "alliance", "invitation")
    from actionmentor.domain.enums import WorkbookStatus

    services.workbooks.set_status(workbook_id, WorkbookStatus.ENDED)  # e.g. in another window
    line = editor(window, "invitation.who", Respondent.MENTEE).findChild(QLineEdit)
    qtbot.keyClicks(line, "Ben")
    assert not window.workbook.flush()
    assert window.workbook_view.save_state.text() == "Not saved"
    assert "has ended" in window.workbook_view.save_state.toolTip()
    assert "has ended" in window.statusBar().currentMessage()
    assert line.text() == "Ben"
    assert stored(services, workbook_id) == {}

    asked: list[bool] = []
    window.ask_discard_unsaved = lambda: asked.append(True) or False  # type: ignore[method-assign]
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
            page = window.workbook.page
            inputs = page.findChildren(QLineEdit) + page.findChildren(QPlainTextEdit)
            inputs += page.findChildren(QPushButton)
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
    listening = editor(window, "relationship.listening", Respondent.MENTEE)
    qtbot.mouseClick(listening.group.button(2), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(listening.note, "I interrupt")
    window.workbook.flush()
    assert services.answers.instances(workbook_id, "relationship")[0].number == 1

    page = window.workbook.page
    qtbot.mouseClick(page.new_instance_button, Qt.MouseButton.LeftButton)
    page = window.workbook.page
    assert page.instance_combo.count() == 2 and page.instance_combo.currentData() == 2
    listening = editor(window, "relationship.listening", Respondent.MENTEE)
    assert listening.value() == ""  # a fresh copy starts empty
    qtbot.mouseClick(listening.group.button(4), Qt.MouseButton.LeftButton)
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
