"""Regenerates docs/screenshots/ from the demo workbook with `actionmentor screenshot`.

Run through `make screenshots`; each PNG is the real window rendered offscreen.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"

SHOTS = [
    ("library", ["--view", "library"]),
    ("home", ["--view", "home"]),
    ("meeting", ["--view", "meeting"]),
    ("stage", ["--view", "stage", "--stage", "alliance"]),
    ("actions", ["--view", "actions"]),
    ("meetings", ["--view", "meetings"]),
    ("journal", ["--view", "journal"]),
    ("review", ["--view", "review"]),
    ("stage-dark", ["--view", "stage", "--stage", "analysis", "--dark"]),
]


def run(data_dir: str, *args: str) -> str:
    command = [sys.executable, "-m", "actionmentor", "--data-dir", data_dir, *args]
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout.strip()


# The German window (issue 18), on the German demo pair, and one page of its printout.
GERMAN_SHOTS = [
    ("home-de", ["--view", "home"]),
    ("meeting-de", ["--view", "meeting"]),
    ("stage-de", ["--view", "stage", "--stage", "assessment"]),
    ("actions-de", ["--view", "actions"]),
    ("home-de-small", ["--view", "home", "--size", "1024x700"]),
]
PDF_PAGE = 14  # a worksheet with both people's answers


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as data_dir:
        workbook = run(data_dir, "demo")
        for name, args in SHOTS:
            print(run(data_dir, "screenshot", "--workbook", workbook, "--out",
                      str(OUT / f"{name}.png"), *args))  # fmt: skip
    with tempfile.TemporaryDirectory() as data_dir:
        # The window starts in the language of the data folder's settings.
        (Path(data_dir) / "settings.ini").write_text("[interface]\nlanguage=de\n")
        workbook = run(data_dir, "demo", "--lang", "de")
        for name, args in GERMAN_SHOTS:
            print(run(data_dir, "screenshot", "--workbook", workbook, "--out",
                      str(OUT / f"{name}.png"), *args))  # fmt: skip
        pdf = Path(data_dir) / "arbeitsbuch.pdf"
        run(data_dir, "export", workbook, "--kind", "workbook", "--lang", "de", "--out", str(pdf))
        page = OUT / "pdf-de"
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", str(PDF_PAGE), "-l",
                        str(PDF_PAGE), "-singlefile", str(pdf), str(page)], check=True)  # fmt: skip
        print(f"{page}.png")


if __name__ == "__main__":
    main()
