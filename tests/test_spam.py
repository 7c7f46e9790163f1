"""Spam and phishing are never sign-ups: the receiving filter's headers and phishing wording, in new sentences."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from mailbot import message, understand
from mailbot.event import load_event
from mailbot.models import State
from mailbot.workflow import Case, decide

ROOT = Path(__file__).resolve().parent.parent
SIGNUP = ("Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich zur Transferveranstaltung am 20. Mai an.\n\n"
          "Mit freundlichen Grüßen\nHolger Brandstätter\nBauamt, Stadtverwaltung Ronneburg\n")


def mail(body: str = SIGNUP, subject: str = "Anmeldung", **headers: str) -> bytes:
    extra = "".join(f"{k.replace('_', '-')}: {v}\r\n" for k, v in headers.items())
    return (f"From: Holger Brandstaetter <h.brandstaetter@ronneburg.example>\r\n"
            f"To: anmeldung@transferveranstaltung.example\r\nSubject: {subject}\r\nMessage-ID: <s1@ronneburg.example>\r\n"
            f"{extra}Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode()


def read(raw: bytes):
    return understand.read(message.parse(raw))


@pytest.mark.parametrize("headers", [
    {"X_Spam_Flag": "YES"},
    {"X_Spam_Status": "Yes, score=9.1 required=5.0 tests=PHISH"},
    {"X_Spam_Score": "7.3"},
    {"X_MS_Exchange_Organization_SCL": "6"},
])
def test_filter_marked_spam_is_no_sign_up(headers):
    """A mail the receiving filter marked as spam is 'other', however much it reads like a sign-up."""
    u = read(mail(**headers))
    assert u.intent == "other" and any(r.startswith("spam:") for r in u.reasons)


@pytest.mark.parametrize("headers", [
    {"X_Spam_Flag": "NO"},
    {"X_Spam_Status": "No, score=0.4 required=5.0"},
    {"X_Spam_Score": "1,2"},
    {"X_MS_Exchange_Organization_SCL": "-1"},
])
def test_a_clean_verdict_changes_nothing(headers):
    """A filter's 'not spam' leaves a sign-up a sign-up."""
    assert read(mail(**headers)).intent == "registration"


@pytest.mark.parametrize("subject, body", [
    ("Ihr Postfach wird geschlossen", "Ihr Postfach wird heute um 18 Uhr geschlossen. Bitte bestätigen Sie Ihre "
                                      "Anmeldedaten unter https://login-postfach.example/verify, um die Anmeldung "
                                      "zu behalten."),
    ("Speicherplatz", "Ihr Speicherplatz ist fast voll. Klicken Sie hier auf den Link und melden Sie sich an, um "
                      "ihr Passwort zu bestätigen: https://webmail-quota.example"),
    ("Action required", "Your mailbox has expired. Verify your account to keep receiving mail."),
])
def test_phishing_wording_is_no_sign_up(subject, body):
    """A threat to the mailbox plus a call to confirm a login is phishing, even when it says 'Anmeldung'."""
    assert read(mail(body, subject)).intent == "other"


def test_a_sign_up_that_mentions_a_password_is_still_a_sign_up():
    """Naming a login alone is no phishing: here someone registers and asks about the Wi-Fi password."""
    u = read(mail(SIGNUP + "\nGibt es vor Ort WLAN? Das Passwort bekommen wir dann am Empfang?\n"))
    assert u.intent == "registration"


def test_spam_is_parked_not_confirmed():
    """The workflow parks a spam-flagged sign-up for the organisers, with the German spam reason; nobody is confirmed."""
    raw = mail(X_Spam_Flag="YES")
    m = message.parse(raw)
    case = Case(mail=m, understanding=understand.read(m), state=State(),
                event=load_event(ROOT / "config" / "event.toml"), now=datetime.fromisoformat("2025-05-05T10:00:00+02:00"))
    d = decide(case)
    assert d.kind == "NeedsReview" and d.code == "spam" and d.new_attendees == ()
    assert {r.kind for r in d.replies} == {"desk_review"}
