"""Phishing: a threat to the mailbox plus a call to log in or confirm. Both are needed; either alone is
ordinary mail ("unser Postfach war voll, bitte noch einmal senden")."""

from __future__ import annotations

from ...phrases import Phrase, Phrases, words

_BOX = words("postfach", "mailbox", "konto", "account", r"e-?mail-?konto")
_CREDENTIALS = words("login", "anmeldedaten", "zugangsdaten", "passwort", "kennwort", "konto", "identität")

PHISH_THREAT = Phrases(
    "phish_threat_phrase",
    Phrase("box_closed", "the mailbox or account will be closed, locked or deleted",
           _BOX + r"\s+(?:\S+\s+){0,6}?" + words("gesperrt", "geschlossen", "deaktiviert", "gelöscht", "abgelaufen",
                                                 r"suspend\w*", r"clos\w+", r"deactivat\w+", r"expir\w+"),
           must=("Ihr Postfach wird in 24 Stunden geschlossen.", "Your account will be suspended.")),
    Phrase("storage_full", "the storage is full or exceeded",
           r"speicher(?:platz|kontingent|limit\w*)\s+(?:\S+\s+){0,4}" + words("voll", "überschritten", "erschöpft",
                                                                               "erreicht"),
           must=("Ihr Speicherkontingent ist erschöpft.", "Das Speicherlimit Ihres Kontos ist erreicht.")),
    Phrase("limit_reached", "'… % des Speicherlimits erreicht': the quota warning's wording",
           r"\d+\s*%\s+(?:\S+\s+){0,3}?speicher\w*\s+(?:\S+\s+){0,2}?erreicht",
           must=("Ihre Mailbox hat 97 % des Speicherlimits erreicht.",)),
    Phrase("box_full", "'Ihr Postfach ist (fast) voll'",
           _BOX + r"\s+(?:ist|wird|läuft)\s+(?:\S+\s+){0,2}?voll\b",
           must=("Warnung: Ihr Postfach ist fast voll",), must_not=("Ihr Postfach war gestern voll, bitte noch einmal.",)),
    Phrase("quota_en", "English 'mailbox is full', 'quota exceeded'",
           r"(?:mailbox|quota)\s+(?:is\s+)?(?:almost\s+)?(?:full|exceeded)",
           must=("Your mailbox is almost full.",)),
    Phrase("mail_refused", "incoming mail will be refused or held back from now on",
           r"(?:eingehende|neue)\s+(?:nachrichten|e-?mails)\s+werden\s+(?:\S+\s+){0,3}?"
           + words("zurückgewiesen", "zurückgehalten", "abgelehnt", r"nicht\s+mehr\s+zugestellt"),
           must=("Neue E-Mails werden ab sofort zurückgehalten.",)),
)

PHISH_ACTION = Phrases(
    "phish_action_phrase",
    Phrase("confirm_credentials", "'bestätigen Sie (bitte …) Ihr Konto / Ihre Zugangsdaten'",
           r"bestätigen\s+sie\s+(?:\S+\s+){0,6}?" + _CREDENTIALS,
           must=("Bestätigen Sie bitte innerhalb von 24 Stunden Ihr Konto.", "Bestätigen Sie Ihre Zugangsdaten.")),
    Phrase("credentials_confirm", "'Konto / Passwort … bestätigen / verifizieren / eingeben'",
           _CREDENTIALS + r"\s+(?:\S+\s+){0,4}?" + words("bestätigen", "verifizieren", "aktualisieren", "eingeben"),
           must=("Jetzt Konto bestätigen", "Bitte Passwort erneut eingeben.")),
    Phrase("verify_en", "English 'verify / confirm your account, login, password'",
           r"(?:verify|confirm)\s+your\s+(?:account|login|password|identity)",
           must=("Please verify your account today.",)),
    Phrase("click_to_login", "'klicken Sie auf den Link … anmelden / bestätigen'",
           r"klicken\s+sie\s+(?:\S+\s+){0,4}(?:link|hier)\s+(?:\S+\s+){0,6}"
           + words("login", "anmelden", "bestätigen", "verifizieren"),
           must=("Klicken Sie auf den Link und bestätigen Sie Ihre Anmeldung.",)),
)
