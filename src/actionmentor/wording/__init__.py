"""The words of printouts, calendar files and service messages, in the workbook's language.

The window's own strings go through Qt's translator (``resources/translations``). Exports
and services run without Qt, so their words live here: ``<language>.toml`` beside this file
maps each English text to its translation, and the English text is the key, so English
needs no file. A key may hold ``{name}`` placeholders, filled with ``Words.__call__``.

``[messages]`` holds the service layer's messages the same way. Those are raised in English
(the CLI prints them so); ``Words.message`` turns a finished one back into its template by
matching, and translates it, so the raise sites stay plain f-strings. ``tools/wording.py``
lists the ones missing from a catalogue and a test keeps it complete.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANGUAGES = ("en", "de")

_ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December")  # fmt: skip
_ENGLISH_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def language_of(code: str | None) -> str:
    """A supported language for a code such as "de_DE" (English if unknown)."""
    short = (code or "en").split("_")[0].split("-")[0].lower()
    return short if short in LANGUAGES else "en"


class Words:
    """One language's words. Build with ``words(language)``, which keeps one per language."""

    def __init__(self, language: str) -> None:
        self.language = language
        data: dict[str, dict[str, object]] = {}
        path = HERE / f"{language}.toml"
        if language != "en" and path.is_file():
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        self._words = {k: str(v) for k, v in data.get("words", {}).items()}
        self._messages = {k: str(v) for k, v in data.get("messages", {}).items()}
        dates = data.get("dates", {})
        self._months = tuple(str(m) for m in dates.get("months", _ENGLISH_MONTHS))  # type: ignore[attr-defined]
        self._days = tuple(str(d) for d in dates.get("weekdays", _ENGLISH_DAYS))  # type: ignore[attr-defined]
        self._patterns = _matchers(self._messages)

    def __call__(self, text: str, **values: object) -> str:
        """``text`` (English, with ``{name}`` placeholders) in this language, filled in."""
        found = self._words.get(text, text)
        return found.format(**values) if values else found

    # Dates: one way per language, the same as the window's (ui/common/inputs.SHOWN).
    def date(self, day: dt.date | None) -> str:
        """15 Jan 2027 / 15.01.2027."""
        if day is None:
            return ""
        if self.language == "de":
            return f"{day.day:02}.{day.month:02}.{day.year}"
        return f"{day.day} {self._months[day.month - 1][:3]} {day.year}"

    def long_date(self, day: dt.date) -> str:
        """Thursday 15 January 2027 / Donnerstag, 15. Januar 2027 (a meeting's day)."""
        weekday, month = self._days[day.weekday()], self._months[day.month - 1]
        if self.language == "de":
            return f"{weekday}, {day.day}. {month} {day.year}"
        return f"{weekday} {day.day} {month} {day.year}"

    def time(self, moment: dt.datetime) -> str:
        local = moment.astimezone()
        return f"{local:%H:%M}"

    def moment(self, moment: dt.datetime) -> str:
        """A date and time in local time: 15 Jan 2027, 14:30 / 15.01.2027, 14:30."""
        local = moment.astimezone()
        return f"{self.date(local.date())}, {self.time(local)}"

    def meeting_time(self, moment: dt.datetime) -> str:
        local = moment.astimezone()
        return f"{self.long_date(local.date())}, {self.time(local)}"

    def message(self, english: str) -> str:
        """A finished English service message in this language (unchanged if not known)."""
        for pattern, template in self._patterns:
            found = pattern.fullmatch(english)
            if found:
                return template.format(**found.groupdict())
        return english

    def has_message(self, template: str) -> bool:
        return template in self._messages

    def has_word(self, text: str) -> bool:
        return text in self._words


def _matchers(messages: dict[str, str]) -> list[tuple[re.Pattern[str], str]]:
    """A regular expression per English template, longest templates first (the most
    specific wins when two could match)."""
    found = []
    for english, translated in sorted(messages.items(), key=lambda kv: -len(kv[0])):
        regex, seen = "", set()
        for n, piece in enumerate(_PLACEHOLDER.split(english)):
            if n % 2 == 0:
                regex += re.escape(piece)
            else:
                regex += f"(?P={piece})" if piece in seen else f"(?P<{piece}>.+?)"
                seen.add(piece)
        found.append((re.compile(regex, re.DOTALL), translated))
    return found


@functools.cache
def words(language: str = "en") -> Words:
    return Words(language_of(language))
