"""Which Thuringian municipality a mail is about, matched against the gazetteer in data/.

Many municipality names are ordinary words or surnames, so a name only counts where the context
says it is a place: "Stadt X", "Gemeinde X", "Kommune: X", a postcode before it, the mail domain.
Typos are forgiven (rapidfuzz) only in such anchored positions, and only close ones.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from rapidfuzz import fuzz, process

from ..models import Municipality
from .event_terms import EventTerms
from .text import fold

DATA = Path(__file__).parent / "data"


def shipped_venue() -> str:
    """The shipped event's venue, folded: the venue when a caller names none (EventTerms.venue)."""
    return EventTerms.default().venue


@dataclass(frozen=True)
class Row:
    municipality: Municipality
    kind: str  # kreisfreie Stadt | Stadt | Landgemeinde | Gemeinde
    vg: str


@dataclass(frozen=True)
class Match:
    """A municipality found, how strongly the context supports it, and why (for `reasons`)."""

    row: Row
    strength: int
    reason: str
    position: int = 0


@dataclass(frozen=True)
class Gazetteer:
    rows: tuple[Row, ...]
    index: dict[str, tuple[Row, ...]]  # folded name variant → rows (several for duplicate names)
    domains: dict[str, tuple[Row, ...]]  # "badlobenstein", "bad-lobenstein" → rows
    keys: tuple[str, ...]
    districts: dict[str, str]  # folded district name → district name
    vg_names: tuple[str, ...]


# Second halves of slash names that are a river or region, not a place of their own ("Saalfeld/Saale").
_REGION_SUFFIX = {"saale", "thueringen", "thuer", "thuer wald", "werra", "rhoen", "helme", "kyffhaeuser", "unstrut",
                  "orla", "elster", "ilm", "gera", "harz", "eichsfeld", "hainich", "saale holzland"}
_SPELLINGS = ((r"\bSt\.\s*", "Sankt "), (r"\bSt\.\s*", "St. "), (r"\bv\. d\. ", "vor dem "), (r" b\. ", " bei "),
              (r" an der ", " a. d. "), (r" an der ", "/"), (r" an der ", " "), (r"/Thür\.", "/Thüringen"),
              (r"/Thüringen", "/Thür."), (r"/Thür(?:ingen|\.)", " in Thüringen"))
_RIVERS = {"saale", "werra", "helme", "unstrut", "orla", "elster", "ilm", "gera"}


def _variants(name: str) -> set[str]:
    """The ways people write an official Destatis name: "b." as "bei", "St." as "Sankt", "/Saale" left out,
    "/Thür." spelled out, "an der" as a slash, and a village pair "A/B" by either half."""
    out = {name, re.sub(r"\s*\(.*\)", "", name).strip()}
    halves = [h.strip() for h in name.split("/")]
    out.add(halves[0])
    if len(halves) == 2 and fold(halves[1]) not in _REGION_SUFFIX and len(halves[1]) >= 5 and " " not in halves[1]:
        out.add(halves[1])
    if len(halves) == 2 and fold(halves[1]) in _RIVERS:
        out.add(f"{halves[0]} an der {halves[1]}")
    for _ in range(2):  # spellings combine: "Lausnitz bei Neustadt/Orla"
        for form in list(out):  # noqa: PERF101 - the loop adds to `out`
            for pattern, repl in _SPELLINGS:
                out.add(re.sub(pattern, repl, form))
    for prefix in ("Heilbad ", "Amt "):
        if name.startswith(prefix):
            out.add(name[len(prefix):])
    if " b. " in name:
        out.add(name.split(" b. ")[0])
    return {fold(v) for v in out if v}


@cache
def gazetteer() -> Gazetteer:
    """Load the CSVs once per process; every read after that is dictionary lookups."""
    rows: list[Row] = []
    with open(DATA / "thueringen-gemeinden.csv", encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            rows.append(Row(Municipality(rec["name"], rec["ags"], rec["district"]), rec["type"],
                            rec["verwaltungsgemeinschaft"]))
    index: dict[str, list[Row]] = {}
    domains: dict[str, list[Row]] = {}
    for row in rows:
        for variant in _variants(row.municipality.name):
            index.setdefault(variant, []).append(row)
            for dom in (variant.replace(" ", ""), variant.replace(" ", "-")):
                domains.setdefault(dom, []).append(row)
    with open(DATA / "thueringen-kreise.csv", encoding="utf-8") as fh:
        districts = {fold(r["name"]): r["name"] for r in csv.DictReader(fh)}
    with open(DATA / "thueringen-verwaltungsgemeinschaften.csv", encoding="utf-8") as fh:
        vg_names = tuple(r["name"] for r in csv.DictReader(fh))
    return Gazetteer(
        rows=tuple(rows),
        index={k: tuple(dict.fromkeys(v)) for k, v in index.items()},
        domains={k: tuple(dict.fromkeys(v)) for k, v in domains.items()},
        keys=tuple(index),
        districts=districts,
        vg_names=vg_names,
    )


_WORD = r"[A-ZÄÖÜ][\wäöüßÄÖÜ.\-/]*"
_CANDIDATE = rf"({_WORD}(?:[ \t]+(?:{_WORD}|an|am|der|dem|bei|vor|v\.|d\.|b\.|a\.|\(bei)){{0,4}})"
# Strong anchors: the following words are meant as a place.
_STRONG = re.compile(
    r"(?:\b(?:Kommune|Gemeinde|Stadt|Municipality|Ort|Stadt/Gemeinde)[ \t]*:[ \t]*"
    r"|\b(?:Stadtverwaltung|Gemeindeverwaltung|Stadtrat(?:e?s)?|Gemeinderat(?:e?s)?|Landgemeinde|Landgemeinde Stadt"
    r"|(?:Große[ \t]+)?Kreisstadt|Stadt|Gemeinde|ISEK|Städte|Gemeinden|Kommune|Rathaus|Stadtbauamt|Bauamt"
    r"|(?:Mitglieds|Heimat|Land|Orts|Mitglied)(?:gemeinde|stadt)"
    r"|Bürgermeister(?:in)?[ \t]+(?:der[ \t]+(?:Stadt|Gemeinde)|von))[ \t]+"
    r"|\b(?:STADTVERWALTUNG|GEMEINDEVERWALTUNG|STADT|GEMEINDE)[ \t]+"
    r"|\b(?:[Tt]own|[Cc]ity|[Mm]unicipality|[Vv]illage|[Cc]ommunity)[ \t]+of[ \t]+(?:the[ \t]+)?)"
    + _CANDIDATE
)
# Only a labelled form field names the municipality for an authority; its towns in prose are its area.
_FIELD = re.compile(r"(?m)^[ \t>*\-]*(?:Kommune|Gemeinde|Stadt|Municipality|Stadt/Gemeinde|Kommune/Gemeinde)[ \t]*:[ \t]*"
                    + _CANDIDATE)
_WEAK = re.compile(r"(?:\b(?:aus|Grüße aus|Gruß aus|für)[ \t]+|(?:Gruß|Grüße|Gruss|MfG|LG|VG)[ \t]+[^,\n]{3,40},[ \t]*)"
                   + _CANDIDATE)
# An Ortsteil's mayor or council (Ortsteilbürgermeister, Ortschaftsrat) names a part of a municipality, which may
# share its name with another municipality ("Ortsteilbürgermeister von Bettenhausen in der Gemeinde Rhönblick").
_MEMBER = re.compile(
    r"\b(?:Stadträtin|Stadtrat|Stadtratsmitglied|Gemeinderätin|Gemeinderat|Gemeinderatsmitglied|"
    r"Bürgermeisterin|Bürgermeister|Mitglied des "
    r"(?:Stadt|Gemeinde)rat(?:e)?s|Einwohnerin|Einwohner|Bürgerin|Bürger)[ \t]+(?:in|von|aus)[ \t]+" + _CANDIDATE)
# "Bürgermeisterin Graitschen bei Bürgel": a mayor's title directly before a place (exact names only, since
# "Bürgermeister Peter Lange" is followed by a person).
_MAYOR_OF = re.compile(r"\b(?:Ober)?[Bb]ürgermeister(?:in)?[ \t]+" + _CANDIDATE)
_POSTCODE = re.compile(r"(?<!\d)(0[4679]\d{3}|3[67]\d{3}|9[6-9]\d{3})[ \t]+" + _CANDIDATE)
_NOT_AFTER_ANCHOR = re.compile(r"(?i)^(und|oder|sowie|bzw|der|die|das|des|ist|hat)\b")


_KIND_WORD = re.compile(r"(?i)^(?:stadt|gemeinde|stadtverwaltung|gemeindeverwaltung|landgemeinde|marktgemeinde|"
                        r"kommune|ortsgemeinde)$")


def _tokens(candidate: str) -> list[str]:
    """The words after an anchor; a kind word repeated after a field label ("Kommune: Gemeinde X") goes."""
    candidate = re.split(r"[,;|\n\t]| - | – ", candidate)[0]
    tokens = candidate.split()
    while len(tokens) > 1 and _KIND_WORD.match(tokens[0]):
        tokens = tokens[1:]
    return tokens


def _lookup(tokens: list[str], fuzzy: bool) -> tuple[tuple[Row, ...], int] | None:
    """Longest exact prefix first; then a close fuzzy match on up to three words."""
    gaz = gazetteer()
    for k in range(min(len(tokens), 6), 0, -1):
        key = fold(" ".join(tokens[:k]))
        if key in gaz.index:
            return gaz.index[key], k
    if not fuzzy:
        return None
    for k in range(min(len(tokens), 3), 0, -1):
        key = fold(" ".join(tokens[:k]))
        if len(key) < 5:
            continue
        cutoff = 88 if len(key) < 7 else 85
        hit = process.extractOne(key, gaz.keys, scorer=fuzz.ratio, score_cutoff=cutoff)
        if hit and hit[0][0] == key[0] and abs(len(hit[0]) - len(key)) <= 2:
            return gaz.index[hit[0]], k
    return None


def _pick(rows: tuple[Row, ...], context: str, anchor: str) -> Row:
    """Duplicate names (Eichenberg, Elxleben, Lehesten): the district named nearby decides."""
    if len(rows) == 1:
        return rows[0]
    folded = f" {fold(context)} "
    for row in rows:
        if f" {fold(row.municipality.district)} " in folded:
            return row
    for row in rows:
        vg = re.sub(r"^(Verwaltungsgemeinschaft|erfüllende Gemeinde)\s+", "", row.vg)
        if vg and fold(vg) != fold(row.municipality.name) and f" {fold(vg)} " in folded:
            return row
    if anchor.lower().startswith("stadt"):
        for row in rows:
            if row.kind in ("Stadt", "kreisfreie Stadt"):
                return row
    return rows[0]


def _scan(pattern: re.Pattern[str], text: str, strength: int, label: str, fuzzy: bool,
          context: str, venue: str) -> list[Match]:
    """Places after the pattern's anchor; the venue (named in our own invitation) only with a strong anchor."""
    found: list[Match] = []
    for m in pattern.finditer(text):
        tokens = _tokens(m.group(m.lastindex or 1))
        if not tokens or _NOT_AFTER_ANCHOR.match(tokens[0]):
            continue
        hit = _lookup(tokens, fuzzy)
        if hit is None:
            continue
        rows, _ = hit
        anchor = m.group(0)
        row = _pick(rows, context, anchor)
        if strength < 3 and fold(row.municipality.name) == venue:
            continue
        found.append(Match(row, strength, f"{label}: {row.municipality.name}", m.start()))
    return found


def domain_match(address: str) -> Row | None:
    """`bauamt@rudolstadt.de`, `x@stadt-schleiz.de`: the mail domain names the municipality."""
    if "@" not in address:
        return None
    labels = address.rsplit("@", 1)[1].lower().split(".")[:-1]
    gaz = gazetteer()
    for label in reversed(labels):
        if label.startswith(("vg-", "vgem-", "lra-", "landkreis-", "kreis-")):
            return None
        for prefix in ("stadtverwaltung-", "gemeindeverwaltung-", "stadt-", "gemeinde-", "rathaus-", "stadt",
                       "gemeinde"):
            # "stadtroda" is a town of its own, not "stadt" + "roda"
            if label.startswith(prefix) and len(label) > len(prefix) + 2 and label not in gaz.domains:
                label = label[len(prefix):]
                break
        for suffix in ("-stadt", "-gemeinde", "stadt"):
            if label.endswith(suffix) and label[: -len(suffix)] in gaz.domains:
                label = label[: -len(suffix)]
                break
        rows = gaz.domains.get(label)
        if rows:
            return rows[0] if len(rows) == 1 else None
    return None


@dataclass(frozen=True)
class PlaceRule:
    """One way a mail names its municipality: an anchor before a name in one part of the mail, and its weight.

    The strongest match wins (then the earliest); `must` holds (input, municipality) pairs the rule finds
    in its `source`, `must_not` inputs where it finds nothing (tests/test_places.py checks every example).
    """

    name: str  # snake_case; the reason of a match is "<name>: <municipality>"
    why: str  # one line: why these words name the municipality the mail is for
    strength: int  # 6 acted for … 1 a hint
    source: str  # "text", "subject", "signature", "text+signature" or "address"
    anchor: re.Pattern[str] | None  # the words before the name; None: the rule reads its source whole
    fuzzy: bool  # typos forgiven (only where the anchor makes the place certain)
    own_seat: bool  # counts only where the sender's own seat is the municipality (not planning offices, VGs)
    must: tuple[tuple[str, str], ...]
    must_not: tuple[str, ...] = ()


FORM_FIELD = PlaceRule("form_field", "a labelled field (\"Kommune: X\") is the only place an authority names its client",
                       5, "text", _FIELD, True, False, must=(("Kommune: Schleiz", "Schleiz"),),
                       must_not=("Wir beraten die Stadt Schleiz.",))
PLACE_RULES: tuple[PlaceRule, ...] = (
    PlaceRule("named_in_text", "\"Stadt X\", \"Gemeinde X\", \"Kommune: X\": the words say a place follows", 5, "text",
              _STRONG, True, False, must=(("Für die Stadt Pößneck melde ich mich an.", "Pößneck"),
                                          ("Gemeinde: Remptendorf", "Remptendorf")),
              must_not=("Die Stadt ist schön.",)),
    PlaceRule("named_in_subject", "the subject names the place with its kind (\"Anmeldung Gemeinde X\")", 5, "subject",
              _STRONG, True, False, must=(("Anmeldung Gemeinde Wurzbach", "Wurzbach"),), must_not=("Anmeldung",)),
    PlaceRule("council_member", "a council member or citizen says whose council (\"Stadträtin in X\")", 5, "text",
              _MEMBER, True, False, must=(("Ich bin Gemeinderat in Kranichfeld.", "Kranichfeld"),),
              must_not=("Ich bin Gemeinderat.",)),
    PlaceRule("named_in_signature", "the signature's office line (\"Stadtverwaltung X\")", 4, "signature", _STRONG,
              True, False, must=(("Jana Vogt\nStadtverwaltung Zeulenroda-Triebes", "Zeulenroda-Triebes"),)),
    PlaceRule("mayor_of", "a mayor's title right before a place (exact names only: a person may follow)", 4,
              "text+signature", _MAYOR_OF, False, False, must=(("Bürgermeisterin Graitschen bei Bürgel", "Graitschen b. Bürgel"),),
              must_not=("Bürgermeister Peter Lange",)),
    PlaceRule("postcode", "a Thuringian postcode before a town is the sender's own address", 3, "text+signature",
              _POSTCODE, True, True, must=(("Markt 1\n07381 Pößneck", "Pößneck"),), must_not=("10115 Berlin",)),
    PlaceRule("mail_domain", "a municipality's own mail domain (bauamt@rudolstadt.de)", 3, "address", None, False,
              True, must=(("bauamt@rudolstadt.example", "Rudolstadt"),), must_not=("info@vg-probstei.example",)),
    PlaceRule("place_named", "\"aus X\", \"für X\", \"Grüße aus X\": a place named without its kind", 2,
              "text+signature", _WEAK, False, True, must=(("Viele Grüße aus Triptis", "Triptis"),),
              must_not=("Viele Grüße aus dem Bauamt",)),
    PlaceRule("place_line", "a signature line that is nothing but a municipality's name", 2, "signature", None, False,
              True, must=(("Jana Vogt\nOrlamünde", "Orlamünde"),), must_not=("Jana Vogt\nBauamt",)),
)


def find(text: str, signature: str = "", subject: str = "", addresses: tuple[str, ...] = (),
         use_address: bool = True, authority: bool = False, venue: str | None = None) -> list[Match]:
    """All municipality mentions by the rules of PLACE_RULES, strongest first; the caller takes the first
    and checks conflicts.

    `use_address` is False for planning offices, authorities and Verwaltungsgemeinschaften, whose own
    postcode and domain do not name the municipality the registration is for. For an `authority`
    (Landratsamt, ministry) the towns its text mentions are its area of work, so only a form field counts.
    `venue` is the event's venue, folded (EventTerms.venue; the shipped event's when None): our invitation
    names it, so it only counts with a strong anchor.
    """
    venue = shipped_venue() if venue is None else venue
    sources = {"text": text, "subject": subject, "signature": signature, "text+signature": f"{text}\n{signature}"}
    context = "\n".join((subject, text, signature))
    rules = (FORM_FIELD,) if authority else tuple(r for r in PLACE_RULES if use_address or not r.own_seat)
    matches = [m for rule in rules for m in apply(rule, sources, addresses, context, venue)]
    matches.sort(key=lambda m: (-m.strength, m.position))
    return matches


def apply(rule: PlaceRule, sources: dict[str, str], addresses: tuple[str, ...], context: str,
          venue: str) -> list[Match]:
    """The matches of one rule; `sources` maps a rule's source to the text it reads."""
    if rule.anchor is not None:
        return _scan(rule.anchor, sources[rule.source], rule.strength, rule.name, rule.fuzzy, context, venue)
    if rule.source == "address":
        rows = [row for row in (domain_match(a) for a in addresses) if row is not None]
        return [Match(row, rule.strength, f"{rule.name}: {row.municipality.name}") for row in rows]
    return _place_lines(sources[rule.source], rule, context, venue)


def _place_lines(signature: str, rule: PlaceRule, context: str, venue: str) -> list[Match]:
    """A signature line that is nothing but a municipality's name ("Orlamünde") says where the sender is from."""
    gaz = gazetteer()
    found = []
    for line in signature.splitlines():
        key = fold(line)
        if key and key != venue and key in gaz.index and len(key) >= 4:
            row = _pick(gaz.index[key], context, line)
            found.append(Match(row, rule.strength, f"{rule.name}: {row.municipality.name}", 10**6))
    return found


def is_municipality_name(name: str) -> bool:
    """Whether the text is exactly a municipality's name in one of its spellings."""
    return fold(name) in gazetteer().index


def named(text: str) -> tuple[Municipality, ...]:
    """The municipalities an organiser means by "Kommune: X": an official key (AGS), or the name, exact
    first, then a close spelling; several for a duplicate name ("Eichenberg") unless the district is given."""
    text = text.strip()
    gaz = gazetteer()
    if re.fullmatch(r"\d{8}", text):
        return tuple(r.municipality for r in gaz.rows if r.municipality.ags == text)
    name, _, district = (p.strip() for p in re.sub(r"\s*[(,]\s*", "\x00", text.rstrip(") "), count=1).partition("\x00"))
    hit = _lookup(_tokens(name), fuzzy=True)
    if hit is None or hit[1] != len(_tokens(name)):
        return ()
    rows = hit[0]
    if district and len(rows) > 1:
        rows = tuple(r for r in rows if fold(district) in fold(r.municipality.district)) or rows
    return tuple(r.municipality for r in rows)
