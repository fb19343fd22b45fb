"""A realistic, filled-in sample workbook for trying the app and for tests.

The content lives in ``demo.toml`` beside this file; this module only turns it into service
calls, in the order the file gives them.
"""

from __future__ import annotations

import contextlib
import tomllib
from pathlib import Path
from typing import Any

from actionmentor.domain.enums import ActionStatus, Person
from actionmentor.services.app import Services

DEMO_FILE = Path(__file__).resolve().with_name("demo.toml")
# The demo mentee's passphrase for her private journal entry (the demo is not private).
DEMO_PASSPHRASE = "priya-demo"


def demo_file(language: str = "en") -> Path:
    """``demo.toml``, or the pair written in ``language`` (``demo.de.toml``) if there is one."""
    translated = DEMO_FILE.with_name(f"demo.{language}.toml")
    return translated if language != "en" and translated.is_file() else DEMO_FILE


def load_demo(language: str = "en") -> dict[str, Any]:
    """The sample content, as read from ``demo.toml`` (or its ``language`` version)."""
    with demo_file(language).open("rb") as f:
        return tomllib.load(f)


def create_demo(services: Services, language: str = "en") -> int:
    """Create the sample workbook (its pair writing in ``language``) and return its id."""
    data = load_demo(language)
    wid = services.workbooks.create(**data["workbook"]).id
    try:
        _fill(services, wid, data)
    except BaseException:
        # All or nothing: a demo half made (a full disk, an interrupt) is removed again.
        with contextlib.suppress(Exception):
            services.workbooks.trash(wid)
            services.workbooks.purge(wid)
        raise
    return wid


def _fill(services: Services, wid: int, data: dict[str, Any]) -> None:
    for answer in data["answers"]:
        services.answers.save(wid, answer["prompt"], answer["respondent"], answer["value"])
    _add_reviews(services, wid, data["reviews"])
    for sign_off in data["sign_offs"]:
        for person in sign_off["by"]:
            services.answers.sign_off(wid, sign_off["stage"], Person(person))
    _add_actions(services, wid, data["action_status"], data["actions"])
    for meeting in data["meetings"]:
        services.meetings.add(wid, **meeting)
    _add_journal(services, wid, data["journal"])


def _add_reviews(services: Services, wid: int, reviews: list[dict[str, Any]]) -> None:
    """Relationship reviews: each prompt's answer by the mentee, then by the mentor."""
    for review in reviews:
        number = services.answers.start_instance(wid, "relationship", review["held_on"]).number
        for prompt_id, values in review["answers"].items():
            services.answers.save(wid, prompt_id, "mentee", values["mentee"], number)
            services.answers.save(wid, prompt_id, "mentor", values["mentor"], number)


def _add_actions(
    services: Services, wid: int, progress: dict[str, str], actions: list[dict[str, Any]]
) -> None:
    """The actions made from the planning table, with their progress, then those by hand."""
    for record in services.actions.add_from_table(wid, "action.plan.actions"):
        if record.title in progress:
            services.actions.update(record.id, status=ActionStatus(progress[record.title]))
    for action in actions:
        fields = dict(action)
        status = ActionStatus(fields.pop("status", ActionStatus.PLANNED))
        services.actions.add(wid, status=status, **fields)


def _add_journal(services: Services, wid: int, entries: list[dict[str, Any]]) -> None:
    """Journal entries; the private ones are encrypted with the mentee's demo passphrase."""
    services.journal.set_passphrase(wid, Person.MENTEE, DEMO_PASSPHRASE)
    for entry in entries:
        private = bool(entry.get("private", False))
        phrase = DEMO_PASSPHRASE if private else None
        services.journal.add(
            wid,
            entry["author"],
            entry["text"],
            private=private,
            passphrase=phrase,
            written_at=entry.get("written_at"),
        )
