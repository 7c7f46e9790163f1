"""What makes a mail a change to an existing registration: a colleague added afterwards, someone coming instead of
the sender, arriving late or leaving early, a new address or a corrected name; and which persons the change
concerns (not those who stay as registered). A first sign-up asking for mail to another address is no change.
Sentences of our own, not copies of corpus mails."""

from __future__ import annotations

import pytest
from reader_helpers import CODE_SUBJECT, OUR_CONFIRMATION, REPLY_SUBJECT, mail, names

from mailbot.understand import read

# --- adding a colleague to an existing registration ---------------------------------------------------

def test_polite_request_to_add_a_colleague_is_a_change() -> None:
    """"Können Sie noch meine Kollegin … nachmelden?" in reply to our confirmation adds a person: a change."""
    u = read(mail("Können Sie bitte noch meine Kollegin Frau Iris Kolbe nachmelden?",
                  quoted="> Ihre Anmeldung ist bestätigt.\n> Ihr persönlicher Code: ISEK-TQ4M-7HXP"))
    assert u.intent == "change" and names(u) == ["Iris Kolbe"]


@pytest.mark.parametrize("text", [
    ("Könnten Sie zu unserer Anmeldung (ISEK-K7PM-R4TX) bitte noch Herrn Olaf Dreher dazunehmen? "
     "Seine Adresse: o.dreher@schleiz.example."),
    ("Würden Sie bitte Herrn Olaf Dreher, o.dreher@schleiz.example, noch mit auf die Liste setzen? "
     "Unser Code lautet ISEK-K7PM-R4TX."),
])
def test_polite_request_to_add_a_colleague_with_the_code_is_a_change(text: str) -> None:
    """A polite request to take one more person onto a registration we confirmed (code quoted) is a change."""
    u = read(mail(text))
    assert u.intent == "change"
    assert [(p.name, p.email) for p in u.attendees] == [("Olaf Dreher", "o.dreher@schleiz.example")]


@pytest.mark.parametrize("text", [
    ("Ich bin schon für den 20. Mai angemeldet. Neu im Team ist unser Kollege Herr Paul Brückner "
    "(p.brueckner@schleiz.example). Würden Sie ihn bitte noch nachmelden?"),
    ("Für die Tagung bin ich bereits angemeldet. Seit März arbeitet bei uns Frau Ida Kranich "
    "(i.kranich@schleiz.example). Können Sie sie bitte nachträglich mit aufnehmen? Sie würde mit mir fahren."),
])
def test_colleague_registered_afterwards_is_a_change(text: str) -> None:
    """The person named one sentence before "bitte nachmelden" is the one added; the registered sender is not."""
    u = read(mail(text, subject="Nachmeldung"))
    assert u.intent == "change"
    assert len(u.attendees) == 1 and u.attendees[0].name != "Jana Vogt" and u.attendees[0].email


def test_new_colleague_to_be_entered_is_a_change() -> None:
    """"… heißt Frau X. Können Sie sie auch noch eintragen?" adds X to an existing registration."""
    u = read(mail("Ich bin schon angemeldet. Unsere neue Bauamtsleiterin heißt Frau Greta Lohse, "
                  "g.lohse@schleiz.example. Können Sie sie auch noch eintragen?"))
    assert u.intent == "change" and [(p.name, p.email) for p in u.attendees] == [
        ("Greta Lohse", "g.lohse@schleiz.example")]


@pytest.mark.parametrize("text", [
    ("Ich bin schon angemeldet. Darf ich noch meine Kollegin Frau Romy Leisner mitbringen? Ihre Adresse: "
     "r.leisner@schleiz.example"),
    ("Wir sind bereits angemeldet. Können wir noch Herrn Udo Brettschneider (u.brettschneider@schleiz.example) "
     "mitnehmen?"),
])
def test_asking_to_bring_a_colleague_is_a_change_listing_the_colleague(text: str) -> None:
    """A registered sender asking whether a named colleague may come too changes the registration, for that colleague."""
    u = read(mail(text, subject="Nachmeldung"))
    assert u.intent == "change"
    assert len(u.attendees) == 1 and u.attendees[0].email in ("r.leisner@schleiz.example",
                                                              "u.brettschneider@schleiz.example")


def test_registered_sender_asking_if_a_colleague_may_come_too_is_a_change() -> None:
    """"Meine Kollegin Frau X würde auch gern kommen, geht das noch?" under our code adds X: a change, not a sign-up."""
    u = read(mail("Ich bin schon angemeldet. Meine Kollegin Frau Romy Leisner würde auch gern kommen, geht das noch?",
                  subject=CODE_SUBJECT))
    assert u.intent == "change" and names(u) == ["Romy Leisner"]


@pytest.mark.parametrize("text", [
    ("ich bin schon angemeldet. Meine Kollegin Frau Ute Brandis würde ebenfalls teilnehmen, "
     "bitte setzen Sie sie noch mit auf: u.brandis@schleiz.example"),
    "ich bin bereits angemeldet. Herr Lutz Vollrath möchte ebenfalls kommen – nehmen Sie ihn bitte mit auf.",
])
def test_colleague_added_to_an_existing_registration_is_a_change(text: str) -> None:
    """"Ebenfalls teilnehmen/kommen" and "mit auf(nehmen)" from someone registered add a person: a change."""
    u = read(mail(text))
    assert u.intent == "change"
    assert len(u.attendees) == 1 and u.attendees[0].name != "Jana Vogt"


# --- someone else comes instead: the sender is replaced -----------------------------------------------

def test_sender_replaced_by_a_colleague() -> None:
    """"Mich vertritt Herr Ole Brandt" makes the sender and Brandt concerned, and the sender the one replaced."""
    u = read(mail("Leider kann ich am 20. Mai doch nicht. Herr Ole Brandt (o.brandt@schleiz.example) vertritt mich.",
                  subject="Vertretung"))
    assert u.intent == "change"
    assert sorted(names(u)) == ["Jana Vogt", "Ole Brandt"]
    assert [p.name for p in u.replaces] == ["Jana Vogt"]


def test_an_meiner_stelle() -> None:
    """"An meiner Stelle kommt Frau X" after "ich bin verhindert" replaces the sender."""
    u = read(mail("Ich bin verhindert. An meiner Stelle kommt Frau Rita Hahn.", subject="Vertretung 20.05."))
    assert [p.name for p in u.replaces] == ["Jana Vogt"] and "Rita Hahn" in names(u)


def test_self_replacement_without_other_context_is_a_change() -> None:
    """"Für mich kommt Herr X" and "Ich werde von Frau Y vertreten" are changes that replace the sender."""
    for text in ("Für mich kommt am 20. Mai Herr Kai Wolf (k.wolf@schleiz.example).",
                 "Ich werde am 20. Mai von Frau Ute Brand vertreten."):
        u = read(mail(text, subject="Transferveranstaltung"))
        assert u.intent == "change", text
        assert [p.name for p in u.replaces] == ["Jana Vogt"], text
        assert len(u.attendees) == 2, text


# --- arriving late or leaving early; who stays as registered is not concerned -------------------------

@pytest.mark.parametrize("text", [
    "Ich kann am 20. erst gegen 10:45 Uhr da sein, weil vorher Gemeinderat ist. Das ist keine Absage!",
    "Kurze Info: ich komme erst um 11 Uhr, bitte nicht als Absage verstehen.",
    "Ich schaffe es leider erst nach der Mittagspause.",
])
def test_later_arrival_of_registered_person_is_a_change(text: str) -> None:
    """A registered person who comes late changes their registration; a denied "Absage" withdraws nobody."""
    u = read(mail(text, subject=REPLY_SUBJECT, quoted=OUR_CONFIRMATION))
    assert u.intent == "change" and names(u) == ["Jana Vogt"]


@pytest.mark.parametrize("text", [
    "Ich muss am Nachmittag schon um 14:30 Uhr wieder aufbrechen.",
    "Ich verspäte mich am Veranstaltungstag um etwa eine halbe Stunde.",
])
def test_leaving_early_or_being_late_is_a_change(text: str) -> None:
    """Leaving early or running late changes an existing registration; it cancels nothing."""
    u = read(mail(text, subject=REPLY_SUBJECT, quoted=OUR_CONFIRMATION))
    assert u.intent == "change" and names(u) == ["Jana Vogt"]


@pytest.mark.parametrize("text", [
    "zu unserer Anmeldung: Frau Vogt kommt erst gegen 11 Uhr, Herr Ralf Ebersbach bleibt wie angemeldet.",
    "Kleine Änderung: Ich komme erst nach der Mittagspause; bei Herrn Ebersbach ändert sich nichts.",
    "Ich reise erst zur Mittagszeit an – Herr Ebersbach kommt wie geplant schon am Vormittag.",
])
def test_person_who_stays_as_registered_is_not_part_of_a_change(text: str) -> None:
    """A change that names a colleague only to say they come as registered concerns the sender alone."""
    u = read(mail(text, subject=CODE_SUBJECT))
    assert u.intent == "change"
    assert names(u) == ["Jana Vogt"]


def test_person_coming_as_planned_but_later_is_still_concerned() -> None:
    """"Kommt wie geplant, aber erst ab Mittag" still changes something for that person."""
    u = read(mail("Zu unserer Anmeldung: Herr Ralf Ebersbach kommt wie geplant, aber erst ab 13 Uhr.",
                  subject=CODE_SUBJECT))
    assert u.intent == "change"
    assert "Ralf Ebersbach" in names(u)


# --- new contact details, corrections and remarks for a registration ----------------------------------

def test_new_address_for_existing_registration_is_a_change() -> None:
    """"Bitte nutzen Sie ab sofort meine neue dienstliche Adresse" after signing up is a change."""
    u = read(mail("Ich bin bereits angemeldet. Bitte schreiben Sie mir künftig an meine Adresse im Rathaus: "
                  "jana.vogt@schleiz.example", subject="Kontaktdaten"))
    assert u.intent == "change"
    assert [p.email for p in u.attendees] == ["jana.vogt@schleiz.example"]


def test_signed_up_with_wrong_address_is_a_change() -> None:
    """Having registered "versehentlich" with a private address is a correction."""
    u = read(mail("Ich hatte mich irrtümlich mit meiner privaten Mail angemeldet, bitte nehmen Sie "
                  "jana.vogt@schleiz.example."))
    assert u.intent == "change"


def test_new_work_address_is_a_change() -> None:
    """"meine neue Büroadresse lautet …" tells us a new address for the registration: a change for the sender."""
    u = read(mail("Bitte schreiben Sie mir künftig an meine neue Büroadresse: jana.vogt@stadt-schleiz.example"))
    assert u.intent == "change"
    assert [(p.name, p.email) for p in u.attendees] == [("Jana Vogt", "jana.vogt@stadt-schleiz.example")]


def test_old_address_named_in_a_change_is_not_taken() -> None:
    """"bisher mit der Adresse jana.vogt@gmx…, bitte ab sofort j.vogt@…" keeps the new address, not the old one."""
    u = read(mail("Ich bin bereits angemeldet, bisher mit der Adresse jana.vogt@gmx.example. Bitte nutzen Sie "
                  "ab sofort meine neue Adresse j.vogt@kahla.example.", from_addr="j.vogt@kahla.example"))
    assert u.intent == "change"
    assert [(p.name, p.email) for p in u.attendees] == [("Jana Vogt", "j.vogt@kahla.example")]


def test_name_spelling_correction_is_a_change() -> None:
    """"richtig ist Weiß, mit ß. Könnten Sie das korrigieren?" corrects the registration: a change for the sender."""
    u = read(mail("In der Bestätigung steht Weis – richtig ist Weiß. Könnten Sie das bitte korrigieren?",
                  from_name="Jana Weiß", signature="Jana Weiß\nStadt Schleiz",
                  quoted="> Ihre Anmeldung ist bestätigt.\n> - Jana Weis"))
    assert u.intent == "change" and names(u) == ["Jana Weiß"]


def test_notes_after_registering_are_a_change_under_a_reply_subject() -> None:
    """"Ergänzung zu meiner Anmeldung: nur vormittags, vegan" under "Re: Anmeldung …" changes details."""
    u = read(mail("Ergänzung zu meiner Anmeldung: Ich kann nur vormittags bleiben und esse vegan.",
                  subject="Re: Anmeldung bestätigt"))
    assert u.intent == "change" and names(u) == ["Jana Vogt"]


def test_official_address_from_a_private_one_is_a_change() -> None:
    """"Ich hatte mich privat angemeldet; bitte künftig an meine Dienstadresse X" changes the sender's address."""
    u = read(mail("ich hatte mich über mein privates Postfach angemeldet. Senden Sie die Unterlagen bitte an "
                  "meine dienstliche Adresse jana.vogt@stadt-schleiz.example.",
                  from_addr="jana.vogt@web.example"))
    assert u.intent == "change"
    assert [(p.name, p.email) for p in u.attendees] == [("Jana Vogt", "jana.vogt@stadt-schleiz.example")]


def test_office_address_in_a_fresh_sign_up_is_no_change() -> None:
    """A first sign-up that asks for mail to the office address stays a registration."""
    u = read(mail("hiermit melde ich mich zur Veranstaltung an. Schreiben Sie bitte an meine Dienstadresse "
                  "jana.vogt@stadt-schleiz.example.", from_addr="jana.vogt@web.example"))
    assert u.intent == "registration"
