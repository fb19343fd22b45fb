"""Spoken state (issue 18, item 8): what is only painted, "All changes saved", "Not saved: …",
a merge's result, is also announced to assistive technology, politely unless it is a
failure. The announcer sends a QAccessibleAnnouncementEvent and says what it sent."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from actionmentor.domain.enums import Respondent, WorkbookStatus
from actionmentor.services import Services
from actionmentor.ui.shell.main_window import MainWindow
from tests.ui.helpers import child, editor, key_clicks, navigator
from tests.ui.workbook.test_two_laptops import bens_laptop, share, type_answer


def listen(window: MainWindow) -> list[tuple[str, bool]]:
    heard: list[tuple[str, bool]] = []
    window.workbook.announcer.announced.connect(lambda text, loud: heard.append((text, loud)))
    return heard


def test_saving_is_announced_once_and_a_failure_assertively(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    window.open_workbook(workbook_id)
    heard = listen(window)
    navigator(window).select("alliance", "invitation")
    line = child(editor(window, "invitation.who", Respondent.MENTEE), QLineEdit)
    key_clicks(qtbot, line, "Ben")
    qtbot.waitUntil(lambda: ("All changes saved", False) in heard, timeout=3000)
    key_clicks(qtbot, line, " Okafor")
    assert window.workbook.flush()
    assert heard.count(("All changes saved", False)) == 1  # said once, not after every pause
    services.workbooks.set_status(workbook_id, WorkbookStatus.ENDED)  # another window ended it
    key_clicks(qtbot, line, "!")
    assert not window.workbook.flush()
    text, assertive = heard[-1]
    assert text.startswith("Not saved:") and "has ended" in text and assertive
    window.ask_discard_unsaved = lambda: True  # type: ignore[method-assign]  # on closing


def test_a_merge_result_is_announced(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    a_id = services.workbooks.create("Ana", "Ben").id
    window.open_workbook(a_id)
    shared = tmp_path / "for-ben.amchanges"
    share(window, shared)
    ben, other = bens_laptop(qtbot, tmp_path, shared)
    try:
        type_answer(qtbot, ben, "invitation.who", "Ben Okafor")
        back = tmp_path / "from-ben.amchanges"
        share(ben, back)
        heard = listen(window)
        window.workbook.copies.ask_merge_path = lambda _p: back  # type: ignore[method-assign,assignment]
        window.merge_action.trigger()
        assert ("Merged Ben's changes: 1 new, 0 changed, 0 removed.", False) in heard
    finally:
        ben.close()
        other.close()
