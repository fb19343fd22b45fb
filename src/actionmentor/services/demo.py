"""A realistic, filled-in sample workbook for trying the app and for tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from actionmentor.domain.enums import ActionStatus, Person
from actionmentor.services.app import Services

MENTEE = "Priya Shah"
MENTOR = "Tom Okafor"

# (prompt id, respondent, value)
_ANSWERS: list[tuple[str, str, Any]] = [
    (
        "alliance.invitation.who",
        "mentee",
        "Tom Okafor, who led the clinic redesign at my last trust",
    ),
    (
        "alliance.invitation.why",
        "mentee",
        "Tom moved from clinical work into service management without losing touch with patients. "
        "He is candid, he listens, and he has no stake in my current team.",
    ),
    (
        "alliance.invitation.hopes",
        "mentee",
        "To decide whether to apply for the ward manager post next spring, and be ready if I do.",
    ),
    ("alliance.invitation.time", "mentee", "An hour every two weeks"),
    ("alliance.invitation.duration", "mentee", "Six months, then we review"),
    (
        "alliance.invitation.approach",
        "mentee",
        "A short email explaining what I am asking, then a coffee so he can say no in person.",
    ),
    (
        "alliance.agreement.meetings",
        "together",
        "Every other Tuesday, 17:30 to 18:30, in the library café; by video if either is away.",
    ),
    ("alliance.agreement.notes", "together", "Priya keeps the notes; Tom sees them, nobody else."),
    (
        "alliance.agreement.confidentiality",
        "together",
        "Everything stays between us, unless someone's safety is at risk. Neither of us reports "
        "anything to Priya's manager.",
    ),
    (
        "alliance.agreement.offer",
        "mentor",
        "Questions, honest feedback and my experience of the move into management. I won't "
        "put in a word for you with the interview panel.",
    ),
    (
        "alliance.agreement.commitment",
        "mentee",
        "To bring an agenda, do what I say I will, and tell Tom if something isn't working.",
    ),
    (
        "alliance.agreement.undermine",
        "mentee",
        "By agreeing with Tom to be polite rather than saying what I really think.",
    ),
    (
        "alliance.agreement.undermine",
        "mentor",
        "By telling war stories instead of asking questions.",
    ),
    ("alliance.agreement.no_fault", "together", ["Mentee agrees", "Mentor agrees"]),
    ("alliance.agreement.review_date", "together", "2026-12-15"),
    ("alliance.agreement.signature", "mentee", {"name": MENTEE, "date": "2026-09-08"}),
    ("alliance.agreement.signature", "mentor", {"name": MENTOR, "date": "2026-09-08"}),
    (
        "assessment.now_and_next.current",
        "mentee",
        "Senior staff nurse on a 28-bed surgical ward; I run the rota and cover for the manager "
        "two days a week. Most of my time goes on firefighting staffing gaps.",
    ),
    (
        "assessment.now_and_next.future",
        "mentee",
        "Managing a ward of my own, with a team that plans ahead, and time each week for teaching.",
    ),
    (
        "assessment.now_and_next.strengths",
        "mentee",
        ["Calm in a crisis", "Trusted by junior staff", "Good with families"],
    ),
    (
        "assessment.now_and_next.strengths",
        "mentor",
        ["Sees problems early", "Explains clearly", "Knows the ward's numbers"],
    ),
    (
        "assessment.now_and_next.weaknesses",
        "mentee",
        ["Avoid difficult conversations", "Take on too much myself", "Little budget experience"],
    ),
    (
        "assessment.now_and_next.stakeholders",
        "mentee",
        [
            {
                "Person or group": "Ward manager",
                "What they want": "A smooth handover when she retires",
                "How much it matters": "High",
            },
            {
                "Person or group": "My partner",
                "What they want": "Fewer late shifts",
                "How much it matters": "High",
            },
            {
                "Person or group": "Junior nurses",
                "What they want": "Someone who backs them",
                "How much it matters": "Medium",
            },
        ],
    ),
    ("assessment.now_and_next.confidence", "mentee", 3),
    (
        "assessment.now_and_next.evidence",
        "mentee",
        "I covered for six weeks this summer and nothing fell apart, but I dreaded the budget.",
    ),
    (
        "analysis.patterns.typical",
        "mentee",
        "I start with energy, say yes to everything, and by week three I am the bottleneck.",
    ),
    (
        "analysis.patterns.going_well",
        "mentee",
        "The winter rota: I asked the team what they needed first, then delegated the swaps.",
    ),
    (
        "analysis.patterns.going_badly",
        "mentee",
        "The audit: I didn't ask for help, stayed late for a week, then snapped at a student.",
    ),
    (
        "analysis.patterns.people",
        "mentee",
        "I go quiet, agree in the meeting, and then do it my own way anyway.",
    ),
    (
        "analysis.patterns.observed",
        "mentor",
        "It goes well when you ask before you act; badly when you decide to carry it alone.",
    ),
    (
        "alternatives.options.list",
        "together",
        [
            "Apply for the ward manager post",
            "Ask for a six-month secondment as deputy",
            "Take the practice educator role",
            "Do the leadership course first, apply next year",
            "Move to a smaller unit to manage there",
            "Stay put and negotiate fewer late shifts",
        ],
    ),
    (
        "alternatives.options.unusual",
        "mentee",
        "Practice educator: I never saw teaching as a career, but it is the part I enjoy.",
    ),
    (
        "alternatives.options.others_would",
        "mentee",
        "My old manager would ask for a trial period rather than decide on paper.",
    ),
    (
        "alternatives.options.mentor_adds",
        "mentor",
        ["Shadow two ward managers for a day each", "Job-share the post"],
    ),
    (
        "action.choosing.weighing",
        "together",
        [
            {
                "Option": "Apply for the post",
                "For": "The job I want",
                "Against": "Budget gap",
                "How to overcome the drawbacks": "Finance module before interview",
            },
            {
                "Option": "Secondment as deputy",
                "For": "Low risk",
                "Against": "Delays the move",
                "How to overcome the drawbacks": "Agree a fixed end date",
            },
        ],
    ),
    (
        "action.choosing.chosen",
        "mentee",
        "Apply for the post in March, and use the months before to close the budget gap.",
    ),
    (
        "action.choosing.reactions",
        "mentee",
        "My manager will be pleased; two colleagues also want the job, so I will tell them myself.",
    ),
    ("action.choosing.commitment", "mentee", 4),
    ("autonomy.growing.now_do", "mentee", "I plan the agenda for our meetings myself now."),
    ("autonomy.growing.lead", "together", ["Setting the agenda", "Reviewing actions"]),
    ("autonomy.growing.independence", "mentee", 3),
    ("autonomy.growing.independence", "mentor", 4),
]

_ACTIONS: list[dict[str, Any]] = [
    {
        "title": "Complete the finance for managers module",
        "goal": "Close the budget gap",
        "due_date": dt.date(2026, 10, 30),
        "support": "Study leave from the ward manager",
        "measure": "Certificate, and I can explain the ward's budget to Tom",
        "status": ActionStatus.DONE,
        "source_prompt_id": "action.choosing.chosen",
    },
    {
        "title": "Shadow the ward managers on wards 7 and 12",
        "goal": "See the job up close",
        "due_date": dt.date(2026, 11, 20),
        "support": "Tom to introduce me",
        "measure": "Two days done, notes written up",
        "status": ActionStatus.IN_PROGRESS,
    },
    {
        "title": "Hold the conversation about late shifts at home",
        "goal": "Keep home life workable",
        "due_date": dt.date(2027, 1, 10),
        "support": "None needed",
        "measure": "We agree a plan we both accept",
        "status": ActionStatus.PLANNED,
    },
    {
        "title": "Draft the application statement",
        "goal": "Apply in March",
        "due_date": dt.date(2027, 2, 15),
        "support": "Tom to read a draft",
        "measure": "A draft Tom has commented on",
        "status": ActionStatus.PLANNED,
    },
    {
        "title": "Join the job-share pilot",
        "goal": "Test a shared post",
        "due_date": dt.date(2026, 10, 1),
        "support": "HR",
        "measure": "Place on the pilot",
        "status": ActionStatus.DROPPED,
        "detail": "The pilot was cancelled by the trust.",
    },
]

_MEETINGS: list[dict[str, Any]] = [
    {
        "held_at": dt.datetime(2026, 9, 8, 17, 30),
        "place": "Library café",
        "agenda": "Getting to know each other; the agreement",
        "notes": "Agreed the arrangements and signed the agreement.",
        "actions_agreed": "Priya to write up the current situation.",
        "next_meeting_at": dt.datetime(2026, 9, 22, 17, 30),
    },
    {
        "held_at": dt.datetime(2026, 9, 22, 17, 30),
        "place": "Library café",
        "agenda": "Assessment: now and next",
        "notes": "Stakeholders mapped; confidence is 3 of 5, mostly about money.",
        "actions_agreed": "Finance module.",
        "next_meeting_at": dt.datetime(2026, 10, 6, 17, 30),
    },
    {
        "held_at": dt.datetime(2026, 10, 6, 17, 30),
        "place": "Video call",
        "agenda": "Patterns; options",
        "notes": "Six options listed; practice educator a surprise.",
        "actions_agreed": "Shadowing days.",
        "next_meeting_at": dt.datetime(2026, 10, 20, 17, 30),
    },
]

_JOURNAL: list[tuple[str, str, bool]] = [
    ("mentee", "First meeting went better than I feared. Tom asked more than he told.", False),
    ("mentor", "Priya undersells herself. Keep asking for evidence rather than reassuring.", False),
    (
        "mentee",
        "Honestly I am not sure I want the job, or only want to prove I could get it.",
        True,
    ),
]

_SIGNED_STAGES = ("alliance", "assessment", "analysis")


def create_demo(services: Services) -> int:
    """Create the sample workbook and return its id."""
    workbook = services.workbooks.create(
        MENTEE,
        MENTOR,
        title="Priya and Tom: towards ward manager",
        mentee_contact="priya.shah@example.org",
        mentor_contact="tom.okafor@example.org",
    )
    wid = workbook.id
    for prompt_id, respondent, value in _ANSWERS:
        services.answers.save(wid, prompt_id, respondent, value)
    for stage_id in _SIGNED_STAGES:
        services.answers.sign_off(wid, stage_id, Person.MENTEE)
        services.answers.sign_off(wid, stage_id, Person.MENTOR)
    services.answers.sign_off(wid, "alternatives", Person.MENTEE)
    for action in _ACTIONS:
        services.actions.add(wid, **action)
    for meeting in _MEETINGS:
        services.meetings.add(wid, **meeting)
    for author, text, private in _JOURNAL:
        services.journal.add(wid, author, text, private=private)
    return wid
