"""Leave out of the frozen folder every shared library nothing in it loads.

PyInstaller collects each Qt plugin's dependencies when it collects the plugin; the spec
leaves out plugins the app never uses (the GTK theme, framebuffer and VNC platforms, image
formats other than SVG), but their libraries (GTK, Cairo, Pango, …) stay behind. This walks
the NEEDED entries (readelf -d) from everything that is loaded directly: the executable,
the Python extension modules and the Qt plugins kept. A library no path reaches is
removed, with the links to it.
    python packaging/prune.py dist/actionmentor
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

# Loaded with dlopen, so no NEEDED entry names them: the bootloader opens libpython, and
# glibc opens libgcc_s to unwind a thread.
ALWAYS = re.compile(r"^(libpython|libgcc_s)")
_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[(.+?)\]")


def _is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def _needed(path: Path) -> list[str]:
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True)
    return _NEEDED.findall(out.stdout)


def _is_library(path: Path, root: Path) -> bool:
    """A plain shared library (which something else must need), not a module or plugin."""
    relative = path.relative_to(root).as_posix()
    plugin = "/Qt/plugins/" in f"/{relative}"
    module = ".cpython-" in path.name or ".abi3." in path.name
    return path.name.startswith("lib") and ".so" in path.name and not plugin and not module


def prune(folder: Path) -> tuple[int, int]:
    folder = folder.resolve()  # compared with resolved link targets below
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink() and _is_elf(p)]
    by_name: dict[str, list[Path]] = {}
    for p in folder.rglob("*"):
        if p.is_file() and ".so" in p.name:
            by_name.setdefault(p.name, []).append(p.resolve())
    libraries = {p for p in files if _is_library(p, folder)}
    todo = [p for p in files if p not in libraries or ALWAYS.match(p.name)]
    reached: set[Path] = set(todo)
    while todo:
        for name in _needed(todo.pop()):
            for target in by_name.get(name, []):
                if target not in reached:
                    reached.add(target)
                    todo.append(target)
    removed, freed = 0, 0
    for lib in sorted(libraries - reached):
        freed += lib.stat().st_size
        lib.unlink()
        removed += 1
    for link in [p for p in folder.rglob("*") if p.is_symlink()]:
        if not link.exists():  # pointed at a library just removed
            link.unlink()
    return removed, freed


if __name__ == "__main__":
    count, size = prune(Path(sys.argv[1]))
    print(f"pruned {count} libraries nothing loads ({size / 1e6:.1f} MB)")
    os.sync()
