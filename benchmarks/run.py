"""`make bench`: every performance figure beside its floor or target, measured in this run.

Writes benchmarks/results.json. Figures are medians of several runs (the machine is noisy).
    .venv/bin/python benchmarks/run.py [RUNS]
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks import dataset, export, merge  # noqa: E402

OFFSCREEN = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


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


def main(runs: int) -> dict[str, float]:
    work = Path(tempfile.mkdtemp(prefix="actionmentor-bench-"))
    print(f"Building data folders in {work} (1 demo, 200 and 1,000 full workbooks)…")
    dataset.build(work / "one", 1)
    dataset.build(work / "200", 200)
    dataset.build(work / "1000", 1000)
    _run("-m", "actionmentor", "--data-dir", str(work / "200"), "list")  # the day's backup

    figures: dict[str, float] = {}
    figures |= startup(work / "200", runs)
    figures |= export.main(runs, quiet=True)
    figures |= merge.main(runs)
    typing = _probe("typing", work / "one", max(1, runs // 2))
    large = _probe("library", work / "1000", runs)
    figures |= {
        "autosave_p99_ms": typing["autosave_p99_ms"],
        "ui_stall_max_ms": typing["ui_stall_max_ms"],
        "library_1000_s": large["library_s"],
        "search_1000_ms": large["search_ms"],
        "peak_rss_mb": large["peak_rss_mb"],
    }
    rows = [
        ("first paint, 200 workbooks", f"{figures['startup_s']:.3f} s",
         f"bare PySide6 window {figures['startup_floor_s']:.3f} s",
         figures["startup_s"] / figures["startup_floor_s"], 2.5, "ratio"),
        ("time to interactive, 200 workbooks", f"{figures['interactive_s']:.3f} s",
         f"bare PySide6 window {figures['startup_floor_s']:.3f} s",
         figures["interactive_s"] / figures["startup_floor_s"], 4.0, "ratio"),
        ("longest stall, first paint → interactive", f"{figures['startup_stall_max_ms']:.0f} ms",
         "", figures["startup_stall_max_ms"], 100, "ms"),
        ("full-workbook PDF of the demo", f"{figures['export_s']:.3f} s",
         f"plain reportlab {figures['export_floor_s']:.3f} s",
         figures["export_s"] / figures["export_floor_s"], 1.5, "ratio"),
        ("autosave, keystroke → committed, p99", f"{figures['autosave_p99_ms']:.1f} ms",
         f"p50 {typing['autosave_p50_ms']:.1f} ms", figures["autosave_p99_ms"], 15, "ms"),
        ("longest UI stall while typing", f"{figures['ui_stall_max_ms']:.1f} ms",
         f"{typing['keys_typed']:.0f} keys at 25 ms", figures["ui_stall_max_ms"], 50, "ms"),
        ("1,000 full workbooks: library shown", f"{figures['library_1000_s']:.3f} s",
         f"{large['library_rows']:.0f} rows", figures["library_1000_s"], 0.3, "s"),
        ("1,000 full workbooks: search", f"{figures['search_1000_ms']:.1f} ms",
         f"slowest {large['search_max_ms']:.1f} ms", figures["search_1000_ms"], 50, "ms"),
        ("two years' alliance: merge a changes file", f"{figures['merge_large_s']:.3f} s",
         f"plain pycrdt {figures['merge_large_floor_s']:.3f} s", figures["merge_large_s"], 1.0,
         "s"),
        ("1,000 full workbooks: peak memory", f"{figures['peak_rss_mb']:.0f} MB", "",
         figures["peak_rss_mb"], 200, "MB"),
    ]  # fmt: skip
    print(f"\n{'figure':40} {'measured':>10}   {'beside':34} {'value':>8} {'target':>9}  met")
    for name, measured, beside, value, target, unit in rows:
        shown = f"{value:.2f}" if unit == "ratio" else f"{value:.3g}"
        met = "yes" if value <= target else "NO"
        print(f"{name:40} {measured:>10}   {beside:34} {shown:>8} {'≤ ' + str(target):>9}  {met}")
    print(f"\n(medians of {runs} runs; the typing probe {max(1, runs // 2)} runs)")
    (HERE / "results.json").write_text(json.dumps(figures, indent=2, sort_keys=True) + "\n")
    print(f"Wrote {HERE / 'results.json'}")
    return figures


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
