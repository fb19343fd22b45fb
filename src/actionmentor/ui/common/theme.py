"""Fonts and the colours that tell the mentee's, the mentor's and the joint answers apart."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from actionmentor.domain.palette import RESPONDENT_COLOURS
from actionmentor.paths import resources_dir

__all__ = [
    "RESPONDENT_COLOURS",
    "STYLE",
    "THEMES",
    "apply_theme",
    "install_fonts",
    "use_dark_palette",
]


def install_fonts(app: QApplication) -> None:
    """Use the bundled DejaVu Sans so every machine shows the same, wide-coverage font."""
    family = None
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (families[0] if families else None)
    if family:
        font = QFont(family)
        font.setPointSize(10)
        app.setFont(font)


STYLE = """
QLabel#promptText { font-weight: bold; }
QLabel#help, QLabel#muted { color: palette(placeholder-text); }
QLabel#pageTitle { font-size: 16pt; font-weight: bold; }
QLabel#stagePurpose { font-size: 10.5pt; }
QFrame#promptCard { border: 1px solid palette(mid); border-radius: 6px; }
QLineEdit[invalid="true"] { border: 2px solid #c0392b; }
QDialogButtonBox { dialogbuttonbox-buttons-have-icons: 0; }
QPlainTextEdit:focus, QTextEdit:focus { border: 2px solid palette(highlight); }
QPlainTextEdit[readOnly="true"], QLineEdit[readOnly="true"] {
    background: palette(window); color: palette(text);
}
QLabel#who { font-weight: bold; padding: 1px 6px; border-radius: 3px; color: white; }
QPushButton#writer { padding: 4px 12px; border: 1px solid palette(mid); border-radius: 4px; }
QPushButton#writer:checked { color: white; font-weight: bold; }
"""


def use_dark_palette(app: QApplication) -> None:
    """A dark Fusion palette: for checking readability, and for people who prefer it."""
    app.setStyle("Fusion")
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#2b2c2f",
        QPalette.ColorRole.AlternateBase: "#323337",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#303134",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.Highlight: "#3d6fb6",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#303134",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.Mid: "#5f6368",
        QPalette.ColorRole.Link: "#8ab4f8",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#7f8388"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#7f8388"))
    app.setPalette(palette)


THEMES = ("", "light", "dark")  # "": as the system
_system: dict[str, object] = {}  # the style and palette the app started with


def apply_theme(app: QApplication, theme: str) -> None:
    """Edit › Preferences › Appearance, applied at once: the system's look, or Fusion light
    or dark."""
    if not _system:
        _system["style"] = app.style().name()
        _system["palette"] = QPalette(app.palette())
    if theme == "dark":
        use_dark_palette(app)
    elif theme == "light":
        app.setStyle("Fusion")
        app.setPalette(app.style().standardPalette())
    else:
        app.setStyle(str(_system["style"]))
        palette = _system["palette"]
        assert isinstance(palette, QPalette)
        app.setPalette(palette)
    # The style sheet's palette(...) colours were resolved against the old palette: set it
    # again so every widget open now is polished anew, not only those made after a restart.
    app.setStyleSheet(app.styleSheet())
