"""The sender's organisation and its kind, from form fields, the text and the signature."""

from __future__ import annotations

import re

from ..models import OrganisationType
from .names import ROLE, looks_like_name

_FIELD = re.compile(
    r"^[ \t>*\-]*(?:Organisation|Organization|Institution|Dienststelle|Behörde|Verwaltung|Einrichtung|Firma|"
    r"Unternehmen|Büro|Arbeitgeber|Kommune|Stadt/Gemeinde|Kommune/Organisation|Organisation/Kommune)"
    r"[ \t]*[:=][ \t]*(.+)$",
    re.IGNORECASE | re.MULTILINE,
)

# A firm is a planning office only when its name says it plans; a GmbH selling conference kit is "other".
_PLANNING = re.compile(
    r"Planungsbüro|Planungsgruppe|Ingenieurbüro|Ingenieur|Büro für|Architekt|Stadtplan|Landschaftsarchitekt|"
    r"Planungsgesellschaft|Stadtentwicklung|Städtebau|Kommunalentwicklung|Regionalentwicklung|Sanierungsträger|"
    r"Consult|\bPlan\b|Planung|\bUrban|Raumplanung|Landschaftsplan|Dorfplan|Dorfentwicklung|"
    # "Büro Matthesius Landschaft + Stadt": among those invited, a "Büro" under a name is a planner's office
    r"^Büro\b|\bLandschaft\b",
    re.IGNORECASE,
)
_AUTHORITY = re.compile(
    r"Landratsamt|Landkreis|Kreisverwaltung|Ministerium|Landesverwaltungsamt|Landesamt|Landesanstalt|"
    r"Bundesamt|Bundesanstalt|Regierung|Staatskanzlei|Landesentwicklungsgesellschaft|Landesgesellschaft|"
    r"Bewilligungsstelle|Thüringer Aufbaubank|Aufbaubank|\bTLVwA\b|\bTMIL\b|\bTMDI\b|\bLRA\b|Kreisbauamt|"
    r"Amt für Landentwicklung|Flurneuordnung|Landesverwaltung|Regionale Planungsgemeinschaft|Planungsgemeinschaft",
    re.IGNORECASE,
)
_MUNICIPAL = re.compile(
    r"^(?:Stadtverwaltung|Gemeindeverwaltung|Stadt|Gemeinde|Landgemeinde|Verwaltungsgemeinschaft|VG|Landeshauptstadt|"
    r"erfüllende Gemeinde|Große Kreisstadt|Kreisstadt|Rathaus|Stadtbauamt|Bauamt|Stadtrat|Markt)\b"
    r"|\b(?:Stadtverwaltung|Gemeindeverwaltung|Verwaltungsgemeinschaft|der Stadt|der Gemeinde)\b",
    re.IGNORECASE,
)
_ORG_LINE = re.compile(
    r"^(?:(?:Stadtverwaltung|Gemeindeverwaltung|Landgemeinde|Verwaltungsgemeinschaft|VG|erfüllende Gemeinde|"
    r"Große Kreisstadt|Landratsamt|Landkreis|Thüringer|Ministerium|Landesverwaltungsamt|Landesamt|"
    r"Stadt|Gemeinde|STADTVERWALTUNG|STADT|GEMEINDE|Bauamt|Stadtbauamt|Rathaus|Regionale Planungsgemeinschaft|"
    r"Landeshauptstadt|Universität|Hochschule|Bauhaus-Universität|Fachhochschule|Büro)\b.*"
    r"|.*(?:GmbH|mbH|mbB|PartG|GbR|\beG\b|\bLLP\b|\bLtd\b|Planungsbüro|Ingenieurbüro|Büro für|Architekten|Stadtplaner|Planungsgruppe|"
    r"Landratsamt|Ministerium|Landesverwaltungsamt|Verwaltungsgemeinschaft|Stadtverwaltung|Gemeindeverwaltung|"
    r"e\. ?V\.|Consult|Planungsgemeinschaft|Universität|Hochschule).*)$",
)
_STRONG_ORG = re.compile(
    r"GmbH|mbH|PartG|GbR|\beG\b|\bLLP\b|\bLtd\b|[Bb]üro|Architekten|Stadtverwaltung|Gemeindeverwaltung|^(?:Stadt|Gemeinde|Landgemeinde)\b|"
    r"Landratsamt|Ministerium|Landesverwaltungsamt|Verwaltungsgemeinschaft|Landkreis|e\. ?V\.|Consult|"
    r"Planungsgemeinschaft|Universität|Hochschule"
)
_NOT_ORG = re.compile(r"@|https?:|www\.|\bTel\b|Telefon|Fax|\d{5}|straße|str\.|weg\b|platz\b|Mit freundlichen",
                      re.IGNORECASE)


# A sentence that mentions an office ("vorher habe ich einen Termin beim Landratsamt.") is no organisation line.
_PROSE = re.compile(r"(?i)\b(?:ich|wir|mich|uns|habe|haben|bin|bitte)\b|(?-i:[a-zäöüß]{3,}[.!?]\s+[A-ZÄÖÜ])|[!?]\s*$")


# Signature lines that hold several fields: "Name, Funktion", "Name | Funktion | Gemeinde X", "… · …".
_FIELD_SEP = re.compile(r", |\s*[|·•]\s*|\s+/\s+")


def kind(organisation: str | None) -> OrganisationType | None:
    """Municipality administration / VG, planning office, authority or other, from the name alone."""
    if not organisation:
        return None
    head = re.sub(r"\s*\([^)]*\)", "", organisation).strip() or organisation  # "(Landkreis X)" only locates it
    if _MUNICIPAL.match(head) and not _AUTHORITY.match(head):
        return "municipality"
    if _AUTHORITY.search(head):
        return "authority"
    if _PLANNING.search(head):
        return "planning_office"
    if _MUNICIPAL.search(head):
        return "municipality"
    return "other"


# "Stadt Wurzbach." — a sentence's full stop after a name; "e.V.", "Co." and "Dr." keep theirs.
_SENTENCE_STOP = re.compile(r"(?<=[a-zäöüß]{3})\.$")


def _clean(value: str) -> str:
    value = re.sub(r"\s+", " ", value).strip(" \t,;|-–*")
    last = value.split(" ")[-1]
    if "." not in last[:-1] and not last.lower().startswith(("co.", "str.")):
        value = _SENTENCE_STOP.sub("", value)
    return value[:120]


def from_fields(text: str) -> str | None:
    """An organisation typed into a form field ("Organisation: Stadt Schleiz")."""
    m = _FIELD.search(text)
    return _clean(m.group(1)) if m and _clean(m.group(1)) else None


_SIGN_OFF = re.compile(r"^(?:VG|LG|MfG|MFG|vg|lg)\b[ ,.]*")


def from_lines(text: str) -> str | None:
    """The first line that reads like an organisation's name (signatures put it under the name)."""
    for raw in text.splitlines():
        line = raw.strip(" \t>*|")
        if not line or len(line) > 100 or _NOT_ORG.search(line) or _PROSE.search(line):
            continue
        if _ORG_LINE.match(line):
            if ROLE.search(line) and not _STRONG_ORG.search(line):
                continue
            if re.match(r"(?i)^(Stadt|Gemeinde)\s+(und|oder|sowie|ist|hat|wird|werden)\b", line):
                continue
            if re.match(r"(?i)^Thüringer\b", line) and not _AUTHORITY.search(line):
                continue
            if _SIGN_OFF.match(line) and looks_like_name(_SIGN_OFF.sub("", line)):
                continue  # "VG Steffen Buchwald": "Viele Grüße", not a Verwaltungsgemeinschaft
            return _clean(line)
    return None


def find(text: str, signature: str) -> tuple[str | None, str]:
    """The organisation name and where it was found (for `reasons`)."""
    for source, label in ((text, "form field"), (signature, "signature field")):
        value = from_fields(source)
        if value:
            return value, label
    sig_parts = "\n".join(part for line in signature.splitlines() for part in _FIELD_SEP.split(line))
    value = from_lines(sig_parts)
    if value:
        return value, "signature"
    tail = "\n".join(part for line in text.strip().splitlines()[-4:] for part in line.split(", "))
    value = from_lines(tail) if len(text.strip().splitlines()) > 2 else None
    if value:
        return value, "last lines of the text"
    value = _from_sentence(text)
    if value:
        return value, "text"
    return None, ""


_SENTENCE = re.compile(
    r"\b(?:für|von|seitens)\s+(?:die|der|das|den|dem|unser(?:e|em|er)?)?\s*"
    r"((?:Stadtverwaltung|Gemeindeverwaltung|Verwaltungsgemeinschaft|Landratsamt|Planungsbüro|Ingenieurbüro|Büro)"
    r"\s+[A-ZÄÖÜ][\wäöüß.\-/]*(?:\s+[A-ZÄÖÜ&][\wäöüß.\-/&]*){0,4})"
)


def _from_sentence(text: str) -> str | None:
    m = _SENTENCE.search(text)
    return _clean(m.group(1)) if m else None
