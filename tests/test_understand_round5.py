"""Failure classes of the fifth blind round, pinned down with sentences of our own (not copies of those mails)."""

from __future__ import annotations

import dataclasses

import pytest
from test_understand_generalise import mail, names

from mailbot.understand import read
from mailbot.understand.org import find as find_org

OUR_CONFIRMATION = ("-----Ursprüngliche Nachricht-----\nVon: Anmeldung <anmeldung@transferveranstaltung.example>\n"
                    "Betreff: Anmeldung bestätigt (ISEK-K7PM-R4TX)\n\nGuten Tag, Ihre Anmeldung ist bestätigt.")
REPLY_SUBJECT = "AW: Anmeldung bestätigt: Transferveranstaltung (ISEK-K7PM-R4TX)"


# --- 1. a long "melde … an" and travel remarks still register ---------------------------------------

@pytest.mark.parametrize("text", [
    ("Hiermit melde ich mich als Sachbearbeiterin für Stadtsanierung der Stadt Schleiz für die Fachtagung am "
    "Dienstag, dem 20. Mai, an. Ich fahre mit dem Zug bis Saalburg. Fährt von dort ein Bus zum Tagungsort?"),
    ("Ich melde mich in meiner Funktion als Leiterin des Bauamtes der Stadt Schleiz zur Veranstaltung im Mai an. "
    "Ist der Bahnhof weit vom Saal entfernt?"),
])
def test_long_registration_sentence_with_station_question_registers(text: str) -> None:
    """Many words between "melde" and "an" do not hide the sign-up; a station question beside it stays a question."""
    u = read(mail(text))
    assert u.intent == "registration" and names(u) == ["Jana Vogt"]


# --- 2. a colleague added afterwards is a change that names only the newcomer -----------------------

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


# --- 3. out-of-office text with dotted dates and no headers -----------------------------------------

@pytest.mark.parametrize("text", [
    "ich bin vom 05.05. bis zum 09.05.2025 nicht erreichbar und ab dem 12.05. wieder im Haus.",
    "Ich bin vom 3.6. an nicht im Büro. Ihre Nachricht wird nach meiner Rückkehr beantwortet.",
    "Guten Tag, ich bin momentan abwesend. In dringenden Angelegenheiten erreichen Sie die Zentrale.",
])
def test_out_of_office_without_headers(text: str) -> None:
    """Absence notes written by a person's mail client are auto replies even with dates like 12.05. in them."""
    u = read(mail(text, subject="AW: Erinnerung an die Transferveranstaltung"))
    assert u.intent == "auto_reply" and u.attendees == ()


# --- 4. arriving later is a change, "no cancellation" is not a cancellation -------------------------

@pytest.mark.parametrize("text", [
    "Ich kann am 20. erst gegen 10:45 Uhr da sein, weil vorher Gemeinderat ist. Das ist keine Absage!",
    "Kurze Info: ich komme erst um 11 Uhr, bitte nicht als Absage verstehen.",
    "Ich schaffe es leider erst nach der Mittagspause.",
])
def test_later_arrival_of_registered_person_is_a_change(text: str) -> None:
    """A registered person who comes late changes their registration; a denied "Absage" withdraws nobody."""
    u = read(mail(text, subject=REPLY_SUBJECT, quoted=OUR_CONFIRMATION))
    assert u.intent == "change" and names(u) == ["Jana Vogt"]


def test_real_cancellation_still_cancels() -> None:
    """Without the denial, the same reply that says "Absage" still withdraws the sender."""
    u = read(mail("Hiermit meine Absage, es ist etwas dazwischengekommen.", subject=REPLY_SUBJECT,
                  quoted=OUR_CONFIRMATION))
    assert u.intent == "cancellation"


# --- 5. a firm pitching its product is other mail ---------------------------------------------------

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


# --- 6. a company's seat is not the municipality it works for ---------------------------------------

def test_utility_seat_is_not_the_municipality() -> None:
    """Stadtwerke or a GmbH named after its town work for several clients; the town is only their seat."""
    u = read(mail("Ich melde mich zur Veranstaltung an, wir planen mit einigen Kommunen Nahwärmenetze.",
                  signature="Jana Vogt\nStadtwerke Schleiz GmbH\nBahnhofstraße 1\n07907 Schleiz",
                  from_addr="j.vogt@stadtwerke-schleiz.example"))
    assert u.intent == "registration" and u.municipality is None


def test_sentence_naming_an_office_is_no_organisation() -> None:
    """"… einen Termin beim Landratsamt. Bitte …" at the end of a short text is prose, not an organisation line."""
    text = "Ich komme erst später, vorher habe ich einen Termin beim Landratsamt. Bitte vormerken!\n\nJana Vogt\nGemeinde Lindig"
    assert find_org(text, "")[0] == "Gemeinde Lindig"


# --- 7. forwards: attached or inline, the original writer is the attendee ---------------------------

def test_inline_forward_with_informal_request_registers_its_writer() -> None:
    """"Meldet ihr mich bitte … an?" forwarded by an office registers the original writer with their address."""
    forwarded = ("Von: Olaf Brenner <o.brenner@schleiz.example>\nGesendet: Montag, 14. April 2025 08:12\n"
                 "An: Hauptamt <hauptamt@schleiz.example>\nBetreff: Tagung\n\nHallo zusammen,\n\n"
                 "meldet ihr mich bitte für die Tagung im Mai an? Danke!\n\nGruß\nOlaf Brenner\nBürgermeister")
    m = mail("anbei die Anmeldung unseres Bürgermeisters, bitte bestätigen Sie direkt an ihn.",
             signature="Hauptamt\nStadt Schleiz", subject="WG: Tagung", from_addr="hauptamt@schleiz.example",
             from_name="Hauptamt Schleiz", quoted=forwarded)
    m = dataclasses.replace(m, forwarded_text=forwarded)
    u = read(m)
    assert u.intent == "registration"
    assert [(p.name, p.email) for p in u.attendees] == [("Olaf Brenner", "o.brenner@schleiz.example")]


def test_attached_forward_takes_the_forwarders_municipality() -> None:
    """A colleague's attached request without a place is for the municipality the forwarding mayor signs for."""
    inner = mail("Kannst du mich bitte für die Tagung anmelden?", signature="Gruß Rita", from_name="Rita Kühn",
                 from_addr="rita.kuehn@privat.example")
    outer = mail("im Anhang die Bitte unserer Gemeinderätin. Bitte melden Sie sie an, ich selbst kann nicht.",
                 signature="Holger Beispiel\nBürgermeister der Gemeinde Kammerforst",
                 from_addr="buergermeister@kammerforst.example", from_name="Holger Beispiel")
    u = read(dataclasses.replace(outer, forwarded=(inner,)))
    assert u.intent == "registration" and names(u) == ["Rita Kühn"]
    assert u.municipality is not None and u.municipality.name == "Kammerforst"


# --- 8. formal notice, surname-first lists, signature-only senders, umlauts --------------------------

@pytest.mark.parametrize("text", [
    "Hiermit zeige ich die Teilnahme von Herrn Bürgermeister Kurt Ambrosius sowie des Unterzeichners an.",
    "Zur Tagung melden wir Frau Bürgermeisterin Edda Lorenz und die Unterzeichnende an.",
])
def test_formal_notice_includes_the_undersigned(text: str) -> None:
    """"des Unterzeichners" / "die Unterzeichnende" is the sender, who attends with the person named."""
    u = read(mail(text))
    assert u.intent == "registration" and "Jana Vogt" in names(u) and len(u.attendees) == 2


def test_surname_first_list_is_turned_round() -> None:
    """Lines "Family, Given - Role" under "(Name, Vorname)" are recorded as given name and family name."""
    text = "wir melden für die Gemeinde an (Name, Vorname):\n\nGrünewald, Heike - Bürgermeisterin\nVogt, Jana - Bauamt"
    u = read(mail(text))
    assert sorted(names(u)) == ["Heike Grünewald", "Jana Vogt"]


def test_surname_first_block_without_header_is_turned_round() -> None:
    """Two "Family, Given" lines under a colon are read the same way without the "(Name, Vorname)" hint."""
    text = "Folgende Personen nehmen teil:\nHaberkorn, Sigrid, Kämmerin\nVogt, Jana, Bauamt"
    assert sorted(names(read(mail(text)))) == ["Jana Vogt", "Sigrid Haberkorn"]


def test_everything_in_a_piped_signature_line() -> None:
    """A bare address and "Name | Funktion | Gemeinde" in the signature still give the sender as attendee."""
    u = read(mail("hiermit melde ich mich verbindlich an.", from_name="", from_addr="h.wendt@bibra.example",
                  signature="MfG\n\nHanna Wendt | Bürgermeisterin | Gemeinde Bibra\nDorfstraße 1 | 07768 Bibra"))
    assert [(p.name, p.email) for p in u.attendees] == [("Hanna Wendt", "h.wendt@bibra.example")]


def test_umlaut_name_in_signature_wins_over_transliterated_display_name() -> None:
    """"Jürgen Müßig" signed in lower case beats the "juergen muessig" the address book shows."""
    u = read(mail("melde mich an, komme mit dem auto", signature="gruss\njürgen müßig\nbauamt",
                  from_name="juergen muessig", from_addr="bauamt@oppurg.example"))
    assert names(u) == ["Jürgen Müßig"]


# --- 9. withdrawing two where the second has no address ----------------------------------------------

@pytest.mark.parametrize("after", [
    "Das betrifft Herrn Kai Lindner und mich.",
    "Dies gilt für Frau Kerstin Abt und mich.",
])
def test_withdrawal_concerns_the_persons_named_next(after: str) -> None:
    """The sentence after a withdrawal that says whom it concerns adds those persons, the sender included."""
    u = read(mail(f"Wir müssen unsere Anmeldung leider zurückziehen, der Haushalt ist gesperrt. {after}",
                  subject="Absage Tagung"))
    assert u.intent == "cancellation" and len(u.attendees) == 2 and "Jana Vogt" in names(u)


# --- 10. rewordings of the same classes ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ich muss am Nachmittag schon um 14:30 Uhr wieder aufbrechen.",
    "Ich verspäte mich am Veranstaltungstag um etwa eine halbe Stunde.",
])
def test_leaving_early_or_being_late_is_a_change(text: str) -> None:
    """Leaving early or running late changes an existing registration; it cancels nothing."""
    u = read(mail(text, subject=REPLY_SUBJECT, quoted=OUR_CONFIRMATION))
    assert u.intent == "change" and names(u) == ["Jana Vogt"]


def test_new_colleague_to_be_entered_is_a_change() -> None:
    """"… heißt Frau X. Können Sie sie auch noch eintragen?" adds X to an existing registration."""
    u = read(mail("Ich bin schon angemeldet. Unsere neue Bauamtsleiterin heißt Frau Greta Lohse, "
                  "g.lohse@schleiz.example. Können Sie sie auch noch eintragen?"))
    assert u.intent == "change" and [(p.name, p.email) for p in u.attendees] == [
        ("Greta Lohse", "g.lohse@schleiz.example")]


@pytest.mark.parametrize("text", [
    "Gern würden wir Ihnen in einem Telefonat unser Leistungspaket für Kommunen vorstellen.",
    "Wir würden uns als Aussteller mit einem Infostand beteiligen. Was kostet das?",
])
def test_vendor_offers_are_other(text: str) -> None:
    """A firm offering to present its services or to exhibit is other mail, not a question about attending."""
    u = read(mail(text, signature="Tim Sauer\nBeispiel GmbH", from_addr="t.sauer@beispiel.example", from_name="Tim Sauer"))
    assert u.intent == "other"


def test_numbered_surname_first_list_with_units() -> None:
    """"1. Family, Given (Unit)" lines under a colon are turned round and keep their unit."""
    u = read(mail("Folgende Kolleginnen nehmen teil:\n1. Reichardt, Nora (Bauamt)\n2. Voigtländer, Ilse (Kämmerei)"))
    assert sorted(names(u)) == ["Ilse Voigtländer", "Nora Reichardt"]


@pytest.mark.parametrize("text", [
    "Leider müssen wir absagen. Betroffen sind Herr Lutz Kreher und ich.",
    "Wir ziehen die Anmeldung zurück, für Herrn Lutz Kreher und für mich.",
])
def test_withdrawal_of_a_colleague_and_the_sender(text: str) -> None:
    """Both the colleague named without an address and the sender are withdrawn."""
    u = read(mail(text, subject="Absage"))
    assert u.intent == "cancellation" and sorted(names(u)) == ["Jana Vogt", "Lutz Kreher"]


@pytest.mark.parametrize("line", [
    "Karin Ruge · Bürgermeisterin · Gemeinde Bibra",
    "Karin Ruge / Bürgermeisterin / Gemeinde Bibra",
])
def test_one_line_signature_with_other_separators(line: str) -> None:
    """Dots or slashes between the fields of a one-line signature give the sender and the organisation."""
    u = read(mail("Hiermit melde ich mich an.", from_name="", from_addr="k.ruge@bibra.example", signature=line))
    assert names(u) == ["Karin Ruge"] and u.organisation == "Gemeinde Bibra"


def test_housing_company_seat_is_not_the_municipality() -> None:
    """A municipal housing company (mbH) named after its town is not that town's administration."""
    u = read(mail("Ich melde mich an.", signature="Jana Vogt\nWohnungsbaugesellschaft Schleiz mbH\n07907 Schleiz",
                  from_addr="j.vogt@wg-schleiz.example"))
    assert u.organisation_type == "other" and u.municipality is None
