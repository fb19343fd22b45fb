"""Two data folders, two "laptops", from the command line only: share, edit both (the same
answer differently), exchange both ways, resolve on one side, exchange again, agree."""

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
    ok("demo", data_dir=mentee)
    shared = tmp_path / "for-tom.amchanges"
    assert ok("share", "1", "--out", str(shared), data_dir=mentee).strip() == str(shared)
    assert oct(shared.stat().st_mode & 0o777) == "0o600"
    assert ok("import", str(shared), data_dir=mentor).strip() == "1"
    uuid = json.loads(ok("list", "--json", data_dir=mentee))[0]["uuid"]
    assert json.loads(ok("list", "--json", data_dir=mentor))[0]["uuid"] == uuid
    assert shown(mentee) == shown(mentor)
    message = fails("import", str(shared), data_dir=mentor)
    assert "already here" in message and "separate copy" in message

    ok("answer", "1", "invitation.who", "--as", "mentee", "Tom, my mentor", data_dir=mentee)
    ok("answer", "1", "invitation.who", "--as", "mentee", "Tom Okafor", data_dir=mentor)
    ok("answer", "1", "invitation.why", "--as", "mentee", "He listens", data_dir=mentor)

    back = tmp_path / "from-tom.amchanges"
    ok("share", "1", "--out", str(back), data_dir=mentor)
    report = json.loads(ok("merge", str(back), "--json", data_dir=mentee))
    assert set(report) >= {"workbook", "uuid", "added", "updated", "unchanged", "conflicts"}
    assert report["uuid"] == uuid and report["updated"] >= 2
    (conflict,) = report["conflicts"]
    assert set(conflict) == {"id", "place", "mine", "theirs"}
    assert conflict["mine"]["value"] == "Tom, my mentor"
    assert conflict["theirs"]["value"] == "Tom Okafor"
    assert set(conflict["mine"]) == {"value", "by", "at"}
    assert json.loads(ok("conflicts", "1", "--json", data_dir=mentee)) == report["conflicts"]

    forth = tmp_path / "from-priya.amchanges"
    ok("share", "1", "--out", str(forth), data_dir=mentee)
    ok("merge", str(forth), data_dir=mentor)
    (theirs,) = json.loads(ok("conflicts", "1", "--json", data_dir=mentor))
    assert theirs["id"] == conflict["id"] and theirs["mine"]["value"] == "Tom Okafor"
    assert shown(mentee) == shown(mentor)  # the same provisional value on both

    assert "0 conflicts left" in ok(
        "resolve", "1", conflict["id"], "--keep", "theirs", data_dir=mentor
    )
    ok("share", "1", "--out", str(back), data_dir=mentor)
    ok("merge", str(back), data_dir=mentee)
    assert json.loads(ok("conflicts", "1", "--json", data_dir=mentee)) == []
    assert shown(mentee) == shown(mentor)
    answers = {a["prompt"]: a["value"] for a in shown(mentee)["answers"]}
    assert answers["invitation.who"] == "Tom, my mentor"

    # Mistakes get one line.
    assert "no conflict" in fails("resolve", "1", "abc", "--keep", "mine", data_dir=mentee)
    assert "not a changes file" in fails("merge", "/etc/passwd", data_dir=mentee)
    stranger = tmp_path / "stranger"
    ok("demo", data_dir=stranger)
    ok("share", "1", "--out", str(tmp_path / "other.amchanges"), data_dir=stranger)
    assert "not in this library" in fails(
        "merge", str(tmp_path / "other.amchanges"), data_dir=mentee
    )


def test_two_mentees_calendars_do_not_collide(tmp_path: Path) -> None:
    """Each workbook is number 1 in its own folder; a mentor imports both calendars."""
    uids = []
    for name in ("first", "second"):
        ok("demo", data_dir=tmp_path / name)
        out = tmp_path / f"{name}.ics"
        ok("export", "1", "--kind", "ics", "--out", str(out), data_dir=tmp_path / name)
        uids.append({line for line in out.read_text().splitlines() if line.startswith("UID:")})
    assert uids[0] and uids[1] and uids[0].isdisjoint(uids[1])
