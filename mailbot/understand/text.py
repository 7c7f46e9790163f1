"""Small text helpers shared by the readers: folding for comparison, splitting into lines."""

from __future__ import annotations

import re
import unicodedata

from .names import SALUTATION, TITLE

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


_LIST_OR_TABLE = re.compile(r"^\s*(?:\d{1,2}[.)]\s|[-*•–·]\s|[a-z]\)\s|>)|\t| \| |^[^\s:]{1,3}$")
_KEY_VALUE = re.compile(r"^\s*[A-Za-zÄÖÜäöüß/ .,\-]{2,30}\s*[:=](?:\s|$)")
_STARTS_PERSON = re.compile(rf"^\s*(?:{SALUTATION}|{TITLE})\s")
_ENDS_EMAIL = re.compile(r"@[\w.\-]+\.\w{2,24}[>)\]]?[.,;]?\s*$")


def _wrapped(line: str, nxt: str) -> bool:
    """Whether `nxt` continues the sentence of `line` that a mail client broke at its line width."""
    if not line.strip() or not nxt.strip():
        return False
    if (_LIST_OR_TABLE.search(line) or _LIST_OR_TABLE.search(nxt) or _KEY_VALUE.match(nxt)
            or _STARTS_PERSON.match(nxt)):
        return False
    end = line.rstrip()
    if end.endswith((":", ";")) or _ENDS_EMAIL.search(end):
        return False
    if _KEY_VALUE.match(line):  # a long remark typed into a form field may wrap; a short value does not
        return len(end) >= 50 and bool(re.match(r"\s*[a-zäöüß]", nxt))
    if re.search(r"[.!?]$", end) and len(end) < 50:
        return False
    if len(end) >= 50:
        return True
    # a short line still continues when it stops mid-sentence and the next word is lower case or an address
    return bool(re.search(r"[\w\-]$", end) and re.match(r"\s*(?:[a-zäöüß(]|[\w.+\-]+@)", nxt))


def unwrap(text: str) -> str:
    """Hard-wrapped paragraphs (~72 characters a line) joined back into one line each.

    List items, key: value lines, table rows and lines that start a person ("Frau Dr. …") stay as
    lines, so the line-based readers keep working on the result.
    """
    out: list[str] = []
    for line in text.splitlines():
        if out and _wrapped(out[-1], line):
            out[-1] = out[-1].rstrip() + " " + line.strip()
        else:
            out.append(line)
    return "\n".join(out)


_BOUNDARY = re.compile(r"(?<=[.!?])[\"“”»')]*[ \t]+(?=[\"„«(]?[A-ZÄÖÜ])|[ \t]*\n")
_ABBREVIATIONS = frozenset(
    "dr prof dipl ing nr str st ca bzw ggf evtl ggfs inkl zzgl usw etc vgl bzgl tel mr mrs ms jr sr abt "
    "gem lt geb verw z b u a d h i v o ä m s e w g "
    "sc eng phil nat pol jur med oec".split()  # degrees before a name: M.Sc., M.Eng., Dr. rer. nat.
)


_BOUNDARY_PARAGRAPH = re.compile(r"(?<=[.!?])[\"“”»')]*\s+(?=[\"„«(]?[A-ZÄÖÜ])|\n[ \t]*\n\s*")


def sentences(text: str, by_line: bool = True) -> list[str]:
    """Sentences (and lines, with `by_line`), not broken after "Dr.", "z. B.", "u. a." or a date's "20."."""
    out: list[str] = []
    start = 0
    for m in (_BOUNDARY if by_line else _BOUNDARY_PARAGRAPH).finditer(text):
        hard = "\n" in m.group(0) if by_line else bool(re.search(r"\n[ \t]*\n", m.group(0)))
        if not hard:
            word = re.search(r"([\wäöüß]+)\.$", text[start:m.start()])
            if word and (word.group(1).lower() in _ABBREVIATIONS or word.group(1).isdigit()):
                continue
        piece = text[start:m.start()].strip()
        if piece:
            out.append(piece)
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out
