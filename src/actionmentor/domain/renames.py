"""Choice options reworded since they were first stored, old wording -> new, per prompt.

Answers store a choice or checklist option as written, so a reworded option must be moved:
a migration does it in the database (0009 for the one below, with its own frozen copy), and
the portable import does it here, for files exported before the change.
"""

from __future__ import annotations

from typing import Any

OPTION_RENAMES: dict[str, dict[str, str]] = {
    "agreement.roles.mentee_charter": {
        "keep track of my goals and progress": (
            "keep a record of what I set out to do and how far I have got"
        ),
    },
}


def renamed_options(prompt_id: str, value: Any) -> Any:
    """``value`` with any old option wording replaced by the current one."""
    renames = OPTION_RENAMES.get(prompt_id)
    if not renames:
        return value
    if isinstance(value, str):
        return renames.get(value, value)
    if isinstance(value, list):
        return [renames.get(v, v) if isinstance(v, str) else v for v in value]
    return value
