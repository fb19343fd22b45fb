"""`make translations`: extract the interface strings into resources/translations/*.ts with
pyside6-lupdate (keeping what is translated already), then build the .qm files the app loads
with pyside6-lrelease. Translate in the .ts files (Qt Linguist: pyside6-linguist) and run it
again. Prints how many strings each language still lacks.
    .venv/bin/python tools/translations.py [--check]
--check fails if a .ts file is out of date with the code or has unfinished strings (the
test suite runs it).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "src/actionmentor/ui").rglob("*.py"))
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("de", "en")
# English is the source language: its file holds only the strings with a number in them
# (%n), so that "1 action" and "2 actions" each read right.
PLURAL_ONLY = ("en",)
BIN = Path(sys.executable).parent


def lupdate(ts: Path, language: str) -> None:
    plural = ["-pluralonly", "-target-language", language] if language in PLURAL_ONLY else []
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *SOURCES, "-ts", str(ts), "-no-obsolete", "-silent",
         *plural],
        cwd=ROOT,
        check=True,
    )  # fmt: skip


def known_translations(ts: Path) -> dict[str, ET.Element]:
    """Every finished translation in the file, by its source text."""
    root = ET.parse(ts).getroot()
    return {
        str(message.findtext("source")): translation
        for message in root.iter("message")
        if (translation := message.find("translation")) is not None
        and translation.get("type") not in ("unfinished", "obsolete", "vanished")
        and "".join(translation.itertext()).strip()
    }


def carry_over(ts: Path, known: dict[str, ET.Element]) -> int:
    """Fill strings that moved to another class (a new context) with the translation they
    had before; returns how many. lupdate would otherwise drop and re-ask them."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = str(message.findtext("source"))
        if translation is not None and translation.get("type") == "unfinished" and source in known:
            message.remove(translation)
            message.append(known[source])
            filled += 1
    if filled:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def unfinished(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()
    return [
        str(message.findtext("source"))
        for message in root.iter("message")
        if (translation := message.find("translation")) is None
        or translation.get("type") == "unfinished"
        or not "".join(translation.itertext()).strip()  # plain, or its numerus forms
    ]


def messages(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of every string: what the code asks to be translated."""
    root = ET.parse(ts).getroot()
    return {
        (str(context.findtext("name")), str(message.findtext("source")))
        for context in root.iter("context")
        for message in context.iter("message")
    }


def main(check: bool) -> int:
    problems = 0
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"actionmentor_{language}.ts"
        if not ts.exists():
            ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                          f'<TS version="2.1" language="{language}"></TS>\n')  # fmt: skip
        if check:
            with tempfile.TemporaryDirectory() as tmp:
                fresh = Path(tmp) / ts.name
                shutil.copy(ts, fresh)
                lupdate(fresh, language)
                # Locations differ with the file's folder; the strings must not.
                if unfinished(fresh) or messages(fresh) != messages(ts):
                    print(f"{ts.name} is out of date: run 'make translations'.")
                    problems += 1
            continue
        known = known_translations(ts)
        lupdate(ts, language)
        moved = carry_over(ts, known)
        if moved:
            lupdate(ts, language)  # back into lupdate's own layout
        missing = unfinished(ts)
        qm = ts.with_suffix(".qm")
        subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                       check=True)  # fmt: skip
        print(f"{ts.name}: {moved} moved strings kept their translation; "
              f"{len(missing)} untranslated; built {qm.name}")  # fmt: skip
        for source in missing:
            print(f"  {source!r}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main("--check" in sys.argv))
