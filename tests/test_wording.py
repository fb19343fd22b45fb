"""The printouts' and services' words in German: the catalogue is complete, and a finished
English message comes back in German with its values kept."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from actionmentor.wording import Words, words

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
from wording import message_templates, word_keys  # noqa: E402

PLACEHOLDER = re.compile(r"\{(\w+)\}")
# German uses these words as they are.
SAME_IN_GERMAN = {"Mentee", "mentee", "Mentee: {line}", "Mentoring: {title}", "Name", "Status"}


def test_the_german_catalogue_covers_every_printout_word_and_message() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "wording.py"), "--check"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout


def test_every_translation_keeps_its_placeholders_and_differs_from_english() -> None:
    german = words("de")
    for key in word_keys() | message_templates():
        translated = german._words.get(key) or german._messages.get(key)
        assert translated, key
        assert set(PLACEHOLDER.findall(translated)) == set(PLACEHOLDER.findall(key)), key
        if PLACEHOLDER.sub("", key).strip(" .:·()") and key not in SAME_IN_GERMAN:
            assert translated != key, key


values = st.text(
    alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\n"),
    min_size=1, max_size=30,
)  # fmt: skip


@settings(deadline=None)
@given(st.data())
def test_a_finished_message_comes_back_in_german_with_its_values(data: st.DataObject) -> None:
    german = words("de")
    template = data.draw(st.sampled_from(sorted(message_templates())))
    names = set(PLACEHOLDER.findall(template))
    filled = {name: data.draw(values) for name in names}
    english = template.format(**filled)
    translated = german.message(english)
    assert translated != english or not names
    for value in filled.values():
        assert value in translated


def test_a_message_the_catalogue_lacks_is_left_as_it_is() -> None:
    assert words("de").message("Something nobody wrote.") == "Something nobody wrote."
    assert words("de").message("There is no workbook 9. 'actionmentor list' shows them all.") != (
        "There is no workbook 9. 'actionmentor list' shows them all."
    )


def test_dates_are_written_one_way_per_language() -> None:
    day = dt.date(2027, 1, 15)
    moment = dt.datetime(2027, 1, 14, 14, 30).astimezone()
    assert words("de").date(day) == "15.01.2027"
    assert words("en").date(day) == "15 Jan 2027"
    assert words("de").meeting_time(moment) == "Donnerstag, 14. Januar 2027, 14:30"
    assert words("en").meeting_time(moment) == "Thursday 14 January 2027, 14:30"
    assert words("fr").language == "en"  # no French catalogue: English
    assert isinstance(words("de_DE"), Words) and words("de_DE").language == "de"
