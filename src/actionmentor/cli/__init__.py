"""The command line. Where each command lives:

- main.py: the entry point, the parser, the global options (--data-dir, --version), errors
- workbooks.py: frameworks, new, list, search, show, answer, demo
- exports.py: export, blank, import
- safety.py: backup, backups, restore, check
- window.py: screenshot, and opening the window when no command is given
- common.py: helpers the command modules share; json_shapes.py: the JSON they print
"""

from actionmentor.cli.main import main

__all__ = ["main"]
