"""A tiny change bus: services say what changed, fronts refresh only that."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class ChangeKind(StrEnum):
    WORKBOOK = "workbook"  # created, renamed, opened, ended
    ANSWER = "answer"
    INSTANCE = "instance"  # a new copy of a repeatable worksheet
    STAGE = "stage"  # sign-off and status
    ACTION = "action"
    MEETING = "meeting"
    JOURNAL = "journal"


@dataclass(frozen=True)
class Change:
    workbook_id: int
    kind: ChangeKind
    key: str = ""  # the prompt id, stage id or record id that changed


Listener = Callable[[Change], None]


class ChangeBus:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def publish(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)
