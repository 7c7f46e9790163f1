"""Rebuild and validate the thirteenth blind corpus (tests/corpus_blind13/).

Written blind by a thirteenth writer from the invitation (../shared/seed/), ../shared/design/INTERFACE.md, the
gazetteer in ../shared/data/, the READMEs of tests/corpus/, tests/corpus_blind8/ and tests/corpus_blind11/,
tests/corpus_kit.py, tests/corpus_blind8/make_blind8.py and the validator part of
tests/corpus_blind11/make_blind11.py only. Nothing in mailbot/ was read and the parser was not run. Each case is one
mail as the registration inbox receives it in the first two weeks after the invitation went out (22 April –
6 May 2025), built with the byte-exact MIME writer of tests/corpus_kit.py, with what a careful event secretary records
from that mail alone.

    .venv/bin/python tests/corpus_blind13/make_blind13.py          # rewrite all files, then validate
    .venv/bin/python tests/corpus_blind13/make_blind13.py --check  # validate the files as they are, and check
                                                                   # that a rebuild is byte-identical
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
import sys
import unicodedata
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_kit import (  # noqa: E402
    DUMMY_P7S,
    INBOX,
    INVITATION,
    INVITE_FROM,
    INVITE_SUBJECT,
    OUR_NAME,
    Cases,
    P,
    addr,
    alt,
    apple_html,
    attachment,
    case_registry,
    code_for,
    confirmation,
    dummy_pdf,
    encode_body,
    envelope,
    gmx,
    hval,
    label,
    main,
    message,
    msgid,
    multi,
    ol,
    ol_plain,
    outlook_alt,
    outlook_headers,
    ox,
    quote,
    report,
    rfc822,
    rfc822_headers,
    rfcdate,
    roundcube,
    simple_html,
    tb,
    text,
    tiny_png,
    webde_html_only,
    word_paragraphs,
    table_html,
    droid,
    apple,
    iphone,
)

HERE = Path(__file__).resolve().parent
SEED = 20250506
CASES: Cases = []
case = case_registry(CASES)

MFG = "Mit freundlichen Grüßen"
EVENT = "9. Transferveranstaltung am 20. Mai 2025"

# ==================================================================================================
# our own mails as they come back (subjects as the bot sends them)
# ==================================================================================================


def conf_subject(code: str) -> str:
    return f"Anmeldebestätigung: {EVENT} ({code})"


def missing_subject() -> str:
    return f"Fehlende Angaben zu Ihrer Anmeldung: {EVENT}"


def cancel_subject(code: str) -> str:
    return f"Abmeldung bestätigt: {EVENT} ({code})"


def missing_body(salutation: str) -> str:
    return (f"{salutation},\n\n"
            "vielen Dank für Ihre Anmeldung zur 9. Transferveranstaltung „Zusammen denken – gemeinsam handeln“ am "
            "Dienstag, 20. Mai 2025, in Bad Lobenstein.\n\n"
            "Damit wir Ihre Anmeldung abschließen können, fehlt uns noch folgende Angabe:\n"
            "- für welche Kommune bzw. Organisation Sie teilnehmen\n\n"
            "Bitte antworten Sie einfach auf diese E-Mail.\n\n"
            "Mit freundlichen Grüßen\nIhr Organisationsteam der Transferveranstaltung\n"
            "Thüringer Ministerium für Digitales und Infrastruktur")


def cancelled_body(salutation: str, persons: list[str], code: str) -> str:
    listed = "\n".join(f"- {p}" for p in persons)
    return (f"{salutation},\n\n"
            "wir haben Ihre Abmeldung von der 9. Transferveranstaltung am 20. Mai 2025 in Bad Lobenstein erhalten. "
            f"Folgende Anmeldung ist storniert:\n{listed}\n\nIhr Code: {code}\n\n"
            "Sollten Sie doch teilnehmen können, melden Sie sich gern erneut an.\n\n"
            "Mit freundlichen Grüßen\nIhr Organisationsteam der Transferveranstaltung")


WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember"]


def _dt(when: str) -> datetime:
    return datetime.strptime(when, "%Y-%m-%d %H:%M")


def de_long(when: str) -> str:
    """'2025-04-24 10:02' → 'Donnerstag, 24. April 2025 10:02' (Outlook)."""
    d = _dt(when)
    return f"{WEEKDAYS[d.weekday()]}, {d.day}. {MONTHS[d.month - 1]} {d.year} {d:%H:%M}"


def de_tb(when: str) -> str:
    """'2025-04-24 10:02' → '24.04.25 um 10:02' (Thunderbird)."""
    return f"{_dt(when):%d.%m.%y um %H:%M}"


def de_apple(when: str) -> str:
    """'2025-04-24 10:02' → '24.04.2025 um 10:02' (iPhone / Apple Mail)."""
    return f"{_dt(when):%d.%m.%Y um %H:%M}"


OUR = f"{OUR_NAME} <{INBOX}>"


def ol_old_quote(when: str, to: str, subject: str, body: str) -> str:
    """Outlook's classic reply header."""
    return (f"-----Ursprüngliche Nachricht-----\nVon: {OUR}\nGesendet: {de_long(when)}\nAn: {to}\n"
            f"Betreff: {subject}\n\n{body}")


def ol_new_quote(frm: str, when: str, to: str, subject: str, body: str, rule: bool = False) -> str:
    """The newer Outlook reply/forward header (Von:/Gesendet:/An:/Betreff:), optionally under a rule."""
    head = "________________________________\n" if rule else ""
    return f"{head}Von: {frm}\nGesendet: {de_long(when)}\nAn: {to}\nBetreff: {subject}\n\n{body}"


def tb_quote(when: str, body: str, who: str = OUR) -> str:
    return f"Am {de_tb(when)} schrieb {who}:\n" + quote(body)


def apple_quote(when: str, body: str, who: str = OUR) -> str:
    return f"> Am {de_apple(when)} schrieb {who}:\n>\n" + quote(body)


def invitation_forward_ol() -> str:
    return ol_new_quote(INVITE_FROM, "2025-04-22 07:30", "Verteiler Kommunen", INVITE_SUBJECT, INVITATION)


# ==================================================================================================
# client shapes not in the kit
# ==================================================================================================


def iphone_raw(slug: str, frm: str, subject: str, when: str, body: str, extra: tuple[str, ...] = ()) -> bytes:
    """An iPhone mail whose body already holds 'Von meinem iPhone gesendet' and whatever is quoted below it."""
    h = envelope(slug, frm, subject, when, extra=("X-Mailer: iPhone Mail (22D82)", *extra))
    return message(h, text(body, "utf-8", "quoted-printable"))


def notes(slug: str, frm: str, subject: str, when: str, body: str) -> bytes:
    """HCL Notes: alternative of ISO-8859-1 QP plain text and a thin HTML part."""
    h = envelope(slug, frm, subject, when, subject_enc=("ISO-8859-1", "Q"), extra=(
        "X-Mailer: HCL Notes Release 12.0.2FP4 July 10, 2024",
        "X-MIMETrack: Serialize by Router on LRA-MX02/LRA-SM(Release 12.0.2FP4|July 10, 2024) at "
        f"{_dt(when):%d.%m.%Y %H:%M}:07"))
    html_body = ('<html><body><font size="2" face="sans-serif">'
                 + "<br>".join(line for line in body.replace("&", "&amp;").split("\n"))
                 + "</font></body></html>\n")
    b = "=_alternative " + hashlib.md5(slug.encode()).hexdigest()[:16].upper() + "_="
    return message(h, multi("alternative", [text(body, "ISO-8859-1", "quoted-printable"),
                                            text(html_body, "ISO-8859-1", "quoted-printable", sub="html")], b))


def outlook_android(slug: str, frm: str, subject: str, when: str, body: str) -> bytes:
    full = body + "\n\nOutlook für Android herunterladen<https://aka.ms/AAb9ysg>"
    h = envelope(slug, frm, subject, when, extra=("X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
                                                   "Content-Language: de-DE"))
    return message(h, alt(slug, full, simple_html(full), prefix="_000_"))


def sig(name: str, role: str, org: str, street: str, town: str, phone: str, mail: str, extra: str = "") -> str:
    block = f"{name}\n{role}\n\n{org}\n{street}\n{town}\nTel.: {phone}\nE-Mail: {mail}"
    return block + (f"\n{extra}" if extra else "")


# ==================================================================================================
# registrations
# ==================================================================================================


@case("soemmerda-outlook-single")
def _(slug):
    a = "f.ottendorf@soemmerda.example"
    body = f"""Sehr geehrte Damen und Herren,

vielen Dank für die Einladung. Hiermit melde ich mich für die 9. Transferveranstaltung am 20.05.2025 an. Wir bereiten gerade die Fortschreibung unseres ISEK vor, das Thema passt also sehr gut.

{MFG}

""" + sig("Franziska Ottendorf", "Sachgebietsleiterin Stadtplanung", "Stadtverwaltung Sömmerda\nFachbereich Bau",
          "Marktplatz 3-4", "99610 Sömmerda", "03634 350-214", a,
          "www.soemmerda.example")
    return ol(slug, addr("Ottendorf, Franziska", a), "Anmeldung Transferveranstaltung 20.05.2025",
              "2025-04-22 09:41", body), \
        label("registration", [P("Franziska Ottendorf", a, "Sachgebietsleiterin Stadtplanung")],
              "Stadtverwaltung Sömmerda", "municipality", "Sömmerda")


@case("leinefelde-worbis-forward-chain")
def _(slug):
    a = "c.muehlig@leinefelde-worbis.example"
    mayor = "Bürgermeister Leinefelde-Worbis <buergermeister@leinefelde-worbis.example>"
    inner = ol_new_quote(mayor, "2025-04-23 08:12", f"Mühlig, Carsten <{a}>", "WG: " + INVITE_SUBJECT,
                         "Hallo Herr Mühlig,\n\nbitte nehmen Sie zusammen mit Herrn Nagengast an der Veranstaltung "
                         "teil und melden Sie sich beide an. Ich selbst bin an dem Tag im Kreistag.\n\n"
                         "Gruß\nChristian Bode")
    body = f"""Sehr geehrte Damen und Herren,

auf Bitte unseres Bürgermeisters melde ich mich und meinen Kollegen Herrn Andreas Nagengast (Sachgebiet Städtebauförderung) für die Veranstaltung am 20. Mai an.

{MFG}
i. A. Carsten Mühlig
Fachdienst Bauverwaltung/Stadtentwicklung

Stadt Leinefelde-Worbis
Bahnhofstraße 43
37327 Leinefelde-Worbis
Tel. 03605 200-331

{inner}

{invitation_forward_ol()}"""
    return ol(slug, addr("Mühlig, Carsten", a), "WG: WG: " + INVITE_SUBJECT, "2025-04-23 09:05", body), \
        label("registration", [P("Carsten Mühlig", a, "Fachdienst Bauverwaltung/Stadtentwicklung"),
                               P("Andreas Nagengast", None, "Sachgebiet Städtebauförderung")],
              "Stadt Leinefelde-Worbis", "municipality", "Leinefelde-Worbis")


@case("rudolstadt-thunderbird-two")
def _(slug):
    a = "s.wernicke@rudolstadt.example"
    body = """Sehr geehrte Damen und Herren,

zur Transferveranstaltung am 20.05.2025 möchten wir uns gern zu zweit anmelden:

- Sophie Wernicke, Stadtplanung (s.wernicke@rudolstadt.example)
- Marco Thon, Sanierungsgebiete und Fördermittel (m.thon@rudolstadt.example)

Wir haben unser ISEK 2023 fortgeschrieben und bringen gern unsere Erfahrungen mit der Bürgerbeteiligung ein.

Viele Grüße
Sophie Wernicke

-- 
Stadtverwaltung Rudolstadt
Fachdienst Stadtentwicklung
Markt 7
07407 Rudolstadt
Tel. 03672 486-412"""
    return tb(slug, addr("Sophie Wernicke", a), "Anmeldung ISEK-Transferveranstaltung", "2025-04-22 10:17", body), \
        label("registration", [P("Sophie Wernicke", a, "Stadtplanung"),
                               P("Marco Thon", "m.thon@rudolstadt.example", "Sanierungsgebiete und Fördermittel")],
              "Stadtverwaltung Rudolstadt", "municipality", "Rudolstadt")


@case("vg-gramme-vippach-for-markvippach")
def _(slug):
    a = "bauamt@vg-gramme-vippach.example"
    body = """Sehr geehrte Damen und Herren,

für die Gemeinde Markvippach melden wir folgende Teilnehmer zur Transferveranstaltung am 20.05.2025 an:

Herr Uwe Pflug, ehrenamtlicher Bürgermeister der Gemeinde Markvippach
Frau Nadine Liebscher, Bauamt der VG Gramme-Vippach (n.liebscher@vg-gramme-vippach.example)

Die Gemeinde beabsichtigt, im kommenden Jahr ein Integriertes Gemeindliches Entwicklungskonzept aufstellen zu lassen, daher ist der Austausch für uns sehr interessant.

Mit freundlichen Grüßen
i. A. N. Liebscher

Verwaltungsgemeinschaft Gramme-Vippach
Bauamt
Tel. 036371 519-23"""
    return ol_plain(slug, addr("VG Gramme-Vippach Bauamt", a), "Anmeldung Gemeinde Markvippach - Transferveranstaltung",
                    "2025-04-24 11:26", body), \
        label("registration", [P("Uwe Pflug", None, "ehrenamtlicher Bürgermeister"),
                               P("Nadine Liebscher", "n.liebscher@vg-gramme-vippach.example", "Bauamt VG Gramme-Vippach")],
              "Verwaltungsgemeinschaft Gramme-Vippach", "municipality", "Markvippach")


@case("schleiz-secretary-registers-mayor")
def _(slug):
    a = "sekretariat@schleiz.example"
    body = f"""Sehr geehrte Damen und Herren,

im Auftrag von Herrn Bürgermeister Thomas Viehweg melde ich ihn für die 9. Transferveranstaltung am 20. Mai 2025 in Bad Lobenstein an.

Bitte senden Sie die Bestätigung an diese Adresse.

{MFG}
i. A. Kathrin Albrecht
Sekretariat des Bürgermeisters

Stadt Schleiz
Bahnhofstraße 1
07907 Schleiz
Tel. 03663 4805-100"""
    return ol(slug, addr("Sekretariat Bürgermeister", a), "Anmeldung Herr Bürgermeister Viehweg", "2025-04-24 13:48",
              body, html_only=True), \
        label("registration", [P("Thomas Viehweg", None, "Bürgermeister")], "Stadt Schleiz", "municipality", "Schleiz")


@case("planning-office-jena-client-kahla-apple")
def _(slug):
    a = "zwanziger@stadtplanung-saaletal.example"
    body = """Sehr geehrte Damen und Herren,

wir begleiten derzeit die Fortschreibung des ISEK der Stadt Kahla und würden gern mit zwei Personen an der Transferveranstaltung am 20. Mai teilnehmen:

Dipl.-Ing. Katrin Zwanziger (Projektleitung)
M.Sc. Jonas Seidemann (Projektbearbeitung), seidemann@stadtplanung-saaletal.example

Mit besten Grüßen
Katrin Zwanziger

Büro für Stadtplanung Saaletal GmbH
Wagnergasse 12
07743 Jena
T 03641 55 48 20
www.stadtplanung-saaletal.example"""
    b = "Apple-Mail=_" + hashlib.md5(slug.encode()).hexdigest()[:8].upper() + "-3C4D-4E5F-8A9B-C0D1E2F3A4B5"
    vcard = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Zwanziger;Katrin;;;\r\nFN:Katrin Zwanziger\r\n"
             "ORG:Büro für Stadtplanung Saaletal GmbH\r\nEMAIL;type=INTERNET;type=WORK:" + a + "\r\n"
             "TEL;type=WORK:03641 554820\r\nEND:VCARD\r\n").encode()
    h = envelope(slug, addr("Katrin Zwanziger", a), "Anmeldung Transferveranstaltung 20.05. (ISEK Kahla)",
                 "2025-04-25 08:52", extra=("X-Mailer: Apple Mail (2.3826.500.181.1.5)",))
    inner = multi("alternative", [text(body, "utf-8", "quoted-printable"),
                                  text(apple_html(body), "utf-8", "quoted-printable", sub="html")], b + "-alt")
    raw = message(h, multi("mixed", [inner, attachment("text/vcard", "Katrin Zwanziger.vcf", vcard)], b))
    return raw, label("registration", [P("Katrin Zwanziger", a, "Projektleitung", "Dipl.-Ing."),
                                       P("Jonas Seidemann", "seidemann@stadtplanung-saaletal.example",
                                         "Projektbearbeitung", "M.Sc.")],
                      "Büro für Stadtplanung Saaletal GmbH", "planning_office", "Kahla")


@case("geisa-iphone-mayor")
def _(slug):
    a = "buergermeister@stadt-geisa.example"
    body = """Sehr geehrte Damen und Herren,
hiermit melde ich mich zur Transferveranstaltung am 20.5. an.
MfG
Ralf Matthes
Bürgermeister Stadt Geisa"""
    return iphone(slug, addr("Ralf Matthes", a), "Anmeldung 20.5.", "2025-04-26 18:34", body), \
        label("registration", [P("Ralf Matthes", a, "Bürgermeister")], "Stadt Geisa", "municipality", "Geisa")


@case("treffurt-samsung-domain-only")
def _(slug):
    a = "n.schramm@stadt-treffurt.example"
    body = """Guten Tag, ich möchte mich für die Veranstaltung am 20. Mai in Bad Lobenstein anmelden.

Viele Grüße
Nico Schramm"""
    return droid(slug, addr("Nico Schramm", a), "Anmeldung", "2025-04-23 16:55", body), \
        label("registration", [P("Nico Schramm", a, None)], "Stadt Treffurt", "municipality", "Treffurt")


@case("hohengandern-gmx-honorary-mayor")
def _(slug):
    a = "w.peuckert@gmx.example"
    body = """Guten Tag,

als ehrenamtlicher Bürgermeister der Gemeinde Hohengandern möchte ich mich zur Transferveranstaltung am 20.05. anmelden. Die Einladung hat mir unsere Verwaltungsgemeinschaft Hanstein-Rusteberg weitergeleitet.

Mit freundlichen Grüßen
Wolfgang Peuckert
Bürgermeister Gemeinde Hohengandern"""
    return gmx(slug, addr("Wolfgang Peuckert", a), "Anmeldung Transferveranstaltung", "2025-04-27 20:12", body), \
        label("registration", [P("Wolfgang Peuckert", a, "ehrenamtlicher Bürgermeister")], "Gemeinde Hohengandern",
              "municipality", "Hohengandern")


@case("bad-salzungen-ox-two-parking")
def _(slug):
    a = "jana.mackeldey@badsalzungen.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich und meinen Kollegen Herrn Sven Löbnitz (sven.loebnitz@badsalzungen.example) zur 9. Transferveranstaltung am 20.05.2025 an.

Gibt es vor Ort Parkplätze? Wir würden mit dem Dienstwagen anreisen.

Freundliche Grüße
Jana Mackeldey

Stadtverwaltung Bad Salzungen
Fachdienst Stadtentwicklung und Bauleitplanung
Ratsstraße 2
36433 Bad Salzungen
Telefon: 03695 671-240"""
    return ox(slug, addr("Jana Mackeldey", a), "Anmeldung Transferveranstaltung Bad Lobenstein", "2025-04-28 09:03",
              body), \
        label("registration", [P("Jana Mackeldey", a, None),
                               P("Sven Löbnitz", "sven.loebnitz@badsalzungen.example", None)],
              "Stadtverwaltung Bad Salzungen", "municipality", "Bad Salzungen",
              notes=["Gibt es vor Ort Parkplätze? Wir würden mit dem Dienstwagen anreisen."])


@case("lauscha-roundcube-latin1")
def _(slug):
    a = "nuechter@lauscha.example"
    body = """Sehr geehrte Damen und Herren,

ich melde mich für die Transferveranstaltung "Zusammen denken - gemeinsam handeln" am 20.05.2025 an. Unser ISEK stammt von 2014 und soll in den nächsten zwei Jahren fortgeschrieben werden.

Mit freundlichen Grüßen

Stefanie Nüchter
Stadt Lauscha - Bauamt
Bahnhofstraße 12
98724 Lauscha
Tel. 036702 290-15"""
    return roundcube(slug, addr("Stefanie Nüchter", a, "ISO-8859-1"), "Anmeldung Transferveranstaltung",
                     "2025-04-29 10:40", body), \
        label("registration", [P("Stefanie Nüchter", a, "Bauamt")], "Stadt Lauscha", "municipality", "Lauscha")


@case("muehlhausen-outlook-table-three")
def _(slug):
    a = "h.weissgerber@muehlhausen.example"
    rows = [["Name", "Funktion", "E-Mail"],
            ["Dr. Michael Oppel", "Amtsleiter Stadtplanungsamt", "m.oppel@muehlhausen.example"],
            ["Heike Weißgerber", "Sachbearbeiterin Städtebauförderung", a],
            ["Tobias Meinhardt", "Klimaschutzmanager", "t.meinhardt@muehlhausen.example"]]
    before = "Sehr geehrte Damen und Herren,\n\nfür die Stadtverwaltung Mühlhausen melde ich folgende Personen verbindlich zur Transferveranstaltung am 20. Mai 2025 an:\n"
    after = f"\n{MFG}\n\nHeike Weißgerber\nStadtplanungsamt\nStadtverwaltung Mühlhausen\nRatsstraße 19\n99974 Mühlhausen\nTel. 03601 452-318"
    plain = before + "\n" + "\n".join("\t".join(r) for r in rows) + "\n" + after
    return ol(slug, addr("Weißgerber, Heike", a), "Anmeldung Stadt Mühlhausen - 3 Personen", "2025-04-29 14:21",
              plain, inner=table_html(rows, before, after)), \
        label("registration", [P("Michael Oppel", "m.oppel@muehlhausen.example", "Amtsleiter Stadtplanungsamt", "Dr."),
                               P("Heike Weißgerber", a, "Sachbearbeiterin Städtebauförderung"),
                               P("Tobias Meinhardt", "t.meinhardt@muehlhausen.example", "Klimaschutzmanager")],
              "Stadtverwaltung Mühlhausen", "municipality", "Mühlhausen/Thüringen")


@case("waltershausen-tb-reply-to-invitation")
def _(slug):
    a = "d.moench@waltershausen.example"
    body = f"""Sehr geehrte Damen und Herren,

ich nehme gern teil und melde mich hiermit an.

{MFG}
Daniel Mönch
Stadt Waltershausen, Bauamt
Markt 1, 99880 Waltershausen

{tb_quote("2025-04-22 07:30", INVITATION, INVITE_FROM)}"""
    return tb(slug, addr("Daniel Mönch", a), "Re: " + INVITE_SUBJECT, "2025-04-22 11:03", body,
              extra=(f"In-Reply-To: {msgid('invite', 'transferveranstaltung.example')}",)), \
        label("registration", [P("Daniel Mönch", a, "Bauamt")], "Stadt Waltershausen", "municipality", "Waltershausen")


@case("blankenhain-webde-councillor")
def _(slug):
    a = "gerd.urbach@web.example"
    body = """Hallo,

ich bin Stadtrat in Blankenhain und Vorsitzender des Bau- und Umweltausschusses. Unsere Stadt arbeitet gerade an der Fortschreibung des ISEK, deshalb würde ich gern an der Veranstaltung am 20. Mai teilnehmen. Bitte melden Sie mich an.

Viele Grüße
Gerd Urbach
Stadtrat Blankenhain"""
    return webde_html_only(slug, addr("Gerd Urbach", a), "Teilnahme 20. Mai", "2025-04-24 21:47", body), \
        label("registration", [P("Gerd Urbach", a, "Stadtrat, Vorsitzender Bau- und Umweltausschuss")],
              "Stadt Blankenhain", "municipality", "Blankenhain")


@case("landratsamt-notes-authority")
def _(slug):
    a = "susanne.schimmel@lra-sm.example"
    body = """Sehr geehrte Damen und Herren,

für das Landratsamt Schmalkalden-Meiningen, Sachgebiet Kreisentwicklung und Regionalmanagement, melde ich mich zur Transferveranstaltung am 20.05.2025 an.

Mit freundlichen Grüßen

Susanne Schimmel
Sachgebiet Kreisentwicklung
Landratsamt Schmalkalden-Meiningen
Obertshäuser Platz 1
98617 Meiningen
Telefon: 03693 485-8312
E-Mail: susanne.schimmel@lra-sm.example"""
    return notes(slug, addr("Susanne Schimmel", a, "ISO-8859-1"), "Anmeldung Transferveranstaltung ISEK",
                 "2025-04-30 10:14", body), \
        label("registration", [P("Susanne Schimmel", a, "Sachgebiet Kreisentwicklung")],
              "Landratsamt Schmalkalden-Meiningen", "authority", None)


@case("vg-laendereck-for-linda")
def _(slug):
    a = "r.wachtel@vg-laendereck.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Gemeinde Linda bei Weida möchten wir uns zur Transferveranstaltung am 20. Mai anmelden. Teilnehmen werden der Bürgermeister, Herr Bernd Oehme (buergermeister@gemeinde-linda.example), und ich als zuständige Sachbearbeiterin der Verwaltungsgemeinschaft.

{MFG}

Ramona Wachtel
Bauamt
Verwaltungsgemeinschaft Ländereck
Tel. 036608 915-31"""
    return ol(slug, addr("Wachtel, Ramona", a), "Anmeldung Gemeinde Linda b. Weida", "2025-04-30 13:30", body), \
        label("registration", [P("Bernd Oehme", "buergermeister@gemeinde-linda.example", "Bürgermeister"),
                               P("Ramona Wachtel", a, "Bauamt VG Ländereck")],
              "Verwaltungsgemeinschaft Ländereck", "municipality", "Linda b. Weida")


@case("planning-office-erfurt-no-client")
def _(slug):
    a = "p.quinger@quinger-partner.example"
    body = f"""Sehr geehrte Damen und Herren,

als Planungsbüro, das mehrere Thüringer Kommunen bei der Fortschreibung ihrer ISEK begleitet, möchten wir gern an der Transferveranstaltung teilnehmen. Wir melden an:

Philipp Quinger, Geschäftsführer
Lena Papenfuß, Stadtplanerin (l.papenfuss@quinger-partner.example)

{MFG}

Philipp Quinger
Quinger + Partner Stadtplaner PartG mbB
Juri-Gagarin-Ring 50
99084 Erfurt
Tel. 0361 789 44 10"""
    return ol(slug, addr("Philipp Quinger", a), "Anmeldung 9. Transferveranstaltung", "2025-04-23 15:02", body), \
        label("registration", [P("Philipp Quinger", a, "Geschäftsführer"),
                               P("Lena Papenfuß", "l.papenfuss@quinger-partner.example", "Stadtplanerin")],
              "Quinger + Partner Stadtplaner PartG mbB", "planning_office", None)


@case("planning-office-leipzig-client-schmoelln")
def _(slug):
    a = "roth@planwerk-ost.example"
    body = """Sehr geehrte Damen und Herren,

unser Büro erarbeitet im Auftrag der Stadt Schmölln derzeit die Fortschreibung des Integrierten Stadtentwicklungskonzepts. Gern möchte ich an der Transferveranstaltung am 20. Mai teilnehmen und melde mich hiermit an.

Mit freundlichen Grüßen
Anja Roth

-- 
PlanWerk Ost – Stadt- und Regionalplanung
Käthe-Kollwitz-Straße 84, 04109 Leipzig
Tel. 0341 26 93 57-12"""
    return tb(slug, addr("Anja Roth", a), "Anmeldung Transferveranstaltung – ISEK Schmölln", "2025-04-25 11:40", body,
              cte="quoted-printable"), \
        label("registration", [P("Anja Roth", a, None)], "PlanWerk Ost – Stadt- und Regionalplanung",
              "planning_office", "Schmölln")


@case("poessneck-mayor-plus-two-logo")
def _(slug):
    a = "buergermeister@poessneck.example"
    body = f"""Sehr geehrte Damen und Herren,

zur Transferveranstaltung am 20. Mai melde ich mich gemeinsam mit unserer Bauamtsleiterin Frau Doreen Naumann und unserem Klimaschutzmanager Herrn Felix Tänzer an. Die Adressen: d.naumann@poessneck.example und f.taenzer@poessneck.example.

{MFG}

Michael Lippold
Bürgermeister der Stadt Pößneck
Markt 1
07381 Pößneck"""
    cid = "image001.png@01DBB6A2.4C3D2E10"
    inner = word_paragraphs(body) + f'\n<p class="MsoNormal"><img width="160" height="48" src="cid:{cid}" alt="Stadt Pößneck"><o:p></o:p></p>'
    b = "----=_NextPart_001_" + hashlib.md5(slug.encode()).hexdigest()[:20].upper()
    related = multi("related", [outlook_alt(slug, body, inner),
                                attachment("image/png", "image001.png", tiny_png(), "inline", cid)], b,
                    params=' type="multipart/alternative";')
    h = envelope(slug, addr("Lippold, Michael", a), "Anmeldung Transferveranstaltung am 20.05.2025", "2025-04-28 07:49",
                 extra=outlook_headers())
    return message(h, related), \
        label("registration", [P("Michael Lippold", a, "Bürgermeister"),
                               P("Doreen Naumann", "d.naumann@poessneck.example", "Bauamtsleiterin"),
                               P("Felix Tänzer", "f.taenzer@poessneck.example", "Klimaschutzmanager")],
              "Stadt Pößneck", "municipality", "Pößneck")


@case("ilmenau-surname-first-crlf")
def _(slug):
    a = "ines.straube@ilmenau.example"
    body = """Guten Tag,

ich möchte mich für die Transferveranstaltung ISEK am 20.5. anmelden.

Mit freundlichen Grüßen
I. Straube

Stadtverwaltung Ilmenau
Fachbereich Stadtentwicklung
Am Markt 7
98693 Ilmenau"""
    h = envelope(slug, addr("Straube, Ines", a), "Anmeldung", "2025-04-22 13:37", extra=outlook_headers())
    return message(h, text(body, "windows-1252", "quoted-printable"), crlf=True), \
        label("registration", [P("Ines Straube", a, "Fachbereich Stadtentwicklung")], "Stadtverwaltung Ilmenau",
              "municipality", "Ilmenau")


@case("weissensee-us-ascii")
def _(slug):
    a = "r.wilhelm@weissensee.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich fuer die Transferveranstaltung am 20.05.2025 an. Die Stadt Weissensee plant die Fortschreibung ihres ISEK fuer 2026, deshalb ist der Erfahrungsaustausch fuer uns wichtig.

Mit freundlichen Gruessen
Ronny Wilhelm
Bauamt Stadt Weissensee
Marktplatz 26
99631 Weissensee"""
    h = envelope(slug, addr("Ronny Wilhelm", a), "Anmeldung Transferveranstaltung", "2025-04-25 14:05",
                 extra=("User-Agent: Mutt/2.2.12 (2023-09-09)",))
    return message(h, text(body, "us-ascii", "7bit")), \
        label("registration", [P("Ronny Wilhelm", a, "Bauamt")], "Stadt Weißensee", "municipality", "Weißensee")


@case("hildburghausen-typos")
def _(slug):
    a = "m.schubart@hildburghausen.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Stadt Hilburghausen melde ich mich zur Transferveranstalltung am 20.05. an.

{MFG}

""" + sig("Melanie Schubart", "Sachbearbeiterin Stadtplanung", "Stadtverwaltung Hildburghausen", "Clara-Zetkin-Straße 3",
          "98646 Hildburghausen", "03685 7768-412", a)
    return ol(slug, addr("Schubart, Melanie", a), "Anmeldung", "2025-05-02 08:31", body), \
        label("registration", [P("Melanie Schubart", a, "Sachbearbeiterin Stadtplanung")],
              "Stadtverwaltung Hildburghausen", "municipality", "Hildburghausen")


@case("bad-berka-iphone-forward-invitation")
def _(slug):
    a = "t.zimmer@bad-berka.example"
    fwd = (f"Anfang der weitergeleiteten Nachricht:\n\n> Von: {INVITE_FROM}\n> Datum: 22. April 2025 um 07:30:00 MESZ\n"
           f"> An: Verteiler Kommunen\n> Betreff: {INVITE_SUBJECT}\n>\n" + quote(INVITATION))
    body = f"""Hallo, hiermit melde ich mich und meine Kollegin Anne Nebel für den 20.5. an.

Gruß Tobias Zimmer
Stadt Bad Berka, Bauamt

Von meinem iPhone gesendet

{fwd}"""
    return iphone_raw(slug, addr("Tobias Zimmer", a), "WG: " + INVITE_SUBJECT, "2025-04-26 09:12", body), \
        label("registration", [P("Tobias Zimmer", a, "Bauamt"), P("Anne Nebel", None, None)],
              "Stadt Bad Berka", "municipality", "Bad Berka")


@case("eisenberg-ox-key-value")
def _(slug):
    a = "bauamt@stadt-eisenberg.example"
    body = """Anmeldung zur 9. Transferveranstaltung am 20.05.2025

Name: Vater
Vorname: Kerstin
Kommune: Stadt Eisenberg
Funktion: Sachgebietsleiterin Bauverwaltung
E-Mail: k.vater@stadt-eisenberg.example
Telefon: 036691 73-220

Mit freundlichen Grüßen
K. Vater"""
    return ox(slug, addr("Stadt Eisenberg Bauamt", a), "Anmeldung Transferveranstaltung", "2025-04-29 08:15", body), \
        label("registration", [P("Kerstin Vater", "k.vater@stadt-eisenberg.example", "Sachgebietsleiterin Bauverwaltung")],
              "Stadt Eisenberg", "municipality", "Eisenberg")


@case("greiz-poststelle-reply-to")
def _(slug):
    a = "poststelle@greiz.example"
    rt = "s.woelfel@greiz.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich zur Transferveranstaltung am 20. Mai 2025 an.

{MFG}

Sandra Wölfel
Fachbereich Bau und Stadtentwicklung
Stadtverwaltung Greiz
Markt 12
07973 Greiz"""
    return ol(slug, addr("Stadtverwaltung Greiz", a), "Anmeldung Transferveranstaltung", "2025-05-05 10:27", body,
              extra=(f"Reply-To: {addr('Wölfel, Sandra', rt)}",)), \
        label("registration", [P("Sandra Wölfel", rt, "Fachbereich Bau und Stadtentwicklung")],
              "Stadtverwaltung Greiz", "municipality", "Greiz")


@case("unstrut-hainich-apple-igek-question")
def _(slug):
    a = "buergermeisterin@gemeinde-unstrut-hainich.example"
    body = """Sehr geehrte Damen und Herren,

ich melde mich für die Veranstaltung am 20. Mai an. Wir sind eine Landgemeinde mit vielen Ortsteilen und erarbeiten gerade ein IGEK – wird das Zusammenspiel von ISEK und IGEK auch ein Thema sein?

Viele Grüße
Claudia Mangold
Bürgermeisterin
Gemeinde Unstrut-Hainich"""
    return apple(slug, addr("Claudia Mangold", a), "Anmeldung 20. Mai", "2025-04-27 17:58", body), \
        label("registration", [P("Claudia Mangold", a, "Bürgermeisterin")], "Gemeinde Unstrut-Hainich",
              "municipality", "Unstrut-Hainich",
              notes=["wird das Zusammenspiel von ISEK und IGEK auch ein Thema sein?"])


@case("gera-thunderbird-qp-titles")
def _(slug):
    a = "martin.volkland@gera.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Stadt Gera, Fachdienst Stadtplanung, melden sich an:

1. Dr.-Ing. Martin Volkland, Fachdienstleiter
2. Dipl.-Ing. (FH) Susann Weidhaas, Sachgebiet Städtebauförderung, susann.weidhaas@gera.example

{MFG}
Martin Volkland

-- 
Stadt Gera
Fachdienst Stadtplanung
Kornmarkt 12
07545 Gera"""
    return tb(slug, addr("Dr. Martin Volkland", a), "Anmeldung Stadt Gera zur Transferveranstaltung", "2025-04-30 15:46",
              body, cte="quoted-printable"), \
        label("registration", [P("Martin Volkland", a, "Fachdienstleiter", "Dr.-Ing."),
                               P("Susann Weidhaas", "susann.weidhaas@gera.example", "Sachgebiet Städtebauförderung",
                                 "Dipl.-Ing. (FH)")],
              "Stadt Gera", "municipality", "Gera")


@case("drei-gleichen-answers-missing-details")
def _(slug):
    a = "marcel.ungewiss@t-online.example"
    quoted = ol_new_quote(OUR, "2025-04-28 19:31", f"Marcel Ungewiß <{a}>", missing_subject(),
                          missing_body("Sehr geehrter Herr Ungewiß"))
    body = f"""Guten Tag,

entschuldigen Sie, das hatte ich vergessen: Ich melde mich für die Gemeinde Drei Gleichen an, ich arbeite dort im Bauamt (Ortsbauplanung).

Viele Grüße
Marcel Ungewiß

{quoted}"""
    return ol(slug, addr("Marcel Ungewiß", a), "AW: " + missing_subject(), "2025-04-29 07:12", body), \
        label("registration", [P("Marcel Ungewiß", a, "Bauamt (Ortsbauplanung)")], "Gemeinde Drei Gleichen",
              "municipality", "Drei Gleichen")


@case("arnstadt-secretary-mayor-address")
def _(slug):
    a = "vorzimmer.bm@arnstadt.example"
    body = """Sehr geehrte Damen und Herren,

Herr Bürgermeister Frank Nordmann nimmt gern an der Transferveranstaltung am 20. Mai 2025 teil. Bitte richten Sie die Bestätigung direkt an ihn: frank.nordmann@arnstadt.example

Freundliche Grüße
im Auftrag
Petra Haase
Büro des Bürgermeisters
Stadtverwaltung Arnstadt
Markt 1
99310 Arnstadt"""
    return ol(slug, addr("Vorzimmer Bürgermeister", a), "Anmeldung Bürgermeister Nordmann", "2025-05-05 14:10", body), \
        label("registration", [P("Frank Nordmann", "frank.nordmann@arnstadt.example", "Bürgermeister")],
              "Stadtverwaltung Arnstadt", "municipality", "Arnstadt")


@case("saalfeld-climate-manager")
def _(slug):
    a = "judith.oehler@saalfeld.example"
    body = """Guten Tag,

als Klimaschutzmanagerin der Stadt Saalfeld interessiert mich besonders, wie ISEK und kommunale Wärmeplanung zusammengebracht werden können. Ich melde mich daher gern für den 20.05. an.

Beste Grüße
Judith Öhler
Klimaschutzmanagement

Stadtverwaltung Saalfeld/Saale
Markt 1
07318 Saalfeld/Saale
Tel. 03671 598-377"""
    return ol(slug, addr("Öhler, Judith", a), "Anmeldung Transferveranstaltung ISEK", "2025-05-06 09:22", body), \
        label("registration", [P("Judith Öhler", a, "Klimaschutzmanagerin")], "Stadtverwaltung Saalfeld/Saale",
              "municipality", "Saalfeld/Saale")


@case("stadtilm-outlook-android")
def _(slug):
    a = "r.wirsing@stadtilm.example"
    body = """Hallo zusammen,

ich melde mich für den 20.5. an.

Viele Grüße
Robert Wirsing
Bauamtsleiter Stadt Stadtilm"""
    return outlook_android(slug, addr("Robert Wirsing", a), "Anmeldung Transferveranstaltung", "2025-05-03 12:08",
                           body), \
        label("registration", [P("Robert Wirsing", a, "Bauamtsleiter")], "Stadt Stadtilm", "municipality", "Stadtilm")


@case("vg-feldstein-no-member")
def _(slug):
    a = "bauamt@vg-feldstein.example"
    body = """Sehr geehrte Damen und Herren,

von der Verwaltungsgemeinschaft Feldstein nimmt Frau Heike Zeitschel (Bauamt, h.zeitschel@vg-feldstein.example) an der Veranstaltung am 20. Mai teil.

Mit freundlichen Grüßen
i. A. Zeitschel

Verwaltungsgemeinschaft Feldstein
Bauamt
Tel. 036873 690-44"""
    return ol_plain(slug, addr("Verwaltungsgemeinschaft Feldstein", a), "Teilnahme Transferveranstaltung 20.05.2025",
                    "2025-05-06 11:37", body), \
        label("registration", [P("Heike Zeitschel", "h.zeitschel@vg-feldstein.example", "Bauamt")],
              "Verwaltungsgemeinschaft Feldstein", "municipality", None)


@case("zeulenroda-outlook-colleague-no-address")
def _(slug):
    a = "k.weidlich@zeulenroda-triebes.example"
    body = f"""Guten Morgen,

für die Stadt Zeulenroda-Triebes möchten wir an der Transferveranstaltung teilnehmen. Kommen werden meine Kollegin Frau Sabine Nonnenmacher aus der Stadtplanung und Herr Rico Pörschmann (Bauverwaltung). Ich selbst kann leider nicht.

Bitte senden Sie die Bestätigung an mich, ich leite sie weiter.

{MFG}
Katja Weidlich
Fachbereichsleiterin Bau und Umwelt
Stadt Zeulenroda-Triebes"""
    return ol(slug, addr("Weidlich, Katja", a), "Anmeldung zwei Personen", "2025-05-02 07:58", body), \
        label("registration", [P("Sabine Nonnenmacher", None, "Stadtplanung"),
                               P("Rico Pörschmann", None, "Bauverwaltung")],
              "Stadt Zeulenroda-Triebes", "municipality", "Zeulenroda-Triebes")


# ==================================================================================================
# cancellations
# ==================================================================================================


@case("bad-frankenhausen-decline-smime")
def _(slug):
    a = "s.luckner@bad-frankenhausen.example"
    body = f"""Sehr geehrte Damen und Herren,

vielen Dank für die Einladung. Leider kann ich am 20. Mai nicht teilnehmen, da zeitgleich unsere Stadtratssitzung stattfindet. Über die Präsentationen im Nachgang würde ich mich freuen.

Ich wünsche Ihnen eine gelungene Veranstaltung.

{MFG}

""" + sig("Steffen Luckner", "Amtsleiter Bauamt", "Stadtverwaltung Bad Frankenhausen/Kyffhäuser", "Markt 1",
          "06567 Bad Frankenhausen", "034671 62-210", a)
    b = "----=_NextPart_000_SIG_" + hashlib.md5(slug.encode()).hexdigest()[:16].upper()
    signed = multi("signed", [outlook_alt(slug, body),
                              attachment("application/pkcs7-signature", "smime.p7s", DUMMY_P7S)], b,
                   params=' protocol="application/pkcs7-signature"; micalg=sha-256;')
    h = envelope(slug, addr("Luckner, Steffen", a), "AW: " + INVITE_SUBJECT, "2025-04-23 12:15",
                 extra=outlook_headers())
    return message(h, signed), \
        label("cancellation", [P("Steffen Luckner", a, "Amtsleiter Bauamt")],
              "Stadtverwaltung Bad Frankenhausen/Kyffhäuser", "municipality", "Bad Frankenhausen/Kyffhäuser",
              notes=["Über die Präsentationen im Nachgang würde ich mich freuen."])


@case("nordhausen-cancel-reply-confirmation")
def _(slug):
    a = "k.teubner@nordhausen.example"
    code = code_for("b13-nordhausen")
    quoted = ol_old_quote("2025-04-24 10:02", f"Teubner, Kai <{a}>", conf_subject(code),
                          confirmation("Sehr geehrter Herr Teubner", ["Kai Teubner"], code))
    body = f"""Sehr geehrte Damen und Herren,

leider hat sich bei mir eine Terminüberschneidung ergeben, ich muss meine Anmeldung daher wieder stornieren.

{MFG}
Kai Teubner
Stadt Nordhausen
Amt für Stadtentwicklung

{quoted}"""
    return ol(slug, addr("Teubner, Kai", a), "AW: " + conf_subject(code), "2025-05-02 13:40", body), \
        label("cancellation", [P("Kai Teubner", a, None)], "Stadt Nordhausen", "municipality", "Nordhausen")


@case("sondershausen-colleague-withdrawn-tb")
def _(slug):
    a = "u.meusel@sondershausen.example"
    code = code_for("b13-sondershausen")
    body = f"""Guten Tag,

mein Kollege Herr Dirk Langbein ist im Mai leider in Elternzeit, bitte streichen Sie ihn von der Teilnehmerliste. Ich selbst komme wie angemeldet.

Viele Grüße
Ulrike Meusel

-- 
Stadtverwaltung Sondershausen
Fachbereich Stadtentwicklung
Markt 7, 99706 Sondershausen

{tb_quote("2025-04-23 14:51", confirmation("Sehr geehrte Frau Meusel", ["Ulrike Meusel", "Dirk Langbein"], code))}"""
    return tb(slug, addr("Ulrike Meusel", a), "Re: " + conf_subject(code), "2025-04-30 08:26", body), \
        label("cancellation", [P("Dirk Langbein", None, None)], "Stadtverwaltung Sondershausen", "municipality",
              "Sondershausen")


@case("apolda-iphone-cancel-domain-only")
def _(slug):
    a = "s.poser@apolda.example"
    code = code_for("b13-apolda")
    body = f"""Hallo, ich muss leider wieder absagen, am 20.5. ist bei uns Haushaltsberatung. Sorry!
Gruß S. Poser

Von meinem iPhone gesendet

{apple_quote("2025-04-24 09:15", confirmation("Sehr geehrter Herr Poser", ["Sven Poser"], code))}"""
    return iphone_raw(slug, addr("Sven Poser", a), "AW: " + conf_subject(code), "2025-05-04 19:47", body), \
        label("cancellation", [P("Sven Poser", a, None)], "Stadt Apolda", "municipality", "Apolda")


@case("dittersdorf-gmx-honorary-decline")
def _(slug):
    a = "holger.unger@gmx.example"
    body = """Sehr geehrte Damen und Herren,

danke für die Einladung, die uns die VG Seenplatte weitergeleitet hat. Als ehrenamtlicher Bürgermeister schaffe ich es an einem Dienstag leider nicht, ich muss daher absagen.

Mit freundlichen Grüßen
Holger Unger
Bürgermeister der Gemeinde Dittersdorf"""
    return gmx(slug, addr("Holger Unger", a), "Absage Transferveranstaltung", "2025-04-28 20:33", body), \
        label("cancellation", [P("Holger Unger", a, "ehrenamtlicher Bürgermeister")], "Gemeinde Dittersdorf",
              "municipality", "Dittersdorf")


# ==================================================================================================
# changes
# ==================================================================================================


@case("eisfeld-substitute-reply-confirmation")
def _(slug):
    a = "j.salzmann@eisfeld.example"
    code = code_for("b13-eisfeld")
    quoted = ol_old_quote("2025-04-22 15:20", f"Salzmann, Jens <{a}>", conf_subject(code),
                          confirmation("Sehr geehrter Herr Salzmann", ["Jens Salzmann"], code))
    body = f"""Sehr geehrte Damen und Herren,

ich bin am 20. Mai leider verhindert. An meiner Stelle wird meine Kollegin Frau Christin Löffler (c.loeffler@eisfeld.example) teilnehmen. Bitte ändern Sie die Anmeldung entsprechend.

{MFG}
Jens Salzmann
Stadt Eisfeld, Bauverwaltung
Markt 2, 98673 Eisfeld

{quoted}"""
    return ol(slug, addr("Salzmann, Jens", a), "AW: " + conf_subject(code), "2025-05-05 08:47", body), \
        label("change", [P("Christin Löffler", "c.loeffler@eisfeld.example", None), P("Jens Salzmann", a, None)],
              "Stadt Eisfeld", "municipality", "Eisfeld")


@case("meiningen-add-colleague-ox")
def _(slug):
    a = "b.thiem@meiningen.example"
    code = code_for("b13-meiningen")
    body = f"""Guten Tag,

ich hatte mich letzte Woche bereits angemeldet (Code {code}). Nun möchte auch meine Kollegin Frau Katja Schnabel aus der Bauverwaltung teilnehmen. Ihre E-Mail-Adresse: k.schnabel@meiningen.example

Vielen Dank und freundliche Grüße
Birgit Thiem
Stadt Meiningen
Stadtplanungsamt"""
    return ox(slug, addr("Birgit Thiem", a), f"Nachmeldung zu {code}", "2025-05-05 11:09", body), \
        label("change", [P("Katja Schnabel", "k.schnabel@meiningen.example", "Bauverwaltung")], "Stadt Meiningen",
              "municipality", "Meiningen")


@case("altenburg-new-address-tb")
def _(slug):
    a = "joerg.wedekind@posteo.example"
    body = """Sehr geehrte Damen und Herren,

ich habe mich vorgestern versehentlich von meiner privaten Adresse aus angemeldet. Bitte nutzen Sie für alle weiteren Informationen zur Transferveranstaltung meine dienstliche Adresse: j.wedekind@stadt-altenburg.example

Mit freundlichen Grüßen
Jörg Wedekind
Stadt Altenburg, Stadtplanungsamt"""
    return tb(slug, addr("Jörg Wedekind", a), "Änderung E-Mail-Adresse Anmeldung", "2025-04-30 12:02", body), \
        label("change", [P("Jörg Wedekind", "j.wedekind@stadt-altenburg.example", "Stadtplanungsamt")],
              "Stadt Altenburg", "municipality", "Altenburg")


@case("bad-langensalza-vegetarian-tb")
def _(slug):
    a = "m.pechstein@bad-langensalza.example"
    code = code_for("b13-langensalza")
    body = f"""Vielen Dank für die Bestätigung!

Eine Ergänzung: Ich ernähre mich vegetarisch – falls es eine Verpflegung gibt, wäre es schön, wenn das berücksichtigt werden könnte.

Viele Grüße
Maria Pechstein

-- 
Stadt Bad Langensalza
Bauamt / Stadtsanierung
Marktstraße 1, 99947 Bad Langensalza

{tb_quote("2025-04-25 09:33", confirmation("Sehr geehrte Frau Pechstein", ["Maria Pechstein"], code))}"""
    return tb(slug, addr("Maria Pechstein", a), "Re: " + conf_subject(code), "2025-04-25 10:05", body), \
        label("change", [P("Maria Pechstein", a, "Bauamt / Stadtsanierung")], "Stadt Bad Langensalza", "municipality",
              "Bad Langensalza", notes=["Ich ernähre mich vegetarisch"])


# ==================================================================================================
# questions
# ==================================================================================================


@case("suhl-question-online-slides")
def _(slug):
    a = "k.osswald@suhl.example"
    body = f"""Sehr geehrte Damen und Herren,

wird es die Möglichkeit geben, die Veranstaltung online zu verfolgen? Bei uns ist die Personaldecke derzeit sehr dünn und eine ganztägige Dienstreise nach Bad Lobenstein ist schwierig. Falls nicht: Werden die Präsentationen im Nachgang zur Verfügung gestellt?

{MFG}

""" + sig("Kerstin Oßwald", "Stadtplanung", "Stadtverwaltung Suhl", "Marktplatz 1", "98527 Suhl", "03681 742-601", a)
    return ol(slug, addr("Oßwald, Kerstin", a), "Frage zur Transferveranstaltung am 20.05.", "2025-04-24 09:18",
              body), label("question", [], "Stadtverwaltung Suhl", "municipality", "Suhl")


@case("gotha-question-local-councillors")
def _(slug):
    a = "t.wolf@gotha.example"
    body = f"""Sehr geehrte Damen und Herren,

eine kurze Frage vorab: Können auch Ortsteilbürgermeister bzw. Mitglieder des Bauausschusses an der Veranstaltung teilnehmen, oder richtet sich die Einladung nur an die Verwaltung? Bei uns gäbe es Interesse.

{MFG}
Thomas Wolf
Stadtverwaltung Gotha
Fachbereich Stadtentwicklung und Bauen"""
    return ol_plain(slug, addr("Wolf, Thomas", a), "Frage Teilnehmerkreis Transferveranstaltung", "2025-04-25 10:51",
                    body), label("question", [], "Stadtverwaltung Gotha", "municipality", "Gotha")


@case("planning-office-weimar-question-programme")
def _(slug):
    a = "info@buero-matthesius.example"
    body = """Sehr geehrte Damen und Herren,

gibt es schon ein detailliertes Programm für den 20. Mai, und ab wann ist Einlass? Wir überlegen, mit zwei Personen zu kommen, und müssten die Anreise planen.

Mit freundlichen Grüßen
Nora Matthesius

-- 
Büro Matthesius Landschaft + Stadt
Schwanseestraße 31, 99423 Weimar
www.buero-matthesius.example"""
    return tb(slug, addr("Büro Matthesius", a), "Programm Transferveranstaltung?", "2025-04-29 16:34", body), \
        label("question", [], "Büro Matthesius Landschaft + Stadt", "planning_office", None)


@case("heiligenstadt-conditional-afternoon")
def _(slug):
    a = "p.ludwig@heiligenstadt.example"
    body = """Guten Tag,

ich hätte großes Interesse an der Veranstaltung, kann am 20. Mai aber frühestens gegen 12 Uhr in Bad Lobenstein sein. Ist eine Teilnahme nur am Nachmittag sinnvoll bzw. möglich? Dann würde ich mich anmelden.

Viele Grüße
Paul Ludwig
Stadt Heiligenstadt – Stadtbauamt"""
    return apple(slug, addr("Paul Ludwig", a), "Teilnahme erst ab Mittag?", "2025-05-05 18:02", body), \
        label("question", [], "Stadt Heiligenstadt", "municipality", "Heilbad Heiligenstadt")


@case("zella-mehlis-no-confirmation-received")
def _(slug):
    a = "d.rommel@zella-mehlis.example"
    body = f"""Sehr geehrte Damen und Herren,

ich habe mich am 23.04. per E-Mail zur Transferveranstaltung angemeldet, bisher aber keine Bestätigung erhalten. Ist meine Anmeldung angekommen?

{MFG}
Diana Rommel
Stadt Zella-Mehlis
Bauamt"""
    return ol(slug, addr("Rommel, Diana", a), "Anmeldung angekommen?", "2025-04-30 09:41", body), \
        label("question", [], "Stadt Zella-Mehlis", "municipality", "Zella-Mehlis")


# ==================================================================================================
# automatic replies
# ==================================================================================================


@case("auto-exchange-confirmation")
def _(slug):
    a = "r.breitung@koelleda.example"
    code = code_for("b13-koelleda-auto")
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 5. Mai 2025 nicht im Hause. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an Frau Heike Bräutigam, Tel. 03635 4503-12.

Mit freundlichen Grüßen
Rainer Breitung
Stadt Kölleda"""
    return ol(slug, addr("Breitung, Rainer", a), "Automatische Antwort: " + conf_subject(code), "2025-04-24 10:03", body,
              extra=("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All")), \
        label("auto_reply", [], None, None, None)


@case("auto-abwesenheit-missing-details-plain")
def _(slug):
    a = "g.reinhold@stadt-ranis.example"
    body = """Abwesenheitsnotiz

Ich bin vom 28.04. bis 02.05.2025 nicht erreichbar. Ab dem 05.05. bin ich wieder für Sie da.

Gabriele Reinhold
Stadt Ranis"""
    return ol_plain(slug, addr("Reinhold, Gabriele", a), "Abwesenheitsnotiz: " + missing_subject(),
                    "2025-04-28 14:40", body), label("auto_reply", [], None, None, None)


@case("auto-ticket-system-receipt")
def _(slug):
    a = "noreply-servicedesk@stadt-sonneberg.example"
    code = code_for("b13-sonneberg-ticket")
    body = f"""Sehr geehrte Damen und Herren,

Ihre Nachricht „{conf_subject(code)}“ ist bei uns eingegangen und wurde unter der Vorgangsnummer [SD#2025042910000241] erfasst. Bitte geben Sie diese Nummer bei Rückfragen an.

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.

Ihr Servicedesk der Stadtverwaltung Sonneberg"""
    return message(envelope(slug, addr("Servicedesk Stadtverwaltung", a),
                            f"[SD#2025042910000241] Eingangsbestätigung: {conf_subject(code)}", "2025-04-29 11:02",
                            extra=("Precedence: bulk", "X-Auto-Response-Suppress: All", "X-Loop: servicedesk")),
                   text(body, "utf-8", "quoted-printable")), \
        label("auto_reply", [], None, None, None)


@case("auto-lra-poststelle-received")
def _(slug):
    a = "poststelle@lra-greiz.example"
    code = code_for("b13-lra-greiz")
    body = """Ihre Nachricht ist eingegangen.

Sehr geehrte Damen und Herren,

vielen Dank für Ihre E-Mail. Diese ist im elektronischen Postfach des Landratsamtes Greiz eingegangen und wird an die zuständige Stelle weitergeleitet.

Bitte beachten Sie: Über dieses Postfach können keine rechtsverbindlichen Erklärungen abgegeben werden. Hinweise zum Datenschutz finden Sie unter www.landkreis-greiz.example/datenschutz.

Diese Nachricht wurde automatisch erstellt."""
    return ol(slug, addr("Landratsamt Greiz - Poststelle", a), "Ihre Nachricht ist eingegangen: " + conf_subject(code),
              "2025-05-02 09:11", body, extra=("Auto-Submitted: auto-generated",)), \
        label("auto_reply", [], None, None, None)


@case("auto-sieve-vacation")
def _(slug):
    a = "l.meissner@vg-pleissenaue.example"
    code = code_for("b13-sieve")
    body = """Vielen Dank für Ihre Nachricht. Ich bin vom 30.04. bis 09.05.2025 im Urlaub und lese meine E-Mails in dieser Zeit nicht. Ihre Nachricht wird nicht weitergeleitet.

Mit freundlichen Grüßen
Lutz Meißner"""
    h = envelope(slug, addr("Lutz Meißner", a), "Abwesend: " + conf_subject(code), "2025-04-30 15:27",
                 extra=("Auto-Submitted: auto-replied (vacation)", "X-Autoreply: yes", "Precedence: bulk"))
    return message(h, text(body, "utf-8", "quoted-printable")), label("auto_reply", [], None, None, None)


# ==================================================================================================
# bounces
# ==================================================================================================


def _ours(slug: str, to: str, subject: str, when: str, body: str) -> bytes:
    return message([f"From: {addr(OUR_NAME, INBOX)}", f"To: {to}", f"Subject: {hval(subject)}",
                    f"Date: {rfcdate(when)}", f"Message-ID: {msgid('our-' + slug, 'transferveranstaltung.example')}",
                    "Auto-Submitted: auto-replied"], text(body))


@case("bounce-postfix-user-unknown-confirmation")
def _(slug):
    rcpt = "j.fiedlerr@stadt-roemhild.example"
    code = code_for("b13-roemhild")
    original = _ours(slug, rcpt, conf_subject(code), "2025-04-25 11:47",
                     confirmation("Sehr geehrter Herr Fiedler", ["Jan Fiedler"], code))
    human = f"""This is the mail system at host mx01.transferveranstaltung.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<{rcpt}>: host mail.stadt-roemhild.example[192.0.2.41] said: 550 5.1.1
    <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox
    table (in reply to RCPT TO command)"""
    dsn = f"""Reporting-MTA: dns; mx01.transferveranstaltung.example
X-Postfix-Queue-ID: 4Zk2Tq1V7Bz9sWl
Arrival-Date: {rfcdate('2025-04-25 11:47')}

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.stadt-roemhild.example
Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User
    unknown in virtual mailbox table
"""
    part = report(slug, (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                         human.encode() + b"\n"), dsn, rfc822_headers(original))
    h = ["Return-Path: <>", f"From: {addr('Mail Delivery System', 'MAILER-DAEMON@mx01.transferveranstaltung.example')}",
         f"To: {INBOX}", "Subject: Undelivered Mail Returned to Sender", f"Date: {rfcdate('2025-04-25 11:47')}",
         f"Message-ID: {msgid(slug, 'mx01.transferveranstaltung.example')}", "Auto-Submitted: auto-replied"]
    return message(h, part), label("bounce", [], None, None, None, language="en", bounce_recipient=rcpt)


@case("bounce-exchange-german-invitation")
def _(slug):
    rcpt = "bauamt@gemeinde-gerstengrund.example"
    original = message([f"From: {INVITE_FROM}", f"To: {rcpt}", f"Subject: {hval(INVITE_SUBJECT)}",
                        f"Date: {rfcdate('2025-04-22 07:30')}",
                        f"Message-ID: {msgid('invite-' + slug, 'transferveranstaltung.example')}",
                        f"Reply-To: {INBOX}"], text(INVITATION))
    human = f"""Ihre Nachricht hat folgende Empfänger nicht erreicht:

{rcpt}
Das Postfach des Empfängers ist nicht mehr vorhanden. Die Adresse wurde möglicherweise geändert.

Diagnoseinformationen für Administratoren:
Generierender Server: EXCH02.kommunal-it.example
Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben."""
    dsn = f"""Reporting-MTA: dns;EXCH02.kommunal-it.example
Received-From-MTA: dns;mx01.transferveranstaltung.example
Arrival-Date: {rfcdate('2025-04-22 07:31')}

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
    part = report(slug, (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"],
                         encode_body(human, "utf-8", "quoted-printable")), dsn, rfc822(original))
    h = [f"From: {addr('Microsoft Outlook', 'postmaster@kommunal-it.example')}", f"To: {INBOX}",
         f"Subject: {hval('Unzustellbar: ' + INVITE_SUBJECT)}", f"Date: {rfcdate('2025-04-22 07:31')}",
         f"Message-ID: {msgid(slug, 'kommunal-it.example')}", "Auto-Submitted: auto-replied", "Content-Language: de-DE"]
    return message(h, part), label("bounce", [], None, None, None, bounce_recipient=rcpt)


@case("bounce-postfix-delayed-missing")
def _(slug):
    rcpt = "anmeldung.bauamt@vg-oberes-sprottental.example"
    original = _ours(slug, rcpt, missing_subject(), "2025-04-30 08:05", missing_body("Guten Tag"))
    human = f"""This is the mail system at host mx01.transferveranstaltung.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<{rcpt}>: connect to mail.vg-oberes-sprottental.example[198.51.100.23]:25:
    Connection timed out"""
    dsn = f"""Reporting-MTA: dns; mx01.transferveranstaltung.example
X-Postfix-Queue-ID: 4Zm7Hc0L2sz8QxR
Arrival-Date: {rfcdate('2025-04-30 08:05')}

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.vg-oberes-sprottental.example[198.51.100.23]:25: Connection timed out
Will-Retry-Until: {rfcdate('2025-05-05 08:05')}
"""
    part = report(slug, (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                         human.encode() + b"\n"), dsn, rfc822_headers(original))
    h = ["Return-Path: <>", f"From: {addr('Mail Delivery System', 'MAILER-DAEMON@mx01.transferveranstaltung.example')}",
         f"To: {INBOX}", "Subject: Delayed Mail (still being retried)", f"Date: {rfcdate('2025-04-30 12:06')}",
         f"Message-ID: {msgid(slug, 'mx01.transferveranstaltung.example')}", "Auto-Submitted: auto-replied"]
    return message(h, part), label("bounce", [], None, None, None, language="en", bounce_recipient=rcpt)


# ==================================================================================================
# other
# ==================================================================================================


@case("tambach-dietharz-thanks-confirmation")
def _(slug):
    a = "s.moeller@tambach-dietharz.example"
    code = code_for("b13-tambach")
    quoted = ol_new_quote(OUR, "2025-04-23 11:20", f"Möller, Silke <{a}>", conf_subject(code),
                          confirmation("Sehr geehrte Frau Möller", ["Silke Möller"], code))
    body = f"""Vielen Dank für die schnelle Bestätigung, wir freuen uns auf die Veranstaltung!

Viele Grüße
Silke Möller
Stadt Tambach-Dietharz
Bauamt

{quoted}"""
    return ol(slug, addr("Möller, Silke", a), "AW: " + conf_subject(code), "2025-04-23 11:34", body), \
        label("other", [], "Stadt Tambach-Dietharz", "municipality", "Tambach-Dietharz/Thür. Wald")


@case("thanks-cancellation-iphone")
def _(slug):
    a = "h.nitsche-berg@oberhof.example"
    code = code_for("b13-oberhof")
    body = f"""Danke, alles klar!

Von meinem iPhone gesendet

{apple_quote("2025-04-29 16:02", cancelled_body("Sehr geehrte Frau Nitsche-Berg", ["Heike Nitsche-Berg"], code))}"""
    return iphone_raw(slug, addr("Heike Nitsche-Berg", a), "AW: " + cancel_subject(code), "2025-04-29 17:15", body), \
        label("other", [], None, "municipality", "Oberhof")


@case("newsletter-list-unsubscribe")
def _(slug):
    a = "newsletter@netzwerk-stadtentwicklung.example"
    body = """Netzwerk Stadtentwicklung Mitteldeutschland – Newsletter April 2025

Liebe Leserinnen und Leser,

in dieser Ausgabe:

1. Städtebauförderung 2025: Programmaufruf und Fristen
2. Tag der Städtebauförderung am 10. Mai 2025 – machen Sie mit!
3. Termine: 9. Transferveranstaltung „Zusammen denken – gemeinsam handeln“ am 20. Mai 2025 in Bad Lobenstein (Anmeldung bis 9. Mai direkt beim Veranstalter)
4. Praxisbeispiel: Bürgerbeteiligung zum ISEK mit digitalen Werkzeugen

Den vollständigen Newsletter lesen Sie online: https://netzwerk-stadtentwicklung.example/newsletter/2025-04

Sie erhalten diesen Newsletter, weil Sie sich dafür angemeldet haben.
Abmelden: https://netzwerk-stadtentwicklung.example/abmelden?id=88412"""
    h = envelope(slug, addr("Netzwerk Stadtentwicklung Mitteldeutschland", a),
                 "Newsletter April 2025: Städtebauförderung, Termine, Praxisbeispiele", "2025-04-30 06:00",
                 extra=("Precedence: bulk", "List-Id: Newsletter Stadtentwicklung <newsletter.netzwerk-stadtentwicklung.example>",
                        "List-Unsubscribe: <https://netzwerk-stadtentwicklung.example/abmelden?id=88412>",
                        "List-Unsubscribe-Post: List-Unsubscribe=One-Click"))
    return message(h, alt(slug, body, simple_html(body), prefix="nl_")), label("other", [], None, None, None)


@case("misdirected-internal-statement-pdf")
def _(slug):
    a = "b.kaiser@stadt-ruhla.example"
    body = """Hallo Anke,

anbei wie besprochen unsere Stellungnahme zum Bebauungsplan Nr. 17 „Am Mühlgraben“. Kannst du sie bitte noch heute an den Kreis weiterleiten?

Danke und Gruß
Bernd Kaiser
Bauamt"""
    b = "----=_NextPart_000_MIX_" + hashlib.md5(slug.encode()).hexdigest()[:16].upper()
    mixed = multi("mixed", [outlook_alt(slug, body),
                            attachment("application/pdf", "Stellungnahme_BP17_Muehlgraben.pdf",
                                       dummy_pdf("Stellungnahme BP 17"))], b)
    h = envelope(slug, addr("Kaiser, Bernd", a), "Stellungnahme B-Plan Nr. 17", "2025-05-06 13:55",
                 extra=outlook_headers())
    return message(h, mixed), label("other", [], None, None, None)


@case("phishing-mailbox-quota")
def _(slug):
    a = "admin@webmail-sicherheit.example"
    body = f"""Sehr geehrter Nutzer,

Ihr Postfach {INBOX} hat 98 % des Speicherlimits erreicht. Eingehende Nachrichten werden ab sofort zurückgewiesen.

Um Datenverlust zu vermeiden, bestätigen Sie Ihr Konto innerhalb von 24 Stunden:
https://webmail-sicherheit.example/upgrade?user={INBOX}

Vielen Dank
Ihr Webmail-Team"""
    h = envelope(slug, addr("Webmail Administrator", a), "WARNUNG: Ihr Postfach ist fast voll", "2025-05-03 03:17",
                 extra=("X-Priority: 1 (Highest)",))
    return message(h, alt(slug, body, simple_html(body), prefix="b1_")), label("other", [], None, None, None)


# ==================================================================================================
# validation beyond the kit's
# ==================================================================================================

EARLIER = ("corpus", "corpus_holdout", "corpus_blind", "corpus_blind2", "corpus_blind3", "corpus_blind4",
           "corpus_blind5", "corpus_blind6", "corpus_blind7", "corpus_blind8", "corpus_blind9", "corpus_blind10",
           "corpus_blind11")
GAZ_DIR = Path("/work/shared/data")
OTYPES = {"municipality", "planning_office", "authority", "other", None}
REQUIRED = ("intent", "language", "attendees", "organisation", "organisation_type", "municipality")


def base_letter(surname: str) -> str:
    """First letter without diacritics: Ö → O, Ü → U."""
    return unicodedata.normalize("NFD", surname)[0].upper()


def extra_checks() -> list[str]:
    """Fields, the L–Z rule for attendee surnames (another writer covers A–K), gazetteer by CSV."""
    problems: list[str] = []
    gaz = {}
    path = GAZ_DIR / "thueringen-gemeinden.csv"
    if path.exists():
        with path.open(encoding="utf-8") as fh:
            gaz = {r["ags"]: r for r in csv.DictReader(fh)}
    for js in sorted(HERE.glob("[0-9][0-9][0-9]-*.json")):
        data = json.loads(js.read_text(encoding="utf-8"))
        for key in REQUIRED:
            if key not in data:
                problems.append(f"{js.name}: no field {key}")
        if data.get("organisation_type") not in OTYPES:
            problems.append(f"{js.name}: organisation_type {data.get('organisation_type')!r}")
        for person in data.get("attendees", []):
            for key in ("name", "email", "role"):
                if key not in person:
                    problems.append(f"{js.name}: attendee without {key}")
            surname = person["name"].split()[-1]
            if not "L" <= base_letter(surname) <= "Z":
                problems.append(f"{js.name}: surname {surname!r} does not start with L–Z")
        m = data.get("municipality")
        if m is not None:
            if set(m) != {"name", "ags", "district"}:
                problems.append(f"{js.name}: municipality fields {sorted(m)}")
            row = gaz.get(m["ags"])
            if gaz and (row is None or row["name"] != m["name"] or row["district"] != m["district"]):
                problems.append(f"{js.name}: {m} does not match {GAZ_DIR}")
        if data["intent"] == "bounce" and not data.get("bounce_recipient"):
            problems.append(f"{js.name}: bounce without bounce_recipient")
    return problems


def rebuild_differs() -> list[str]:
    """Files whose bytes a fresh build would change."""
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
        if differing:
            raise SystemExit(1)
        print("rebuild is byte-identical")
    if extra:
        raise SystemExit(1)
    if "--list" in sys.argv[1:]:
        for p in sorted(HERE.glob("[0-9][0-9][0-9]-*.json")):
            print(p.stem, json.loads(p.read_text(encoding="utf-8"))["intent"])
