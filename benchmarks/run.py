"""`make bench`: every performance figure beside its floor or target, measured in this run.

Writes benchmarks/results.json. Figures are medians of several runs (the machine is noisy).
The frozen app's figures build dist/ first (`make package`) if it is missing or stale;
--no-frozen leaves them out.
    .venv/bin/python benchmarks/run.py [RUNS] [--no-frozen]
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks import dataset, export, frozen, merge  # noqa: E402

# As a person's own Python runs the app: offscreen, and writing its bytecode caches (a
# PYTHONDONTWRITEBYTECODE left set would have every start compile the app's modules anew).
OFFSCREEN = {
    **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
    "QT_QPA_PLATFORM": "offscreen",
}


def _run(*args: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, check=True, env=env or OFFSCREEN
    )
    return done.stdout.strip().splitlines()[-1]


def startup(data_dir: Path, runs: int) -> dict[str, float]:
    """Process start → library painted with its workbooks, and → interactive (the services
    loaded and the event loop free again), beside a bare PySide6 window; and the longest
    the window ignored the user in between."""
    runs_seen: list[dict[str, float]] = []
    bare = []
    for _ in range(runs):  # interleaved, so machine noise hits both alike
        bare.append(float(_run(str(HERE / "paint_probe.py"))))
        runs_seen.append(json.loads(_run("-m", "actionmentor", "--data-dir", str(data_dir),
                                         "--report-interactive")))  # fmt: skip
    return {key: statistics.median(r[key] for r in runs_seen) for key in runs_seen[0]} | {
        "startup_floor_s": statistics.median(bare)
    }


def _probe(kind: str, data_dir: Path, runs: int) -> dict[str, float]:
    results = [json.loads(_run(str(HERE / "window_probe.py"), kind, str(data_dir)))
               for _ in range(runs)]  # fmt: skip
    return {key: statistics.median(r[key] for r in results) for key in results[0]}


def _growth(figures: dict[str, float], demo: dict[str, float]) -> None:
    """How each figure grows from the demo to the two-year alliance, beside how much more
    there is to show: linear or better is fine; anything worse is a finding."""
    data = figures["long_db_mb"] / figures["demo_db_mb"]
    print(f"\nGrowth, demo → two-year alliance (its database is {data:.1f}× the demo's):")
    pairs = [
        ("open the alliance (home shown)", "open_s", "long_open_s", "s"),
        ("move between stages", "stage_switch_ms", "long_stage_switch_ms", "ms"),
        ("move between worksheets", "worksheet_switch_ms", "long_worksheet_switch_ms", "ms"),
        ("search", "search_ms", "long_search_ms", "ms"),
        ("full-workbook PDF", "export_s", "long_pdf_s", "s"),
        ("merge 200 edits on each side", "merge_s", "long_merge_s", "s"),
    ]
    for name, small, large, unit in pairs:
        a = demo[small] if small in demo else figures[small]
        b = figures[large]
        factor = b / a if a else float("inf")
        verdict = "at most linear" if factor <= data * 1.1 else "GROWS FASTER THAN THE DATA"
        print(f"  {name:32} {a:9.3f} {unit:2} → {b:9.3f} {unit:2}  ×{factor:5.1f}   {verdict}")


def main(runs: int, frozen_too: bool = True) -> dict[str, float]:
    work = Path(tempfile.mkdtemp(prefix="actionmentor-bench-"))
    print(f"Building data folders in {work} (1 demo, 200 and 1,000 full workbooks, and one")
    print("alliance two years old)…", flush=True)
    dataset.build(work / "one", 1)
    dataset.build(work / "200", 200)
    dataset.build(work / "1000", 1000)
    long_db, long_id = dataset.build_long(work / "long")
    _run("-m", "actionmentor", "--data-dir", str(work / "200"), "list")  # the day's backup
    _run("-m", "actionmentor", "--data-dir", str(work / "long"), "list")

    figures: dict[str, float] = {
        "demo_db_mb": (work / "one" / "actionmentor.db").stat().st_size / 1e6,
        "long_db_mb": long_db.stat().st_size / 1e6,
    }
    figures |= startup(work / "200", runs)
    figures |= export.main(runs, quiet=True)
    figures |= export.long(work / "long", long_id, max(1, runs // 2))
    figures |= merge.main(runs)
    figures["merge_s"] = merge.edits_merge(work / "one", 1, runs)["merge_s"]
    long_merge = merge.edits_merge(work / "long", long_id, runs)
    figures["long_merge_s"] = long_merge["merge_s"]
    figures["long_changes_kb"] = long_merge["changes_kb"]
    typing = _probe("typing", work / "one", max(1, runs // 2))
    large = _probe("library", work / "1000", runs)
    figures |= _probe("long", work / "long", runs)
    demo = {k.removeprefix("long_"): v for k, v in _probe("long", work / "one", runs).items()}
    figures |= {
        "autosave_p99_ms": typing["autosave_p99_ms"],
        "ui_stall_max_ms": typing["ui_stall_max_ms"],
        "library_1000_s": large["library_s"],
        "search_1000_ms": large["search_ms"],
        "search_1000_max_ms": large["search_max_ms"],
        "peak_rss_mb": large["peak_rss_mb"],
    }
    if frozen_too:
        figures |= frozen.measure(runs)
    floor = figures["startup_floor_s"]
    rows = [
        ("first paint, 200 workbooks", f"{figures['startup_s']:.3f} s",
         f"bare PySide6 window {floor:.3f} s", figures["startup_s"] / floor, 2.5, "ratio"),
        ("time to interactive, 200 workbooks", f"{figures['interactive_s']:.3f} s",
         f"bare PySide6 window {floor:.3f} s", figures["interactive_s"] / floor, 4.0, "ratio"),
        ("longest stall, first paint → interactive", f"{figures['startup_stall_max_ms']:.0f} ms",
         "", figures["startup_stall_max_ms"], 100, "ms"),
        ("autosave, keystroke → committed, p99", f"{figures['autosave_p99_ms']:.1f} ms",
         f"p50 {typing['autosave_p50_ms']:.1f} ms", figures["autosave_p99_ms"], 10, "ms"),
        ("longest UI stall while typing", f"{figures['ui_stall_max_ms']:.1f} ms",
         f"{typing['keys_typed']:.0f} keys at 25 ms", figures["ui_stall_max_ms"], 30, "ms"),
        ("full-workbook PDF of the demo", f"{figures['export_s']:.3f} s",
         f"plain reportlab {figures['export_floor_s']:.3f} s",
         figures["export_s"] / figures["export_floor_s"], 1.2, "ratio"),
        ("two years: full-workbook PDF", f"{figures['long_pdf_s']:.2f} s",
         f"plain reportlab {figures['long_pdf_floor_s']:.2f} s, "
         f"{figures['long_pdf_pages']:.0f} pp",
         figures["long_pdf_s"] / figures["long_pdf_floor_s"], 1.2, "ratio"),
        ("two years: open (library → home)", f"{figures['long_open_s']:.3f} s", "",
         figures["long_open_s"], 0.3, "s"),
        ("two years: move between stages", f"{figures['long_stage_switch_ms']:.0f} ms",
         f"slowest {figures['long_stage_switch_max_ms']:.0f} ms",
         figures["long_stage_switch_ms"], 50, "ms"),
        ("two years: merge after 200 edits a side", f"{figures['long_merge_s']:.3f} s",
         f"changes file {figures['long_changes_kb']:.0f} KB", figures["long_merge_s"], 0.5,
         "s"),
        ("two years: search", f"{figures['long_search_ms']:.1f} ms",
         f"slowest {figures['long_search_max_ms']:.1f} ms", figures["long_search_ms"], 20, "ms"),
        ("1,000 full workbooks: library shown", f"{figures['library_1000_s']:.3f} s",
         f"{large['library_rows']:.0f} rows", figures["library_1000_s"], 0.25, "s"),
        ("1,000 full workbooks: search", f"{figures['search_1000_ms']:.1f} ms", "",
         figures["search_1000_ms"], 20, "ms"),
        ("1,000 full workbooks: slowest search", f"{figures['search_1000_max_ms']:.1f} ms", "",
         figures["search_1000_max_ms"], 30, "ms"),
        ("1,000 full workbooks: peak memory", f"{figures['peak_rss_mb']:.0f} MB", "",
         figures["peak_rss_mb"], 150, "MB"),
    ]  # fmt: skip
    if frozen_too:
        rows += [
            ("frozen app: the dist/ folder", f"{figures['frozen_size_mb']:.0f} MB", "",
             figures["frozen_size_mb"], 130, "MB"),
            ("frozen app: the tarball", f"{figures['frozen_tarball_mb']:.0f} MB", "",
             figures["frozen_tarball_mb"], 60, "MB"),
            ("frozen app: first paint", f"{figures['frozen_startup_s']:.3f} s",
             f"bare PySide6 window {figures['frozen_floor_s']:.3f} s",
             figures["frozen_startup_s"] / figures["frozen_floor_s"], 2.0, "ratio"),
        ]  # fmt: skip
    print(f"\n{'figure':42} {'measured':>10}   {'beside':36} {'value':>8} {'target':>9}  met")
    for name, measured, beside, value, target, unit in rows:
        shown = f"{value:.2f}" if unit == "ratio" else f"{value:.3g}"
        met = "yes" if value <= target else "NO"
        print(f"{name:42} {measured:>10}   {beside:36} {shown:>8} {'≤ ' + str(target):>9}  {met}")
    _growth(figures, demo)
    print(f"\n(medians of {runs} runs; the typing probe and the long PDF {max(1, runs // 2)})")
    (HERE / "results.json").write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n")
    print(f"Wrote {HERE / 'results.json'}")
    shutil.rmtree(work, ignore_errors=True)  # the data folders: 70 MB of made-up workbooks
    return figures


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(int(args[0]) if args else 5, frozen_too="--no-frozen" not in sys.argv)
