"""The frozen build's ICU trim keeps what English, German and root need, and only that."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location(
    "trim_icu", Path(__file__).parent.parent / "packaging" / "trim_icu.py"
)
assert _SPEC is not None and _SPEC.loader is not None
trim_icu = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(trim_icu)


def test_only_other_locales_and_legacy_converters_go() -> None:
    kept = (
        "root.res en.res en_GB.res de.res de_AT.res res_index.res pool.res "
        "supplementalData.res zoneinfo64.res coll/root.res coll/de.res curr/en_001.res "
        "unit/en.res brkitr/cjdict.dict brkitr/de.res nfc.nrm uprops.icu cnvalias.icu "
        "translit/root.res"
    )
    gone = (
        "fr.res es_.res zh_Hant_TW.res coll/es.res curr/ja.res zone/pt_BR.res "
        "rbnf/ru.res ibm-1390_P110-2003.cnv gb18030.cnv"
    )
    assert trim_icu.unused_items(kept.split() + gone.split()) == gone.split()
