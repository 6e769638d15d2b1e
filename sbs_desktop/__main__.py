"""Lets `python -m sbs_desktop` behave like the `sbs-desktop` command."""

from sbs_desktop.cli import main

raise SystemExit(main())
