"""The main window: what it remembers between runs, and File › Import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from actionmentor.domain.enums import Respondent
from actionmentor.services import Services, open_services
from actionmentor.services.demo import create_demo
from actionmentor.ui.shell.main_window import MainWindow
from actionmentor.ui.workbook.stage_page import StagePage
from tests.ui.helpers import child, editor, key_clicks, navigator


def test_close_and_reopen_finds_everything(
    qtbot: QtBot, services: Services, data_dir: Path
) -> None:
    from actionmentor.ui.shell.app import make_application

    make_application()
    wid = create_demo(services)
    first = MainWindow(services)
    qtbot.addWidget(first)
    first.show()
    first.resize(1100, 700)
    first.open_workbook(wid)
    line = first.workbook.page  # the current stage page
    assert isinstance(line, StagePage)
    navigator(first).select("alliance", "invitation")
    who = child(editor(first, "invitation.who", Respondent.MENTEE), QLineEdit)
    who.clear()
    key_clicks(qtbot, who, "Tom, who led the clinic redesign")
    assert first.close()  # saves what was typed and the window state

    services.close()
    reopened_services = open_services(data_dir)
    second = MainWindow(reopened_services)
    qtbot.addWidget(second)
    second.show()
    assert second.stack.currentWidget() is second.workbook_view  # the last workbook
    assert second.width() == 1100
    navigator(second).select("alliance", "invitation")
    reopened = editor(second, "invitation.who", Respondent.MENTEE)
    assert reopened.value() == "Tom, who led the clinic redesign"
    detail = reopened_services.detail(wid)
    assert len(detail.actions) == 5 and len(detail.meetings) == 7 and len(detail.journal) == 3
    second.close()
    reopened_services.close()


def test_file_import_opens_the_new_workbook(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    wid = create_demo(services)
    out = services.exports.export(wid, "json", tmp_path / "w.json")
    # Stands in for the file dialog (mypy: assigning to a method).
    window.ask_import_path = lambda: out  # type: ignore[method-assign]
    window.import_action.trigger()
    assert len(services.workbooks.all()) == 2
    assert window.stack.currentWidget() is window.workbook_view
    assert window.workbook.workbook_id != wid
    bad = tmp_path / "bad.json"
    bad.write_text("{}")
    window.ask_import_path = lambda: bad  # type: ignore[method-assign]
    window.import_action.trigger()
    assert "Can't import" in window.statusBar().currentMessage()
    assert len(services.workbooks.all()) == 2


def test_the_status_bar_is_there_from_the_start_and_never_moves_the_buttons(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Issue 13, item 19."""
    open_button = window.library_view.row_buttons[0]
    before = open_button.mapTo(window, open_button.rect().topLeft())
    window.show_message("Exported to /tmp/x.pdf")  # the first message of the session
    qtbot.wait(20)
    assert open_button.mapTo(window, open_button.rect().topLeft()) == before
    bar = window.statusBar()
    bar.clearMessage()
    qtbot.wait(20)
    assert bar.isVisible()
    assert open_button.mapTo(window, open_button.rect().topLeft()) == before


def test_long_names_give_way_instead_of_widening_the_window(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    """Issue 13, item 4: ~170-character names, a 1024-pixel window."""
    from actionmentor.domain.enums import Person

    mentee = "Maria Conceição dos Santos Albuquerque " * 4 + "Ferreira"
    mentor = "Dr Bartholomew Alexander Montgomery-Whitfield " * 4
    wid = services.workbooks.create(mentee, mentor, title=f"{mentee} and {mentor}"[:200]).id
    window.resize(1024, 700)
    window.open_workbook(wid)
    qtbot.wait(50)
    assert window.minimumSizeHint().width() <= 1024 and window.width() <= 1024
    for person, name in ((Person.MENTEE, mentee), (Person.MENTOR, mentor)):
        button = window.workbook_view.writer_switch.buttons[person]
        right = button.mapTo(window, button.rect().topRight()).x()
        assert 0 < right <= window.width(), (person, right)  # on screen
        assert name.strip() in button.toolTip() and "…" in button.text()
    title = window.workbook_view.title
    assert title.text().startswith(mentee) and title.toolTip() == title.text()


def test_dialog_buttons_look_the_same_in_every_dialog(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    """Issue 13, item 20: the style sheet turns dialog-button icons off everywhere (under X
    some styles draw them, offscreen none do, so this checks the hint the style answers), and
    the small dialogs are wide enough to read."""
    from PySide6.QtWidgets import QDialogButtonBox, QStyle

    window.preferences_action.trigger()
    dialog = window.preferences_dialog
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    hint = QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons
    assert buttons.style().styleHint(hint, None, buttons) == 0
    assert all(b.icon().isNull() for b in buttons.buttons())
    assert dialog.minimumWidth() >= 440
    dialog.reject()
