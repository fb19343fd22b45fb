from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from actionmentor.services import Services
from actionmentor.ui.common.language import install_language
from actionmentor.ui.shell.app import make_application
from actionmentor.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    install_language(make_application(), "en")  # as the app starts: English plural forms
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.show()
    yield win
    # A test that leaves an unsaved edit behind must not block teardown on a question.
    win.ask_discard_unsaved = lambda: True  # type: ignore[method-assign]
    win.close()
