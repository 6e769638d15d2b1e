"""The wheel's configuration ships every package of the program and every shipped file."""

from __future__ import annotations

import tomllib
from pathlib import Path

from sbs_desktop.core import shipped

REPOSITORY = Path(__file__).resolve().parents[2]
SETUPTOOLS = tomllib.loads((REPOSITORY / "pyproject.toml").read_text())["tool"]["setuptools"]


def test_every_package_of_the_program_is_listed_for_the_wheel() -> None:
    # The list is explicit (resources/ is mapped in), so a new package must be added to it.
    on_disk = {".".join(path.parent.relative_to(REPOSITORY).parts)
               for path in (REPOSITORY / "sbs_desktop").rglob("__init__.py")}
    assert on_disk | {shipped.PACKAGE} == set(SETUPTOOLS["packages"])


def test_resources_are_installed_as_the_package_the_program_reads() -> None:
    assert SETUPTOOLS["package-dir"] == {shipped.PACKAGE: "resources"}
    assert shipped.resources_dir().resolve() == (REPOSITORY / "resources").resolve()
    assert shipped.shipped_file("translations/sbs_fr.qm").is_file()
