"""Checks translated content files: `python tools/content_translation.py [FILE.de.toml ...]`.

With no files, checks the German translation of every content file. Prints one line per
problem and exits 1 if there is any.
"""

from __future__ import annotations

import sys
from pathlib import Path

from actionmentor.exercises.translation_check import content_files, problems


def main(argv: list[str]) -> int:
    if argv:
        pairs = []
        for name in argv:
            path = Path(name).resolve()
            stem, _, language = path.stem.rpartition(".")
            pairs.append((path.with_name(f"{stem}.toml"), language))
    else:
        pairs = [(path, "de") for path in content_files()]
    found = [line for english, language in pairs for line in problems(english, language)]
    print("\n".join(found) if found else f"{len(pairs)} file(s): complete")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
