"""Names as people write them: salutation, academic titles, given and family name, role words."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

SALUTATION = r"(?:Herrn|Herr|Frau|Hr\.|Fr\.|Mr\.?|Mrs\.?|Ms\.?)"
TITLE = (
    r"(?:Prof\.|Prof(?=\s)|Professor(?:in)?|PD|Dr(?=\s)|Dr\.(?:[- ]?(?:-?Ing|rer\.\s?nat|rer\.\s?pol|phil|jur|med|oec|h\.\s?c)\.?)*"
    r"|Dipl\.\s?-\s?[A-ZÄÖÜ][\wäöü]*\.?(?:\s?\(FH\)|\s?\(TU\)|\s?\(Univ\.\))?|Dipl\.\s?[A-ZÄÖÜ][\wäöü]*\.?"
    r"|M\.\s?Sc\.|B\.\s?Sc\.|M\.\s?A\.|B\.\s?A\.|M\.\s?Eng\.|B\.\s?Eng\.|MBA|LL\.\s?M\.|Ing\.)"
)
_UP = "A-ZÄÖÜÀ-ÖØ-ÞŠŽČĆŁŚŹŻŘĎŤŇ"
_LOW = "a-zäöüßà-öø-ÿšžčćłśźżřďťňěů"
# "O'Keeffe", "Meyer-Wildenhain"; a name word never runs on into digits or a code ("ISEK-MARL-Q8FT" is no name)
NAME_WORD = (rf"(?:(?:[{_UP}]['’])?[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+){{0,2}}|[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?)"
             rf"(?![\w\-])")
PARTICLE = r"(?:von der|von|van|de|zu|vom|ten|von und zu)"
FULL_NAME = rf"{NAME_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)?{NAME_WORD}){{0,3}}"  # a name does not cross a line break

ROLE = re.compile(
    r"(?i)(bürgermeister|beigeordnet|leiter|leitung|sachbearbeit|referent|planer|architekt|geschäftsführ|"
    r"projekt|mitarbeiter|manager|kämmerer|dezernent|vorsitz|inhaber|ingenieur|assistent|landrat|baumeister|"
    r"fachbereich|fachdienst|sachgebiet|stellvertret|gemeinderat|stadtrat|koordinator|beauftragte|"
    r"verwaltungsfach|angestellt|sekretär|amtsleit|büroleit|bauamt\b|stadtplanung|stadtentwicklung|"
    r"bauverwaltung|kämmerin|kämmerei|gemeinderätin|stadträtin|ortschaftsr[aä]t|chronist|klimaschutz|ordnungsamt|"
    r"hauptamt|bauleit|consultant|director|mayor|officer|head of|planner)"
)

NOT_NAME = {
    "stadt", "gemeinde", "anmeldung", "bauamt", "mit", "grüßen", "gruss", "gruß", "grüße", "vielen", "dank",
    "sehr", "team", "bürgermeister", "bürgermeisterin", "stadtverwaltung", "verwaltung", "landratsamt",
    "ministerium", "thüringer", "teilnehmer", "teilnehmerin", "name", "vorname", "nachname", "funktion",
    "e-mail", "email", "telefon", "tel", "fax", "herr", "frau", "liebe", "lieber", "hallo", "guten", "tag",
    "beste", "besten", "freundliche", "freundlichen", "viele", "schöne", "schönen", "kollegin", "kollege",
    "hiermit", "ich", "wir", "und", "oder", "die", "der", "das", "für", "zur", "zum", "am", "im", "an", "in",
    "gmbh", "sachgebiet", "fachbereich", "amt", "referat", "abteilung", "leiterin", "leiter", "landkreis",
    "verwaltungsgemeinschaft", "planungsbüro", "büro", "sachbearbeiterin", "sachbearbeiter", "organisation",
    "kommune", "rolle", "position", "mobil", "handy", "postfach", "rathaus", "straße", "platz", "markt",
    "anrede", "titel", "dienststelle", "transferveranstaltung", "veranstaltung", "isek", "freundlichem",
    "regards", "best", "kind", "dear", "thanks", "thank", "you", "greetings", "cheers", "lg", "vg", "mfg",
    "gesendet", "von", "betreff", "cc", "bcc", "datum", "sent", "from", "to", "subject", "bitte", "danke",
    "ort", "vor", "frage", "fragen", "termin", "tagung", "dr", "prof", "ing", "dipl", "beide", "alle", "universität", "hochschule", "institut", "institute",
    "landeshauptstadt", "kämmerei", "stadtrat", "stadträtin", "gemeinderat", "gemeinderätin", "ortsteil",
    "herzliche", "herzlichen", "gruesse", "grüssen", "grussen", "also", "auch", "noch", "meine", "mein",
    "unsere", "unser", "bis", "dann", "uhr", "mai", "juni", "april", "dienstag", "montag",
    # possessives, form and code words that start a sentence or a cell but never a name
    "ihre", "ihr", "ihren", "ihrer", "ihrem", "seine", "sein", "seinen", "seiner", "seinem", "adresse", "antwort", "code", "kennung", "nummer", "anlage",
    "sobald", "nach", "wegen", "zu", "unserem", "unseren", "unserer", "hello",
    # colleague words and travel nouns that stand before names and places ("Ankunft Bad Lobenstein")
    "kollegen", "kolleginnen", "ankunft", "abfahrt", "anreise", "abreise", "rückfahrt", "hinfahrt", "treffpunkt",
    "bahnhof", "hauptbahnhof", "hbf", "haltestelle", "zug", "bus", "richtung", "ausfahrt", "parkplatz",
    # the polite and other pronouns, capitalised ("Bitte streichen Sie Kai Brandt")
    "sie", "ihnen", "er", "es", "uns", "euch", "dir", "dich",
    # plural place nouns before town names ("Städte Stadtroda und Kahla")
    "städte", "gemeinden", "kommunen", "orte", "ortsteile", "landkreise", "mitgliedsgemeinden",
}
# Colleague words stand before a name like Herr/Frau and are no part of it: "meinen Kollegen Benjamin Knauer".
_COLLEAGUE = re.compile(r"^(?:Kolleginnen|Kollegin|Kollegen|Kollege|Kollg\.)\s+")


def split_name(raw: str) -> tuple[str, str | None, str | None]:
    """"Herr Dr. Max Müller" → ("Max Müller", "Dr.", "Herr"); "Müller, Max" → ("Max Müller", None, None)."""
    text = re.sub(r"\s+", " ", raw).strip(" ,;:-–|*")
    salutation = None
    m = _COLLEAGUE.match(text)
    if m:
        salutation = salutation_from_word(m.group(0))
        text = text[m.end():]
    m = re.match(rf"^{SALUTATION}\s+", text)
    if m:
        word = m.group(0).strip()
        salutation = "Herr" if word.lower().startswith(("her", "hr", "mr.", "mr")) and not word.lower().startswith(
            ("mrs", "ms")) else "Frau"
        text = text[m.end():]
    titles: list[str] = []
    while True:
        m = re.match(rf"^({TITLE})\s*,?\s*", text)
        if not m:
            break
        titles.append(m.group(1).strip())
        text = text[m.end():]
    for m in list(re.finditer(rf",?\s*({TITLE})\s*$", text)):
        titles.append(m.group(1).strip())
        text = text[: m.start()]
    if "," in text:
        family, _, given = text.partition(",")
        if (re.fullmatch(rf"{PARTICLE}?\s*{NAME_WORD}", family.strip()) and re.fullmatch(FULL_NAME, given.strip())
                and not ROLE.search(text)):
            text = f"{given.strip()} {family.strip()}"
    text = text.strip(" ,")
    return text, (" ".join(titles) or None), salutation


# German common nouns and adjectives written with a capital at the start of a phrase ("Untere
# Bauaufsichtsbehörde", "am Veranstaltungsort Parkplätze", "das Integrierte Gemeindliche Entwicklungskonzept"):
# the heads of compound nouns, the joints inside them, and adjective endings no given or family name has.
_NOUN_HEAD = re.compile(
    r"(?i)(?:keit|tion|ität|ismus|behörde|konzept|konzepte|stelle|stellen|verwaltung|abteilung|plätze|bereich|"
    r"bereiche|gebiet|gebiete|gebäude|zentrum|programm|projekt|projekte|vorhaben|unterlagen|[a-zäöüß]{3}amt|ämter|"
    r"(?:s|stand|wohn|dienst|ziel|treff|tagungs)ort|orte|gremium|gremien|referat)$"
    r"|(?:ungs|heits|keits|schafts|tions|itäts)[a-zäöüß]{3,}$")
# only endings of inflected adjectives ("-liche", "-ierten"); "-er" would take Rüdiger and Fleischer
_ADJECTIVE = re.compile(r"(?i)^[a-zäöüß]{2,}(?:lich|isch|iert|ig)en?$|^(?:untere|obere|mittlere|innere|äußere|"
                        r"weitere|andere|hintere|vordere|gemeinsame|zuständige|örtliche)n?$")


@cache
def _given_names() -> frozenset[str]:
    """data/vornamen.csv: given names common in Germany (and some frequent elsewhere), compiled by hand for
    mailbot from general knowledge, no external list copied; only ever a positive sign, so gaps do no harm."""
    path = Path(__file__).parent / "data" / "vornamen.csv"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()[1:]
    except OSError:
        return frozenset()
    return frozenset(line.strip().lower() for line in lines if line.strip())


def known_given(word: str) -> bool:
    """Whether a word is a common given name ("Kai-Uwe" part by part, "Juergen" as "Jürgen"): a strong sign
    that the words after it are a family name, however noun-like ("Heike Hartung")."""
    names = _given_names()
    parts = [w for w in word.strip(".,;:").lower().split("-") if w]
    return bool(parts) and all(
        w in names or w.replace("ae", "ä").replace("oe", "ö").replace("ue", "ü") in names for w in parts)


_GIVEN_NEVER = re.compile(r"(?:ung|ungen|heit|schaft|ment|tion|ismus|ität|plan|amt|bau|wesen)$")


def common_word(word: str) -> bool:
    """Whether a capitalised word is a German common noun or adjective by its shape, never a person's name."""
    w = word.strip(".,;:")
    return len(w) >= 5 and bool(_NOUN_HEAD.search(w) or _ADJECTIVE.match(w))


def _names_a_role(words: list[str]) -> bool:
    """A role word among the words ("Planerin", "Bauamtsleiter"); a family name after a known given name that only
    starts like one ("Steffen Planert", "Jana Leitert") is no role."""
    for i, word in enumerate(words):
        rests = [word[m.end():].lower().strip(".,;:") for m in ROLE.finditer(word)]
        if not rests:
            continue
        ends_as_role = any(rest in ("", "in", "innen", "s", "n", "e", "en", "er", "erin", "erinnen", "ern", "ung", "ungen")
                           or ROLE.match(rest) for rest in rests)
        if i == len(words) - 1 and i >= 1 and known_given(words[0]) and not ends_as_role:
            continue
        return True
    return any(" " in m.group(0) for m in ROLE.finditer(" ".join(words)))  # "head of"


def looks_like_name(name: str, salutation: str | None = None) -> bool:
    """Two or more capitalised words that are not common words (one suffices after Herr/Frau)."""
    words = name.split()
    if not words or len(words) > 5 or not re.fullmatch(FULL_NAME, name):
        return False
    if any(w.lower().strip(".,") in NOT_NAME for w in words if not w.islower()):
        return False
    # after a known given name an adjective-shaped family name is a name ("Lisa Wenige"); a noun head never is
    family_ok = len(words) >= 2 and known_given(words[0]) and not _NOUN_HEAD.search(words[-1].strip(".,;:"))
    if any(common_word(w) for w in words[: -1 if family_ok else None] if not w.isupper()):
        return False
    # no given name ends like "Kreisentwicklung" or "Gemeinschaft"; a family name may (Hartung), so the check
    # is skipped when the name is written family name first ("Hartung Kerstin")
    if len(words) >= 2 and _GIVEN_NEVER.search(words[0]) and not known_given(words[0]) and not known_given(words[-1]):
        return False
    if _names_a_role(words):
        return False
    if any(re.search(r"(?i)liste$", w) for w in words):  # "von der Teilnehmerliste" ends no name
        return False
    # a unit's abbreviation before a word ("SG Stadterneuerung", "FB Bauwesen") is no given name; capitals
    # are a name only when the whole name is written so, or for the family name ("Max MÜLLER")
    caps = [w.isupper() for w in words]
    if any(caps) and not all(caps) and any(caps[:-1]):
        return False
    return len(words) >= 2 or salutation is not None


def salutation_from_word(word: str) -> str | None:
    w = word.lower()
    if w.startswith(("kollegin", "mitarbeiterin", "vertreterin", "bürgermeisterin", "leiterin", "frau",
                     "stellvertreterin", "chefin", "referentin", "sachbearbeiterin")):
        return "Frau"
    if w.startswith(("kollege", "mitarbeiter", "vertreter", "bürgermeister", "leiter", "herr", "stellvertreter",
                     "chef", "referent", "sachbearbeiter")):
        return "Herr"
    return None
