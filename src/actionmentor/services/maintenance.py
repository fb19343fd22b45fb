"""`actionmentor check`: the integrity check, and repairs of what the rules say must hold.

Each repair is reported once; after it, a second check finds nothing to do.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import select

from actionmentor.exercises import framework
from actionmentor.services.base import ServiceBase
from actionmentor.storage.models import Answer, StageProgress, Workbook, WorksheetInstance
from actionmentor.storage.stored_values import mend_stored_values

_log = logging.getLogger(__name__)
_CHILD_TABLES = ("answers", "stage_progress", "actions", "meetings", "journal_entries",
                 "worksheet_instances")  # fmt: skip


class MaintenanceService(ServiceBase):
    def check(self) -> tuple[list[str], list[str]]:
        """Return (problems that need a backup restored, repairs made); both are logged."""
        problems, repairs = self._check()
        for line in problems:
            _log.warning("check found: %s", line)
        for line in repairs:
            _log.info("check repaired: %s", line)
        return problems, repairs

    def _check(self) -> tuple[list[str], list[str]]:
        problems: list[str] = []
        repairs: list[str] = []
        with self._db.session() as session:
            conn = session.connection()
            verdict = _integrity(conn)
            if verdict != ["ok"]:
                # Indexes that no longer match their tables (quick_check misses these) are
                # rebuilt from the tables; anything else needs a backup restored.
                conn.exec_driver_sql("REINDEX")
                if _integrity(conn) != ["ok"]:
                    problems += [f"integrity check: {line}" for line in verdict]
                    return problems, repairs
                repairs.append(f"rebuilt the indexes ({verdict[0]})")
            unreadable, mended = mend_stored_values(conn)
            repairs += mended
            if unreadable:
                return problems + unreadable, repairs
            for table in _CHILD_TABLES:
                orphans = conn.exec_driver_sql(
                    f"DELETE FROM {table} WHERE workbook_id NOT IN (SELECT id FROM workbooks)"
                ).rowcount
                if orphans:
                    repairs.append(f"removed {orphans} {table} rows of a workbook that is gone")
            for workbook in session.scalars(select(Workbook)):
                repairs += self._repair_workbook(session, workbook)
        return problems, repairs

    def _repair_workbook(self, session: object, workbook: Workbook) -> list[str]:
        from sqlalchemy.orm import Session

        assert isinstance(session, Session)
        repairs: list[str] = []
        fw = framework(workbook.framework_id)
        rows = {
            r.stage_id: r
            for r in session.scalars(
                select(StageProgress).where(StageProgress.workbook_id == workbook.id)
            )
        }
        for stage in fw.all_stages():
            if stage.id not in rows:
                session.add(StageProgress(workbook_id=workbook.id, stage_id=stage.id))
                repairs.append(f"workbook {workbook.id}: added the missing stage {stage.id!r}")
        copies = {
            (i.worksheet_id, i.number)
            for i in session.scalars(
                select(WorksheetInstance).where(WorksheetInstance.workbook_id == workbook.id)
            )
        }
        for answer in session.scalars(
            select(Answer).where(Answer.workbook_id == workbook.id, Answer.instance > 0)
        ):
            located = fw.locate(answer.prompt_id)
            if located and (located[1].id, answer.instance) not in copies:
                copies.add((located[1].id, answer.instance))
                session.add(
                    WorksheetInstance(
                        workbook_id=workbook.id, worksheet_id=located[1].id, number=answer.instance
                    )
                )
                repairs.append(
                    f"workbook {workbook.id}: recorded copy {answer.instance} of {located[1].id!r}"
                )
        session.flush()
        return repairs


def _integrity(conn: Any) -> list[str]:
    return [str(row[0]) for row in conn.exec_driver_sql("PRAGMA integrity_check")]
