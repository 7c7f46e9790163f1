"""Failure classes of the fourth blind round, pinned down with sentences of our own (not copies of those mails)."""

from __future__ import annotations

import pytest
from test_understand_generalise import mail, names

from mailbot.understand import read
from mailbot.understand.names import split_name

OUR_CONFIRMATION = ("-----Ursprüngliche Nachricht-----\nVon: Anmeldung <anmeldung@transferveranstaltung.example>\n"
                    "Betreff: Anmeldung bestätigt (ISEK-K7PM-R4TX)\n\nGuten Tag, Ihre Anmeldung ist bestätigt.")
REPLY_SUBJECT = "AW: Anmeldung bestätigt: Transferveranstaltung (ISEK-K7PM-R4TX)"


# --- 1. short commitments register the sender ----------------------------------------------------

@pytest.mark.parametrize("text", [
    "Sehr gerne bin ich am 20.05. in Bad Lobenstein mit dabei.",
    "Wir sind am Dienstag gern mit zwei Leuten aus dem Bauamt dabei.",
    "Gerne komme ich.",
    "Ja, ich komme.",
    "Hiermit bestätige ich meine Teilnahme.",
    "Gern nehme ich teil.",
])
def test_short_commitments_register(text: str) -> None:
    """A short present-tense yes, however many words stand between verb and "dabei", registers the sender."""
    u = read(mail(text, subject="Re: Einladung"))
    assert u.intent == "registration" and names(u) == ["Jana Vogt"]


def test_not_being_there_is_a_cancellation() -> None:
    """"Ich bin am 20. Mai leider nicht dabei" says no, so it is never a registration."""
    assert read(mail("Ich bin am 20. Mai leider nicht dabei.")).intent == "cancellation"


# --- 2. a registration that also asks is a registration; the question is kept ---------------------

def test_registration_with_bracket_and_question_registers() -> None:
    """"melde mich … an (Gemeinde X)" followed by an access question registers and keeps the question."""
    u = read(mail("Hiermit melde ich mich für den 20. Mai an (Stadt Schleiz, Bauamt). Ich gehe mit Rollator. "
                  "Gibt es einen Aufzug zum Saal?"))
    assert u.intent == "registration" and names(u) == ["Jana Vogt"]
    assert u.question and "Aufzug" in u.question


def test_commitment_before_a_dash_question_registers() -> None:
    """"Ich melde mich an – gibt es Mittagessen?": the clause before the dash commits."""
    u = read(mail("Ich melde mich für die Veranstaltung an – gibt es ein Mittagessen vor Ort?"))
    assert u.intent == "registration" and u.question


def test_wish_before_a_dash_question_stays_a_question() -> None:
    """"Ich würde gern teilnehmen – geht das noch?" asks whether it is possible; it registers nobody."""
    assert read(mail("Ich würde gern teilnehmen – geht das noch?")).intent == "question"


# --- 3. adding someone to an existing registration is a change ----------------------------------

@pytest.mark.parametrize("text", [
    ("Könnten Sie zu unserer Anmeldung (ISEK-K7PM-R4TX) bitte noch Herrn Olaf Dreher dazunehmen? "
     "Seine Adresse: o.dreher@schleiz.example."),
    ("Würden Sie bitte Herrn Olaf Dreher, o.dreher@schleiz.example, noch mit auf die Liste setzen? "
     "Unser Code lautet ISEK-K7PM-R4TX."),
])
def test_polite_request_to_add_a_colleague_is_a_change(text: str) -> None:
    """A polite request to take one more person onto a registration we confirmed (code quoted) is a change."""
    u = read(mail(text))
    assert u.intent == "change"
    assert [(p.name, p.email) for p in u.attendees] == [("Olaf Dreher", "o.dreher@schleiz.example")]


# --- 4. thanks for our confirmation is no new registration ----------------------------------------

@pytest.mark.parametrize("text", [
    "Herzlichen Dank für die Bestätigung, wir sehen uns am 20.!",
    "Danke für die schnelle Rückmeldung. Ich freue mich auf die Teilnahme.",
])
def test_thanks_for_our_confirmation_is_other(text: str) -> None:
    """A reply that only thanks for our confirmation is read by a person, not booked again."""
    u = read(mail(text, subject=REPLY_SUBJECT, quoted=OUR_CONFIRMATION))
    assert u.intent == "other" and u.attendees == ()


def test_thanks_with_a_withdrawal_still_cancels() -> None:
    """Thanking first does not hide a cancellation in the same reply."""
    u = read(mail("Danke für die Bestätigung. Leider kann ich nun doch nicht teilnehmen.", subject=REPLY_SUBJECT,
                  quoted=OUR_CONFIRMATION))
    assert u.intent == "cancellation"


# --- 5. no names made of colleague words or places ----------------------------------------------

def test_colleague_word_is_stripped_like_a_salutation() -> None:
    """"Kollegen Benjamin Knauer" is Benjamin Knauer, once, with his address."""
    u = read(mail("Ich melde mich und meinen Kollegen Rainer Stolle (r.stolle@schleiz.example) an."))
    assert [(p.name, p.email) for p in u.attendees] == [("Jana Vogt", "j.vogt@schleiz.example"),
                                                         ("Rainer Stolle", "r.stolle@schleiz.example")]
    assert split_name("Kollegin Ute Brand") == ("Ute Brand", None, "Frau")


def test_place_after_a_travel_noun_is_no_attendee() -> None:
    """"Abfahrt Rosenthal am Rennsteig …, Ankunft Bad Lobenstein …" names places, not people."""
    u = read(mail("Ich melde mich an, Abfahrt Rosenthal am Rennsteig gegen 7 Uhr, Ankunft Bad Lobenstein 9 Uhr."))
    assert names(u) == ["Jana Vogt"]


def test_role_loses_a_trailing_comma() -> None:
    """A signature line "Bauamtsleiter," gives the role without its comma."""
    u = read(mail("Hiermit melde ich mich an.", signature="Jana Vogt\nBauamtsleiterin,\nStadt Schleiz"))
    assert u.attendees[0].role == "Bauamtsleiterin"


# --- 6. "der Bürgermeister" is the one mayor the mail names -----------------------------------------

def test_secretary_registers_the_mayor_named_in_another_sentence() -> None:
    """"Der Bürgermeister nimmt teil" plus "Herr Bürgermeister X" elsewhere: X attends, the secretary does not."""
    u = read(mail("Im Auftrag darf ich mitteilen: Der Bürgermeister nimmt teil.\n\nHerr Bürgermeister Kurt Zeidler "
                  "freut sich auf den Austausch.", signature="i. A. Petra Lutz\nSekretariat des Bürgermeisters",
                  from_name="Sekretariat", from_addr="sekretariat@schleiz.example"))
    assert u.intent == "registration"
    assert [(p.name, p.email, p.role) for p in u.attendees] == [("Kurt Zeidler", None, "Bürgermeister")]


def test_mayor_named_only_in_the_letterhead_attends() -> None:
    """"Unsere Bürgermeisterin kommt gern" with "Bürgermeisterin: Frau Dr. X" in the signature registers X only."""
    u = read(mail("Unsere Bürgermeisterin kommt gern.", signature="Petra Lutz\nGemeinde Kella\n"
                  "Bürgermeisterin: Frau Dr. Ines Bähr", from_name="Petra Lutz", from_addr="p.lutz@kella.example"))
    assert [(p.name, p.title) for p in u.attendees] == [("Ines Bähr", "Dr.")]


def test_writer_and_the_mayor_both_attend() -> None:
    """"Ich und der Bürgermeister nehmen teil" registers the writer and the mayor the signature names."""
    u = read(mail("Ich und der Bürgermeister nehmen teil.", signature="Petra Lutz\nBauamt\nStadt Schleiz\n"
                  "Bürgermeister Kurt Zeidler", from_name="Petra Lutz", from_addr="p.lutz@schleiz.example"))
    assert names(u) == ["Petra Lutz", "Kurt Zeidler"]


def test_mayor_withdrawn_by_office_is_the_named_mayor() -> None:
    """A cancellation "Der Bürgermeister kann doch nicht" concerns the mayor named in the signature block."""
    u = read(mail("Der Bürgermeister kann leider doch nicht teilnehmen.", signature="Petra Lutz\nSekretariat\n"
                  "Kurt Zeidler\nBürgermeister", from_name="Petra Lutz", from_addr="p.lutz@schleiz.example"))
    assert u.intent == "cancellation" and names(u) == ["Kurt Zeidler"]


def test_two_named_mayors_resolve_to_nobody() -> None:
    """With two different mayors named, "der Bürgermeister" is not guessed."""
    u = read(mail("Der Bürgermeister nimmt teil. Bürgermeister Kurt Zeidler grüßt Bürgermeister Olaf Krenz.",
                  signature="i. A. Petra Lutz\nSekretariat", from_name="Sekretariat",
                  from_addr="sekretariat@schleiz.example"))
    assert "Kurt Zeidler" not in names(u) and "Olaf Krenz" not in names(u)


# --- 7. a VG's form line names the member municipality ---------------------------------------------

@pytest.mark.parametrize("field", ["Kommune: Gemeinde Heideland", "Kommune: Heideland", "Gemeinde: Gemeinde Heideland"])
def test_form_line_in_a_vg_mail_names_the_member(field: str) -> None:
    """A VG whose name contains a member's name: the form line "Kommune: (Gemeinde) X" gives X."""
    u = read(mail(f"Anbei meine Anmeldung.\n\nName: Sauer\nVorname: Ilka\n{field}",
                  signature="Ilka Sauer\nVerwaltungsgemeinschaft Heideland-Elstertal-Schkölen",
                  from_name="Ilka Sauer", from_addr="i.sauer@vg-hes.example"))
    assert u.municipality is not None and u.municipality.name == "Heideland"


def test_vg_signature_alone_names_no_municipality() -> None:
    """Without a form line or sentence naming the member, a VG's own name is no municipality."""
    u = read(mail("Hiermit melde ich mich an.", signature="Ilka Sauer\nVerwaltungsgemeinschaft Heideland-Elstertal-Schkölen",
                  from_name="Ilka Sauer", from_addr="i.sauer@vg-hes.example"))
    assert u.municipality is None


# --- 8. two people withdrawn in one sentence -------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Bitte streichen Sie Kai Brandt und Ute Lamm von der Teilnehmerliste.", ["Kai Brandt", "Ute Lamm"]),
    ("Wir, also Kai Brandt und ich, sagen ab.", ["Jana Vogt", "Kai Brandt"]),
    ("Herr Kai Brandt und Frau Ute Lamm können leider nicht teilnehmen.", ["Kai Brandt", "Ute Lamm"]),
])
def test_two_withdrawn_in_one_sentence(text: str, expected: list[str]) -> None:
    """Both people a cancelling sentence names are concerned, the second without an address too."""
    u = read(mail(text))
    assert u.intent == "cancellation" and names(u) == expected


def test_town_plurals_and_units_are_no_names() -> None:
    """"die Städte Kahla und Orlamünde" names towns, not a person "Städte Kahla"."""
    u = read(mail("Ich melde mich an; ich spreche auch für die Städte Kahla und Orlamünde."))
    assert names(u) == ["Jana Vogt"]


# --- 9. "wir beide" withdraw everyone our quoted confirmation lists --------------------------------

LISTING = ("-----Ursprüngliche Nachricht-----\nVon: Anmeldung <anmeldung@transferveranstaltung.example>\n"
           "Betreff: Anmeldung bestätigt (ISEK-K7PM-R4TX)\n\nGuten Tag Frau Vogt,\n\nAngemeldet sind:\n\n"
           "- Jana Vogt: Teilnahme bestätigt\n  Persönlicher Anmeldecode: ISEK-K7PM-R4TX\n"
           "- Henrik Saupe (h.saupe@schleiz.example): Teilnahme bestätigt\n\nMit freundlichen Grüßen")


@pytest.mark.parametrize("text", ["Leider müssen wir beide absagen.", "Wir können am 20. Mai leider nicht teilnehmen."])
def test_we_cancel_everyone_our_confirmation_lists(text: str) -> None:
    """A listed sender who writes "wir" withdraws the whole group our quoted confirmation lists."""
    u = read(mail(text, subject=REPLY_SUBJECT, quoted=LISTING))
    assert u.intent == "cancellation"
    assert [(p.name, p.email) for p in u.attendees] == [("Jana Vogt", "j.vogt@schleiz.example"),
                                                         ("Henrik Saupe", "h.saupe@schleiz.example")]


def test_i_cancel_only_myself_despite_the_listing() -> None:
    """"Ich kann leider nicht" withdraws the sender alone, whoever else the confirmation lists."""
    u = read(mail("Ich kann leider doch nicht teilnehmen.", subject=REPLY_SUBJECT, quoted=LISTING))
    assert names(u) == ["Jana Vogt"]


def test_naming_one_of_the_group_cancels_only_that_one() -> None:
    """"Wir müssen Herrn Saupe abmelden" names whom; the group is not withdrawn."""
    u = read(mail("Wir müssen Herrn Henrik Saupe leider abmelden.", subject=REPLY_SUBJECT, quoted=LISTING))
    assert names(u) == ["Henrik Saupe"]


def test_absent_sender_registering_colleagues_across_a_date_registers() -> None:
    """"ich selbst kann am 20.05. nicht, melde aber …, … an" registers the colleagues however long the list."""
    u = read(mail("Ich selbst kann am 20.05. leider nicht teilnehmen, melde aber unsere Kollegen Herrn Tobias "
                  "Ranft-Wiegand und Herrn Lutz Kammler an."))
    assert u.intent == "registration" and names(u) == ["Tobias Ranft-Wiegand", "Lutz Kammler"]


INVITATION = ("-----Ursprüngliche Nachricht-----\nVon: Ministerium <poststelle@tmdi.example>\nBetreff: Einladung zur "
              "9. Transferveranstaltung\n\nWir laden Sie herzlich zur Transferveranstaltung am 20. Mai 2025 in Bad "
              "Lobenstein ein.")


@pytest.mark.parametrize("text", ["Danke für die Info, ich nehme gern teil.", "Danke für die Mail – ich bin dabei.",
                                  "Vielen Dank für die Einladung, gerne komme ich."])
def test_thanks_for_the_invitation_then_yes_registers(text: str) -> None:
    """Thanking for an invitation (not our confirmation) and then saying yes is a sign-up, sender included."""
    u = read(mail(text, subject="AW: Einladung zur 9. Transferveranstaltung", quoted=INVITATION))
    assert u.intent == "registration" and names(u) == ["Jana Vogt"]


def test_short_no_to_the_invitation_is_a_cancellation() -> None:
    """"Leider kann ich nicht." answering the invitation says no; it is never a registration."""
    u = read(mail("Danke für die Einladung. Leider kann ich nicht.", subject="AW: Einladung", quoted=INVITATION))
    assert u.intent == "cancellation"
