"""A realistic, filled-in sample workbook for trying the app and for tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from actionmentor.domain.enums import ActionStatus, Person
from actionmentor.services.app import Services

MENTEE = "Priya Shah"
# The demo mentee's passphrase for her private journal entry (the demo is not private).
DEMO_PASSPHRASE = "priya-demo"
MENTOR = "Tom Okafor"

# (prompt id, respondent, value), in the order a pair would fill them in.
_ANSWERS: list[tuple[str, str, Any]] = [
    # Alliance: the invitation
    ("invitation.who", "mentee", "Tom Okafor, who led the clinic redesign at my last trust"),
    (
        "invitation.why",
        "mentee",
        "Tom moved from clinical work into service management without losing touch with "
        "patients. He is candid, he listens, and he has no stake in my current team.",
    ),
    (
        "invitation.hopes",
        "mentee",
        "To decide whether to apply for the ward manager post next spring, and be ready if I do.",
    ),
    (
        "invitation.ask",
        "mentee",
        "Meet with me regularly for six months, ask me hard questions, and tell me honestly how "
        "the move into management looked from the inside.",
    ),
    ("invitation.frequency", "mentee", "Every two weeks"),
    ("invitation.meeting_length", "mentee", "An hour"),
    ("invitation.duration", "mentee", "Six months, then we review"),
    ("invitation.approach", "mentee", "By letter or email"),
    (
        "invitation.opening",
        "mentee",
        "Tom, I'm thinking about applying for a ward manager post and I'd value your help. "
        "Would you be willing to mentor me for six months? It would be an hour every two weeks.",
    ),
    (
        "invitation.if_no",
        "mentee",
        "Ask Grace in practice development, and ask Tom who else he'd suggest.",
    ),
    # Alliance: the agreement
    (
        "agreement.practical.where_when",
        "together",
        "Tuesday evenings, 17:30, in the library café; by video if either of us is away.",
    ),
    ("agreement.practical.frequency", "together", "Every two weeks"),
    ("agreement.practical.length", "together", "One hour, with a hard stop at 18:30"),
    ("agreement.practical.term", "together", "Six months, to the end of February"),
    ("agreement.practical.notes", "together", "Priya keeps the notes; Tom sees them, nobody else."),
    (
        "agreement.practical.cancelling",
        "together",
        "At least a day's notice by text; whoever cancels offers two new times.",
    ),
    (
        "agreement.practical.between",
        "together",
        "Email for quick questions; no calls unless something urgent comes up at interview.",
    ),
    ("agreement.practical.review_date", "together", "2026-12-15"),
    (
        "agreement.roles.mentor_offers",
        "mentor",
        "Questions, honest feedback and my experience of the move into management.",
    ),
    (
        "agreement.roles.mentor_not",
        "mentor",
        "I won't put in a word with the interview panel, and I won't tell you what to choose.",
    ),
    (
        "agreement.roles.mentee_commits",
        "mentee",
        "To bring an agenda, do what I say I will, and tell Tom if something isn't working.",
    ),
    (
        "agreement.roles.out_of_scope",
        "together",
        ["My current manager's performance", "Anything about Tom's own team"],
    ),
    (
        "agreement.roles.mentor_charter",
        "mentor",
        [
            "keep the focus on your goals, not on mine",
            "ask questions that help you think, and listen to the answers",
            "offer my experience as one view, not as the answer",
            "give honest feedback, kindly",
            "keep what you tell me confidential, within the limits we agreed",
            "turn up prepared, and on time",
        ],
    ),
    (
        "agreement.roles.mentee_charter",
        "mentee",
        [
            "take charge of my own development and of this alliance",
            "come to each meeting with an agenda and the preparation it needs",
            "give my mentor a true and complete picture, including what went badly",
            "do what I say I will between meetings, or say why not",
            "keep track of my goals and progress",
        ],
    ),
    ("agreement.roles.hardest", "mentee", "Telling Tom when something isn't working."),
    ("agreement.roles.hardest", "mentor", "Not telling stories about how I did it."),
    (
        "agreement.trust.purpose",
        "together",
        "Priya makes a confident, informed decision about the ward manager post by March, and "
        "if she applies, she can explain the ward's budget without notes.",
    ),
    (
        "agreement.trust.confidentiality",
        "together",
        "Everything stays between us unless someone is at risk of serious harm. Neither of us "
        "reports anything to Priya's manager.",
    ),
    (
        "agreement.trust.undermine",
        "mentee",
        "By agreeing with Tom to be polite rather than saying what I really think.",
    ),
    ("agreement.trust.undermine", "mentor", "By telling war stories instead of asking questions."),
    ("agreement.trust.unsaid", "mentee", "That Tom will tell me whether I'm good enough."),
    ("agreement.trust.unsaid", "mentor", "That Priya will push back when I'm wrong."),
    ("agreement.trust.no_fault", "together", ["Mentee agrees", "Mentor agrees"]),
    ("agreement.trust.signature", "mentee", {"name": MENTEE, "date": "2026-09-08"}),
    ("agreement.trust.signature", "mentor", {"name": MENTOR, "date": "2026-09-08"}),
    # Assessment
    (
        "assessment.situation.current",
        "mentee",
        "Senior staff nurse on a 28-bed surgical ward; I run the rota and cover for the manager "
        "two days a week. Most of my time goes on filling staffing gaps.",
    ),
    (
        "assessment.situation.week",
        "mentee",
        "Three long days, one management day that turns into firefighting, and the rota on Sunday night.",
    ),
    (
        "assessment.situation.future",
        "mentee",
        "Managing a ward of my own, with a team that plans ahead, and time each week for teaching.",
    ),
    ("assessment.situation.by_when", "mentee", "Within a year"),
    (
        "assessment.situation.why_now",
        "mentee",
        "My manager retires in the spring and the post will be advertised.",
    ),
    (
        "assessment.situation.mentor_view",
        "mentor",
        "The ward already runs on Priya's rota; she is doing half the job without the title.",
    ),
    (
        "assessment.strengths.strengths",
        "mentee",
        ["Calm in a crisis", "Trusted by junior staff", "Good with families"],
    ),
    (
        "assessment.strengths.strengths",
        "mentor",
        ["Sees problems early", "Explains clearly", "Knows the ward's numbers"],
    ),
    (
        "assessment.strengths.weaknesses",
        "mentee",
        ["Avoid difficult conversations", "Take on too much myself", "Little budget experience"],
    ),
    (
        "assessment.strengths.feedback",
        "mentee",
        "Appraisal: 'the team's anchor'. A complaint said I was short with a student in August.",
    ),
    (
        "assessment.strengths.gaps",
        "mentee",
        [
            {
                "Skill or quality": "Budget management",
                "Where I am now": "Read-only",
                "Where I need to be": "Can set and defend a budget",
            },
            {
                "Skill or quality": "Difficult conversations",
                "Where I am now": "Avoid them",
                "Where I need to be": "Hold them within a week",
            },
        ],
    ),
    (
        "assessment.strengths.calibration",
        "mentor",
        "You underrate your planning and overrate how much you must do alone.",
    ),
    (
        "assessment.stakeholders.map",
        "mentee",
        [
            {
                "Person or group": "Ward manager",
                "What they want from me": "A smooth handover",
                "How much it matters": "High",
                "What they think of my plans": "Encouraging",
            },
            {
                "Person or group": "My partner",
                "What they want from me": "Fewer late shifts",
                "How much it matters": "High",
                "What they think of my plans": "Worried",
            },
            {
                "Person or group": "Junior nurses",
                "What they want from me": "Someone who backs them",
                "How much it matters": "Medium",
                "What they think of my plans": "Don't know yet",
            },
        ],
    ),
    ("assessment.stakeholders.allies", "mentee", ["Ward manager", "Grace in practice development"]),
    (
        "assessment.stakeholders.objections",
        "mentee",
        "The matron, if she thinks I'm not ready; two colleagues who also want the post.",
    ),
    ("assessment.stakeholders.unasked", "mentee", "My partner's, properly."),
    ("assessment.rating.confidence", "mentee", 3),
    ("assessment.rating.satisfaction", "mentee", 3),
    ("assessment.rating.skills_match", "mentee", 2),
    (
        "assessment.rating.evidence",
        "mentee",
        "I covered for six weeks this summer and nothing fell apart, but I dreaded the budget.",
    ),
    ("assessment.rating.mentor_check", "mentor", "I'd put skills at 3: the budget gap is narrow."),
    # Analysis
    (
        "analysis.patterns.typical",
        "mentee",
        "I start with energy, say yes to everything, and by week three I am the bottleneck.",
    ),
    (
        "analysis.patterns.recurring",
        "mentee",
        ["Covering shifts nobody else will", "Finishing audits alone at night"],
    ),
    (
        "analysis.patterns.went_well",
        "mentee",
        "The winter rota: I asked the team what they needed first, then delegated the swaps.",
    ),
    (
        "analysis.patterns.went_badly",
        "mentee",
        "The audit: I didn't ask for help, stayed late for a week, then snapped at a student.",
    ),
    (
        "analysis.patterns.early_signs",
        "mentee",
        "I stop taking breaks and start saying 'it's quicker if I do it'.",
    ),
    (
        "analysis.patterns.observed",
        "mentor",
        "It goes well when you ask before you act; badly when you decide to carry it alone.",
    ),
    (
        "analysis.people_work.disagree",
        "mentee",
        "I go quiet, agree in the meeting, and then do it my own way anyway.",
    ),
    ("analysis.people_work.pressure", "mentee", "Work harder on my own"),
    (
        "analysis.people_work.energy",
        "mentee",
        [
            {
                "Part of my work": "Teaching students",
                "Gives or drains energy": "Gives",
                "Why": "I can see them grow",
            },
            {
                "Part of my work": "Rota gaps",
                "Gives or drains energy": "Drains",
                "Why": "Endless and thankless",
            },
        ],
    ),
    ("analysis.insight.noticed", "mentee", "I treat asking for help as failing."),
    ("analysis.insight.beliefs", "mentee", ["A manager must know every answer"]),
    # Alternatives
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
        "alternatives.options.admired",
        "mentee",
        "My old manager would ask for a trial period rather than decide on paper.",
    ),
    (
        "alternatives.options.mentor_adds",
        "mentor",
        ["Shadow two ward managers for a day each", "Job-share the post"],
    ),
    # Action (choosing and planning)
    (
        "appraisal.options.table",
        "together",
        [
            {
                "Option": "Apply for the post",
                "Pros": "The job I want",
                "Cons": "Budget gap",
                "Risks": "Not getting it in front of the team",
                "Fit with my values": "Strong",
                "What would be needed": "Finance module before interview",
            },
            {
                "Option": "Secondment as deputy",
                "Pros": "Low risk",
                "Cons": "Delays the move",
                "Risks": "Becoming the permanent deputy",
                "Fit with my values": "Medium",
                "What would be needed": "Agree a fixed end date",
            },
        ],
    ),
    (
        "appraisal.choice.chosen",
        "mentee",
        "Apply for the post in March, and use the months before to close the budget gap.",
    ),
    ("appraisal.choice.reasons", "mentee", "It is the job I want, and the gap is one I can close."),
    ("appraisal.choice.commitment", "mentee", 4),
    ("action.plan.goal", "mentee", "Be a credible candidate for ward manager by March."),
    (
        "action.plan.actions",
        "together",
        [
            {
                "Action": "Complete the finance for managers module",
                "Goal it serves": "Close the budget gap",
                "By when (YYYY-MM-DD)": "2026-10-30",
                "Support needed": "Study leave from the ward manager",
                "How we will know it is done": "Certificate, and I can explain the ward budget to Tom",
            },
            {
                "Action": "Shadow the ward managers on wards 7 and 12",
                "Goal it serves": "See the job up close",
                "By when (YYYY-MM-DD)": "2026-11-20",
                "Support needed": "Tom to introduce me",
                "How we will know it is done": "Two days done, notes written up",
            },
            {
                "Action": "Draft the application statement",
                "Goal it serves": "Apply in March",
                "By when (YYYY-MM-DD)": "2027-02-15",
                "Support needed": "Tom to read a draft",
                "How we will know it is done": "A draft Tom has commented on",
            },
        ],
    ),
    (
        "action.plan.reactions",
        "mentee",
        [
            {
                "Person": "Colleagues who also want the post",
                "Likely reaction": "Cool for a while",
                "How I will respond": "Tell them myself before the shortlist",
            },
        ],
    ),
    ("autonomy.ownership.leads", "together", ["Setting the agenda", "Reviewing the actions"]),
    ("autonomy.awareness.independence", "mentee", 3),
    ("autonomy.awareness.independence", "mentor", 4),
]

# Two relationship reviews: (held on, {prompt: (mentee value, mentor value)})
_REVIEWS: list[tuple[dt.date, dict[str, tuple[Any, Any]]]] = [
    (
        dt.date(2026, 9, 22),
        {
            "relationship.articulating": (
                {"rating": 3, "note": "Still finding words"},
                {"rating": 4, "note": ""},
            ),
            "relationship.listening": (
                {"rating": 4, "note": ""},
                {"rating": 2, "note": "I talk too much"},
            ),
            "relationship.respect": ({"rating": 5, "note": ""}, {"rating": 5, "note": ""}),
            "relationship.goal_clarity": (
                {"rating": 2, "note": "Not sure yet"},
                {"rating": 3, "note": ""},
            ),
            "relationship.challenging": (
                {"rating": 2, "note": ""},
                {"rating": 2, "note": "Too gentle"},
            ),
            "relationship.self_awareness": ({"rating": 3, "note": ""}, {"rating": 3, "note": ""}),
            "relationship.learning": ({"rating": 4, "note": ""}, {"rating": 4, "note": ""}),
            "relationship.preparation": (
                {"rating": 3, "note": "Agenda late"},
                {"rating": 3, "note": ""},
            ),
            "relationship.phase": ("Building rapport", "Building rapport"),
        },
    ),
    (
        dt.date(2026, 10, 20),
        {
            "relationship.articulating": ({"rating": 4, "note": ""}, {"rating": 4, "note": ""}),
            "relationship.listening": ({"rating": 4, "note": ""}, {"rating": 4, "note": "Better"}),
            "relationship.respect": ({"rating": 5, "note": ""}, {"rating": 5, "note": ""}),
            "relationship.goal_clarity": (
                {"rating": 4, "note": "Post chosen"},
                {"rating": 5, "note": ""},
            ),
            "relationship.challenging": ({"rating": 3, "note": ""}, {"rating": 4, "note": ""}),
            "relationship.self_awareness": ({"rating": 4, "note": ""}, {"rating": 3, "note": ""}),
            "relationship.learning": ({"rating": 4, "note": ""}, {"rating": 5, "note": ""}),
            "relationship.preparation": ({"rating": 4, "note": ""}, {"rating": 4, "note": ""}),
            "relationship.phase": ("Setting direction", "Progression"),
            "relationship.change": (
                "Send the agenda two days ahead",
                "Ask one more question before I answer",
            ),
        },
    ),
]

# Actions added by hand, beside the three made from the action-planning table.
_ACTIONS: list[dict[str, Any]] = [
    {
        "title": "Hold the conversation about late shifts at home",
        "goal": "Keep home life workable",
        "due_date": dt.date(2027, 1, 10),
        "support": "None needed",
        "measure": "We agree a plan we both accept",
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
# Progress on the table's actions, by title.
_ACTION_STATUS = {
    "Complete the finance for managers module": ActionStatus.DONE,
    "Shadow the ward managers on wards 7 and 12": ActionStatus.IN_PROGRESS,
}

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
    for held_on, answers in _REVIEWS:
        number = services.answers.start_instance(wid, "relationship", held_on).number
        for prompt_id, (mentee_value, mentor_value) in answers.items():
            services.answers.save(wid, prompt_id, "mentee", mentee_value, number)
            services.answers.save(wid, prompt_id, "mentor", mentor_value, number)
    for stage_id in _SIGNED_STAGES:
        services.answers.sign_off(wid, stage_id, Person.MENTEE)
        services.answers.sign_off(wid, stage_id, Person.MENTOR)
    services.answers.sign_off(wid, "alternatives", Person.MENTEE)  # the mentor hasn't yet
    for record in services.actions.add_from_table(wid, "action.plan.actions"):
        if record.title in _ACTION_STATUS:
            services.actions.update(record.id, status=_ACTION_STATUS[record.title])
    for action in _ACTIONS:
        services.actions.add(wid, **action)
    for meeting in _MEETINGS:
        services.meetings.add(wid, **meeting)
    services.journal.set_passphrase(wid, Person.MENTEE, DEMO_PASSPHRASE)
    for author, text, private in _JOURNAL:
        phrase = DEMO_PASSPHRASE if private else None
        services.journal.add(wid, author, text, private=private, passphrase=phrase)
    return wid
