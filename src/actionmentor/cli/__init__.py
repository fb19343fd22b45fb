"""The command line: the entry point and parser, the commands, and their JSON shapes."""

from actionmentor.cli.main import main

__all__ = ["main"]
