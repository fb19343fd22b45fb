from __future__ import annotations

import datetime as dt

import pytest

from actionmentor.domain.enums import ActionStatus, Person, StageStatus, WorkbookStatus
from actionmentor.domain.records import StageState
from actionmentor.errors import InvalidInputError, NotFoundError
from actionmentor.services import Services
from actionmentor.services.demo import create_demo
from actionmentor.services.events import Change, ChangeKind


def stage(services: Services, workbook_id: int, stage_id: str) -> StageState:
    return next(s for s in services.answers.stages(workbook_id) if s.stage_id == stage_id)


def test_a_new_workbook_starts_at_the_first_stage_with_nothing_answered(
    services: Services, workbook_id: int
) -> None:
    summary = services.workbooks.get(workbook_id)
    assert summary.title == "Ana Évora with Ben Ōta"
    assert summary.current_stage_id == "alliance"
    assert summary.answered == 0 and summary.total > 40
    assert all(s.status is StageStatus.NOT_STARTED for s in services.answers.stages(workbook_id))


def test_names_are_required(services: Services) -> None:
    with pytest.raises(InvalidInputError, match="mentor's name can't be empty"):
        services.workbooks.create("Ana", "   ")


def test_an_answer_is_stored_and_starts_its_stage(services: Services, workbook_id: int) -> None:
    services.answers.save(workbook_id, "invitation.who", "mentee", "Ben")
    [answer] = services.answers.list_for(workbook_id)
    assert (answer.prompt_id, answer.respondent, answer.value) == (
        "invitation.who",
        "mentee",
        "Ben",
    )
    state = stage(services, workbook_id, "alliance")
    assert state.status is StageStatus.IN_PROGRESS and state.answered == 1


def test_clearing_an_answer_removes_it(services: Services, workbook_id: int) -> None:
    services.answers.save(workbook_id, "invitation.who", "mentee", "Ben")
    assert services.answers.save(workbook_id, "invitation.who", "mentee", "  ") is None
    assert services.answers.list_for(workbook_id) == []


def test_each_prompt_takes_both_people_separately(services: Services, workbook_id: int) -> None:
    prompt = "agreement.trust.undermine"
    services.answers.save(workbook_id, prompt, "mentee", "By being polite")
    services.answers.save(workbook_id, prompt, "mentor", "By telling stories")
    values = {a.respondent.value: a.value for a in services.answers.list_for(workbook_id)}
    assert values == {"mentee": "By being polite", "mentor": "By telling stories"}


@pytest.mark.parametrize(
    ("prompt", "respondent", "message"),
    [
        ("invitation.who", "mentor", "answered by mentee, not by mentor"),
        ("agreement.trust.undermine", "together", "answered by mentee and mentor"),
        ("agreement.practical.where_when", "mentee", "answered by together"),
    ],
)
def test_an_answer_must_come_from_the_prompts_respondent(
    services: Services, workbook_id: int, prompt: str, respondent: str, message: str
) -> None:
    with pytest.raises(InvalidInputError, match=message):
        services.answers.save(workbook_id, prompt, respondent, "x")


def test_unknown_workbook_and_prompt_are_not_found(services: Services, workbook_id: int) -> None:
    with pytest.raises(NotFoundError, match="no prompt 'nope'"):
        services.answers.save(workbook_id, "nope", "mentee", "x")
    with pytest.raises(NotFoundError, match="no workbook 999"):
        services.answers.save(999, "invitation.who", "mentee", "x")


def test_a_stage_is_complete_when_both_have_signed(services: Services, workbook_id: int) -> None:
    services.answers.sign_off(workbook_id, "alliance", Person.MENTEE)
    assert stage(services, workbook_id, "alliance").status is StageStatus.IN_PROGRESS
    services.answers.sign_off(workbook_id, "alliance", Person.MENTOR)
    state = stage(services, workbook_id, "alliance")
    assert state.status is StageStatus.COMPLETE and state.mentor_signed_at is not None
    assert services.workbooks.get(workbook_id).current_stage_id == "assessment"
    services.answers.withdraw_sign_off(workbook_id, "alliance", Person.MENTOR)
    assert stage(services, workbook_id, "alliance").status is StageStatus.IN_PROGRESS


def test_editing_after_sign_off_marks_the_stage_until_both_sign_again(
    services: Services, workbook_id: int
) -> None:
    for person in Person:
        services.answers.sign_off(workbook_id, "alliance", person)
    services.answers.save(workbook_id, "invitation.who", "mentee", "Someone else")
    state = stage(services, workbook_id, "alliance")
    assert state.status is StageStatus.COMPLETE and state.edited_after_signoff_at is not None
    services.answers.sign_off(workbook_id, "alliance", Person.MENTEE)
    assert stage(services, workbook_id, "alliance").edited_after_signoff_at is not None
    services.answers.sign_off(workbook_id, "alliance", Person.MENTOR)
    assert stage(services, workbook_id, "alliance").edited_after_signoff_at is None


def test_an_ended_alliance_is_read_only(services: Services, workbook_id: int) -> None:
    services.workbooks.set_status(workbook_id, WorkbookStatus.ENDED)
    with pytest.raises(InvalidInputError, match="has ended"):
        services.answers.save(workbook_id, "invitation.who", "mentee", "x")


def test_action_status_records_when_it_was_done(services: Services, workbook_id: int) -> None:
    action = services.actions.add(workbook_id, "Book the course", due_date=dt.date(2027, 1, 1))
    assert action.status is ActionStatus.PLANNED and action.completed_at is None
    done = services.actions.update(action.id, status="done")
    assert done.completed_at is not None
    with pytest.raises(InvalidInputError, match="not an action status"):
        services.actions.update(action.id, status="finished")


def test_private_journal_text_is_shown_only_to_its_author(
    services: Services, workbook_id: int
) -> None:
    services.journal.add(workbook_id, "mentee", "Open thought")
    with pytest.raises(InvalidInputError, match="Set a passphrase"):
        services.journal.add(workbook_id, "mentee", "Secret", private=True, passphrase="x" * 8)
    services.journal.set_passphrase(workbook_id, "mentee", "correct horse")
    services.journal.add(
        workbook_id, "mentee", "Secret thought", private=True, passphrase="correct horse"
    )
    as_mentor = services.journal.list_for(workbook_id, viewer=Person.MENTOR)
    assert [j.text for j in as_mentor] == ["Open thought", None]
    locked = services.journal.list_for(workbook_id, viewer=Person.MENTEE)
    assert [j.text for j in locked] == ["Open thought", None]  # until the passphrase is given
    as_mentee = services.journal.list_for(
        workbook_id, viewer=Person.MENTEE, passphrase="correct horse"
    )
    assert [j.text for j in as_mentee] == ["Open thought", "Secret thought"]


def test_a_wrong_passphrase_is_reported_as_such(services: Services, workbook_id: int) -> None:
    from actionmentor.domain.crypto import WrongPassphraseError

    services.journal.set_passphrase(workbook_id, "mentor", "right one")
    services.journal.add(workbook_id, "mentor", "Mine", private=True, passphrase="right one")
    with pytest.raises(WrongPassphraseError, match="passphrase is wrong"):
        services.journal.list_for(workbook_id, viewer=Person.MENTOR, passphrase="wrong one")
    with pytest.raises(WrongPassphraseError):
        services.journal.add(workbook_id, "mentor", "More", private=True, passphrase="nope!!")
    with pytest.raises(InvalidInputError, match="give the old one"):
        services.journal.set_passphrase(workbook_id, "mentor", "another one")
    services.journal.set_passphrase(workbook_id, "mentor", "another one", old="right one")
    texts = services.journal.list_for(workbook_id, viewer=Person.MENTOR, passphrase="another one")
    assert [j.text for j in texts] == ["Mine"]


def test_services_report_what_changed(services: Services, workbook_id: int) -> None:
    seen: list[Change] = []
    services.changes.subscribe(seen.append)
    services.answers.save(workbook_id, "invitation.who", "mentee", "Ben")
    services.answers.save(workbook_id, "invitation.who", "mentee", "Ben")  # no change
    services.answers.sign_off(workbook_id, "alliance", "mentor")
    assert seen == [
        Change(workbook_id, ChangeKind.ANSWER, "invitation.who"),
        Change(workbook_id, ChangeKind.STAGE, "alliance"),
    ]


def test_resolve_finds_a_workbook_by_id_or_title(services: Services, workbook_id: int) -> None:
    assert services.workbooks.resolve(str(workbook_id)) == workbook_id
    assert services.workbooks.resolve("ana évora WITH ben ōta") == workbook_id
    with pytest.raises(NotFoundError, match="actionmentor list"):
        services.workbooks.resolve("Nobody")


def test_the_demo_is_a_full_realistic_workbook(services: Services) -> None:
    detail = services.detail(create_demo(services))
    answers = detail.answers
    assert len(answers) >= 40
    assert {a.respondent.value for a in answers} == {"mentee", "mentor", "together"}
    signed = [s for s in detail.stages if s.status is StageStatus.COMPLETE]
    assert len(signed) >= 3
    assert {a.status for a in detail.actions} == set(ActionStatus)
    assert len(detail.meetings) >= 3
    assert any(j.private and j.text is None for j in detail.journal)
    reviews = [i for i in detail.instances if i.worksheet_id == "relationship"]
    assert len(reviews) == 2
    assert {a.instance for a in answers if a.prompt_id.startswith("relationship.")} == {1, 2}
    assert any(a.source_prompt_id == "action.plan.actions" for a in detail.actions)


def test_a_repeatable_review_keeps_each_copy_with_its_date(
    services: Services, workbook_id: int
) -> None:
    prompt = "relationship.listening"
    # Writing before any review exists starts the first one.
    services.answers.save(workbook_id, prompt, "mentee", {"rating": 2, "note": "I interrupt"})
    second = services.answers.start_instance(workbook_id, "relationship", dt.date(2026, 12, 1))
    assert second.number == 2 and second.held_on == dt.date(2026, 12, 1)
    services.answers.save(workbook_id, prompt, "mentee", 4)  # the newest copy by default
    services.answers.save(workbook_id, prompt, "mentor", {"rating": 3}, instance=1)
    values = {
        (a.instance, a.respondent.value): a.value for a in services.answers.list_for(workbook_id)
    }
    assert values == {
        (1, "mentee"): {"rating": 2, "note": "I interrupt"},
        (1, "mentor"): {"rating": 3, "note": ""},
        (2, "mentee"): {"rating": 4, "note": ""},
    }
    assert [i.number for i in services.answers.instances(workbook_id)] == [1, 2]
    with pytest.raises(NotFoundError, match="no copy 7"):
        services.answers.save(workbook_id, prompt, "mentee", 3, instance=7)
    with pytest.raises(InvalidInputError, match="filled in once"):
        services.answers.save(workbook_id, "invitation.who", "mentee", "Ben", instance=2)
    with pytest.raises(InvalidInputError, match="a note but no rating"):
        services.answers.save(workbook_id, prompt, "mentee", {"note": "just a note"})


def test_rows_of_the_planning_table_become_actions_once(
    services: Services, workbook_id: int
) -> None:
    table = "action.plan.actions"
    row = {
        "Action": "Book the finance course",
        "Goal it serves": "Budget skills",
        "By when (YYYY-MM-DD)": "2027-01-31",
        "Support needed": "Study leave",
        "How we will know it is done": "Place confirmed",
    }
    vague = {"Action": "Talk to Sam", "By when (YYYY-MM-DD)": "after Christmas"}
    services.answers.save(workbook_id, table, "together", [row, vague])
    added = services.actions.add_from_table(workbook_id, table)
    assert [a.title for a in added] == ["Book the finance course", "Talk to Sam"]
    course = added[0]
    assert (course.goal, course.due_date, course.support, course.measure) == (
        "Budget skills",
        dt.date(2027, 1, 31),
        "Study leave",
        "Place confirmed",
    )
    assert course.source_prompt_id == table
    assert added[1].due_date is None and "after Christmas" in added[1].detail
    assert services.actions.add_from_table(workbook_id, table) == []  # nothing twice
    with pytest.raises(InvalidInputError, match="not a table of actions"):
        services.actions.add_from_table(workbook_id, "invitation.who")


def test_trash_hides_a_workbook_until_it_is_restored_or_purged(
    services: Services, workbook_id: int
) -> None:
    services.workbooks.trash(workbook_id)
    assert services.workbooks.all() == []
    assert [w.id for w in services.workbooks.all(trash=True)] == [workbook_id]
    services.workbooks.restore(workbook_id)
    assert [w.id for w in services.workbooks.all()] == [workbook_id]
    with pytest.raises(InvalidInputError, match="not in the trash"):
        services.workbooks.purge(workbook_id)
    services.workbooks.trash(workbook_id)
    services.workbooks.purge(workbook_id)
    with pytest.raises(NotFoundError):
        services.workbooks.get(workbook_id)


def test_the_next_agenda_lists_open_actions_and_unfinished_stages(
    services: Services, workbook_id: int
) -> None:
    services.actions.add(workbook_id, "Late one", due_date=dt.date(2026, 1, 1))
    services.actions.add(workbook_id, "Finished", status="done")
    for person in Person:
        services.answers.sign_off(workbook_id, "alliance", person)
    agenda = services.next_meeting_agenda(workbook_id, today=dt.date(2026, 6, 1))
    assert "- Late one, due 1 Jan 2026 (overdue)" in agenda
    assert "Finished" not in agenda
    assert "- Assessment: 0 of" in agenda and "Alliance:" not in agenda
    assert "Relationship review" not in agenda  # alongside stages are not "unfinished"


def test_review_history_gives_each_persons_ratings_per_copy(services: Services) -> None:
    wid = create_demo(services)
    points = services.reviews.history(wid)
    listening = [
        (p.number, p.person.value, p.rating)
        for p in points
        if p.prompt_id == "relationship.listening"
    ]
    assert listening == [(1, "mentee", 4), (1, "mentor", 2), (2, "mentee", 4), (2, "mentor", 4)]


def test_meetings_can_be_edited_and_deleted(services: Services, workbook_id: int) -> None:
    meeting = services.meetings.add(workbook_id, dt.datetime(2026, 12, 1, 17, 30), place="Café")
    services.meetings.update(meeting.id, notes="Went well", next_meeting_at=None)
    assert services.meetings.list_for(workbook_id)[0].notes == "Went well"
    services.meetings.delete(meeting.id)
    assert services.meetings.list_for(workbook_id) == []


def test_only_the_author_deletes_a_journal_entry(services: Services, workbook_id: int) -> None:
    entry = services.journal.add(workbook_id, "mentee", "Mine")
    with pytest.raises(InvalidInputError, match="Only the person who wrote"):
        services.journal.delete(entry.id, "mentor")
    services.journal.delete(entry.id, "mentee")
    assert services.journal.list_for(workbook_id) == []


def test_the_next_meeting_draft_uses_the_date_agreed_last_time(
    services: Services, workbook_id: int
) -> None:
    now = dt.datetime(2026, 11, 2, 9, 0).astimezone()
    empty = services.next_meeting_draft(workbook_id, now)
    assert (empty.held_at.date(), empty.held_at.hour, empty.held_at.minute) == (
        dt.date(2026, 11, 16),
        17,
        30,
    )
    agreed = dt.datetime(2026, 11, 20, 12, 0).astimezone()
    services.meetings.add(workbook_id, now, place="Café", next_meeting_at=agreed)
    draft = services.next_meeting_draft(workbook_id, now)
    assert (draft.held_at, draft.place, draft.id) == (agreed, "Café", 0)
    assert "Alliance:" in draft.agenda
    assert services.meetings.list_for(workbook_id)[-1].held_at == now  # nothing saved


def test_starting_an_alliance_with_a_first_meeting(services: Services) -> None:
    when = dt.datetime(2026, 12, 1, 17, 30).astimezone()
    wid = services.start_alliance("Ana", "Ben", "hay-2018", first_meeting=(when, "Library"))
    [meeting] = services.meetings.list_for(wid)
    assert (meeting.held_at, meeting.place) == (when, "Library")
    assert "Getting to know each other" in meeting.agenda
    assert services.workbooks.get(wid).framework_id == "hay-2018"


def test_one_stage_reads_the_same_as_in_the_list_of_all(services: Services) -> None:
    """A stage's page reads its own stage only: the same progress and signatures as the
    list of every stage gives, on the demo (stages signed, edited, repeated reviews)."""
    wid = create_demo(services)
    services.answers.save(wid, "invitation.why", "mentee", "Changed after the sign-off")
    every = services.answers.stages(wid)
    assert [services.answers.stage(wid, s.stage_id) for s in every] == every
    assert any(s.edited_after_signoff_at for s in every)
    with pytest.raises(NotFoundError):
        services.answers.stage(wid, "no-such-stage")
