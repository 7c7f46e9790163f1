"""An answer that refuses our request to confirm a cancellation or substitution: "Nein", "bitte nicht stornieren"."""

from __future__ import annotations

from ...phrases import Phrase, Phrases, words

REFUSAL = Phrases(
    "refusal_phrase",
    Phrase("no_de", "'nein': says no to the request", r"\bnein\b",
           must=("Nein, das habe ich nicht geschrieben.",),
           must_not=("Wir fahren über Neinstedt.",)),
    Phrase("do_not_de", "'nicht stornieren / absagen / abmelden / austauschen': asks us not to do it",
           r"\bnicht\s+" + words("stornier", "absag", "abmeld", "austausch"),
           must=("Bitte nicht stornieren, ich komme.", "Meine Kollegin bitte nicht austauschen.")),
    Phrase("was_not_me", "'das war ich nicht': someone else wrote in the sender's name",
           r"\bwar(?:en)?\s+(?:ich|wir)\s+nicht\b",
           must=("Die Abmeldung waren wir nicht.",)),
    Phrase("no_en", "English 'no'", r"\bno\b",
           must=("No, please keep my registration.",),
           must_not=("I did not ask for that.",)),
    Phrase("do_not_cancel_en", "English 'do not cancel'", r"\bdo not cancel\b",
           must=("Please do not cancel.",)),
)
