"""Issue 10's error classes, each pinned with new sentences: what must read right so that no wrong action follows."""

from __future__ import annotations

from mailbot import message, understand

SIG = "\n\nMit freundlichen Grüßen\nBernd Ullrich\nStadtverwaltung Kahla"


def read(body: str, subject: str = "Anmeldung", sender: str = "Bernd Ullrich <b.ullrich@stadt-kahla.example>"):
    raw = (f"From: {sender}\r\nTo: anmeldung@transferveranstaltung.example\r\nSubject: {subject}\r\n"
           f"Message-ID: <h@stadt-kahla.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode()
    return understand.read(message.parse(raw))


def names(u) -> list[tuple[str, str | None]]:
    return [(p.name, p.title) for p in u.attendees]


# ---- persons lost: degrees written before a name end no sentence --------------------------------------

def test_two_persons_with_degrees_joined_by_und_are_both_found():
    u = read("Guten Tag,\n\nwir melden Dipl.-Ing. Marlies Greiner und M.Sc. Jonas Pfau zur Veranstaltung an." + SIG)
    assert names(u) == [("Marlies Greiner", "Dipl.-Ing."), ("Jonas Pfau", "M.Sc.")]


def test_an_engineering_master_before_the_name_keeps_the_sentence_whole():
    u = read("Hallo,\n\nfür unser Büro kommt M.Eng. Carola Seidenfaden, Stadtplanerin." + SIG)
    assert ("Carola Seidenfaden", "M.Eng.") in names(u)


# ---- details: a note belongs to the person it speaks of -----------------------------------------------

def test_a_late_arrival_is_noted():
    u = read("Guten Tag,\n\nwir melden Frau Irene Hollmann und Herrn Gerd Pietsch an. Herr Pietsch kommt erst "
             "gegen 11 Uhr dazu." + SIG)
    assert any("erst gegen 11 Uhr" in n for n in u.notes)


def test_a_note_naming_one_colleague_is_not_shown_for_the_other(worker, tmp_path):
    """In the lists, Frau Hollmann's wheelchair note stays hers; a note naming nobody stays with everyone."""
    from datetime import datetime

    from mailbot.jobs import import_mails

    ctx = worker()
    body = ("Guten Tag,\n\nwir melden Frau Irene Hollmann und Herrn Gerd Pietsch zur Transferveranstaltung an. "
            "Frau Hollmann ist auf einen Rollstuhl angewiesen. Wir reisen mit der Bahn an." + SIG)
    raw = (f"From: Bernd Ullrich <b.ullrich@stadt-kahla.example>\r\nTo: anmeldung@transferveranstaltung.example\r\n"
           f"Subject: Anmeldung\r\nMessage-ID: <n1@stadt-kahla.example>\r\n"
           f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode()
    import_mails(ctx, [raw], datetime.fromisoformat("2025-05-05T10:00:00+02:00"))
    notes = {r.name: r.notes for r in ctx.store.attendee_records()}
    assert any("Rollstuhl" in n for n in notes["Irene Hollmann"])
    assert not any("Rollstuhl" in n for n in notes["Gerd Pietsch"])
    assert any("Bahn" in n for n in notes["Gerd Pietsch"]) and any("Bahn" in n for n in notes["Irene Hollmann"])


# ---- the same person again from a private address -------------------------------------------------------

def _mail(sender: str, body: str, mid: str) -> bytes:
    return (f"From: {sender}\r\nTo: anmeldung@transferveranstaltung.example\r\nSubject: Anmeldung\r\n"
            f"Message-ID: <{mid}@x.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode()


def test_the_same_name_from_a_private_address_is_parked_not_registered_twice(worker):
    """Gerd Pietsch registers from the office, then again from home: no second seat, no code to the new address;
    a namesake from another municipality is someone else and is registered."""
    from datetime import datetime

    from mailbot.jobs import import_mails

    ctx = worker()
    now = datetime.fromisoformat("2025-05-05T10:00:00+02:00")
    office = _mail("Gerd Pietsch <g.pietsch@stadt-kahla.example>",
                   "Guten Tag,\n\nich melde mich zur Transferveranstaltung an.\n\nGerd Pietsch\nStadtverwaltung Kahla",
                   "p1")
    home = _mail("Gerd Pietsch <gerd.pietsch@privatpost.example>",
                 "Hallo,\n\nhiermit melde ich mich zur Transferveranstaltung an.\n\nGerd Pietsch\nStadtverwaltung Kahla",
                 "p2")
    namesake = _mail("Gerd Pietsch <g.pietsch@gemeinde-nobitz.example>",
                     "Guten Tag,\n\nich melde mich zur Transferveranstaltung an.\n\nGerd Pietsch\nGemeinde Nobitz",
                     "p3")
    import_mails(ctx, [office, home, namesake], now)
    records = ctx.store.attendee_records()
    assert sorted(r.municipality for r in records) == ["Kahla", "Nobitz"]
    assert ctx.store.inbound_counts().get("review") == 1


# ---- another event, and a negated "ich komme" --------------------------------------------------------

def test_a_sign_up_for_another_event_is_no_sign_up_for_ours():
    u = read("Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich zum Workshop Radverkehr am 3. Juli in Gera "
             "an." + SIG)
    assert u.intent == "other" and "another event" in u.reasons[0]


def test_a_seminar_on_another_day_is_no_sign_up_for_ours():
    u = read("Hallo,\n\nfür das Seminar Fördermittelrecht am 14.10. melden wir Frau Jutta Kranich an." + SIG,
             subject="Anmeldung Seminar")
    assert u.intent == "other"


def test_our_event_named_with_a_workshop_word_stays_a_sign_up():
    """Our own programme has workshops; naming our date or title keeps a sign-up a sign-up."""
    u = read("Guten Tag,\n\nich melde mich zur Veranstaltung am 20. Mai an und freue mich auf den Workshop am "
             "Nachmittag." + SIG)
    assert u.intent == "registration"
    u = read("Guten Tag,\n\nzum Workshop-Tag in Bad Lobenstein melde ich mich gern an." + SIG)
    assert u.intent == "registration"


def test_ich_komme_nicht_withdraws():
    """'Bitte löschen Sie meine Daten, ich komme nicht': the 'ich komme' is negated."""
    u = read("Hallo,\n\nbitte löschen Sie meine Daten, ich komme nicht.\n\nGruß\nBernd Ullrich", subject="Anmeldung")
    assert u.intent == "cancellation"
    assert read("Guten Tag,\n\nich komme nicht allein, sondern mit Frau Petra Haller." + SIG).intent != "cancellation"


# ---- a substitution is no addition ----------------------------------------------------------------------

def test_someone_coming_in_place_of_a_colleague_replaces_and_takes_no_extra_seat(worker):
    """'Herr Ullrich kann leider doch nicht … An seiner Stelle kommt Frau Brandt': replace (after proof),
    never add Frau Brandt beside him (that took the last seat and waitlisted someone else)."""
    from datetime import datetime

    from mailbot.jobs import import_mails

    ctx = worker()
    now = datetime.fromisoformat("2025-05-05T10:00:00+02:00")
    first = _mail("Sabine Koch <s.koch@stadt-kahla.example>",
                  "Guten Tag,\n\nwir melden Herrn Bernd Ullrich (b.ullrich@stadt-kahla.example) zur "
                  "Transferveranstaltung an.\n\nSabine Koch\nStadtverwaltung Kahla", "s1")
    for body in ("Sehr geehrte Damen und Herren,\n\nHerr Ullrich kann leider doch nicht teilnehmen. An seiner "
                 "Stelle kommt Frau Claudia Brandt (c.brandt@stadt-kahla.example).\n\nSabine Koch\nStadtverwaltung Kahla",
                 "Guten Tag,\n\nleider ist Herr Bernd Ullrich verhindert. Für ihn kommt Frau Claudia Brandt."
                 "\n\nSabine Koch\nStadtverwaltung Kahla"):
        u = read(body, subject="Teilnahme", sender="Sabine Koch <s.koch@stadt-kahla.example>")
        assert u.intent == "change" and [p.name.split()[-1] for p in u.replaces] == ["Ullrich"]
    second = _mail("Sabine Koch <s.koch@stadt-kahla.example>",
                   "Guten Tag,\n\nleider ist Herr Bernd Ullrich verhindert. Für ihn kommt Frau Claudia Brandt."
                   "\n\nSabine Koch\nStadtverwaltung Kahla", "s2")
    import_mails(ctx, [first, second], now)
    statuses = {r.name: r.status for r in ctx.store.attendee_records(include_inactive=True)}
    assert statuses == {"Bernd Ullrich": "confirmed"}  # nothing changes before the registered address confirms


# ---- replies to our own mail ------------------------------------------------------------------------------

def test_a_short_thank_you_to_our_confirmation_is_thanks_and_ignored():
    """'Vielen Dank, ich freue mich' and 'ok' under our confirmation's subject: no reply, no review mail."""
    from datetime import datetime
    from pathlib import Path

    from mailbot.event import load_event
    from mailbot.models import State
    from mailbot.workflow import Case, decide

    event = load_event(Path(__file__).resolve().parent.parent / "config" / "event.toml")
    for body in ("Vielen Dank, ich freue mich!\n\nBernd Ullrich", "ok", "Alles klar, danke."):
        raw = ("From: Bernd Ullrich <b.ullrich@stadt-kahla.example>\r\nTo: anmeldung@transferveranstaltung.example\r\n"
               "Subject: AW: Anmeldebestätigung: 9. Transferveranstaltung\r\nMessage-ID: <t@stadt-kahla.example>\r\n"
               f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode()
        mail = message.parse(raw)
        u = understand.read(mail)
        assert u.intent == "other" and u.reasons[0].startswith("thanks:"), body
        d = decide(Case(mail=mail, understanding=u, state=State(), event=event,
                        now=datetime.fromisoformat("2025-05-05T10:00:00+02:00")))
        assert d.kind == "Ignore" and d.replies == ()


def test_thanks_with_a_new_person_is_no_mere_thanks():
    u = read("Vielen Dank! Meine Kollegin Frau Doreen Sauerbrey kommt auch mit." + SIG,
             subject="AW: Anmeldebestätigung: 9. Transferveranstaltung")
    assert not u.reasons[0].startswith("thanks:")


# ---- classes found by blind9 at first contact (new sentences) ------------------------------------------

def test_a_long_withdrawal_under_a_registration_subject_withdraws():
    u = read("Guten Tag,\n\nleider melde ich meine Kollegin und mich von der Veranstaltung am 20. Mai nun doch "
             "wieder ab." + SIG, subject="Anmeldung zur Transferveranstaltung")
    assert u.intent == "cancellation"


def test_nobody_coming_in_ones_place_is_no_substitution():
    u = read("Hallo,\n\nich ziehe meine Anmeldung zurück. Eine Vertretung wird nicht an meiner Stelle kommen." + SIG)
    assert u.intent == "cancellation"


def test_a_topic_word_of_ours_does_not_make_another_event_ours():
    """'ISEK' is the topic, not our event: a workshop on ISEK on another day is another event."""
    u = read("Guten Tag,\n\nich melde mich zum ISEK-Praxisworkshop am 12. Juni in Nordhausen an." + SIG)
    assert u.intent == "other"


def test_a_request_to_log_in_at_a_link_is_phishing():
    u = read("Sehr geehrte Teilnehmende,\n\nfür Ihre Anmeldung ist eine Bestätigung nötig. Bitte melden Sie sich "
             "mit Ihrem Kennwort unter https://portal-bestaetigung.example an.\n\nIhr Teilnehmerservice",
             subject="Ihre Anmeldung – Bestätigung erforderlich")
    assert u.intent == "other" and u.reasons[0].startswith("spam:")


def test_a_condition_on_our_inbox_is_no_condition_on_coming():
    u = read("Guten Tag,\n\nich möchte gern teilnehmen – bitte melden Sie mich an, falls meine erste Mail nicht "
             "eingegangen ist." + SIG)
    assert u.intent == "registration"


# ---- classes found by blind10 at first contact (new sentences) -----------------------------------------

def test_a_forum_or_werkstatt_on_another_day_is_another_event():
    assert read("Guten Tag,\n\nzum Regionalforum Innenentwicklung am 4. September in Sonneberg melden wir Frau "
                "Heike Roth an." + SIG).intent == "other"
    assert read("Hallo,\n\nfür die Klima-Werkstatt am 9.10. in Apolda melde ich mich an." + SIG).intent == "other"


def test_a_wish_that_asks_whether_it_may_is_a_question():
    """'Wir würden gern zu viert kommen – geht das?' asks; who comes is not even decided."""
    u = read("Guten Tag,\n\nwir würden gern zu viert kommen. Geht das, oder gibt es eine Grenze je Kommune?" + SIG)
    assert u.intent == "question"
    assert read("Guten Tag,\n\nich würde gern teilnehmen und melde mich hiermit an. Geht das auch ohne Auto?"
                + SIG).intent == "registration"


# ---- classes found by blind11 at first contact (new sentences) -----------------------------------------

def test_already_registered_with_a_question_is_a_question():
    """'Wir sind für den 20.5. angemeldet. Gibt es …?' registers nobody again."""
    u = read("Guten Tag,\n\nmein Kollege und ich sind für den 20.5. angemeldet. Gibt es vor Ort einen "
             "Parkplatz? Wir kommen mit dem Auto." + SIG)
    assert u.intent == "question"


def test_please_take_me_off_the_waitlist_withdraws():
    u = read("Hallo,\n\nbitte nehmen Sie mich von der Warteliste, ich habe inzwischen einen anderen Termin." + SIG,
             subject="AW: Warteliste: 9. Transferveranstaltung")
    assert u.intent == "cancellation"


def test_registered_and_arriving_later_is_a_change():
    u = read("Guten Tag,\n\nich bin für die Veranstaltung angemeldet, komme aber erst gegen 10:30 Uhr an." + SIG,
             subject="Spätere Ankunft")
    assert u.intent == "change"


# ---- a header smuggled into a name as character references is no attendee ---------------------------------

def _html_signup(body_html: str, mid: str) -> bytes:
    return (f"From: Sekretariat <sekretariat@gemeinde-gefell.example>\r\nTo: anmeldung@transferveranstaltung.example\r\n"
            f"Subject: Anmeldung\r\nMessage-ID: <{mid}@gemeinde-gefell.example>\r\nMIME-Version: 1.0\r\n"
            f"Content-Type: text/html; charset=utf-8\r\n\r\n<html><body>{body_html}</body></html>\r\n").encode()


def test_a_line_break_written_as_a_character_reference_before_a_header_parks_the_mail(worker):
    """"Frau Ute&#13;&#10;Bcc: …": nobody types that into a name; the mail is parked, nobody confirmed."""
    from datetime import datetime

    from mailbot.jobs import import_mails

    ctx = worker()
    raw = _html_signup("<p>Hiermit melden wir an:</p><p>Frau Ute&#13;&#10;Bcc: gast@fremd.example&#13;&#10;Hollmer, "
                       "Bauamt</p><p>Gemeinde Gefell</p>", "inj1")
    u = understand.read(message.parse(raw))
    assert u.needs_review and any("header injection" in r for r in u.reasons)
    assert all(p.name.split()[-1].lower() != "bcc" for p in u.attendees)
    import_mails(ctx, [raw], datetime.fromisoformat("2025-05-05T10:00:00+02:00"))
    assert ctx.store.attendee_records() == []
    from mailbot.store.desk import parked

    assert [m.reason_code for m in parked(ctx.store.engine)] == ["signup_unsure"]


def test_a_line_break_entity_without_a_header_name_is_only_a_space():
    """A &#10; inside a name (some editors write them) is whitespace, as in a browser: the name stays whole."""
    raw = _html_signup("<p>Hiermit melde ich meine Kollegin Frau Marei&#10;Hollmer verbindlich an.</p>"
                       "<p>Gemeinde Gefell</p>", "inj2")
    u = understand.read(message.parse(raw))
    assert not u.needs_review
    assert [p.name for p in u.attendees] == ["Marei Hollmer"]


# ---- a sign-up listing a whole department is parked, not confirmed -----------------------------------------

def test_a_sign_up_for_more_persons_than_a_group_is_parked(worker):
    """Forty persons pasted from an address list: the organisers decide; nobody is confirmed, nobody lost."""
    from datetime import datetime

    from mailbot.jobs import import_mails

    ctx = worker()
    given = ("Anke", "Bodo", "Cora", "Detlef", "Edda", "Falko", "Gesa", "Harald")
    family = ("Auerbach", "Bessler", "Conradi", "Drescher", "Engert")
    listed = "\n".join(f"- {g} {f}, Fachdienst Bauen" for f in family for g in given)
    body = f"Guten Tag,\n\nzur Veranstaltung melden wir die folgenden Kolleginnen und Kollegen an:\n\n{listed}" + SIG
    raw = (f"From: Bernd Ullrich <b.ullrich@stadt-kahla.example>\r\nTo: anmeldung@transferveranstaltung.example\r\n"
           f"Subject: Anmeldung\r\nMessage-ID: <many@stadt-kahla.example>\r\n"
           f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n").encode()
    assert len(understand.read(message.parse(raw)).attendees) == 40
    import_mails(ctx, [raw], datetime.fromisoformat("2025-05-05T10:00:00+02:00"))
    assert ctx.store.attendee_records() == []
    from mailbot.store.desk import parked

    assert [m.reason_code for m in parked(ctx.store.engine)] == ["signup_group_too_large"]


# ---- a sign-up that waits for our answer is a question ------------------------------------------------------

def test_asking_leave_to_bring_someone_is_a_question_not_an_addition():
    u = read("Guten Tag,\n\nich bin für den 20. Mai bereits angemeldet. Dürfen wir noch unseren Ortschronisten, "
             "Herrn Egon Mahlberg, mitbringen? Wenn ja, schreibe ich ihn gleich dazu." + SIG, subject="Frage Begleitung")
    assert u.intent == "question"


def test_a_sign_up_offered_as_the_alternative_to_a_fee_is_a_question():
    u = read("Sehr geehrte Damen und Herren,\n\nerheben Sie für Verwaltungen eine Teilnahmegebühr? Ansonsten möchten "
             "wir gern zwei Personen anmelden." + SIG, subject="Kosten?")
    assert u.intent == "question"


def test_the_wish_of_a_colleague_the_mail_does_not_name_is_a_question():
    u = read("Hallo,\n\neine Mitarbeiterin unseres Bauhofs ist auf einen Rollator angewiesen und möchte gern dabei "
             "sein. Sind die Räume stufenlos erreichbar?" + SIG, subject="Räume")
    assert u.intent == "question" and u.attendees == ()


# ---- "kommen werden X und Y; ich selbst kann nicht" registers X and Y -------------------------------------

def test_the_writer_who_cannot_come_but_lists_who_comes_registers_them():
    u = read("Guten Morgen,\n\nunsere Stadt ist dabei: Kommen werden Frau Ilka Brösel und Herr Udo Kessler. "
             "Ich selbst kann leider nicht." + SIG)
    assert u.intent == "registration"
    assert [p.name for p in u.attendees] == ["Ilka Brösel", "Udo Kessler"]


# ---- thanks for our cancellation is no cancellation ----------------------------------------------------------

def test_thanks_for_our_cancellation_notice_is_no_new_cancellation():
    u = read("Ok, danke für die Info.", subject="AW: Abmeldung bestätigt: 9. Transferveranstaltung (ISEK-K7PM-R4TX)")
    assert u.intent == "other"


# ---- mailbox-quota phishing ------------------------------------------------------------------------------------

def test_a_mailbox_quota_warning_with_a_call_to_confirm_the_account_is_phishing():
    u = read("Sehr geehrte Kundin, sehr geehrter Kunde,\n\nIhr E-Mail-Konto läuft bald voll: 96 % des Speicherlimits "
             "sind erreicht. Neue Nachrichten werden danach nicht mehr zugestellt.\n\nBitte bestätigen Sie innerhalb von "
             "zwei Tagen Ihre Zugangsdaten: https://konto-pflege.example/check\n\nIhr Mail-Support",
             subject="Letzte Erinnerung: Speicherplatz", sender="Mail-Support <service@konto-pflege.example>")
    assert u.intent == "other" and u.attendees == ()
    assert any(r.startswith("spam: phishing") for r in u.reasons)


def test_a_full_mailbox_mentioned_by_a_participant_is_no_phishing():
    u = read("Guten Tag,\n\nunser Postfach war letzte Woche voll, deshalb noch einmal: Hiermit melde ich mich zur "
             "Transferveranstaltung an. Bitte bestätigen Sie mir die Anmeldung." + SIG)
    assert u.intent == "registration"


# ---- internal mail sent to our address by mistake -------------------------------------------------------------

def test_a_mail_to_a_colleague_by_first_name_and_du_is_other():
    u = read("Hallo Katrin,\n\nanbei die Tabelle mit den Fördermitteln für 2026. Kannst du mir bis Mittwoch sagen, ob "
             "die Summen für das ISEK so stimmen?\n\nGruß\nBernd", subject="Fördermittel 2026")
    assert u.intent == "other" and u.needs_review
    assert u.reasons[0].startswith("misdirected:")


def test_a_first_name_greeting_that_signs_up_or_names_our_event_is_not_misdirected():
    signup = read("Hallo Katrin,\n\nwie besprochen melde ich mich hiermit zur Transferveranstaltung an. Danke dir!" + SIG)
    assert signup.intent == "registration"
    ours = read("Hallo Katrin,\n\nweißt du, ob es in Bad Lobenstein Parkplätze am Veranstaltungsort gibt?" + SIG,
                subject="Parken")
    assert ours.intent == "question"


# ---- an organisation keeps no sentence's full stop ------------------------------------------------------------

def test_the_organisation_in_a_signature_ends_without_the_full_stop():
    u = read("Guten Tag,\n\nhiermit melde ich mich zur Transferveranstaltung an.\n\nMit freundlichen Grüßen\n"
             "Bernd Ullrich\nGemeinde Ebersdorf.")
    assert u.organisation == "Gemeinde Ebersdorf"
    kept = read("Guten Tag,\n\nhiermit melde ich mich an.\n\nMit freundlichen Grüßen\nBernd Ullrich\n"
                "Förderverein Altstadt Kahla e.V.")
    assert kept.organisation == "Förderverein Altstadt Kahla e.V."


# ---- a cancellation with a date or a reason between the words ------------------------------------------------

def test_a_mayor_prevented_on_a_date_is_the_one_cancelled():
    u = read("Sehr geehrte Damen und Herren,\n\nHerr Bürgermeister Lothar Quendt ist am 20.05. leider dienstlich "
             "verhindert und kann deshalb nicht an der Veranstaltung in Bad Lobenstein teilnehmen. Bitte streichen Sie "
             "seine Anmeldung." + SIG, subject="Absage")
    assert u.intent == "cancellation"
    assert [p.name for p in u.attendees] == ["Lothar Quendt"]


# ---- a planner's "Büro <Name>" is a planning office: its own address names no client ---------------------------

def test_a_buero_under_a_name_is_a_planning_office_whose_postcode_names_no_client():
    u = read("Guten Tag,\n\nich betreue mehrere Dorfentwicklungen im Weimarer Land und melde mich hiermit zur "
             "Veranstaltung an.\n\nBeste Grüße\nAnne Hanebuth\nBüro Hanebuth Freiraum und Stadt\n"
             "Johannesstraße 4, 99084 Erfurt", sender="Anne Hanebuth <a.hanebuth@freiraum-stadt.example>")
    assert u.organisation == "Büro Hanebuth Freiraum und Stadt"
    assert u.organisation_type == "planning_office" and u.municipality is None


# ---- "wir beide" withdraw: the two named just before ------------------------------------------------------

def test_we_both_cancel_the_two_named_in_the_sentence_before():
    u = read("Guten Tag,\n\nangemeldet waren Herr Till Oberländer und ich. Leider müssen wir beide kurzfristig "
             "absagen." + SIG, subject="Absage")
    assert u.intent == "cancellation"
    assert sorted(p.name for p in u.attendees) == ["Bernd Ullrich", "Till Oberländer"]


# ---- an indirect question is a question; a sign-up before it stays a sign-up ---------------------------------

def test_a_registered_person_who_wants_to_ask_about_lunch_asks():
    u = read("Guten Tag,\n\nich bin schon angemeldet und wollte nachfragen, ob es mittags eine vegane Suppe gibt."
             + SIG, subject="Essen")
    assert u.intent == "question"


def test_a_sign_up_followed_by_an_indirect_question_registers_and_keeps_the_question():
    u = read("Guten Tag,\n\nich melde mich hiermit verbindlich an und wollte fragen, ob man am Bahnhof abgeholt wird."
             + SIG)
    assert u.intent == "registration" and [p.name for p in u.attendees] == ["Bernd Ullrich"]
    assert u.question


def test_i_need_to_know_when_it_ends_is_a_question_not_a_change():
    u = read("Hallo,\n\nich bin für den 20. Mai angemeldet. Für die Rückfahrt bräuchte ich zu wissen, wann der "
             "Nachmittag endet." + SIG, subject="Ende der Veranstaltung")
    assert u.intent == "question"


def test_a_detail_about_an_unnamed_colleague_beside_questions_is_a_question():
    u = read("Guten Tag,\n\neine Kollegin von uns, die schon angemeldet ist, ist gehbehindert. Gibt es am "
             "Veranstaltungsort Sitzplätze nahe am Eingang?" + SIG, subject="Frage")
    assert u.intent == "question"


# ---- signatures and lists ------------------------------------------------------------------------------------

def test_vg_before_a_name_is_viele_gruesse_not_a_verwaltungsgemeinschaft():
    u = read("Hallo, ich muss meine Anmeldung leider zurückziehen.\n\nVG Till Ostertag",
             subject="Absage", sender="Till Ostertag <t.ostertag@stadt-triptis.example>")
    assert u.organisation is None
    assert u.municipality is not None and u.municipality.name == "Triptis"


def test_a_secretary_registering_mayor_michael_is_not_registered_herself():
    u = read("Sehr geehrte Damen und Herren,\n\nhiermit melde ich Herrn Bürgermeister Michael Trebs zur "
             "Veranstaltung an. Die Bestätigung bitte an mich.\n\nMit freundlichen Grüßen\ni. A. Jana Fröbel\n"
             "Vorzimmer Bürgermeister", sender="Fröbel, Jana <vorzimmer@stadt-kahla.example>")
    assert [p.name for p in u.attendees] == ["Michael Trebs"]


def test_a_sign_up_sent_near_the_deadline_is_no_promise_for_later():
    u = read("Melde mich an, hoffentlich noch rechtzeitig.\nB. Ullrich", subject="AW: Einladung")
    assert u.intent == "registration"


def test_a_second_name_line_under_a_first_belongs_to_the_list_whatever_its_unit():
    u = read("Guten Tag,\n\nfür unsere Stadt melden wir an:\n\nBernd Ullrich, Bauamt (ich)\nGitta Brodmann, "
             "Quartiersmanagement\n" + SIG)
    assert [p.name for p in u.attendees] == ["Bernd Ullrich", "Gitta Brodmann"]


def test_a_family_name_that_starts_like_a_role_word_is_a_name():
    u = read("Guten Tag,\n\nich komme erst gegen Mittag.\n\nMit freundlichen Grüßen\nRalf Leitert\nStadt Kahla",
             subject="AW: Erinnerung (ISEK-K7PM-R4TX)", sender="Leitert, Ralf <r.leitert@stadt-kahla.example>")
    assert [p.name for p in u.attendees] == ["Ralf Leitert"]


# ---- "er / ihn" in a cancellation: the person named just before ----------------------------------------------

def test_a_cancellation_that_says_er_cancels_the_man_named_before():
    u = read("Sehr geehrte Damen und Herren,\n\nHerr Ortsteilbürgermeister Gunnar Lämmel ist für den 20. Mai "
             "angemeldet. Wegen einer Ratssitzung kann er leider nicht kommen. Bitte tragen Sie ihn aus." + SIG,
             subject="Absage")
    assert u.intent == "cancellation" and [p.name for p in u.attendees] == ["Gunnar Lämmel"]


# ---- an office cancels one person named by title and family name; the colleague stays --------------------

def test_an_office_cancels_the_doctor_named_by_title_and_family_name_only():
    u = read("Sehr geehrte Damen und Herren,\n\nfür unsere Stadt sind Frau Dr. Kämmerling und Herr Ole Vesper "
             "angemeldet. Frau Dr. Kämmerling muss leider absagen, Herr Vesper kommt wie geplant." + SIG,
             subject="Teilabsage")
    assert u.intent == "cancellation"
    assert [p.name for p in u.attendees] == ["Kämmerling"]


# ---- a sign-up above an internal forward that says someone else is absent --------------------------------

def test_a_sign_up_above_a_forward_about_a_colleagues_holiday_registers_the_sender():
    u = read("Guten Tag,\n\nhiermit melde ich mich zur Transferveranstaltung an.\n\nMit freundlichen Grüßen\n"
             "Bernd Ullrich\nStadtverwaltung Kahla\n\n---------- Weitergeleitete Nachricht ----------\n"
             "Von: Heike Sonntag <h.sonntag@stadt-kahla.example>\nBetreff: WG: Einladung\n\nBernd, ich bin im Mai "
             "im Urlaub und kann nicht teilnehmen. Gehst du hin?")
    assert u.intent == "registration"
    assert [p.name for p in u.attendees] == ["Bernd Ullrich"]


# ---- read receipts are automatic replies, never answered ----------------------------------------------------

def _receipt(content_type: str, body: str, subject: str) -> bytes:
    return (f"From: Ina Sperling <i.sperling@stadt-kahla.example>\r\nTo: anmeldung@transferveranstaltung.example\r\n"
            f"Subject: {subject}\r\nMessage-ID: <r1@stadt-kahla.example>\r\nMIME-Version: 1.0\r\n"
            f"Content-Type: {content_type}\r\n\r\n{body}\r\n").encode()


def test_a_disposition_notification_for_our_cancellation_is_an_auto_reply():
    raw = _receipt('multipart/report; report-type=disposition-notification; boundary="b"',
                   "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nIhre Nachricht\r\n  Betreff: Abmeldung "
                   "bestätigt (ISEK-K7PM-R4TX)\r\nwurde am 12.05.2025 gelesen.\r\n--b\r\nContent-Type: "
                   "message/disposition-notification\r\n\r\nDisposition: manual-action/MDN-sent-manually; displayed"
                   "\r\n--b--", "Gelesen: Abmeldung bestätigt (ISEK-K7PM-R4TX)")
    assert understand.read(message.parse(raw)).intent == "auto_reply"


def test_a_plain_text_read_receipt_is_an_auto_reply_but_a_read_subject_alone_is_not():
    receipt = _receipt("text/plain; charset=utf-8", "Ihre Nachricht wurde am 12.05.2025 um 10:14 gelesen.",
                       "Gelesen: Anmeldebestätigung: 9. Transferveranstaltung")
    assert understand.read(message.parse(receipt)).intent == "auto_reply"
    person = _receipt("text/plain; charset=utf-8", "Ich melde mich hiermit zur Transferveranstaltung an.",
                      "Read: Einladung")
    assert understand.read(message.parse(person)).intent == "registration"


# ---- a detail for a colleague who "ist angemeldet" is a change, not a second sign-up ---------------------

def test_a_wheelchair_note_for_a_registered_colleague_is_a_change():
    u = read("Sehr geehrte Damen und Herren,\n\nFrau Carola Wendehals aus unserem Bauamt ist für den 20. Mai "
             "angemeldet. Bitte beachten Sie, dass sie einen Rollstuhl nutzt." + SIG,
             subject="Teilnahme Frau Wendehals")
    assert u.intent == "change" and [p.name for p in u.attendees] == ["Carola Wendehals"]


# ---- a body named after its seat: its address names no municipality, and none is asked for --------------

def test_a_housing_cooperative_is_not_the_town_of_its_address():
    u = read("Guten Tag,\n\nwir sind am Stadtumbau beteiligt und melden uns zur Transferveranstaltung an.\n\n"
             "Mit freundlichen Grüßen\nBernd Ullrich\nVorstand\nWohnungsbaugenossenschaft Orlatal eG\n"
             "Markt 3, 07768 Kahla", sender="Bernd Ullrich <b.ullrich@wbg-orlatal.example>")
    assert u.organisation == "Wohnungsbaugenossenschaft Orlatal eG"
    assert u.municipality is None and "municipality" not in u.missing


def test_a_planner_who_says_so_is_a_planning_office_whose_town_is_no_client():
    u = read("Guten Tag,\n\nwir sind ein kleines Ingenieurbüro aus Jena und möchten uns mit einer Person anmelden."
             "\n\nViele Grüße\nBernd Ullrich", sender="Bernd Ullrich <post@ullrich-ing.example>")
    assert u.intent == "registration"
    assert u.organisation_type == "planning_office" and u.municipality is None


# ---- late and conditional, thanks to the reminder, permission to come as a group, a need to plan for ----------

def test_a_firm_late_sign_up_under_a_condition_registers():
    u = read("Guten Tag,\n\ndie Frist ist vorbei, ich weiß. Falls es noch geht, melde ich mich hiermit verbindlich an."
             + SIG, subject="Nachmeldung")
    assert u.intent == "registration"


def test_we_are_there_in_thanks_for_our_reminder_is_thanks():
    u = read("Vielen Dank, wir kommen!", subject="AW: Erinnerung: 9. Transferveranstaltung (ISEK-K7PM-R4TX)")
    assert u.intent == "other"


def test_asking_whether_several_may_come_with_a_wish_is_a_question():
    u = read("Guten Tag,\n\ndürfen aus einer Gemeinde auch vier Leute kommen? Wir würden gern mit dem ganzen "
             "Bauausschuss anreisen, wenn noch Platz ist." + SIG, subject="Gruppengröße")
    assert u.intent == "question"


def test_relying_on_crutches_is_a_detail_for_the_registration():
    u = read("Guten Tag,\n\nzu meiner Anmeldung noch ein Hinweis: Ich bin nach einem Unfall auf einen Gehstock "
             "angewiesen.", subject="AW: Anmeldebestätigung (ISEK-K7PM-R4TX)")
    assert u.intent == "change"


# ---- arriving is no sign-up: "ich komme … an" (an|kommen) in a reply to our confirmation -----------------

def test_an_arrival_by_train_with_a_question_is_a_question_not_a_new_sign_up():
    u = read("Guten Tag,\n\nich komme am Dienstag mit dem Zug aus Jena in Bad Lobenstein an. Fährt dort ein Bus "
             "zum Veranstaltungsort?" + SIG, subject="Re: Anmeldebestätigung: 9. Transferveranstaltung")
    assert u.intent == "question"
    assert u.attendees == ()


def test_we_come_still_signs_up_when_an_is_no_particle():
    u = read("Guten Tag,\n\nwir kommen zu zweit an den Veranstaltungsort, Frau Petra Lindig und ich." + SIG)
    assert u.intent == "registration"


# ---- a need of someone registered, asked as a question: recorded, and the question still forwarded --------

def test_a_registered_persons_diet_asked_as_a_question_is_a_change_with_the_question_kept():
    u = read("Guten Tag,\n\nich bin für Dienstag schon angemeldet. Bekomme ich mittags auch etwas Glutenfreies?"
             + SIG, subject="Mittagessen")
    assert u.intent == "change"
    assert any("Glutenfreies" in n for n in u.notes)
    assert u.question and "Glutenfreies" in u.question


def test_a_walking_aid_told_by_someone_registered_is_a_detail():
    u = read("Hallo,\n\nzu meiner Anmeldung: ich komme derzeit nur mit Gehhilfe voran. Gibt es einen Aufzug?" + SIG,
             subject="Anmeldung Ullrich")
    assert u.intent == "change"


def test_a_timing_question_of_someone_registered_stays_a_question():
    u = read("Guten Tag,\n\nich bin angemeldet. Bis wann geht es am Nachmittag?" + SIG, subject="Ende")
    assert u.intent == "question"


def test_the_change_confirms_and_forwards_the_question(worker):
    """The diet goes onto the registration and the sender gets the change confirmed; the question goes to the
    organisers as well, so nobody's question is lost in a change."""
    from datetime import datetime

    from mailbot.jobs import import_mails

    ctx = worker()
    now = datetime.fromisoformat("2025-05-05T10:00:00+02:00")

    def mail(n: int, subject: str, body: str) -> bytes:
        return (f"From: Bernd Ullrich <b.ullrich@stadt-kahla.example>\r\nTo: anmeldung@transferveranstaltung.example"
                f"\r\nSubject: {subject}\r\nMessage-ID: <care{n}@stadt-kahla.example>\r\n"
                f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}{SIG}\r\n").encode()

    import_mails(ctx, [mail(1, "Anmeldung", "Guten Tag,\n\nhiermit melde ich mich zur Transferveranstaltung an.")], now)
    import_mails(ctx, [mail(2, "Mittagessen", "Guten Tag,\n\nich bin schon angemeldet. Bekomme ich mittags auch "
                                              "etwas Glutenfreies?")], now)
    from sqlalchemy import select

    from mailbot.store import tables as t

    with ctx.store.engine.connect() as conn:
        kinds = sorted(conn.execute(select(t.outbox.c.kind)).scalars())
    assert kinds == ["change_confirmed", "confirmation", "question_forward"]
    notes = {r.name: r.notes for r in ctx.store.attendee_records()}
    assert any("Glutenfreies" in n for n in notes["Bernd Ullrich"])


# ---- an address at the end of a long parenthesis is read whole, never cut to a window ------------------------

def test_an_address_after_a_long_role_in_parentheses_keeps_its_last_letters():
    u = read("Guten Tag,\n\nwir nehmen zu zweit teil: Herr Jörg Wendland (Bauverwaltung) und Frau Elke Ritschel "
             "(Bauverwaltung, e.ritschel-hoffmann@bauverwaltung.stadt-kahla.example).\n" + SIG)
    assert ("Elke Ritschel", "e.ritschel-hoffmann@bauverwaltung.stadt-kahla.example") in [(p.name, p.email) for p in u.attendees]


# ---- "ich nehme am 20. Mai gern teil und werde von … begleitet": the writer comes too ------------------------

def test_a_mayor_who_takes_part_on_the_day_and_brings_a_colleague_is_registered_too():
    u = read("Sehr geehrte Damen und Herren,\n\nich nehme am Dienstag, dem 20. Mai, gern teil und bringe unsere "
             "Klimaschutzmanagerin Frau Doreen Kaltofen mit." + SIG)
    assert [p.name for p in u.attendees] == ["Bernd Ullrich", "Doreen Kaltofen"]


# ---- a family name that is also a role word is a name when the From line writes it as a person's ------------

def test_a_family_name_that_is_a_role_word_is_the_senders_name():
    u = read("Guten Tag,\n\nich melde mich zur Transferveranstaltung an.\n\nViele Grüße\nAndrea Baumeister\n"
             "Stadtverwaltung Kahla", sender="\"Baumeister, Andrea\" <a.baumeister@stadt-kahla.example>")
    assert [(p.name, p.email) for p in u.attendees] == [("Andrea Baumeister", "a.baumeister@stadt-kahla.example")]


def test_a_role_in_the_from_line_is_still_no_name():
    u = read("Guten Tag,\n\nich melde mich zur Transferveranstaltung an.\n\nViele Grüße\nBauamt Kahla",
             sender="\"Bauamt, Leitung\" <bauamt@stadt-kahla.example>")
    assert u.attendees == ()


# ---- an Ortsteil's mayor names a part of a municipality, not a municipality of the same name elsewhere -----

def test_an_ortsteil_mayor_is_counted_for_the_municipality_the_ortsteil_belongs_to():
    # Eichenberg is the name of a municipality in the Saale-Holzland-Kreis and of Ortsteile elsewhere
    u = read("Guten Tag,\n\nals Ortsteilbürgermeister von Eichenberg in der Gemeinde Schleusegrund melde ich mich "
             "zur Transferveranstaltung an.\n\nViele Grüße\nBernd Ullrich", sender="b.ullrich@web.example")
    assert u.municipality is not None and u.municipality.name == "Schleusegrund"


# ---- "Sie erreichen ihn unter …": the next sentence gives the address of the person just named -------------

def test_an_address_given_by_pronoun_in_the_next_sentence_is_the_named_persons():
    u = read("Guten Tag,\n\nfür die Stadt Kahla möchte Herr Bürgermeister Ralf Gössel teilnehmen. Sie erreichen ihn "
             "unter rathaus-chef@kahla-stadt.example.\n\nMit freundlichen Grüßen\ni. A. Bernd Ullrich")
    assert ("Ralf Gössel", "rathaus-chef@kahla-stadt.example") in [(p.name, p.email) for p in u.attendees]


def test_you_reach_us_gives_nobody_an_address():
    u = read("Guten Tag,\n\nfür die Stadt Kahla möchte Herr Bürgermeister Ralf Gössel teilnehmen. Sie erreichen uns "
             "unter rathaus@kahla-stadt.example.\n\nMit freundlichen Grüßen\ni. A. Bernd Ullrich")
    assert ("Ralf Gössel", None) in [(p.name, p.email) for p in u.attendees]
