"""The frozen app's entry point: the same command line as the installed `actionmentor`."""

from actionmentor.cli import main

raise SystemExit(main())
