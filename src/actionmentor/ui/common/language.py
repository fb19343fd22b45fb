"""The interface language: Qt translators for the app's own strings and Qt's standard ones
(dialog buttons, context menus), and the locale that formats dates."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from actionmentor.exercises import set_content_language
from actionmentor.paths import resources_dir
from actionmentor.wording import words

# Language code → its own name, as the Preferences list shows it. "" follows the system.
LANGUAGES = {"": "", "en": "English", "de": "Deutsch"}
_installed: list[QTranslator] = []
_current = ["en"]


def current_language() -> str:
    """The interface language in use ("en", "de")."""
    return _current[0]


def said(exc: BaseException | str) -> str:
    """A service's message (raised in English, as the CLI prints it) in the interface
    language, where the catalogue has it."""
    return words(_current[0]).message(str(exc))


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def effective_language(chosen: str) -> str:
    """The language to use: the one chosen, else the system's if we have it, else English."""
    if chosen in LANGUAGES and chosen:
        return chosen
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install_language(app: QCoreApplication, chosen: str) -> str:
    """Load the translators for ``chosen`` (replacing any loaded before); returns the
    language in use."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = effective_language(chosen)
    _current[0] = language
    QLocale.setDefault(QLocale(language))
    set_content_language(language)  # translated worksheets where they exist, else English
    # English is the source language: its file holds only the plural forms ("1 action",
    # "2 actions"); Qt's own strings are English already.
    files = [(f"actionmentor_{language}", translations_dir())]
    if language != "en":
        files.insert(
            0, (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        )
    for name, folder in files:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return language
