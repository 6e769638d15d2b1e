"""The frozen program's entry point: the same `sbs-desktop` command as the installed script."""

import sys

from sbs_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
