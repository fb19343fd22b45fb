"""The colours that tell the mentee's, the mentor's and the joint answers apart, on screen
and on paper: a colour-blind-safe pair (blue and orange) and a green for joint answers."""

from __future__ import annotations

from actionmentor.domain.enums import Respondent

RESPONDENT_COLOURS: dict[Respondent, str] = {
    Respondent.MENTEE: "#1f6fb2",
    Respondent.MENTOR: "#c2571a",
    Respondent.TOGETHER: "#2e7d4f",
}
