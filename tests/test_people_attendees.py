"""Who attends a mail's registration: the sender when the mail says so ("ich und …", "des Unterzeichners",
"ich als Bürgermeister"), the person a secretary writes about rather than the secretary, "der Bürgermeister" as
the one mayor the mail names, the persons of lists, forms and tables, and the sender's name and role from the
signature. Sentences of our own, not copies of corpus mails."""

from __future__ import annotations

import pytest
from reader_helpers import mail, names

from mailbot.understand import read
from mailbot.understand.people import others

# --- the sender attends when the mail says so ---------------------------------------------------------

def test_bringing_a_colleague_with_hyphenated_name() -> None:
    """"ich bringe meinen Kollegen Jan-Ole Brandt mit" adds him beside the sender."""
    u = read(mail("Ich bin am 20. Mai dabei und bringe meinen Kollegen Jan-Ole Brandt mit."))
    assert sorted(names(u)) == ["Jan-Ole Brandt", "Jana Vogt"]


def test_sender_who_accompanies_the_registered_person_attends() -> None:
    """"Ich werde ihn begleiten" after registering the mayor makes the sender an attendee too."""
    u = read(mail("Ich melde Herrn Bürgermeister Olaf Sturm an. Ich selbst werde ihn als Sachbearbeiterin begleiten."))
    assert set(names(u)) == {"Olaf Sturm", "Jana Vogt"}


def test_council_member_before_a_full_name_is_an_attendee() -> None:
    """"ich selbst und unser Stadtrat Bernd Fuchs-Heller" registers both, the councillor by his full name."""
    u = read(mail("Wir möchten uns anmelden: ich selbst und unser Stadtrat Bernd Fuchs-Heller."))
    assert names(u) == ["Jana Vogt", "Bernd Fuchs-Heller"]


def test_long_phrase_between_mich_and_anmelden_includes_the_sender() -> None:
    """"möchte mich zur Veranstaltung am 20. Mai in Bad Lobenstein anmelden" is the sender's own sign-up."""
    u = read(mail("Ich möchte mich zur Veranstaltung am 20. Mai gern anmelden. Außerdem kommt Herr Timo Rau mit."))
    assert names(u) == ["Jana Vogt", "Timo Rau"]


def test_register_my_colleague_and_me_includes_the_sender() -> None:
    """"Please register my colleague Ms Niamh O'Brien and me" registers the sender too."""
    u = read(mail("Please register my colleague Ms Niamh O'Brien (n.obrien@firm.example) and me.",
                  subject="Registration", from_name="Tom Hart", from_addr="t.hart@firm.example",
                  signature="Tom Hart"))
    assert [(p.name, p.email) for p in u.attendees] == [("Tom Hart", "t.hart@firm.example"),
                                                         ("Niamh O'Brien", "n.obrien@firm.example")]


@pytest.mark.parametrize("text", [
    "Hiermit zeige ich die Teilnahme von Herrn Bürgermeister Kurt Ambrosius sowie des Unterzeichners an.",
    "Zur Tagung melden wir Frau Bürgermeisterin Edda Lorenz und die Unterzeichnende an.",
])
def test_formal_notice_includes_the_undersigned(text: str) -> None:
    """"des Unterzeichners" / "die Unterzeichnende" is the sender, who attends with the person named."""
    u = read(mail(text))
    assert u.intent == "registration" and "Jana Vogt" in names(u) and len(u.attendees) == 2


@pytest.mark.parametrize("text", [
    "Aus unserer Gemeinde kommen zwei: ich als Bürgermeister und unser Bauamtsleiter Herr Ole Tischendorf.",
    "Für die Stadt nehmen teil: ich (Sachgebiet Stadtplanung) sowie meine Kollegin Frau Ilka Rehbein.",
])
def test_ich_als_role_und_colleague_includes_the_sender(text: str) -> None:
    """The sender listing themself by role beside a colleague is an attendee with their own address."""
    u = read(mail(text, from_addr="buergermeister@schleiz.example"))
    assert u.intent == "registration"
    assert names(u)[0] == "Jana Vogt" and len(names(u)) == 2
    assert u.attendees[0].email == "buergermeister@schleiz.example"


# --- secretaries and "der Bürgermeister": the person written about attends ----------------------------

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


# --- lists, forms and tables --------------------------------------------------------------------------

def test_form_with_separate_name_and_given_name() -> None:
    """"Name: Roth / Vorname: Eva" is one person, and a second block with "E-Mail: -" is a second without address."""
    text = ("Name: Roth\nVorname: Eva\nFunktion: Bauamt\nE-Mail: eva.roth@stadt-schleiz.example\n\n"
            "Vorname: Tim\nName: Bauer\nE-Mail: -\n")
    u = read(mail(text, subject="Anmeldung"))
    assert [(p.name, p.email) for p in u.attendees] == [("Eva Roth", "eva.roth@stadt-schleiz.example"),
                                                         ("Tim Bauer", None)]


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


def test_office_before_the_name_in_a_list() -> None:
    """"Bürgermeister X" as a line among "Frau Y"/"Herr Z" lines is a listed person with that role."""
    people = others("Aus unserer Verwaltung kommen:\n\nBürgermeisterin Doreen Klapproth\n"
                    "Herr Sven Ohnesorge (Stadtplanung)\n")
    assert [(p.name, p.role) for p in people][:1] == [("Doreen Klapproth", "Bürgermeisterin")]
    assert [p.name for p in people] == ["Doreen Klapproth", "Sven Ohnesorge"]


# --- the sender from the signature --------------------------------------------------------------------

def test_role_loses_a_trailing_comma() -> None:
    """A signature line "Bauamtsleiter," gives the role without its comma."""
    u = read(mail("Hiermit melde ich mich an.", signature="Jana Vogt\nBauamtsleiterin,\nStadt Schleiz"))
    assert u.attendees[0].role == "Bauamtsleiterin"


def test_everything_in_a_piped_signature_line() -> None:
    """A bare address and "Name | Funktion | Gemeinde" in the signature still give the sender as attendee."""
    u = read(mail("hiermit melde ich mich verbindlich an.", from_name="", from_addr="h.wendt@bibra.example",
                  signature="MfG\n\nHanna Wendt | Bürgermeisterin | Gemeinde Bibra\nDorfstraße 1 | 07768 Bibra"))
    assert [(p.name, p.email) for p in u.attendees] == [("Hanna Wendt", "h.wendt@bibra.example")]


@pytest.mark.parametrize("line", [
    "Karin Ruge · Bürgermeisterin · Gemeinde Bibra",
    "Karin Ruge / Bürgermeisterin / Gemeinde Bibra",
])
def test_one_line_signature_with_other_separators(line: str) -> None:
    """Dots or slashes between the fields of a one-line signature give the sender and the organisation."""
    u = read(mail("Hiermit melde ich mich an.", from_name="", from_addr="k.ruge@bibra.example", signature=line))
    assert names(u) == ["Karin Ruge"] and u.organisation == "Gemeinde Bibra"
