"""Writes tests/fixtures/prompt_ids.json: every framework's prompt ids, for the stability test.

Run after adding prompts. Never to hide a rename: a renamed id orphans saved answers, so a
rename needs a migration that declares PROMPT_ID_RENAMES and moves the answers.
    .venv/bin/python tools/snapshot_prompt_ids.py
"""

from __future__ import annotations

import json
from pathlib import Path

from actionmentor.exercises import frameworks

OUT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "prompt_ids.json"


def snapshot() -> dict[str, list[str]]:
    return {
        fw.id: sorted(p.id for stage in fw.all_stages() for p in stage.prompts())
        for fw in frameworks()
    }


if __name__ == "__main__":
    OUT.write_text(json.dumps(snapshot(), indent=1) + "\n", encoding="utf-8")
    print(OUT)
