"""Two data folders, two "laptops", from the command line only: share, edit both (the same
answer differently), exchange both ways, resolve on one side, exchange again, agree.
(The services' tests try the rest; every command's bad input is tried by test_every_command.)"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.helpers import fails, ok


def shown(data: Path) -> Any:
    """`show --json` without the database ids, lists sorted, private entries left out."""

    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k != "id"}
        if isinstance(value, list):
            return sorted((strip(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
        return value

    result = strip(json.loads(ok("show", "1", "--json", data_dir=data)))
    result["journal"] = [j for j in result["journal"] if not j["private"]]
    return result


def test_two_laptops_from_the_command_line(tmp_path: Path) -> None:
    mentee, mentor = tmp_path / "mentee", tmp_path / "mentor"
    ok("new", "--mentee", "Priya", "--mentor", "Tom", data_dir=mentee)
    shared = tmp_path / "for-tom.amchanges"
    assert ok("share", "1", "--out", str(shared), data_dir=mentee).strip() == str(shared)
    assert oct(shared.stat().st_mode & 0o777) == "0o600"
    assert ok("import", str(shared), data_dir=mentor).strip() == "1"
    assert "already here" in fails("import", str(shared), data_dir=mentor)

    ok("answer", "1", "invitation.who", "--as", "mentee", "Tom, my mentor", data_dir=mentee)
    ok("answer", "1", "invitation.who", "--as", "mentee", "Tom Okafor", data_dir=mentor)
    back = tmp_path / "from-tom.amchanges"
    ok("share", "1", "--out", str(back), data_dir=mentor)
    report = json.loads(ok("merge", str(back), "--json", data_dir=mentee))
    assert set(report) >= {"workbook", "uuid", "added", "updated", "unchanged", "conflicts"}
    (conflict,) = report["conflicts"]
    assert set(conflict) == {"id", "place", "mine", "theirs"}
    assert set(conflict["mine"]) == {"value", "by", "at"}
    assert (conflict["mine"]["value"], conflict["theirs"]["value"]) == ("Tom, my mentor",
                                                                       "Tom Okafor")  # fmt: skip

    forth = tmp_path / "from-priya.amchanges"
    ok("share", "1", "--out", str(forth), data_dir=mentee)
    ok("merge", str(forth), data_dir=mentor)
    assert "0 conflicts left" in ok(
        "resolve", "1", conflict["id"], "--keep", "theirs", data_dir=mentor
    )  # on the mentor's laptop "theirs" is Priya's
    ok("share", "1", "--out", str(back), data_dir=mentor)
    ok("merge", str(back), data_dir=mentee)
    assert json.loads(ok("conflicts", "1", "--json", data_dir=mentee)) == []
    assert shown(mentee) == shown(mentor)
    answers = {a["prompt"]: a["value"] for a in shown(mentee)["answers"]}
    assert answers["invitation.who"] == "Tom, my mentor"
