"""Rebuild and validate the fifth blind corpus (tests/corpus_blind5/).

Written from the invitation, INTERFACE.md, issue 3 and the labelling conventions of tests/corpus/README.md (and
the READMEs of the earlier blind sets) only, without reading or running the parser, by a fifth writer. Each case
below is one mail as a real inbox receives it, built byte by byte by the small MIME writer shared in
tests/corpus_kit.py, together with what a careful event secretary records from that mail alone.

    .venv/bin/python tests/corpus_blind5/make_blind5.py          # rewrite all files, then validate
    .venv/bin/python tests/corpus_blind5/make_blind5.py --check  # validate the files as they are
"""

from __future__ import annotations

import base64
import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_kit import (
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
    confirm_subject,
    confirmation,
    dummy_pdf,
    envelope,
    esc,
    flow,
    hval,
    label,
    main,
    message,
    msgid,
    multi,
    ol,
    outlook_alt,
    outlook_headers,
    outlook_quote,
    reminder_subject,
    report,
    rfc822,
    rfc822_headers,
    rfcdate,
    sig,
    simple_html,
    table_html,
    text,
    thunderbird_quote,
)

HERE = Path(__file__).resolve().parent
CASES: Cases = []
case = case_registry(CASES)

# ==================================================================================================
# registrations
# ==================================================================================================

@case("eckstedt-bauamt-outlook-standard-signature")
def _(slug):
    a = "r.kuehnemund@vg-gramme-vippach.example"
    body = """Sehr geehrte Damen und Herren,

für die Transferveranstaltung am 20.05.2025 in Bad Lobenstein möchte ich mich anmelden. Ich bin in der Verwaltungsgemeinschaft für die Gemeinde Eckstedt zuständig, die ihr Entwicklungskonzept gerade fortschreibt.

Mit freundlichen Grüßen
Im Auftrag

""" + sig("Ronny Kühnemund", "Sachbearbeiter Bauverwaltung", "Verwaltungsgemeinschaft Gramme-Vippach",
          "Marktplatz 1", "99195 Schloßvippach", "036371 5160-22", a)
    return ol(slug, addr("Kühnemund, Ronny", a), "Anmeldung Transferveranstaltung 20.05.2025", "2025-04-22 08:14", body), \
        label("registration", [P("Ronny Kühnemund", a, "Sachbearbeiter Bauverwaltung")],
              "Verwaltungsgemeinschaft Gramme-Vippach", "municipality", "Eckstedt")


@case("hainichen-hauptamt-two-colleagues-plain-1252")
def _(slug):
    body = """Guten Tag,

aus unserem Haus nehmen folgende Kolleginnen teil:

Frau Doreen Pfefferkorn, Bauamt – d.pfefferkorn@hainichen-shk.example
Frau Stefanie Lindig-Moos, Kämmerei – s.lindig-moos@hainichen-shk.example

Ich selbst bin an dem Tag leider verhindert.

Freundliche Grüße

Ute Wetzold
Hauptamt
Gemeinde Hainichen
Hauptstraße 4
07778 Hainichen
Tel. 036427 2231"""
    h = envelope(slug, addr("Wetzold, Ute", "hauptamt@hainichen-shk.example"), "Teilnahme Gemeinde Hainichen",
                 "2025-04-22 09:02", extra=outlook_headers())
    return message(h, text(body, "windows-1252")), label("registration", [
        P("Doreen Pfefferkorn", "d.pfefferkorn@hainichen-shk.example", "Bauamt"),
        P("Stefanie Lindig-Moos", "s.lindig-moos@hainichen-shk.example", "Kämmerei")],
        "Gemeinde Hainichen", "municipality", "Hainichen")


@case("ballstedt-mayor-iphone-one-liner")
def _(slug):
    a = "buergermeister@ballstedt.example"
    body = """Hallo, ich bin am 20. Mai dabei.
Gruß Matthias Ebersberger
Bürgermeister Gemeinde Ballstedt

Von meinem iPhone gesendet"""
    h = envelope(slug, addr("Matthias Ebersberger", a), "Transferveranstaltung", "2025-04-22 19:47",
                 extra=("X-Mailer: iPhone Mail (22D82)",))
    return message(h, text(body, "utf-8", "quoted-printable")), label("registration", [
        P("Matthias Ebersberger", a, "Bürgermeister")], "Gemeinde Ballstedt", "municipality", "Ballstedt")


@case("ollendorf-thunderbird-me-and-colleague-sentence")
def _(slug):
    a = "heiko.trommler@ollendorf.example"
    body = flow("""Sehr geehrte Damen und Herren,

zur 9. Transferveranstaltung kommen von uns zwei Leute: ich selbst und mein Kollege aus der Bauverwaltung, Herr Sebastian Ochsenfarth (s.ochsenfarth@ollendorf.example). Wir reisen zusammen mit dem Dienstwagen an.

Viele Grüße
Heiko Trommler

-- 
Heiko Trommler
Bürgermeister
Gemeinde Ollendorf
Am Anger 2, 99189 Ollendorf""")
    h = envelope(slug, addr("Heiko Trommler", a), "Anmeldung 2 Personen Gemeinde Ollendorf", "2025-04-22 10:31",
                 extra=("User-Agent: Mozilla Thunderbird",))
    return message(h, text(body, "UTF-8", "8bit", flowed=True)), label("registration", [
        P("Heiko Trommler", a, "Bürgermeister"), P("Sebastian Ochsenfarth", "s.ochsenfarth@ollendorf.example", "Bauverwaltung")],
        "Gemeinde Ollendorf", "municipality", "Ollendorf", notes=["Wir reisen zusammen mit dem Dienstwagen an."])


@case("oppershausen-aw-invitation-outlook-quote")
def _(slug):
    a = "k.zapfe@vogtei.example"
    body = """Sehr geehrte Damen und Herren,

wir melden uns gern an, für die Gemeinde Oppershausen nehmen teil:
Bürgermeister Jürgen Rockstuhl
Karina Zapfe (Bauverwaltung der erfüllenden Gemeinde Vogtei)

Mit freundlichen Grüßen
Karina Zapfe
Landgemeinde Vogtei
Bauverwaltung

""" + outlook_quote("Dienstag, 22. April 2025 07:30", "Gemeinde Oppershausen", INVITE_SUBJECT, INVITATION).replace(
        f"Von: {OUR_NAME} <{INBOX}>", f"Von: {INVITE_FROM}")
    return ol(slug, addr("Zapfe, Karina", a), "AW: " + INVITE_SUBJECT, "2025-04-23 11:05", body), label(
        "registration", [P("Jürgen Rockstuhl", None, "Bürgermeister"), P("Karina Zapfe", a, "Bauverwaltung")],
        "Landgemeinde Vogtei", "municipality", "Oppershausen")


@case("wehnde-gemeinderat-gmx-html")
def _(slug):
    a = "frank.hunstein@gmx-mail.example"
    body = """Hallo zusammen,

ich bin Gemeinderat in Wehnde und würde mich gern für den 20.05. anmelden. Unsere Gemeinde steht gerade vor der Frage, ob wir ein IGEK brauchen.

Frank Hunstein
Wehnde (Eichsfeld)"""
    html_body = "<html><body><div style=\"font-family: Verdana;font-size: 12.0px;\">" + "".join(
        f"<div>{esc(l) if l else '&nbsp;'}</div>" for l in body.split("\n")) + "</div></body></html>"
    h = envelope(slug, addr("Frank Hunstein", a), "Anmeldung", "2025-04-23 20:12")
    return message(h, alt(slug, body, html_body)), label("registration", [
        P("Frank Hunstein", a, "Gemeinderat")], "Gemeinde Wehnde", "municipality", "Wehnde")


@case("altenbeuthen-mayor-iso-8859-1-qp")
def _(slug):
    a = "gemeinde@altenbeuthen.example"
    body = """Sehr geehrte Damen und Herren,

die Gemeinde Altenbeuthen nimmt an der Transferveranstaltung teil. Anmelden möchte ich mich selbst, Bürgermeisterin Gudrun Schimmelbusch.

Mit freundlichen Grüßen

G. Schimmelbusch
Bürgermeisterin"""
    h = envelope(slug, addr("Gemeinde Altenbeuthen", a, "iso-8859-1"), "Anmeldung Bürgermeisterin Altenbeuthen",
                 "2025-04-23 14:40", subject_enc=("iso-8859-1", "Q"))
    return message(h, text(body, "iso-8859-1")), label("registration", [
        P("Gudrun Schimmelbusch", a, "Bürgermeisterin")], "Gemeinde Altenbeuthen", "municipality", "Altenbeuthen")


@case("teichwitz-vg-registers-mayor-only")
def _(slug):
    a = "m.ruppe@vg-laendereck.example"
    body = """Sehr geehrte Damen und Herren,

im Namen der Gemeinde Teichwitz melde ich deren Bürgermeister, Herrn Olaf Mittenzwei, zur Veranstaltung am 20. Mai an. Die Bestätigung senden Sie bitte an mich, Herr Mittenzwei hat keine dienstliche E-Mail-Adresse.

Mit freundlichen Grüßen
Im Auftrag

""" + sig("Marion Ruppe", "Hauptamt", "Verwaltungsgemeinschaft Ländereck", "Dorfstraße 13",
          "07570 Endschütz", "036603 8840", a)
    return ol(slug, addr("Ruppe, Marion", a), "Anmeldung BM Teichwitz", "2025-04-24 09:20", body), label(
        "registration", [P("Olaf Mittenzwei", None, "Bürgermeister")],
        "Verwaltungsgemeinschaft Ländereck", "municipality", "Teichwitz")


@case("bodelwitz-apple-mail-short")
def _(slug):
    a = "c.jahnel@bodelwitz.example"
    body = """Guten Morgen,

hiermit melde ich mich für die Transferveranstaltung am 20. Mai an.

Viele Grüße
Claudia Jahnel
Gemeinde Bodelwitz"""
    b = "Apple-Mail=_" + hashlib.md5(slug.encode()).hexdigest()[:8].upper() + "-1C2D-4E5F-A6B7-C8D9E0F1A2B3"
    part = multi("alternative", [text(body, "utf-8"), text(apple_html(body), "utf-8", sub="html")], b)
    h = envelope(slug, addr("Claudia Jahnel", a), "Anmeldung", "2025-04-24 07:58",
                 extra=("X-Mailer: Apple Mail (2.3826.500.181.1.5)",))
    return message(h, part), label("registration", [P("Claudia Jahnel", a)],
                                   "Gemeinde Bodelwitz", "municipality", "Bodelwitz")


@case("eineborn-planungsbuero-two-planners-igek")
def _(slug):
    a = "mahlow@stadtplanung-frohberg.example"
    body = """Sehr geehrte Damen und Herren,

unser Büro erarbeitet derzeit im Auftrag der Gemeinde Eineborn das Integrierte Gemeindliche Entwicklungskonzept. Zur Transferveranstaltung möchten wir uns deshalb mit zwei Personen anmelden:

- Dipl.-Ing. Henning Mahlow, Projektleiter (mahlow@stadtplanung-frohberg.example)
- Lisa-Marie Quaiser, M.A., Beteiligung (quaiser@stadtplanung-frohberg.example)

Mit freundlichen Grüßen
Henning Mahlow

Büro für Stadtplanung Frohberg & Partner
Lutherplatz 3
07745 Jena"""
    return ol(slug, addr("Henning Mahlow", a), "Anmeldung Büro Frohberg (IGEK Eineborn)", "2025-04-24 11:44", body), \
        label("registration", [P("Henning Mahlow", a, "Projektleiter", "Dipl.-Ing."),
                               P("Lisa-Marie Quaiser", "quaiser@stadtplanung-frohberg.example", "Beteiligung")],
              "Büro für Stadtplanung Frohberg & Partner", "planning_office", "Eineborn")


@case("planungsbuero-no-client-architekten")
def _(slug):
    a = "t.wendehals@ws-architekten.example"
    body = flow("""Sehr geehrte Damen und Herren,

wir betreuen mehrere Thüringer Kommunen bei der Fortschreibung ihrer ISEK und würden gern an der Veranstaltung in Bad Lobenstein teilnehmen. Bitte melden Sie Herrn Tilo Wendehals an.

Beste Grüße
Tilo Wendehals

-- 
Wendehals + Sauerbrey Architekten und Stadtplaner PartGmbB
Anger 29, 99084 Erfurt
www.ws-architekten.example""")
    h = envelope(slug, addr("Tilo Wendehals", a), "Teilnahme Transferveranstaltung", "2025-04-24 16:03",
                 extra=("User-Agent: Mozilla Thunderbird",))
    return message(h, text(body, "UTF-8", "quoted-printable", flowed=True)), label("registration", [
        P("Tilo Wendehals", a)], "Wendehals + Sauerbrey Architekten und Stadtplaner PartGmbB", "planning_office", None)


@case("brehme-key-value-form")
def _(slug):
    a = "bauamt@vg-lindenberg.example"
    body = """Anmeldung zur 9. Transferveranstaltung am 20.05.2025

Name: Heinemann-Fuchs
Vorname: Anja
Kommune: Gemeinde Brehme
Funktion: Sachbearbeiterin Bauleitplanung
E-Mail: a.heinemann-fuchs@vg-lindenberg.example
Telefon: 036071 9130

Mit freundlichen Grüßen
VG Lindenberg/Eichsfeld"""
    return ol(slug, addr("Bauamt VG Lindenberg", a), "Anmeldung Gemeinde Brehme", "2025-04-25 08:40", body), label(
        "registration", [P("Anja Heinemann-Fuchs", "a.heinemann-fuchs@vg-lindenberg.example", "Sachbearbeiterin Bauleitplanung")],
        "Verwaltungsgemeinschaft Lindenberg/Eichsfeld", "municipality", "Brehme")


@case("wachstedt-outlook-html-table-three")
def _(slug):
    a = "gemeinde.wachstedt@westerwald-oe.example"
    before = """Sehr geehrte Damen und Herren,

die Gemeinde Wachstedt meldet folgende Teilnehmer an:
"""
    after = """
Mit freundlichen Grüßen
Beate Reinhardt-Stöber
Gemeindeverwaltung Wachstedt"""
    rows = [["Name", "Funktion", "E-Mail"],
            ["Beate Reinhardt-Stöber", "Gemeindesekretärin", a],
            ["Lothar Gunkel", "Bürgermeister", "l.gunkel@westerwald-oe.example"],
            ["Mandy Siebenhüner", "Gemeinderätin", ""]]
    plain = before + "\n".join(" | ".join(r) for r in rows) + "\n" + after
    return ol(slug, addr("Reinhardt-Stöber, Beate", a), "Anmeldung Wachstedt", "2025-04-25 10:12", plain,
              html_only=True, inner=table_html(rows, before, after)), label("registration", [
        P("Beate Reinhardt-Stöber", a, "Gemeindesekretärin"), P("Lothar Gunkel", "l.gunkel@westerwald-oe.example", "Bürgermeister"),
        P("Mandy Siebenhüner", None, "Gemeinderätin")], "Gemeindeverwaltung Wachstedt", "municipality", "Wachstedt")


@case("utendorf-smime-signed-outlook")
def _(slug):
    a = "j.hoellein@utendorf.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich verbindlich zur Transferveranstaltung am 20. Mai 2025 an.

Mit freundlichen Grüßen

""" + sig("Jana Höllein", "Bauamt", "Gemeinde Utendorf", "Kirchweg 1", "98617 Utendorf", "036949 2010", a)
    inner = outlook_alt(slug, body)
    signed = multi("signed", [inner, attachment("application/pkcs7-signature", "smime.p7s", DUMMY_P7S)],
                   "----=_NextPart_SIG_" + hashlib.md5(slug.encode()).hexdigest()[:16],
                   ' protocol="application/pkcs7-signature"; micalg=sha-256;')
    h = envelope(slug, addr("Höllein, Jana", a), "Anmeldung Transferveranstaltung", "2025-04-25 13:27",
                 extra=outlook_headers())
    return message(h, signed), label("registration", [P("Jana Höllein", a, "Bauamt")],
                                     "Gemeinde Utendorf", "municipality", "Utendorf")


@case("leutersdorf-wg-forward-mayor-sends-colleague")
def _(slug):
    orig = "s.bettenhaeuser@leutersdorf.example"
    body = """Bitte Frau Bettenhäuser anmelden, ich selbst schaffe es am 20.5. nicht.

Gruß
Kretzschmar
Bürgermeister

Von: Bettenhäuser, Sandra <""" + orig + """>
Gesendet: Donnerstag, 24. April 2025 15:10
An: Kretzschmar, Uwe <buergermeister@leutersdorf.example>
Betreff: Transferveranstaltung ISEK

Hallo Uwe,

die Einladung zur Transferveranstaltung in Bad Lobenstein ist gekommen. Ich würde gern hinfahren, wir sind ja mitten in der Fortschreibung. Kannst du mich anmelden, oder soll ich das selbst machen?

Viele Grüße
Sandra

Sandra Bettenhäuser
Bau- und Ordnungsamt
Gemeinde Leutersdorf"""
    return ol(slug, addr("Kretzschmar, Uwe", "buergermeister@leutersdorf.example"),
              "WG: Transferveranstaltung ISEK", "2025-04-25 07:33", body), label(
        "registration", [P("Sandra Bettenhäuser", orig, "Bau- und Ordnungsamt")],
        "Gemeinde Leutersdorf", "municipality", "Leutersdorf")


@case("schoendorf-samsung-base64")
def _(slug):
    a = "rico.stoecklein@schoendorf-sok.example"
    body = """Guten Tag, ich möchte mich für die Veranstaltung am 20.5. anmelden.
Rico Stöcklein, Bürgermeister Gemeinde Schöndorf



Gesendet von meinem Galaxy"""
    b = "--_com.samsung.android.email_" + hashlib.md5(slug.encode()).hexdigest()[:12]
    part = multi("alternative", [text(body, "utf-8", "base64"), text(simple_html(body), "utf-8", "base64", sub="html")], b[2:])
    h = envelope(slug, addr("Rico Stöcklein", a), "Anmeldung", "2025-04-25 18:22")
    return message(h, part), label("registration", [P("Rico Stöcklein", a, "Bürgermeister")],
                                   "Gemeinde Schöndorf", "municipality", "Schöndorf")


@case("lengfeld-pdf-anmeldeformular")
def _(slug):
    a = "p.wunderwald@vg-feldstein.example"
    body = """Sehr geehrte Damen und Herren,

im Anhang erhalten Sie das ausgefüllte Anmeldeformular für Herrn Peter Wunderwald (Gemeinde Lengfeld).

Mit freundlichen Grüßen
P. Wunderwald
VG Feldstein, Bauamt"""
    b = "----=_NextPart_MIX_" + hashlib.md5(slug.encode()).hexdigest()[:16]
    part = multi("mixed", [outlook_alt(slug, body), attachment("application/pdf", "Anmeldung_Lengfeld.pdf",
                                                              dummy_pdf("Anmeldung Lengfeld"))], b)
    h = envelope(slug, addr("Wunderwald, Peter", a), "Anmeldeformular Lengfeld", "2025-04-28 08:05",
                 extra=outlook_headers())
    return message(h, part), label("registration", [P("Peter Wunderwald", a, "Bauamt")],
                                   "Verwaltungsgemeinschaft Feldstein", "municipality", "Lengfeld")


@case("topfstedt-registration-plus-parking-question")
def _(slug):
    a = "bauverwaltung@topfstedt.example"
    body = """Sehr geehrte Damen und Herren,

ich nehme gern an der Veranstaltung am 20. Mai teil. Kann man am Veranstaltungsort parken, oder sollten wir besser auf einen öffentlichen Parkplatz ausweichen?

Mit freundlichen Grüßen
Kerstin Grobe
Bauverwaltung
Gemeinde Topfstedt"""
    return ol(slug, addr("Grobe, Kerstin", a), "Anmeldung + Frage Parken", "2025-04-28 09:50", body), label(
        "registration", [P("Kerstin Grobe", a, "Bauverwaltung")], "Gemeinde Topfstedt", "municipality", "Topfstedt",
        notes=["Kann man am Veranstaltungsort parken, oder sollten wir besser auf einen öffentlichen Parkplatz ausweichen?"])


@case("quaschwitz-vegetarian-roundcube")
def _(slug):
    a = "h.poehland@quaschwitz.example"
    body = """Hallo,

ich melde mich zur Transferveranstaltung an. Ich esse vegetarisch, falls es ein Mittagessen gibt.

Schöne Grüße
Holger Pöhland
Gemeinde Quaschwitz"""
    h = envelope(slug, addr("Holger Pöhland", a), "Anmeldung Pöhland", "2025-04-28 12:17",
                 extra=("User-Agent: Roundcube Webmail/1.6.5",))
    return message(h, text(body, "utf-8", "8bit")), label("registration", [P("Holger Pöhland", a)],
        "Gemeinde Quaschwitz", "municipality", "Quaschwitz", notes=["Ich esse vegetarisch, falls es ein Mittagessen gibt."])


@case("haussoemmern-rollstuhl-mayor-and-self")
def _(slug):
    a = "i.kallweit@vg-bad-tennstedt.example"
    body = """Sehr geehrte Damen und Herren,

für die Gemeinde Haussömmern melden wir an:
1. Herrn Bürgermeister Wolfgang Eichhorst
2. Frau Ines Kallweit, VG Bad Tennstedt (Unterzeichnerin)

Herr Eichhorst ist Rollstuhlfahrer. Wir bitten um einen barrierefreien Zugang und, wenn möglich, einen Behindertenparkplatz in der Nähe des Eingangs.

Mit freundlichen Grüßen
Ines Kallweit
Verwaltungsgemeinschaft Bad Tennstedt"""
    return ol(slug, addr("Kallweit, Ines", a), "Anmeldung Gemeinde Haussömmern", "2025-04-28 14:02", body), label(
        "registration", [P("Wolfgang Eichhorst", None, "Bürgermeister"), P("Ines Kallweit", a)],
        "Verwaltungsgemeinschaft Bad Tennstedt", "municipality", "Haussömmern",
        notes=["Herr Eichhorst ist Rollstuhlfahrer. Wir bitten um einen barrierefreien Zugang und, wenn möglich, einen Behindertenparkplatz in der Nähe des Eingangs."])


@case("kospoda-roundcube-latin1-8bit")
def _(slug):
    a = "kospoda@neustadt-orla-verw.example"
    body = """Sehr geehrte Damen und Herren,

für die Gemeinde Kospoda nimmt deren Bürgermeister Herr Steffen Grünler teil. Erreichbar ist er über die E-Mail-Adresse s.gruenler@kospoda.example.

Mit freundlichen Grüßen
i. A. Nadine Ebert
Stadtverwaltung Neustadt an der Orla
(erfüllende Gemeinde für Kospoda)"""
    h = envelope(slug, addr("Gemeinde Kospoda", a), "Anmeldung Kospoda", "2025-04-29 10:30",
                 extra=("User-Agent: Roundcube Webmail/1.4.13",))
    return message(h, text(body, "iso-8859-1", "8bit")), label("registration", [
        P("Steffen Grünler", "s.gruenler@kospoda.example", "Bürgermeister")],
        "Stadtverwaltung Neustadt an der Orla", "municipality", "Kospoda")


@case("oettern-vg-mellingen-mayor-and-clerk")
def _(slug):
    a = "bauamt@vg-mellingen.example"
    body = """Guten Tag,

aus der Gemeinde Oettern nehmen Bürgermeisterin Silke Nauenburg und ich (Bauamt der VG) teil.

Mit freundlichen Grüßen
Rainer Oschatz
Verwaltungsgemeinschaft Mellingen
Bauamt
Karl-Alexander-Str. 3, 99441 Mellingen"""
    return ol(slug, addr("Oschatz, Rainer", a), "Anmeldung Oettern", "2025-04-29 11:12", body), label(
        "registration", [P("Silke Nauenburg", None, "Bürgermeisterin"), P("Rainer Oschatz", a, "Bauamt")],
        "Verwaltungsgemeinschaft Mellingen", "municipality", "Oettern")


@case("andisleben-outlook-com-crlf-surname-first")
def _(slug):
    a = "gemeinde-andisleben@outlook-mail.example"
    body = """Sehr geehrte Damen und Herren,

bitte merken Sie mich für den 20. Mai vor. Ich bin Bürgermeister der Gemeinde Andisleben.

Mit freundlichen Grüßen
Andreas Saalfrank"""
    h = envelope(slug, addr("Saalfrank, Andreas", a), "Transferveranstaltung 20.5.", "2025-04-29 21:40",
                 extra=("X-MS-Exchange-Organization-SCL: 1",))
    return message(h, text(body, "utf-8", "quoted-printable"), crlf=True), label("registration", [
        P("Andreas Saalfrank", a, "Bürgermeister")], "Gemeinde Andisleben", "municipality", "Andisleben")


@case("landratsamt-saale-orla-two-kreisplanung")
def _(slug):
    a = "kreisplanung@lra-sok.example"
    body = """Sehr geehrte Damen und Herren,

vom Landratsamt Saale-Orla-Kreis, Fachdienst Kreisplanung und Bauaufsicht, nehmen teil:

Frau Bettina Leinweber, Fachdienstleiterin (b.leinweber@lra-sok.example)
Herr Kai Ochsenknecht, Kreisplaner (k.ochsenknecht@lra-sok.example)

Da die Veranstaltung in unserem Kreis stattfindet, unterstützen wir gern bei Fragen zur Anreise.

Mit freundlichen Grüßen
im Auftrag
Kai Ochsenknecht

Landratsamt Saale-Orla-Kreis
Oschitzer Straße 4
07907 Schleiz"""
    return ol(slug, addr("Kreisplanung LRA SOK", a), "Anmeldung Landratsamt Saale-Orla-Kreis", "2025-04-29 13:15",
              body), label("registration", [
        P("Bettina Leinweber", "b.leinweber@lra-sok.example", "Fachdienstleiterin"),
        P("Kai Ochsenknecht", "k.ochsenknecht@lra-sok.example", "Kreisplaner")],
        "Landratsamt Saale-Orla-Kreis", "authority", None)


@case("neuengoenna-info-box-reply-to-mayor")
def _(slug):
    ra = "t.rabenstein@neuengoenna.example"
    body = """Sehr geehrte Damen und Herren,

Herr Bürgermeister Thilo Rabenstein nimmt an der Transferveranstaltung am 20. Mai teil. Antworten bitte direkt an ihn.

Mit freundlichen Grüßen
Gemeindeverwaltung Neuengönna"""
    h = envelope(slug, addr("Gemeinde Neuengönna", "info@neuengoenna.example"), "Teilnahme Bürgermeister",
                 "2025-04-30 08:45", extra=outlook_headers((f"Reply-To: {addr('Rabenstein, Thilo', ra)}",)))
    return message(h, outlook_alt(slug, body)), label("registration", [P("Thilo Rabenstein", ra, "Bürgermeister")],
                                                     "Gemeindeverwaltung Neuengönna", "municipality", "Neuengönna")


@case("rueckersdorf-thunderbird-reply-to-invitation")
def _(slug):
    a = "kaemmerer@rueckersdorf-grz.example"
    body = flow("""Sehr geehrte Damen und Herren,

danke für die Einladung – ich bin gern dabei.

Mit freundlichen Grüßen
Dietmar Braunsdorf
Gemeinde Rückersdorf

""") + thunderbird_quote("22.04.2025 um 07:30", INVITE_FROM, INVITATION)
    h = envelope(slug, addr("Dietmar Braunsdorf", a), "Re: " + INVITE_SUBJECT, "2025-04-30 09:58",
                 extra=("User-Agent: Mozilla Thunderbird",))
    return message(h, text(body, "UTF-8", "8bit", flowed=True)), label("registration", [P("Dietmar Braunsdorf", a)],
        "Gemeinde Rückersdorf", "municipality", "Rückersdorf")


@case("peuschen-all-caps-ascii-umlauts")
def _(slug):
    a = "peuschen@vg-ranis-ziegenrueck.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich fuer die Veranstaltung am 20.05.2025 an.

Mit freundlichen Gruessen
Joerg Hoffmeister-Kluge
Buergermeister
GEMEINDE PEUSCHEN"""
    h = envelope(slug, addr("GEMEINDE PEUSCHEN", a), "ANMELDUNG TRANSFERVERANSTALTUNG", "2025-04-30 10:05",
                 extra=("User-Agent: Mutt/2.2.9",))
    return message(h, text(body, "us-ascii", "7bit")), label("registration", [
        P("Joerg Hoffmeister-Kluge", a, "Buergermeister")], "Gemeinde Peuschen", "municipality", "Peuschen")


@case("westgreussen-ss-domain-webde")
def _(slug):
    a = "b.scheiding@westgreussen.example"
    body = """Guten Tag,

die Gemeinde Westgreussen meldet sich mit Frau Birgit Scheiding (Bauausschuss) an.

Freundliche Grüße
Birgit Scheiding"""
    html_body = "<html><body>" + "<br>".join(esc(l) if l else "&nbsp;" for l in body.split("\n")) + "</body></html>"
    h = envelope(slug, addr("Birgit Scheiding", a), "Anmeldung Westgreussen", "2025-04-30 17:33")
    return message(h, text(html_body, "utf-8", "quoted-printable", sub="html")), label("registration", [
        P("Birgit Scheiding", a, "Bauausschuss")], "Gemeinde Westgreußen", "municipality", "Westgreußen")


@case("korbussen-typo-vg-am-brahmetal")
def _(slug):
    a = "a.gollnick@vg-brahmetal.example"
    body = """Sehr geehrte Damen und Herren,

ich möchte mich für die Gemeinde Korbusen zur Transferveranstaltung anmelden.

Mit freundlichen Grüßen
Anke Gollnick
VG Am Brahmetal"""
    return ol(slug, addr("Gollnick, Anke", a), "Anmeldung", "2025-05-02 08:21", body), label(
        "registration", [P("Anke Gollnick", a)], "Verwaltungsgemeinschaft Am Brahmetal", "municipality", "Korbußen")


@case("doeschnitz-vcard-attachment")
def _(slug):
    a = "m.tittmann@doeschnitz.example"
    body = flow("""Sehr geehrte Damen und Herren,

ich melde mich hiermit zur 9. Transferveranstaltung an. Meine Kontaktdaten finden Sie in der angehängten Visitenkarte.

Mit freundlichen Grüßen
Maik Tittmann""")
    vcard = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Tittmann;Maik;;;\r\nFN:Maik Tittmann\r\n"
             "ORG:Gemeinde Döschnitz\r\nTITLE:Bürgermeister\r\nEMAIL;TYPE=WORK:" + a + "\r\nEND:VCARD\r\n").encode()
    b = "------------" + hashlib.md5(slug.encode()).hexdigest()[:24]
    part = multi("mixed", [text(body, "UTF-8", "8bit", flowed=True),
                           attachment("text/vcard", "Maik_Tittmann.vcf", vcard)], b)
    h = envelope(slug, addr("Maik Tittmann", a), "Anmeldung 9. Transferveranstaltung", "2025-05-02 09:14",
                 extra=("User-Agent: Mozilla Thunderbird",))
    return message(h, part), label("registration", [P("Maik Tittmann", a, "Bürgermeister")],
                                   "Gemeinde Döschnitz", "municipality", "Döschnitz")


@case("pferdingsleben-numbered-list-titles")
def _(slug):
    a = "sekretariat@vg-nesseaue.example"
    body = """Sehr geehrte Damen und Herren,

zur Veranstaltung am 20.05.2025 melden wir für die Gemeinde Pferdingsleben an:

1. Herr Dr. Gunter Bleichrodt, Bürgermeister
2. Herr Dipl.-Ing. Marco Eisenträger, Bauausschuss
3. Frau Yvonne Dittmar-Kahl, Ortschronistin

Die Unterzeichnerin nimmt nicht teil.

Mit freundlichen Grüßen
Sekretariat
Verwaltungsgemeinschaft Nesseaue"""
    return ol(slug, addr("Sekretariat VG Nesseaue", a), "Anmeldungen Pferdingsleben", "2025-05-02 10:40", body), label(
        "registration", [P("Gunter Bleichrodt", None, "Bürgermeister", "Dr."),
                         P("Marco Eisenträger", None, "Bauausschuss", "Dipl.-Ing."),
                         P("Yvonne Dittmar-Kahl", None, "Ortschronistin")],
        "Verwaltungsgemeinschaft Nesseaue", "municipality", "Pferdingsleben")


@case("urleben-domain-only-no-signature")
def _(slug):
    a = "k.dornheim@urleben.example"
    body = """Moin,
ich komme am 20. gern nach Bad Lobenstein.
K. Dornheim"""
    h = envelope(slug, addr("Katrin Dornheim", a), "Anmeldung", "2025-05-05 12:01",
                 extra=("User-Agent: Mozilla/5.0 (Windows NT 10.0) SOGo/5.10.0",))
    return message(h, text(body, "utf-8", "7bit")), label("registration", [P("Katrin Dornheim", a)],
                                                         None, "municipality", "Urleben")


@case("buechel-nur-vormittags-base64-open-xchange")
def _(slug):
    a = "l.wengler@buechel-kindelbrueck.example"
    body = """Sehr geehrte Damen und Herren,

gern nehme ich an der Transferveranstaltung teil, allerdings nur vormittags – am Nachmittag tagt unser Gemeinderat.

Freundliche Grüße
Lutz Wengler
Gemeinde Büchel"""
    b = "----=_Part_" + hashlib.md5(slug.encode()).hexdigest()[:16]
    part = multi("alternative", [text(body, "utf-8", "base64"), text(simple_html(body), "utf-8", "base64", sub="html")], b)
    h = envelope(slug, addr("Lutz Wengler", a), "Anmeldung (nur vormittags)", "2025-05-05 14:36",
                 extra=("X-Mailer: Open-Xchange Mailer v7.10.6",), subject_enc=("utf-8", "B"))
    return message(h, part), label("registration", [P("Lutz Wengler", a)], "Gemeinde Büchel", "municipality", "Büchel",
                                   notes=["nur vormittags"])


# ==================================================================================================
# cancellations
# ==================================================================================================

@case("cancel-schmiedehausen-outlook-quote-confirmation")
def _(slug):
    code = code_for(slug)
    a = "n.berngruber@bad-sulza-verw.example"
    body = """Guten Tag,

leider muss ich meine Teilnahme am 20. Mai absagen – wir haben an dem Tag eine Sondersitzung des Gemeinderates.

Mit freundlichen Grüßen
Nicole Berngruber
Gemeinde Schmiedehausen

""" + outlook_quote("Mittwoch, 23. April 2025 09:12", f"Berngruber, Nicole <{a}>", confirm_subject(code),
                    confirmation("Guten Tag Frau Berngruber", ["Nicole Berngruber"], code))
    return ol(slug, addr("Berngruber, Nicole", a), "AW: " + confirm_subject(code), "2025-05-12 08:03", body), label(
        "cancellation", [P("Nicole Berngruber", a)], "Gemeinde Schmiedehausen", "municipality", "Schmiedehausen")


@case("cancel-etzleben-secretary-for-mayor")
def _(slug):
    code = code_for(slug)
    body = f"""Sehr geehrte Damen und Herren,

Herr Bürgermeister Reiner Stollberg kann den Termin am 20.05. leider nicht wahrnehmen. Bitte nehmen Sie ihn von der Teilnehmerliste (Code {code}).

Mit freundlichen Grüßen
Sekretariat
Landgemeinde An der Schmücke
für die Gemeinde Etzleben"""
    return ol(slug, addr("Sekretariat Bürgermeister", "sekretariat@an-der-schmuecke.example"),
              "Absage Bürgermeister Etzleben", "2025-05-12 10:20", body), label(
        "cancellation", [P("Reiner Stollberg", None, "Bürgermeister")],
        "Landgemeinde An der Schmücke", "municipality", "Etzleben")


@case("cancel-wiesenfeld-one-of-three")
def _(slug):
    code = code_for(slug)
    a = "c.luebbert@vg-ershausen.example"
    body = f"""Hallo,

kleine Korrektur zu unserer Anmeldung {code}: Frau Heike Aschenbach fällt aus (Fortbildung). Herr Kellner und ich kommen wie angemeldet.

Gruß
Carsten Lübbert
VG Ershausen/Geismar für die Gemeinde Wiesenfeld"""
    return ol(slug, addr("Lübbert, Carsten", a), f"Teilnehmer Wiesenfeld {code}", "2025-05-13 07:50", body), label(
        "cancellation", [P("Heike Aschenbach", None)],
        "Verwaltungsgemeinschaft Ershausen/Geismar", "municipality", "Wiesenfeld")


@case("cancel-niedertrebra-iphone-code-subject")
def _(slug):
    code = code_for(slug)
    a = "buergermeister.niedertrebra@web-post.example"
    body = """Muss leider absagen, bin krank. Sorry!
Volker Gleisberg

Von meinem iPhone gesendet"""
    h = envelope(slug, addr("Volker Gleisberg", a), f"Absage {code}", "2025-05-19 06:44",
                 extra=("X-Mailer: iPhone Mail (22E240)",))
    return message(h, text(body, "utf-8", "7bit")), label("cancellation", [P("Volker Gleisberg", a)],
                                                         None, "municipality", "Niedertrebra")


@case("cancel-caaschwitz-both-thunderbird")
def _(slug):
    code = code_for(slug)
    a = "s.trautmannsdorf@caaschwitz.example"
    body = flow("""Sehr geehrte Damen und Herren,

wir ziehen unsere Anmeldung zurück: weder ich noch Frau Elke Zschoche können am 20. Mai teilnehmen. Vielleicht klappt es beim nächsten Mal.

Mit freundlichen Grüßen
Sven Trautmannsdorf
Gemeinde Caaschwitz

""") + thunderbird_quote("25.04.2025 um 14:02", f"{OUR_NAME}:",
                         confirmation("Guten Tag Herr Trautmannsdorf", ["Sven Trautmannsdorf", "Elke Zschoche"], code))
    h = envelope(slug, addr("Sven Trautmannsdorf", a), "Re: " + confirm_subject(code), "2025-05-14 16:18",
                 extra=("User-Agent: Mozilla Thunderbird",))
    return message(h, text(body, "UTF-8", "8bit", flowed=True)), label("cancellation", [
        P("Sven Trautmannsdorf", a), P("Elke Zschoche", None)], "Gemeinde Caaschwitz", "municipality", "Caaschwitz")


# ==================================================================================================
# changes
# ==================================================================================================

@case("change-troechtelborn-replacement")
def _(slug):
    code = code_for(slug)
    a = "g.hartleb@troechtelborn.example"
    body = f"""Sehr geehrte Damen und Herren,

für unsere Anmeldung ({code}) gibt es eine Änderung: anstelle von Frau Gabriele Hartleb wird Herr Dominik Seyfarth teilnehmen, dominik.seyfarth@troechtelborn.example.

Mit freundlichen Grüßen
Gabriele Hartleb
Gemeinde Tröchtelborn"""
    return ol(slug, addr("Hartleb, Gabriele", a), f"Änderung Teilnehmer {code}", "2025-05-08 09:30", body), label(
        "change", [P("Dominik Seyfarth", "dominik.seyfarth@troechtelborn.example"), P("Gabriele Hartleb", a)],
        "Gemeinde Tröchtelborn", "municipality", "Tröchtelborn")


@case("change-griefstedt-add-colleague")
def _(slug):
    code = code_for(slug)
    a = "t.wolfram-baer@vg-kindelbrueck.example"
    body = f"""Guten Tag,

zu meiner Anmeldung {code} würde ich gern noch meine Kollegin Frau Jacqueline Pfannstiel (j.pfannstiel@vg-kindelbrueck.example) nachmelden. Geht das noch?

Danke und Gruß
Tobias Wolfram-Bär
VG Kindelbrück, Bauamt – Gemeinde Griefstedt"""
    return ol(slug, addr("Wolfram-Bär, Tobias", a), "Nachmeldung Kollegin", "2025-05-08 13:44", body), label(
        "change", [P("Jacqueline Pfannstiel", "j.pfannstiel@vg-kindelbrueck.example")],
        "Verwaltungsgemeinschaft Kindelbrück", "municipality", "Griefstedt")


@case("change-renthendorf-only-morning-reply")
def _(slug):
    code = code_for(slug)
    a = "renthendorf@huegelland-taeler.example"
    body = """Guten Tag,

eine kleine Änderung: ich kann nur bis zur Mittagspause bleiben und fahre danach zurück.

Viele Grüße
Angelika Stützer
Gemeinde Renthendorf

""" + outlook_quote("Montag, 28. April 2025 10:02", f"Stützer, Angelika <{a}>", confirm_subject(code),
                    confirmation("Guten Tag Frau Stützer", ["Angelika Stützer"], code))
    return ol(slug, addr("Stützer, Angelika", a), "AW: " + confirm_subject(code), "2025-05-09 11:20", body), label(
        "change", [P("Angelika Stützer", a)], "Gemeinde Renthendorf", "municipality", "Renthendorf",
        notes=["ich kann nur bis zur Mittagspause bleiben"])


@case("change-langenwolschendorf-new-address")
def _(slug):
    code = code_for(slug)
    old = "ortschaftsrat-lwd@zeulenroda-triebes-verw.example"
    new = "m.kaiserling@langenwolschendorf.example"
    body = f"""Sehr geehrte Damen und Herren,

ich bin mit Code {code} angemeldet. Bitte schicken Sie künftige Nachrichten nicht mehr an {old}, sondern an meine neue Adresse {new}.

Mit freundlichen Grüßen
Martina Kaiserling
Gemeinde Langenwolschendorf"""
    return ol(slug, addr("Kaiserling, Martina", old), "Neue E-Mail-Adresse", "2025-05-12 15:05", body), label(
        "change", [P("Martina Kaiserling", new)], "Gemeinde Langenwolschendorf", "municipality", "Langenwolschendorf")


@case("change-cursdorf-vegan-late-train")
def _(slug):
    code = code_for(slug)
    a = "e.heubach@cursdorf.example"
    body = flow(f"""Hallo Orga-Team,

zwei Nachträge zu meiner Anmeldung ({code}): Ich ernähre mich vegan, und ich komme mit dem Zug, der erst gegen 10:15 Uhr ankommt – ich verpasse also den Anfang.

Viele Grüße
Elias Heubach
Gemeinde Cursdorf""")
    h = envelope(slug, addr("Elias Heubach", a), f"Nachtrag Anmeldung {code}", "2025-05-13 18:40",
                 extra=("User-Agent: Mozilla Thunderbird",))
    return message(h, text(body, "UTF-8", "8bit", flowed=True)), label("change", [P("Elias Heubach", a)],
        "Gemeinde Cursdorf", "municipality", "Cursdorf",
        notes=["Ich ernähre mich vegan", "ich komme mit dem Zug, der erst gegen 10:15 Uhr ankommt"])


# ==================================================================================================
# questions
# ==================================================================================================

@case("question-buchfart-parking-bus")
def _(slug):
    a = "bauamt.buchfart@vg-mellingen.example"
    body = """Sehr geehrte Damen und Herren,

wir überlegen, mit mehreren Gemeinderäten im Kleinbus nach Bad Lobenstein zu fahren. Gibt es dort Parkmöglichkeiten für einen Neunsitzer? Die Anmeldung würden wir dann in den nächsten Tagen schicken.

Mit freundlichen Grüßen
Werner Schaller
Gemeinde Buchfart"""
    return ol(slug, addr("Schaller, Werner", a), "Frage zur Anreise", "2025-04-25 14:55", body), label(
        "question", [], "Gemeinde Buchfart", "municipality", "Buchfart")


@case("question-thonhausen-slides-cannot-come")
def _(slug):
    a = "gemeinde@thonhausen.example"
    body = """Guten Tag,

leider kann aus Thonhausen am 20. Mai niemand teilnehmen. Werden die Vorträge im Anschluss als PDF verschickt oder online gestellt? Wir würden sie gern nachlesen.

Freundliche Grüße
Sabine Gerbothe
Gemeindeverwaltung Thonhausen"""
    h = envelope(slug, addr("Gemeinde Thonhausen", a), "Präsentationen Transferveranstaltung", "2025-04-29 09:36",
                 extra=("User-Agent: Roundcube Webmail/1.6.5",))
    return message(h, text(body, "utf-8", "quoted-printable")), label("question", [],
        "Gemeindeverwaltung Thonhausen", "municipality", "Thonhausen")


@case("question-drognitz-lunch-already-registered")
def _(slug):
    code = code_for(slug)
    a = "buergermeister@drognitz.example"
    body = f"""Guten Tag,

ich bin bereits angemeldet ({code}). Ist für ein Mittagessen gesorgt, oder sollten wir uns selbst versorgen?

Mit freundlichen Grüßen
Ralf Untermann
Bürgermeister Gemeinde Drognitz"""
    return ol(slug, addr("Untermann, Ralf", a), "Frage Mittagessen", "2025-05-06 10:10", body), label(
        "question", [], "Gemeinde Drognitz", "municipality", "Drognitz")


@case("question-planungsbuero-may-we-come")
def _(slug):
    a = "info@landschaft-ort-weimar.example"
    body = flow("""Sehr geehrte Damen und Herren,

die Einladung hat uns über eine Auftraggeberin erreicht. Sind auch Planungsbüros willkommen, die derzeit kein laufendes ISEK bearbeiten, sondern Dorfentwicklung und IGEK betreuen? Falls ja, würden wir gern eine Kollegin schicken.

Mit freundlichen Grüßen
Heidrun Klapproth
Landschaft & Ort – Planungsgruppe Weimar""")
    h = envelope(slug, addr("Heidrun Klapproth", a), "Teilnahme von Planungsbüros?", "2025-04-24 12:30",
                 extra=("User-Agent: Mozilla Thunderbird",))
    return message(h, text(body, "UTF-8", "8bit", flowed=True)), label("question", [],
        "Landschaft & Ort – Planungsgruppe Weimar", "planning_office", None)


@case("question-heukewalde-online-conditional")
def _(slug):
    a = "heukewalde@vg-oberes-sprottental.example"
    body = """Sehr geehrte Damen und Herren,

gibt es die Möglichkeit, sich online zuzuschalten? Der Weg von Heukewalde nach Bad Lobenstein ist für uns an einem Arbeitstag recht weit. Wenn ja, würde sich unser Bürgermeister gern anmelden.

Mit freundlichen Grüßen
Doris Rempt
VG Oberes Sprottental"""
    return ol(slug, addr("Rempt, Doris", a), "Online-Teilnahme möglich?", "2025-04-30 11:48", body), label(
        "question", [], "Verwaltungsgemeinschaft Oberes Sprottental", "municipality", "Heukewalde")


# ==================================================================================================
# other
# ==================================================================================================

@case("other-internal-forward-cc-inbox")
def _(slug):
    a = "hauptamt@moersdorf-shk.example"
    body = """Hallo Jens,

zur Kenntnis – bitte prüf mal, ob das für unser ISEK-Thema was wäre, und sag mir bis Ende nächster Woche Bescheid.

Gruß Anett

""" + outlook_quote("Dienstag, 22. April 2025 07:30", "Gemeinde Mörsdorf", INVITE_SUBJECT, INVITATION).replace(
        f"Von: {OUR_NAME} <{INBOX}>", f"Von: {INVITE_FROM}")
    h = envelope(slug, addr("Hauptamt Mörsdorf", a), "WG: " + INVITE_SUBJECT, "2025-04-23 08:11",
                 to="bauamt@moersdorf-shk.example", extra=outlook_headers((f"Cc: {INBOX}",)))
    return message(h, outlook_alt(slug, body)), label("other", [], "Gemeinde Mörsdorf", "municipality", "Mörsdorf")


@case("other-smime-encrypted")
def _(slug):
    a = "poststelle@goesen-verw.example"
    blob = hashlib.sha256(b"encrypted").digest() * 40
    part = (['Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"',
             'Content-Disposition: attachment; filename="smime.p7m"', "Content-Transfer-Encoding: base64"],
            base64.encodebytes(blob))
    h = envelope(slug, addr("Poststelle Gösen", a), "Anmeldung", "2025-05-06 13:13", extra=outlook_headers())
    return message(h, part), label("other", [], None, None, None, needs_review=True)


# ==================================================================================================
# auto replies
# ==================================================================================================

@case("auto-exchange-automatische-antwort-invitation")
def _(slug):
    a = "bauamt@gemeinde-sprötau.example".replace("ö", "oe")
    body = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre E-Mail. Ich bin bis einschließlich 2. Mai 2025 nicht im Büro. Ihre Nachricht wird nicht weitergeleitet.

Mit freundlichen Grüßen
Jörg Liebetrau
Bauamt"""
    h = envelope(slug, addr("Liebetrau, Jörg", a), "Automatische Antwort: " + INVITE_SUBJECT, "2025-04-22 07:31",
                 extra=outlook_headers(("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All")))
    return message(h, outlook_alt(slug, body)), label("auto_reply", [], None, None, None)


@case("auto-abwesenheitsnotiz-text-only")
def _(slug):
    a = "h.zinserling@alperstedt.example"
    body = """Abwesenheitsnotiz

Ich bin vom 22.04. bis 30.04.2025 im Urlaub. In dringenden Fällen wenden Sie sich bitte an das Bauamt der VG Gramme-Vippach.

Hannelore Zinserling"""
    h = envelope(slug, addr("Zinserling, Hannelore", a), "Abwesenheitsnotiz: " + INVITE_SUBJECT, "2025-04-22 07:32",
                 extra=outlook_headers())
    return message(h, text(body, "windows-1252")), label("auto_reply", [], None, None, None)


@case("auto-x-auto-response-suppress-elternzeit")
def _(slug):
    a = "s.tuercke@mittelpoellnitz.example"
    body = """Guten Tag,

ich befinde mich bis auf Weiteres in Elternzeit. Ihre E-Mail wird nicht gelesen. Bitte wenden Sie sich an Herrn Lars Fröbel, l.froebel@vg-triptis.example.

Freundliche Grüße
Sophie Türcke"""
    h = envelope(slug, addr("Türcke, Sophie", a), "AW: " + INVITE_SUBJECT, "2025-04-22 07:33",
                 extra=outlook_headers(("X-Auto-Response-Suppress: DR, RN, NRN, OOF, AutoReply",)))
    return message(h, outlook_alt(slug, body)), label("auto_reply", [], None, None, None)


@case("auto-sieve-vacation-precedence")
def _(slug):
    a = "verwaltung@ostramondra.example"
    body = """Ich bin bis zum 5. Mai nicht im Büro und lese meine E-Mails nur unregelmäßig.

Mit freundlichen Grüßen
Gemeindeverwaltung Ostramondra"""
    h = envelope(slug, addr("Gemeinde Ostramondra", a), "Abwesend: Re: " + INVITE_SUBJECT, "2025-04-22 07:35",
                 extra=("Auto-Submitted: auto-replied (vacation)", "Precedence: bulk"))
    return message(h, text(body, "utf-8", "quoted-printable")), label("auto_reply", [], None, None, None)


@case("auto-landratsamt-eingangsbestaetigung-noreply")
def _(slug):
    a = "noreply@lra-kyffhaeuser.example"
    body = """Eingangsbestätigung

Ihre Nachricht ist bei der zentralen Poststelle des Landratsamtes eingegangen und wird an die zuständige Stelle weitergeleitet. Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail.

Landratsamt Kyffhäuserkreis
Zentrale Poststelle"""
    h = envelope(slug, addr("Landratsamt Kyffhäuserkreis", a), "Eingangsbestätigung: " + INVITE_SUBJECT,
                 "2025-04-22 07:36", extra=("Auto-Submitted: auto-generated",))
    return message(h, text(body, "utf-8", "quoted-printable")), label("auto_reply", [], None, None, None)


@case("auto-outlook-html-only-out-of-office-reminder")
def _(slug):
    code = code_for(slug)
    a = "r.wiegleb@plothen.example"
    body = """Ich bin bis zum 21.05.2025 außer Haus und habe keinen Zugriff auf meine E-Mails.

Mit freundlichen Grüßen
Roland Wiegleb"""
    return ol(slug, addr("Wiegleb, Roland", a), "Automatische Antwort: " + reminder_subject(code), "2025-05-13 09:02",
              body, html_only=True), label("auto_reply", [], None, None, None)


# ==================================================================================================
# bounces
# ==================================================================================================

@case("bounce-postfix-dsn-user-unknown-invitation")
def _(slug):
    rcpt = "bauamt@gemeinde-volkerode-alt.example"
    ours = message([f"From: {INVITE_FROM}", f"To: {rcpt}", f"Subject: {hval(INVITE_SUBJECT)}",
                    f"Date: {rfcdate('2025-04-22 07:30')}",
                    f"Message-ID: {msgid('inv-' + slug, 'transferveranstaltung.example')}"], text(INVITATION))
    human = f"""This is the mail system at host mx01.transferveranstaltung.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

                   The mail system

<{rcpt}>: host mx.gemeinde-volkerode-alt.example[203.0.113.40] said: 550 5.1.1
    <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox
    table (in reply to RCPT TO command)"""
    dsn = f"""Reporting-MTA: dns; mx01.transferveranstaltung.example
Arrival-Date: Tue, 22 Apr 2025 07:30:05 +0200 (CEST)

Final-Recipient: rfc822; {rcpt}
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown
"""
    part = report(slug, (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                         human.encode() + b"\n"), dsn, rfc822(ours))
    h = ["Return-Path: <>", f"From: {addr('Mail Delivery System', 'MAILER-DAEMON@mx01.transferveranstaltung.example')}",
         f"To: {INBOX}", "Subject: Undelivered Mail Returned to Sender", f"Date: {rfcdate('2025-04-22 07:30')}",
         f"Message-ID: {msgid(slug, 'mx01.transferveranstaltung.example')}", "Auto-Submitted: auto-replied"]
    return message(h, part), label("bounce", [], None, None, None, language="en", bounce_recipient=rcpt)


@case("bounce-exchange-german-plain-unzustellbar")
def _(slug):
    rcpt = "info@gemeinde-belrieth.example"
    body = f"""Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.

      Betreff: {INVITE_SUBJECT}
      Gesendet am: 22.04.2025 07:30

Folgende(r) Empfänger konnte(n) nicht erreicht werden:

      {rcpt} am 22.04.2025 07:31
            Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen.
            <mail.gemeinde-belrieth.example #5.2.2 smtp;552 5.2.2 mailbox full>"""
    h = [f"From: {addr('Systemverwalter', 'postmaster@gemeinde-belrieth.example')}", f"To: {INBOX}",
         f"Subject: {hval('Unzustellbar: ' + INVITE_SUBJECT)}", f"Date: {rfcdate('2025-04-22 07:31')}",
         f"Message-ID: {msgid(slug, 'mail.gemeinde-belrieth.example')}"]
    return message(h, text(body, "windows-1252", "quoted-printable")), label("bounce", [], None, None, None,
                                                                          bounce_recipient=rcpt)


@case("bounce-exim-plain-failed")
def _(slug):
    rcpt = "vg-goerkwitz@kommunalnetz-alt.example"
    body = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {rcpt}
    Unrouteable address

------ This is a copy of the message, including all the headers. ------

From: {INVITE_FROM}
To: {rcpt}
Subject: {INVITE_SUBJECT}

Sehr geehrte Akteurinnen und Akteure der Thüringer Kommunen,
..."""
    h = ["Return-Path: <>", f"From: {addr('Mail Delivery System', 'Mailer-Daemon@relay2.transferveranstaltung.example')}",
         f"To: {INBOX}", f"Subject: Mail delivery failed: returning message to sender",
         f"Date: {rfcdate('2025-04-22 07:32')}", f"Message-ID: {msgid(slug, 'relay2.transferveranstaltung.example')}",
         "Auto-Submitted: auto-replied"]
    return message(h, text(body, "utf-8", "8bit")), label("bounce", [], None, None, None, language="en",
                                                         bounce_recipient=rcpt)


@case("bounce-dsn-delayed-warning")
def _(slug):
    rcpt = "gemeinde@jonaswalde-post.example"
    code = code_for(slug)
    ours = message([f"From: {addr(OUR_NAME, INBOX)}", f"To: {rcpt}", f"Subject: {hval(confirm_subject(code))}",
                    f"Date: {rfcdate('2025-04-30 10:00')}",
                    f"Message-ID: {msgid('our-' + slug, 'transferveranstaltung.example')}"],
                   text(confirmation("Guten Tag Frau Brückner", ["Ilona Brückner"], code)))
    human = f"""This is the mail system at host mx01.transferveranstaltung.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<{rcpt}>: connect to mx.jonaswalde-post.example[192.0.2.77]:25: Connection timed out"""
    dsn = f"""Reporting-MTA: dns; mx01.transferveranstaltung.example
Arrival-Date: Wed, 30 Apr 2025 10:00:03 +0200 (CEST)

Final-Recipient: rfc822; {rcpt}
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.jonaswalde-post.example[192.0.2.77]:25: Connection timed out
Will-Retry-Until: Mon, 5 May 2025 10:00:03 +0200 (CEST)
"""
    part = report(slug, (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                         human.encode() + b"\n"), dsn, rfc822_headers(ours))
    h = ["Return-Path: <>", f"From: {addr('Mail Delivery System', 'MAILER-DAEMON@mx01.transferveranstaltung.example')}",
         f"To: {INBOX}", "Subject: Delayed Mail (still being retried)", f"Date: {rfcdate('2025-04-30 14:00')}",
         f"Message-ID: {msgid(slug, 'mx01.transferveranstaltung.example')}", "Auto-Submitted: auto-replied"]
    return message(h, part), label("bounce", [], None, None, None, language="en", bounce_recipient=rcpt)


# ==================================================================================================
# build and validate (tests/corpus_kit.py)
# ==================================================================================================

EARLIER = ("corpus", "corpus_holdout", "corpus_blind", "corpus_blind2", "corpus_blind3", "corpus_blind4")
# No municipality may repeat an earlier label: 282 Gemeinden were still unlabelled. Surnames never repeat, and
# nothing repeats within this set.


if __name__ == "__main__":
    main(HERE, CASES, seed=20250520, earlier=EARLIER, unique_within=True)
