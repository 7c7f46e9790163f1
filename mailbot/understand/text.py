"""Small text helpers shared by the readers: folding for comparison, splitting into lines."""

from __future__ import annotations

import re
import unicodedata

_FOLD_TABLE = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue"})
_NON_ALNUM = re.compile(r"[^0-9a-z]+")


def fold(value: str) -> str:
    """Lower-case ASCII form so that "MÜHLHAUSEN", "Muehlhausen" and "Mühlhausen" compare equal."""
    value = value.translate(_FOLD_TABLE).lower()
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    return _NON_ALNUM.sub(" ", value).strip()


def lines(text: str) -> list[str]:
    """Non-empty, stripped lines; table borders and bullets are left to the callers."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def is_all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)
