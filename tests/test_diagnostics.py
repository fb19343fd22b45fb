"""The log in the data folder: details of what failed for whoever looks into it later, and
never a word of what anybody wrote."""

from __future__ import annotations

import logging
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from actionmentor.cli import workbooks
from actionmentor.cli.main import main
from actionmentor.diagnostics import LOG_NAME, MAX_BYTES, start_log
from tests.helpers import fails, ok

SECRET = "ZEBRA-7 my manager frightens me"


def _answer_then_break_it(data: Path) -> None:
    ok("new", "--mentee", "Ann", "--mentor", "Bo", data_dir=data)
    ok("answer", "1", "invitation.who", "--as", "mentee", SECRET, data_dir=data)
    with sqlite3.connect(data / "actionmentor.db") as conn:  # bytes that are no UTF-8
        conn.execute(
            "UPDATE answers SET value = CAST(X'22ff' || CAST(substr(value, 2) AS BLOB) AS TEXT)"
        )


def test_unreadable_text_is_one_line_and_a_log_without_the_text(tmp_path: Path) -> None:
    _answer_then_break_it(tmp_path)
    message = fails("show", "1", data_dir=tmp_path)
    assert "can't be read" in message and "actionmentor check" in message
    log = tmp_path / LOG_NAME
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    details = log.read_text()
    assert "OperationalError" in details and "services/answers.py" in details  # where
    assert "ZEBRA" not in details and "manager" not in details


def test_check_mends_unreadable_text_and_dates_then_show_works(tmp_path: Path) -> None:
    _answer_then_break_it(tmp_path)
    with sqlite3.connect(tmp_path / "actionmentor.db") as conn:
        conn.execute("UPDATE workbooks SET last_opened_at = 'the ides of March'")
    assert "can't be read" in fails("show", "1", data_dir=tmp_path)
    report = ok("check", data_dir=tmp_path)
    assert "answers row 1: value held bytes that are not text" in report
    assert "workbooks row 1: last_opened_at could not be read and was cleared" in report
    assert SECRET in ok("show", "1", "--json", data_dir=tmp_path)  # the readable rest is kept
    assert ok("check", data_dir=tmp_path).strip() == "ok"  # nothing left to mend


def test_sql_parameters_never_reach_the_log(tmp_path: Path) -> None:
    start_log(tmp_path)
    engine = create_engine(f"sqlite:///{tmp_path / 'scratch.db'}")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (v TEXT UNIQUE)"))
        conn.execute(text("INSERT INTO t VALUES (:v)"), {"v": SECRET})
    with pytest.raises(IntegrityError) as caught, engine.begin() as conn:
        conn.execute(text("INSERT INTO t VALUES (:v)"), {"v": SECRET})
    assert SECRET in str(caught.value)  # SQLAlchemy's own message has it...
    logging.getLogger("actionmentor.storage").error("saving failed", exc_info=caught.value)
    details = (tmp_path / LOG_NAME).read_text()
    assert "UNIQUE constraint failed" in details and "INSERT INTO t VALUES" in details
    assert "ZEBRA" not in details  # ...the log does not


def test_a_bug_is_one_line_pointing_at_the_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken_list(_args: object) -> int:
        raise KeyError(SECRET)  # the kind of message that could quote anything

    monkeypatch.setattr(workbooks, "cmd_list", broken_list)
    assert main(["--data-dir", str(tmp_path), "list"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "a bug, not something you did" in err
    assert str(tmp_path / LOG_NAME) in err
    details = (tmp_path / LOG_NAME).read_text()
    assert "broken_list" in details and "builtins.KeyError" in details
    assert "ZEBRA" not in details


def test_the_log_stays_small(tmp_path: Path) -> None:
    start_log(tmp_path)
    logger = logging.getLogger("actionmentor.storage")
    for n in range(4000):
        logger.warning("the disk is full, attempt %d %s", n, "x" * 200)
    logs = sorted(tmp_path.glob(LOG_NAME + "*"))
    assert [p.name for p in logs] == [LOG_NAME, LOG_NAME + ".1"]
    assert all(p.stat().st_size <= MAX_BYTES for p in logs)


def test_a_log_that_can_not_be_written_costs_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / LOG_NAME).mkdir()  # in the way: the record can't be written
    start_log(tmp_path)
    logging.getLogger("actionmentor.storage").error("lost", exc_info=OSError(28, "No space"))
    assert capsys.readouterr().err == ""
