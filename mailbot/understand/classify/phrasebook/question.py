"""How people ask: a question, an indirect question that a full stop ends, and a polite request that registers."""

from __future__ import annotations

from ...phrases import Phrase, Phrases, words

QUESTION = Phrases(
    "question_phrase",
    Phrase("question_mark", "a question mark", r"\?",
           must=("Wann beginnt das Programm?",)),
    Phrase("can_you_tell", "'können Sie mir … sagen / mitteilen'",
           r"(?:können|könnten)\s+sie\s+(?:mir|uns)\s+(?:\S+\s+){0,3}?(?:sagen|mitteilen)\b",
           must=("Könnten Sie uns bitte mitteilen, wann es losgeht.",)),
    Phrase("know_whether", "'wissen (…) ob'", r"\bwissen\s+(?:\S+\s+)?ob\b",
           must=("Wir möchten gern wissen ob es Parkplätze gibt.",)),
    Phrase("is_there", "'gibt es'", r"\bgibt\s+es\b",
           must=("Gibt es vegetarisches Essen.",)),
    Phrase("is_it_possible", "'ist es möglich'", r"\bist\s+es\s+möglich",
           must=("Ist es möglich, später zu kommen.",)),
    Phrase("can_you", "'können Sie'", r"\bkönnen\s+sie\b",
           must=("Können Sie mir das Programm schicken.",)),
    Phrase("could_you", "'könnten Sie'", r"\bkönnten\s+sie\b",
           must=("Könnten Sie mir den Ablauf schicken.",)),
    Phrase("question_word", "the noun 'Frage' (not 'Fragebogen' or 'Rückfrage')", r"\bfrage\b",
           must=("Eine Frage zum Ablauf habe ich noch.",),
           must_not=("Den Fragebogen habe ich ausgefüllt.", "Nach Rückfrage im Amt komme ich.")),
    Phrase("would_know", "'wüsste (gern)'", r"\bwüsste",
           must=("Ich wüsste gern den Beginn.",)),
    Phrase("would_like_to_know", "'würde gern wissen'", r"\bwürde\s+gern\w*\s+wissen",
           must=("Ich würde gerne wissen, wo es ist.",)),
    Phrase("asks_for_info", "'bitte um Info / Auskunft / Mitteilung'", r"\bbitte\s+um\s+(?:info|auskunft|mitteilung)",
           must=("Ich bitte um Auskunft zum Parken.",)),
)

# Indirect questions often end with a full stop: "Können Sie mir sagen, ob noch Plätze frei sind."
INDIRECT = Phrases(
    "indirect_question_phrase",
    Phrase("can_you_tell_me", "a sentence that opens 'können Sie mir … sagen / bestätigen / erklären'",
           r"^\W*(?:können|könnten|würden)\s+sie\s+(?:mir|uns)\s+(?:\S+\s+){0,3}?"
           r"(?:sagen|mitteilen|schreiben|bestätigen|verraten|erklären)\b",
           must=("Würden Sie mir bitte bestätigen, dass der Platz frei ist.",)),
    Phrase("i_would_like_to_know", "a sentence that opens 'ich wüsste / möchte gern wissen / frage mich'",
           r"^\W*(?:ich|wir)\s+(?:wüssten?|würden?\s+(?:\S+\s+)?gerne?\s+wissen|möchten?\s+(?:\S+\s+)?(?:gerne?\s+)?wissen|"
           r"frage[n]?\s+(?:mich|uns|an))\b",
           must=("Wir fragen uns, wo das Rathaus liegt.", "Ich möchte gerne wissen, wann es endet.")),
    Phrase("let_us_know_whether", "a sentence that opens 'teilen Sie mir mit, ob'",
           r"^\W*(?:bitte\s+)?teilen\s+sie\s+(?:mir|uns)\s+(?:\S+\s+){0,3}?mit,?\s+ob\b",
           must=("Bitte teilen Sie uns mit, ob es Mittagessen gibt.",)),
    Phrase("tell_me_en", "a sentence that opens 'could you tell me / let us'",
           r"^\W*(?:could|can)\s+you\s+(?:please\s+)?(?:tell|let)\s+(?:me|us)\b",
           must=("Could you tell me where to park.",)),
    Phrase("wondering_en", "a sentence that opens 'I wonder / I was wondering'", r"^\W*I\s+(?:was\s+)?wonder(?:ing)?\b",
           must=("I was wondering whether lunch is served.",)),
    Phrase("want_to_ask_whether", "'… und wollte fragen, ob …', 'ich müsste wissen, wann …' anywhere in the sentence",
           r"\b(?:wollte|wollten|möchte|möchten|würde|würden|müsste|müssten|bräuchte|bräuchten)\s+(?:\S+\s+){0,2}?"
           r"(?:fragen|nachfragen|erfragen|wissen)\s*,?\s+(?:ob|wann|wie|wo|was|welche\w*|wer|bis\s+wann)\b",
           must=("Ich bin angemeldet und wollte fragen, ob es Mittagessen gibt.",
                 "Für die Planung müsste ich wissen, wann die Veranstaltung endet."),
           must_not=("Ich wollte fragen lassen.",)),
)

# Asking us to act: "Können Sie mich anmelden?" is a request and stays among the statements.
_ASKING = words("können", "könnten", "würden", "would", "could", "can", "kannst", "könntest", "würdest", "könnt", "würdet")
_YOU = words("sie", "you", "du", "ihr")
# What we are asked to do: register, enter, add, correct, put on the list.
_ACTS = words(r"(?:an|nach)?melden", "eintragen", "registrieren", "hinzufügen", "ergänzen", "aufnehmen", "korrigieren",
              "berichtigen", "ändern", "abändern", "vormerken", "register", "sign",
              r"(?:dazu|hinzu|mit)(?:nehmen|setzen|schreiben)", "nachtragen", "add",
              r"auf\s+die\s+(?:\w+)?liste\s+(?:setzen|nehmen)")
POLITE = Phrases(
    "polite_request_phrase",
    Phrase("you_sign_on", "'melden Sie … an': the reader is asked to register", r"\bmelde[nt]?\s+(?:sie|ihr|du)\s+(?:\S+\s+){0,12}?an\b",
           must=("Melden Sie bitte Frau Bär für Dienstag an?",)),
    Phrase("could_you_register", "'können Sie … anmelden / eintragen / korrigieren': asks us to act",
           r"\b" + _ASKING + r"\s+" + _YOU + r"\b.*\b" + _ACTS,
           must=("Könnten Sie mich noch eintragen?", "Can you register my colleague?"),
           must_not=("Können Sie mir sagen, wo es ist?",)),
)
