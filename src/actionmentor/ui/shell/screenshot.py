"""`actionmentor screenshot`: the real window rendered offscreen into a PNG."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from actionmentor.errors import InvalidInputError, StorageError

if TYPE_CHECKING:  # Qt loads only when a screenshot is taken, after the arguments are checked
    from PySide6.QtGui import QImage

    from actionmentor.services import Services
    from actionmentor.ui.shell.main_window import MainWindow

SCREENSHOT_VIEWS = (
    "library",
    "home",
    "meeting",
    "stage",
    "actions",
    "meetings",
    "journal",
    "review",
)


def parse_size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise InvalidInputError(f"--size must look like 1280x800, not {text!r}.") from None
    if not (640 <= width <= 7680 and 480 <= height <= 4320):
        raise InvalidInputError("--size must be between 640x480 and 7680x4320.")
    return width, height


def _check(view: str, workbook: str | None, out: Path) -> None:
    if view not in SCREENSHOT_VIEWS:
        raise InvalidInputError(f"--view must be one of {', '.join(SCREENSHOT_VIEWS)}.")
    if view != "library" and workbook is None:
        raise InvalidInputError(f"The {view} view needs --workbook ID.")
    if out.suffix.lower() != ".png":
        raise InvalidInputError(f"{out.name}: the screenshot is a PNG; name the file *.png.")
    if not out.parent.is_dir():
        raise StorageError(f"The folder {out.parent} does not exist.")


def take_screenshot(
    data_dir: Path,
    out: Path,
    *,
    workbook: str | None,
    view: str,
    stage: str | None,
    size: str,
    dark: bool = False,
) -> Path:
    """Render one view of the real window and write it to ``out`` (atomically)."""
    _check(view, workbook, out)
    width, height = parse_size(size)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt starts
    from actionmentor.services import open_services
    from actionmentor.ui.common.language import install_language
    from actionmentor.ui.common.settings import AppSettings
    from actionmentor.ui.common.theme import use_dark_palette
    from actionmentor.ui.shell.app import make_application
    from actionmentor.ui.shell.main_window import MainWindow

    app = make_application()
    # The language the window would start in (English plural forms included).
    install_language(app, AppSettings(data_dir).language())
    if dark:
        use_dark_palette(app)
    services = open_services(data_dir)
    try:
        workbook_id = services.workbooks.resolve(workbook) if workbook is not None else None
        if workbook_id is not None and stage is not None:
            _check_stage(services, workbook_id, stage)
        window = MainWindow(services, remember_session=False)
        window.resize(width, height)
        window.show()
        if workbook_id is not None:
            _show(window, workbook_id, view, stage)
        for _ in range(3):
            app.processEvents()
        image = window.grab().toImage()
        window.hide()
        return _save(image, out)
    finally:
        services.close()


def _check_stage(services: Services, workbook_id: int, stage: str) -> None:
    from actionmentor.exercises import framework

    fw = framework(services.workbooks.get(workbook_id).framework_id)
    stage_ids = [s.id for s in fw.all_stages()]
    if stage not in stage_ids:
        raise InvalidInputError(
            f"There is no stage {stage!r}; the stages are: {', '.join(stage_ids)}."
        )


def _show(window: MainWindow, workbook_id: int, view: str, stage: str | None) -> None:
    """Open the workbook at the view asked for."""
    from actionmentor.ui.workbook.controller import (
        ACTIONS_TAB,
        JOURNAL_TAB,
        MEETINGS_TAB,
        REVIEWS_TAB,
        WORKSHEETS_TAB,
    )

    window.open_workbook(workbook_id)
    if view == "home":
        return  # a workbook opens at its home
    if view == "meeting":  # Start meeting, then one step on
        window.workbook.start_meeting()
        window.workbook.meeting_step(1)
        return
    if view == "stage":
        window.workbook_view.tabs.setCurrentIndex(WORKSHEETS_TAB)
        if stage is not None and window.workbook.navigator is not None:
            window.workbook.navigator.select_stage(stage)
        return
    tabs = {"actions": ACTIONS_TAB, "meetings": MEETINGS_TAB, "journal": JOURNAL_TAB,
            "review": REVIEWS_TAB}  # fmt: skip
    if view in tabs:
        window.workbook_view.tabs.setCurrentIndex(tabs[view])
    else:
        window.show_library()


def _save(image: QImage, out: Path) -> Path:
    """Write the PNG under a temporary name, then rename it into place."""
    fd, partial = tempfile.mkstemp(prefix=".screenshot-", suffix=".png", dir=out.parent)
    os.close(fd)
    try:
        if not image.save(partial):  # PNG, from the file name
            raise StorageError(f"Can't write the screenshot to {out}.")
        os.replace(partial, out)
    finally:
        if os.path.exists(partial):
            os.unlink(partial)
    return out
