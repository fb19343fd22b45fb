"""Renders the main screens offscreen into PNG files, for looking at them and for the docs.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py OUT_DIR
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from actionmentor.services import open_services
from actionmentor.services.demo import create_demo
from actionmentor.ui.app import make_application
from actionmentor.ui.main_window import MainWindow


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    services = open_services(Path(tempfile.mkdtemp()))
    window = MainWindow(services)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.grab().save(str(out / "library-first-use.png"))
    window.close()
    services.workbooks.create("Sam Lee", "Jo Park", title="Sam and Jo", framework_id="hay-2018")
    wid = create_demo(services)
    window = MainWindow(services)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.grab().save(str(out / "library.png"))
    window.open_workbook(wid)
    app.processEvents()
    window.grab().save(str(out / "worksheet-current-stage.png"))
    window.workbook.navigator.select("alliance", "agreement.trust")
    window.workbook_view.writer_switch.set_writer(window.workbook.writer().MENTOR)
    app.processEvents()
    window.grab().save(str(out / "worksheet-trust-mentor.png"))
    window.workbook.navigator.select("review", "relationship")
    app.processEvents()
    window.grab().save(str(out / "worksheet-relationship-review.png"))
    window.close()
    services.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
