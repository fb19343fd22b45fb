"""The history of the repeated relationship review, shaped for a chart."""

from __future__ import annotations

from actionmentor.domain.content import REVIEW_WORKSHEET
from actionmentor.domain.enums import Person, PromptKind, Respondent
from actionmentor.domain.records import ReviewPoint
from actionmentor.services.base import ServiceBase
from actionmentor.storage.models import Workbook


class ReviewService(ServiceBase):
    def history(self, workbook_id: int, worksheet_id: str = REVIEW_WORKSHEET) -> list[ReviewPoint]:
        """Every rating in every copy of the review, oldest copy first."""
        with self._db.session() as session:
            workbook: Workbook = self._workbook(session, workbook_id)
            fw = self._framework_of(workbook)
            found = fw.worksheet(worksheet_id)
            if found is None:
                return []
            rating_ids = {p.id for p in found[1].prompts if p.kind is PromptKind.RATING}
            dates = {
                i.number: i.held_on for i in workbook.instances if i.worksheet_id == worksheet_id
            }
            points = []
            for answer in workbook.answers:
                if answer.prompt_id not in rating_ids or answer.instance not in dates:
                    continue
                value = answer.value
                rating = value.get("rating") if isinstance(value, dict) else value
                if isinstance(rating, int) and answer.respondent != Respondent.TOGETHER:
                    points.append(
                        ReviewPoint(
                            number=answer.instance,
                            held_on=dates[answer.instance],
                            person=Person(answer.respondent),
                            prompt_id=answer.prompt_id,
                            rating=rating,
                        )
                    )
            return sorted(points, key=lambda p: (p.number, p.person, p.prompt_id))
