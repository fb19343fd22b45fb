"""Two laptops, a large alliance: what the pair wait for when they exchange, beside its floor.

The alliance is the demo grown by two years of use: 24 relationship reviews, 150 actions,
50 meetings and 100 journal entries on top of every worksheet answered. The mentor's copy
changes 40 answers and 10 actions; the figures are medians of N runs:

- share: the whole alliance written for the other laptop (first exchange), and its size;
- merge: the mentor's changes file merged into the mentee's copy (what File › Merge or the
  shared folder costs), beside its floor: plain pycrdt loading the same document and
  applying the same update, in the same run;
- the changes file's size, and the fillable form of the demo (time and size).
    .venv/bin/python benchmarks/merge.py [N]
"""

from __future__ import annotations

import datetime as dt
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def grow(services: object, wid: int) -> None:
    """Two years of a pair's use on top of the demo."""
    from actionmentor.services import Services

    assert isinstance(services, Services)
    start = dt.datetime(2025, 1, 7, 18, 0, tzinfo=dt.UTC)
    for n in range(24):
        services.answers.start_instance(wid, "relationship")
        services.answers.save(
            wid,
            "relationship.listening",
            "mentee",
            {"rating": 3 + n % 3, "note": f"Review {n}: listening better"},
        )
    for n in range(150):
        services.actions.add(
            wid,
            f"Action {n}: a step towards the post",
            goal="The post",
            support="Tom",
            measure=f"Step {n} done",
        )
    for n in range(50):
        services.meetings.add(
            wid,
            start + dt.timedelta(days=14 * n),
            place="Library café",
            notes=f"Meeting {n}: what we covered, at some length. " * 5,
        )
    for n in range(100):
        services.journal.add(
            wid, "mentee" if n % 2 else "mentor", f"Entry {n}: a reflection after the meeting. " * 8
        )


def _edits(services: Any, wid: int, person: str, count: int) -> None:
    """``count`` edits by ``person`` as between two meetings: their own answers mostly, then
    actions and meeting notes."""
    from actionmentor.domain.enums import PromptKind
    from actionmentor.exercises import framework

    fw = framework(services.workbooks.get(wid).framework_id)
    own = [
        a
        for a in services.answers.list_for(wid)
        if a.respondent.value == person
        and (found := fw.locate(a.prompt_id)) is not None
        and found[2].kind is PromptKind.LONG_TEXT
    ]
    actions = services.actions.list_for(wid)
    meetings = services.meetings.list_for(wid)
    for n in range(count):
        if n % 10 < 8 and own:
            a = own[n % len(own)]
            text = f"{a.value} ({person} {n})"
            services.answers.save(wid, a.prompt_id, a.respondent, text, instance=a.instance or None)
        elif n % 10 == 8 and actions:
            action = actions[n % len(actions)]
            services.actions.update(action.id, measure=f"{action.measure} ({person} {n})")
        elif meetings:
            meeting = meetings[n % len(meetings)]
            services.meetings.update(meeting.id, notes=f"{meeting.notes} ({person} {n})")


def edits_merge(source: Path, wid: int, runs: int, edits: int = 200) -> dict[str, float]:
    """The alliance in ``source`` shared to a second laptop; ``edits`` edits on each; then the
    time to merge the mentor's changes file into the mentee's copy (median of ``runs``; it
    includes recording the mentee's own edits since the last exchange, as a merge does), and
    that file's size."""
    from actionmentor.services import changes_file, open_services

    work = Path(tempfile.mkdtemp(prefix="actionmentor-edits-"))
    shutil.copytree(source, work / "mentee")
    mentee = open_services(work / "mentee")
    mentor = open_services(work / "mentor")
    bid = mentor.import_workbook(mentee.sync.share(wid))
    mentee.merge_changes(mentor.sync.changes_for(bid, None))
    _edits(mentee, wid, "mentee", edits)
    _edits(mentor, bid, "mentor", edits)
    changes = mentor.sync.changes_for(bid, None)
    mentee.close()
    mentor.close()
    changes_file.read(changes)  # a sound file
    times = []
    for n in range(runs):
        copy = work / f"run{n}"
        shutil.copytree(work / "mentee", copy)
        services = open_services(copy)
        t = time.perf_counter()
        services.sync.merge(changes)
        times.append(time.perf_counter() - t)
        services.close()
        shutil.rmtree(copy)
    shutil.rmtree(work)
    return {"merge_s": statistics.median(times), "changes_kb": len(changes) / 1024}


def main(runs: int) -> dict[str, float]:
    from actionmentor.services import open_services
    from actionmentor.services.demo import create_demo
    from actionmentor.services.sync_doc import MergeDocument

    work = Path(tempfile.mkdtemp(prefix="actionmentor-merge-"))
    mentee = open_services(work / "mentee")
    wid = create_demo(mentee)
    grow(mentee, wid)
    shares, share_s = [], []
    for _ in range(runs):
        t = time.perf_counter()
        raw = mentee.sync.share(wid)
        share_s.append(time.perf_counter() - t)
        shares.append(len(raw))
    mentor = open_services(work / "mentor")
    bid = mentor.import_workbook(raw)
    mentee.merge_changes(mentor.sync.changes_for(bid, None))  # each knows what the other has
    from actionmentor.domain.enums import PromptKind
    from actionmentor.exercises import framework

    fw = framework("hay-1997")
    texts = [
        a
        for a in mentor.answers.list_for(bid)
        if isinstance(a.value, str)
        and (found := fw.locate(a.prompt_id)) is not None
        and found[2].kind in (PromptKind.SHORT_TEXT, PromptKind.LONG_TEXT)
    ]
    for n, answer in enumerate(texts[:40]):
        if isinstance(answer.value, str):
            mentor.answers.save(
                bid,
                answer.prompt_id,
                answer.respondent,
                f"{answer.value} ({n})",
                instance=answer.instance or None,
            )
    for action in mentor.actions.list_for(bid)[:10]:
        mentor.actions.update(action.id, title=f"{action.title} (revised)")
    changes = mentor.sync.changes_for(bid, None)
    mentee.close()
    mentor.close()

    from actionmentor.services import changes_file

    update = changes_file.read(changes).update
    merge_s, floor_s = [], []
    for n in range(runs):  # each run merges into a fresh copy of the mentee's folder
        copy = work / f"run{n}"
        shutil.copytree(work / "mentee", copy)
        services = open_services(copy)
        from actionmentor.storage.models import SyncState

        with services.db.session() as session:
            state = session.get(SyncState, wid)
            assert state is not None
            document = bytes(state.document)
        t = time.perf_counter()
        floor = MergeDocument(document)
        floor.apply(update)
        floor.state()
        floor_s.append(time.perf_counter() - t)
        t = time.perf_counter()
        services.sync.merge(changes)
        merge_s.append(time.perf_counter() - t)
        services.close()
        shutil.rmtree(copy)

    demo = open_services(work / "demo")
    demo_id = create_demo(demo)
    form_s = []
    for n in range(runs):
        t = time.perf_counter()
        out = demo.exports.export(demo_id, "form", work / f"form{n}.pdf", as_person="mentor")
        form_s.append(time.perf_counter() - t)
    demo_changes = len(demo.sync.share(demo_id))
    demo.close()
    figures = {
        "share_large_s": statistics.median(share_s),
        "share_large_kb": statistics.median(shares) / 1024,
        "merge_large_s": statistics.median(merge_s),
        "merge_large_floor_s": statistics.median(floor_s),
        "changes_file_kb": len(changes) / 1024,
        "demo_share_kb": demo_changes / 1024,
        "demo_form_s": statistics.median(form_s),
        "demo_form_kb": out.stat().st_size / 1024,
    }
    shutil.rmtree(work)
    print(
        f"{'share the large alliance':42} {figures['share_large_s']:.3f} s, "
        f"{figures['share_large_kb']:.0f} KB"
    )
    print(
        f"{'merge 40 answers + 10 actions into it':42} {figures['merge_large_s']:.3f} s   "
        f"plain pycrdt {figures['merge_large_floor_s']:.3f} s   ratio "
        f"{figures['merge_large_s'] / figures['merge_large_floor_s']:.1f}"
    )
    print(f"{'that changes file':42} {figures['changes_file_kb']:.1f} KB")
    print(f"{'the demo shared (first exchange)':42} {figures['demo_share_kb']:.1f} KB")
    print(
        f"{'the demo as a fillable form':42} {figures['demo_form_s']:.3f} s, "
        f"{figures['demo_form_kb']:.0f} KB"
    )
    print(f"(medians of {runs} runs)")
    return figures


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
