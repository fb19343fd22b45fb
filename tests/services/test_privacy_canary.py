"""Private text never appears in plain form in any file the app writes."""

from __future__ import annotations

from pathlib import Path

from actionmentor.domain.enums import Person
from actionmentor.paths import backups_dir
from actionmentor.services import Services, open_services
from actionmentor.services.demo import create_demo
from actionmentor.storage.backups import backup_database

CANARY = "CANARY-private-7f3a9"


def every_file(*roots: Path) -> list[Path]:
    return [p for root in roots for p in root.rglob("*") if p.is_file()]


def test_the_canary_never_reaches_a_file(
    services: Services, data_dir: Path, tmp_path: Path
) -> None:
    wid = create_demo(services)
    services.journal.set_passphrase(wid, Person.MENTOR, "mentor-secret")
    entry = services.journal.add(
        wid, Person.MENTOR, f"{CANARY} a worry", private=True, passphrase="mentor-secret"
    )
    services.journal.add(wid, Person.MENTOR, f"{CANARY} deleted soon", private=False)
    deleted = services.journal.list_for(wid)[-1]
    services.journal.delete(deleted.id, Person.MENTOR)  # secure_delete overwrites it
    out = tmp_path / "out"
    out.mkdir()
    for kind, name in (("workbook", "w.pdf"), ("json", "w.json"), ("ics", "c.ics"),
                       ("meeting", "m.pdf"), ("action-plan", "a.pdf")):  # fmt: skip
        services.exports.export(wid, kind, out / name, include_private=frozenset(Person))
    backup_database(services.db.path, backups_dir(data_dir), "manual")
    services.maintenance.check()
    services.close()
    reopened = open_services(data_dir)  # and what the next start writes
    reopened.close()

    leaks = [
        path
        for path in every_file(data_dir, out)
        if CANARY.encode() in path.read_bytes() or CANARY.encode("utf-16-le") in path.read_bytes()
    ]
    assert leaks == []
    assert entry.private


def test_the_author_still_reads_the_canary_with_the_passphrase(services: Services) -> None:
    wid = create_demo(services)
    services.journal.set_passphrase(wid, Person.MENTOR, "mentor-secret")
    services.journal.add(wid, Person.MENTOR, CANARY, private=True, passphrase="mentor-secret")
    texts = services.journal.list_for(wid, viewer=Person.MENTOR, passphrase="mentor-secret")
    assert CANARY in [j.text for j in texts]
