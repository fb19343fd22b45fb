"""The real `actionmentor` command, run as a subprocess against a data folder in tmp_path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from actionmentor import __version__
from tests.helpers import fails, ok, run


def test_version() -> None:
    assert ok("--version").strip() == f"actionmentor {__version__}"


def test_frameworks_json_has_the_promised_shape() -> None:
    data = json.loads(ok("frameworks", "--json"))
    [fw] = [f for f in data["frameworks"] if f["id"] == "hay-1997"]
    assert fw["title"] == "Action Mentoring"
    assert [s["id"] for s in fw["stages"]][:2] == ["alliance", "assessment"]
    assert isinstance(fw["alongside"], list)
    prompt = fw["stages"][0]["worksheets"][0]["prompts"][0]
    assert set(prompt) == {"id", "text", "kind", "respondent", "core"}
    for stage in fw["stages"] + fw["alongside"]:  # issue 14: the pacing of every stage
        assert isinstance(stage["meetings"], int) and isinstance(stage["minutes"], int)
        assert stage["done_when"] and set(stage["before"]) == {"mentee", "mentor"}
    cores = [p["core"] for s in fw["stages"] for w in s["worksheets"] for p in w["prompts"]]
    assert True in cores and False in cores


@pytest.mark.parametrize("fw_id", ["hay-1997", "hay-2018"])
def test_plan_json_has_the_promised_shape_and_covers_every_worksheet(fw_id: str) -> None:
    plan = json.loads(ok("plan", "--framework", fw_id, "--json"))
    assert plan["framework"] == fw_id
    meetings = plan["meetings"]
    assert [m["number"] for m in meetings] == list(range(1, len(meetings) + 1))
    for m in meetings:
        assert {"number", "title", "purpose", "minutes", "items", "before"} <= set(m)
        assert m["minutes"] == sum(item["minutes"] for item in m["items"])
        assert set(m["before"]) == {"mentee", "mentor"}
        for item in m["items"]:
            assert {"title", "minutes", "worksheet", "prompts"} <= set(item)
            assert item["worksheet"] is not None or item["prompts"] is None
    frameworks = json.loads(ok("frameworks", "--json"))["frameworks"]
    [fw] = [f for f in frameworks if f["id"] == fw_id]
    every = {w["id"] for s in fw["stages"] + fw["alongside"] for w in s["worksheets"]}
    assert every <= {item["worksheet"] for m in meetings for item in m["items"]}


def test_plan_as_text_and_an_unknown_framework() -> None:
    text = ok("plan")  # the default framework
    assert text.startswith("Action Mentoring: 10 meetings")
    assert "Meeting 1: Getting to know each other" in text
    message = fails("plan", "--framework", "nope")
    assert "There is no framework 'nope'" in message and "\n" not in message.strip()


def test_new_answer_list_and_show(tmp_path: Path) -> None:
    data = tmp_path / "data"
    wid = ok("new", "--mentee", "Ana", "--mentor", "Ben", "--title", "A & B", data_dir=data)
    wid = wid.strip()
    assert wid == "1"
    assert ok("answer", wid, "invitation.who", "--as", "mentee", "Ben", data_dir=data)
    ok("answer", "A & B", "assessment.strengths.strengths", "--as", "mentor",
       '["Calm", "Kind"]', data_dir=data)  # fmt: skip
    ok("answer", wid, "assessment.rating.confidence", "--as", "mentee", "4", data_dir=data)
    ok("answer", wid, "invitation.why", "--as", "mentee", "-",
       data_dir=data, stdin="Because\nshe listens.\n")  # fmt: skip

    [row] = json.loads(ok("list", "--json", data_dir=data))
    assert {k: row[k] for k in ("id", "title", "mentee", "mentor", "framework")} == {
        "id": 1, "title": "A & B", "mentee": "Ana", "mentor": "Ben", "framework": "hay-1997",
    }  # fmt: skip
    assert row["current_stage"] == "alliance" and 0 < row["progress"] < 1

    shown = json.loads(ok("show", wid, "--json", data_dir=data))
    values = {(a["prompt"], a["respondent"]): a["value"] for a in shown["answers"]}
    assert values == {
        ("invitation.who", "mentee"): "Ben",
        ("assessment.strengths.strengths", "mentor"): ["Calm", "Kind"],
        ("assessment.rating.confidence", "mentee"): 4,
        ("invitation.why", "mentee"): "Because\nshe listens.\n",
    }
    assert "Ana" in ok("show", wid, data_dir=data)


def test_demo_then_show_prints_the_filled_workbook(tmp_path: Path) -> None:
    data = tmp_path / "data"
    wid = ok("demo", data_dir=data).strip()
    shown = json.loads(ok("show", wid, "--json", data_dir=data))
    assert set(shown) >= {"id", "title", "framework", "mentee", "mentor", "stages", "answers",
                          "actions", "meetings", "journal"}  # fmt: skip
    assert len(shown["answers"]) >= 40
    assert {a["respondent"] for a in shown["answers"]} == {"mentee", "mentor", "together"}
    signed = [s for s in shown["stages"] if s["mentee_signed_at"] and s["mentor_signed_at"]]
    assert len(signed) >= 2
    assert {a["status"] for a in shown["actions"]} == {"planned", "in_progress", "done", "dropped"}
    assert len(shown["meetings"]) >= 2
    private = [j for j in shown["journal"] if j["private"]]
    assert private and all(j["text"] is None and j["author"] and j["written_at"] for j in private)
    assert "not sure I want the job" not in json.dumps(shown)


def test_the_environment_variable_sets_the_data_folder(tmp_path: Path) -> None:
    data = tmp_path / "from-env"
    ok("new", "--mentee", "Ana", "--mentor", "Ben", data_dir=data, env_dir=True)
    assert (data / "actionmentor.db").exists()
    assert "Ana" in ok("list", data_dir=data)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("show", "42"), "There is no workbook '42'"),
        (("answer", "1", "no.such.prompt", "--as", "mentee", "x"), "no prompt 'no.such.prompt'"),
        (("answer", "1", "invitation.who", "--as", "mentor", "x"), "not by mentor"),
        (("answer", "1", "assessment.rating.confidence", "--as", "mentee", "9"),
         "between 1 and 5"),
        (("answer", "1", "assessment.strengths.strengths", "--as", "mentee", "[x"),
         "must be JSON"),
        (("new", "--mentee", " ", "--mentor", "Ben"), "mentee's name can't be empty"),
        (("new", "--mentee", "A", "--mentor", "B", "--framework", "nope"), "no framework 'nope'"),
        (("answer", "1", "x", "--as", "boss", "v"), "invalid choice: 'boss'"),
        (("bogus",), "invalid choice: 'bogus'"),
        (("search", " ?! "), "at least one word"),
        (("search", "x", "--limit", "0"), "whole number from 1 to"),
    ],
)  # fmt: skip
def test_user_mistakes_get_one_clear_line_and_exit_1(
    tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    data = tmp_path / "data"
    ok("new", "--mentee", "Ana", "--mentor", "Ben", data_dir=data)
    assert message in fails(*args, data_dir=data)


def test_a_data_folder_that_cannot_be_made_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    assert "Can't create the data folder" in fails("list", data_dir=blocker / "data")


def test_a_damaged_database_file_is_moved_aside_with_a_clear_message(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o700)  # as the app made it (a shared folder would add a note)
    (data / "actionmentor.db").write_text("hello")
    assert "not an SQLite file" in fails("list", data_dir=data)
    [moved] = data.glob("actionmentor.db.*.damaged")
    assert moved.read_text() == "hello"


def test_answering_a_repeated_review(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ok("new", "--mentee", "Ana", "--mentor", "Ben", data_dir=data)
    ok("answer", "1", "relationship.respect", "--as", "mentor", '{"rating": 5, "note": "Yes"}',
       data_dir=data)  # fmt: skip
    ok("answer", "1", "relationship.respect", "--as", "mentee", "4", "--instance", "1",
       data_dir=data)  # fmt: skip
    assert "no copy 3" in fails(
        "answer", "1", "relationship.respect", "--as", "mentee", "4", "--instance", "3",
        data_dir=data,
    )  # fmt: skip
    shown = json.loads(ok("show", "1", "--json", data_dir=data))
    assert [(i["worksheet"], i["number"]) for i in shown["instances"]] == [("relationship", 1)]
    assert {(a["respondent"], a["instance"]) for a in shown["answers"]} == {
        ("mentor", 1),
        ("mentee", 1),
    }


def test_frameworks_json_lists_both_frameworks_complete() -> None:
    data = json.loads(ok("frameworks", "--json"))
    by_id = {f["id"]: f for f in data["frameworks"]}
    assert set(by_id) == {"hay-1997", "hay-2018"}
    assert [s["title"] for s in by_id["hay-2018"]["stages"]][-1] == "Adieu"
    assert [s["title"] for s in by_id["hay-2018"]["alongside"]] == [
        "Auditing: reflection and super-vision"
    ]
    for fw, minimum in (("hay-1997", 80), ("hay-2018", 110)):
        count = sum(
            len(w["prompts"])
            for s in by_id[fw]["stages"] + by_id[fw]["alongside"]
            for w in s["worksheets"]
        )
        assert count >= minimum


def test_screenshot_renders_the_real_window(tmp_path: Path) -> None:
    data = tmp_path / "data"
    wid = ok("demo", data_dir=data).strip()
    out = tmp_path / "review.png"
    result = run("screenshot", "--workbook", wid, "--view", "review", "--size", "1024x700",
                 "--out", str(out), data_dir=data)  # fmt: skip
    assert result.returncode == 0, result.stderr
    header = out.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")
    assert (width, height) == (1024, 700)
    assert "needs --workbook" in fails("screenshot", "--view", "actions", "--out",
                                       str(out), data_dir=data)  # fmt: skip
    assert "no stage 'nope'" in fails("screenshot", "--workbook", wid, "--stage", "nope",
                                      "--out", str(out), data_dir=data)  # fmt: skip


def test_export_and_blank_commands(tmp_path: Path) -> None:
    from pypdf import PdfReader

    data = tmp_path / "data"
    wid = ok("demo", data_dir=data).strip()
    out = tmp_path / "w.pdf"
    assert ok("export", wid, "--kind", "workbook", "--out", str(out), "--paper", "letter",
              data_dir=data).strip() == str(out)  # fmt: skip
    text = " ".join((p.extract_text() or "") for p in PdfReader(out).pages)
    assert "not sure I want the job" not in " ".join(text.split())
    phrases = tmp_path / "phrases.txt"
    phrases.write_text("mentee=priya-demo\n")
    ok("export", wid, "--kind", "workbook", "--include-private", "--passphrase-file",
       str(phrases), "--out", str(out), data_dir=data)  # fmt: skip
    text = " ".join((p.extract_text() or "") for p in PdfReader(out).pages)
    assert "not sure I want the job" in " ".join(text.split())
    ok("export", wid, "--kind", "ics", "--out", str(tmp_path / "c.ics"), data_dir=data)
    assert (tmp_path / "c.ics").read_text().startswith("BEGIN:VCALENDAR")
    blank = tmp_path / "blank.pdf"
    ok("blank", "--framework", "hay-2018", "--out", str(blank))
    assert len(PdfReader(blank).pages) > 20
    assert "name it *.pdf" in fails("export", wid, "--kind", "workbook", "--out",
                                    str(tmp_path / "w.doc"), data_dir=data)  # fmt: skip
    assert "no framework 'x'" in fails("blank", "--framework", "x", "--out", str(blank))
    assert "does not exist" in fails("blank", "--out", str(tmp_path / "no" / "b.pdf"))


def test_search_prints_where_words_were_found(tmp_path: Path) -> None:
    data = tmp_path / "data"
    wid = ok("new", "--mentee", "Ana", "--mentor", "Ben", data_dir=data).strip()
    ok("answer", wid, "invitation.who", "--as", "mentee", "Ben, who coached the night shift",
       data_dir=data)  # fmt: skip
    text = ok("search", "night shi", data_dir=data)
    assert "Ana with Ben  ·  Alliance › " in text and "(mentee)" in text
    assert "coached the [night] [shift]" in text
    result = json.loads(ok("search", "NIGHT", "--json", data_dir=data))
    assert result["query"] == "NIGHT"
    [hit] = result["results"]
    assert hit["workbook"] == {"id": int(wid), "title": "Ana with Ben"}
    assert (hit["kind"], hit["prompt_id"], hit["respondent"], hit["instance"]) == (
        "answer",
        "invitation.who",
        "mentee",
        0,
    )
    assert hit["snippet"] == "Ben, who coached the night shift"
    assert ok("search", "nowhere", data_dir=data) == "Nothing found for 'nowhere'.\n"


def test_report_first_paint_opens_the_window_and_quits(tmp_path: Path) -> None:
    """The seam the start-up benchmark and the packaged app's smoke test use."""
    data = tmp_path / "data"
    ok("demo", data_dir=data)
    seconds = float(ok("--report-first-paint", data_dir=data).strip())
    assert 0 < seconds < 60
    assert "report-first-paint" not in ok("--help")  # not an option for people
    # Issue 17's seam: first paint, then interactive, and the longest stall between.
    report = json.loads(ok("--report-interactive", data_dir=data))
    assert 0 < report["startup_s"] <= report["interactive_s"] < 60
    assert 0 <= report["startup_stall_max_ms"] < 60_000


def test_next_on_the_demo_names_meeting_8_and_what_each_prepares(tmp_path: Path) -> None:
    """Issue 15: `next WORKBOOK --json`, the home's summary from the command line."""
    data = tmp_path / "data"
    wid = ok("demo", data_dir=data).strip()
    summary = json.loads(ok("next", wid, "--json", data_dir=data))
    assert summary["workbook"] == int(wid) and summary["stage"]["id"] == "alternatives"
    meeting = summary["next_meeting"]
    assert (meeting["number"], meeting["title"]) == (8, "The plan")
    assert meeting["at"].startswith("2026-12-01T17:30") and meeting["place"] == "Library café"
    assert [i["worksheet"] for i in meeting["items"]][1:3] == ["action.plan", "action.readiness"]
    [mentee] = summary["before"]["mentee"]
    assert mentee["text"].startswith("Draft the actions") and mentee["done"] is True
    [mentor] = summary["before"]["mentor"]
    assert mentor["done"] is None  # thinking something over leaves no answer to see
    assert {"stage": "alternatives", "who": "mentor"} in summary["awaiting_signoff"]
    assert isinstance(summary["review_due"], bool) and summary["actions_due"]
    text = ok("next", wid, data_dir=data)
    assert "Next: meeting 8 of 10, The plan" in text and "[x] Draft the actions" in text
    assert "There is no workbook '9'" in fails("next", "9", data_dir=data)


def test_meeting_records_the_planned_meeting_and_the_next_date_on_the_rhythm(
    tmp_path: Path,
) -> None:
    """Issue 15, item 6: a script records a planned meeting as held."""
    data = tmp_path / "data"
    ok("new", "--mentee", "Ana", "--mentor", "Ben", data_dir=data)
    ok("answer", "1", "agreement.practical.frequency", "--as", "together", "Every two weeks",
       data_dir=data)  # fmt: skip
    args = ["meeting", "1", "--covered", "Backgrounds and hopes", "--held", "2026-11-19 18:00"]
    held = json.loads(ok(*args, "--place", "Café", "--json", data_dir=data))
    assert held["number"] == 1
    # Two weeks on, same weekday and time (a Thursday at six).
    assert held["next_meeting_at"][:16] == "2026-12-03T18:00"
    summary = json.loads(ok("next", "1", "--json", data_dir=data))
    assert summary["meetings_held"] == 1
    assert (summary["next_meeting"]["number"], summary["next_meeting"]["place"]) == (2, "Café")
    assert summary["next_meeting"]["at"][:16] == "2026-12-03T18:00"
    [meeting] = json.loads(ok("show", "1", "--json", data_dir=data))["meetings"]
    assert meeting["agenda"].startswith("Meeting 1: Getting to know each other")
    assert meeting["notes"] == "Backgrounds and hopes"
    second = ok("meeting", "1", "--covered", "The agreement", "--held", "2026-11-30 18:00",
                "--next", "2026-12-20 10:00", data_dir=data)  # fmt: skip
    assert second.strip() == "Meeting 2 recorded; the next is on 2026-12-20 10:00."
    message = fails("meeting", "1", "--covered", "x", "--held", "14 Jan", data_dir=data)
    assert message.startswith("actionmentor: --held must be a date and time")
    message = fails("meeting", "1", "--covered", "x", "--held", "2099-01-14 18:00", data_dir=data)
    assert "--held is in the future" in message
    message = fails("meeting", "1", "--covered", "x", "--held", "2026-11-30 18:00",
                    "--next", "2026-11-01 18:00", data_dir=data)  # fmt: skip
    assert "--next must come after" in message
    assert len(json.loads(ok("show", "1", "--json", data_dir=data))["meetings"]) == 2
