"""Places that `places.find` leaves aside: who a neighbouring administration writes for, where the
writer travels from, and a municipality spelled into a private address.

An erfüllende Gemeinde or a VG seat is itself a municipality, so its signature ("Landgemeinde An der
Schmücke / für die Gemeinde Etzleben") names two places; the one it acts for is the one that counts.
The other two hints are weak: they only decide when nothing stronger was found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .places import _CANDIDATE, Match, _scan, gazetteer, shipped_venue
from .text import fold

# "für die Gemeinde X", "im Auftrag der Gemeinde X": the one acted for. ("Gemeinde A – erfüllende Gemeinde für B"
# only describes A's office: its own staff come for A.)
_BEHALF = re.compile(
    r"(?:\b(?:für|im[ \t]+Auftrag|namens|in[ \t]+Vertretung)[ \t]+(?:die[ \t]+|der[ \t]+|unsere[ \t]+)?"
    r"(?:Mitglieds)?(?:Gemeinde|Stadt|Landgemeinde)[ \t]+)" + _CANDIDATE)
# "Der Weg von X nach <the venue>": where the writers set out from.
_TRAVEL = re.compile(r"\b(?:von|ab)[ \t]+" + _CANDIDATE + r"(?=[ \t]+nach\b)")
# A role or office spelled into a private address beside the place: buergermeister.x@, gemeinde-x@.
_OFFICE_WORD = re.compile(r"^(?:buergermeister(?:in)?|bgm|gemeinde|stadt|bauamt|hauptamt|rathaus|verwaltung|"
                          r"gemeindeverwaltung|stadtverwaltung|ortsteil|ortsbuergermeister(?:in)?)$")


def local_part(address: str, venue: str | None = None) -> Match | None:
    """`buergermeister.niedertrebra@web-post.example`: the place in the local part, only beside an office word
    (never the venue, folded as EventTerms.venue; the shipped event's when None)."""
    venue = shipped_venue() if venue is None else venue
    if "@" not in address:
        return None
    words = [w for w in re.split(r"[._\-+]", address.rsplit("@", 1)[0].lower()) if w]
    if not any(_OFFICE_WORD.match(w) for w in words):
        return None
    gaz = gazetteer()
    for w in words:
        rows = gaz.domains.get(w)
        if rows and len(rows) == 1 and len(w) >= 5 and not _OFFICE_WORD.match(w) and w.replace(" ", "") != fold(
                venue).replace(" ", ""):
            return Match(rows[0], 1, f"local part of the address: {rows[0].municipality.name}", 10**7)
    return None


def extend(matches: Sequence[Match], text: str, signature: str, addresses: tuple[str, ...], *,
           own_seat: bool, venue: str | None = None) -> list[Match]:
    """`matches` with the places acted for (strongest), and, for writers whose seat is not their client's
    (`own_seat` False for planning offices and authorities), the travel origin and the address hint.
    `venue` as for `places.find`."""
    venue = shipped_venue() if venue is None else venue
    context = f"{text}\n{signature}"
    found: list[Match] = list(matches)
    found += _scan(_BEHALF, text, 6, "written on behalf of", True, context, venue)
    found += _scan(_BEHALF, signature, 6, "signed on behalf of", True, context, venue)
    if own_seat:
        found += _scan(_TRAVEL, text, 2, "travelling from", False, context, venue)
        for addr in addresses:
            hint = local_part(addr, venue)
            if hint is not None:
                found.append(hint)
    found.sort(key=lambda m: (-m.strength, m.position))
    return found
