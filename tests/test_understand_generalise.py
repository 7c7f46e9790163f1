"""Failure classes found on blind mails, pinned down with sentences of our own (not copies of those mails)."""

from __future__ import annotations

import pytest

from mailbot.models import InboundMail
from mailbot.understand import places, read
from mailbot.understand.org import kind
from mailbot.understand.text import sentences, unwrap


def mail(text: str, signature: str = "Jana Vogt\nStadt Schleiz", subject: str = "Transferveranstaltung",
         from_addr: str = "j.vogt@schleiz.example", from_name: str = "Jana Vogt", quoted: str = "") -> InboundMail:
    return InboundMail(message_id="<g@x>", subject=subject, from_name=from_name, from_addr=from_addr,
                       text=text, signature=signature, quoted=quoted, full_text=f"{text}\n{signature}")


def names(u: object) -> list[str]:
    return [p.name for p in u.attendees]  # type: ignore[attr-defined]


# --- 1. a registration promised for later, or asked about, is a question ---------------------------

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


def test_parking_word_is_not_a_registration() -> None:
    """"Parkplätze" contains "plätze" but is no sign-up; a plain parking question stays a question."""
    u = read(mail("Wir wollten nur wissen: Stehen am Veranstaltungsort genügend Parkplätze zur Verfügung?"))
    assert u.intent == "question"


def test_present_commitment_with_a_long_date_phrase_registers() -> None:
    """"melde ich mich für die Stadt X zur Veranstaltung am 20. Mai an" is a registration, however long."""
    u = read(mail("Hiermit melde ich mich für die Stadt Schleiz zur Transferveranstaltung am 20. Mai 2025 an. "
                  "Gibt es Parkplätze?"))
    assert u.intent == "registration" and names(u) == ["Jana Vogt"]


def test_nehme_teil_across_a_date_registers() -> None:
    """"gern nehme ich an der Veranstaltung am 20.05.2025 teil" registers even with a dotted date inside."""
    u = read(mail("gern nehme ich an der Veranstaltung am 20.05.2025 teil.", subject="Hallo"))
    assert u.intent == "registration"


# --- 2. new contact data for an existing registration is a change ----------------------------------

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


# --- 9. hard-wrapped lines --------------------------------------------------------------------------

WRAPPED = ("ich melde mich zur Veranstaltung an. Weil ich auf einen Rollator angewiesen bin, bitte ich\n"
           "um einen Sitzplatz nahe am Eingang.\n\n"
           "Außerdem: Gibt es in der Nähe des Tagungsorts eine Möglichkeit, das Auto\n"
           "kostenlos abzustellen?")


def test_unwrap_joins_wrapped_sentences_but_keeps_lists() -> None:
    """Wrapped prose becomes one line; list items and key: value lines stay lines."""
    assert "bitte ich um einen Sitzplatz" in unwrap(WRAPPED)
    form = "Name: Jana Vogt\nFunktion: Bauamtsleiterin, zuständig für die Fortschreibung des ISEK der Stadt\nE-Mail: x@y.de"
    assert unwrap(form) == form
    listing = "Für uns nehmen an der Veranstaltung am 20. Mai 2025 teil, wie besprochen:\n1. Frau Jana Vogt\n2. Herr Ole Brandt"
    assert unwrap(listing) == listing


def test_notes_and_question_are_whole_sentences() -> None:
    """A note and a question that wrap over two lines come out whole."""
    u = read(mail(WRAPPED))
    assert any(n.endswith("nahe am Eingang.") and n.startswith("Weil ich") for n in u.notes)
    assert u.question is not None and u.question.startswith("Außerdem") or "Auto kostenlos abzustellen?" in (u.question or "")


def test_sentences_do_not_break_after_dates_and_abbreviations() -> None:
    """"am 20. Mai", "z. B." and "Dr." do not end a sentence."""
    assert sentences("Frau Dr. Vogt kommt am 20. Mai, z. B. mit dem Zug. Sie bleibt.") == [
        "Frau Dr. Vogt kommt am 20. Mai, z. B. mit dem Zug.", "Sie bleibt."]


# --- 3. assistants and colleagues: the attendee is the person written about ------------------------

def test_secretary_registering_the_mayor_is_not_an_attendee() -> None:
    """A Vorzimmer signed "i. A." registering "Frau Bürgermeisterin Ilka Sommer" yields only the mayor."""
    u = read(mail("Frau Bürgermeisterin Ilka Sommer wird am 20. Mai an der Veranstaltung teilnehmen.",
                  signature="i. A. Tom Rausch\nVorzimmer der Bürgermeisterin\nStadt Schleiz",
                  from_addr="vorzimmer@schleiz.example", from_name="Vorzimmer"))
    assert u.intent == "registration"
    assert names(u) == ["Ilka Sommer"] and u.attendees[0].email is None


def test_secretary_without_a_named_boss_is_not_an_attendee() -> None:
    """An assistant who writes "der Herr Oberbürgermeister nimmt teil" registers nobody by name: review, not the assistant."""
    u = read(mail("Der Oberbürgermeister nimmt gern an der Veranstaltung teil.",
                  signature="Mit freundlichen Grüßen\nim Auftrag\nKerstin Adam\nSekretariat Oberbürgermeister",
                  from_addr="sekretariat@schleiz.example", from_name="Kerstin Adam"))
    assert u.intent == "registration" and u.attendees == () and u.needs_review


def test_english_colleague_cancellation_concerns_the_colleague() -> None:
    """"our colleague Mr Finn Walsh won't be able to attend" cancels Finn Walsh, not the sender."""
    u = read(mail("I'm afraid our colleague Mr Finn Walsh will not be able to attend on 20 May. "
                  "Please remove him from the list.", signature="Best regards\nNora Price\nPrice Planning GmbH",
                  from_addr="n.price@price-planning.example", from_name="Nora Price", subject="Event on 20 May"))
    assert u.intent == "cancellation" and names(u) == ["Finn Walsh"]


# --- 4. names: titles without a dot, job titles before the name, hyphenated given names -------------

def test_title_without_dot_and_english_salutation() -> None:
    """"Dr Ruth Adler" and "Ms Kate Lowe" lose title and salutation; both are attendees."""
    u = read(mail("We would like to register:\n1. Dr Ruth Adler, Head of Planning - r.adler@x-plan.example\n"
                  "2. Ms Kate Lowe - k.lowe@x-plan.example", from_name="Ruth Adler", from_addr="r.adler@x-plan.example",
                  signature="Ruth Adler\nX Plan GmbH"))
    assert sorted(names(u)) == ["Kate Lowe", "Ruth Adler"]
    assert {p.email for p in u.attendees} == {"r.adler@x-plan.example", "k.lowe@x-plan.example"}


def test_job_title_between_academic_title_and_name_is_the_role() -> None:
    """"Dipl.-Ing. Stadtplaner Jonas Ebert" is Jonas Ebert with role Stadtplaner."""
    u = read(mail("Für uns nehmen teil:\n\nDipl.-Ing. Stadtplaner Jonas Ebert (j.ebert@plan.example)\nM.A. Greta Lang",
                  signature="Büro für Stadtplanung Ebert\nErfurt", from_addr="info@plan.example", from_name="Büro"))
    assert sorted(names(u)) == ["Greta Lang", "Jonas Ebert"]
    ebert = next(p for p in u.attendees if p.name == "Jonas Ebert")
    assert ebert.role == "Stadtplaner" and ebert.email == "j.ebert@plan.example"


def test_bringing_a_colleague_with_hyphenated_name() -> None:
    """"ich bringe meinen Kollegen Jan-Ole Brandt mit" adds him beside the sender."""
    u = read(mail("Ich bin am 20. Mai dabei und bringe meinen Kollegen Jan-Ole Brandt mit."))
    assert sorted(names(u)) == ["Jan-Ole Brandt", "Jana Vogt"]


# --- 5. form labels ---------------------------------------------------------------------------------

def test_form_labels_pasted_with_tabs_are_no_names() -> None:
    """A Word form pasted as text: only the name field gives an attendee, "Übernachtung Hotel" does not."""
    u = read(mail("Anmeldung:\n\nName, Vorname:\t\tVogt, Jana\nFunktion:\tBauamtsleiterin\n"
                  "Übernachtung Hotel:\t☐ ja ☒ nein\nBesondere Wünsche:\tkeine\nE-Mail:\tj.vogt@schleiz.example"))
    assert names(u) == ["Jana Vogt"]


# --- 6. addresses stated apart from the person --------------------------------------------------------

def test_address_in_a_later_sentence_belongs_to_the_named_person() -> None:
    """"Die Bestätigung bitte an Herrn Kurz: m.kurz@…" gives Herr Kurz that address."""
    u = read(mail("Wir melden Herrn Michael Kurz, Sachgebiet Planung, zur Veranstaltung an.\n\n"
                  "Die Bestätigung bitte direkt an ihn: michael.kurz@schleiz.example", signature="i. A. J. Vogt\nStadt Schleiz"))
    assert [(p.name, p.email) for p in u.attendees] == [("Michael Kurz", "michael.kurz@schleiz.example")]


def test_address_wrapped_onto_the_next_line() -> None:
    """A person line whose address a mail client pushed onto the next line still gets the address."""
    u = read(mail("Zur Veranstaltung melde ich an:\n\nFrau Dipl.-Ing. Paula Winter, Fachdienst Bauverwaltung und Liegenschaften,\n"
                  "paula.winter@schleiz.example"))
    assert [(p.name, p.email) for p in u.attendees] == [("Paula Winter", "paula.winter@schleiz.example")]


# --- 7. the sender is the one replaced ----------------------------------------------------------------

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


def test_surname_only_is_completed_from_our_quoted_confirmation() -> None:
    """"Herr Krause ist verhindert" answering our confirmation for "Herr Peter Krause" names Peter Krause."""
    u = read(mail("Herr Krause ist leider verhindert, statt ihm kommt Frau Ina Roth.", subject="AW: Anmeldebestätigung",
                  quoted="Angemeldet: Herr Peter Krause (Stadt Schleiz)\nIhr Anmeldecode: ISEK-ABCD-EFGH"))
    assert u.intent == "change" and sorted(names(u)) == ["Ina Roth", "Peter Krause"]


# --- 8. places in English prose, authorities' areas ---------------------------------------------------

def test_english_town_of() -> None:
    """"supporting the town of Schleiz" names the client municipality of an English-writing planning firm."""
    u = read(mail("We would like to register for the event. We currently work for the town of Schleiz on its ISEK.",
                  signature="Ann Lee\nLee Urban Consulting GmbH", from_name="Ann Lee", from_addr="ann@lee-urban.example"))
    assert u.municipality is not None and u.municipality.name == "Schleiz"


def test_authority_mentioning_towns_has_no_municipality() -> None:
    """A Landratsamt that mentions the ISEK of "der Städte Pößneck und Schleiz" in passing gets municipality null."""
    u = read(mail("Ich nehme gern teil. Wir betreuen im Kreis die Stadt Pößneck und die Stadt Schleiz.",
                  signature="Uta Berg\nLandratsamt Saale-Orla-Kreis", from_name="Uta Berg", from_addr="u.berg@lra-sok.example"))
    assert u.organisation_type == "authority" and u.municipality is None


def test_indirect_question_with_full_stop_is_a_question() -> None:
    """"Können Sie mir sagen, ob noch Plätze frei sind." asks, even without a question mark, and is the question text."""
    u = read(mail("Können Sie mir sagen, ob noch Plätze frei sind. Dann würde ich mich anmelden."))
    assert u.intent == "question" and u.attendees == ()
    assert u.question is not None and u.question.startswith("Können Sie mir sagen")


def test_registration_with_an_indirect_question_stays_a_registration() -> None:
    """"Ich melde mich an. Teilen Sie mir bitte mit, ob …" registers and keeps the question for the organisers."""
    u = read(mail("Ich melde mich an. Teilen Sie mir bitte mit, ob es vor Ort Parkplätze gibt."))
    assert u.intent == "registration" and names(u) == ["Jana Vogt"]
    assert u.question is not None and "Parkplätze" in u.question


def test_self_replacement_without_other_context_is_a_change() -> None:
    """"Für mich kommt Herr X" and "Ich werde von Frau Y vertreten" are changes that replace the sender."""
    for text in ("Für mich kommt am 20. Mai Herr Kai Wolf (k.wolf@schleiz.example).",
                 "Ich werde am 20. Mai von Frau Ute Brand vertreten."):
        u = read(mail(text, subject="Transferveranstaltung"))
        assert u.intent == "change", text
        assert [p.name for p in u.replaces] == ["Jana Vogt"], text
        assert len(u.attendees) == 2, text


def test_conditional_registration_without_question_mark_is_a_question() -> None:
    """"Wir würden gern teilnehmen, falls noch Plätze frei sind" asks for availability: a question, not other."""
    u = read(mail("Wir würden gern mit zwei Kollegen teilnehmen, falls noch Plätze frei sind."))
    assert u.intent == "question"


def test_a_name_does_not_run_into_the_next_form_line() -> None:
    """"Teilnehmerin: Frau Dr. Eva Krüger" followed by "Bemerkung: …" gives Eva Krüger, not "Eva Krüger Bemerkung"."""
    u = read(mail("Teilnehmerin: Frau Dr. Eva Krüger\nBemerkung: Ich reise mit der Bahn an.", subject="Anmeldung"))
    assert names(u) == ["Eva Krüger"] and u.notes == ("Ich reise mit der Bahn an.",)


# --- 10. second blind set: intents ------------------------------------------------------------------

def test_participation_mentioned_in_passing_does_not_register() -> None:
    """"Laut Programm ist die Teilnahme kostenlos" followed by questions asks, and registers nobody."""
    u = read(mail("Laut Programm ist die Teilnahme kostenlos. Bekommen wir dennoch eine Quittung für die Kasse? "
                  "Gibt es eine Teilnahmebescheinigung?"))
    assert u.intent == "question" and u.attendees == ()


def test_confirming_the_participation_still_registers() -> None:
    """"Hiermit bestätige ich die Teilnahme von Frau X" is a commitment even with the definite article."""
    u = read(mail("Hiermit bestätige ich die Teilnahme von Frau Ines Rauch."))
    assert u.intent == "registration" and names(u) == ["Ines Rauch"]


def test_back_in_office_on_a_dotted_date_is_an_auto_reply() -> None:
    """"Ich bin ab dem 03.06.2025 wieder im Büro" in a reply with no auto headers is an out-of-office notice."""
    u = read(mail("Guten Tag,\nich bin ab dem 03.06.2025 wieder im Büro. Ihre E-Mail wird nicht automatisch "
                  "weitergeleitet.", subject="Re: Ihre Anmeldung"))
    assert u.intent == "auto_reply"


def test_new_work_address_is_a_change() -> None:
    """"meine neue Büroadresse lautet …" tells us a new address for the registration: a change for the sender."""
    u = read(mail("Bitte schreiben Sie mir künftig an meine neue Büroadresse: jana.vogt@stadt-schleiz.example"))
    assert u.intent == "change"
    assert [(p.name, p.email) for p in u.attendees] == [("Jana Vogt", "jana.vogt@stadt-schleiz.example")]


def test_sales_offer_with_a_question_is_other() -> None:
    """A supplier asking "Sie organisieren eine Tagung?" and offering a discount is an advertisement, not a question."""
    u = read(mail("Sie organisieren eine Tagung? Für Ihre Veranstaltung bieten wir Ihnen 15 % Rabatt auf Catering.",
                  signature="Tim Klee\nPartyservice Klee GmbH", from_name="Tim Klee", from_addr="tk@klee.example"))
    assert u.intent == "other"
    assert u.organisation_type == "other"


# --- 11. second blind set: organisation types and places ---------------------------------------------

@pytest.mark.parametrize("organisation,expected", [
    ("Gemeinde Kraftsdorf (Landkreis Greiz)", "municipality"),
    ("Landeshauptstadt Erfurt", "municipality"),
    ("Druckerei Sommer GmbH", "other"),
    ("Stadtplanung Ost GmbH", "planning_office"),
    ("Ingenieurgesellschaft Nord mbH", "planning_office"),
    ("Landratsamt Greiz", "authority"),
])
def test_organisation_kind(organisation: str, expected: str) -> None:
    """A firm plans only when its name says so; a district in brackets does not make a Gemeinde an authority."""
    assert kind(organisation) == expected


@pytest.mark.parametrize("text,name", [
    ("der Bürgermeister unserer Mitgliedsgemeinde Oberbodnitz hat eine Frage", "Oberbodnitz"),
    ("Anmeldung: Kai Lenz, Bürgermeister Linda bei Weida", "Linda b. Weida"),
    ("für die Gemeinde Lausnitz bei Neustadt/Orla", "Lausnitz b. Neustadt an der Orla"),
    ("Stadtverwaltung Mühlhausen/Thür.", "Mühlhausen/Thüringen"),
    ("Gemeinde Vatterode", "Dietzenrode/Vatterode"),
])
def test_local_spellings_and_compound_anchors(text: str, name: str) -> None:
    """"Mitgliedsgemeinde X", a mayor's title before the place, "bei" for "b.", "/Thür." and one half of a pair."""
    found = places.find(text)
    assert found and found[0].row.municipality.name == name


def test_mayor_title_before_a_person_is_no_place() -> None:
    """"Bürgermeister Peter Lange" names a person; no municipality comes of it."""
    assert places.find("Bürgermeister Peter Lange kommt mit.") == []


def test_a_signature_line_with_only_the_town_names_it() -> None:
    """A private sender signing with just her town ("Kahla") gives that town."""
    found = places.find("Ich melde mich an.", "Inge Ross\nKahla", addresses=("inge@web.example",))
    assert found and found[0].row.municipality.name == "Kahla"


# --- 12. second blind set: who is coming, with which address -----------------------------------------

def test_address_goes_to_the_person_it_spells_not_the_nearest() -> None:
    """In one line naming two people, the address after the second belongs to her, and the sender keeps his own."""
    u = read(mail("wir kommen zu zweit: ich (Ralf Kunze, Bauhof) und meine Kollegin Frau Ute Brand, "
                  "ute.brand@schleiz.example.", signature="Ralf", from_name="Ralf Kunze",
                  from_addr="ralf.kunze@web.example", subject="Anmeldung"))
    got = {(p.name, p.email) for p in u.attendees}
    assert got == {("Ralf Kunze", "ralf.kunze@web.example"), ("Ute Brand", "ute.brand@schleiz.example")}


def test_role_mailbox_stated_for_a_named_person() -> None:
    """"Herr Albrecht ist unter chef@… erreichbar" gives him that address although it does not spell his name."""
    u = read(mail("Ich melde unseren Bürgermeister, Herrn Jens Albrecht, und mich selbst an. "
                  "Herr Albrecht ist per Mail unter chef@stadt-schleiz.example erreichbar."))
    got = {(p.name, p.email) for p in u.attendees}
    assert ("Jens Albrecht", "chef@stadt-schleiz.example") in got and ("Jana Vogt", "j.vogt@schleiz.example") in got


def test_secretariat_mailbox_is_not_claimed_by_the_person_named() -> None:
    """"Bestätigung für Herrn Albrecht bitte an sekretariat@…" does not make the secretariat his address."""
    u = read(mail("Ich melde Herrn Jens Albrecht an. Die Bestätigung für Herrn Albrecht bitte an "
                  "sekretariat@stadt-schleiz.example senden."))
    assert [(p.name, p.email) for p in u.attendees] == [("Jens Albrecht", None)]


def test_sender_who_accompanies_the_registered_person_attends() -> None:
    """"Ich werde ihn begleiten" after registering the mayor makes the sender an attendee too."""
    u = read(mail("Ich melde Herrn Bürgermeister Olaf Sturm an. Ich selbst werde ihn als Sachbearbeiterin begleiten."))
    assert set(names(u)) == {"Olaf Sturm", "Jana Vogt"}


def test_a_place_is_never_an_attendee() -> None:
    """"… to the event in Bad Lobenstein." reads like two capitalised words but is the venue, not a person."""
    u = read(mail("We would like to register Mr Tom Hale for the event on 20 May in Bad Lobenstein.",
                  from_name="Tom Hale", from_addr="tom@hale.example", signature="Tom Hale"))
    assert names(u) == ["Tom Hale"]


def test_lower_case_display_name_is_the_sender() -> None:
    """A webmail sender "kurt weise" with no signature is still Kurt Weise."""
    u = read(mail("melde mich an fuer den 20.5.", signature="", from_name="kurt weise",
                  from_addr="kurt.weise@web.example", subject="anmeldung"))
    assert [(p.name, p.email) for p in u.attendees] == [("Kurt Weise", "kurt.weise@web.example")]


def test_calendar_word_family_name_in_display_name() -> None:
    """"Eva Mai" in the From header is a person even though "Mai" is a month."""
    u = read(mail("Hiermit melde ich mich an.", signature="", from_name="Eva Mai", from_addr="eva.mai@web.example"))
    assert [(p.name, p.email) for p in u.attendees] == [("Eva Mai", "eva.mai@web.example")]


def test_form_with_separate_name_and_given_name() -> None:
    """"Name: Roth / Vorname: Eva" is one person, and a second block with "E-Mail: -" is a second without address."""
    text = ("Name: Roth\nVorname: Eva\nFunktion: Bauamt\nE-Mail: eva.roth@stadt-schleiz.example\n\n"
            "Vorname: Tim\nName: Bauer\nE-Mail: -\n")
    u = read(mail(text, subject="Anmeldung"))
    assert [(p.name, p.email) for p in u.attendees] == [("Eva Roth", "eva.roth@stadt-schleiz.example"),
                                                         ("Tim Bauer", None)]


def test_forwarded_colleague_gets_the_address_of_her_own_mail() -> None:
    """A forward "anbei die Anmeldung unserer Kollegin Frau X" takes X's address from the attached original."""
    inner = InboundMail(message_id="<i@x>", subject="Anmeldung", from_name="Ute Brand",
                        from_addr="u.brand@schleiz.example", text="bitte melde mich an.", full_text="")
    outer = InboundMail(message_id="<o@x>", subject="WG: Anmeldung", from_name="Hauptamt",
                        from_addr="hauptamt@schleiz.example", text="anbei die Anmeldung unserer Kollegin Frau Ute Brand.",
                        signature="i. A. Jana Vogt\nStadt Schleiz", full_text="", forwarded=(inner,))
    u = read(outer)
    assert [(p.name, p.email) for p in u.attendees] == [("Ute Brand", "u.brand@schleiz.example")]


# --- 13. organisation type when no organisation line says it ----------------------------------------

def test_writing_for_a_named_gemeinde_is_a_municipality() -> None:
    """No organisation line, but "für die Gemeinde Kahla melde ich mich an": the sender's side is a municipality."""
    u = read(mail("Für die Stadt Kahla melde ich mich an.", signature="Jana Vogt", from_addr="jv@web.example"))
    assert u.municipality is not None and u.municipality.name == "Kahla"
    assert u.organisation_type == "municipality"


def test_engineering_office_in_the_signature_is_a_planning_office() -> None:
    """"Ingenieurbüro Kern" under the name is the organisation, a planning office, and its seat is no municipality."""
    u = read(mail("Ich melde mich an.", signature="Dipl.-Ing. Uwe Kern\nIngenieurbüro Kern\n07743 Jena",
                  from_name="Uwe Kern", from_addr="info@ib-kern.example"))
    assert u.organisation == "Ingenieurbüro Kern" and u.organisation_type == "planning_office"
    assert u.municipality is None


def test_municipality_typed_as_the_organisation_field() -> None:
    """"Kommune: Zeulenroda-Triebes" as the only organisation field makes the organisation a municipality."""
    u = read(mail("Name: Jana Vogt\nKommune: Zeulenroda-Triebes", signature="", subject="Anmeldung"))
    assert u.organisation_type == "municipality"


# --- 14. third round: things that are never names, name shapes, tables by header ---------------------

@pytest.mark.parametrize("text", ["Code ISEK-TQ4M-7HXP", "Ihre Antwort", "SG Stadterneuerung", "FB Bauwesen",
                                  "Ihren Bescheid"])
def test_codes_possessives_and_unit_abbreviations_are_no_names(text: str) -> None:
    """A registration code, "Ihre Antwort" or a unit's abbreviation before a word has no given+family name shape."""
    from mailbot.understand.names import looks_like_name, split_name

    assert not looks_like_name(*split_name(text)[::2])


@pytest.mark.parametrize("text", ["Siobhan O'Keeffe", "Lea Oberländer-Stoll", "Max MÜLLER", "KARL OTTO"])
def test_apostrophes_double_names_and_capitals_are_names(text: str) -> None:
    """Apostrophes, hyphenated family names and a family name (or whole name) in capitals are name shapes."""
    from mailbot.understand.names import looks_like_name

    assert looks_like_name(text)


def test_code_in_parentheses_registers_nobody() -> None:
    """"(Code ISEK-…)" beside a cancellation of one named person adds no attendee called "Code …"."""
    u = read(mail("Zu unserer Anmeldung (Code ISEK-TQ4M-7HXP): Herr Udo Wenzel kann leider nicht teilnehmen."))
    assert u.intent == "cancellation" and names(u) == ["Udo Wenzel"]


def test_table_columns_in_any_order_follow_the_header() -> None:
    """With "Vorname | Name | Funktion | E-Mail", the Name column is the family name, and a unit is no person."""
    text = ("Wir melden an:\n\nVorname | Name | Funktion | E-Mail\n"
            "Ines | Brückner-Haas | SG Bauleitplanung | i.brueckner@schleiz.example\n"
            "Tom | Eckardt | Sachbearbeiter | t.eckardt@schleiz.example\n")
    u = read(mail(text, signature="Stadt Schleiz", from_name="Bauamt", from_addr="bauamt@schleiz.example"))
    assert [(p.name, p.email) for p in u.attendees] == [("Ines Brückner-Haas", "i.brueckner@schleiz.example"),
                                                         ("Tom Eckardt", "t.eckardt@schleiz.example")]


def test_name_comma_role_lines_under_a_colon_are_attendees() -> None:
    """Unbulleted "Name, Funktion" lines under "…teil:" list attendees, the sender among them."""
    text = ("Vom Landratsamt nehmen teil:\n\nUwe Kern, Fachdienstleiter\n"
            "Rita Sommer-Lutz, Sachgebiet Bauordnung, r.sommer@lra.example\n")
    u = read(mail(text, signature="Uwe Kern\nLandratsamt Saale-Orla-Kreis", from_name="Kern, Uwe",
                  from_addr="uwe.kern@lra.example"))
    assert [(p.name, p.email) for p in u.attendees] == [("Uwe Kern", "uwe.kern@lra.example"),
                                                         ("Rita Sommer-Lutz", "r.sommer@lra.example")]


def test_sign_off_line_with_role_is_not_a_list() -> None:
    """A lone "Name, Bürgermeister" line closing a question does not turn the question into a registration."""
    u = read(mail("Gibt es vor Ort Parkplätze?\nOlaf Grimm, Bürgermeister", signature="", from_name="Olaf Grimm"))
    assert u.intent == "question" and u.attendees == ()


# --- 15. third round: names and addresses completed from headers and our quoted confirmation ----------

def _headed(text: str, headers: tuple[tuple[str, str], ...], quoted: str = "", **kw: str) -> InboundMail:
    base = mail(text, quoted=quoted, **kw)
    return InboundMail(**{**base.__dict__, "headers": headers})


def test_surname_completed_from_cc_display_name() -> None:
    """"meinen Kollegen Herrn Pfaff" with Cc "Pfaff, Jürgen <…>" is Jürgen Pfaff with that address."""
    u = read(_headed("Ich melde mich und meinen Kollegen Herrn Pfaff an; er ist in Kopie.",
                     (("cc", '"Pfaff, Jürgen" <j.pfaff@schleiz.example>'),)))
    assert [(p.name, p.email) for p in u.attendees] == [("Jana Vogt", "j.vogt@schleiz.example"),
                                                         ("Jürgen Pfaff", "j.pfaff@schleiz.example")]


def test_person_named_in_reply_to_gets_name_and_address() -> None:
    """A shared mailbox writes "Frau Lindner nimmt teil" and sets Reply-To to her: her full name and address."""
    u = read(_headed("Frau Lindner nimmt an der Veranstaltung teil.",
                     (("reply-to", "Carola Lindner <c.lindner@schleiz.example>"),),
                     from_name="Stadt Schleiz", from_addr="info@schleiz.example", signature="Stadt Schleiz"))
    assert [(p.name, p.email) for p in u.attendees] == [("Carola Lindner", "c.lindner@schleiz.example")]


def test_address_from_our_quoted_confirmation() -> None:
    """Cancelling "Herr Kunze und ich" takes Kunze's address from the attendee list of our quoted confirmation."""
    quoted = ("> Ihre Anmeldung ist bestätigt.\n> Angemeldet:\n> - Jana Vogt\n"
              "> - Dirk Kunze (d.kunze@schleiz.example)\n")
    u = read(mail("Herr Kunze und ich müssen leider absagen.", quoted=quoted))
    assert u.intent == "cancellation"
    assert sorted((p.name, p.email) for p in u.attendees) == [("Dirk Kunze", "d.kunze@schleiz.example"),
                                                              ("Jana Vogt", "j.vogt@schleiz.example")]


def test_other_family_name_in_cc_changes_nothing() -> None:
    """A Cc person with another family name neither renames nor readdresses the attendee."""
    u = read(_headed("Ich melde Herrn Pfaff an.", (("cc", "Jürgen Pfeiffer <j.pfeiffer@schleiz.example>"),)))
    assert [(p.name, p.email) for p in u.attendees] == [("Pfaff", None)]


# --- 16. third round: intents around an existing registration ---------------------------------------

def test_polite_request_to_add_a_colleague_is_a_change() -> None:
    """"Können Sie noch meine Kollegin … nachmelden?" in reply to our confirmation adds a person: a change."""
    u = read(mail("Können Sie bitte noch meine Kollegin Frau Iris Kolbe nachmelden?",
                  quoted="> Ihre Anmeldung ist bestätigt.\n> Ihr persönlicher Code: ISEK-TQ4M-7HXP"))
    assert u.intent == "change" and names(u) == ["Iris Kolbe"]


def test_notes_after_registering_are_a_change_under_a_reply_subject() -> None:
    """"Ergänzung zu meiner Anmeldung: nur vormittags, vegan" under "Re: Anmeldung …" changes details."""
    u = read(mail("Ergänzung zu meiner Anmeldung: Ich kann nur vormittags bleiben und esse vegan.",
                  subject="Re: Anmeldung bestätigt"))
    assert u.intent == "change" and names(u) == ["Jana Vogt"]


def test_registered_person_asking_the_way_is_a_question() -> None:
    """"Ich bin schon angemeldet. Gibt es einen Bus? Ich reise mit der Bahn an." asks; it changes nothing."""
    u = read(mail("Ich bin schon angemeldet. Gibt es vom Bahnhof einen Bus? Ich reise mit der Bahn an."))
    assert u.intent == "question" and u.attendees == ()


def test_someone_else_registered_separately_does_not_block_a_sign_up() -> None:
    """"Für die Verwaltung hat sich bereits jemand angemeldet" beside "möchte ich teilnehmen" still registers."""
    u = read(mail("Ich möchte am 20. Mai teilnehmen. Für die Verwaltung hat sich bereits jemand angemeldet."))
    assert u.intent == "registration"


def test_name_spelling_correction_is_a_change() -> None:
    """"richtig ist Weiß, mit ß. Könnten Sie das korrigieren?" corrects the registration: a change for the sender."""
    u = read(mail("In der Bestätigung steht Weis – richtig ist Weiß. Könnten Sie das bitte korrigieren?",
                  from_name="Jana Weiß", signature="Jana Weiß\nStadt Schleiz",
                  quoted="> Ihre Anmeldung ist bestätigt.\n> - Jana Weis"))
    assert u.intent == "change" and names(u) == ["Jana Weiß"]


def test_accessibility_question_before_registering_names_nobody() -> None:
    """"Sobald wir Ihre Antwort haben, melden wir ihn an" after a wheelchair question is a question, no "Ihre Antwort"."""
    u = read(mail("Gibt es einen Aufzug? Unser Bürgermeister nutzt einen Rollstuhl. "
                  "Sobald wir Ihre Antwort haben, melden wir ihn an."))
    assert u.intent == "question" and u.attendees == ()


def test_bin_dabei_with_a_date_between_registers() -> None:
    """"bin am 20.5. dabei" is a commitment even with the date in between."""
    u = read(mail("Hallo, bin am 20.5. gerne dabei.", subject="Veranstaltung"))
    assert u.intent == "registration" and names(u) == ["Jana Vogt"]


def test_forwarded_colleague_request_is_no_reply_to_us() -> None:
    """A colleague's attached mail about the event is no confirmation: "ich selbst bin verhindert" cancels nothing."""
    inner = InboundMail(message_id="<i@x>", subject="Transferveranstaltung", from_name="Ute Brand",
                        from_addr="u.brand@schleiz.example", text="Kannst du mich zur Transferveranstaltung anmelden?",
                        full_text="Kannst du mich zur Transferveranstaltung anmelden?")
    outer = InboundMail(message_id="<o@x>", subject="Fwd: Transferveranstaltung", from_name="Jana Vogt",
                        from_addr="j.vogt@schleiz.example",
                        text="bitte melden Sie Frau Brand (siehe Anhang) an. Ich selbst bin leider verhindert.",
                        quoted=inner.full_text, signature="Jana Vogt\nStadt Schleiz", full_text="", forwarded=(inner,))
    u = read(outer)
    assert u.intent == "registration"
    assert [(p.name, p.email) for p in u.attendees] == [("Ute Brand", "u.brand@schleiz.example")]


# --- 17. third round: council members, shared and possessive addresses, old addresses ---------------

def test_council_member_before_a_full_name_is_an_attendee() -> None:
    """"ich selbst und unser Stadtrat Bernd Fuchs-Heller" registers both, the councillor by his full name."""
    u = read(mail("Wir möchten uns anmelden: ich selbst und unser Stadtrat Bernd Fuchs-Heller."))
    assert names(u) == ["Jana Vogt", "Bernd Fuchs-Heller"]


def test_long_phrase_between_mich_and_anmelden_includes_the_sender() -> None:
    """"möchte mich zur Veranstaltung am 20. Mai in Bad Lobenstein anmelden" is the sender's own sign-up."""
    u = read(mail("Ich möchte mich zur Veranstaltung am 20. Mai gern anmelden. Außerdem kommt Herr Timo Rau mit."))
    assert names(u) == ["Jana Vogt", "Timo Rau"]


def test_possessive_address_goes_to_the_man_named_last() -> None:
    """"Statt Frau Berg kommt Herr Ott; seine E-Mail-Adresse: buergermeister@…" is Ott's address."""
    u = read(mail("Statt Frau Anke Berg kommt nun Herr Lars Ott; seine E-Mail-Adresse: buergermeister@kahla.example.",
                  quoted="> Ihre Anmeldung ist bestätigt."))
    assert u.intent == "change"
    assert sorted((p.name, p.email) for p in u.attendees) == [("Anke Berg", None),
                                                              ("Lars Ott", "buergermeister@kahla.example")]


def test_shared_address_stated_for_both_colleagues() -> None:
    """"Beide sind über bauamt@… erreichbar" gives that shared address to both colleagues just named."""
    u = read(mail("Ich melde Frau Eva Lorenz und Herrn Kai Brandt an. Beide sind über bauamt@kahla.example erreichbar."))
    assert [(p.name, p.email) for p in u.attendees] == [("Eva Lorenz", "bauamt@kahla.example"),
                                                         ("Kai Brandt", "bauamt@kahla.example")]


def test_shared_address_for_confirmations_only_is_nobodys() -> None:
    """"Die Bestätigung für beide bitte an bauamt@…" names where to send, not the colleagues' addresses."""
    u = read(mail("Ich melde Frau Eva Lorenz und Herrn Kai Brandt an. Die Bestätigung für beide bitte an "
                  "bauamt@kahla.example."))
    assert [(p.name, p.email) for p in u.attendees] == [("Eva Lorenz", None), ("Kai Brandt", None)]


def test_old_address_named_in_a_change_is_not_taken() -> None:
    """"bisher mit der Adresse jana.vogt@gmx…, bitte ab sofort j.vogt@…" keeps the new address, not the old one."""
    u = read(mail("Ich bin bereits angemeldet, bisher mit der Adresse jana.vogt@gmx.example. Bitte nutzen Sie "
                  "ab sofort meine neue Adresse j.vogt@kahla.example.", from_addr="j.vogt@kahla.example"))
    assert u.intent == "change"
    assert [(p.name, p.email) for p in u.attendees] == [("Jana Vogt", "j.vogt@kahla.example")]


# --- 18. third round: places ------------------------------------------------------------------------

def test_member_of_the_town_council_in_the_genitive() -> None:
    """"als Mitglied des Stadtrates Kahla" from a private address names Kahla."""
    u = read(mail("Als Mitglied des Stadtrates Kahla möchte ich gern teilnehmen.", signature="Jana Vogt",
                  from_addr="jana.vogt@gmx.example"))
    assert u.municipality is not None and u.municipality.name == "Kahla"


def test_university_seat_is_not_the_municipality() -> None:
    """A chair of the "Universität Erfurt" sending greetings "aus Erfurt" is for no municipality."""
    u = read(mail("Gern nehme ich an der Veranstaltung teil.", signature="Beste Grüße aus Erfurt\nJana Vogt\n"
                  "Lehrstuhl Raumplanung\nUniversität Erfurt", from_addr="jana.vogt@uni-erfurt.example"))
    assert u.organisation_type == "other" and u.municipality is None


def test_university_working_for_a_named_town_keeps_it() -> None:
    """The same chair writing "für die Stadt Kahla" is for Kahla: a strong anchor outweighs the seat rule."""
    u = read(mail("Im Auftrag der Stadt Kahla nehme ich teil.", signature="Jana Vogt\nUniversität Erfurt",
                  from_addr="jana.vogt@uni-erfurt.example"))
    assert u.municipality is not None and u.municipality.name == "Kahla"


def test_local_association_keeps_its_town() -> None:
    """A "Heimatverein Kahla e.V." is for its own town (the seat rule is for universities and institutes)."""
    u = read(mail("Ich melde mich an.", signature="Jana Vogt\nHeimatverein Kahla e.V.\nKahla",
                  from_addr="jana.vogt@web.example"))
    assert u.municipality is not None and u.municipality.name == "Kahla"


def test_ortsteil_of_a_gemeinde_is_the_gemeinde() -> None:
    """"Ortsteil Friedrichroda der Gemeinde Harztor"-style phrases give the Gemeinde, not the Ortsteil."""
    u = read(mail("Ich bin Ortsteilbürgermeisterin im Ortsteil Neustadt der Gemeinde Harztor und melde mich an.",
                  signature="Jana Vogt", from_addr="jana.vogt@web.example"))
    assert u.municipality is not None and u.municipality.name == "Harztor"


# --- 19. third round: English already-registered, "and me", forwarded sign-ups -----------------------

def test_english_already_registered_question_is_a_question() -> None:
    """"I am already registered. How do I get from the station?" asks; it registers nobody anew."""
    u = read(mail("I am already registered. How do I get from the station to the venue?", subject="Question"))
    assert u.intent == "question" and u.attendees == ()


def test_register_my_colleague_and_me_includes_the_sender() -> None:
    """"Please register my colleague Ms Niamh O'Brien and me" registers the sender too."""
    u = read(mail("Please register my colleague Ms Niamh O'Brien (n.obrien@firm.example) and me.",
                  subject="Registration", from_name="Tom Hart", from_addr="t.hart@firm.example",
                  signature="Tom Hart"))
    assert [(p.name, p.email) for p in u.attendees] == [("Tom Hart", "t.hart@firm.example"),
                                                         ("Niamh O'Brien", "n.obrien@firm.example")]


def test_attached_sign_up_with_forwarder_absent_is_a_registration() -> None:
    """"Anbei die Anmeldung von Herrn X. Ich bin leider verhindert." with X's request attached registers X only."""
    inner = InboundMail(message_id="<i@x>", subject="Veranstaltung Bad Lobenstein", from_name="Tino Albrecht",
                        from_addr="t.albrecht@kahla.example", text="Hallo Bernd, bitte melde mich zur Veranstaltung an.",
                        full_text="Hallo Bernd, bitte melde mich zur Veranstaltung an.")
    outer = InboundMail(message_id="<o@x>", subject="Fwd: Anmeldung", from_name="Bernd Sauer",
                        from_addr="b.sauer@kahla.example",
                        text="Anbei die Anmeldung von Herrn Albrecht. Ich bin an dem Tag leider verhindert.",
                        quoted=inner.full_text, signature="Bernd Sauer\nStadt Kahla", full_text="", forwarded=(inner,))
    u = read(outer)
    assert u.intent == "registration"
    assert [(p.name, p.email) for p in u.attendees] == [("Tino Albrecht", "t.albrecht@kahla.example")]


def test_forwarded_cancellation_stays_a_cancellation() -> None:
    """A forwarded colleague's own withdrawal is no sign-up: the forward still cancels."""
    inner = InboundMail(message_id="<i@x>", subject="Absage", from_name="Tino Albrecht",
                        from_addr="t.albrecht@kahla.example", text="Ich kann leider doch nicht teilnehmen.",
                        full_text="Ich kann leider doch nicht teilnehmen.")
    outer = InboundMail(message_id="<o@x>", subject="WG: Absage", from_name="Bernd Sauer",
                        from_addr="b.sauer@kahla.example",
                        text="Herr Tino Albrecht kann leider nicht teilnehmen, siehe unten.",
                        quoted=inner.full_text, signature="Bernd Sauer\nStadt Kahla", full_text="", forwarded=(inner,))
    u = read(outer)
    assert u.intent == "cancellation" and names(u) == ["Tino Albrecht"]
