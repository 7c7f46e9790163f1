"""Mails that are neither registration, cancellation nor change: a sign-up that depends on an answer or is
promised for later is a question and registers nobody; questions asked by someone registered or instead of coming;
thanks for our confirmation, documents sent to us and vendors' offers are other mail; out-of-office notes without
auto-reply headers are auto replies (header-based auto replies and bounces are in test_classify.py). Sentences of
our own, not copies of corpus mails."""

from __future__ import annotations

import pytest
from reader_helpers import OUR_CONFIRMATION, REPLY_SUBJECT, mail

from mailbot.understand import read

# --- a sign-up that depends on an answer, or is promised for later, is a question ---------------------

def test_registration_sent_later_is_a_question() -> None:
    """"Die Anmeldung reichen wir später nach" after a question registers nobody yet."""
    u = read(mail("Ist der Saal barrierefrei? Die Anmeldung reichen wir später nach."))
    assert u.intent == "question" and u.attendees == ()


def test_registering_after_an_answer_is_a_question() -> None:
    """"…bevor ich mich anmelde" makes the registration depend on the answer."""
    u = read(mail("Wie lange dauert die Veranstaltung etwa? Das würde ich gern wissen, bevor ich mich anmelde."))
    assert u.intent == "question"


def test_conditional_joining_is_a_question() -> None:
    """"Sofern es einen Stream gibt, schalten wir uns dazu" is conditional, hence a question."""
    u = read(mail("Gibt es einen Livestream der Vorträge?\nSofern das klappt, würden wir gerne teilnehmen."))
    assert u.intent == "question"


def test_conditional_registration_without_question_mark_is_a_question() -> None:
    """"Wir würden gern teilnehmen, falls noch Plätze frei sind" asks for availability: a question, not other."""
    u = read(mail("Wir würden gern mit zwei Kollegen teilnehmen, falls noch Plätze frei sind."))
    assert u.intent == "question"


def test_accessibility_question_before_registering_names_nobody() -> None:
    """"Sobald wir Ihre Antwort haben, melden wir ihn an" after a wheelchair question is a question, no "Ihre Antwort"."""
    u = read(mail("Gibt es einen Aufzug? Unser Bürgermeister nutzt einen Rollstuhl. "
                  "Sobald wir Ihre Antwort haben, melden wir ihn an."))
    assert u.intent == "question" and u.attendees == ()


def test_wish_before_a_dash_question_stays_a_question() -> None:
    """"Ich würde gern teilnehmen – geht das noch?" asks whether it is possible; it registers nobody."""
    assert read(mail("Ich würde gern teilnehmen – geht das noch?")).intent == "question"


@pytest.mark.parametrize("text", [
    ("Wir überlegen, mit dem Gemeinderat im Bus anzureisen. Gibt es Parkplätze für einen Bus? Die Anmeldung "
    "würden wir dann nächste Woche schicken."),
    "Gibt es in der Nähe Stellplätze für einen Kleinbus? Dann würden wir uns mit fünf Personen anmelden.",
])
def test_conditional_parking_question_is_a_question(text: str) -> None:
    """"Die Anmeldung würden wir dann … schicken" after a question promises a sign-up, it is none yet."""
    u = read(mail(text))
    assert u.intent == "question" and u.attendees == ()


def test_question_about_parking_at_the_venue_names_nobody() -> None:
    """"Gibt es am Tagungsort Stellplätze, bevor wir uns anmelden?" is a question and names no attendee."""
    u = read(mail("Bevor wir uns anmelden: Gibt es in Bad Lobenstein am Tagungsort Stellplätze, oder fahren wir "
                  "besser mit der Bahn?"))
    assert u.intent == "question" and u.attendees == ()


def test_bringing_someone_unnamed_before_registering_is_a_question() -> None:
    """Asking whether one may bring a colleague, naming nobody and not registered yet, is a question."""
    u = read(mail("Kann man zu der Veranstaltung auch einen Kollegen mitbringen?"))
    assert u.intent == "question" and u.attendees == ()


@pytest.mark.parametrize("text", [
    "Gibt es vor Ort einen Aufzug? Unsere Mitarbeiterin nutzt einen Rollator und würde sich sonst nicht anmelden.",
    "Wird es ein vegetarisches Mittagessen geben? Andernfalls würde ich mich lieber nicht anmelden.",
])
def test_registration_on_a_condition_is_a_question(text: str) -> None:
    """"… würde sich sonst nicht anmelden" beside a question commits nobody: it is a question, nobody attends."""
    u = read(mail(text))
    assert u.intent == "question" and u.attendees == ()


# --- other questions: indirect, from someone registered, instead of coming ----------------------------

def test_indirect_question_with_full_stop_is_a_question() -> None:
    """"Können Sie mir sagen, ob noch Plätze frei sind." asks, even without a question mark, and is the question text."""
    u = read(mail("Können Sie mir sagen, ob noch Plätze frei sind. Dann würde ich mich anmelden."))
    assert u.intent == "question" and u.attendees == ()
    assert u.question is not None and u.question.startswith("Können Sie mir sagen")


def test_registered_person_asking_the_way_is_a_question() -> None:
    """"Ich bin schon angemeldet. Gibt es einen Bus? Ich reise mit der Bahn an." asks; it changes nothing."""
    u = read(mail("Ich bin schon angemeldet. Gibt es vom Bahnhof einen Bus? Ich reise mit der Bahn an."))
    assert u.intent == "question" and u.attendees == ()


def test_english_already_registered_question_is_a_question() -> None:
    """"I am already registered. How do I get from the station?" asks; it registers nobody anew."""
    u = read(mail("I am already registered. How do I get from the station to the venue?", subject="Question"))
    assert u.intent == "question" and u.attendees == ()


def test_sign_off_line_with_role_is_not_a_list() -> None:
    """A lone "Name, Bürgermeister" line closing a question does not turn the question into a registration."""
    u = read(mail("Gibt es vor Ort Parkplätze?\nOlaf Grimm, Bürgermeister", signature="", from_name="Olaf Grimm"))
    assert u.intent == "question" and u.attendees == ()


@pytest.mark.parametrize("text", [
    "Leider kann von uns niemand teilnehmen. Gibt es die Präsentationen hinterher zum Download?",
    "Aus unserer Verwaltung kann am 20. Mai niemand kommen. Werden die Folien verschickt?",
])
def test_nobody_coming_but_asking_for_slides_is_a_question(text: str) -> None:
    """Someone never registered who cannot come and asks for material cancels nothing: a question."""
    u = read(mail(text))
    assert u.intent == "question" and u.attendees == ()


@pytest.mark.parametrize("text", [
    "Ich kann leider nicht kommen, schicken Sie mir bitte die Folien.",
    "Ich kann am 20. Mai leider nicht dabei sein. Bitte senden Sie mir die Unterlagen zu.",
    "Leider kann keiner von uns teilnehmen. Gibt es eine Dokumentation?",
])
def test_not_coming_and_wanting_the_material_is_a_question(text: str) -> None:
    """Someone never registered who asks for slides or documents instead of coming asks; nothing is cancelled."""
    u = read(mail(text))
    assert u.intent == "question" and u.attendees == ()


# --- other mail: thanks, documents, vendors -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Herzlichen Dank für die Bestätigung, wir sehen uns am 20.!",
    "Danke für die schnelle Rückmeldung. Ich freue mich auf die Teilnahme.",
])
def test_thanks_for_our_confirmation_is_other(text: str) -> None:
    """A reply that only thanks for our confirmation is read by a person, not booked again."""
    u = read(mail(text, subject=REPLY_SUBJECT, quoted=OUR_CONFIRMATION))
    assert u.intent == "other" and u.attendees == ()


def test_sending_us_documents_is_no_request_for_material() -> None:
    """"Anbei senden wir Ihnen die Unterlagen" sends something; it neither asks nor registers."""
    u = read(mail("Anbei senden wir Ihnen die Unterlagen zu unserem Projekt zur Kenntnis."))
    assert u.intent == "other"


def test_sales_offer_with_a_question_is_other() -> None:
    """A supplier asking "Sie organisieren eine Tagung?" and offering a discount is an advertisement, not a question."""
    u = read(mail("Sie organisieren eine Tagung? Für Ihre Veranstaltung bieten wir Ihnen 15 % Rabatt auf Catering.",
                  signature="Tim Klee\nPartyservice Klee GmbH", from_name="Tim Klee", from_addr="tk@klee.example"))
    assert u.intent == "other"
    assert u.organisation_type == "other"


@pytest.mark.parametrize("text", [
    ("Wir haben von Ihrer Fachtagung gelesen. Unsere Software hilft Gemeinden bei der Fördermittelverwaltung. "
    "Hätten Sie Zeit für ein kurzes Gespräch, in dem wir Ihnen die Lösung vorstellen?"),
    "Gerne würden wir Ihnen unsere Plattform für Bürgerbeteiligung präsentieren. Passt Ihnen ein Termin im Mai?",
])
def test_sales_meeting_request_is_other(text: str) -> None:
    """A vendor asking for a meeting to present its product is neither a question about the event nor a sign-up."""
    u = read(mail(text, signature="Tim Sauer\nVertrieb\nBeispiel Software GmbH, Dresden",
                  from_addr="t.sauer@beispiel-software.example", from_name="Tim Sauer"))
    assert u.intent == "other" and u.attendees == ()


@pytest.mark.parametrize("text", [
    "Gern würden wir Ihnen in einem Telefonat unser Leistungspaket für Kommunen vorstellen.",
    "Wir würden uns als Aussteller mit einem Infostand beteiligen. Was kostet das?",
])
def test_vendor_offers_are_other(text: str) -> None:
    """A firm offering to present its services or to exhibit is other mail, not a question about attending."""
    u = read(mail(text, signature="Tim Sauer\nBeispiel GmbH", from_addr="t.sauer@beispiel.example", from_name="Tim Sauer"))
    assert u.intent == "other"


# --- out-of-office text without auto-reply headers ----------------------------------------------------

def test_back_in_office_on_a_dotted_date_is_an_auto_reply() -> None:
    """"Ich bin ab dem 03.06.2025 wieder im Büro" in a reply with no auto headers is an out-of-office notice."""
    u = read(mail("Guten Tag,\nich bin ab dem 03.06.2025 wieder im Büro. Ihre E-Mail wird nicht automatisch "
                  "weitergeleitet.", subject="Re: Ihre Anmeldung"))
    assert u.intent == "auto_reply"


@pytest.mark.parametrize("text", [
    "ich bin vom 05.05. bis zum 09.05.2025 nicht erreichbar und ab dem 12.05. wieder im Haus.",
    "Ich bin vom 3.6. an nicht im Büro. Ihre Nachricht wird nach meiner Rückkehr beantwortet.",
    "Guten Tag, ich bin momentan abwesend. In dringenden Angelegenheiten erreichen Sie die Zentrale.",
])
def test_out_of_office_without_headers(text: str) -> None:
    """Absence notes written by a person's mail client are auto replies even with dates like 12.05. in them."""
    u = read(mail(text, subject="AW: Erinnerung an die Transferveranstaltung"))
    assert u.intent == "auto_reply" and u.attendees == ()
