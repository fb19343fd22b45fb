"""Lists the words of the printouts and the service messages that a language's catalogue
(``src/actionmentor/wording/<language>.toml``) lacks.

  python tools/wording.py [--language de] [--check] [--missing]

Printout words are the English texts passed to a ``Words`` object (``w("…")``, ``s.w("…")``)
in ``export/``. Service messages are the texts of ``raise …Error(…)`` in the layers below the
window, with each ``{…}`` named after what fills it (see ``message_templates``). ``--check``
exits 1 when something is missing or the catalogue holds a key no code uses; ``--missing``
prints the missing ones as TOML lines to fill in.
"""

from __future__ import annotations

import argparse
import ast
import json
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "actionmentor"
WORD_LAYERS = ("export", "services/agenda.py")
MESSAGE_LAYERS = ("services", "domain", "storage", "export", "files.py", "paths.py")


def _modules(layers: tuple[str, ...]) -> Iterator[Path]:
    for layer in layers:
        path = SRC / layer
        yield from sorted(path.rglob("*.py")) if path.is_dir() else [path]


# Words the export layer passes as values, not literals: roles and action states.
PASSED_AS_VALUES = {"mentee", "mentor", "together", "Mentee", "Mentor", "Together",
                    "planned", "in progress", "done", "dropped"}  # fmt: skip


def word_keys() -> set[str]:
    """Every literal first argument of a call to ``w``/``….w`` in the layers that print."""
    found = set(PASSED_AS_VALUES)
    for module in _modules(WORD_LAYERS):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            named_w = (isinstance(func, ast.Name) and func.id == "w") or (
                isinstance(func, ast.Attribute) and func.attr == "w"
            )
            first = node.args[0]
            if named_w and isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.add(first.value)
    return found


def _placeholder(expr: ast.expr) -> str:
    if isinstance(expr, ast.Name):
        return expr.id
    if isinstance(expr, ast.Attribute):
        return expr.attr
    if isinstance(expr, ast.Call):
        return _placeholder(expr.func)
    if isinstance(expr, ast.Subscript):
        return _placeholder(expr.value)
    return "value"


def template_of(node: ast.expr) -> str | None:
    """An f-string (or plain string) as a template: each ``{…}`` named after its
    expression, numbered when the same name would stand for different things."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value.replace("{", "{{").replace("}", "}}")
    if not isinstance(node, ast.JoinedStr):
        return None
    text, used = "", dict[str, str]()
    for part in node.values:
        if isinstance(part, ast.Constant):
            text += str(part.value).replace("{", "{{").replace("}", "}}")
        elif isinstance(part, ast.FormattedValue):
            name, source = _placeholder(part.value), ast.dump(part.value)
            n = 1
            while used.get(name, source) != source:
                n += 1
                name = f"{_placeholder(part.value)}{n}"
            used[name] = source
            text += "{" + name + "}"
    return text


def _for_people(template: str) -> bool:
    """A sentence someone may read, not a fragment or a programmer's message: it starts
    with a capital (or a filled-in value) and ends a sentence."""
    start = template.lstrip("{")[:1] if template.startswith("{") else template[:1]
    return (
        (template.startswith("{") or start.isupper() or start == "-")
        and template.rstrip(")").endswith((".", "?"))
        and not template.startswith("UTCDateTime")
        and "{{" not in template
    )


def message_templates() -> set[str]:
    found = set()
    for module in _modules(MESSAGE_LAYERS):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Raise)
                and isinstance(node.exc, ast.Call)
                and node.exc.args
                and (template := template_of(node.exc.args[0])) is not None
                and _for_people(template)
            ):
                found.add(template)
    return found


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--language", default="de")
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--missing", action="store_true")
    args = parser.parse_args(argv)
    path = SRC / "wording" / f"{args.language}.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}
    problems = 0
    for section, keys in (("words", word_keys()), ("messages", message_templates())):
        have = data.get(section, {})
        missing = sorted(keys - have.keys())
        unused = sorted(have.keys() - keys)
        same = sorted(k for k in keys & have.keys() if have[k] == k)
        problems += len(missing) + len(unused)
        if args.missing and missing:
            print(f"[{section}]")
            print("\n".join(f'{json.dumps(k, ensure_ascii=False)} = ""' for k in missing))
        elif missing or unused:
            for key in missing:
                print(f"{path.name} [{section}]: missing {key!r}")
            for key in unused:
                print(f"{path.name} [{section}]: no code uses {key!r}")
        print(f"# [{section}]: {len(keys)} texts, {len(keys & have.keys())} translated, "
              f"{len(same)} left as in English", file=sys.stderr)  # fmt: skip
    return 1 if args.check and problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
