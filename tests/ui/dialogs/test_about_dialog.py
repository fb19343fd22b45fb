"""Help › About the method."""

from __future__ import annotations

from actionmentor.ui.shell.main_window import MainWindow


def test_help_shows_what_the_method_is(window: MainWindow) -> None:
    from PySide6.QtWidgets import QLabel

    window.about_method_action.trigger()
    dialog = window.about_dialog
    assert dialog.isVisible()
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "developmental alliance" in texts and "without blame" in texts
    assert "Clutterbuck" in texts
    dialog.reject()
