"""What a search finds, and how typed words become a query: no database code, so the window
can import these before the services load."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# What a snippet puts around each match. Control characters can't occur in stored text (the
# text policy strips them), so these marks are unambiguous; each front end draws them its way.
MATCH_START = "\x02"
MATCH_END = "\x03"
_WORDS = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One place where the text was found, and what is needed to open it."""

    workbook_id: int
    workbook_title: str
    kind: str  # answer, action, meeting or journal
    ref: int  # the id of the answer, action, meeting or journal entry
    snippet: str  # the text around the match, matches between MATCH_START and MATCH_END
    # What names the place: "Stage › Worksheet › prompt" for an answer, the action's title.
    heading: str = ""
    when: dt.datetime | None = None  # a meeting's or a journal entry's date
    who: str = ""  # who answered (mentee, mentor, together) or wrote the journal entry
    prompt_id: str = ""  # for an answer: its prompt and the copy of a repeatable worksheet
    instance: int = 0

    def place(self) -> str:
        """Where the text is, in English (the window builds its own, translated)."""
        if self.kind == "answer":
            copy = f", copy {self.instance}" if self.instance else ""
            return f"{self.heading} ({self.who}{copy})"
        if self.kind == "action":
            return f"Action plan › {self.heading}"
        day = _day(self.when) if self.when else ""
        if self.kind == "meeting":
            return f"Meeting of {day}"
        return f"Journal › {self.who}, {day}"

    @property
    def plain_snippet(self) -> str:
        return self.snippet.replace(MATCH_START, "").replace(MATCH_END, "")


def fts_query(words: str) -> str | None:
    """The person's words as an FTS5 query that can't be malformed: every word must occur,
    and the last may be the start of a word (so results come while typing)."""
    tokens = _WORDS.findall(words)
    if not tokens:
        return None
    quoted = [f'"{token}"' for token in tokens]
    quoted[-1] += "*"
    return " ".join(quoted)


def _day(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%-d %b %Y")
