"""Rebuild and validate the seventeenth blind corpus (tests/corpus_blind17/).

Written from the invitation (/work/shared/seed/), /work/shared/design/INTERFACE.md, the gazetteer
(/work/shared/data/), the conventions in the READMEs of tests/corpus/, tests/corpus_blind8/ and tests/corpus_blind11/,
tests/corpus_kit.py and the generators of tests/corpus_blind8/ and tests/corpus_blind11/ only, without reading or
running the parser, by a seventeenth writer. Each case is one mail as the registration inbox receives it over the
whole registration period (22 April – 19 May 2025), built by the byte-exact MIME writer of tests/corpus_kit.py,
with what a careful event secretary records from that mail alone.

Attendee surnames start with a letter L–Z (Ö and Ü count as O and U), because another writer wrote
tests/corpus_blind16/ at the same time with the other half of the alphabet.

    .venv/bin/python tests/corpus_blind17/make_blind17.py          # rewrite all files, then validate
    .venv/bin/python tests/corpus_blind17/make_blind17.py --check  # validate the files as they are, and check
                                                                   # that a rebuild would be byte-identical
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from datetime import datetime
from email import message_from_bytes, policy
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_kit import (  # noqa: E402
    GAZ,
    INBOX,
    INTENTS,
    INVITATION,
    INVITE_FROM,
    INVITE_SUBJECT,
    OUR_NAME,
    Cases,
    P,
    addr,
    alt,
    apple,
    attachment,
    case_registry,
    code_for,
    confirmation,
    droid,
    dummy_pdf,
    encode_body,
    envelope,
    esc,
    gmx,
    hval,
    iphone,
    label,
    main,
    message,
    msgid,
    multi,
    ol,
    ol_plain,
    outlook_alt,
    outlook_headers,
    outlook_quote,
    ox,
    quote,
    report,
    rfc822,
    rfc822_headers,
    rfcdate,
    roundcube,
    sig,
    simple_html,
    table_html,
    tb,
    text,
    thunderbird_quote,
    tiny_png,
    waitlist,
    webde_html_only,
    word_html,
    word_paragraphs,
)

HERE = Path(__file__).resolve().parent
CASES: Cases = []
case = case_registry(CASES)
SEED = 20250517

MFG = "Mit freundlichen Grüßen"
EVENT = "9. Transferveranstaltung am 20. Mai 2025"
OUR = f"{OUR_NAME} <{INBOX}>"

# --------------------------------------------------------------------------------------------------
# our own mails, as they come back (subjects as the brief gives them)
# --------------------------------------------------------------------------------------------------


def conf_subject(code: str) -> str:
    return f"Anmeldebestätigung: {EVENT} ({code})"


def wait_subject(code: str) -> str:
    return f"Warteliste: {EVENT} ({code})"


def cancel_subject(code: str) -> str:
    return f"Abmeldung bestätigt: {EVENT} ({code})"


MISSING_SUBJECT = f"Fehlende Angaben zu Ihrer Anmeldung: {EVENT}"


def missing_body(salutation: str) -> str:
    return (f"{salutation},\n\n"
            "vielen Dank für Ihre Nachricht zur 9. Transferveranstaltung am 20. Mai 2025 in Bad Lobenstein. "
            "Um Ihre Anmeldung abschließen zu können, fehlt uns noch folgende Angabe:\n\n"
            "- die Kommune bzw. Institution, für die Sie teilnehmen\n\n"
            "Bitte antworten Sie einfach auf diese E-Mail.\n\n"
            "Mit freundlichen Grüßen\nIhr Organisationsteam der Transferveranstaltung")


def cancel_body(salutation: str, persons: list[str], code: str) -> str:
    listed = "\n".join(f"- {p}" for p in persons)
    return (f"{salutation},\n\n"
            "wir haben Ihre Abmeldung von der 9. Transferveranstaltung am 20. Mai 2025 erhalten. Abgemeldet:\n"
            f"{listed}\n\nIhr Code: {code}\n\n"
            "Schade, dass Sie nicht dabei sein können.\n\n"
            "Mit freundlichen Grüßen\nIhr Organisationsteam der Transferveranstaltung")


WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


def de_long(when: str) -> str:
    """'2025-04-24 09:41' → 'Donnerstag, 24. April 2025 09:41' (Outlook's quote header)."""
    dt = datetime.strptime(when, "%Y-%m-%d %H:%M")
    return f"{WEEKDAYS[dt.weekday()]}, {dt.day}. {MONTHS[dt.month - 1]} {dt.year} {dt:%H:%M}"


def de_short(when: str) -> str:
    """'2025-04-24 09:41' → '24.04.2025 um 09:41' (Apple/iPhone/Thunderbird quote header)."""
    dt = datetime.strptime(when, "%Y-%m-%d %H:%M")
    return f"{dt:%d.%m.%Y} um {dt:%H:%M}"


def our_id(tag: str) -> str:
    return msgid("our-" + tag, "transferveranstaltung.example")


def reply_headers(tag: str) -> tuple[str, ...]:
    mid = our_id(tag)
    return (f"In-Reply-To: {mid}", f"References: {mid}")


def conf_ol(to: str, code: str, salutation: str, persons: list[str], when: str) -> str:
    """Our confirmation as Outlook quotes it ("-----Ursprüngliche Nachricht-----")."""
    return outlook_quote(de_long(when), to, conf_subject(code), confirmation(salutation, persons, code))


def new_outlook_quote(frm: str, when: str, to: str, subject: str, body: str) -> str:
    """The newer Outlook reply/forward header: a rule, then Von/Gesendet/An/Betreff."""
    return ("________________________________\n"
            f"Von: {frm}\nGesendet: {de_long(when)}\nAn: {to}\nBetreff: {subject}\n\n{body}")


def outlook_fwd_block(frm: str, when: str, to: str, subject: str, body: str) -> str:
    """Outlook's forward header in a German office (Von/Gesendet/An/Betreff, no rule)."""
    return f"Von: {frm}\nGesendet: {de_long(when)}\nAn: {to}\nBetreff: {subject}\n\n{body}"


def our_mail_raw(tag: str, to: str, subject: str, when: str, body: str) -> bytes:
    headers = [f"From: {addr(OUR_NAME, INBOX)}", f"To: {to}", f"Subject: {hval(subject)}",
               f"Date: {rfcdate(when)}", f"Message-ID: {our_id(tag)}", "Auto-Submitted: auto-replied"]
    return message(headers, text(body))


def iphone_reply(slug: str, frm: str, subject: str, when: str, body: str, quoted_when: str,
                 quoted_body: str, extra: tuple[str, ...] = ()) -> bytes:
    """iPhone reply: the short text, the iPhone line, then the quoted mail with '>' (attribution quoted too)."""
    h = envelope(slug, frm, subject, when, extra=("X-Mailer: iPhone Mail (22E252)", *extra))
    head = f"Am {de_short(quoted_when)} schrieb {OUR}:"
    full = f"{body}\n\nVon meinem iPhone gesendet\n\n> {head}\n> \n" + quote(quoted_body)
    return message(h, text(full, "utf-8", "quoted-printable"))


def notes(slug: str, frm: str, subject: str, when: str, body: str, extra: tuple[str, ...] = ()) -> bytes:
    """HCL Notes: alternative of ISO-8859-1 QP plain and a font-tag HTML part."""
    dt = datetime.strptime(when, "%Y-%m-%d %H:%M")
    h = envelope(slug, frm, subject, when, subject_enc=("ISO-8859-1", "Q"), extra=(
        "X-Mailer: HCL Notes Release 12.0.2FP2 March 13, 2024",
        f"X-MIMETrack: Serialize by Router on NOTES01/Verwaltung at {dt:%d.%m.%Y %H:%M}:31", *extra))
    html_body = ('<font size=2 face="sans-serif">' + "<br>\n".join(esc(l) for l in body.split("\n"))
                 + "</font>\n")
    b = "=_alternative " + hashlib.md5(slug.encode()).hexdigest()[:16].upper() + "_="
    return message(h, multi("alternative", [text(body, "ISO-8859-1", "quoted-printable"),
                                            text(html_body, "ISO-8859-1", "quoted-printable", sub="html")], b))


def related_with_logo(slug: str, body: str, cid: str) -> tuple[list[str], bytes]:
    """Outlook alternative wrapped in multipart/related with the signature logo."""
    inner = word_paragraphs(body) + f'\n<p class="MsoNormal"><img width="120" height="40" src="cid:{cid}" alt="Logo"><o:p></o:p></p>'
    b_alt = "----=_NextPart_001_" + hashlib.md5(slug.encode()).hexdigest()[:20].upper()
    alt_part = multi("alternative", [text(body, "windows-1252"),
                                     text(word_html(body, "windows-1252", inner), "windows-1252", sub="html")], b_alt)
    b_rel = "----=_NextPart_000_" + hashlib.md5(slug.encode()).hexdigest()[:20].upper()
    return multi("related", [alt_part, attachment("image/png", "image001.png", tiny_png(), "inline", cid=cid)],
                 b_rel, ' type="multipart/alternative";')


INV_QUOTE_NEW = new_outlook_quote(INVITE_FROM, "2025-04-22 07:30", "Verteiler Kommunen", INVITE_SUBJECT, INVITATION)

# ==================================================================================================
# registrations
# ==================================================================================================


@case("jena-single-outlook")
def _(slug):
    a = "k.sommerlatte@jena.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich für die 9. Transferveranstaltung am 20. Mai 2025 in Bad Lobenstein an. Wir haben unser ISEK 2023 fortgeschrieben und sind gerade dabei, die Maßnahmen für die Ortsteile zu priorisieren – das Thema passt daher sehr gut.

{MFG}

Katja Sommerlatte
Sachbearbeiterin Stadtentwicklung

Stadt Jena
Dezernat Stadtentwicklung und Umwelt
Fachdienst Stadtentwicklung
Am Anger 26
07743 Jena
Tel.: 03641 49-5217
E-Mail: {a}

Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken."""
    return ol(slug, addr("Sommerlatte, Katja", a), "Anmeldung Transferveranstaltung 20.05.2025", "2025-04-23 08:47", body), \
        label("registration", [P("Katja Sommerlatte", a, "Sachbearbeiterin Stadtentwicklung")],
              "Stadt Jena", "municipality", "Jena")


@case("eisenach-reply-to-invitation")
def _(slug):
    a = "thomas.leuthaeuser@eisenach.example"
    body = """Guten Tag,

ich nehme gern teil und melde mich hiermit an.

Freundliche Grüße

Thomas Leuthäuser
Stadtverwaltung Eisenach
Amt für Stadtentwicklung und Bauordnung
Markt 22, 99817 Eisenach
Telefon 03691 670-352

""" + INV_QUOTE_NEW
    return ol(slug, addr("Leuthäuser, Thomas", a), "AW: " + INVITE_SUBJECT, "2025-04-22 13:05", body), \
        label("registration", [P("Thomas Leuthäuser", a, None)], "Stadtverwaltung Eisenach", "municipality", "Eisenach")


@case("meiningen-self-and-colleague")
def _(slug):
    a = "a.wiesenhuetter@meiningen.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Stadt Meiningen melde ich mich sowie meinen Kollegen Herrn Sebastian Pätz (s.paetz@meiningen.example) zur Transferveranstaltung am 20.05.2025 an. Wir stehen derzeit am Anfang der ISEK-Fortschreibung und freuen uns auf den Austausch.

{MFG}

""" + sig("Andrea Wiesenhütter", "Fachbereich Bau und Stadtentwicklung", "Stadt Meiningen", "Schloßplatz 1",
          "98617 Meiningen", "03693 454-318", a)
    return ol_plain(slug, addr("Wiesenhütter, Andrea", a), "Anmeldung zur Transferveranstaltung ISEK", "2025-04-24 10:18", body), \
        label("registration", [P("Andrea Wiesenhütter", a, "Fachbereich Bau und Stadtentwicklung"),
                               P("Sebastian Pätz", "s.paetz@meiningen.example", None)],
              "Stadt Meiningen", "municipality", "Meiningen")


@case("bleicherode-secretary-for-mayor")
def _(slug):
    a = "sekretariat@bleicherode.example"
    body = f"""Sehr geehrte Damen und Herren,

im Auftrag von Herrn Bürgermeister Frank Methfessel melde ich ihn zur Transferveranstaltung „Zusammen denken – gemeinsam handeln“ am 20. Mai 2025 an.

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

{MFG}
i. A. Carola Hentschel
Sekretariat des Bürgermeisters

Landgemeinde Stadt Bleicherode
Hauptstraße 34
99752 Bleicherode
Tel. 036338 43-101"""
    return ol(slug, addr("Sekretariat Bürgermeister", a), "Anmeldung Bürgermeister Methfessel – Transferveranstaltung",
              "2025-04-25 09:12", body, html_only=True), \
        label("registration", [P("Frank Methfessel", None, "Bürgermeister")], "Landgemeinde Stadt Bleicherode",
              "municipality", "Bleicherode")


@case("am-ohmberg-thunderbird")
def _(slug):
    a = "m.nickel@am-ohmberg.example"
    body = """Sehr geehrte Damen und Herren,

ich möchte mich gerne für die Transferveranstaltung am 20. Mai anmelden. Unsere Landgemeinde ist aus mehreren früher selbständigen Gemeinden entstanden, das Thema Ortsteile und Umlandgemeinden betrifft uns also ganz direkt.

Mit freundlichen Grüßen
Markus Nickel

-- 
Landgemeinde Am Ohmberg
Bauamt
Hauptstraße 11, 37345 Am Ohmberg OT Bischofferode
Tel. 036077 2071-23"""
    return tb(slug, addr("Markus Nickel", a), "Anmeldung 20. Mai", "2025-04-28 14:32", body), \
        label("registration", [P("Markus Nickel", a, None)], "Landgemeinde Am Ohmberg", "municipality", "Am Ohmberg")


@case("ruhla-iphone-domain-only")
def _(slug):
    a = "j.magerl@stadt-ruhla.example"
    body = """Hallo,
ich melde mich für die Veranstaltung am 20.5. an.
Gruß Jens Magerl"""
    return iphone(slug, addr("Jens Magerl", a), "Anmeldung", "2025-04-29 21:14", body), \
        label("registration", [P("Jens Magerl", a, None)], "Stadt Ruhla", "municipality", "Ruhla")


@case("gera-three-in-table")
def _(slug):
    a = "stadtplanung@gera.example"
    before = """Sehr geehrte Damen und Herren,

für die Stadt Gera melden wir folgende Personen zur 9. Transferveranstaltung am 20.05.2025 an:
"""
    rows = [["Name", "Funktion", "E-Mail"],
            ["Sandra Ostermann", "Fachdienstleiterin Stadtplanung", "s.ostermann@gera.example"],
            ["Holger Zenker", "Sachgebiet Stadterneuerung", "h.zenker@gera.example"],
            ["Lisa Pinkert", "Sachbearbeiterin ISEK/Monitoring", "l.pinkert@gera.example"]]
    after = f"""
{MFG}

i. A. Ramona Fiedler
Sekretariat Fachdienst Stadtplanung
Stadt Gera
Kornmarkt 12, 07545 Gera"""
    plain = before + "\n" + "\n".join("\t".join(r) for r in rows) + "\n" + after
    return ol(slug, addr("Fachdienst Stadtplanung", a), "Anmeldung Stadt Gera – 3 Teilnehmende", "2025-04-30 11:03",
              plain, html_only=True, inner=table_html(rows, before, after)), \
        label("registration", [P("Sandra Ostermann", "s.ostermann@gera.example", "Fachdienstleiterin Stadtplanung"),
                               P("Holger Zenker", "h.zenker@gera.example", "Sachgebiet Stadterneuerung"),
                               P("Lisa Pinkert", "l.pinkert@gera.example", "Sachbearbeiterin ISEK/Monitoring")],
              "Stadt Gera", "municipality", "Gera")


@case("planning-office-for-rossleben-wiehe")
def _(slug):
    a = "r.schellhorn@planungsgruppe-mitte.example"
    body = f"""Sehr geehrte Damen und Herren,

wir sind von der Stadt Roßleben-Wiehe mit der Fortschreibung des ISEK beauftragt und würden gern mit zwei Personen an der Transferveranstaltung teilnehmen:

- Dipl.-Ing. Ralf Schellhorn (r.schellhorn@planungsgruppe-mitte.example)
- Marie Liebermann, M.Sc. (m.liebermann@planungsgruppe-mitte.example)

{MFG}

Ralf Schellhorn
Geschäftsführer

Planungsgruppe Mitte GmbH
Stadt- und Regionalplanung
Juri-Gagarin-Ring 88, 99084 Erfurt
Tel. 0361 55 41 20"""
    return ol(slug, addr("Schellhorn, Ralf", a), "Anmeldung Transferveranstaltung / ISEK Roßleben-Wiehe",
              "2025-04-30 15:40", body), \
        label("registration", [P("Ralf Schellhorn", a, "Geschäftsführer", "Dipl.-Ing."),
                               P("Marie Liebermann", "m.liebermann@planungsgruppe-mitte.example", None)],
              "Planungsgruppe Mitte GmbH", "planning_office", "Roßleben-Wiehe")


@case("planning-office-no-client")
def _(slug):
    a = "volland@buero-stadtraum.example"
    body = """Guten Tag,

hiermit melde ich mich zur 9. Transferveranstaltung an. Unser Büro begleitet derzeit mehrere Thüringer Kommunen bei der Fortschreibung ihrer ISEK, daher wäre der Austausch für uns sehr interessant.

Viele Grüße
Jana Volland

-- 
stadtraum | Büro für Stadtplanung und Moderation
Dipl.-Ing. Jana Volland
Brühl 14, 99423 Weimar
03643 77 31 08"""
    return tb(slug, addr("Jana Volland", a), "Anmeldung", "2025-05-02 09:25", body), \
        label("registration", [P("Jana Volland", a, None, "Dipl.-Ing.")],
              "stadtraum | Büro für Stadtplanung und Moderation", "planning_office", None)


@case("landratsamt-two-with-logo")
def _(slug):
    a = "uwe.tautz@lra-slf-ru.example"
    body = f"""Sehr geehrte Damen und Herren,

vom Landratsamt Saalfeld-Rudolstadt, Fachdienst Kreisentwicklung und Wirtschaftsförderung, nehmen an der Veranstaltung am 20. Mai teil:

Herr Uwe Tautz (uwe.tautz@lra-slf-ru.example)
Frau Birgit Pommer (birgit.pommer@lra-slf-ru.example)

Wir begleiten im Landkreis mehrere Kommunen bei der Dorf- und Stadtentwicklung und möchten den Austausch gern nutzen.

{MFG}

""" + sig("Uwe Tautz", "Fachdienstleiter Kreisentwicklung", "Landratsamt Saalfeld-Rudolstadt",
          "Schwarzburger Chaussee 12", "07407 Rudolstadt", "03672 823-410", a)
    h = envelope(slug, addr("Tautz, Uwe", a), "Anmeldung Landratsamt Saalfeld-Rudolstadt", "2025-05-05 10:30",
                 extra=outlook_headers())
    return message(h, related_with_logo(slug, body, "image001.png@01DBBD8A.3F2C1E50")), \
        label("registration", [P("Uwe Tautz", a, "Fachdienstleiter Kreisentwicklung"),
                               P("Birgit Pommer", "birgit.pommer@lra-slf-ru.example", None)],
              "Landratsamt Saalfeld-Rudolstadt", "authority", None)


@case("vg-for-member-ballhausen")
def _(slug):
    a = "c.schenk@vg-bad-tennstedt.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Gemeinde Ballhausen melde ich Herrn Bürgermeister Dieter Wendler und mich zur Transferveranstaltung am 20. Mai an. Die Gemeinde bereitet gerade ihr Gemeindliches Entwicklungskonzept vor, deshalb interessiert uns besonders die Abgrenzung zwischen ISEK und IGEK.

{MFG}

""" + sig("Claudia Schenk", "Bauverwaltung", "Verwaltungsgemeinschaft Bad Tennstedt", "Markt 1",
          "99955 Bad Tennstedt", "036041 572-30", a)
    return ol(slug, addr("Schenk, Claudia", a), "Anmeldung Gemeinde Ballhausen", "2025-05-06 08:55", body), \
        label("registration", [P("Dieter Wendler", None, "Bürgermeister"), P("Claudia Schenk", a, "Bauverwaltung")],
              "Verwaltungsgemeinschaft Bad Tennstedt", "municipality", "Ballhausen")


@case("vg-without-member-roundcube")
def _(slug):
    a = "ulbrich@vg-huegelland-taeler.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich für die Transferveranstaltung am 20.05.2025 an.

{MFG}

Petra Ulbrich
Sachgebiet Bauverwaltung
Verwaltungsgemeinschaft Hügelland/Täler
Am Schulplatz 2, 07646 Tröbnitz
Tel. 036428 514-22"""
    return roundcube(slug, addr("Petra Ulbrich", a), "Anmeldung Transferveranstaltung", "2025-05-06 13:40", body), \
        label("registration", [P("Petra Ulbrich", a, "Sachgebiet Bauverwaltung")],
              "Verwaltungsgemeinschaft Hügelland/Täler", "municipality", None)


@case("mellingen-honorary-mayor-gmx")
def _(slug):
    a = "gerd.thiem@gmx.example"
    body = """Sehr geehrte Damen und Herren,

als ehrenamtlicher Bürgermeister der Gemeinde Mellingen möchte ich mich für die Veranstaltung am 20. Mai in Bad Lobenstein anmelden. Bitte schicken Sie die Bestätigung an diese Adresse.

Mit freundlichen Grüßen
Gerd Thiem"""
    return gmx(slug, addr("Gerd Thiem", a), "Anmeldung Transferveranstaltung", "2025-05-03 19:48", body), \
        label("registration", [P("Gerd Thiem", a, "ehrenamtlicher Bürgermeister")], "Gemeinde Mellingen",
              "municipality", "Mellingen")


@case("ziegenrueck-councillor-webde")
def _(slug):
    a = "heike.loos@web.example"
    body = """Hallo,

ich bin Stadträtin in Ziegenrück und Mitglied im Bauausschuss. Wir fangen demnächst mit unserem ISEK an. Ich würde gern an der Transferveranstaltung teilnehmen und melde mich hiermit an.

Viele Grüße
Heike Loos"""
    return webde_html_only(slug, addr("Heike Loos", a), "Teilnahme 20.05.", "2025-05-04 17:22", body), \
        label("registration", [P("Heike Loos", a, "Stadträtin")], "Stadt Ziegenrück", "municipality", "Ziegenrück")


@case("saalfeld-keyvalue-ox")
def _(slug):
    a = "bauamt@saalfeld.example"
    body = """Anmeldung zur 9. Transferveranstaltung am 20.05.2025 in Bad Lobenstein

Name: Zimmermann
Vorname: Anja
Kommune: Stadt Saalfeld/Saale
Dienststelle: Fachdienst Stadtplanung
Funktion: Stadtplanerin
E-Mail: a.zimmermann@saalfeld.example
Telefon: 03671 598-262

Mit freundlichen Grüßen
i. A. Zimmermann"""
    return ox(slug, addr("Bauamt Saalfeld", a), "Anmeldung 9. Transferveranstaltung", "2025-04-24 14:05", body), \
        label("registration", [P("Anja Zimmermann", "a.zimmermann@saalfeld.example", "Stadtplanerin")],
              "Stadt Saalfeld/Saale", "municipality", "Saalfeld/Saale")


@case("artern-notes")
def _(slug):
    a = "Ronald.Pfeffer@artern.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich zur 9. Transferveranstaltung am 20. Mai 2025 an.

{MFG}

Ronald Pfeffer
Amtsleiter Bau- und Ordnungsamt

Stadtverwaltung Artern
Markt 14
06556 Artern
Telefon: 03466 325-40
Telefax: 03466 325-41
E-Mail: {a}"""
    return notes(slug, addr("Ronald Pfeffer", a), "Anmeldung Transferveranstaltung 20.05.2025", "2025-04-25 11:27", body), \
        label("registration", [P("Ronald Pfeffer", a, "Amtsleiter Bau- und Ordnungsamt")], "Stadtverwaltung Artern",
              "municipality", "Artern")


@case("lucka-android")
def _(slug):
    a = "m.urban@stadt-lucka.example"
    body = """Guten Tag, ich möchte mich für die Veranstaltung am 20. Mai in Bad Lobenstein anmelden.
MfG Marion Urban
Stadtverwaltung Lucka, Bauamt"""
    return droid(slug, addr("Marion Urban", a), "Anmeldung", "2025-04-27 18:03", body), \
        label("registration", [P("Marion Urban", a, None)], "Stadtverwaltung Lucka", "municipality", "Lucka")


@case("housing-cooperative-apple")
def _(slug):
    a = "s.ritschel@wg-saaletal.example"
    body = """Sehr geehrte Damen und Herren,

als Wohnungsgenossenschaft sind wir an der ISEK-Fortschreibung unserer Stadt beteiligt und würden gern an der Transferveranstaltung teilnehmen. Ich melde mich und unsere technische Leiterin Frau Manja Rust (m.rust@wg-saaletal.example) an.

Mit freundlichen Grüßen

Steffen Ritschel
Vorstand
Wohnungsgenossenschaft Saaletal eG
Schillerstraße 25, 07407 Rudolstadt
Tel. 03672 4795-0"""
    return apple(slug, addr("Steffen Ritschel", a), "Anmeldung Transferveranstaltung", "2025-04-29 08:15", body), \
        label("registration", [P("Steffen Ritschel", a, "Vorstand"),
                               P("Manja Rust", "m.rust@wg-saaletal.example", "technische Leiterin")],
              "Wohnungsgenossenschaft Saaletal eG", "other", None)


@case("association-schmoelln-gmx")
def _(slug):
    a = "k.lachmund@gmx.example"
    body = """Sehr geehrte Damen und Herren,

unser Verein engagiert sich seit Jahren für die Belebung der Schmöllner Altstadt und war bei der Bürgerbeteiligung zum ISEK dabei. Da es in der Veranstaltung auch um die Einbeziehung der Zivilgesellschaft geht, würde ich gern teilnehmen. Ist das als Verein überhaupt möglich? Ich melde mich jedenfalls schon einmal an.

Mit freundlichen Grüßen
Kerstin Lachmund
1. Vorsitzende
Förderverein Altstadt Schmölln e.V."""
    return gmx(slug, addr("Kerstin Lachmund", a), "Anmeldung Förderverein Altstadt", "2025-05-07 20:11", body), \
        label("registration", [P("Kerstin Lachmund", a, "1. Vorsitzende")], "Förderverein Altstadt Schmölln e.V.",
              "other", None, notes=["Ist das als Verein überhaupt möglich?"])


@case("graefenthal-forwarded-by-mayor")
def _(slug):
    a = "n.weiss@graefenthal.example"
    mayor = "Kirchner, Thomas <buergermeister@graefenthal.example>"
    inner_fwd = outlook_fwd_block(mayor, "2025-04-23 16:02", f"Weiß, Nico <{a}>", "WG: " + INVITE_SUBJECT,
                                  "Hallo Nico,\n\nkannst Du das bitte übernehmen und Dich anmelden? Ich schaffe es "
                                  "an dem Tag nicht.\n\nGruß\nThomas Kirchner\n\n" + INV_QUOTE_NEW)
    body = f"""Sehr geehrte Damen und Herren,

wie mit unserem Bürgermeister abgesprochen, melde ich mich für die Veranstaltung am 20. Mai an.

{MFG}
Nico Weiß
Bauverwaltung
Stadt Gräfenthal
Markt 1, 98743 Gräfenthal

""" + inner_fwd
    return ol(slug, addr("Weiß, Nico", a), "WG: WG: " + INVITE_SUBJECT, "2025-04-24 07:50", body), \
        label("registration", [P("Nico Weiß", a, "Bauverwaltung")], "Stadt Gräfenthal", "municipality", "Gräfenthal")


@case("dornburg-camburg-thunderbird-qp")
def _(slug):
    a = "lutze@dornburg-camburg.example"
    body = """Sehr geehrte Damen und Herren,

zur Transferveranstaltung am 20. Mai melde ich mich und den Ortsteilbürgermeister von Camburg, Herrn Frank Meusel, an. Herr Meusel hat keine dienstliche E-Mail-Adresse, Rückfragen bitte an mich.

Mit freundlichen Grüßen
Martina Lutze

-- 
Stadt Dornburg-Camburg
Bauamt
Markt 1, 07774 Dornburg-Camburg
Tel. 036421 771-14"""
    return tb(slug, addr("Martina Lutze", a), "Anmeldung Stadt Dornburg-Camburg", "2025-05-02 11:41", body,
              cte="quoted-printable"), \
        label("registration", [P("Martina Lutze", a, None), P("Frank Meusel", None, "Ortsteilbürgermeister")],
              "Stadt Dornburg-Camburg", "municipality", "Dornburg-Camburg")


@case("tanna-reply-to-missing-details")
def _(slug):
    a = "steffi.rabe@t-online.example"
    asked = "2025-04-28 16:20"
    body = """Guten Tag,

ich bin von der Stadt Tanna (Bauverwaltung). Die Anmeldung ist also für Tanna.

Viele Grüße
Steffi Rabe

""" + thunderbird_quote(de_short(asked), OUR, missing_body("Guten Tag"))
    return tb(slug, addr("Steffi Rabe", a), "Re: " + MISSING_SUBJECT, "2025-04-29 07:58", body,
              extra=reply_headers("tanna-missing")), \
        label("registration", [P("Steffi Rabe", a, "Bauverwaltung")], "Stadt Tanna", "municipality", "Tanna")


@case("bad-salzungen-typos")
def _(slug):
    a = "o.schaefer@badsalzungen.example"
    body = f"""Sehr geehrte Damen und Herren,

ich würde gern an der Transferveranstaltung am 20.5. teilnehemn und melde mich hiermit verbindlich an. Falls Sie noch Angaben benötigen, melden Sie sich gern.

{MFG}

Olaf Schäfer
SB Stadtsanierung
Stadtverwaltung Bad Salzungen
Ratsstraße 2
36433 Bad Salzungen
Tel.: 03695 671-248"""
    return ol_plain(slug, addr("Schäfer, Olaf", a), "Anmedlung Transferveranstaltung", "2025-05-05 11:58", body), \
        label("registration", [P("Olaf Schäfer", a, "SB Stadtsanierung")], "Stadtverwaltung Bad Salzungen",
              "municipality", "Bad Salzungen")


@case("muehlhausen-ascii")
def _(slug):
    a = "j.peinelt@muehlhausen.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich fuer die Transferveranstaltung am 20.05.2025 an.

Mit freundlichen Gruessen
Juergen Peinelt
Stadtverwaltung Muehlhausen/Thueringen
Bauverwaltungsamt, SG Stadtentwicklung
Ratsstrasse 19, 99974 Muehlhausen
"""
    h = envelope(slug, addr("Juergen Peinelt", a), "Anmeldung Transferveranstaltung", "2025-04-23 15:12",
                 extra=("X-Mailer: Microsoft Outlook Express 6.00.2900.5931",))
    return message(h, text(body, "us-ascii", "7bit")), \
        label("registration", [P("Juergen Peinelt", a, None)], "Stadtverwaltung Mühlhausen/Thüringen",
              "municipality", "Mühlhausen/Thüringen")


@case("kahla-vegetarian-roundcube")
def _(slug):
    a = "woetzel@kahla.example"
    body = """Sehr geehrte Damen und Herren,

ich melde mich für die Transferveranstaltung am 20. Mai an. Ich ernähre mich vegetarisch – falls es eine Verpflegung gibt, wäre es schön, wenn das berücksichtigt werden könnte.

Viele Grüße
Nadine Wötzel
Stadtverwaltung Kahla
Bauamt / Stadtentwicklung"""
    return roundcube(slug, addr("Nadine Wötzel", a), "Anmeldung 20. Mai", "2025-04-25 13:37", body,
                     cs="UTF-8", cte="quoted-printable"), \
        label("registration", [P("Nadine Wötzel", a, None)], "Stadtverwaltung Kahla", "municipality", "Kahla",
              notes=["vegetarisch"])


@case("oberhof-with-parking-note")
def _(slug):
    a = "i.lehnert@oberhof.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich zur Transferveranstaltung am 20.05.2025 an. Gibt es vor Ort Parkmöglichkeiten, oder empfehlen Sie eher die Anreise mit der Bahn?

{MFG}

""" + sig("Ines Lehnert", "Bauamt", "Stadt Oberhof", "Crawinkler Straße 2", "98559 Oberhof", "036842 269-15", a)
    return ol(slug, addr("Lehnert, Ines", a), "Anmeldung Transferveranstaltung", "2025-04-29 10:22", body), \
        label("registration", [P("Ines Lehnert", a, "Bauamt")], "Stadt Oberhof", "municipality", "Oberhof",
              notes=["fragt nach Parkmöglichkeiten"])


@case("sonnenstein-late-android")
def _(slug):
    a = "t.mahnke@sonnenstein.example"
    body = """Guten Morgen,
ich weiß, die Anmeldefrist ist schon vorbei, ich hab es leider übersehen. Ich melde mich trotzdem für den 20.5. an, vielleicht ist ja noch ein Platz frei.
Tobias Mahnke
Gemeinde Sonnenstein, Bauamt"""
    return droid(slug, addr("Tobias Mahnke", a), "Anmeldung Transferveranstaltung", "2025-05-12 07:38", body), \
        label("registration", [P("Tobias Mahnke", a, None)], "Landgemeinde Sonnenstein", "municipality", "Sonnenstein",
              notes=["nach Anmeldeschluss"])


@case("gotha-numbered-with-titles")
def _(slug):
    a = "stadtplanung@gotha.example"
    body = f"""Sehr geehrte Damen und Herren,

zur 9. Transferveranstaltung am 20. Mai 2025 melden wir seitens der Stadt Gotha folgende Teilnehmende an:

1. Dr. Ulrike Reinhold, Leiterin Stadtplanungsamt, u.reinhold@gotha.example
2. Dipl.-Ing. (FH) Marco Schmiedel, SG Stadterneuerung, m.schmiedel@gotha.example
3. Lea Niebergall, Klimaschutzmanagerin, l.niebergall@gotha.example

{MFG}
i. A. Sabine Krause
Sekretariat Stadtplanungsamt
Stadtverwaltung Gotha
Ekhofplatz 24, 99867 Gotha"""
    return ol(slug, addr("Stadtplanungsamt Gotha", a), "Anmeldung Stadt Gotha, 3 Personen", "2025-04-28 09:20", body), \
        label("registration", [P("Ulrike Reinhold", "u.reinhold@gotha.example", "Leiterin Stadtplanungsamt", "Dr."),
                               P("Marco Schmiedel", "m.schmiedel@gotha.example", "SG Stadterneuerung", "Dipl.-Ing. (FH)"),
                               P("Lea Niebergall", "l.niebergall@gotha.example", "Klimaschutzmanagerin")],
              "Stadtverwaltung Gotha", "municipality", "Gotha")


@case("blankenhain-surname-first-crlf")
def _(slug):
    a = "a.preller@blankenhain.example"
    body = """Guten Tag,

ich melde mich für die Transferveranstaltung am 20. Mai an.

Freundliche Grüße
A. Preller

Stadt Blankenhain
Bauverwaltung
Marktstraße 4, 99444 Blankenhain"""
    h = envelope(slug, addr("Preller, Anke", a), "Anmeldung", "2025-05-05 14:12", extra=outlook_headers())
    return message(h, outlook_alt(slug, body), crlf=True), \
        label("registration", [P("Anke Preller", a, None)], "Stadt Blankenhain", "municipality", "Blankenhain")


@case("bad-sulza-poststelle-reply-to")
def _(slug):
    a = "poststelle@bad-sulza.example"
    person = "b.osterburg@bad-sulza.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit meldet sich Frau Birgit Osterburg, Sachgebiet Bauverwaltung der Stadt Bad Sulza, zur Transferveranstaltung am 20. Mai 2025 an. Antworten richten Sie bitte direkt an Frau Osterburg.

{MFG}
Stadtverwaltung Bad Sulza
Poststelle"""
    return ol(slug, addr("Poststelle Stadt Bad Sulza", a), "Anmeldung Transferveranstaltung", "2025-05-08 08:31", body,
              extra=(f"Reply-To: {addr('Osterburg, Birgit', person)}",)), \
        label("registration", [P("Birgit Osterburg", person, "Sachgebiet Bauverwaltung")], "Stadtverwaltung Bad Sulza",
              "municipality", "Bad Sulza")


@case("greussen-private-stated-address")
def _(slug):
    a = "rainer.zabel@gmx.example"
    stated = "r.zabel@greussen.example"
    body = f"""Sehr geehrte Damen und Herren,

ich schreibe von meinem privaten Postfach, da unser Mailserver gerade Probleme macht. Ich möchte mich für die Transferveranstaltung am 20. Mai anmelden. Bitte schicken Sie die Bestätigung an meine Dienstadresse {stated}.

Mit freundlichen Grüßen
Rainer Zabel
Landgemeinde Stadt Greußen, Bauamt"""
    return gmx(slug, addr("Rainer Zabel", a), "Anmeldung Transferveranstaltung", "2025-04-30 19:55", body), \
        label("registration", [P("Rainer Zabel", stated, None)], "Landgemeinde Stadt Greußen", "municipality", "Greußen")


@case("ilmenau-colleague-not-self")
def _(slug):
    a = "k.stiller@ilmenau.example"
    body = f"""Sehr geehrte Damen und Herren,

ich selbst bin am 20. Mai leider im Urlaub, möchte aber meine Kollegin Frau Doreen Pilz aus dem Sachgebiet Stadtsanierung für die Transferveranstaltung anmelden. Ihre E-Mail-Adresse: d.pilz@ilmenau.example

{MFG}

""" + sig("Katrin Stiller", "Amtsleiterin Stadtentwicklungsamt", "Stadtverwaltung Ilmenau", "Am Markt 7",
          "98693 Ilmenau", "03677 600-341", a)
    return ol(slug, addr("Stiller, Katrin", a), "Anmeldung Frau Pilz – Transferveranstaltung", "2025-05-06 15:44", body), \
        label("registration", [P("Doreen Pilz", "d.pilz@ilmenau.example", "Sachgebiet Stadtsanierung")],
              "Stadtverwaltung Ilmenau", "municipality", "Ilmenau")


@case("schwarzatal-mayor-iphone")
def _(slug):
    a = "buergermeister@schwarzatal.example"
    body = """Sehr geehrte Damen und Herren,
ich melde mich und unsere Bauamtsleiterin Frau Carmen Sträßner für die Veranstaltung am 20. Mai an.
MfG
Volker Ventzke
Bürgermeister Stadt Schwarzatal"""
    return iphone(slug, addr("Volker Ventzke", a), "Anmeldung 20.05.", "2025-05-01 10:06", body), \
        label("registration", [P("Volker Ventzke", a, "Bürgermeister"), P("Carmen Sträßner", None, "Bauamtsleiterin")],
              "Stadt Schwarzatal", "municipality", "Schwarzatal")


# ==================================================================================================
# cancellations
# ==================================================================================================


@case("schmalkalden-cancel-reply-confirmation")
def _(slug):
    a = "s.wuttke@schmalkalden.example"
    code = code_for("schmalkalden-wuttke")
    body = f"""Sehr geehrte Damen und Herren,

leider muss ich meine Teilnahme an der Veranstaltung absagen, da für den 20. Mai kurzfristig eine Sondersitzung des Stadtrates angesetzt wurde.

{MFG}
Sven Wuttke
Stadtverwaltung Schmalkalden
Amt für Stadtentwicklung

""" + conf_ol(a, code, "Sehr geehrter Herr Wuttke", ["Sven Wuttke"], "2025-04-24 09:41")
    return ol(slug, addr("Wuttke, Sven", a), "AW: " + conf_subject(code), "2025-05-13 08:05", body,
              extra=reply_headers("schmalkalden-conf")), \
        label("cancellation", [P("Sven Wuttke", a, None)], "Stadtverwaltung Schmalkalden", "municipality", "Schmalkalden")


@case("lauscha-sick-iphone")
def _(slug):
    a = "r.thuermer@lauscha.example"
    body = "Hallo, ich muss leider für Dienstag absagen, bin krankgeschrieben. Gruß Rico Thürmer"
    return iphone(slug, addr("Rico Thürmer", a), "Absage 20.05.", "2025-05-18 19:21", body), \
        label("cancellation", [P("Rico Thürmer", a, None)], "Stadt Lauscha", "municipality", "Lauscha")


@case("bad-blankenburg-one-of-two-bottom-post")
def _(slug):
    a = "m.rautenberg@bad-blankenburg.example"
    code = code_for("bad-blankenburg")
    quoted = thunderbird_quote("24.04.25 um 14:03", OUR, confirmation("Sehr geehrter Herr Rautenberg",
                                                                         ["Michael Rautenberg", "Kathrin Uthe"], code))
    body = quoted + """

Guten Tag,

meine Kollegin Frau Kathrin Uthe kann am 20. Mai leider nicht teilnehmen. Bitte streichen Sie sie von der Liste, ich selbst komme wie angemeldet.

Viele Grüße
Michael Rautenberg

-- 
Stadt Bad Blankenburg
Bauamt
Markt 1, 07422 Bad Blankenburg"""
    return tb(slug, addr("Michael Rautenberg", a), "Re: " + conf_subject(code), "2025-05-14 08:26", body,
              extra=reply_headers("bad-blankenburg-conf")), \
        label("cancellation", [P("Kathrin Uthe", None, None)], "Stadt Bad Blankenburg", "municipality", "Bad Blankenburg")


@case("planning-office-cancels-two")
def _(slug):
    a = "j.mauff@ingenieurbuero-mauff.example"
    body = f"""Sehr geehrte Damen und Herren,

wir hatten uns als Planungsbüro der Stadt Steinbach-Hallenberg (ISEK-Fortschreibung) mit zwei Personen angemeldet, Jörg Mauff und Silke Perlet. Leider müssen wir beide Anmeldungen zurückziehen: Am 20. Mai findet nun die Bürgerwerkstatt zum ISEK statt, die wir für die Stadt durchführen.

Wir bitten um Verständnis.

{MFG}
Jörg Mauff

Ingenieurbüro Mauff – Stadt- und Dorfplanung
Friedrich-König-Straße 7, 98527 Suhl
Tel. 03681 30 44 71"""
    return ol(slug, addr("Mauff, Jörg", a), "Absage Transferveranstaltung 20.05.2025", "2025-05-14 11:20", body), \
        label("cancellation", [P("Jörg Mauff", a, None), P("Silke Perlet", None, None)],
              "Ingenieurbüro Mauff – Stadt- und Dorfplanung", "planning_office", "Steinbach-Hallenberg")


@case("harztor-code-in-subject-ox")
def _(slug):
    a = "l.winkler@harztor.example"
    code = code_for("harztor-winkler")
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich von der Transferveranstaltung wieder ab. Vielleicht klappt es beim nächsten Mal.

{MFG}
Lars Winkler
Gemeinde Harztor
Bauamt"""
    return ox(slug, addr("Lars Winkler", a), f"Abmeldung {code}", "2025-05-09 12:10", body), \
        label("cancellation", [P("Lars Winkler", a, None)], "Gemeinde Harztor", "municipality", "Harztor")


@case("eisfeld-off-waitlist-roundcube")
def _(slug):
    a = "h.ziesche@eisfeld.example"
    code = code_for("eisfeld-wait")
    body = f"""Hallo,

bitte nehmen Sie mich von der Warteliste, wir haben intern umgeplant.

Danke und Gruß
Heiko Ziesche
Stadt Eisfeld

Am 06.05.2025 10:14, schrieb {INBOX}:
""" + quote(waitlist("Sehr geehrter Herr Ziesche", code))
    return roundcube(slug, addr("Heiko Ziesche", a), "Re: " + wait_subject(code), "2025-05-12 13:30", body), \
        label("cancellation", [P("Heiko Ziesche", a, None)], "Stadt Eisfeld", "municipality", "Eisfeld")


# ==================================================================================================
# changes
# ==================================================================================================


@case("apolda-replacement")
def _(slug):
    a = "c.machold@apolda.example"
    code = code_for("apolda-machold")
    body = f"""Sehr geehrte Damen und Herren,

ich bin am 20. Mai leider verhindert. An meiner Stelle wird meine Kollegin Frau Franziska Sparwasser (f.sparwasser@apolda.example) teilnehmen. Bitte ändern Sie die Anmeldung entsprechend.

{MFG}
Christian Machold
Stadtverwaltung Apolda
Fachbereich Stadtentwicklung

""" + conf_ol(a, code, "Sehr geehrter Herr Machold", ["Christian Machold"], "2025-04-25 10:02")
    return ol(slug, addr("Machold, Christian", a), "AW: " + conf_subject(code), "2025-05-12 09:47", body,
              extra=reply_headers("apolda-conf")), \
        label("change", [P("Franziska Sparwasser", "f.sparwasser@apolda.example", None), P("Christian Machold", a, None)],
              "Stadtverwaltung Apolda", "municipality", "Apolda")


@case("weida-add-colleague-ox")
def _(slug):
    a = "k.wuerzberger@weida.example"
    code = code_for("weida-wuerzberger")
    body = f"""Guten Tag,

zu meiner Anmeldung ({code}) möchte ich noch meinen Kollegen Herrn René Stange nachmelden, er ist bei uns für die Sanierungsgebiete zuständig. Seine Adresse: r.stange@weida.example

Vielen Dank und freundliche Grüße
Kerstin Würzberger
Stadtverwaltung Weida, Bauamt"""
    return ox(slug, addr("Kerstin Würzberger", a), f"Nachmeldung zur Anmeldung {code}", "2025-05-07 10:55", body), \
        label("change", [P("René Stange", "r.stange@weida.example", None)], "Stadtverwaltung Weida", "municipality", "Weida")


@case("treffurt-new-address")
def _(slug):
    a = "daniel.saettler@treffurt.example"
    new = "d.saettler@stadt-treffurt.example"
    body = f"""Sehr geehrte Damen und Herren,

ich bin für die Transferveranstaltung angemeldet. Unsere Stadtverwaltung stellt gerade auf neue E-Mail-Adressen um. Bitte verwenden Sie für alle weiteren Informationen ab sofort meine neue Adresse {new}, die alte wird Ende Mai abgeschaltet.

{MFG}

Daniel Sättler
Bauamt
Stadt Treffurt
Rathausstraße 12, 99830 Treffurt"""
    return ol_plain(slug, addr("Sättler, Daniel", a), "Änderung E-Mail-Adresse", "2025-05-08 14:20", body), \
        label("change", [P("Daniel Sättler", new, None)], "Stadt Treffurt", "municipality", "Treffurt",
              notes=["neue E-Mail-Adresse"])


@case("rudolstadt-morning-only-iphone")
def _(slug):
    a = "s.lichtenfeld@rudolstadt.example"
    code = code_for("rudolstadt-lichtenfeld")
    body = ("Hallo, kleine Änderung: ich kann am 20.5. nur bis zur Mittagspause bleiben, nachmittags habe ich "
            "einen Termin im Rathaus.\nGruß S. Lichtenfeld")
    conf = confirmation("Sehr geehrte Frau Lichtenfeld", ["Susanne Lichtenfeld"], code)
    return iphone_reply(slug, addr("Susanne Lichtenfeld", a), "AW: " + conf_subject(code), "2025-05-15 17:48", body,
                        "2025-04-25 11:02", conf, extra=reply_headers("rudolstadt-conf")), \
        label("change", [P("Susanne Lichtenfeld", a, None)], "Stadt Rudolstadt", "municipality", "Rudolstadt",
              notes=["nur bis zur Mittagspause"])


@case("nessetal-vegan-thunderbird")
def _(slug):
    a = "j.noack@nessetal.example"
    body = """Sehr geehrte Damen und Herren,

ich habe mich vor zwei Wochen für die Transferveranstaltung angemeldet und vergessen zu erwähnen, dass ich mich vegan ernähre. Falls es ein Mittagessen gibt, wäre ich für eine vegane Option dankbar.

Beste Grüße
Julia Noack

-- 
Landgemeinde Nessetal
Bau und Liegenschaften
Hauptstraße 8, 99869 Nessetal OT Warza"""
    return tb(slug, addr("Julia Noack", a), "Nachtrag zu meiner Anmeldung", "2025-05-09 09:12", body), \
        label("change", [P("Julia Noack", a, None)], "Landgemeinde Nessetal", "municipality", "Nessetal", notes=["vegan"])


# ==================================================================================================
# questions
# ==================================================================================================


@case("leinefelde-worbis-venue-parking")
def _(slug):
    a = "t.dietzel@leinefelde-worbis.example"
    code = code_for("leinefelde-dietzel")
    body = f"""Sehr geehrte Damen und Herren,

ich bin für den 20. Mai bereits angemeldet ({code}). Können Sie mir sagen, wo genau in Bad Lobenstein die Veranstaltung stattfindet und ob es dort Parkplätze gibt? In der Bestätigung habe ich keine Adresse gefunden.

{MFG}

""" + sig("Thomas Dietzel", "Fachbereich Stadtentwicklung", "Stadt Leinefelde-Worbis", "Bahnhofstraße 43",
          "37327 Leinefelde-Worbis", "03605 200-217", a)
    return ol(slug, addr("Dietzel, Thomas", a), "Frage zum Veranstaltungsort", "2025-05-15 16:20", body), \
        label("question", [], "Stadt Leinefelde-Worbis", "municipality", "Leinefelde-Worbis")


@case("weissensee-councillors-welcome")
def _(slug):
    a = "g.hoppe@weissensee.example"
    body = f"""Sehr geehrte Damen und Herren,

in unserem Stadtrat gibt es großes Interesse an dem Thema. Dürfen auch ehrenamtliche Stadtratsmitglieder an der Transferveranstaltung teilnehmen, oder richtet sich die Einladung nur an die Verwaltung? Falls ja, würden sich eventuell zwei Mitglieder des Bauausschusses anmelden.

{MFG}

Gabriele Hoppe
Hauptamt
Stadt Weißensee
Marktplatz 26, 99631 Weißensee"""
    return ol_plain(slug, addr("Hoppe, Gabriele", a), "Anfrage Teilnahme Stadträte", "2025-04-28 11:05", body), \
        label("question", [], "Stadt Weißensee", "municipality", "Weißensee")


@case("heringen-documentation-apple")
def _(slug):
    a = "b.kaltofen@heringen-helme.example"
    body = """Guten Tag,

leider kann von uns am 20. Mai niemand teilnehmen, da an dem Tag unsere Stadtratssitzung stattfindet. Werden die Vorträge bzw. eine Dokumentation der Veranstaltung im Nachgang zur Verfügung gestellt? Wir stehen selbst gerade vor der ISEK-Fortschreibung.

Mit freundlichen Grüßen
Bernd Kaltofen
Bauamt
Stadt Heringen/Helme"""
    return apple(slug, addr("Bernd Kaltofen", a), "Dokumentation Transferveranstaltung?", "2025-05-05 13:15", body), \
        label("question", [], "Stadt Heringen/Helme", "municipality", "Heringen/Helme")


@case("gerstungen-online-conditional-crlf")
def _(slug):
    a = "a.fischer@gerstungen.example"
    body = """Hallo,

besteht die Möglichkeit, online an der Veranstaltung teilzunehmen? Die Anreise nach Bad Lobenstein ist für uns aus dem Westen Thüringens recht weit. Wenn es einen Livestream oder eine Videokonferenz gibt, würde ich mich gern anmelden.

Viele Grüße
Anja Fischer
Gemeinde Gerstungen
Bauverwaltung"""
    h = envelope(slug, addr("Fischer, Anja", a), "Online-Teilnahme möglich?", "2025-04-26 10:40", extra=outlook_headers())
    return message(h, outlook_alt(slug, body), crlf=True), \
        label("question", [], "Gemeinde Gerstungen", "municipality", "Gerstungen")


# ==================================================================================================
# other: thanks, newsletter, misdirected, phishing
# ==================================================================================================


@case("buergel-thanks-outlook")
def _(slug):
    a = "p.haubold@buergel.example"
    code = code_for("buergel-haubold")
    body = """Vielen Dank für die Bestätigung, wir freuen uns auf die Veranstaltung!

Beste Grüße
Peter Haubold
Stadt Bürgel

""" + conf_ol(a, code, "Sehr geehrter Herr Haubold", ["Peter Haubold"], "2025-05-06 14:31")
    return ol(slug, addr("Haubold, Peter", a), "AW: " + conf_subject(code), "2025-05-06 15:02", body,
              extra=reply_headers("buergel-conf")), \
        label("other", [], "Stadt Bürgel", "municipality", "Bürgel")


@case("tambach-thanks-iphone")
def _(slug):
    a = "f.gebhardt@tambach-dietharz.example"
    code = code_for("tambach-gebhardt")
    conf = confirmation("Sehr geehrte Frau Gebhardt", ["Franziska Gebhardt"], code)
    return iphone_reply(slug, addr("Franziska Gebhardt", a), "AW: " + conf_subject(code), "2025-04-30 18:12",
                        "Danke! 👍", "2025-04-30 16:55", conf, extra=reply_headers("tambach-conf")), \
        label("other", [], "Stadt Tambach-Dietharz", "municipality", "Tambach-Dietharz/Thür. Wald")


@case("newsletter-kommunalinfo")
def _(slug):
    a = "newsletter@kommunalinfo-thueringen.example"
    body = """Kommunalinfo Thüringen – Ausgabe 18/2025

Liebe Leserinnen und Leser,

in dieser Ausgabe:

- Städtebauförderung 2025: Programmanmeldungen für 2026 bis 30. Juni
- Kommunale Wärmeplanung: Fristen und Förderung im Überblick
- Termine: 9. Transferveranstaltung ISEK am 20. Mai in Bad Lobenstein (Anmeldung bis 9. Mai)
- Fachtagung „Leerstand im ländlichen Raum“, 3. Juni 2025, Erfurt

Den vollständigen Newsletter lesen Sie online: https://kommunalinfo-thueringen.example/nl/18-2025

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
Abmelden: https://kommunalinfo-thueringen.example/abmelden?u=8f3a21"""
    h = envelope(slug, addr("Kommunalinfo Thüringen", a), "Kommunalinfo Thüringen – Ausgabe 18/2025", "2025-04-30 06:00",
                 extra=("Precedence: bulk", "List-Id: Kommunalinfo Thueringen <kommunalinfo.kommunalinfo-thueringen.example>",
                        "List-Unsubscribe: <https://kommunalinfo-thueringen.example/abmelden?u=8f3a21>",
                        "List-Unsubscribe-Post: List-Unsubscribe=One-Click"))
    return message(h, alt(slug, body, simple_html(body), prefix="nl_")), label("other", [], None, None, None)


@case("misdirected-building-application")
def _(slug):
    a = "w.kaestner@t-online.example"
    body = """Sehr geehrte Frau Reinhardt,

wie heute telefonisch besprochen, sende ich Ihnen anbei die fehlenden Unterlagen zu meinem Bauantrag (Carport, Flurstück 412/3, Gemarkung Remda). Die Statik reiche ich nach, sobald sie mir vorliegt.

Mit freundlichen Grüßen
Wolfgang Kästner"""
    h = envelope(slug, addr("Wolfgang Kästner", a), "Bauantrag Carport – fehlende Unterlagen", "2025-05-07 17:36",
                 extra=("X-Mailer: T-Online eMail 6.13.1",))
    b = "----=_Part_" + hashlib.md5(slug.encode()).hexdigest()[:16]
    part = multi("mixed", [text(body, "utf-8", "quoted-printable"),
                           attachment("application/pdf", "Lageplan_Carport.pdf", dummy_pdf("Lageplan"))], b)
    return message(h, part), label("other", [], None, None, None)


@case("phishing-mailbox-quota")
def _(slug):
    a = "it-service@mail-verify-center.example"
    body = """Sehr geehrter Nutzer,

Ihr Postfach anmeldung@transferveranstaltung.example hat 98 % seiner Speicherkapazität erreicht. Eingehende Nachrichten werden ab sofort zurückgehalten.

Um Datenverlust zu vermeiden, bestätigen Sie bitte innerhalb von 24 Stunden Ihr Konto:

https://mail-verify-center.example/konto/bestaetigen

Ihr IT-Service-Team"""
    html_body = ("<html><body><p>Sehr geehrter Nutzer,</p><p>Ihr Postfach <b>anmeldung@transferveranstaltung.example</b> "
                 "hat 98 % seiner Speicherkapazit&auml;t erreicht. Eingehende Nachrichten werden ab sofort zur&uuml;ckgehalten.</p>"
                 "<p>Um Datenverlust zu vermeiden, best&auml;tigen Sie bitte innerhalb von 24 Stunden Ihr Konto:</p>"
                 '<p><a href="https://mail-verify-center.example/konto/bestaetigen">KONTO JETZT BEST&Auml;TIGEN</a></p>'
                 "<p>Ihr IT-Service-Team</p></body></html>\n")
    h = envelope(slug, addr("IT-Service", a), "Warnung: Ihr Postfach ist fast voll", "2025-05-10 03:17",
                 extra=("X-Priority: 1 (Highest)",))
    return message(h, alt(slug, body, html_body, prefix="=_ph_")), label("other", [], None, None, None)


# ==================================================================================================
# automatic replies
# ==================================================================================================


@case("auto-exchange-to-confirmation")
def _(slug):
    a = "s.neubert@zeulenroda-triebes.example"
    code = code_for("zeulenroda-neubert")
    body = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 2. Mai 2025 nicht im Hause. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an das Bauamt, Tel. 036628 65-200.

Mit freundlichen Grüßen
Sabine Neubert"""
    return ol(slug, addr("Neubert, Sabine", a), "Automatische Antwort: " + conf_subject(code), "2025-04-28 10:17", body,
              extra=("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                     "X-MS-Exchange-Inbox-Rules-Loop: s.neubert@zeulenroda-triebes.example",
                     *reply_headers("zeulenroda-conf"))), \
        label("auto_reply", [], None, None, None)


@case("auto-notes-absence-to-missing-details")
def _(slug):
    a = "M.Grosch@vg-seenplatte.example"
    body = """Ich werde ab 05.05.2025 nicht im Büro sein. Ich kehre zurück am 16.05.2025.

Ich werde Ihre Nachricht nach meiner Rückkehr beantworten. In dringenden Fällen wenden Sie sich bitte an die Zentrale unter 036483 2 04-0."""
    return notes(slug, addr("Manuela Grosch", a), "Abwesenheitsnotiz: " + MISSING_SUBJECT, "2025-05-06 09:03", body), \
        label("auto_reply", [], None, None, None)


@case("auto-ticket-system")
def _(slug):
    a = "noreply@servicedesk-kreis.example"
    code = code_for("ticket-bauamt")
    body = f"""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ihr Anliegen wurde unter der Ticketnummer 2025051310000231 erfasst und an die zuständige Stelle weitergeleitet.

Betreff: {conf_subject(code)}

Bitte antworten Sie nicht auf diese E-Mail. Bei Rückfragen geben Sie bitte immer die Ticketnummer an.

Ihr Servicedesk
Landratsamt – Zentrale Dienste"""
    h = envelope(slug, addr("Servicedesk", a), f"[Ticket#2025051310000231] Eingangsbestätigung: {conf_subject(code)}",
                 "2025-05-13 08:04", extra=("Auto-Submitted: auto-replied", "Precedence: bulk",
                                            "X-OTRS-Loop: yes", *reply_headers("ticket-conf")))
    return message(h, text(body, "utf-8", "quoted-printable")), label("auto_reply", [], None, None, None)


@case("auto-read-receipt")
def _(slug):
    a = "c.lorenz@stadt-schleiz.example"
    code = code_for("schleiz-lorenz")
    human = f"""Ihre Nachricht

  An: Lorenz, Christine
  Betreff: {cancel_subject(code)}
  Gesendet: Mittwoch, 14. Mai 2025 09:12:40 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

wurde am Mittwoch, 14. Mai 2025 09:31:05 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen."""
    mdn = f"""Reporting-UA: stadt-schleiz.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;{a}
Original-Message-ID: {our_id('schleiz-cancel')}
Disposition: manual-action/MDN-sent-manually; displayed
"""
    b = "----=_NextPart_MDN_" + hashlib.md5(slug.encode()).hexdigest()[:16].upper()
    part = multi("report", [(["Content-Type: text/plain; charset=\"utf-8\"", "Content-Transfer-Encoding: quoted-printable"],
                             encode_body(human, "utf-8", "quoted-printable")),
                            (["Content-Type: message/disposition-notification"], mdn.encode())],
                 b, " report-type=disposition-notification;")
    h = envelope(slug, addr("Lorenz, Christine", a), "Gelesen: " + cancel_subject(code), "2025-05-14 09:31",
                 extra=("X-Mailer: Microsoft Outlook 16.0", *reply_headers("schleiz-cancel")))
    return message(h, part), label("auto_reply", [], None, None, None)


# ==================================================================================================
# bounces
# ==================================================================================================


@case("bounce-postfix-user-unknown")
def _(slug):
    rcpt = "k.hoffmann@stadt-schoelln.example"
    code = code_for("bounce-hoffmann")
    orig = our_mail_raw("bounce-hoffmann", rcpt, conf_subject(code), "2025-04-29 14:10",
                        confirmation("Sehr geehrte Frau Hoffmann", ["Katrin Hoffmann"], code))
    human = f"""This is the mail system at host mx01.transferveranstaltung.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mail.stadt-schoelln.example[192.0.2.41] said: 550 5.1.1
    <{rcpt}>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)"""
    dsn = f"""Reporting-MTA: dns; mx01.transferveranstaltung.example
X-Postfix-Queue-ID: 4ZB7kQ3xY1z9sWk
Arrival-Date: {rfcdate('2025-04-29 14:10')}

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.stadt-schoelln.example
Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User
    unknown in virtual mailbox table
"""
    part = report(slug, (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                         human.encode() + b"\n"), dsn, rfc822_headers(orig))
    h = ["Return-Path: <>", f"From: {addr('Mail Delivery System', 'MAILER-DAEMON@mx01.transferveranstaltung.example')}",
         f"To: {INBOX}", "Subject: Undelivered Mail Returned to Sender", f"Date: {rfcdate('2025-04-29 14:10')}",
         f"Message-ID: {msgid(slug, 'mx01.transferveranstaltung.example')}", "Auto-Submitted: auto-replied"]
    return message(h, part), label("bounce", [], None, None, None, language="en", bounce_recipient=rcpt)


@case("bounce-exchange-german-quota")
def _(slug):
    rcpt = "bauamt@gemeinde-krayenberg.example"
    orig = our_mail_raw("bounce-krayenberg", rcpt, MISSING_SUBJECT, "2025-05-02 08:40",
                        missing_body("Sehr geehrte Damen und Herren"))
    human = f"""Die Nachricht konnte nicht zugestellt werden.

Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen. Versuchen Sie später erneut, die Nachricht zu senden, oder wenden Sie sich direkt an den Empfänger.

Empfänger: {rcpt}

Diagnoseinformationen für Administratoren:
Generierender Server: EXCH02.gemeinde-krayenberg.example
Remoteserver hat '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException' zurückgegeben."""
    dsn = f"""Reporting-MTA: dns;EXCH02.gemeinde-krayenberg.example
Received-From-MTA: dns;mx.gemeinde-krayenberg.example
Arrival-Date: {rfcdate('2025-05-02 08:40')}

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException
"""
    part = report(slug, (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"],
                         encode_body(human, "utf-8", "quoted-printable")), dsn, rfc822(orig))
    h = [f"From: {addr('Microsoft Outlook', 'postmaster@gemeinde-krayenberg.example')}", f"To: {INBOX}",
         f"Subject: {hval('Unzustellbar: ' + MISSING_SUBJECT)}", f"Date: {rfcdate('2025-05-02 08:41')}",
         f"Message-ID: {msgid(slug, 'gemeinde-krayenberg.example')}", "Auto-Submitted: auto-replied",
         "Content-Language: de-DE"]
    return message(h, part), label("bounce", [], None, None, None, bounce_recipient=rcpt)


@case("bounce-exim-plain")
def _(slug):
    rcpt = "mueller.bauamt@vg-mittleres-schwarzatal.example"
    code = code_for("bounce-exim")
    body = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {rcpt}
    host mx.vg-mittleres-schwarzatal.example [198.51.100.23]
    SMTP error from remote mail server after RCPT TO:<{rcpt}>:
    550 Unrouteable address

------ This is a copy of the message, including all the headers. ------

From: {addr(OUR_NAME, INBOX)}
To: {rcpt}
Subject: {hval(wait_subject(code))}
Date: {rfcdate('2025-05-15 11:02')}
Message-ID: {our_id('bounce-exim')}
Auto-Submitted: auto-replied

""" + waitlist("Sehr geehrter Herr Müller", code) + "\n"
    h = ["Return-Path: <>", f"From: {addr('Mail Delivery System', 'Mailer-Daemon@mail.kommunalhost-thueringen.example')}",
         f"To: {INBOX}", "Subject: Mail delivery failed: returning message to sender",
         f"Date: {rfcdate('2025-05-15 11:03')}", f"Message-ID: {msgid(slug, 'mail.kommunalhost-thueringen.example')}",
         "Auto-Submitted: auto-replied", "X-Failed-Recipients: " + rcpt]
    return message(h, text(body, "utf-8", "8bit")), label("bounce", [], None, None, None, language="en",
                                                          bounce_recipient=rcpt)


# ==================================================================================================
# validation beyond the kit's
# ==================================================================================================

EARLIER = ("corpus", "corpus_holdout", "corpus_blind") + tuple(f"corpus_blind{i}" for i in range(2, 16))
ORG_TYPES = {"municipality", "planning_office", "authority", "other", None}
FOLD = str.maketrans({"Ä": "A", "Ö": "O", "Ü": "U", "ä": "a", "ö": "o", "ü": "u"})


def surname_letter_ok(name: str) -> bool:
    """The attendee's surname (last token) starts with L–Z; Ö and Ü count as O and U."""
    first = name.split()[-1][0].translate(FOLD).upper()
    return "L" <= first <= "Z"


def extra_checks() -> list[str]:
    """Required fields, the L–Z rule, the gazetteer (with district), and parseability by the email package."""
    problems: list[str] = []
    emls = sorted(HERE.glob("[0-9][0-9][0-9]-*.eml"))
    for eml in emls:
        name = eml.name
        try:
            msg = message_from_bytes(eml.read_bytes(), policy=policy.default)
            for part in msg.walk():
                if part.get_content_maintype() == "text":
                    part.get_content()
            _ = str(msg["Subject"])
        except Exception as exc:  # noqa: BLE001 — any failure to parse is a problem
            problems.append(f"{name}: does not parse: {exc!r}")
            continue
        js = eml.with_suffix(".json")
        data = json.loads(js.read_text(encoding="utf-8"))
        for key in ("intent", "language", "attendees", "organisation", "organisation_type", "municipality"):
            if key not in data:
                problems.append(f"{name}: json lacks {key!r}")
        if data.get("intent") not in INTENTS:
            problems.append(f"{name}: bad intent {data.get('intent')!r}")
        if data.get("organisation_type") not in ORG_TYPES:
            problems.append(f"{name}: bad organisation_type {data.get('organisation_type')!r}")
        for person in data.get("attendees", []):
            for key in ("name", "email", "role"):
                if key not in person:
                    problems.append(f"{name}: attendee lacks {key!r}")
            if not surname_letter_ok(person["name"]):
                problems.append(f"{name}: surname of {person['name']!r} does not start with L–Z")
        m = data.get("municipality")
        if m is not None:
            if set(m) != {"name", "ags", "district"}:
                problems.append(f"{name}: municipality fields {sorted(m)}")
            rows = GAZ.get(m.get("name"), [])
            if not any(r["ags"] == m.get("ags") and r["district"] == m.get("district") for r in rows):
                problems.append(f"{name}: municipality {m} not in the gazetteer")
        if data.get("intent") == "bounce" and not data.get("bounce_recipient"):
            problems.append(f"{name}: bounce without bounce_recipient")
    return problems


def rebuild_differs() -> list[str]:
    """Files whose bytes a fresh build would change (the --check half of 'byte-identical rebuild')."""
    order = list(CASES)
    random.Random(SEED).shuffle(order)
    wanted: dict[str, bytes] = {}
    for number, (slug, make) in enumerate(order, 1):
        raw, expected = make(slug)
        stem = f"{number:03d}-{slug}"
        wanted[f"{stem}.eml"] = raw
        wanted[f"{stem}.json"] = (json.dumps(expected, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    on_disk = {p.name for p in HERE.glob("[0-9][0-9][0-9]-*.*")}
    diffs = sorted(on_disk ^ set(wanted))
    diffs += sorted(n for n in wanted if n in on_disk and (HERE / n).read_bytes() != wanted[n])
    return diffs


if __name__ == "__main__":
    main(HERE, CASES, seed=SEED, earlier=tuple(e for e in EARLIER if (HERE.parent / e).is_dir()),
         unique_within=True, repeats_allowed=True)
    extra = extra_checks()
    for p in extra:
        print("PROBLEM:", p)
    if "--check" in sys.argv[1:]:
        differing = rebuild_differs()
        for name in differing:
            print("PROBLEM: a rebuild would change", name)
        extra += differing
        if not differing:
            print("rebuild is byte-identical")
    if extra:
        raise SystemExit(1)
    print("extra checks passed (fields, L–Z surnames, gazetteer, parsing)")
