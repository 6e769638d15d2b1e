"""Side-by-Side Desktop: confidential records for a peer support program."""

# The one source of the version is pyproject.toml, read back from the installed metadata
# (a wheel, an editable install, or the copy the PyInstaller spec puts in the bundle).
DISTRIBUTION = "sbs-desktop"
# When a checkout that was never installed runs (no metadata at all).
UNKNOWN_VERSION = "0+unknown"


def __getattr__(name: str) -> str:
    # Looked up on first use: importlib.metadata costs about 20 ms to import, which the
    # layers below the GUI and most commands never need to pay.
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version(DISTRIBUTION)
    except PackageNotFoundError:
        found = UNKNOWN_VERSION
    globals()["__version__"] = found
    return found
