"""Remarks a person should see (access needs, diet, arrival, partial attendance) and the sender's question."""

from __future__ import annotations

import re

from .classify import asks
from .classify.phrasebook import CARE
from .text import sentences

_NOTE = re.compile(
    r"(?i)(rollstuhl|barrierefrei|barrierearm|gehbehind|rollator|mobilitätseinschränk|schwerbehind|hörgerät|"
    r"gebärden|sehbehind|blind|assistenz|begleitperson|aufzug|vegetar|vegan|allergi|unverträglich|laktose|gluten|"
    r"zöliak|halal|koscher|kein(?:en)? fleisch|kein(?:en)? schwein|diät|ernährung|mit dem (?:auto|pkw|wagen|"
    r"dienstwagen|rad|fahrrad)|mit der bahn|mit dem zug|öpnv|bahnhof|anreise|parkplatz|parken|nur vormittag|"
    r"nur nachmittag|nur bis|erst ab|ab mittag|später (?:kommen|eintreffen|dazu)|komme[n]? (?:etwas )?später|"
    r"früher (?:gehen|weg|abreisen)|verspät|(?:komm\w*|eintreff\w*|dazukomm\w*|da)\s+(?:\S+\s+){0,2}?erst\s+"
    r"(?:gegen|um|ab|nach|zur|zum)\b|nur am|nur (?:zum|für den) (?:vormittag|nachmittag)|kinderbetreuung|"
    r"wheelchair|vegetarian|vegan|allerg|by car|by train|parking|arrive late|leave early)"
)


def _sentences(text: str) -> list[str]:
    parts = sentences(text)
    return [p.strip(" -*•\t") for p in parts if p.strip(" -*•\t")]


def notes(text: str) -> tuple[str, ...]:
    """Sentences of the sender's own words that carry such a remark, as written."""
    out: list[str] = []
    for sentence in _sentences(text):
        # a question is the organisers' to answer, not a remark, unless it tells a need to plan for
        # ("Kann ich vegetarisch essen?": the diet is recorded, the question forwarded as well)
        if (sentence.endswith("?") and not CARE.search(sentence)) or len(sentence) > 300:
            continue
        if re.match(r"(?i)^(bemerkung|hinweis|anmerkung|notiz|besonderheiten|sonstiges)\w*\s*:\s*\S", sentence):
            out.append(sentence.split(":", 1)[1].strip())
        elif _NOTE.search(sentence):
            out.append(sentence)
    return tuple(dict.fromkeys(out))


def question(text: str) -> str | None:
    """The sentences that ask something, joined, in the sender's words."""
    asked = [s for s in _sentences(text) if asks(s) and len(s) > 8]
    return " ".join(asked)[:1000] or None
