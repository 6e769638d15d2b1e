"""The program's licence and the notices of the third-party software it ships (Help menu)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib.metadata import Distribution, PackageNotFoundError, distribution

from sbs_desktop import DISTRIBUTION
from sbs_desktop.core.shipped import shipped_file

# Written into the frozen bundle by build/sbs-desktop.spec (build/notices.py), from the
# distributions PyInstaller actually collected.
NOTICES_FILE = "THIRD-PARTY-NOTICES.txt"
# resources/notices: software that no wheel's metadata names a licence file for (Qt,
# ICU, SQLCipher and OpenSSL inside sqlcipher3).
EXTRA_NOTICES = "notices"
# Older wheels list no License-File; their licence then sits in .dist-info by one of these.
LICENCE_NAME = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)
RULE = "=" * 78


def licence_texts(dist: Distribution) -> list[tuple[str, str]]:
    """(file name, text) of each licence file a distribution's metadata carries."""
    texts = []
    for name in dist.metadata.get_all("License-File") or []:
        # Metadata 2.4 keeps them under licenses/; older setuptools beside METADATA.
        text = dist.read_text(f"licenses/{name}") or dist.read_text(name)
        if text:
            texts.append((name, text))
    if texts:
        return texts
    for file in dist.files or []:
        in_metadata = any(part.endswith(".dist-info") for part in file.parts[:-1])
        if in_metadata and LICENCE_NAME.match(file.name):
            texts.append((file.name, file.locate().read_text(encoding="utf-8", errors="replace")))
    return texts


def declared_licence(dist: Distribution) -> str:
    """The licence a distribution's metadata declares, in a few words."""
    metadata = dist.metadata
    expression = metadata.get("License-Expression")
    if expression:
        return expression
    licence = (metadata.get("License") or "").strip()
    if licence and "\n" not in licence and len(licence) < 100:
        return licence
    classifiers = [c.split(" :: ")[-1] for c in metadata.get_all("Classifier") or []
                   if c.startswith("License ::")]
    return ", ".join(classifiers) or "see its licence text"


def distribution_notice(dist: Distribution) -> str:
    """One distribution's heading (name, version, licence) and its licence texts."""
    heading = f"{dist.metadata['Name']} {dist.version} ({declared_licence(dist)})"
    texts = licence_texts(dist)
    body = "\n\n".join(f"--- {name} ---\n{text.strip()}" for name, text in texts) or (
        "No licence file is included in this distribution's metadata; its licence is "
        "the one named above.")
    return f"{RULE}\n{heading}\n{RULE}\n\n{body}\n"


def extra_notices() -> list[str]:
    """The notices kept in resources/notices, in file-name order."""
    folder = shipped_file(EXTRA_NOTICES)
    return [path.read_text(encoding="utf-8")
            for path in sorted(folder.iterdir()) if path.suffix == ".txt"]


def collect_notices(distributions: Iterable[Distribution], more: Iterable[str] = ()) -> str:
    """The full text of the notices: each distribution once, by name, then the extra ones."""
    by_name = {}
    for dist in distributions:
        name = (dist.metadata["Name"] or "").lower().replace("_", "-")
        if name and name != DISTRIBUTION:
            by_name.setdefault(name, dist)
    sections = [distribution_notice(by_name[name]) for name in sorted(by_name)]
    sections += [f"{RULE}\n{text.strip()}\n" for text in [*extra_notices(), *more]]
    return (
        "Side-by-Side Desktop includes the following third-party software, each under its "
        "own licence.\n\n" + "\n".join(sections))


def required_distributions(root: str = DISTRIBUTION) -> list[Distribution]:
    """The installed distributions the program requires, directly or not (extras left out)."""
    found: dict[str, Distribution] = {}
    waiting = [root]
    while waiting:
        name = waiting.pop()
        key = name.lower().replace("_", "-").replace(".", "-")
        if key in found:
            continue
        try:
            dist = distribution(name)
        except PackageNotFoundError:  # a requirement for another platform
            continue
        found[key] = dist
        for requirement in dist.requires or []:
            requirement_name, _, marker = requirement.partition(";")
            if "extra" not in marker:
                waiting.append(re.match(r"[A-Za-z0-9._-]+", requirement_name.strip()).group())
    return [dist for key, dist in found.items() if key != DISTRIBUTION]


def third_party_notices() -> str:
    """The notices of this installation: the bundle's own list, or those installed beside it."""
    bundled = shipped_file(NOTICES_FILE)
    if bundled.is_file():
        return bundled.read_text(encoding="utf-8")
    return collect_notices(required_distributions())


def program_licence() -> str:
    """Side-by-Side Desktop's own licence text (LICENSE, MIT)."""
    try:
        texts = licence_texts(distribution(DISTRIBUTION))
    except PackageNotFoundError:
        texts = []
    return texts[0][1] if texts else "MIT License\n\nThe Side-by-Side Desktop contributors"
