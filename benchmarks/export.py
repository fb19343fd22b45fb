"""Full-workbook PDF of the demo beside its floor: plain reportlab laying out the same text.

Both run in this process, interleaved, N times; medians are printed with their ratio.
    .venv/bin/python benchmarks/export.py [N]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape


def floor_pdf(lines: list[str], out: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["BodyText"]
    SimpleDocTemplate(str(out), pagesize=A4).build([Paragraph(escape(t), style) for t in lines])


def measure(services: Any, wid: int, runs: int, work: Path) -> dict[str, float]:
    """The workbook's full PDF beside plain reportlab laying out the text it prints,
    interleaved ``runs`` times; medians, and the pages and lines."""
    from pypdf import PdfReader

    target = work / "workbook.pdf"
    services.exports.export(wid, "workbook", target)  # warm up: fonts, imports
    lines = [
        line
        for page in PdfReader(target).pages
        for line in (page.extract_text() or "").splitlines()
        if line.strip()
    ]
    floor_pdf(lines, work / "floor.pdf")
    app, base = [], []
    for _ in range(runs):
        start = time.perf_counter()
        services.exports.export(wid, "workbook", target)
        app.append(time.perf_counter() - start)
        start = time.perf_counter()
        floor_pdf(lines, work / "floor.pdf")
        base.append(time.perf_counter() - start)
    return {
        "pdf_s": statistics.median(app),
        "floor_s": statistics.median(base),
        "pages": len(PdfReader(target).pages),
        "lines": len(lines),
    }


def long(data_dir: Path, wid: int, runs: int) -> dict[str, float]:
    """The same for the two-year alliance in ``data_dir`` (dataset.build_long)."""
    from actionmentor.services import open_services

    work = Path(tempfile.mkdtemp())
    services = open_services(data_dir)
    try:
        found = measure(services, wid, runs, work)
    finally:
        services.close()
    return {
        "long_pdf_s": found["pdf_s"],
        "long_pdf_floor_s": found["floor_s"],
        "long_pdf_pages": found["pages"],
    }


def main(runs: int, quiet: bool = False) -> dict[str, float]:
    from actionmentor.services import open_services
    from actionmentor.services.demo import create_demo

    work = Path(tempfile.mkdtemp())
    services = open_services(work / "data")
    wid = create_demo(services)
    found = measure(services, wid, runs, work)
    services.close()
    figures = {"export_s": found["pdf_s"], "export_floor_s": found["floor_s"]}
    if quiet:
        return figures
    print(
        f"full-workbook PDF ({found['pages']:.0f} pages)  {figures['export_s']:.3f} s   "
        f"plain reportlab, same text ({found['lines']:.0f} lines)  "
        f"{figures['export_floor_s']:.3f} s   "
        f"ratio {figures['export_s'] / figures['export_floor_s']:.2f}   (median of {runs})"
    )
    return figures


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
