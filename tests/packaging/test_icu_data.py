"""The trimmed ICU data (build/linux/icu_data.py) keeps what English and French need."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "build" / "linux"))
import icu_data


@pytest.mark.parametrize("item", [
    "root.res", "en.res", "en_CA.res", "fr.res", "fr_CA.res", "coll/fr.res", "coll/root.res",
    "coll/ucadata.icu", "res_index.res", "coll/res_index.res", "pool.res", "zone/fr_CA.res",
    "supplementalData.res", "likelySubtags.res", "metaZones.res", "brkitr/char.brk",
    "brkitr/cjdict.dict", "nfkc.nrm", "unames.icu", "curr/en_150.res",
])
def test_items_english_and_french_need_stay(item: str) -> None:
    assert icu_data.item_kept(item)


@pytest.mark.parametrize("item", [
    "de.res", "de_DE.res", "zh_Hant_TW.res", "coll/de__PHONEBOOK.res", "coll/sv.res",
    "lang/ja.res", "region/es_419.res", "curr/haw.res", "ibm-1047_P100-1995.cnv",
    "gb18030.cnv", "translit/root.res", "translit/el.res",
])
def test_other_languages_converters_and_transliteration_go(item: str) -> None:
    assert not icu_data.item_kept(item)


QT_ICU_DATA = Path(PySide6.__file__).parent / "Qt" / "lib" / "libicudata.so.73"
# Sorts with French collation and prints the result, in a process that loads the trimmed
# library first (LD_PRELOAD: same soname, so Qt's ICU uses it).
SORT_IN_FRENCH = """
import functools
from PySide6.QtCore import QCollator, QCoreApplication, QLocale
application = QCoreApplication([])
collator = QCollator(QLocale("fr_CA"))
print(sorted(["f", "é", "b", "e", "a", "zoo", "Zèbre"], key=functools.cmp_to_key(collator.compare)))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux") or not QT_ICU_DATA.exists()
                    or bool(icu_data.missing_tools()),
                    reason="needs Linux, PySide6's ICU library, icupkg and binutils")
def test_qt_collates_french_with_the_trimmed_library(tmp_path: Path) -> None:
    library = icu_data.trimmed_icu_library(QT_ICU_DATA, tmp_path)
    assert library.stat().st_size < QT_ICU_DATA.stat().st_size / 2
    finished = subprocess.run(
        [sys.executable, "-c", SORT_IN_FRENCH], capture_output=True, text=True, check=False,
        timeout=120, env={"LD_PRELOAD": str(library), "QT_QPA_PLATFORM": "offscreen",
                          "PATH": "/usr/bin:/bin"})
    assert finished.returncode == 0, finished.stderr
    # Collation data present: accented letters sort beside their base letter, not after z.
    assert finished.stdout.strip() == "['a', 'b', 'e', 'é', 'f', 'Zèbre', 'zoo']"
    assert "Could not create collator" not in finished.stderr
