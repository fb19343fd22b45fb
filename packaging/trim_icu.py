"""Keep only the ICU data the app can use in the frozen folder: English, German and root.

PySide6's wheels link Qt Core against ICU, whose data library (libicudata, 31 MB) holds
every locale's names, currencies, units and collation, and the legacy-encoding converters.
Qt takes its own locale data from CLDR; through ICU it reads case mapping, normalisation,
break rules and the like, which stay. This takes the data package out of the library,
removes each locale's resources but root's, English's and German's, and the .cnv
converters (the app writes UTF-8 only; UTF-8/16/32, ASCII and Latin-1 are built into
ICU), and links the rest into a library of the same name and entry point.
Needs icupkg and genccode (icu-devtools) and objcopy and ld (binutils); without them the
library is left whole, and it says so.
    python packaging/trim_icu.py dist/actionmentor
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

LANGUAGES = ("en", "de")  # the languages the app speaks
_TREES = "curr|zone|lang|region|unit|coll|rbnf"
_LOCALE_ITEM = re.compile(rf"^(?:(?:{_TREES})/)?([a-z]{{2,3}}(?:_\w*)?)\.res$")
_TOOLS = ("icupkg", "genccode", "objcopy", "ld")


def unused_items(items: list[str]) -> list[str]:
    """The items of the data package the app never reads."""
    found = []
    for item in items:
        locale = _LOCALE_ITEM.match(item)
        if locale:
            name = locale.group(1)
            if name in ("root", "res_index") or name.split("_")[0] in LANGUAGES:
                continue
            found.append(item)
        elif item.endswith(".cnv"):
            found.append(item)
    return found


def trim(library: Path) -> tuple[int, int]:
    """Rewrite ``library`` (libicudata.so.NN) with the unused items removed; returns its
    size before and after."""
    version = re.search(r"\.so\.(\d+)", library.name)
    if version is None:
        raise SystemExit(f"not an ICU data library: {library}")
    entry = f"icudt{version.group(1)}"
    before = library.stat().st_size
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        data = work / f"{entry}l.dat"
        # The package is the library's read-only data; what follows it is ignored.
        subprocess.run(["objcopy", "-O", "binary", "--only-section=.rodata", str(library),
                        str(data)], check=True)  # fmt: skip
        listed = subprocess.run(["icupkg", "-l", str(data)], check=True, capture_output=True,
                                text=True).stdout.split()  # fmt: skip
        (work / "remove.txt").write_text("\n".join(unused_items(listed)) + "\n")
        small = work / "small.dat"
        subprocess.run(["icupkg", "-r", str(work / "remove.txt"), str(data), str(small)],
                       check=True, capture_output=True)  # fmt: skip
        subprocess.run(["genccode", "--object", "--match-arch", str(library), "--entrypoint",
                        entry, "-d", str(work), str(small)], check=True,
                       capture_output=True)  # fmt: skip
        out = work / library.name
        subprocess.run(["ld", "-shared", "-soname", library.name, "-o", str(out),
                        str(work / "small_dat.o")], check=True)  # fmt: skip
        shutil.copyfile(out, library)
    return before, library.stat().st_size


if __name__ == "__main__":
    missing = [t for t in _TOOLS if shutil.which(t) is None]
    libraries = sorted(Path(sys.argv[1]).rglob("libicudata.so.*"))
    libraries = [p for p in libraries if not p.is_symlink()]
    if missing:
        print(f"ICU data left whole: {', '.join(missing)} not found (icu-devtools, binutils)")
    for lib in [] if missing else libraries:
        old, new = trim(lib)
        print(f"ICU data: {lib.name} {old / 1e6:.1f} MB → {new / 1e6:.1f} MB (root, "
              f"{', '.join(LANGUAGES)})")  # fmt: skip
