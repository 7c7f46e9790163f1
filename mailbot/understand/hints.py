"""Places that `places.find` leaves aside: who a neighbouring administration writes for, where the
writer travels from, and a municipality spelled into a private address.

An erfüllende Gemeinde or a VG seat is itself a municipality, so its signature ("Landgemeinde An der
Schmücke / für die Gemeinde Etzleben") names two places; the one it acts for is the one that counts.
The other two hints are weak: they only decide when nothing stronger was found.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .places import _CANDIDATE, Match, PlaceRule, apply, gazetteer, shipped_venue
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


def local_part(address: str, venue: str | None = None, rule_name: str = "address_local_part") -> Match | None:
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
            return Match(rows[0], 1, f"{rule_name}: {rows[0].municipality.name}", 10**7)
    return None


# The hints, as rules like places.PLACE_RULES: "own_seat" here means the rule counts only for writers whose
# seat is their client's (not planning offices and authorities).
HINT_RULES: tuple[PlaceRule, ...] = (
    PlaceRule("on_behalf_in_text", "\"für die Gemeinde X\", \"im Auftrag der Stadt X\": the one acted for wins", 6,
              "text", _BEHALF, True, False, must=(("Ich melde mich für die Gemeinde Etzleben an.", "Etzleben"),),
              must_not=("Ich melde mich für die Veranstaltung an.",)),
    PlaceRule("on_behalf_in_signature", "an erfüllende Gemeinde signs \"für die Gemeinde X\"", 6, "signature",
              _BEHALF, True, False, must=(("Landgemeinde An der Schmücke\nfür die Gemeinde Etzleben", "Etzleben"),)),
    PlaceRule("travelling_from", "\"der Weg von X nach …\": where the writers set out from", 2, "text", _TRAVEL,
              False, True, must=(("Wie ist der Weg von Triptis nach Bad Lobenstein?", "Triptis"),),
              must_not=("Wie ist der Weg nach Bad Lobenstein?",)),
    PlaceRule("address_local_part", "a place beside an office word in a private address (buergermeister.x@)", 1,
              "address", None, False, True, must=(("buergermeister.niedertrebra@web-post.example", "Niedertrebra"),),
              must_not=("anna.triptis@web-post.example",)),
)


def extend(matches: Sequence[Match], text: str, signature: str, addresses: tuple[str, ...], *,
           own_seat: bool, venue: str | None = None) -> list[Match]:
    """`matches` with the places acted for (strongest), and, for writers whose seat is not their client's
    (`own_seat` False for planning offices and authorities), the travel origin and the address hint.
    `venue` as for `places.find`."""
    venue = shipped_venue() if venue is None else venue
    sources = {"text": text, "signature": signature}
    context = f"{text}\n{signature}"
    found: list[Match] = list(matches)
    for rule in HINT_RULES:
        if own_seat or not rule.own_seat:
            found += hint(rule, sources, addresses, context, venue)
    found.sort(key=lambda m: (-m.strength, m.position))
    return found


def hint(rule: PlaceRule, sources: dict[str, str], addresses: tuple[str, ...], context: str,
         venue: str) -> list[Match]:
    """The matches of one hint rule (the address hint reads the addresses; the others as places.apply)."""
    if rule.source == "address":
        return [m for m in (local_part(a, venue, rule.name) for a in addresses) if m is not None]
    return apply(rule, sources, addresses, context, venue)
