"""Side-by-Side Desktop: confidential records for a peer support program."""

from importlib.metadata import PackageNotFoundError, version

# The one source of the version is pyproject.toml, read back from the installed metadata
# (a wheel, an editable install, or the copy the PyInstaller spec puts in the bundle).
DISTRIBUTION = "sbs-desktop"
try:
    __version__ = version(DISTRIBUTION)
except PackageNotFoundError:  # run from a checkout that was never installed
    __version__ = "0+unknown"
