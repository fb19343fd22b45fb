"""Files the command line reads are capped and must be ordinary files: a FIFO would wait for
ever, /dev/zero never ends. Each is refused in one line, quickly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import fails, ok


@pytest.fixture
def export(tmp_path: Path) -> tuple[Path, Path]:
    data = tmp_path / "data"
    ok("new", "--mentee", "Ana", "--mentor", "Ben", data_dir=data)
    out = tmp_path / "w.json"
    ok("export", "1", "--kind", "json", "--out", str(out), data_dir=data)
    return data, out


def _fifo(tmp_path: Path) -> Path:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    return fifo


@pytest.mark.parametrize("special", ["/dev/zero", "/dev/urandom", "fifo", "folder"])
def test_importing_a_special_file_is_refused(
    export: tuple[Path, Path], tmp_path: Path, special: str
) -> None:
    data, _ = export
    path = {"fifo": str(_fifo(tmp_path)), "folder": str(tmp_path)}.get(special, special)
    assert "not an ordinary file" in fails("import", path, data_dir=data)


@pytest.mark.parametrize("special", ["/dev/zero", "fifo"])
def test_a_special_passphrase_file_is_refused(
    export: tuple[Path, Path], tmp_path: Path, special: str
) -> None:
    data, out = export
    path = str(_fifo(tmp_path)) if special == "fifo" else special
    message = fails("import", str(out), "--passphrase-file", path, data_dir=data)
    assert "not an ordinary file" in message


def test_an_oversized_passphrase_file_is_refused(export: tuple[Path, Path], tmp_path: Path) -> None:
    data, out = export
    big = tmp_path / "phrases"
    big.write_text("mentee=" + "x" * 100_000, encoding="utf-8")
    assert "larger than" in fails("import", str(out), "--passphrase-file", str(big), data_dir=data)
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "actionmentor-workbook"


def test_an_endless_answer_on_standard_input_is_refused(tmp_path: Path) -> None:
    data = tmp_path / "data"
    ok("new", "--mentee", "Ana", "--mentor", "Ben", data_dir=data)
    argv = [sys.executable, "-m", "actionmentor", "--data-dir", str(data), "answer", "1"]
    with open("/dev/zero", "rb") as endless:
        done = subprocess.run(
            [*argv, "invitation.who", "--as", "mentee", "-"],
            stdin=endless,
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert "over 10,485,760 bytes" in done.stderr


@pytest.mark.parametrize("special", ["fifo", "device", "read-only"])
def test_an_export_never_takes_the_place_of_a_special_or_read_only_file(
    tmp_path: Path, special: str
) -> None:
    target = tmp_path / "out.pdf"
    if special == "fifo":
        os.mkfifo(target)
    elif special == "device":
        target.symlink_to("/dev/null")  # as root, a rename would replace /dev/null itself
    else:
        target.write_text("keep me")
        target.chmod(0o400)
    message = fails("blank", "--out", str(target), data_dir=tmp_path / "data")
    assert "not an ordinary file" in message or "read-only" in message
    if special == "fifo":
        assert target.is_fifo()
    elif special == "device":
        assert os.readlink(target) == "/dev/null"
    else:
        assert target.read_text() == "keep me"
    assert not list(tmp_path.glob(".out.pdf.*"))  # no partial file left either
