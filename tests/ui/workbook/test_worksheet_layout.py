"""Issue 13, item 5: from 1024×700 up, nothing on a worksheet is cut off on the right; both
people's answers sit side by side where they fit and one above the other where not."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from actionmentor.domain.enums import Respondent
from actionmentor.services import Services
from actionmentor.services.demo import create_demo
from actionmentor.ui.shell.main_window import MainWindow
from tests.ui.helpers import worksheet_page


@pytest.mark.parametrize(("width", "height"), [(1024, 700), (1280, 800), (1600, 900)])
def test_the_relationship_review_fits_the_window(
    qtbot: QtBot, window: MainWindow, services: Services, width: int, height: int
) -> None:
    window.resize(width, height)
    window.open_workbook(create_demo(services), "relationship")
    qtbot.wait(50)
    page = worksheet_page(window)
    viewport = page.viewport()
    for (prompt_id, who), editor in page.editors.items():
        right = editor.mapTo(viewport, editor.rect().topRight()).x()
        assert right <= viewport.width(), (prompt_id, who, right, viewport.width())
    mentee = page.editors[("relationship.articulating", Respondent.MENTEE)]
    mentor = page.editors[("relationship.articulating", Respondent.MENTOR)]
    beside = mentor.mapTo(viewport, mentor.rect().topLeft()).y() == mentee.mapTo(
        viewport, mentee.rect().topLeft()).y()  # fmt: skip
    assert beside == (width >= 1280)  # side by side where there is room
