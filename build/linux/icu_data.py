"""Rebuilds Qt's ICU data library (Linux) with English, French and root data only.

PySide6's Linux wheels ship libicudata.so.73, 31 MB of locale, collation, charset and
dictionary data for every language ICU knows; QtCore needs the library but the program
speaks English and French and never converts legacy charsets. This keeps every item that
is not a locale's (Unicode properties, normalisation, time zones, plural rules) and the
root, en* and fr* locale items (the fallback chain fr_CA -> fr -> root), drops the charset
converters (.cnv) and transliteration rules, which Qt never calls, and links the smaller
archive back into a library of the same name and symbol.

Needs icupkg (Debian: icu-devtools) and binutils (as, ld, objcopy); without them the
build keeps the full library and says so.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

KEPT_LANGUAGES = ("en", "fr")
# A locale item's name: a 2-3 letter language code, then optional _Script, _REGION, _VARIANT.
LOCALE_ITEM = re.compile(r"^(?P<language>[a-z]{2,3})(_\w*)?\.res$")
# Index items that the locale pattern would otherwise take for a language "res".
INDEX_ITEMS = {"res_index.res"}
TOOLS = ("icupkg", "objcopy", "as", "ld", "nm")


def item_kept(item: str) -> bool:
    """Whether an item of the ICU archive (e.g. 'coll/de.res') stays in the trimmed data."""
    name = item.rsplit("/", 1)[-1]
    if name.endswith(".cnv") or item.startswith("translit/"):
        return False
    match = LOCALE_ITEM.match(name)
    if name in INDEX_ITEMS:
        return True
    return match is None or match["language"] in KEPT_LANGUAGES


def missing_tools() -> list[str]:
    """The tools this step needs that are not on PATH."""
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def trimmed_icu_library(original: Path, work: Path) -> Path:
    """Write a trimmed copy of `original` (libicudata.so.NN) in `work` and return its path."""
    work.mkdir(parents=True, exist_ok=True)
    symbols = subprocess.run(["nm", "-D", "--defined-only", str(original)], check=True,
                             capture_output=True, text=True).stdout
    symbol = next(line.split()[-1] for line in symbols.splitlines()
                  if re.search(r"icudt\d+_dat$", line))
    full = work / f"{symbol.removesuffix('_dat')}l.dat"
    subprocess.run(["objcopy", "-O", "binary", "--only-section=.rodata", str(original),
                    str(full)], check=True)
    listing = subprocess.run(["icupkg", "-l", str(full)], check=True, capture_output=True,
                             text=True).stdout.split()
    dropped = work / "dropped-items.txt"
    dropped.write_text("\n".join(item for item in listing if not item_kept(item)) + "\n")
    # icupkg names the items inside after the output file, so it keeps the original name.
    trimmed = work / "trimmed" / full.name
    trimmed.parent.mkdir(exist_ok=True)
    subprocess.run(["icupkg", "-r", str(dropped), str(full), str(trimmed)], check=True,
                   capture_output=True)
    # The data must be 16-byte aligned and exported under the same symbol that
    # libicuuc looks up; the soname stays the same so the loader picks this file.
    assembly = work / "icudata.s"
    assembly.write_text(
        "    .section .rodata\n"
        f"    .globl {symbol}\n"
        f"    .type {symbol}, @object\n"
        "    .balign 16\n"
        f"{symbol}:\n"
        f'    .incbin "{trimmed}"\n'
        f"    .size {symbol}, . - {symbol}\n"
        '    .section .note.GNU-stack,"",@progbits\n')
    objects = work / "icudata.o"
    subprocess.run(["as", "-o", str(objects), str(assembly)], cwd=work, check=True)
    library = work / original.name
    subprocess.run(["ld", "-shared", "-soname", original.name, "-o", str(library),
                    str(objects)], check=True)
    return library
