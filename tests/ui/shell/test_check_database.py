"""File › Check the database: the repair `actionmentor check` makes, for people who never
open a terminal; and the window's saves while another program imports at length."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from actionmentor.domain.enums import Respondent
from actionmentor.services import Services
from actionmentor.ui.shell.main_window import MainWindow
from tests.ui.helpers import child, click, editor, key_clicks, navigator


def _corrupt(data_dir: Path, sql: str) -> None:
    with sqlite3.connect(data_dir / "actionmentor.db") as conn:  # another program, say
        conn.execute(sql)


def test_check_mends_a_value_that_stopped_its_page_opening(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int, data_dir: Path
) -> None:
    services.answers.save(workbook_id, "invitation.who", Respondent.MENTEE, "Ben")
    _corrupt(data_dir, "UPDATE answers SET value = CAST(X'22ff42656e22' AS TEXT)")  # "\xffBen"
    window.open_workbook(workbook_id)  # the workbook opens: its home reads no answer text
    assert window.workbook_view.title.text() == services.workbooks.get(workbook_id).title
    navigator(window).select("alliance", "invitation")  # the page holding it says so
    assert "can't be read" in window.statusBar().currentMessage()
    page = window.workbook.page
    assert page is None or getattr(page, "worksheet", None) is None  # not shown with a gap
    window.check_action.trigger()
    message = window.statusBar().currentMessage()
    assert message.startswith("Checked and repaired, nothing lost (answers row 1: value held")
    window.open_workbook(workbook_id)
    navigator(window).select("alliance", "invitation")
    assert editor(window, "invitation.who", Respondent.MENTEE).value() == "\ufffdBen"
    window.check_action.trigger()
    assert window.statusBar().currentMessage() == "Checked: the database is whole."


def test_damage_check_can_not_mend_offers_the_backups(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int, data_dir: Path
) -> None:
    services.meetings.add(workbook_id, dt.datetime(2026, 3, 4, 10, tzinfo=dt.UTC))  # required
    _corrupt(data_dir, "UPDATE meetings SET held_at = CAST(X'ff' AS TEXT)")
    window.check_action.trigger()
    box = window.findChild(QMessageBox)
    assert box is not None and box.isVisible()
    assert "meetings row 1: held_at can't be read" in box.text()
    restore = next(b for b in box.buttons() if b.text() == "Restore a backup…")
    click(qtbot, restore)
    qtbot.waitUntil(lambda: window.restore_dialog.isVisible(), timeout=2000)
    window.restore_dialog.reject()


def test_typing_goes_on_saving_while_another_program_imports(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int, data_dir: Path,
    tmp_path: Path,
) -> None:  # fmt: skip
    from actionmentor.services.demo import create_demo

    export = services.exports.export(create_demo(services), "json", tmp_path / "demo.json")
    importer = subprocess.Popen(  # twenty imports of a filled-in workbook, one after another
        [sys.executable, "-c", "import sys\nfrom actionmentor.cli import main\n"
         "for _ in range(20): main(sys.argv[1:]) and sys.exit(1)",
         "--data-dir", str(data_dir), "import", str(export)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    window.open_workbook(workbook_id)
    navigator(window).select("alliance", "invitation")
    line = child(editor(window, "invitation.who", Respondent.MENTEE), QLineEdit)
    typed = ""
    while importer.poll() is None:
        word = f"w{len(typed)} "
        key_clicks(qtbot, line, word)
        typed += word
        qtbot.wait(120)  # past the autosave pause: a save attempt each time
        assert "Not saved" not in window.workbook_view.save_state.text()
    assert importer.wait() == 0, importer.stderr.read() if importer.stderr else ""
    assert window.workbook.flush()
    answers = {(a.prompt_id, a.respondent): a.value for a in services.answers.list_for(workbook_id)}
    assert answers[("invitation.who", Respondent.MENTEE)] == typed
    assert len(services.workbooks.all()) == 22  # and the importer lost nothing either
