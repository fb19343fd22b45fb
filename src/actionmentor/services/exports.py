"""Exports as workbook operations: gather what may be printed, then hand it to export/."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from actionmentor.domain.enums import ExportKind, Person
from actionmentor.domain.records import WorkbookDetail
from actionmentor.errors import InvalidInputError
from actionmentor.exercises import about, framework
from actionmentor.wording import LANGUAGES

if TYPE_CHECKING:
    from actionmentor.services.forms import FormService
    from actionmentor.services.journal import JournalService
    from actionmentor.services.overview import WorkbookOverview
    from actionmentor.services.reviews import ReviewService


class ExportService:
    """Gathers what may be printed from the services it is given, and hands it to export/."""

    def __init__(
        self,
        overview: WorkbookOverview,
        journal: JournalService,
        reviews: ReviewService,
        forms: FormService | None = None,
    ) -> None:
        self._overview = overview
        self._journal = journal
        self._reviews = reviews
        self._forms = forms

    def printable_detail(
        self,
        workbook_id: int,
        include_private: frozenset[Person],
        passphrases: Mapping[Person, str] | None = None,
    ) -> WorkbookDetail:
        """The workbook with the journal cut to what may be printed."""
        detail = self._overview.detail(workbook_id)
        journal = self._journal.for_export(workbook_id, include_private, passphrases)
        return dataclasses.replace(detail, journal=journal)

    def export(
        self,
        workbook_id: int,
        kind: ExportKind | str,
        out: Path,
        *,
        include_private: frozenset[Person] = frozenset(),
        paper: str = "a4",
        today: dt.date | None = None,
        passphrases: Mapping[Person, str] | None = None,
        as_person: Person | str | None = None,
        language: str = "en",
    ) -> Path:
        """``as_person``: whom a form is for (the other person, who has no app). ``language``:
        the printout's (its content and its own words), English by default."""
        language = _language(language)
        try:
            kind = ExportKind(kind)
        except ValueError:
            names = ", ".join(ExportKind)
            raise InvalidInputError(f"--kind must be one of {names}, not {kind!r}.") from None
        expected = kind.suffix
        if out.suffix.lower() != expected:
            raise InvalidInputError(f"A {kind} export is a {expected} file; name it *{expected}.")
        if kind is ExportKind.JSON:
            return self._export_json(workbook_id, out, include_private, passphrases)
        if kind is ExportKind.FORM:
            if as_person not in ("mentee", "mentor") or self._forms is None:
                raise InvalidInputError("A form is for one person: give --as mentee or mentor.")
            detail = self.printable_detail(workbook_id, frozenset())
            return self._forms.make_form(
                workbook_id, Person(as_person), out, detail, paper, language
            )
        detail = self.printable_detail(workbook_id, include_private, passphrases)
        fw = framework(detail.summary.framework_id, language)
        if kind is ExportKind.WORKBOOK:
            from actionmentor.export.workbook_pdf import export_workbook_pdf

            points = self._reviews.history(workbook_id)
            return export_workbook_pdf(out, fw, about(language), detail, points, paper, language)
        if kind is ExportKind.HTML:
            from actionmentor.export.workbook_html import export_workbook_html

            points = self._reviews.history(workbook_id)
            return export_workbook_html(out, fw, about(language), detail, points, language)
        if kind is ExportKind.ACTION_PLAN:
            from actionmentor.export.other_pdfs import export_action_plan

            return export_action_plan(out, detail, paper, language)
        if kind is ExportKind.INVITATION:
            from actionmentor.export.other_pdfs import export_invitation

            return export_invitation(out, detail, about(language), paper, language, fw)
        if kind is ExportKind.MEETING:
            from actionmentor.export.other_pdfs import export_meeting_sheet

            day = today or dt.date.today()
            agenda = self._overview.next_meeting_agenda(workbook_id, day, language)
            return export_meeting_sheet(out, detail, agenda, day, paper, language)
        from actionmentor.export.calendar_ics import export_calendar

        return export_calendar(out, detail, language)

    def _export_json(
        self,
        workbook_id: int,
        out: Path,
        include: frozenset[Person],
        passphrases: Mapping[Person, str] | None,
    ) -> Path:
        import json

        from actionmentor.export.atomic import write_atomically

        data = self._overview.portable(workbook_id, include, passphrases)
        text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"

        def write(path: Path) -> None:
            path.write_text(text, encoding="utf-8")

        return write_atomically(out, write)

    @staticmethod
    def blank(framework_id: str, out: Path, paper: str = "a4", language: str = "en") -> Path:
        """The blank workbook of a framework, for pairs who work on paper."""
        if out.suffix.lower() != ".pdf":
            raise InvalidInputError("The blank workbook is a PDF; name the file *.pdf.")
        from actionmentor.export.workbook_pdf import export_workbook_pdf

        language = _language(language)
        fw = framework(framework_id, language)
        return export_workbook_pdf(out, fw, about(language), None, [], paper, language)


def _language(language: str) -> str:
    if language not in LANGUAGES:
        raise InvalidInputError(f"--lang must be one of {', '.join(LANGUAGES)}, not {language!r}.")
    return language
