"""Changes files a person did not get from the app: newer content, odd values, a bomb, an
unprotected file in a protected folder. Each is refused whole or kept aside; nothing is lost."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from actionmentor.domain.enums import Person
from actionmentor.domain.revisions import History, Revision
from actionmentor.errors import UserError
from actionmentor.services import Services, changes_file, open_services
from actionmentor.services.changes_file import ChangesFile
from actionmentor.services.demo import DEMO_PASSPHRASE, create_demo
from actionmentor.services.sync_doc import MergeDocument
from actionmentor.services.sync_records import answer_uuid
from actionmentor.storage.models import SyncState
from tests.services.test_sync import comparable


def crafted(services: Services, wid: int, revisions: list[Revision]) -> bytes:
    """A changes file as another copy would write it, with ``revisions`` added."""
    state = changes_file.read(services.sync.share(wid))
    doc = MergeDocument(state.update)
    doc.add(revisions)
    return changes_file.write(
        ChangesFile(
            state.alliance,
            state.framework,
            state.title,
            uuid.uuid4().hex,
            "mentor",
            "mentee",
            True,
            doc.state_vector(),
            doc.state(),
        )
    )


def rev(
    record: str, kind: str, field: str, value: object, parents: tuple[str, ...] = ()
) -> Revision:
    return Revision(
        uuid.uuid4().hex[:20],
        kind,
        record,
        field,
        value,
        "mentor",
        "2026-12-01T10:00:00+00:00",
        "elsewhere",
        parents,
    )


def history_of(services: Services, wid: int) -> History:
    with services.db.session() as session:
        state = session.get(SyncState, wid)
        assert state is not None
        return History(MergeDocument(state.document).revisions())


def test_what_this_version_cant_hold_is_kept_not_deleted(tmp_path: Path) -> None:
    a, b = open_services(tmp_path / "a"), open_services(tmp_path / "b")
    try:
        a_id = create_demo(a)
        b_id = b.import_workbook(a.sync.share(a_id))
        alliance = a.workbooks.get(a_id).uuid
        future = answer_uuid(alliance, "future.prompt", "mentor", "")
        raw = crafted(
            b,
            b_id,
            [
                rev(future, "answer", "_key", ["future.prompt", "mentor", ""]),
                rev(future, "answer", "value", "From a newer app"),
            ],
        )
        report = a.merge_changes(raw)
        assert report.skipped == ["an answer to 'future.prompt'"]
        b.merge_changes(a.sync.changes_for(a_id, None))  # a's next file, and back again
        a.merge_changes(b.sync.changes_for(b_id, None))
        for services, wid in ((a, a_id), (b, b_id)):
            assert not history_of(services, wid).is_deleted(future)
    finally:
        a.close()
        b.close()


def test_odd_values_refuse_the_whole_file(services: Services) -> None:
    wid = create_demo(services)
    action = services.actions.list_for(wid)[0]
    before = comparable(services, wid)
    services.sync.share(wid)  # the document exists now
    history = history_of(services, wid)
    due = tuple(h.id for h in history.heads(action.uuid, "due_date"))
    title = tuple(h.id for h in history.heads(action.uuid, "title"))
    cases = {
        "not a date": rev(action.uuid, "action", "due_date", "next Tuesday", due),
        "a number for text": rev(action.uuid, "action", "title", 42, title),
    }
    for name, bad in cases.items():
        with pytest.raises(UserError) as caught:
            services.merge_changes(crafted(services, wid, [bad]))
        assert "can't read" in str(caught.value) and "\n" not in str(caught.value), name
        assert comparable(services, wid) == before, name


def test_a_zip_bomb_is_refused(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    wid = create_demo(services)
    state = changes_file.read(services.sync.share(wid))
    bomb = ChangesFile(
        state.alliance,
        state.framework,
        "",
        "x" * 32,
        "mentor",
        "mentee",
        True,
        state.state_vector,
        b"\0" * (3 * 1024 * 1024),
    )
    monkeypatch.setattr(changes_file, "MAX_UPDATE", 1024 * 1024)
    raw = changes_file.write(bomb)
    assert len(raw) < 20_000
    with pytest.raises(UserError, match="far too large"):
        services.merge_changes(raw)


def test_a_protected_folder_takes_only_sealed_files(tmp_path: Path) -> None:
    a, b = open_services(tmp_path / "a"), open_services(tmp_path / "b")
    folder = tmp_path / "cloud"
    folder.mkdir()
    try:
        a_id = create_demo(a)
        b_id = b.import_workbook(a.sync.share(a_id))
        a.sync.set_folder(a_id, folder, protected=True)
        b.answers.save(b_id, "invitation.why", "mentee", "Slipped into the cloud folder")
        (folder / "planted.amchanges").write_bytes(b.sync.changes_for(b_id, None))
        report = a.sync.sync_folder(a_id, "our shared secret")
        assert report.merged == [] and "not protected" in report.problems[0]
        answers = {x.prompt_id: x.value for x in a.answers.list_for(a_id)}
        assert answers.get("invitation.why") != "Slipped into the cloud folder"
        with pytest.raises(UserError, match="not protected"):
            b.sync.set_folder(b_id, folder)
            b.sync.sync_folder(b_id, "a passphrase for an unprotected folder")
    finally:
        a.close()
        b.close()


def test_a_separate_copy_leaves_sealed_entries_behind(tmp_path: Path) -> None:
    a, b = open_services(tmp_path / "a"), open_services(tmp_path / "b")
    try:
        a_id = create_demo(a)
        raw = a.sync.share(a_id, include_private={Person.MENTEE: DEMO_PASSPHRASE})
        other = b.import_workbook(raw, separate=True)
        assert [j for j in b.journal.list_for(other, viewer=Person.MENTEE) if j.private] == []
        assert not b.journal.has_passphrase(other, Person.MENTEE)
    finally:
        a.close()
        b.close()
