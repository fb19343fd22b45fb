"""Issue 16 from the window: two laptops (two data folders, two windows). Share, import,
type the same answer differently on both, merge, see both versions on the home and on the
worksheet, keep the partner's (undo, redo), exchange again: both copies agree."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from actionmentor.domain.enums import Respondent
from actionmentor.services import Services, open_services
from actionmentor.ui.shell.main_window import MainWindow
from actionmentor.ui.workbook.controller import HOME_TAB
from tests.services.test_sync import comparable
from tests.ui.helpers import child, click, editor, key_click, key_clicks


def type_answer(qtbot: QtBot, window: MainWindow, prompt: str, text: str) -> None:
    window.workbook.go_to_worksheet("alliance", "invitation")
    box = editor(window, prompt, Respondent.MENTEE)
    field = box.findChild(QPlainTextEdit) or child(box, QLineEdit)
    field.setFocus()
    key_click(qtbot, field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    key_clicks(qtbot, field, text)
    assert window.workbook.flush()


def share(window: MainWindow, path: Path) -> None:
    """File › Share with…, the save dialog answering with ``path``."""
    window.workbook.copies.ask_share_path = lambda _p, _s: path  # type: ignore[method-assign,assignment]
    window.share_action.trigger()


def bens_laptop(qtbot: QtBot, tmp_path: Path, shared: Path) -> tuple[MainWindow, Services]:
    """A second data folder and window, where File › Import opens the shared alliance."""
    other = open_services(tmp_path / "bens-laptop")
    ben = MainWindow(other, remember_session=False)
    qtbot.addWidget(ben)
    ben.show()
    ben.ask_import_path = lambda: shared  # type: ignore[method-assign]
    ben.import_action.trigger()
    return ben, other


def test_two_laptops_share_differ_and_agree(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    a_id = services.workbooks.create("Ana", "Ben").id
    window.open_workbook(a_id)
    assert window.share_action.text() == "&Share with Ben…"
    type_answer(qtbot, window, "invitation.who", "Ben, who ran the night shift")
    shared = tmp_path / "for-ben.amchanges"
    window.workbook.copies.ask_share_path = lambda _p, _s: shared  # type: ignore[method-assign,assignment]
    window.share_action.trigger()
    assert shared.exists()

    # Ben's laptop: File › Import opens the same alliance.
    ben, other = bens_laptop(qtbot, tmp_path, shared)
    try:
        b_id = ben.workbook.workbook_id
        assert b_id is not None and ben.share_action.text() == "&Share with Ana…"
        assert other.workbooks.get(b_id).uuid == services.workbooks.get(a_id).uuid
        type_answer(qtbot, ben, "invitation.who", "Ben Okafor")
        type_answer(qtbot, ben, "invitation.why", "He listens")
        type_answer(qtbot, window, "invitation.who", "Ben, my old team lead")

        back = tmp_path / "from-ben.amchanges"
        ben.workbook.copies.ask_share_path = lambda _p, _s: back  # type: ignore[method-assign,assignment]
        ben.share_action.trigger()
        window.workbook.copies.ask_merge_path = lambda _p: back  # type: ignore[method-assign,assignment]
        window.merge_action.trigger()

        # Both versions, side by side, on the home and on the worksheet.
        view = window.workbook_view
        view.tabs.setCurrentIndex(HOME_TAB)
        panel = view.home.conflicts_panel
        assert panel is not None
        assert panel.heading.text() == "Ben's copy and yours differ here"
        (row,) = panel.rows.values()
        assert row.mine_label.text() == "Ben, my old team lead"
        assert row.theirs_label.text() == "Ben Okafor"
        window.workbook.go_to_worksheet("alliance", "invitation")
        page = window.workbook.page
        assert page is not None and getattr(page, "conflicts_panel", None) is not None

        # Keep Ben's; undo puts mine back; redo keeps Ben's again.
        view.tabs.setCurrentIndex(HOME_TAB)  # the home is made again on showing it
        panel = view.home.conflicts_panel
        assert panel is not None
        click(qtbot, next(iter(panel.rows.values())).keep_theirs_button)
        assert view.home.conflicts_panel is None
        answers = {a.prompt_id: a.value for a in services.answers.list_for(a_id)}
        assert answers["invitation.who"] == "Ben Okafor"
        assert answers["invitation.why"] == "He listens"
        window.undo_action.trigger()
        answers = {a.prompt_id: a.value for a in services.answers.list_for(a_id)}
        assert answers["invitation.who"] == "Ben, my old team lead"
        window.redo_action.trigger()
        answers = {a.prompt_id: a.value for a in services.answers.list_for(a_id)}
        assert answers["invitation.who"] == "Ben Okafor"

        # Ana sends her choice back; Ben merges it; both agree, nothing left to settle.
        forth = tmp_path / "from-ana.amchanges"
        window.workbook.copies.ask_share_path = lambda _p, _s: forth  # type: ignore[method-assign,assignment]
        window.share_action.trigger()
        ben.workbook.copies.ask_merge_path = lambda _p: forth  # type: ignore[method-assign,assignment]
        ben.merge_action.trigger()
        assert services.sync.conflicts(a_id) == [] == other.sync.conflicts(b_id)
        assert comparable(services, a_id) == comparable(other, b_id)
        # Importing the same alliance again offers to merge instead.
        asked: list[str] = []

        def refuse(why: str) -> str:
            asked.append(why)
            return ""

        ben.ask_merge_or_separate = refuse  # type: ignore[method-assign]
        ben.import_action.trigger()
        assert asked and "already here" in asked[0]
    finally:
        ben.ask_discard_unsaved = lambda: True  # type: ignore[method-assign]
        ben.close()
        other.close()


def test_a_shared_folder_brings_the_partners_changes_while_the_window_is_open(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    """File › Shared folder…: the app writes its file there; when Ben's file changes in the
    folder (his sync tool delivered it), the open workbook merges it by itself."""
    folder = tmp_path / "Nextcloud" / "Mentoring"
    folder.mkdir(parents=True)
    a_id = services.workbooks.create("Ana", "Ben").id
    other = open_services(tmp_path / "bens-laptop")
    try:
        b_id = other.import_workbook(services.sync.share(a_id))
        other.sync.set_folder(b_id, folder)
        window.open_workbook(a_id)
        copies = window.workbook.copies
        copies.ask_folder = lambda _p: folder  # type: ignore[method-assign,assignment]
        copies.ask_passphrase = lambda _p, _w: None  # type: ignore[method-assign,assignment]
        window.folder_action.trigger()
        assert any(p.name.startswith("mentee-") for p in folder.iterdir())
        # Ben writes on his laptop; his sync tool puts his file in the folder.
        other.answers.save(b_id, "invitation.why", "mentee", "Written on Ben's laptop")
        other.sync.sync_folder(b_id)
        qtbot.waitUntil(
            lambda: any(a.prompt_id == "invitation.why" for a in services.answers.list_for(a_id)),
            timeout=10_000,
        )
        assert "Merged Ben's changes" in window.statusBar().currentMessage()
    finally:
        other.close()
