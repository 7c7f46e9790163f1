"""Failure classes of the sixth blind round, pinned down with sentences of our own (not copies of those mails)."""

from __future__ import annotations

import dataclasses

import pytest
from test_understand_generalise import mail, names

from mailbot.models import InboundMail
from mailbot.understand import read
from mailbot.understand.hints import local_part

CODE_SUBJECT = "Unsere Anmeldung ISEK-K7PM-R4TX"


# --- 1. one of several drops out: a cancellation naming only that person ---------------------------

@pytest.mark.parametrize("text", [
    ("Kurze Korrektur zu unserer Anmeldung: Herr Tobias Kranich fällt krankheitsbedingt aus. Frau Lenz und ich "
    "bleiben dabei."),
    "Zu unserer Anmeldung: Frau Ines Rabe fällt leider aus, die anderen beiden kommen wie geplant.",
])
def test_one_person_dropping_out_is_a_cancellation_of_that_person(text: str) -> None:
    """"X fällt aus" withdraws X alone, even beside the word "Korrektur" and colleagues who still come."""
    u = read(mail(text, subject=CODE_SUBJECT))
    assert u.intent == "cancellation"
    assert len(names(u)) == 1 and names(u)[0] in ("Tobias Kranich", "Ines Rabe")


# --- 2. "merken Sie mich vor" and long "nehme … teil" register ---------------------------------------

@pytest.mark.parametrize("text", [
    "Bitte merken Sie mich für die Tagung im Mai vor.",
    "Merken Sie mich bitte für den 20.05. als Teilnehmerin vor.",
    "Ich nehme sehr gern an Ihrer Veranstaltung am 20. Mai in Bad Lobenstein teil.",
    "Ich nehme gern an der Veranstaltung am 20. Mai teil. Kann man dort parken?",
])
def test_reserve_me_and_long_take_part_register_the_sender(text: str) -> None:
    """Asking to be noted down, or "nehme … teil" with many words between, registers the sender."""
    u = read(mail(text))
    assert u.intent == "registration" and names(u) == ["Jana Vogt"]


# --- 3. nobody can come, but the slides are wanted: a question -------------------------------------

@pytest.mark.parametrize("text", [
    "Leider kann von uns niemand teilnehmen. Gibt es die Präsentationen hinterher zum Download?",
    "Aus unserer Verwaltung kann am 20. Mai niemand kommen. Werden die Folien verschickt?",
])
def test_nobody_coming_but_asking_for_slides_is_a_question(text: str) -> None:
    """Someone never registered who cannot come and asks for material cancels nothing: a question."""
    u = read(mail(text))
    assert u.intent == "question" and u.attendees == ()


# --- 4. colleagues listed by a sender who stays home -----------------------------------------------

def test_colleagues_take_part_while_the_sender_is_prevented() -> None:
    """"Es nehmen folgende Kollegen teil … Ich selbst bin verhindert" registers the colleagues, not the sender."""
    text = ("Von uns nehmen folgende Kollegen teil:\n\nHerr Malte Birnstiel, Bauamt – m.birnstiel@schleiz.example\n"
            "Frau Petra Quandt, Kämmerei – p.quandt@schleiz.example\n\nIch selbst bin leider verhindert.")
    u = read(mail(text))
    assert u.intent == "registration"
    assert names(u) == ["Malte Birnstiel", "Petra Quandt"]


# --- 5. a registration that depends on a parking or bus answer is a question ------------------------

@pytest.mark.parametrize("text", [
    ("Wir überlegen, mit dem Gemeinderat im Bus anzureisen. Gibt es Parkplätze für einen Bus? Die Anmeldung "
    "würden wir dann nächste Woche schicken."),
    "Gibt es in der Nähe Stellplätze für einen Kleinbus? Dann würden wir uns mit fünf Personen anmelden.",
])
def test_conditional_parking_question_is_a_question(text: str) -> None:
    """"Die Anmeldung würden wir dann … schicken" after a question promises a sign-up, it is none yet."""
    u = read(mail(text))
    assert u.intent == "question" and u.attendees == ()


# --- 6. a forward of our own invitation to a colleague ---------------------------------------------

def test_internal_forward_of_our_invitation_is_other() -> None:
    """Our invitation passed on internally ("schau mal, ob das was für uns ist") registers nobody."""
    inline = ("Von: Transferveranstaltung <einladung@transferveranstaltung.example>\nGesendet: Dienstag, 22. April\n"
              "Betreff: Einladung\n\nSehr geehrte Damen und Herren, wir laden Sie herzlich ein. Die Einladung richtet "
              "sich insbesondere an Bürgermeister. Bitte melden Sie sich bis 9. Mai an.")
    m = InboundMail(message_id="<f@x>", subject="WG: Einladung", from_name="Jana Vogt",
                    from_addr="j.vogt@schleiz.example", text="Hallo Kai,\n\nzur Info – schau mal, ob das was für uns "
                    "ist.", signature="Jana", full_text="", forwarded_text=inline)
    u = read(m)
    assert u.intent == "other" and u.attendees == ()


# --- 7. where the mail is from: the place acted for, travel origin, a private address --------------

def test_neighbouring_administration_writing_for_a_member_gives_the_member() -> None:
    """A signature "Stadtverwaltung A / für die Gemeinde B" is about B, though A is a municipality too."""
    u = read(mail("Herr Bürgermeister Paul Reuß kann leider nicht teilnehmen.", subject="Absage",
                  signature="Sekretariat\nStadtverwaltung Schleiz\nfür die Gemeinde Görkwitz",
                  from_addr="sekretariat@schleiz.example", from_name="Sekretariat"))
    assert u.intent == "cancellation" and u.municipality is not None and u.municipality.name == "Görkwitz"


def test_erfuellende_gemeinde_describing_itself_keeps_its_own_place() -> None:
    """"Gemeinde A – erfüllende Gemeinde für B" describes A's office: its clerk registering herself is A's."""
    u = read(mail("Ich melde mich zur Veranstaltung an.", signature="Jana Vogt\nStadt Schleiz – erfüllende "
                  "Gemeinde für Görkwitz"))
    assert u.municipality is not None and u.municipality.name == "Schleiz"


@pytest.mark.parametrize("text", [
    ("Gibt es eine Online-Übertragung? Die Fahrt von Görkwitz nach Bad Lobenstein ist für uns weit. Falls ja, "
    "würde sich unsere Bürgermeisterin anmelden."),
    "Fährt ein Bus von Görkwitz nach Bad Lobenstein? Wenn ja, melden wir uns an.",
])
def test_conditional_question_from_a_vg_names_its_municipality(text: str) -> None:
    """Where the writers would set out from is their municipality when nothing stronger names one."""
    u = read(mail(text, signature="Doris Weg\nVerwaltungsgemeinschaft Seenplatte", from_addr="d.weg@vg.example",
                  from_name="Doris Weg"))
    assert u.intent == "question" and u.municipality is not None and u.municipality.name == "Görkwitz"


def test_office_word_and_place_in_a_private_address_is_a_weak_hint() -> None:
    """`buergermeister.goerkwitz@…` names Görkwitz; a bare surname-like local part names nothing."""
    hint = local_part("buergermeister.goerkwitz@freemail.example")
    assert hint is not None and hint.row.municipality.name == "Görkwitz"
    assert local_part("goerkwitz.paul@freemail.example") is None
    u = read(mail("Muss leider absagen, bin krank.", subject=CODE_SUBJECT, signature="Paul Reuß",
                  from_addr="gemeinde.goerkwitz@freemail.example", from_name="Paul Reuß"))
    assert u.intent == "cancellation" and u.municipality is not None and u.municipality.name == "Görkwitz"


# --- 8. the shared mailbox belongs to the one who signs and attends --------------------------------

def test_mayor_signing_from_the_shared_mailbox_gets_its_address() -> None:
    """From `gemeinde@…` (no person's name), "ich selbst, Bürgermeisterin X", signed "E. X": the address is hers."""
    u = read(mail("Die Gemeinde nimmt teil. Anmelden möchte ich mich selbst, Bürgermeisterin Erika Dornbusch.",
                  signature="E. Dornbusch\nBürgermeisterin", from_addr="gemeinde@goerkwitz.example",
                  from_name="Gemeinde Görkwitz"))
    assert u.intent == "registration"
    assert [(p.name, p.email) for p in u.attendees] == [("Erika Dornbusch", "gemeinde@goerkwitz.example")]


# --- 9. "weder ich noch X" withdraws both ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Wir müssen absagen: weder ich noch Herr Olaf Tannert können am 20. Mai kommen.",
    "Leider können weder ich noch meine Kollegin Frau Anke Rothe teilnehmen, wir ziehen die Anmeldung zurück.",
])
def test_neither_i_nor_colleague_withdraws_both(text: str) -> None:
    """"weder ich noch X" concerns the sender as well as the colleague named."""
    u = read(mail(text, subject=CODE_SUBJECT))
    assert u.intent == "cancellation" and "Jana Vogt" in names(u) and len(names(u)) == 2


def test_cannot_keep_the_appointment_is_a_cancellation() -> None:
    """"kann den Termin nicht wahrnehmen" withdraws the person named."""
    u = read(mail("Frau Bürgermeisterin Ute Sperling kann den Termin am 20. Mai leider nicht wahrnehmen.",
                  subject=CODE_SUBJECT))
    assert u.intent == "cancellation" and names(u) == ["Ute Sperling"]


# --- 10. rewordings: who still comes is not withdrawn; material instead of attending ----------------

@pytest.mark.parametrize(("text", "who"), [
    ("Frau Kerstin Ahl kann leider doch nicht, Herr Roth und ich kommen wie angemeldet.", ["Kerstin Ahl"]),
    ("Bitte streichen Sie Frau Kerstin Ahl von der Liste, Herr Roth bleibt angemeldet.", ["Kerstin Ahl"]),
])
def test_those_still_coming_are_not_withdrawn(text: str, who: list[str]) -> None:
    """A clause saying who comes as registered keeps those persons out of the cancellation."""
    u = read(mail(text, subject=CODE_SUBJECT))
    assert u.intent == "cancellation" and names(u) == who


@pytest.mark.parametrize("text", [
    "Ich kann leider nicht kommen, schicken Sie mir bitte die Folien.",
    "Ich kann am 20. Mai leider nicht dabei sein. Bitte senden Sie mir die Unterlagen zu.",
    "Leider kann keiner von uns teilnehmen. Gibt es eine Dokumentation?",
])
def test_not_coming_and_wanting_the_material_is_a_question(text: str) -> None:
    """Someone never registered who asks for slides or documents instead of coming asks; nothing is cancelled."""
    u = read(mail(text))
    assert u.intent == "question" and u.attendees == ()


def test_withdrawing_with_a_request_for_slides_still_cancels_a_registration() -> None:
    """Under a registration code the same words withdraw the registration (and the request reaches a person)."""
    u = read(mail("Ich kann leider nicht kommen, schicken Sie mir bitte die Folien.", subject=CODE_SUBJECT))
    assert u.intent == "cancellation" and names(u) == ["Jana Vogt"]


@pytest.mark.parametrize("text", [
    "Für unsere Gemeinde nehmen Frau Anja Beck und Herr Uwe Kolb teil. Ich selbst kann nicht kommen.",
    "Ich nehme an der Transferveranstaltung am Dienstag, dem 20. Mai 2025 in Bad Lobenstein sehr gern teil.",
])
def test_long_take_part_sentences_register(text: str) -> None:
    """"nehmen … teil" registers however many words lie between, for colleagues as for the writer."""
    u = read(mail(text))
    assert u.intent == "registration" and names(u) in (["Anja Beck", "Uwe Kolb"], ["Jana Vogt"])


def test_assuming_something_about_a_part_is_no_registration() -> None:
    """"ich nehme an, dass der zweite Teil …" is an assumption, not a sign-up."""
    u = read(mail("Ich nehme an, dass der zweite Teil der Veranstaltung am Nachmittag stattfindet?"))
    assert u.intent == "question"


def test_sending_us_documents_is_no_request_for_material() -> None:
    """"Anbei senden wir Ihnen die Unterlagen" sends something; it neither asks nor registers."""
    u = read(mail("Anbei senden wir Ihnen die Unterlagen zu unserem Projekt zur Kenntnis."))
    assert u.intent == "other"


# --- 11. a family-name-first display name and the signature's order --------------------------------

def test_family_name_first_display_name_takes_the_signatures_order() -> None:
    """From "Saalbach Rainer" (no comma) signed "Rainer Saalbach": the attendee is Rainer Saalbach, From's address."""
    u = read(mail("Bitte merken Sie mich für den 20. Mai vor. Ich bin Bürgermeister der Gemeinde Görkwitz.",
                  signature="Rainer Saalbach", from_name="Saalbach Rainer",
                  from_addr="gemeinde-goerkwitz@mail-provider.example"))
    assert u.intent == "registration" and u.municipality is not None and u.municipality.name == "Görkwitz"
    assert [(p.name, p.email) for p in u.attendees] == [("Rainer Saalbach", "gemeinde-goerkwitz@mail-provider.example")]


@pytest.mark.parametrize(("address", "place"), [
    ("bgm-goerkwitz@web.example", "Görkwitz"),
    ("gemeinde.goerkwitz@freemail.example", "Görkwitz"),
    ("paul.goerkwitz@freemail.example", None),
])
def test_place_in_the_local_part_needs_an_office_word(address: str, place: str | None) -> None:
    """Only beside an office word (Bürgermeister, Gemeinde, bgm) does a place in the local part count."""
    u = read(mail("Ich melde mich an.", signature="Paul Reuß", from_name="Paul Reuß", from_addr=address))
    assert (u.municipality.name if u.municipality else None) == place


def test_something_turning_out_shorter_is_no_cancellation() -> None:
    """"Die Pause fällt kürzer aus" is not someone dropping out; only "X fällt (leider) aus" is."""
    u = read(mail("Ich melde mich an. Falls die Mittagspause kürzer ausfällt, ist das kein Problem; "
                  "die Anreise fällt bei mir ohnehin kurz aus."))
    assert u.intent == "registration" and names(u) == ["Jana Vogt"]


@pytest.mark.parametrize(("text", "who"), [
    ("Leider können weder Frau Anke Rothe (a.rothe@schleiz.example) noch ich kommen.",
     [("Jana Vogt", "j.vogt@schleiz.example"), ("Anke Rothe", "a.rothe@schleiz.example")]),
    ("Herr Uwe Kolb nimmt leider nicht teil, Frau Beck kommt aber wie geplant.", [("Uwe Kolb", None)]),
])
def test_neither_nor_and_nimmt_nicht_teil_withdraw_the_persons_named(text: str, who: list[tuple[str, str | None]]) -> None:
    """"weder X noch ich kommen" withdraws both (X with the address stated); "X nimmt nicht teil" withdraws X only."""
    u = read(mail(text, subject=CODE_SUBJECT))
    assert u.intent == "cancellation" and sorted((p.name, p.email) for p in u.attendees) == sorted(who)


def test_attached_forward_of_our_invitation_is_other_but_own_words_still_register() -> None:
    """An attached copy of our invitation ("bitte schau mal drüber") is other; "melde mich an" above it registers."""
    body = "Die Einladung richtet sich insbesondere an Bürgermeister. Melden Sie sich bis 9. Mai an."
    invitation = InboundMail(message_id="<i@x>", subject="Einladung", from_name="Referat",
                             from_addr="einladung@transferveranstaltung.example", text=body, full_text=body)
    passed_on = InboundMail(message_id="<f@x>", subject="WG: Einladung", from_name="Anett Kühn",
                            from_addr="hauptamt@schleiz.example", text="Hallo Jens,\n\nbitte schau mal drüber.",
                            signature="Gruß Anett", full_text="", forwarded=(invitation,))
    assert read(passed_on).intent == "other"
    own = dataclasses.replace(passed_on, text="Hiermit melde ich mich an.", signature="Anett Kühn\nStadt Schleiz")
    u = read(own)
    assert u.intent == "registration" and names(u) == ["Anett Kühn"]
