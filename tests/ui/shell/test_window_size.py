"""The window's first size fits the screen: on a 1024×700 screen the whole window shows,
its right edge and its status bar included (at 1200×760 they were off-screen)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SHOW = """
from pathlib import Path
import sys
from actionmentor.services import open_services
from actionmentor.ui.shell.app import make_application
from actionmentor.ui.shell.main_window import MainWindow
app = make_application()
window = MainWindow(open_services(Path(sys.argv[1])))
window.show()
app.processEvents()
free = app.primaryScreen().availableGeometry()
print(window.width(), window.height(), free.width(), free.height())
"""


def first_size_on(screen: tuple[int, int], tmp_path: Path) -> list[int]:
    config = tmp_path / "screen.json"
    width, height = screen
    config.write_text(json.dumps({"screens": [{"name": "small", "x": 0, "y": 0, "width": width,
                                               "height": height, "logicalDpi": 96}]}))  # fmt: skip
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, "-c", SHOW, str(tmp_path / "data")],
        capture_output=True, text=True, env=env, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return [int(n) for n in done.stdout.split()]


def test_the_first_window_fits_a_small_screen_with_room_for_its_frame(tmp_path: Path) -> None:
    width, height, free_width, free_height = first_size_on((1024, 700), tmp_path)
    assert (free_width, free_height) == (1024, 700)
    assert width <= 1024 - 16 and height <= 700 - 56


def test_on_a_large_screen_it_opens_at_its_usual_size(tmp_path: Path) -> None:
    assert first_size_on((1920, 1080), tmp_path)[:2] == [1200, 760]
