"""The relationship reviews tab: opening and starting reviews, and the chart of ratings."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from actionmentor.domain.enums import Respondent
from actionmentor.services import Services
from actionmentor.services.demo import create_demo
from actionmentor.ui.shell.main_window import MainWindow
from actionmentor.ui.workbook.controller import REVIEWS_TAB
from actionmentor.ui.workbook.editors.choices import RatingEditor
from tests.ui.helpers import click, editor, instance_combo, navigator, worksheet_page


def test_reviews_tab_opens_and_starts_reviews(
    qtbot: QtBot, window: MainWindow, services: Services
) -> None:
    from actionmentor.ui.workbook.controller import REVIEWS_TAB, WORKSHEETS_TAB

    wid = create_demo(services)
    window.open_workbook(wid)
    window.workbook_view.tabs.setCurrentIndex(REVIEWS_TAB)
    reviews = window.workbook_view.reviews
    assert reviews.reviews.count() == 2
    assert "Listening" in reviews.chart.accessibleDescription()
    reviews.reviews.setCurrentRow(0)
    click(qtbot, reviews.open_button)
    page = worksheet_page(window)
    assert window.workbook_view.tabs.currentIndex() == WORKSHEETS_TAB
    assert page.worksheet.id == "relationship" and instance_combo(page).currentData() == 1
    window.workbook_view.tabs.setCurrentIndex(REVIEWS_TAB)
    click(qtbot, reviews.new_button)
    assert instance_combo(worksheet_page(window)).currentData() == 3
    assert len(services.answers.instances(wid, "relationship")) == 3


def test_rating_a_review_updates_the_chart(
    qtbot: QtBot, window: MainWindow, services: Services, workbook_id: int
) -> None:
    window.open_workbook(workbook_id)
    assert window.workbook_view.reviews.chart.accessibleDescription() == ""
    navigator(window).select("review", "relationship")
    rating = editor(window, "relationship.respect", Respondent.MENTEE, RatingEditor)
    click(qtbot, rating.group.button(5))
    window.workbook.flush()
    # The tab behind is rebuilt when it comes into view, as the person looks at it.
    window.workbook_view.tabs.setCurrentIndex(REVIEWS_TAB)
    assert "Respect, mentee: 5" in window.workbook_view.reviews.chart.accessibleDescription()
