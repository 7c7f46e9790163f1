"""Data-protection requests in the sender's own words: erasure (Art. 17 DSGVO, "Daten löschen", "delete my data")
and access (Art. 15, "Auskunft über meine gespeicherten Daten"). Pure.

A request to delete the *registration* ("löschen Sie meine Anmeldung") is a cancellation, not an erasure:
only the person's data (Daten, data, information) or the article makes it one.
"""

from __future__ import annotations

import re

from ..models import Intent

_DATA = r"(?:personen\w*\s+|gespeichert\w*\s+|persönlich\w*\s+|sämtlich\w*\s+|all\w*\s+)*daten"
_ERASURE = re.compile(
    r"(?i)(?:^|[^\w])(?:"
    rf"(?:mein\w*|unser\w*|die|alle|sämtliche)\s+(?:\S+\s+){{0,3}}?{_DATA}\s+(?:\S+\s+){{0,5}}?"
    r"(?:löschen|gelöscht|entfernen|entfernt|vernichten)"
    rf"|(?:löschen|löschung|entfernen)\s+(?:\S+\s+){{0,5}}?(?:mein\w*|unser\w*|der|aller|sämtlicher|die)\s+"
    rf"(?:\S+\s+){{0,2}}?{_DATA}"
    rf"|^\W*{_DATA}\s+(?:bitte\s+)?löschen\W*$"
    r"|art(?:ikel|\.)?\s*17\s*(?:abs\.?\s*\d\s*)?(?:der\s+)?(?:dsgvo|ds-gvo|gdpr)|recht\s+auf\s+(?:löschung|vergessen)"
    r"|(?:delete|erase|remove)\s+(?:all\s+(?:of\s+)?)?(?:my|our)\s+(?:personal\s+)?(?:data|information|details)"
    r"|(?:my|our)\s+(?:personal\s+)?data\s+(?:\S+\s+){0,3}?(?:deleted|erased|removed)"
    r"|right\s+to\s+(?:erasure|be\s+forgotten))",
    re.MULTILINE,
)
_ACCESS = re.compile(
    r"(?i)(?:^|[^\w])(?:"
    rf"auskunft\s+(?:\S+\s+){{0,6}}?(?:{_DATA}|gespeichert)"
    rf"|(?:welche|was\s+für)\s+(?:\S+\s+){{0,3}}?{_DATA}\s+(?:\S+\s+){{0,6}}?(?:gespeichert|speichern|vorliegen|verarbeite)"
    r"|art(?:ikel|\.)?\s*15\s*(?:abs\.?\s*\d\s*)?(?:der\s+)?(?:dsgvo|ds-gvo|gdpr)"
    r"|(?:access\s+to|a\s+copy\s+of)\s+(?:\S+\s+){0,2}?(?:my|the)\s+(?:personal\s+)?data"
    r"|what\s+(?:personal\s+)?data\s+(?:do\s+)?you\s+(?:hold|store|have|keep)|subject\s+access\s+request)",
    re.MULTILINE,
)


def privacy_request(text: str) -> tuple[str, str] | None:
    """("erasure" | "access", the words that say so), or None. Erasure wins when a mail asks for both."""
    for kind, pattern in (("erasure", _ERASURE), ("access", _ACCESS)):
        m = pattern.search(text[:5000])
        if m:
            return kind, " ".join(m.group(0).split()).strip(" ,.;:!?")
    return None


_PERSONAL = ("registration", "cancellation", "change", "question", "other")  # a person's own words


def with_privacy(intent: Intent, why: str, text: str) -> tuple[Intent, str, str | None]:
    """Stage "intent", last step: a data-protection request in a person's own words. INTERFACE's intents are
    fixed, so an erasure is a cancellation and an access request a question, each with the flag `privacy`."""
    if intent not in _PERSONAL or why.startswith(("spam", "encrypted", "mailing_list")):
        return intent, why, None
    found = privacy_request(text)
    if found is None:
        return intent, why, None
    kind, words = found
    new: Intent = "cancellation" if kind == "erasure" else "question"
    return new, f"privacy: {kind}: „{words}“", kind
