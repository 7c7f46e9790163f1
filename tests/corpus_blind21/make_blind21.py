"""Rebuild and validate the twenty-first blind corpus (tests/corpus_blind21/).

Written from the invitation, INTERFACE.md, the gazetteer, the labelling conventions in the READMEs of tests/corpus/,
tests/corpus_blind8/, tests/corpus_blind11/ and tests/corpus_blind18/, tests/corpus_kit.py and the generators of
corpus_blind8 and corpus_blind11 only, without reading or running the parser, by a twenty-first writer. Each case is
one mail as the registration inbox receives it over the whole registration period (22 April – 19 May 2025), built
by the byte-exact MIME writer of tests/corpus_kit.py, with what a careful event secretary records from that mail
alone.

    .venv/bin/python tests/corpus_blind21/make_blind21.py          # rewrite all files, then validate
    .venv/bin/python tests/corpus_blind21/make_blind21.py --check  # validate the files as they are, and check
                                                                   # that a rebuild would be byte-identical
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_kit import (  # noqa: E402
    INBOX,
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
    ox,
    quote,
    reminder,
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
    waitlist,
    webde_html_only,
    word_html,
)

HERE = Path(__file__).resolve().parent
CASES: Cases = []
case = case_registry(CASES)
SEED = 20250520

MFG = "Mit freundlichen Grüßen"
EVENT = "9. Transferveranstaltung am 20. Mai 2025"
OUR = f"{OUR_NAME} <{INBOX}>"


# --------------------------------------------------------------------------------------------------
# our own mails, as they come back in subjects and quotes
# --------------------------------------------------------------------------------------------------

def s_conf(code: str) -> str:
    return f"Anmeldebestätigung: {EVENT} ({code})"


def s_wait(code: str) -> str:
    return f"Warteliste: {EVENT} ({code})"


def s_miss() -> str:
    return f"Fehlende Angaben zu Ihrer Anmeldung: {EVENT}"


def s_canc(code: str) -> str:
    return f"Abmeldung bestätigt: {EVENT} ({code})"


def s_rem(code: str) -> str:
    return f"Erinnerung: {EVENT} ({code})"


def b_conf(salutation: str, persons: list[str], code: str, kommune: str | None = None) -> str:
    body = confirmation(salutation, persons, code)
    if kommune:
        body = body.replace("\n\nBeginn:", f"\n\nKommune: {kommune}\n\nBeginn:", 1)
    return body


def b_miss(salutation: str) -> str:
    return (f"{salutation},\n\nvielen Dank für Ihre Nachricht zur 9. Transferveranstaltung am 20. Mai 2025 in Bad "
            "Lobenstein. Damit wir Ihre Anmeldung erfassen können, fehlen uns noch folgende Angaben:\n\n"
            "- Name der teilnehmenden Person(en)\n- Kommune bzw. Institution\n\n"
            "Bitte antworten Sie einfach auf diese E-Mail.\n\n"
            "Mit freundlichen Grüßen\nIhr Organisationsteam der Transferveranstaltung")


def b_canc(salutation: str, code: str) -> str:
    return (f"{salutation},\n\nwir haben Ihre Abmeldung von der 9. Transferveranstaltung am 20. Mai 2025 erhalten und "
            f"Ihre Anmeldung ({code}) storniert. Schade, dass Sie nicht dabei sein können.\n\n"
            "Mit freundlichen Grüßen\nIhr Organisationsteam der Transferveranstaltung")


def q_ol_old(when_de: str, to: str, subject: str, body: str, frm: str = OUR) -> str:
    """Outlook's classic quote header."""
    return (f"-----Ursprüngliche Nachricht-----\nVon: {frm}\nGesendet: {when_de}\nAn: {to}\n"
            f"Betreff: {subject}\n\n{body}")


def q_ol_new(when_de: str, to: str, subject: str, body: str, frm: str = OUR) -> str:
    """Newer Outlook: a rule and a Von:/Gesendet:/An:/Betreff: block."""
    return (f"________________________________\nVon: {frm}\nGesendet: {when_de}\nAn: {to}\n"
            f"Betreff: {subject}\n\n{body}")


def q_tb(when_de: str, body: str, who: str = OUR) -> str:
    return f"Am {when_de} schrieb {who}:\n" + quote(body)


def q_ios(when_de: str, body: str, who: str = OUR) -> str:
    return f"> Am {when_de} schrieb {who}:\n>\n" + quote(body)


def invitation_quote_ol(when_de: str = "Dienstag, 22. April 2025 07:30", to: str = "Verteiler Kommunen") -> str:
    return q_ol_old(when_de, to, INVITE_SUBJECT, INVITATION, INVITE_FROM)


def our_mail(slug: str, to: str, subject: str, when: str, body: str) -> bytes:
    headers = [f"From: {addr(OUR_NAME, INBOX)}", f"To: {to}", f"Subject: {hval(subject)}",
               f"Date: {rfcdate(when)}", f"Message-ID: {msgid('our-' + slug, 'transferveranstaltung.example')}",
               "Auto-Submitted: auto-replied"]
    return message(headers, text(body))


# --------------------------------------------------------------------------------------------------
# client shapes not in the kit
# --------------------------------------------------------------------------------------------------

def ol_html_only(slug, frm, subject, when, body, inner=None, extra=()):
    return ol(slug, frm, subject, when, body, html_only=True, inner=inner, extra=extra)


def ol_crlf(slug, frm, subject, when, body, extra=()):
    h = envelope(slug, frm, subject, when, extra=outlook_headers(extra))
    return message(h, outlook_alt(slug, body), crlf=True)


def ol_pdf(slug, frm, subject, when, body, filename, title):
    h = envelope(slug, frm, subject, when, extra=outlook_headers())
    b = "----=_NextPart_001_" + hashlib.md5(slug.encode()).hexdigest()[:20].upper()
    return message(h, multi("mixed", [outlook_alt(slug, body), attachment("application/pdf", filename, dummy_pdf(title))], b))


def notes(slug, frm, subject, when, body, extra=()):
    """HCL Notes: ISO-8859-1 QP plain + a small HTML part."""
    h = envelope(slug, frm, subject, when, subject_enc=("ISO-8859-1", "Q"),
                 extra=("X-Mailer: HCL Notes Release 12.0.2FP2 August 25, 2023",
                        "X-MIMETrack: Serialize by Router on SRV-MAIL01/Verwaltung(Release 12.0.2FP2) at "
                        + f"{when[8:10]}.{when[5:7]}.{when[:4]} {when[11:]}:00", "X-KeepSent: 4A7C1E2B:00D3F6A1-C1258C7F:0034B2E5;", *extra))
    lines = "<br>\n".join(l.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for l in body.split("\n"))
    html_body = f'<font size=2 face="sans-serif">{lines}</font>\n'
    b = "=_alternative 0034B2E5C1258C7F_" + hashlib.md5(slug.encode()).hexdigest()[:6]
    return message(h, multi("alternative", [text(body, "ISO-8859-1", "quoted-printable"),
                                            text(html_body, "ISO-8859-1", "quoted-printable", sub="html")], b))


def ascii_mail(slug, frm, subject, when, body, extra=()):
    h = envelope(slug, frm, subject, when, extra=extra)
    return message(h, text(body, "us-ascii", "7bit"))


def iphone_reply(slug, frm, subject, when, body, quoted, extra=()):
    h = envelope(slug, frm, subject, when, extra=("X-Mailer: iPhone Mail (22E252)", *extra))
    return message(h, text(body + "\n\nVon meinem iPhone gesendet\n\n" + quoted, "utf-8", "quoted-printable"))


def samsung_alt(slug, frm, subject, when, body):
    """Samsung e-mail app: alternative, both parts base64."""
    full = body + "\n\n\nGesendet von meinem Galaxy"
    h = envelope(slug, frm, subject, when)
    html_body = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body dir=\"auto\">" + \
        "<br>".join(l.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for l in full.split("\n")) + "</body></html>\n"
    return message(h, alt(slug, full, html_body, "UTF-8", "base64", prefix="--_com.samsung.android.email_"))


# labels ------------------------------------------------------------------------------------------

def reg(people, org, otype, town, **kw):
    return label("registration", people, org, otype, town, **kw)


def none(intent, org=None, otype=None, town=None, **kw):
    return label(intent, [], org, otype, town, **kw)


# ==================================================================================================
# registrations
# ==================================================================================================


@case("erfurt-landeshauptstadt-dr")
def _(slug):
    a = "henrike.leistikow@erfurt.example"
    body = f"""Sehr geehrte Damen und Herren,

vielen Dank für die Einladung zur 9. Transferveranstaltung. Hiermit melde ich mich für den 20. Mai 2025 verbindlich an. Wir schreiben unser ISEK derzeit fort und sind vor allem an dem Austausch zur Einbeziehung der eingemeindeten Ortsteile interessiert.

{MFG}
Im Auftrag

""" + sig("Dr. Henrike Leistikow", "Abteilungsleiterin Stadtentwicklung", "Landeshauptstadt Erfurt\nAmt für Stadtentwicklung und Stadtplanung",
          "Löberstraße 34", "99096 Erfurt", "0361 655-0000", a)
    return ol(slug, addr("Leistikow, Henrike (Dr.)", a), "Anmeldung 9. Transferveranstaltung ISEK", "2025-04-23 09:14", body), \
        reg([P("Henrike Leistikow", a, "Abteilungsleiterin Stadtentwicklung", "Dr.")],
            "Landeshauptstadt Erfurt, Amt für Stadtentwicklung und Stadtplanung", "municipality", "Erfurt")


@case("jena-two-reply-invitation")
def _(slug):
    a = "tobias.ludewig@jena.example"
    body = f"""Guten Tag,

für die Stadt Jena melde ich mich sowie meine Kollegin Maren Mahlert (maren.mahlert@jena.example) zur Veranstaltung an.

Viele Grüße
Tobias Ludewig
Stadt Jena | Fachdienst Stadtentwicklung
Tel. 03641 49-0000

""" + q_ol_new("Dienstag, 22. April 2025 07:30", "Verteiler Kommunen", INVITE_SUBJECT, INVITATION, INVITE_FROM)
    return ol(slug, addr("Ludewig, Tobias", a), "AW: " + INVITE_SUBJECT, "2025-04-22 10:02", body), \
        reg([P("Tobias Ludewig", a, None), P("Maren Mahlert", "maren.mahlert@jena.example", None)],
            "Stadt Jena, Fachdienst Stadtentwicklung", "municipality", "Jena")


@case("gera-phone-terse")
def _(slug):
    a = "kai.menzler@gera.example"
    body = "Hallo, melde mich für den 20.5. in Bad Lobenstein an.\nMenzler\nStadt Gera, FD Stadtplanung"
    return iphone(slug, addr("Kai Menzler", a), "Anmeldung", "2025-04-24 17:41", body), \
        reg([P("Kai Menzler", a, None)], "Stadt Gera, FD Stadtplanung", "municipality", "Gera")


@case("weimar-thunderbird-sig")
def _(slug):
    a = "c.neidhardt@weimar.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich zur Transferveranstaltung „Zusammen denken – gemeinsam handeln“ am 20. Mai an. Unser ISEK 2030 wurde im letzten Jahr beschlossen, insofern kann ich gern auch von unseren Erfahrungen mit der Bürgerbeteiligung berichten, falls das gewünscht ist.

Mit freundlichen Grüßen
Christoph Neidhardt

-- 
Christoph Neidhardt
Stadtplanungsamt Weimar
Abt. Stadtentwicklung
Schwanseestraße 17, 99423 Weimar
Tel. 03643 762-000"""
    return tb(slug, addr("Christoph Neidhardt", a), "Anmeldung Transferveranstaltung 20.05.2025", "2025-04-25 08:33", body), \
        reg([P("Christoph Neidhardt", a, None)], "Stadt Weimar, Stadtplanungsamt", "municipality", "Weimar",
            notes=["bietet an, von den Erfahrungen mit der Bürgerbeteiligung zu berichten"])


@case("suhl-secretary-ob")
def _(slug):
    a = "sekretariat.ob@suhl.example"
    body = f"""Sehr geehrte Damen und Herren,

im Auftrag von Herrn Oberbürgermeister Bernd Niedling melde ich ihn zur 9. Transferveranstaltung am 20.05.2025 in Bad Lobenstein an.

Für Rückfragen stehe ich gern zur Verfügung. Die Bestätigung senden Sie bitte an diese Adresse.

{MFG}
i. A. Yvonne Kaltofen
Sekretariat des Oberbürgermeisters
Stadtverwaltung Suhl
Marktplatz 1
98527 Suhl"""
    return ol(slug, addr("Sekretariat OB Suhl", a), "Anmeldung OB Niedling – Transferveranstaltung", "2025-04-28 10:47", body), \
        reg([P("Bernd Niedling", None, "Oberbürgermeister")], "Stadtverwaltung Suhl", "municipality", "Suhl")


@case("nordhausen-three-numbered")
def _(slug):
    a = "stadtplanung@nordhausen.example"
    body = f"""Sehr geehrte Damen und Herren,

zur o. g. Veranstaltung melden wir folgende Personen an:

1. Dipl.-Ing. Frank Nottrott, Amtsleiter Stadtentwicklung – f.nottrott@nordhausen.example
2. Sabrina Ostwald, Sachbearbeiterin Städtebauförderung – s.ostwald@nordhausen.example
3. Dipl.-Geogr. Lars Otte, Klimaschutzmanager – l.otte@nordhausen.example

Vielen Dank und {MFG.lower()}
im Auftrag
Petra Gleisberg
Stadtverwaltung Nordhausen
Amt für Stadtentwicklung"""
    return ol(slug, addr("Stadtplanung Nordhausen", a), "Anmeldung 9. Transferveranstaltung – 3 Personen", "2025-04-29 13:05", body), \
        reg([P("Frank Nottrott", "f.nottrott@nordhausen.example", "Amtsleiter Stadtentwicklung", "Dipl.-Ing."),
             P("Sabrina Ostwald", "s.ostwald@nordhausen.example", "Sachbearbeiterin Städtebauförderung"),
             P("Lars Otte", "l.otte@nordhausen.example", "Klimaschutzmanager", "Dipl.-Geogr.")],
            "Stadtverwaltung Nordhausen, Amt für Stadtentwicklung", "municipality", "Nordhausen")


@case("gotha-ox-keyvalue")
def _(slug):
    a = "bauverwaltung@gotha.example"
    body = """Anmeldung zur 9. Transferveranstaltung am 20.05.2025 in Bad Lobenstein

Name: Pachmann
Vorname: Ulrike
Dienststelle: Stadtverwaltung Gotha, Fachbereich Stadtentwicklung
Funktion: Sachgebietsleiterin Stadtsanierung
E-Mail: u.pachmann@gotha.example
Telefon: 03621 222-000

Mit freundlichen Grüßen
U. Pachmann"""
    return ox(slug, addr("Bauverwaltung Gotha", a), "Anmeldung Transferveranstaltung", "2025-04-30 09:20", body), \
        reg([P("Ulrike Pachmann", "u.pachmann@gotha.example", "Sachgebietsleiterin Stadtsanierung")],
            "Stadtverwaltung Gotha, Fachbereich Stadtentwicklung", "municipality", "Gotha")


@case("muehlhausen-samsung")
def _(slug):
    a = "rene.prautzsch@muehlhausen.example"
    body = """Guten Tag,
hiermit melde ich mich für die Veranstaltung am 20. Mai an.
René Prautzsch
Stadtverwaltung Mühlhausen, Bauamt"""
    return samsung_alt(slug, addr("René Prautzsch", a), "Anmeldung ISEK Veranstaltung", "2025-05-02 07:12", body), \
        reg([P("René Prautzsch", a, None)], "Stadtverwaltung Mühlhausen, Bauamt", "municipality", "Mühlhausen/Thüringen")


@case("ilmenau-html-table")
def _(slug):
    a = "stadtentwicklung@ilmenau.example"
    before = """Sehr geehrte Damen und Herren,

für die Universitätsstadt Ilmenau nehmen folgende Kolleginnen und Kollegen an der Transferveranstaltung am 20. Mai 2025 teil:
"""
    after = f"""
{MFG}

Birgit Lorbeer
Sachbearbeiterin
Stadtverwaltung Ilmenau – Fachdienst Stadtentwicklung
Am Markt 7, 98693 Ilmenau"""
    rows = [["Name", "Funktion", "E-Mail"],
            ["Jörg Radestock", "Fachdienstleiter Stadtentwicklung", "j.radestock@ilmenau.example"],
            ["Anne Rammelt", "Quartiersmanagement Innenstadt", "a.rammelt@ilmenau.example"]]
    plain = before + "\n".join(" | ".join(r) for r in rows) + "\n" + after
    return ol_html_only(slug, addr("Stadtentwicklung Ilmenau", a), "Anmeldung Transferveranstaltung Bad Lobenstein",
                        "2025-05-05 11:26", plain, inner=table_html(rows, before, after)), \
        reg([P("Jörg Radestock", "j.radestock@ilmenau.example", "Fachdienstleiter Stadtentwicklung"),
             P("Anne Rammelt", "a.rammelt@ilmenau.example", "Quartiersmanagement Innenstadt")],
            "Stadtverwaltung Ilmenau, Fachdienst Stadtentwicklung", "municipality", "Ilmenau")


@case("arnstadt-crlf-parking")
def _(slug):
    a = "m.rauchfuss@arnstadt.example"
    body = f"""Sehr geehrte Damen und Herren,

ich möchte mich für die 9. Transferveranstaltung am 20.05.2025 anmelden.

Gibt es vor Ort Parkplätze? Ich würde mit dem Dienstwagen anreisen.

{MFG}

""" + sig("Martina Rauchfuß", "Sachgebiet Stadtplanung", "Stadtverwaltung Arnstadt", "Markt 1", "99310 Arnstadt",
          "03628 745-000", a)
    return ol_crlf(slug, addr("Rauchfuß, Martina", a), "Anmeldung Transferveranstaltung", "2025-05-06 14:02", body), \
        reg([P("Martina Rauchfuß", a, "Sachgebiet Stadtplanung")], "Stadtverwaltung Arnstadt", "municipality", "Arnstadt",
            notes=["fragt nach Parkplätzen (Anreise mit Dienstwagen)"])


@case("sondershausen-gmx-councillor")
def _(slug):
    a = "h.reichenbaecher@gmx.example"
    body = """Hallo,

ich bin Mitglied im Bau- und Umweltausschuss des Stadtrates Sondershausen und würde gern an der Veranstaltung am 20. Mai teilnehmen. Die Einladung hat mir unser Bauamt weitergeleitet.

Bitte melden Sie mich an.

Viele Grüße
Holger Reichenbächer
Stadtrat Sondershausen"""
    return gmx(slug, addr("Holger Reichenbächer", a), "Anmeldung Transferveranstaltung", "2025-05-07 20:15", body), \
        reg([P("Holger Reichenbächer", a, "Stadtrat")], "Stadt Sondershausen (Stadtrat)", "municipality", "Sondershausen")


@case("apolda-plain-colleague-no-address")
def _(slug):
    a = "bauamt.riemschneider@apolda.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich und meinen Kollegen Herrn Steffen Rißmann (Sachgebiet Tiefbau) für die Transferveranstaltung am 20. Mai an.

Wir kommen zu zweit mit einem Fahrzeug.

{MFG}
Claudia Riemschneider
Stadtverwaltung Apolda
Bauamt / Stadtplanung"""
    return ol_plain(slug, addr("Riemschneider, Claudia", a), "Anmeldung", "2025-04-23 08:05", body), \
        reg([P("Claudia Riemschneider", a, None), P("Steffen Rißmann", None, "Sachgebiet Tiefbau")],
            "Stadtverwaltung Apolda, Bauamt", "municipality", "Apolda")


@case("saalfeld-webde-ortsteil")
def _(slug):
    a = "dieter.rueckert@web.example"
    body = """Sehr geehrte Damen und Herren,

als Ortsteilbürgermeister von Obernitz (Stadt Saalfeld/Saale) möchte ich mich zu Ihrer Veranstaltung am 20.05. anmelden. Gerade das Thema der eingemeindeten Ortsteile im ISEK interessiert mich sehr.

Mit freundlichen Grüßen
Dieter Rückert"""
    return webde_html_only(slug, addr("Dieter Rückert", a), "Anmeldung zur Transferveranstaltung", "2025-04-30 19:48", body), \
        reg([P("Dieter Rückert", a, "Ortsteilbürgermeister")], "Stadt Saalfeld/Saale (Ortsteil Obernitz)", "municipality", "Saalfeld/Saale")


@case("rudolstadt-roundcube-latin1")
def _(slug):
    a = "schaefermeier@rudolstadt.example"
    body = """Sehr geehrte Damen und Herren,

ich melde mich hiermit für die Transferveranstaltung am 20. Mai 2025 in Bad Lobenstein an.

Mit freundlichen Grüßen

Sven Schäfermeier
Stadt Rudolstadt
Fachdienst Bauverwaltung und Stadtentwicklung
Markt 7, 07407 Rudolstadt"""
    return roundcube(slug, addr("Sven Schäfermeier", a, "ISO-8859-1"), "Anmeldung Transferveranstaltung", "2025-04-24 10:55", body), \
        reg([P("Sven Schäfermeier", a, None)], "Stadt Rudolstadt, Fachdienst Bauverwaltung und Stadtentwicklung", "municipality", "Rudolstadt")


@case("poessneck-notes")
def _(slug):
    a = "Anja.Scharff@poessneck.example"
    body = """Sehr geehrte Damen und Herren,

gerne nehme ich an der 9. Transferveranstaltung am 20.05.2025 teil.

Mit freundlichen Grüßen

Anja Scharff
Stadtverwaltung Pößneck
Bauamt - SG Stadtentwicklung
Tel.: 03647 500-000"""
    return notes(slug, addr("Anja Scharff", a), "Anmeldung Transferveranstaltung 20.05.2025", "2025-04-25 09:31", body), \
        reg([P("Anja Scharff", a, None)], "Stadtverwaltung Pößneck, Bauamt", "municipality", "Pößneck")


@case("schleiz-planning-office-client")
def _(slug):
    a = "schieferdecker@planwerk-saale.example"
    body = f"""Sehr geehrte Damen und Herren,

wir sind von der Stadt Schleiz mit der Fortschreibung des ISEK beauftragt und würden gern zu zweit an der Transferveranstaltung teilnehmen:

- Dipl.-Ing. Matthias Schieferdecker, Projektleitung (schieferdecker@planwerk-saale.example)
- Lena Schöppe, M.Sc. Stadtplanung (schoeppe@planwerk-saale.example)

{MFG}
Matthias Schieferdecker

PLANWERK Saale GmbH – Stadtplanung und Moderation
Wagnergasse 12, 07743 Jena
www.planwerk-saale.example"""
    return ol(slug, addr("Matthias Schieferdecker", a), "Anmeldung Transferveranstaltung – Planungsbüro (ISEK Schleiz)",
              "2025-04-29 15:40", body), \
        reg([P("Matthias Schieferdecker", a, "Projektleitung", "Dipl.-Ing."),
             P("Lena Schöppe", "schoeppe@planwerk-saale.example", "Stadtplanung", "M.Sc.")],
            "PLANWERK Saale GmbH", "planning_office", "Schleiz")


@case("greiz-us-ascii")
def _(slug):
    a = "t.schrickel@greiz.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich fuer die 9. Transferveranstaltung am 20.05.2025 an.
Ich bin im Fachbereich Bau der Stadt Greiz fuer die Staedtebaufoerderung zustaendig.

Mit freundlichen Gruessen
Thomas Schrickel
Stadtverwaltung Greiz
FB Bau- und Ordnungswesen"""
    return ascii_mail(slug, addr("Thomas Schrickel", a), "Anmeldung Transferveranstaltung", "2025-05-02 12:10", body,
                      extra=("User-Agent: Mutt/2.2.12 (2023-09-09)",)), \
        reg([P("Thomas Schrickel", a, None)], "Stadtverwaltung Greiz, FB Bau- und Ordnungswesen", "municipality", "Greiz")


@case("altenburg-apple")
def _(slug):
    a = "f.seidenschnur@altenburg.example"
    body = """Liebe Organisatorinnen und Organisatoren,

ich würde gern an der Transferveranstaltung am 20. Mai teilnehmen und melde mich hiermit an.

Beste Grüße aus Altenburg
Franziska Seidenschnur
Stadtverwaltung Altenburg – Stadtplanung"""
    return apple(slug, addr("Franziska Seidenschnur", a), "Anmeldung", "2025-04-27 18:22", body), \
        reg([P("Franziska Seidenschnur", a, None)], "Stadtverwaltung Altenburg, Stadtplanung", "municipality", "Altenburg")


@case("sonneberg-poststelle-reply-to")
def _(slug):
    a = "poststelle@sonneberg.example"
    rt = "g.sengewald@sonneberg.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich zur Transferveranstaltung am 20.05.2025 an. Bitte senden Sie die Bestätigung an meine persönliche Adresse.

{MFG}
Gert Sengewald
Stadtverwaltung Sonneberg
Fachbereich Bau, Stadtentwicklung"""
    return ol(slug, addr("Poststelle Stadt Sonneberg", a), "Anmeldung Transferveranstaltung", "2025-04-23 13:37", body,
              extra=(f"Reply-To: {addr('Sengewald, Gert', rt)}",)), \
        reg([P("Gert Sengewald", rt, None)], "Stadtverwaltung Sonneberg", "municipality", "Sonneberg")


@case("hildburghausen-mayor-plus-head")
def _(slug):
    a = "buergermeister@hildburghausen.example"
    body = f"""Sehr geehrte Damen und Herren,

vielen Dank für die Einladung. Ich nehme am 20. Mai gern teil und werde von unserer Bauamtsleiterin, Frau Kathrin Thieme (k.thieme@hildburghausen.example), begleitet.

{MFG}

Patrick Stübner
Bürgermeister der Stadt Hildburghausen"""
    return ol(slug, addr("Stübner, Patrick", a), "AW: " + INVITE_SUBJECT, "2025-04-28 16:18",
              body + "\n\n" + invitation_quote_ol(to="Stadt Hildburghausen")), \
        reg([P("Patrick Stübner", a, "Bürgermeister"), P("Kathrin Thieme", "k.thieme@hildburghausen.example", "Bauamtsleiterin")],
            "Stadt Hildburghausen", "municipality", "Hildburghausen")


@case("meiningen-thunderbird-qp")
def _(slug):
    a = "vogtmann@meiningen.example"
    body = """Guten Tag,

ich melde mich für die Transferveranstaltung am 20. Mai 2025 an. Wir haben unser ISEK 2024 fortgeschrieben und dabei erstmals die kommunale Wärmeplanung mitgedacht – dazu würde ich mich gern mit anderen austauschen.

Mit freundlichen Grüßen
Ines Vogtmann

-- 
Stadt Meiningen
Bauverwaltung, SG Stadtplanung
Schloßplatz 1, 98617 Meiningen"""
    return tb(slug, addr("Ines Vogtmann", a), "Anmeldung: Transferveranstaltung ISEK", "2025-05-05 10:44", body, cte="quoted-printable"), \
        reg([P("Ines Vogtmann", a, None)], "Stadt Meiningen, Bauverwaltung", "municipality", "Meiningen")


@case("schmalkalden-internal-forward")
def _(slug):
    a = "r.wandersleb@schmalkalden.example"
    mayor = "Thomas Kaiser <buergermeister@schmalkalden.example>"
    body = f"""Sehr geehrte Damen und Herren,

wie unten besprochen melde ich mich für die Stadt Schmalkalden zur Transferveranstaltung an.

{MFG}
Ronny Wandersleb
Stadtbauamt Schmalkalden

-----Ursprüngliche Nachricht-----
Von: {mayor}
Gesendet: Mittwoch, 23. April 2025 18:02
An: Wandersleb, Ronny <{a}>
Betreff: WG: {INVITE_SUBJECT}

Hallo Herr Wandersleb,
ich schaffe den Termin nicht. Können Sie bitte hinfahren und sich anmelden? Danke.
T. Kaiser

""" + invitation_quote_ol(to="Stadt Schmalkalden")
    return ol(slug, addr("Wandersleb, Ronny", a), "WG: " + INVITE_SUBJECT, "2025-04-24 07:52", body), \
        reg([P("Ronny Wandersleb", a, None)], "Stadtbauamt Schmalkalden", "municipality", "Schmalkalden")


@case("bad-salzungen-two-addresses")
def _(slug):
    a = "wettstein@badsalzungen.example"
    body = f"""Sehr geehrte Damen und Herren,

zur 9. Transferveranstaltung am 20. Mai melden wir uns an: Frau Nicole Wettstein (wettstein@badsalzungen.example) und Herr Marco Willing (willing@badsalzungen.example), beide Fachdienst Stadtentwicklung.

{MFG}
Nicole Wettstein

Stadtverwaltung Bad Salzungen
Fachdienst Stadtentwicklung
Ratsstraße 2, 36433 Bad Salzungen"""
    return ol(slug, addr("Wettstein, Nicole", a), "Anmeldung Transferveranstaltung 20.5.", "2025-04-30 11:12", body), \
        reg([P("Nicole Wettstein", a, None), P("Marco Willing", "willing@badsalzungen.example", None)],
            "Stadtverwaltung Bad Salzungen, Fachdienst Stadtentwicklung", "municipality", "Bad Salzungen")


@case("heiligenstadt-short-name")
def _(slug):
    a = "winkelmann@heiligenstadt.example"
    body = f"""Sehr geehrte Damen und Herren,

ich würde gerne an der Veranstaltung am 20.05.2025 teilnehmen.

{MFG}

Jana Winkelmann
Stadt Heiligenstadt
Bauamt – Stadtsanierung
Aegidienstraße 3, 37308 Heiligenstadt"""
    return ol(slug, addr("Winkelmann, Jana", a), "Teilnahme Transferveranstaltung", "2025-05-06 08:48", body), \
        reg([P("Jana Winkelmann", a, None)], "Stadt Heiligenstadt, Bauamt", "municipality", "Heilbad Heiligenstadt")


@case("leinefelde-iphone-reply-invite")
def _(slug):
    a = "m.zachow@leinefelde-worbis.example"
    body = "Ich bin dabei. Bitte anmelden.\n\nMarkus Zachow\nStadt Leinefelde-Worbis"
    quoted = q_ios("22.04.2025 um 07:30", INVITATION, INVITE_FROM)
    return iphone_reply(slug, addr("Markus Zachow", a), "Re: " + INVITE_SUBJECT, "2025-04-22 12:31", body, quoted), \
        reg([P("Markus Zachow", a, None)], "Stadt Leinefelde-Worbis", "municipality", "Leinefelde-Worbis")


@case("soemmerda-samsung-two")
def _(slug):
    a = "k.ziervogel@soemmerda.example"
    body = """Hallo,
wir möchten uns noch für den 20. Mai anmelden: Katja Ziervogel und Paul Poppitz, beide Stadt Sömmerda, Bauamt.
Danke und Gruß
K. Ziervogel"""
    return droid(slug, addr("Katja Ziervogel", a), "Anmeldung 2 Personen", "2025-05-08 16:55", body), \
        reg([P("Katja Ziervogel", a, None), P("Paul Poppitz", None, None)], "Stadt Sömmerda, Bauamt", "municipality", "Sömmerda")


@case("bad-langensalza-ox-vegetarian")
def _(slug):
    a = "queck@bad-langensalza.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich zur Transferveranstaltung am 20. Mai in Bad Lobenstein an. Ich ernähre mich vegetarisch – falls es eine Verpflegung gibt, wäre ich für eine Berücksichtigung dankbar.

Freundliche Grüße
Sabine Queck
Stadtverwaltung Bad Langensalza
Fachbereich Stadtentwicklung und Bauen"""
    return ox(slug, addr("Sabine Queck", a), "Anmeldung 9. Transferveranstaltung", "2025-05-04 21:03", body), \
        reg([P("Sabine Queck", a, None)], "Stadtverwaltung Bad Langensalza", "municipality", "Bad Langensalza",
            notes=["vegetarisch"])


@case("zeulenroda-mayor-formal-letter")
def _(slug):
    a = "buergermeisterin@zeulenroda-triebes.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Einladung zur 9. Transferveranstaltung „Zusammen denken – gemeinsam handeln“ bedanke ich mich herzlich.

Die Stadt Zeulenroda-Triebes hat in den vergangenen Jahren mehrere Ortsteile aufgenommen; die Fortschreibung unseres Integrierten Stadtentwicklungskonzeptes steht daher unmittelbar bevor. Gerade die in Ihrer Einladung angesprochene Überlagerung der Förderzuständigkeiten zwischen Städtebauförderung und Dorfentwicklung beschäftigt uns sehr. Der Austausch mit anderen Kommunen und der Bewilligungsstelle kommt für uns daher genau zur rechten Zeit.

Ich werde selbst an der Veranstaltung teilnehmen und mich von Herrn Uwe Rempel, Fachdienstleiter Bauverwaltung, begleiten lassen.

Für Ihre Mühe danke ich Ihnen bereits im Voraus und freue mich auf eine anregende Veranstaltung in Bad Lobenstein.

{MFG}

Heike Raßbach
Bürgermeisterin
Stadt Zeulenroda-Triebes
Markt 1
07937 Zeulenroda-Triebes"""
    return ol(slug, addr("Raßbach, Heike", a), "Teilnahme an der 9. Transferveranstaltung am 20. Mai 2025", "2025-05-05 15:27", body), \
        reg([P("Heike Raßbach", a, "Bürgermeisterin"), P("Uwe Rempel", None, "Fachdienstleiter Bauverwaltung")],
            "Stadt Zeulenroda-Triebes", "municipality", "Zeulenroda-Triebes")


@case("landratsamt-saale-holzland")
def _(slug):
    a = "kreisentwicklung@lra-shk.example"
    body = f"""Sehr geehrte Damen und Herren,

seitens des Landratsamtes Saale-Holzland-Kreis wird Frau Doreen Schüßler (Fachdienst Kreisentwicklung und Bauleitplanung, doreen.schuessler@lra-shk.example) an der Transferveranstaltung am 20.05.2025 teilnehmen.

{MFG}
im Auftrag
Gerd Kroll

Landratsamt Saale-Holzland-Kreis
Fachdienst Kreisentwicklung
Im Schloss, 07607 Eisenberg"""
    return ol(slug, addr("Kreisentwicklung LRA SHK", a), "Anmeldung Landratsamt SHK – Transferveranstaltung", "2025-04-29 10:06", body), \
        reg([P("Doreen Schüßler", "doreen.schuessler@lra-shk.example", "Fachdienst Kreisentwicklung und Bauleitplanung")],
            "Landratsamt Saale-Holzland-Kreis", "authority", None)


@case("regional-planning-office")
def _(slug):
    a = "m.sieler@regionalplanung-ost.example"
    body = """Guten Tag,

ich würde gern als Vertreter der Regionalen Planungsstelle Ostthüringen an der Transferveranstaltung am 20. Mai teilnehmen und melde mich hiermit an.

Mit freundlichen Grüßen
Mirko Sieler

Regionale Planungsstelle Ostthüringen
beim Thüringer Landesverwaltungsamt
Puschkinplatz 7, 07545 Gera"""
    return tb(slug, addr("Mirko Sieler", a), "Anmeldung Transferveranstaltung", "2025-05-07 09:15", body), \
        reg([P("Mirko Sieler", a, None)], "Regionale Planungsstelle Ostthüringen", "authority", None)


@case("planning-office-no-client")
def _(slug):
    a = "ufer@stadtraum-plan.example"
    body = """Sehr geehrte Damen und Herren,

wir betreuen derzeit mehrere Thüringer Kommunen bei der Fortschreibung ihrer ISEK und würden uns freuen, an der Transferveranstaltung teilzunehmen. Bitte melden Sie mich an.

Mit freundlichen Grüßen

Jakob Ufer
Dipl.-Ing. Stadtplaner

-- 
STADTRAUM plan – Büro für Stadtentwicklung
Anger 21, 99084 Erfurt
Tel. 0361 600000"""
    return tb(slug, addr("Jakob Ufer", a), "Anmeldung Planungsbüro", "2025-04-25 14:38", body), \
        reg([P("Jakob Ufer", a, "Stadtplaner", "Dipl.-Ing.")], "STADTRAUM plan – Büro für Stadtentwicklung", "planning_office", None)


@case("vg-hanstein-for-bornhagen")
def _(slug):
    a = "bauamt@vg-hanstein-rusteberg.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Gemeinde Bornhagen melden wir den Bürgermeister, Herrn Bernd Mihm, zur Transferveranstaltung am 20. Mai 2025 an. Die Gemeinde überlegt derzeit, ein Integriertes Gemeindliches Entwicklungskonzept aufzustellen.

{MFG}
i. A. Sandra Beck
Verwaltungsgemeinschaft Hanstein-Rusteberg
Bauamt"""
    return ol_plain(slug, addr("Bauamt VG Hanstein-Rusteberg", a), "Anmeldung Gemeinde Bornhagen", "2025-04-30 10:40", body), \
        reg([P("Bernd Mihm", None, "Bürgermeister")], "Verwaltungsgemeinschaft Hanstein-Rusteberg (für die Gemeinde Bornhagen)",
            "municipality", "Bornhagen")


@case("vg-oppurg-no-member")
def _(slug):
    a = "info@vg-oppurg.example"
    body = f"""Sehr geehrte Damen und Herren,

ich möchte mich für die Verwaltungsgemeinschaft Oppurg zur Veranstaltung am 20.05.2025 anmelden. Bei Rückfragen erreichen Sie mich unter 03647 400-000 oder per Mail unter k.neupert@vg-oppurg.example.

{MFG}
Kerstin Neupert
Verwaltungsgemeinschaft Oppurg
Bauverwaltung"""
    return ol(slug, addr("VG Oppurg", a), "Anmeldung", "2025-05-02 09:58", body), \
        reg([P("Kerstin Neupert", "k.neupert@vg-oppurg.example", None)], "Verwaltungsgemeinschaft Oppurg", "municipality", None)


@case("vg-gramme-vippach-grossmoelsen")
def _(slug):
    a = "hauptamt@vg-gramme-vippach.example"
    body = """Guten Tag,

der ehrenamtliche Bürgermeister der Gemeinde Großmölsen, Herr Rainer Ottleben, möchte an der Transferveranstaltung am 20. Mai teilnehmen. Er ist am besten über seine private Adresse r.ottleben@t-online.example erreichbar.

Freundliche Grüße
Hauptamt
VG Gramme-Vippach"""
    return ox(slug, addr("Hauptamt VG Gramme-Vippach", a), "Anmeldung BM Großmölsen", "2025-05-06 11:30", body), \
        reg([P("Rainer Ottleben", "r.ottleben@t-online.example", "ehrenamtlicher Bürgermeister")],
            "Verwaltungsgemeinschaft Gramme-Vippach (für die Gemeinde Großmölsen)", "municipality", "Großmölsen")


@case("hetschburg-honorary-gmx")
def _(slug):
    a = "frank.pampel@gmx.example"
    body = """Sehr geehrte Damen und Herren,

als ehrenamtlicher Bürgermeister der Gemeinde Hetschburg melde ich mich zu Ihrer Veranstaltung am 20.5. an. Unser Ort ist klein, aber die Fragen zur Dorfentwicklung stellen sich bei uns genauso.

Mit freundlichen Grüßen
Frank Pampel
Bürgermeister Gemeinde Hetschburg"""
    return gmx(slug, addr("Frank Pampel", a), "Anmeldung", "2025-05-03 08:17", body), \
        reg([P("Frank Pampel", a, "ehrenamtlicher Bürgermeister")], "Gemeinde Hetschburg", "municipality", "Hetschburg")


@case("berga-webde-double-name")
def _(slug):
    a = "bauamt.berga@web.example"
    body = """Sehr geehrte Damen und Herren,

ich melde mich für die Transferveranstaltung am 20. Mai an.

Mit freundlichen Grüßen
Annegret Schulze-Patzelt
Stadt Berga-Wünschendorf
Bauamt"""
    return webde_html_only(slug, addr("Bauamt Berga", a), "Anmeldung Transferveranstaltung 20.05.", "2025-04-26 10:02", body), \
        reg([P("Annegret Schulze-Patzelt", a, None)], "Stadt Berga-Wünschendorf, Bauamt", "municipality", "Berga-Wünschendorf")


@case("schmoelln-notes-two")
def _(slug):
    a = "Holger.Pestel@schmoelln.example"
    body = """Sehr geehrte Damen und Herren,

zur 9. Transferveranstaltung melden sich aus der Stadtverwaltung Schmölln an:

Holger Pestel, Amtsleiter Bauamt
Susann Ploß, Sachbearbeiterin Stadtentwicklung (Susann.Ploss@schmoelln.example)

Mit freundlichen Grüßen

Holger Pestel
Stadtverwaltung Schmölln
Markt 1, 04626 Schmölln"""
    return notes(slug, addr("Holger Pestel", a), "Anmeldung Transferveranstaltung", "2025-04-24 13:44", body), \
        reg([P("Holger Pestel", a, "Amtsleiter Bauamt"), P("Susann Ploß", "Susann.Ploss@schmoelln.example", "Sachbearbeiterin Stadtentwicklung")],
            "Stadtverwaltung Schmölln", "municipality", "Schmölln")


@case("weida-after-deadline")
def _(slug):
    a = "prehn@weida.example"
    body = f"""Sehr geehrte Damen und Herren,

leider habe ich die Einladung erst jetzt aus dem Urlaub zurück gesehen. Falls es noch möglich ist, melde ich mich hiermit für den 20. Mai an.

{MFG}

""" + sig("Carsten Prehn", "Sachgebietsleiter Bauverwaltung", "Stadtverwaltung Weida", "Markt 1", "07570 Weida", "036603 50-000", a)
    return ol(slug, addr("Prehn, Carsten", a), "Anmeldung – noch möglich?", "2025-05-12 08:21", body), \
        reg([P("Carsten Prehn", a, "Sachgebietsleiter Bauverwaltung")], "Stadtverwaltung Weida", "municipality", "Weida",
            notes=["nach Anmeldeschluss: „Falls es noch möglich ist“"])


@case("treffurt-answer-missing-info")
def _(slug):
    a = "quilitz.bauamt@treffurt.example"
    body = """Hallo,

entschuldigen Sie, das hatte ich vergessen: Ich heiße Marlene Quilitz und komme von der Stadt Treffurt (Bauamt).

Viele Grüße
Marlene Quilitz

""" + q_tb("03.05.25 um 09:12", b_miss("Guten Tag"))
    return tb(slug, addr("", a), "Re: " + s_miss(), "2025-05-03 10:05", body), \
        reg([P("Marlene Quilitz", a, None)], "Stadt Treffurt, Bauamt", "municipality", "Treffurt")


@case("vacha-planning-office-fulda")
def _(slug):
    a = "b.ranft@rhoenplan.example"
    body = f"""Sehr geehrte Damen und Herren,

unser Büro bearbeitet im Auftrag der Stadt Vacha die ISEK-Fortschreibung. Ich würde gern an der Veranstaltung am 20. Mai teilnehmen.

{MFG}
Birte Ranft
Landschaftsarchitektin

rhönplan – Stadt- und Regionalplanung
Heinrichstraße 40, 36037 Fulda"""
    return ol(slug, addr("Ranft, Birte", a), "Anmeldung Transferveranstaltung (ISEK Vacha)", "2025-04-28 12:51", body), \
        reg([P("Birte Ranft", a, "Landschaftsarchitektin")], "rhönplan – Stadt- und Regionalplanung", "planning_office", "Vacha")


@case("dingelstaedt-landgemeinde")
def _(slug):
    a = "t.resch@dingelstaedt.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich für die Landgemeinde Stadt Dingelstädt zur 9. Transferveranstaltung an.

{MFG}

""" + sig("Tino Resch", "Bauamtsleiter", "Landgemeinde Stadt Dingelstädt", "Kirchplatz 1", "37351 Dingelstädt", "036075 60-000", a)
    return ol(slug, addr("Resch, Tino", a), "Anmeldung", "2025-05-05 07:45", body), \
        reg([P("Tino Resch", a, "Bauamtsleiter")], "Landgemeinde Stadt Dingelstädt", "municipality", "Dingelstädt")


@case("bleicherode-pdf-form")
def _(slug):
    a = "saupe@bleicherode.example"
    body = f"""Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Anmeldung zur Transferveranstaltung. Teilnehmen wird Frau Sylvia Saupe, Sachgebiet Stadtentwicklung.

{MFG}
Sylvia Saupe
Stadt Bleicherode"""
    return ol_pdf(slug, addr("Saupe, Sylvia", a), "Anmeldung Transferveranstaltung 20.05.2025", "2025-04-29 09:03", body,
                  "Anmeldung_Transferveranstaltung_Bleicherode.pdf", "Anmeldung Bleicherode"), \
        reg([P("Sylvia Saupe", a, "Sachgebiet Stadtentwicklung")], "Stadt Bleicherode", "municipality", "Bleicherode")


@case("heringen-iphone-short")
def _(slug):
    a = "schinkoeth@heringen.example"
    body = "Guten Tag, ich nehme am 20.5. teil.\nGruß Maik Schinköth, Stadt Heringen"
    return iphone(slug, addr("Maik Schinköth", a), "Transferveranstaltung", "2025-05-07 06:58", body), \
        reg([P("Maik Schinköth", a, None)], "Stadt Heringen", "municipality", "Heringen/Helme")


@case("stadtilm-four-list")
def _(slug):
    a = "bauamt@stadtilm.example"
    body = f"""Sehr geehrte Damen und Herren,

aus Stadtilm kommen am 20. Mai vier Personen:

1. Herr Bürgermeister Lutz Schlott
2. Herr Dipl.-Ing. (FH) Enrico Schmidtke, Bauamtsleiter
3. Frau Simone Schröter, Stadträtin (Vorsitzende Bauausschuss)
4. Herr Alexander Seeber, Stadtrat

Die Bestätigung bitte an bauamt@stadtilm.example.

{MFG}
Enrico Schmidtke
Stadtverwaltung Stadtilm – Bauamt"""
    return ol(slug, addr("Bauamt Stadtilm", a), "Anmeldung Stadt Stadtilm (4 Personen)", "2025-05-02 13:29", body), \
        reg([P("Lutz Schlott", None, "Bürgermeister"), P("Enrico Schmidtke", a, "Bauamtsleiter", "Dipl.-Ing. (FH)"),
             P("Simone Schröter", None, "Stadträtin"), P("Alexander Seeber", None, "Stadtrat")],
            "Stadtverwaltung Stadtilm", "municipality", "Stadtilm")


@case("grossbreitenbach-roundcube-utf8")
def _(slug):
    a = "staude@grossbreitenbach.example"
    body = """Sehr geehrte Damen und Herren,

für die Landgemeinde Stadt Großbreitenbach möchte ich mich zur Transferveranstaltung am 20.05. anmelden.

Mit freundlichen Grüßen
Beate Staude
Bau- und Ordnungsamt"""
    return roundcube(slug, addr("Beate Staude", a), "Anmeldung Transferveranstaltung", "2025-04-25 11:11", body,
                     cs="UTF-8", cte="quoted-printable"), \
        reg([P("Beate Staude", a, None)], "Landgemeinde Stadt Großbreitenbach, Bau- und Ordnungsamt", "municipality", "Großbreitenbach")


@case("steinbach-hallenberg-surname-first")
def _(slug):
    a = "stelzner@steinbach-hallenberg.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich zur Veranstaltung am 20.05.2025 in Bad Lobenstein an.

Mit freundlichen Grüßen

Stelzner, Gudrun
Stadtverwaltung Steinbach-Hallenberg
Bauamt"""
    return ol_plain(slug, addr("Stelzner, Gudrun", a), "Anmeldung Transferveranstaltung", "2025-04-23 11:19", body), \
        reg([P("Gudrun Stelzner", a, None)], "Stadtverwaltung Steinbach-Hallenberg, Bauamt", "municipality", "Steinbach-Hallenberg")


@case("bad-frankenhausen-samsung-reregister")
def _(slug):
    a = "stoye.stadtbauamt@badfrankenhausen.example"
    code = code_for("b21-badfrankenhausen")
    body = f"""Guten Morgen,
mein anderer Termin ist doch abgesagt worden. Ich würde also gern wieder teilnehmen, bitte melden Sie mich erneut an.
Mfg
Heiko Stoye
Stadtbauamt Bad Frankenhausen


Gesendet von meinem Galaxy


-------- Ursprüngliche Nachricht --------
Von: {OUR}
Datum: 07.05.25 14:31 (GMT+01:00)
An: {a}
Betreff: {s_canc(code)}

{b_canc("Sehr geehrter Herr Stoye", code)}"""
    h = envelope(slug, addr("Heiko Stoye", a), "AW: " + s_canc(code), "2025-05-08 06:40")
    return message(h, text(body, "UTF-8", "base64")), \
        reg([P("Heiko Stoye", a, None)], "Stadtbauamt Bad Frankenhausen", "municipality", "Bad Frankenhausen/Kyffhäuser",
            notes=["meldet sich nach einer Abmeldung erneut an"])


@case("rossleben-wiehe-name-vorname")
def _(slug):
    a = "stadtverwaltung@rossleben-wiehe.example"
    body = """Anmeldung 9. Transferveranstaltung

Name, Vorname: Teichert, Manuela
Kommune: Stadt Roßleben-Wiehe
Funktion: Sachbearbeiterin Bauverwaltung
E-Mail: m.teichert@rossleben-wiehe.example

Vielen Dank!"""
    return ox(slug, addr("Stadtverwaltung Roßleben-Wiehe", a), "Anmeldung Transferveranstaltung", "2025-05-06 12:34", body), \
        reg([P("Manuela Teichert", "m.teichert@rossleben-wiehe.example", "Sachbearbeiterin Bauverwaltung")],
            "Stadt Roßleben-Wiehe", "municipality", "Roßleben-Wiehe")


@case("association-ranis-gmx")
def _(slug):
    a = "buergerstiftung.ranis@gmx.example"
    body = """Sehr geehrte Damen und Herren,

ich engagiere mich in der Bürgerstiftung Ranis und wir begleiten die Stadt bei der Beteiligung zum Stadtentwicklungskonzept. Da die Einbeziehung der Zivilgesellschaft ein Thema Ihrer Veranstaltung ist, melde ich mich hiermit an.

Viele Grüße
Dorothea Vent
Bürgerstiftung Ranis e. V."""
    return gmx(slug, addr("Bürgerstiftung Ranis", a), "Anmeldung Transferveranstaltung", "2025-05-01 17:26", body), \
        reg([P("Dorothea Vent", a, None)], "Bürgerstiftung Ranis e. V.", "other", None)


@case("tambach-dietharz-thunderbird")
def _(slug):
    a = "wabst@tambach-dietharz.example"
    body = """Sehr geehrte Damen und Herren,

ich möchte mich für die Transferveranstaltung am 20. Mai anmelden.

Freundliche Grüße
Olaf Wabst

-- 
Stadt Tambach-Dietharz
Bauamt
Burgstallstraße 31a, 99897 Tambach-Dietharz"""
    return tb(slug, addr("Olaf Wabst", a), "Anmeldung", "2025-05-04 19:50", body), \
        reg([P("Olaf Wabst", a, None)], "Stadt Tambach-Dietharz, Bauamt", "municipality", "Tambach-Dietharz/Thür. Wald")


@case("neustadt-orla-two-reply-newquote")
def _(slug):
    a = "wagler@neustadt-orla.example"
    body = f"""Sehr geehrte Damen und Herren,

wir nehmen mit zwei Personen teil: Herr Steffen Wagler (Stadtplanung) und Frau Ines Wollschläger (Fördermittelmanagement, wollschlaeger@neustadt-orla.example).

{MFG}
Steffen Wagler
Stadt Neustadt/Orla

""" + q_ol_new("Dienstag, 22. April 2025 07:30", "Stadt Neustadt/Orla", INVITE_SUBJECT, INVITATION, INVITE_FROM)
    return ol(slug, addr("Wagler, Steffen", a), "AW: " + INVITE_SUBJECT, "2025-04-23 09:57", body), \
        reg([P("Steffen Wagler", a, "Stadtplanung"), P("Ines Wollschläger", "wollschlaeger@neustadt-orla.example", "Fördermittelmanagement")],
            "Stadt Neustadt/Orla", "municipality", "Neustadt an der Orla")


@case("wurzbach-deadline-evening")
def _(slug):
    a = "wunsch.wurzbach@t-online.example"
    body = "Guten Abend, ich hoffe, es ist noch nicht zu spät: Bitte melden Sie mich für den 20.5. an. Lars Wunsch, Bürgermeister Stadt Wurzbach 🙂"
    return iphone(slug, addr("Lars Wunsch", a), "Anmeldung Wurzbach", "2025-05-09 21:47", body), \
        reg([P("Lars Wunsch", a, "Bürgermeister")], "Stadt Wurzbach", "municipality", "Wurzbach")


# ==================================================================================================
# cancellations
# ==================================================================================================


@case("cancel-ohrdruf-reply-confirmation")
def _(slug):
    a = "j.mosch@ohrdruf.example"
    code = code_for("b21-ohrdruf")
    body = f"""Sehr geehrte Damen und Herren,

leider muss ich meine Teilnahme an der Veranstaltung am 20. Mai absagen, da am selben Tag unsere Stadtratssitzung vorgezogen wurde.

{MFG}
Jens Mosch
Stadtverwaltung Ohrdruf

""" + q_ol_old("Donnerstag, 24. April 2025 10:02", a, s_conf(code), b_conf("Sehr geehrter Herr Mosch", ["Jens Mosch"], code))
    return ol(slug, addr("Mosch, Jens", a), "AW: " + s_conf(code), "2025-05-12 09:18", body), \
        label("cancellation", [P("Jens Mosch", a, None)], "Stadtverwaltung Ohrdruf", "municipality", "Ohrdruf")


@case("cancel-koelleda-colleague-only")
def _(slug):
    a = "a.menge@koelleda.example"
    code = code_for("b21-koelleda")
    body = f"""Hallo,

Herr Mühlpfordt kann am 20.05. leider nicht mit nach Bad Lobenstein kommen, bitte streichen Sie ihn von der Liste. Ich selbst bleibe angemeldet.

Danke und viele Grüße
Anett Menge
Stadt Kölleda, Bauamt

""" + q_tb("25.04.25 um 14:20", b_conf("Sehr geehrte Frau Menge", ["Anett Menge", "Kevin Mühlpfordt"], code))
    return tb(slug, addr("Anett Menge", a), "Re: " + s_conf(code), "2025-05-14 08:02", body), \
        label("cancellation", [P("Kevin Mühlpfordt", None, None)], "Stadt Kölleda, Bauamt", "municipality", "Kölleda")


@case("cancel-lauscha-both-iphone")
def _(slug):
    a = "nagel@lauscha.example"
    code = code_for("b21-lauscha")
    body = "Guten Tag, Meine Kollegin Heike Ossig und ich können am Dienstag leider beide nicht kommen. Bitte absagen. Danke\nRalf Nagel, Stadt Lauscha"
    quoted = q_ios("13.05.2025 um 08:00", reminder("Sehr geehrter Herr Nagel", code))
    return iphone_reply(slug, addr("Ralf Nagel", a), "AW: " + s_rem(code), "2025-05-16 07:15", body, quoted), \
        label("cancellation", [P("Ralf Nagel", a, None), P("Heike Ossig", None, None)], "Stadt Lauscha", "municipality", "Lauscha")


@case("cancel-bad-blankenburg-hauptamt-mayor")
def _(slug):
    a = "hauptamt@bad-blankenburg.example"
    body = f"""Sehr geehrte Damen und Herren,

Herr Bürgermeister Michael Perschke ist am 20. Mai kurzfristig verhindert. Wir bitten, ihn von der Teilnehmerliste der Transferveranstaltung zu streichen.

{MFG}
im Auftrag
Kerstin Albrecht
Stadtverwaltung Bad Blankenburg
Hauptamt"""
    return ol(slug, addr("Hauptamt Bad Blankenburg", a), "Absage Bürgermeister Perschke – Transferveranstaltung 20.05.", "2025-05-15 10:41", body), \
        label("cancellation", [P("Michael Perschke", None, "Bürgermeister")], "Stadtverwaltung Bad Blankenburg", "municipality", "Bad Blankenburg")


@case("cancel-koenigsee-waitlist")
def _(slug):
    a = "pfau.koenigsee@gmx.example"
    code = code_for("b21-koenigsee")
    body = f"""Hallo,

bitte nehmen Sie mich von der Warteliste. Ich habe am 20. Mai nun doch einen anderen Termin.

Viele Grüße
Jana Pfau
Stadt Königsee

-------- Original-Nachricht --------
Betreff: {s_wait(code)}
Datum: 2025-05-06T10:14:22+02:00
Von: "{OUR_NAME}" <{INBOX}>
An: pfau.koenigsee@gmx.example

{waitlist("Sehr geehrte Frau Pfau", code)}"""
    return gmx(slug, addr("Jana Pfau", a), "Aw: " + s_wait(code), "2025-05-08 12:09", body), \
        label("cancellation", [P("Jana Pfau", a, None)], "Stadt Königsee", "municipality", "Königsee")


@case("cancel-leutenberg-code-ox")
def _(slug):
    a = "piehler@leutenberg.example"
    code = code_for("b21-leutenberg")
    body = f"""Sehr geehrte Damen und Herren,

bitte stornieren Sie meine Anmeldung {code} für die Transferveranstaltung.

Danke
Rico Piehler
Stadt Leutenberg"""
    return ox(slug, addr("Rico Piehler", a), "Stornierung Anmeldung " + code, "2025-05-13 14:55", body), \
        label("cancellation", [P("Rico Piehler", a, None)], "Stadt Leutenberg", "municipality", "Leutenberg")


@case("cancel-ziegenrueck-sick-samsung")
def _(slug):
    a = "prager.ziegenrueck@web.example"
    body = """Guten Abend,
ich liege leider mit Fieber flach und kann morgen nicht nach Bad Lobenstein kommen.
Gruß Sandra Prager
Stadt Ziegenrück"""
    return samsung_alt(slug, addr("Sandra Prager", a), "Absage morgen", "2025-05-19 19:36", body), \
        label("cancellation", [P("Sandra Prager", a, None)], "Stadt Ziegenrück", "municipality", "Ziegenrück")


@case("cancel-tanna-reply-reminder")
def _(slug):
    a = "puschmann@tanna.example"
    code = code_for("b21-tanna")
    body = f"""Sehr geehrte Damen und Herren,

vielen Dank für die Erinnerung. Leider kann ich doch nicht teilnehmen, bitte melden Sie mich ab.

{MFG}
Rainer Puschmann
Stadt Tanna

""" + q_ol_new("Dienstag, 13. Mai 2025 08:00", a, s_rem(code), reminder("Sehr geehrter Herr Puschmann", code))
    return ol(slug, addr("Puschmann, Rainer", a), "AW: " + s_rem(code), "2025-05-13 09:26", body), \
        label("cancellation", [P("Rainer Puschmann", a, None)], "Stadt Tanna", "municipality", "Tanna")


@case("cancel-planning-office-magdala")
def _(slug):
    a = "quarz@buero-ilmtal.example"
    body = """Sehr geehrte Damen und Herren,

wir hatten uns für die Stadt Magdala (ISEK-Fortschreibung) zu zweit angemeldet – Frau Lisa Rabich und ich. Aus terminlichen Gründen müssen wir beide leider absagen.

Mit freundlichen Grüßen
Tilman Quarz

-- 
Büro Ilmtal Stadtplanung
Marktstraße 4, 99423 Weimar"""
    return tb(slug, addr("Tilman Quarz", a), "Absage Transferveranstaltung (Magdala)", "2025-05-12 16:30", body), \
        label("cancellation", [P("Tilman Quarz", a, None), P("Lisa Rabich", None, None)], "Büro Ilmtal Stadtplanung", "planning_office", "Magdala")


@case("cancel-gefell-notes-formal")
def _(slug):
    a = "Christine.Redlich@gefell.example"
    body = """Sehr geehrte Damen und Herren,

hiermit ziehe ich meine Anmeldung zur 9. Transferveranstaltung am 20.05.2025 zurück. Aufgrund einer personellen Engpasssituation im Bauamt ist mir eine Teilnahme leider nicht möglich.

Mit freundlichen Grüßen

Christine Redlich
Stadtverwaltung Gefell
Bauamt"""
    return notes(slug, addr("Christine Redlich", a), "Rücknahme Anmeldung Transferveranstaltung", "2025-05-09 11:02", body), \
        label("cancellation", [P("Christine Redlich", a, None)], "Stadtverwaltung Gefell, Bauamt", "municipality", "Gefell")


# ==================================================================================================
# changes
# ==================================================================================================


@case("change-hirschberg-substitute")
def _(slug):
    a = "rietzschel@hirschberg-saale.example"
    code = code_for("b21-hirschberg")
    body = f"""Sehr geehrte Damen und Herren,

an meiner Stelle wird Frau Claudia Reiß aus unserem Bauamt an der Veranstaltung teilnehmen. Ich bin an dem Tag leider bei einer Schulung.

{MFG}
Toralf Rietzschel
Stadt Hirschberg

""" + q_ol_old("Montag, 28. April 2025 11:40", a, s_conf(code), b_conf("Sehr geehrter Herr Rietzschel", ["Toralf Rietzschel"], code))
    return ol(slug, addr("Rietzschel, Toralf", a), "AW: " + s_conf(code), "2025-05-12 13:14", body), \
        label("change", [P("Claudia Reiß", None, None), P("Toralf Rietzschel", a, None)], "Stadt Hirschberg", "municipality", "Hirschberg",
              notes=["Ersatz: Claudia Reiß statt Toralf Rietzschel"])


@case("change-triptis-add-colleague")
def _(slug):
    a = "triptis.bauamt@triptis.example"
    code = code_for("b21-triptis")
    body = f"""Guten Tag,

zu unserer Anmeldung ({code}) möchten wir noch eine Kollegin nachmelden: Frau Antje Rohleder, a.rohleder@triptis.example. Ist das noch möglich?

Freundliche Grüße
Bauamt Stadt Triptis
Heike Gräbner"""
    return ox(slug, addr("Bauamt Triptis", a), "Nachmeldung " + code, "2025-05-06 10:22", body), \
        label("change", [P("Antje Rohleder", "a.rohleder@triptis.example", None)], "Stadt Triptis, Bauamt", "municipality", "Triptis")


@case("change-auma-new-address")
def _(slug):
    a = "rosner.familie@gmx.example"
    body = """Hallo,

ich hatte mich von meiner privaten Adresse aus angemeldet. Bitte schicken Sie alles Weitere an meine Dienstadresse: k.rosner@auma-weidatal.example

Danke!
Katrin Rosner
Stadt Auma-Weidatal"""
    return gmx(slug, addr("Katrin Rosner", a), "Änderung E-Mail-Adresse Anmeldung", "2025-05-02 07:55", body), \
        label("change", [P("Katrin Rosner", "k.rosner@auma-weidatal.example", None)], "Stadt Auma-Weidatal", "municipality", "Auma-Weidatal",
              notes=["neue Adresse k.rosner@auma-weidatal.example"])


@case("change-muenchenbernsdorf-spelling")
def _(slug):
    a = "ruschke@muenchenbernsdorf.example"
    code = code_for("b21-muenchenbernsdorf")
    body = """Hallo,

kleine Korrektur: Mein Name wird Ruschke geschrieben, ohne t. Können Sie das bitte für das Namensschild ändern?

Viele Grüße
Daniela Ruschke
Stadt Münchenbernsdorf

""" + q_tb("30.04.25 um 09:05", b_conf("Sehr geehrte Frau Rutschke", ["Daniela Rutschke"], code))
    return tb(slug, addr("Daniela Ruschke", a), "Re: " + s_conf(code), "2025-05-05 11:48", body), \
        label("change", [P("Daniela Ruschke", a, None)], "Stadt Münchenbernsdorf", "municipality", "Münchenbernsdorf",
              notes=["Schreibweise: Ruschke statt Rutschke"])


@case("change-bad-koestritz-late-iphone")
def _(slug):
    a = "sames@bad-koestritz.example"
    code = code_for("b21-badkoestritz")
    body = "Hallo, ich schaffe es erst gegen 11 Uhr, komme aber auf jeden Fall. Gruß T. Sames"
    quoted = q_ios("13.05.2025 um 08:00", reminder("Sehr geehrter Herr Sames", code))
    return iphone_reply(slug, addr("Thomas Sames", a), "AW: " + s_rem(code), "2025-05-14 18:03", body, quoted), \
        label("change", [P("Thomas Sames", a, None)], "Stadt Bad Köstritz", "municipality", "Bad Köstritz",
              notes=["kommt erst gegen 11 Uhr"])


@case("change-hohenleuben-vegan")
def _(slug):
    a = "saendig@hohenleuben.example"
    body = f"""Sehr geehrte Damen und Herren,

ich bin für den 20. Mai angemeldet und wollte noch nachtragen, dass ich mich vegan ernähre.

{MFG}
Yvonne Sändig
Stadt Hohenleuben"""
    return ol_plain(slug, addr("Sändig, Yvonne", a), "Nachtrag zur Anmeldung – Verpflegung", "2025-05-08 09:37", body), \
        label("change", [P("Yvonne Sändig", a, None)], "Stadt Hohenleuben", "municipality", "Hohenleuben", notes=["vegan"])


@case("change-dornburg-deputy-for-mayor")
def _(slug):
    a = "sekretariat@dornburg-camburg.example"
    body = f"""Sehr geehrte Damen und Herren,

Herr Bürgermeister Jörg Schiebel ist am 20.05. leider verhindert. An seiner Stelle nimmt der 1. Beigeordnete, Herr Norbert Schlenzig, an der Transferveranstaltung teil.

{MFG}
Sekretariat des Bürgermeisters
Stadt Dornburg-Camburg"""
    return ol(slug, addr("Sekretariat Dornburg-Camburg", a), "Teilnehmerwechsel Transferveranstaltung", "2025-05-13 11:02", body), \
        label("change", [P("Norbert Schlenzig", None, "1. Beigeordneter"), P("Jörg Schiebel", None, "Bürgermeister")],
              "Stadt Dornburg-Camburg", "municipality", "Dornburg-Camburg", notes=["Ersatz: Schlenzig statt Bürgermeister Schiebel"])


@case("change-buergel-rollator-latin1")
def _(slug):
    a = "schmuck@buergel.example"
    body = """Sehr geehrte Damen und Herren,

ich bin zur Veranstaltung am 20. Mai angemeldet. Seit einer Knie-OP bin ich mit Rollator unterwegs. Ich wäre dankbar, wenn ich einen Platz nahe am Eingang bekommen könnte. Ist der Saal ohne Stufen erreichbar?

Mit freundlichen Grüßen
Gisela Schmuck
Stadt Bürgel"""
    return roundcube(slug, addr("Gisela Schmuck", a, "ISO-8859-1"), "Meine Anmeldung - Barrierefreiheit", "2025-05-10 10:20", body), \
        label("change", [P("Gisela Schmuck", a, None)], "Stadt Bürgel", "municipality", "Bürgel",
              notes=["Rollator, Platz nahe am Eingang, fragt nach stufenfreiem Zugang"])


@case("change-orlamuende-wrong-town")
def _(slug):
    a = "schneidewind@vg-suedliches-saaletal.example"
    code = code_for("b21-orlamuende")
    body = f"""Sehr geehrte Damen und Herren,

in Ihrer Bestätigung ist als Kommune „Kahla“ eingetragen. Das ist nicht richtig: Ich bin bei der VG Südliches Saaletal beschäftigt und nehme für die Stadt Orlamünde teil. Bitte korrigieren Sie das in der Teilnehmerliste.

{MFG}
Carola Schneidewind
Verwaltungsgemeinschaft Südliches Saaletal
Bauamt

""" + q_ol_old("Freitag, 25. April 2025 08:51", a, s_conf(code),
               b_conf("Sehr geehrte Frau Schneidewind", ["Carola Schneidewind"], code, kommune="Kahla"))
    return ol(slug, addr("Schneidewind, Carola", a), "AW: " + s_conf(code), "2025-04-28 07:59", body), \
        label("change", [P("Carola Schneidewind", a, None)], "Verwaltungsgemeinschaft Südliches Saaletal (für die Stadt Orlamünde)",
              "municipality", "Orlamünde", notes=["Kommune Orlamünde statt Kahla"])


@case("change-schalkau-morning-only")
def _(slug):
    a = "schoenfelder@schalkau.example"
    body = """Hallo,
ich bin angemeldet, kann aber nur vormittags bleiben, weil ich um 14 Uhr einen Termin in Schalkau habe.
Viele Grüße
Uwe Schönfelder
Stadt Schalkau"""
    return droid(slug, addr("Uwe Schönfelder", a), "Anmeldung – nur Vormittag", "2025-05-15 12:47", body), \
        label("change", [P("Uwe Schönfelder", a, None)], "Stadt Schalkau", "municipality", "Schalkau", notes=["nur vormittags"])


# ==================================================================================================
# questions
# ==================================================================================================


@case("question-ebeleben-parking")
def _(slug):
    a = "k.wermuth@ebeleben.example"
    code = code_for("b21-ebeleben")
    body = f"""Sehr geehrte Damen und Herren,

ich bin bereits angemeldet (Code {code}). Können Sie mir sagen, ob es am Veranstaltungsort Parkmöglichkeiten gibt oder ob man besser in der Innenstadt parkt?

{MFG}
Katrin Wermuth
Stadt Ebeleben"""
    return ol(slug, addr("Wermuth, Katrin", a), "Frage Parken – " + code, "2025-05-12 10:33", body), \
        none("question", "Stadt Ebeleben", "municipality", "Ebeleben")


@case("question-greussen-online-conditional")
def _(slug):
    a = "stadt.greussen@gmx.example"
    body = """Guten Tag,

wird die Veranstaltung auch online übertragen? Wenn ja, würde ich mich gern für eine Online-Teilnahme anmelden, für die Anreise nach Bad Lobenstein fehlt uns leider die Zeit.

Viele Grüße
Petra Wicke
Stadt Greußen"""
    return gmx(slug, addr("Petra Wicke", a), "Online-Teilnahme möglich?", "2025-04-24 15:08", body), \
        none("question", "Stadt Greußen", "municipality", "Greußen")


@case("question-weissensee-how-many")
def _(slug):
    a = "bauamt@weissensee.example"
    body = f"""Sehr geehrte Damen und Herren,

gibt es eine Begrenzung der Teilnehmerzahl je Kommune? Wir würden gern mit drei Personen (Verwaltung und Stadtrat) kommen und möchten vorher wissen, ob das geht.

{MFG}
Bauamt Stadt Weißensee"""
    return ol_plain(slug, addr("Bauamt Weißensee", a), "Anfrage Teilnehmerzahl", "2025-04-23 14:26", body), \
        none("question", "Stadt Weißensee, Bauamt", "municipality", "Weißensee")


@case("question-bad-tennstedt-programme")
def _(slug):
    a = "wildner@bad-tennstedt.example"
    body = """Sehr geehrte Damen und Herren,

gibt es schon ein genaues Programm mit Uhrzeiten? Und werden die Vorträge im Nachgang zur Verfügung gestellt? Davon würde ich abhängig machen, ob wir jemanden schicken.

Mit freundlichen Grüßen
Jörg Wildner

-- 
Stadt Bad Tennstedt
Bau- und Liegenschaftsverwaltung"""
    return tb(slug, addr("Jörg Wildner", a), "Programm Transferveranstaltung?", "2025-04-28 09:12", body), \
        none("question", "Stadt Bad Tennstedt", "municipality", "Bad Tennstedt")


@case("question-planning-office-leipzig")
def _(slug):
    a = "info@urbanwerk-leipzig.example"
    body = """Sehr geehrte Damen und Herren,

wir sind ein Planungsbüro aus Leipzig und erstellen u. a. ISEK für Kommunen in Sachsen und Thüringen. Richtet sich die Veranstaltung auch an Büros, die aktuell keinen laufenden Auftrag in Thüringen haben?

Mit freundlichen Grüßen
Theresa Zeidler
urbanwerk Leipzig GbR"""
    return ox(slug, addr("urbanwerk Leipzig", a), "Teilnahme Planungsbüros?", "2025-04-25 16:44", body), \
        none("question", "urbanwerk Leipzig GbR", "planning_office", None)


@case("question-geisa-shuttle-iphone")
def _(slug):
    a = "wanka@geisa.example"
    code = code_for("b21-geisa")
    body = "Hallo, ich komme mit dem Zug in Bad Lobenstein an. Gibt es einen Shuttle vom Bahnhof oder wie weit ist es zu Fuß? Danke, Silke Wanka (Stadt Geisa)"
    quoted = q_ios("29.04.2025 um 13:10", b_conf("Sehr geehrte Frau Wanka", ["Silke Wanka"], code))
    return iphone_reply(slug, addr("Silke Wanka", a), "Re: " + s_conf(code), "2025-05-15 20:05", body, quoted), \
        none("question", "Stadt Geisa", "municipality", "Geisa")


@case("question-ruhla-certificate-webde")
def _(slug):
    a = "weickert.ruhla@web.example"
    body = """Sehr geehrte Damen und Herren,

ich bin angemeldet und Mitglied der Architektenkammer Thüringen. Wird die Veranstaltung als Fortbildung anerkannt und bekommen wir eine Teilnahmebescheinigung?

Mit freundlichen Grüßen
Marion Weickert
Stadtverwaltung Ruhla, Bauamt"""
    return webde_html_only(slug, addr("Marion Weickert", a), "Teilnahmebescheinigung", "2025-05-06 17:30", body), \
        none("question", "Stadtverwaltung Ruhla, Bauamt", "municipality", "Ruhla")


@case("question-bad-liebenstein-late-latin1")
def _(slug):
    a = "winter@bad-liebenstein.example"
    body = """Sehr geehrte Damen und Herren,

die Anmeldefrist ist ja leider schon vorbei. Besteht trotzdem noch die Möglichkeit, dass jemand aus unserer Stadtverwaltung teilnimmt? Dann würden wir uns kurzfristig melden.

Mit freundlichen Grüßen
Ralf Winter
Stadt Bad Liebenstein"""
    return roundcube(slug, addr("Ralf Winter", a, "ISO-8859-1"), "Anmeldung noch möglich?", "2025-05-11 18:20", body), \
        none("question", "Stadt Bad Liebenstein", "municipality", "Bad Liebenstein")


@case("question-ellrich-costs-hotel")
def _(slug):
    a = "zunke@ellrich.example"
    body = """Guten Tag,
fallen für die Teilnahme Kosten an? Und können Sie ein Hotel in Bad Lobenstein empfehlen, falls wir schon am Vorabend anreisen?
Gruß Enrico Zunke
Stadt Ellrich"""
    return samsung_alt(slug, addr("Enrico Zunke", a), "Kosten / Übernachtung", "2025-04-29 18:14", body), \
        none("question", "Stadt Ellrich", "municipality", "Ellrich")


# ==================================================================================================
# automatic replies
# ==================================================================================================


@case("auto-exchange-confirmation")
def _(slug):
    a = "m.lischke@stadt-zella-mehlis.example"
    code = code_for("b21-auto-zm")
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 09.05.2025 nicht im Dienst. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an bauamt@stadt-zella-mehlis.example.

Mit freundlichen Grüßen
Martina Lischke"""
    h = envelope(slug, addr("Lischke, Martina", a), "Automatische Antwort: " + s_conf(code), "2025-05-02 09:41",
                 extra=outlook_headers(("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All")))
    return message(h, outlook_alt(slug, body)), none("auto_reply")


@case("auto-notes-reminder")
def _(slug):
    a = "Bauamt@stadt-eisfeld.example"
    code = code_for("b21-auto-eisfeld")
    body = """Ich bin vom 12.05.2025 bis 23.05.2025 nicht im Büro.

Ich werde Ihre Nachricht nach meiner Rückkehr beantworten. In dringenden Fällen wenden Sie sich bitte an die Zentrale unter 03686 000-0.

Stadt Eisfeld - Bauamt"""
    return notes(slug, addr("Bauamt Eisfeld", a), "Abwesenheitsnotiz: " + s_rem(code), "2025-05-13 08:01", body), \
        none("auto_reply")


@case("auto-ticket-receipt")
def _(slug):
    a = "noreply@ticket.lra-ilmkreis.example"
    body = """Sehr geehrte Damen und Herren,

Ihre Nachricht ist bei der zentralen Poststelle des Landratsamtes Ilm-Kreis eingegangen und wurde unter der Vorgangsnummer #2025-048213 erfasst. Sie wird an die zuständige Stelle weitergeleitet.

Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht."""
    h = envelope(slug, addr("Landratsamt Ilm-Kreis – Poststelle", a),
                 "[#2025-048213] Eingangsbestätigung: " + s_conf(code_for("b21-auto-ilmkreis")), "2025-04-30 10:15",
                 extra=("Auto-Submitted: auto-generated", "Precedence: bulk", "X-Auto-Response-Suppress: All"))
    return message(h, text(body)), none("auto_reply")


def _mdn(slug, frm_name, frm, subject, when, human, original_mid, orig_rcpt, ua, extra=()):
    mdn = f"""Reporting-UA: {ua}
Final-Recipient: rfc822;{orig_rcpt}
Original-Message-ID: {original_mid}
Disposition: manual-action/MDN-sent-manually; displayed
"""
    part = multi("report", [text(human), (["Content-Type: message/disposition-notification"], mdn.encode())],
                 "=_mdn_" + hashlib.md5(slug.encode()).hexdigest()[:16], " report-type=disposition-notification;")
    h = envelope(slug, addr(frm_name, frm), subject, when, extra=extra)
    return message(h, part)


@case("auto-read-receipt-thunderbird")
def _(slug):
    a = "stadtplanung@stadt-kahla.example"
    code = code_for("b21-mdn-kahla")
    human = f"""Dies ist eine Empfangsbestätigung für eine Nachricht, die Sie an {a} gesendet haben.

Hinweis: Diese Empfangsbestätigung sagt nur aus, dass die Nachricht angezeigt wurde. Es gibt keine Garantie, dass der Inhalt gelesen oder verstanden wurde."""
    return _mdn(slug, "Stadtplanung Kahla", a, "Empfangsbestätigung (angezeigt) - " + s_conf(code), "2025-04-29 08:12", human,
                msgid("our-conf-kahla", "transferveranstaltung.example"), a, "stadt-kahla.example; Thunderbird 128.9.2",
                extra=("User-Agent: Mozilla Thunderbird",)), none("auto_reply")


@case("auto-read-receipt-exchange")
def _(slug):
    a = "s.tamm@eisenberg.example"
    code = code_for("b21-mdn-eisenberg")
    human = f"""Ihre Nachricht

  An: Tamm, Susanne
  Betreff: {s_rem(code)}
  Gesendet: Dienstag, 13. Mai 2025 08:00:12 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

wurde am Dienstag, 13. Mai 2025 09:47:03 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen."""
    return _mdn(slug, "Tamm, Susanne", a, "Gelesen: " + s_rem(code), "2025-05-13 09:47", human,
                msgid("our-rem-eisenberg", "transferveranstaltung.example"), a, "EXCH02.eisenberg.example; Microsoft Exchange",
                extra=outlook_headers()), none("auto_reply")


@case("auto-english-out-of-office")
def _(slug):
    a = "l.thurm@jena-campus.example"
    code = code_for("b21-auto-en")
    body = """Thank you for your message. I am out of the office until 12 May 2025 with limited access to e-mail.

For urgent matters please contact office@jena-campus.example.

Best regards
Lukas Thurm"""
    h = envelope(slug, addr("Thurm, Lukas", a), "Out of Office: " + s_conf(code), "2025-04-30 11:03",
                 extra=outlook_headers(("Auto-Submitted: auto-replied",)))
    return message(h, outlook_alt(slug, body)), none("auto_reply", language="en")


@case("auto-sieve-vacation-missing")
def _(slug):
    a = "stadtbauamt@oberhof.example"
    body = """Guten Tag,

unser Stadtbauamt ist vom 28.04. bis 02.05.2025 nicht besetzt. Ihre Nachricht wird nach unserer Rückkehr bearbeitet.

Stadt Oberhof"""
    h = envelope(slug, addr("Stadtbauamt Oberhof", a), "Re: " + s_miss(), "2025-04-28 14:02",
                 extra=("X-Autoreply: yes", "Auto-Submitted: auto-replied (vacation)", "Precedence: bulk"))
    return message(h, text(body)), none("auto_reply")


@case("auto-outlook-no-headers-waitlist")
def _(slug):
    a = "ritzmann@stadt-roemhild.example"
    code = code_for("b21-auto-roemhild")
    body = """Automatische Antwort

Ich bin vom 07.05. bis 16.05.2025 im Urlaub. Ihre Nachricht wird nicht weitergeleitet. Bitte wenden Sie sich in dringenden Fällen an das Bürgerbüro.

Andrea Ritzmann
Stadt Römhild"""
    return ol(slug, addr("Ritzmann, Andrea", a), "Automatische Antwort: " + s_wait(code), "2025-05-07 10:18", body), \
        none("auto_reply")


# ==================================================================================================
# bounces: RFC 3464 reports returning one of our own mails
# ==================================================================================================


def _bounce_headers(slug, name, frm, subject, when, domain):
    return ["Return-Path: <>", f"From: {addr(name, frm)}", f"To: {INBOX}", f"Subject: {hval(subject)}",
            f"Date: {rfcdate(when)}", f"Message-ID: {msgid(slug, domain)}", "Auto-Submitted: auto-replied"]


@case("bounce-postfix-user-unknown-confirmation")
def _(slug):
    rcpt = "bauamt-alt@stadt-gebesee.example"
    code = code_for("b21-bounce-conf")
    ours = our_mail(slug, rcpt, s_conf(code), "2025-04-24 10:05",
                    b_conf("Guten Tag", ["Michael Wurm"], code))
    human = f"""This is the mail system at host mx01.transferveranstaltung.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<{rcpt}>: host mail.stadt-gebesee.example[192.0.2.41] said: 550 5.1.1
    <{rcpt}>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)"""
    dsn = f"""Reporting-MTA: dns; mx01.transferveranstaltung.example
X-Postfix-Queue-ID: 4Z7hQk1x2Tz9sWb
Arrival-Date: {rfcdate('2025-04-24 10:05')}

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.stadt-gebesee.example
Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User
    unknown in virtual mailbox table
"""
    part = report(slug, (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                         human.encode() + b"\n"), dsn, rfc822(ours))
    h = _bounce_headers(slug, "Mail Delivery System", "MAILER-DAEMON@mx01.transferveranstaltung.example",
                        "Undelivered Mail Returned to Sender", "2025-04-24 10:05", "mx01.transferveranstaltung.example")
    return message(h, part), none("bounce", language="en", bounce_recipient=rcpt)


@case("bounce-exchange-german-quota-reminder")
def _(slug):
    rcpt = "r.stiehler@stadt-graefenthal.example"
    code = code_for("b21-bounce-rem")
    ours = our_mail(slug, rcpt, s_rem(code), "2025-05-13 08:00", reminder("Sehr geehrter Herr Stiehler", code))
    human = f"""Die Nachricht konnte nicht zugestellt werden.

Das Postfach des Empfängers {rcpt} ist voll und kann zurzeit keine Nachrichten empfangen. Versuchen Sie es später erneut, oder wenden Sie sich direkt an den Empfänger.

Diagnoseinformationen für Administratoren:
Generierender Server: EXCH01.stadt-graefenthal.example
{rcpt}
Remoteserver hat '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException' zurückgegeben."""
    dsn = f"""Reporting-MTA: dns;EXCH01.stadt-graefenthal.example
Received-From-MTA: dns;mx01.transferveranstaltung.example
Arrival-Date: {rfcdate('2025-05-13 08:00')}

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException
"""
    part = report(slug, (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"],
                         encode_body(human, "utf-8", "quoted-printable")), dsn, rfc822_headers(ours))
    h = _bounce_headers(slug, "Microsoft Outlook", "postmaster@stadt-graefenthal.example",
                        "Unzustellbar: " + s_rem(code), "2025-05-13 08:01", "stadt-graefenthal.example")
    return message(h, part), none("bounce", bounce_recipient=rcpt)


@case("bounce-gmail-style-domain-missing")
def _(slug):
    rcpt = "info@gemeinde-vogtei-alt.example"
    ours = our_mail(slug, rcpt, s_miss(), "2025-04-26 09:30", b_miss("Guten Tag"))
    human = f"""** Adresse nicht gefunden **

Ihre Nachricht wurde nicht an {rcpt} zugestellt, weil die Domain gemeinde-vogtei-alt.example nicht gefunden wurde. Überprüfen Sie die Adresse auf Tippfehler oder unnötige Leerzeichen.

Die Antwort war:

DNS Error: DNS type 'mx' lookup of gemeinde-vogtei-alt.example responded with code NXDOMAIN
Domain name not found: gemeinde-vogtei-alt.example"""
    dsn = f"""Reporting-MTA: dns; relay.transferveranstaltung.example
Arrival-Date: {rfcdate('2025-04-26 09:30')}

Final-Recipient: rfc822; {rcpt}
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; The recipient domain does not exist (NXDOMAIN)
Last-Attempt-Date: {rfcdate('2025-04-26 09:30')}
"""
    part = report(slug, (["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable"],
                         encode_body(human, "utf-8", "quoted-printable")), dsn, rfc822(ours))
    h = _bounce_headers(slug, "Mail Delivery Subsystem", "mailer-daemon@relay.transferveranstaltung.example",
                        "Delivery Status Notification (Failure)", "2025-04-26 09:31", "relay.transferveranstaltung.example")
    return message(h, part), none("bounce", bounce_recipient=rcpt)


@case("bounce-postfix-delayed-cancel-confirmation")
def _(slug):
    rcpt = "p.stenzel@stadt-lucka.example"
    code = code_for("b21-bounce-delay")
    ours = our_mail(slug, rcpt, s_canc(code), "2025-05-14 15:10", b_canc("Sehr geehrte Frau Stenzel", code))
    human = f"""This is the mail system at host mx01.transferveranstaltung.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

                   The mail system

<{rcpt}>: connect to mail.stadt-lucka.example[192.0.2.77]:25: Connection
    timed out"""
    dsn = f"""Reporting-MTA: dns; mx01.transferveranstaltung.example
X-Postfix-Queue-ID: 4Z9cTt3mL8z7pQr
Arrival-Date: {rfcdate('2025-05-14 15:10')}

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.stadt-lucka.example[192.0.2.77]:25:
    Connection timed out
Will-Retry-Until: {rfcdate('2025-05-19 15:10')}
"""
    part = report(slug, (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                         human.encode() + b"\n"), dsn, rfc822_headers(ours))
    h = _bounce_headers(slug, "Mail Delivery System", "MAILER-DAEMON@mx01.transferveranstaltung.example",
                        "Delayed Mail (still being retried)", "2025-05-14 19:12", "mx01.transferveranstaltung.example")
    return message(h, part), none("bounce", language="en", bounce_recipient=rcpt)


# ==================================================================================================
# other mail
# ==================================================================================================


@case("other-thanks-plaue-outlook")
def _(slug):
    a = "d.walz@plaue.example"
    code = code_for("b21-plaue")
    body = f"""Vielen Dank für die schnelle Bestätigung, wir freuen uns auf die Veranstaltung!

{MFG}
Doreen Walz
Stadt Plaue

""" + q_ol_new("Mittwoch, 30. April 2025 09:15", a, s_conf(code), b_conf("Sehr geehrte Frau Walz", ["Doreen Walz"], code))
    return ol(slug, addr("Walz, Doreen", a), "AW: " + s_conf(code), "2025-04-30 09:41", body), \
        none("other", "Stadt Plaue", "municipality", "Plaue")


@case("other-thanks-iphone-emoji")
def _(slug):
    a = "weiske@blankenhain.example"
    code = code_for("b21-blankenhain")
    body = "Danke! 👍"
    quoted = q_ios("06.05.2025 um 16:02", b_conf("Sehr geehrter Herr Weiske", ["Jan Weiske"], code))
    return iphone_reply(slug, addr("Jan Weiske", a), "Re: " + s_conf(code), "2025-05-06 16:20", body, quoted), \
        none("other", None, None, "Blankenhain")


@case("other-newsletter-staedtebau")
def _(slug):
    a = "newsletter@kommunal-thueringen.example"
    body = """KOMMUNAL THÜRINGEN – Newsletter 18/2025

Termine
- 20. Mai 2025: 9. Transferveranstaltung „Zusammen denken – gemeinsam handeln“ zu den ISEK in Bad Lobenstein (Anmeldung bis 9. Mai)
- 3. Juni 2025: Fachforum Klimaanpassung im ländlichen Raum, Erfurt

Förderung
- Neuer Aufruf im Programm „Lebendige Zentren“

Sie erhalten diesen Newsletter, weil Sie sich dafür angemeldet haben.
Abmelden: https://kommunal-thueringen.example/newsletter/abmelden"""
    h = envelope(slug, addr("Kommunal Thüringen", a), "Newsletter 18/2025: Termine und Förderaufrufe", "2025-05-02 06:00",
                 extra=("List-Id: <newsletter.kommunal-thueringen.example>",
                        "List-Unsubscribe: <https://kommunal-thueringen.example/newsletter/abmelden>",
                        "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"))
    html_body = simple_html(body)
    return message(h, alt(slug, body, html_body, prefix="nl_")), none("other")


@case("other-advertising-participation-software")
def _(slug):
    a = "vertrieb@beteiligt-digital.example"
    body = """Sehr geehrte Damen und Herren,

Bürgerbeteiligung für Ihr ISEK – digital, rechtssicher und in wenigen Tagen startklar!

Mit unserer Plattform BETEILIGT.digital führen bereits über 300 Kommunen Online-Umfragen, Kartenbeteiligungen und Ideenwettbewerbe durch. Sichern Sie sich jetzt unser Frühjahrsangebot: 3 Monate kostenlos testen.

Gern stellen wir Ihnen die Lösung in einer 20-minütigen Online-Demo vor. Antworten Sie einfach auf diese E-Mail.

Mit freundlichen Grüßen
Ihr Team von BETEILIGT.digital
beteiligt digital GmbH, Leipzig

Wenn Sie keine weiteren Informationen wünschen, klicken Sie hier: https://beteiligt-digital.example/optout"""
    h = envelope(slug, addr("BETEILIGT.digital", a), "Ihr ISEK: Bürgerbeteiligung in 5 Tagen online", "2025-04-29 10:00",
                 extra=("List-Unsubscribe: <https://beteiligt-digital.example/optout>",))
    return message(h, alt(slug, body, simple_html(body), prefix="adv_")), none("other")


@case("other-misdirected-internal")
def _(slug):
    a = "s.zieger@amt-creuzburg.example"
    body = f"""Hallo Frank,

anbei wie besprochen die Stellungnahme zum Bauantrag Scharfenberg, Flurstück 112/4. Kannst Du bitte bis Freitag drüberschauen? Die Frist läuft am 16.05. ab.

Danke und Gruß
Stefanie

Stefanie Zieger
Stadt Amt Creuzburg
Bauverwaltung"""
    h = envelope(slug, addr("Zieger, Stefanie", a), "Stellungnahme Bauantrag Scharfenberg", "2025-05-07 13:12",
                 extra=outlook_headers())
    b = "----=_NextPart_001_" + hashlib.md5(slug.encode()).hexdigest()[:20].upper()
    raw = message(h, multi("mixed", [outlook_alt(slug, body),
                                     attachment("application/pdf", "Stellungnahme_BA_2025-031.pdf", dummy_pdf("Stellungnahme"))], b))
    return raw, none("other", "Stadt Amt Creuzburg, Bauverwaltung", "municipality", "Amt Creuzburg",
                     notes=["irrtümlich an uns gesendet (für einen Kollegen bestimmt)"])


@case("other-phishing-mailbox")
def _(slug):
    a = "support@mail-verwaltung-service.example"
    body = f"""Sehr geehrter Nutzer,

Ihr Postfach {INBOX} hat 98 % der Speicherkapazität erreicht. Eingehende Nachrichten werden ab heute 18:00 Uhr zurückgewiesen.

Bitte bestätigen Sie Ihr Konto umgehend, um Datenverlust zu vermeiden:
https://mail-verwaltung-service.example/verify?u=anmeldung

IT-Administration"""
    h = envelope(slug, addr("IT-Administration", a), "WICHTIG: Ihr Postfach ist fast voll", "2025-05-05 05:12")
    return message(h, alt(slug, body, simple_html(body), prefix="ph_")), none("other")


@case("other-leader-invitation")
def _(slug):
    a = "rag@leader-saale-orla.example"
    body = f"""Sehr geehrte Damen und Herren,

die Regionale Aktionsgruppe Saale-Orla lädt herzlich zur Regionalkonferenz „LEADER 2025 – Dörfer gemeinsam entwickeln“ am 12. Juni 2025 nach Pößneck ein. Das Programm finden Sie im Anhang.

Um Anmeldung wird bis zum 30. Mai gebeten: anmeldung@leader-saale-orla.example

{MFG}
Regionalmanagement RAG Saale-Orla e. V."""
    h = envelope(slug, addr("RAG Saale-Orla", a), "Einladung Regionalkonferenz LEADER am 12. Juni 2025", "2025-05-08 09:00",
                 to="undisclosed-recipients:;")
    b = "----=_NextPart_002_" + hashlib.md5(slug.encode()).hexdigest()[:20].upper()
    raw = message(h, multi("mixed", [text(body), attachment("application/pdf", "Programm_Regionalkonferenz.pdf",
                                                            dummy_pdf("Programm Regionalkonferenz"))], b))
    return raw, none("other")


# ==================================================================================================

EARLIER = ("corpus", "corpus_holdout", "corpus_blind", "corpus_blind2", "corpus_blind3", "corpus_blind4",
           "corpus_blind5", "corpus_blind6", "corpus_blind7", "corpus_blind8", "corpus_blind9", "corpus_blind10",
           "corpus_blind11", "corpus_blind12", "corpus_blind13", "corpus_blind14", "corpus_blind15", "corpus_blind16",
           "corpus_blind17", "corpus_blind18", "corpus_blind19")


def check_own_rules() -> list[str]:
    """This set's own rules beyond the kit's validator."""
    problems: list[str] = []
    for js in sorted(HERE.glob("[0-9][0-9][0-9]-*.json")):
        data = json.loads(js.read_text(encoding="utf-8"))
        for person in data["attendees"]:
            first = person["name"].split()[-1][0].upper()
            first = {"Ä": "A", "Ö": "O", "Ü": "U"}.get(first, first)
            if not "L" <= first <= "Z":
                problems.append(f"{js.name}: surname of {person['name']!r} does not start with L–Z")
        if data["intent"] == "bounce" and "bounce_recipient" not in data:
            problems.append(f"{js.name}: bounce without bounce_recipient")
        raw = js.with_suffix(".eml").read_text(encoding="utf-8", errors="replace")
        if ".example" not in raw:
            problems.append(f"{js.name}: no .example address")
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
    own = check_own_rules()
    for p in own:
        print("PROBLEM:", p)
    if own:
        raise SystemExit(1)
    if "--check" in sys.argv[1:]:
        differing = rebuild_differs()
        for name in differing:
            print("PROBLEM: a rebuild would change", name)
        if differing:
            raise SystemExit(1)
        print("rebuild is byte-identical")
