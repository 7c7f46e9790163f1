"""Invitations to other events and sales mail: they use our words ("anmelden") but register nobody."""

from __future__ import annotations

from ...phrases import Phrase, Phrases, words

# What a vendor sells.
_PRODUCTS = words("plattform", "software", "softwarelösung", "lösung", r"produkt\w*", "app")
# How a vendor offers to show it.
_SHOW = words("vorstellen", "präsentieren", "zeigen")

ADVERT = Phrases(
    "advert_phrase",
    Phrase("sign_up_now", "a call to action: 'jetzt anmelden / registrieren'", r"jetzt\s+(?:anmelden|registrieren)",
           must=("Jetzt anmelden und Platz sichern!",)),
    Phrase("register_via", "'Anmeldung unter / über <link>': sign up elsewhere",
           r"anmeldung(?:en)?\s+(?:bitte\s+)?(?:über|unter)",
           must=("Anmeldungen bitte über unser Portal.",)),
    Phrase("sign_up_at", "'anmelden unter <link>'", r"anmelden\s+unter",
           must=("Einfach anmelden unter www.beispiel.example.",)),
    Phrase("webinar", "a webinar: someone else's event", r"webinar",
           must=("Besuchen Sie unser Webinar am Donnerstag.",)),
    Phrase("newsletter", "a newsletter", r"newsletter",
           must=("Sie erhalten diesen Newsletter als Abonnent.",)),
    Phrase("unsubscribe_de", "'abbestellen': bulk mail's footer", r"abbestellen",
           must=("Hier können Sie die Mitteilungen abbestellen.",)),
    Phrase("unsubscribe_en", "'unsubscribe': bulk mail's footer", r"unsubscribe",
           must=("Click here to unsubscribe.",)),
    Phrase("percent_off", "'20 % Rabatt'", r"\d+\s*%\s*rabatt",
           must=("Nur heute 15 % Rabatt für Kommunen.",)),
    Phrase("discount_on", "'Rabatt auf'", r"rabatt\s+auf",
           must=("Wir gewähren Rabatt auf alle Lizenzen.",)),
    Phrase("we_offer_you", "'bieten / unterbreiten / machen wir Ihnen'", r"(?:bieten|unterbreiten|machen)\s+wir\s+ihnen",
           must=("Gern unterbreiten wir Ihnen ein Angebot.",)),
    Phrase("non_binding_offer", "'unverbindliches Angebot'", r"unverbindliche[sn]?\s+angebot",
           must=("Fordern Sie ein unverbindliches Angebot an.",)),
    Phrase("our_product", "'unsere (neue) Plattform / Software / App'",
           r"unsere?\s+(?:\S+\s+)?" + _PRODUCTS + r"\b",
           must=("Unsere neue Software spart Zeit.",)),
    Phrase("present_solution", "'Ihnen … eine Lösung vorstellen'",
           r"(?:ihnen|euch)\s+(?:\S+\s+){0,3}(?:lösung|plattform|software|produkt\w*)\s+(?:\S+\s+)?" + _SHOW,
           must=("Gern würden wir Ihnen eine digitale Lösung kurz vorstellen.",)),
    Phrase("present_ours", "'Ihnen … unsere … vorstellen / demonstrieren'",
           r"(?:ihnen|euch)\s+(?:\S+\s+){0,3}unser(?:e|en)?\s+(?:\S+\s+){0,5}?(?:vorstellen|präsentieren|zeigen|demonstrieren)\b",
           must=("Wir möchten Ihnen gern unsere Arbeit vorstellen.",)),
    Phrase("exhibitor", "'Aussteller': someone who wants a stand", r"\baussteller",
           must=("Als Aussteller möchten wir uns präsentieren.",)),
    Phrase("booth", "'mit einem (Info-)Stand'", r"\b(?:mit\s+)?einem\s+(?:\w+\s+)?(?:info|messe|ausstellungs)?stand\b",
           must=("Wir wären gern mit einem Infostand vertreten.",)),
    Phrase("special_terms", "'Sonderkonditionen'", r"sonderkonditionen",
           must=("Für Kommunen gelten Sonderkonditionen.",)),
    Phrase("our_range", "'unser Komplettpaket / Leistungsangebot / Sortiment'",
           r"unser(?:em|en)?\s+(?:komplettpaket|leistungsangebot|sortiment)",
           must=("Entdecken Sie unser Sortiment.",)),
    Phrase("we_invite", "'wir laden … ein': an invitation to their event", r"wir\s+laden\s+(?:\S+\s+){0,12}ein\b",
           must=("Wir laden Sie herzlich zu unserem Sommerfest ein.",)),
    Phrase("invite_you", "'laden Sie … ein': an invitation to their event", r"laden\s+sie\s+(?:\S+\s+){0,8}ein\b",
           must=("Die Stadtwerke laden Sie zum Tag der offenen Tür ein.",)),
)
