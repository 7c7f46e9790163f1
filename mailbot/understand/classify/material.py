"""Someone who will not come but wants the slides: a request to us, not a cancellation of anything."""

from __future__ import annotations

import re

# "… schicken Sie mir bitte die Folien": someone who will not come asks for the material instead.
_MATERIAL = re.compile(r"(?i)\b(?:schicken|senden|zusenden|übersenden|mailen|zukommen\s+lassen|bereitstellen|"
                       r"weiterleiten)\b[^.!?\n]{0,60}?\b(?:folien|unterlagen|präsentation\w*|vorträge|"
                       r"vortragsfolien|dokumentation|material\w*|protokoll|slides)\b|\b(?:folien|unterlagen|"
                       r"präsentation\w*|vorträge|dokumentation|material\w*|slides)\b[^.!?\n]{0,60}?\b(?:schicken|"
                       r"senden|zusenden|übersenden|mailen|zukommen\s+lassen)\b")

_TO_WRITER = re.compile(r"(?i)\b(?:mir|uns)\b")


def wants_material(text: str) -> bool:
    """Whether the text asks for slides, documents or minutes to be sent to the writer ("… mir/uns …");
    "anbei senden wir Ihnen die Unterlagen" sends, it does not ask."""
    return any(_TO_WRITER.search(text[max(0, m.start() - 25): m.end()]) for m in _MATERIAL.finditer(text))
