"""The whole-window flows of a pair at one laptop, driven through the real widgets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QRadioButton, QWizard
from pytestqt.qtbot import QtBot

from actionmentor.domain.enums import ActionStatus, Person, Respondent, StageStatus
from actionmentor.services import Services, open_services
from actionmentor.services.demo import create_demo
from actionmentor.ui.shell.main_window import MainWindow
from actionmentor.ui.workbook.controller import ACTIONS_TAB, JOURNAL_TAB, MEETINGS_TAB
from actionmentor.ui.workbook.stage_page import StagePage
from actionmentor.ui.workbook.worksheet_page import WorksheetPage

LEFT = Qt.MouseButton.LeftButton


def click(qtbot: QtBot, widget) -> None:  # type: ignore[no-untyped-def]
    assert widget.isEnabled(), widget.text() if hasattr(widget, "text") else widget
    if isinstance(widget, QCheckBox | QRadioButton):
        # These react to clicks on their box and label, not on empty space to the right.
        qtbot.mouseClick(widget, LEFT, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, LEFT)


def switch_writer(qtbot: QtBot, window: MainWindow, person: Person) -> None:
    click(qtbot, window.workbook_view.writer_switch.buttons[person])
    assert window.workbook.writer() is person


def test_create_an_alliance_through_the_wizard(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    click(qtbot, window.library_view.new_button)
    wizard = window.library.wizard
    assert wizard is not None and wizard.isVisible()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    click(qtbot, next_button)  # past "what this method is"
    assert not next_button.isEnabled()  # a name is required
    qtbot.keyClicks(wizard.you.name, "Ana Evora")  # QTest types ASCII only
    qtbot.keyClicks(wizard.you.contact, "ana@example.org")
    click(qtbot, next_button)
    qtbot.keyClicks(wizard.mentor.name, "Ben Ota")
    click(qtbot, next_button)
    eleven = wizard.framework.group.button(1)  # the eleven-stage framework
    click(qtbot, eleven)
    assert eleven.isChecked()
    click(qtbot, next_button)
    click(qtbot, wizard.first_meeting.planned)
    qtbot.keyClicks(wizard.first_meeting.place, "The library cafe")
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


def test_sign_off_a_stage_as_both_people_and_edit_after(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    window.open_workbook(workbook_id)
    page = window.workbook.page
    assert isinstance(page, StagePage) and page.stage.id == "alliance"
    click(qtbot, page.sign_button)
    page = window.workbook.page
    assert "Signed by Ana Évora" in page.sign_labels[Person.MENTEE].text()
    assert not page.sign_button.isEnabled()

    switch_writer(qtbot, window, Person.MENTOR)
    click(qtbot, window.workbook.page.sign_button)
    state = services.answers.stages(workbook_id)[0]
    assert state.status is StageStatus.COMPLETE
    assert window.workbook.navigator.topLevelItem(0).text(0).endswith("✓✓")

    # Editing after sign-off is allowed, and the stage says so.
    click(qtbot, window.workbook.page.worksheet_buttons["agreement.trust"])
    box = window.workbook.page.editors[("agreement.trust.undermine", Respondent.MENTOR)].findChild(
        QPlainTextEdit
    )
    qtbot.keyClicks(box, "By telling stories")
    window.workbook.flush()
    window.workbook.navigator.select_stage("alliance")
    page = window.workbook.page
    assert "Changed since sign-off" in page.changed_label.text()
    assert page.sign_button.text() == "Sign again as Ben Ōta"

    # Undo takes back the last structural edit: the mentor's sign-off.
    window.undo_action.trigger()
    assert services.answers.stages(workbook_id)[0].mentor_signed_at is None


def test_add_an_action_complete_it_and_filter(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    window.open_workbook(workbook_id)
    window.workbook_view.tabs.setCurrentIndex(ACTIONS_TAB)
    plan = window.workbook_view.action_plan
    click(qtbot, plan.add_button)
    dialog = window.workbook.actions.dialog
    assert dialog is not None
    dialog.buttons.accepted.emit()  # OK with no title: refused, dialog stays
    assert "can't be empty" in dialog.error.text() and dialog.isVisible()
    qtbot.keyClicks(dialog.title, "Book the finance course")
    qtbot.keyClicks(dialog.goal, "Budget skills")
    dialog.due.setDate(dialog.due.date().currentDate().addDays(-3))  # already late
    click(qtbot, dialog.buttons.buttons()[0])

    [action] = services.actions.list_for(workbook_id)
    assert action.title == "Book the finance course" and action.due_date < dt.date.today()
    assert plan.model.rowCount() == 1
    assert "overdue" in plan.model.index(0, 2).data()
    assert plan.summary.text() == "1 actions, 1 open, 1 overdue"

    plan.table.selectRow(0)
    click(qtbot, plan.done_button)
    [action] = services.actions.list_for(workbook_id)
    assert action.status is ActionStatus.DONE and action.completed_at is not None
    assert "overdue" not in plan.model.index(0, 2).data()

    plan.filter.setCurrentIndex(plan.filter.findText("Open (planned or in progress)"))
    assert plan.proxy.rowCount() == 0
    plan.filter.setCurrentIndex(plan.filter.findText("Done"))
    assert plan.proxy.rowCount() == 1

    window.undo_action.trigger()  # undo "mark done"
    assert services.actions.list_for(workbook_id)[0].status is ActionStatus.PLANNED


def test_actions_from_the_planning_table_link_back_to_it(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    services.answers.save(
        workbook_id, "action.plan.actions", "together", [{"Action": "Shadow a manager"}]
    )
    window.open_workbook(workbook_id, "action.plan")
    click(qtbot, window.workbook.page.actions_button)
    assert "1 action(s) added" in window.statusBar().currentMessage()
    window.workbook_view.tabs.setCurrentIndex(ACTIONS_TAB)
    plan = window.workbook_view.action_plan
    plan.table.selectRow(0)
    assert plan.model.index(0, 6).data() == "Planning the actions"
    click(qtbot, plan.source_button)
    assert window.workbook_view.tabs.currentIndex() == 0
    assert window.workbook.page.worksheet.id == "action.plan"


def test_log_a_meeting_and_prepare_the_next(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    services.actions.add(workbook_id, "Talk to my manager")
    window.open_workbook(workbook_id)
    window.workbook_view.tabs.setCurrentIndex(MEETINGS_TAB)
    meetings = window.workbook_view.meetings
    assert meetings.empty.isVisibleTo(meetings)
    click(qtbot, meetings.new_button)
    qtbot.keyClicks(meetings.place, "Library cafe")
    qtbot.keyClicks(meetings.notes, "We agreed the arrangements.")
    qtbot.keyClicks(meetings.actions_agreed, "Ana drafts the agreement.")
    qtbot.waitUntil(lambda: window.workbook_view.save_state.text() == "All changes saved")
    [meeting] = services.meetings.list_for(workbook_id)
    assert (meeting.place, meeting.notes, meeting.actions_agreed) == (
        "Library cafe",
        "We agreed the arrangements.",
        "Ana drafts the agreement.",
    )

    click(qtbot, meetings.prepare_button)
    later = services.meetings.list_for(workbook_id)[-1]
    assert "- Talk to my manager" in later.agenda and "Alliance:" in later.agenda
    assert later.place == "Library cafe"
    assert meetings.agenda.toPlainText() == later.agenda


def test_a_private_entry_is_hidden_from_the_other_person(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    window.open_workbook(workbook_id)
    window.workbook_view.tabs.setCurrentIndex(JOURNAL_TAB)
    journal = window.workbook_view.journal
    qtbot.keyClicks(journal.text, "Not sure I want the job.")
    click(qtbot, journal.private)
    click(qtbot, journal.add_button)
    # The first private entry asks the writer to choose a passphrase.
    dialog = window.workbook.journal.dialog
    assert dialog is not None and dialog.new
    qtbot.keyClicks(dialog.passphrase, "ana-secret")
    qtbot.keyClicks(dialog.repeat, "ana-secret")
    click(qtbot, dialog.buttons.buttons()[0])
    assert journal.text.toPlainText() == ""
    qtbot.keyClicks(journal.text, "A good first meeting.")
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
    qtbot.keyClicks(dialog.passphrase, "wrong-guess")
    click(qtbot, dialog.buttons.buttons()[0])
    assert "passphrase is wrong" in window.statusBar().currentMessage()
    click(qtbot, journal.unlock_button)
    dialog = window.workbook.journal.dialog
    qtbot.keyClicks(dialog.passphrase, "ana-secret")
    click(qtbot, dialog.buttons.buttons()[0])
    texts = [journal.entries.item(i).text() for i in range(journal.entries.count())]
    assert any("Not sure I want the job." in t for t in texts)


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
    first.workbook.navigator.select("alliance", "invitation")
    who = first.workbook.page.editors[("invitation.who", Respondent.MENTEE)].findChild(QLineEdit)
    who.clear()
    qtbot.keyClicks(who, "Tom, who led the clinic redesign")
    assert first.close()  # saves what was typed and the window state

    services.close()
    reopened_services = open_services(data_dir)
    second = MainWindow(reopened_services)
    qtbot.addWidget(second)
    second.show()
    assert second.stack.currentWidget() is second.workbook_view  # the last workbook
    assert second.width() == 1100
    second.workbook.navigator.select("alliance", "invitation")
    who = second.workbook.page.editors[("invitation.who", Respondent.MENTEE)]
    assert who.value() == "Tom, who led the clinic redesign"
    detail = reopened_services.detail(wid)
    assert len(detail.actions) == 5 and len(detail.meetings) == 3 and len(detail.journal) == 3
    second.close()
    reopened_services.close()


def test_library_rename_end_trash_undo_restore_and_purge(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    library = window.library_view
    library.table.selectRow(0)
    click(qtbot, library.rename_button)
    dialog = window.library.rename_dialog
    assert dialog is not None
    dialog.setTextValue("Ana and Ben, 2026")
    dialog.accept()
    assert services.workbooks.get(workbook_id).title == "Ana and Ben, 2026"

    library.table.selectRow(0)
    click(qtbot, library.end_button)
    assert services.workbooks.get(workbook_id).status == "ended"
    assert library.end_button.text() == "Reopen alliance"
    click(qtbot, library.open_button)
    assert window.workbook_view.ended_banner.isVisibleTo(window.workbook_view)
    click(qtbot, window.workbook_view.back_button)

    library.table.selectRow(0)
    click(qtbot, library.trash_button)
    assert services.workbooks.all() == []
    assert "Edit › Undo" in window.statusBar().currentMessage()
    window.undo_action.trigger()
    assert [w.id for w in services.workbooks.all()] == [workbook_id]

    library.table.selectRow(0)
    click(qtbot, library.trash_button)
    library.show_filter.setCurrentIndex(library.show_filter.findData("trash"))
    assert library.restore_button.isVisible() and not library.open_button.isVisible()
    library.table.selectRow(0)
    click(qtbot, library.purge_button)
    box = window.library.confirm_box
    assert box is not None
    click(qtbot, box.button(box.StandardButton.Yes))
    assert services.workbooks.all(trash=True) == []
    assert library.stack.currentWidget() is library.empty


def test_ctrl_page_down_moves_between_stages(
    qtbot: QtBot, window: MainWindow, workbook_id: int
) -> None:
    window.open_workbook(workbook_id)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.workbook.navigator.current_stage_id() == "assessment"
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.workbook.navigator.current_stage_id() == "alliance"


def test_every_page_fits_1280_by_800_without_sideways_scrolling(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    wid = create_demo(services)
    window.resize(1280, 800)
    window.open_workbook(wid)
    fw = window.workbook.framework
    for stage in fw.all_stages():
        window.workbook.navigator.select_stage(stage.id)
        for sheet in stage.worksheets:
            window.workbook.navigator.select(stage.id, sheet.id)
            page = window.workbook.page
            qtbot.waitUntil(lambda page=page: page.widget().width() > 0)
            assert page.widget().minimumSizeHint().width() <= page.viewport().width(), sheet.id
    assert window.width() <= 1280 and window.minimumSizeHint().width() <= 1280


def test_file_export_writes_the_pdf_and_opens_it(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    wid = create_demo(services)
    window.open_workbook(wid)
    opened: list[Path] = []
    window.exporter.ask_save_path = lambda _w, name, _k: tmp_path / name  # type: ignore[method-assign]
    window.exporter.open_in_viewer = opened.append  # type: ignore[method-assign]
    window.export_action.trigger()
    dialog = window.exporter.dialog
    assert dialog is not None
    click(qtbot, dialog.buttons_by_kind["action-plan"])
    assert not dialog.include_private.isEnabled()
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    click(qtbot, dialog.buttons.buttons()[0])
    [written] = opened
    assert written.name.endswith("action-plan.pdf")
    page = PdfReader(written).pages[0]
    assert round(page.mediabox.height) == 612  # Letter, landscape
    assert "Exported to" in window.statusBar().currentMessage()

    window.export_action.trigger()  # the paper choice is remembered
    assert window.exporter.dialog.paper.currentData() == "letter"


def test_file_restore_brings_back_a_backup(
    qtbot: QtBot, window: MainWindow, services: Services, data_dir: Path
) -> None:
    from actionmentor.paths import backups_dir
    from actionmentor.storage.backups import backup_database

    services.workbooks.create("Ana", "Ben", title="Kept")
    backup_database(services.db.path, backups_dir(data_dir), "manual")
    services.workbooks.create("Cleo", "Dev", title="Added later")
    window.restore_action.trigger()
    dialog = window.restore_dialog
    assert dialog.list.count() == 1 and "made by hand" in dialog.list.item(0).text()
    click(qtbot, dialog.buttons.buttons()[0])
    assert [w.title for w in services.workbooks.all()] == ["Kept"]
    assert window.library.model.rowCount() == 1
    assert "Backup restored" in window.statusBar().currentMessage()


def test_a_second_window_on_the_same_data_folder_is_refused(data_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLockFile

    import actionmentor.ui.shell.app as app_module

    data_dir.mkdir(parents=True, exist_ok=True)
    first = QLockFile(str(data_dir / "actionmentor.lock"))
    assert first.tryLock(100)
    told: list[str] = []
    monkeypatch.setattr(
        app_module.QMessageBox, "information", lambda _p, _t, text: told.append(text)
    )
    assert app_module.run_app(data_dir) == 1
    assert "already open" in told[0]
    first.unlock()


def test_file_import_opens_the_new_workbook(
    qtbot: QtBot, window: MainWindow, services: Services, tmp_path: Path
) -> None:
    wid = create_demo(services)
    out = services.exports.export(wid, "json", tmp_path / "w.json")
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


def test_a_damaged_database_at_start_offers_the_newest_backup(data_dir: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import actionmentor.ui.shell.app as app_module
    from actionmentor.storage.database import open_database

    first = open_services(data_dir)
    first.workbooks.create("Ana", "Ben", title="Worth keeping")
    first.close()
    open_database(data_dir).close()  # the day's backup
    (data_dir / "actionmentor.db").write_bytes(b"garbage, not a database")
    asked: list[str] = []

    def answer_yes(_parent, _title, text):  # type: ignore[no-untyped-def]
        asked.append(text)
        return app_module.QMessageBox.StandardButton.Yes

    monkeypatch.setattr(app_module.QMessageBox, "question", answer_yes)
    services = app_module.open_or_recover(data_dir)
    try:
        assert "Restore the backup from" in asked[0] and "moved aside" in asked[0]
        assert [w.title for w in services.workbooks.all()] == ["Worth keeping"]
        assert list(data_dir.glob("actionmentor.db.*.damaged"))
    finally:
        services.close()


def test_help_shows_what_the_method_is(window: MainWindow) -> None:
    from PySide6.QtWidgets import QLabel

    window.about_method_action.trigger()
    dialog = window.about_dialog
    assert dialog.isVisible()
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "developmental alliance" in texts and "without blame" in texts
    assert "Clutterbuck" in texts
    dialog.reject()


def test_reviews_tab_opens_and_starts_reviews(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    from actionmentor.ui.workbook.controller import REVIEWS_TAB

    wid = create_demo(services)
    window.open_workbook(wid)
    window.workbook_view.tabs.setCurrentIndex(REVIEWS_TAB)
    reviews = window.workbook_view.reviews
    assert reviews.reviews.count() == 2
    assert "Listening" in reviews.chart.accessibleDescription()
    reviews.reviews.setCurrentRow(0)
    click(qtbot, reviews.open_button)
    page = window.workbook.page
    assert window.workbook_view.tabs.currentIndex() == 0
    assert page.worksheet.id == "relationship" and page.instance_combo.currentData() == 1
    window.workbook_view.tabs.setCurrentIndex(REVIEWS_TAB)
    click(qtbot, reviews.new_button)
    assert window.workbook.page.instance_combo.currentData() == 3
    assert len(services.answers.instances(wid, "relationship")) == 3


def test_delete_a_meeting_and_a_journal_entry_then_undo(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    wid = create_demo(services)
    window.open_workbook(wid)
    window.workbook_view.tabs.setCurrentIndex(MEETINGS_TAB)
    meetings = window.workbook_view.meetings
    notes = meetings.notes.toPlainText()  # the newest meeting is shown
    click(qtbot, meetings.delete_button)
    assert len(services.meetings.list_for(wid)) == 2
    window.undo_action.trigger()
    assert notes in [m.notes for m in services.meetings.list_for(wid)]

    window.workbook_view.tabs.setCurrentIndex(JOURNAL_TAB)
    switch_writer(qtbot, window, Person.MENTOR)
    journal = window.workbook_view.journal
    row = next(
        i
        for i in range(journal.entries.count())
        if "Priya undersells" in journal.entries.item(i).text()
    )
    journal.entries.setCurrentRow(row)
    click(qtbot, journal.delete_button)
    assert not any("undersells" in (j.text or "") for j in services.journal.list_for(wid))
    window.undo_action.trigger()
    assert any("undersells" in (j.text or "") for j in services.journal.list_for(wid))


def test_rating_a_review_updates_the_chart(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    window.open_workbook(workbook_id)
    assert window.workbook_view.reviews.chart.accessibleDescription() == ""
    window.workbook.navigator.select("review", "relationship")
    rating = window.workbook.page.editors[("relationship.respect", Respondent.MENTEE)]
    click(qtbot, rating.group.button(5))
    window.workbook.flush()
    assert "Respect, mentee: 5" in window.workbook_view.reviews.chart.accessibleDescription()


def test_ctrl_f_finds_text_in_any_workbook_and_opens_its_place(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    wid = create_demo(services)
    services.journal.add(wid, "mentor", "Remember the zanzibar question")
    window.open_workbook(wid)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    field = window.library_view.search_field
    assert window.stack.currentWidget() is window.library_view and field.hasFocus()

    qtbot.keyClicks(field, "confid")
    results = window.library_view.results
    qtbot.waitUntil(lambda: results.list.count() == 3)
    assert results.summary.text() == "Found in 3 places for “confid”"
    assert not window.library_view.open_button.isVisible()  # the buttons act on the list
    rows = [results.list.item(i).text() for i in range(3)]
    assert all(row.startswith("Priya and Tom: towards ward manager · ") for row in rows)
    mentor_row = next(i for i, row in enumerate(rows) if "(mentor)" in row)
    results.list.setCurrentRow(mentor_row)
    qtbot.keyClick(results.list, Qt.Key.Key_Return)
    page = window.workbook.page
    assert isinstance(page, WorksheetPage) and page.worksheet.id == "agreement.roles"
    editor = next(e for (pid, who), e in page.editors.items() if who is Respondent.MENTOR
                  and pid == "agreement.roles.mentor_charter")  # fmt: skip
    assert not editor.visibleRegion().isEmpty()  # scrolled to (it is Tom's, so read-only)

    window.find()
    field.clear()
    qtbot.keyClicks(field, "zanzib")
    qtbot.waitUntil(lambda: results.list.count() == 1)
    qtbot.keyClick(field, Qt.Key.Key_Return)  # Enter opens the first result
    assert window.workbook_view.tabs.currentIndex() == JOURNAL_TAB
    assert "zanzibar question" in window.workbook_view.journal.entries.currentItem().text()

    window.find()
    field.clear()
    qtbot.keyClicks(field, "zzzz")
    qtbot.waitUntil(lambda: "Nothing found" in results.summary.text())
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert (
        field.text() == ""
        and window.library_view.stack.currentWidget() is window.library_view.table
    )
    assert window.library_view.open_button.isVisible()
