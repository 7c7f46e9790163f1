"""Rebuild and validate the twelfth blind corpus (tests/corpus_blind12/).

Written blind by a twelfth writer: from the invitation (/work/shared/seed/), /work/shared/design/INTERFACE.md, the
gazetteer (/work/shared/data/), the READMEs of tests/corpus/, tests/corpus_blind8/ and tests/corpus_blind11/,
tests/corpus_kit.py, tests/corpus_blind8/make_blind8.py and the validator part of
tests/corpus_blind11/make_blind11.py only. Nothing in mailbot/ was read and the parser was not run on these mails.

Each case is one mail as the registration inbox receives it in the last three weeks before the registration
deadline (17 April – 9 May 2025), built by the byte-exact MIME writer of tests/corpus_kit.py, with what a careful
event secretary records from that mail alone.

    .venv/bin/python tests/corpus_blind12/make_blind12.py          # rewrite all files, then validate
    .venv/bin/python tests/corpus_blind12/make_blind12.py --check  # validate the files as they are, and check
                                                                   # that a rebuild would be byte-identical
"""

from __future__ import annotations

import csv
import hashlib
import json
import random
import sys
from email import message_from_bytes, policy
from email.utils import getaddresses
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
    our_mail,
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
    waitlist,
    webde_html_only,
)

HERE = Path(__file__).resolve().parent
CASES: Cases = []
case = case_registry(CASES)
SEED = 20250417

MFG = "Mit freundlichen Grüßen"
EVENT = "9. Transferveranstaltung am 20. Mai 2025"
OUR_DOMAIN = "transferveranstaltung.example"


# --------------------------------------------------------------------------------------------------
# our own mails as they come back (subjects as the brief gives them)
# --------------------------------------------------------------------------------------------------

def conf_subject(code: str) -> str:
    return f"Anmeldebestätigung: {EVENT} ({code})"


def wait_subject(code: str) -> str:
    return f"Warteliste: {EVENT} ({code})"


def cancel_subject(code: str) -> str:
    return f"Abmeldung bestätigt: {EVENT} ({code})"


MISSING_SUBJECT = f"Fehlende Angaben zu Ihrer Anmeldung: {EVENT}"
MISSING_BODY = ("Guten Tag,\n\nvielen Dank für Ihre E-Mail. Damit wir Ihre Anmeldung bearbeiten können, fehlt uns noch "
                "die Angabe, für welche Kommune Sie teilnehmen.\n\nMit freundlichen Grüßen\n"
                "Ihr Organisationsteam der Transferveranstaltung")


def cancelled_body(salutation: str, code: str) -> str:
    return (f"{salutation},\n\nwir haben Ihre Abmeldung von der 9. Transferveranstaltung am 20. Mai 2025 erhalten und "
            f"die Anmeldung storniert.\n\nIhr Code: {code}\n\nMit freundlichen Grüßen\n"
            "Ihr Organisationsteam der Transferveranstaltung")


def our_id(tag: str) -> str:
    return msgid("our-" + tag, OUR_DOMAIN)


def reply_headers(tag: str) -> tuple[str, ...]:
    mid = our_id(tag)
    return (f"In-Reply-To: {mid}", f"References: {mid}")


def conf_ol(to: str, code: str, salutation: str, persons: list[str], when_de: str) -> str:
    """Our confirmation as Outlook quotes it ("-----Ursprüngliche Nachricht-----")."""
    return outlook_quote(when_de, to, conf_subject(code), confirmation(salutation, persons, code))


def conf_tb(code: str, salutation: str, persons: list[str], when_de: str) -> str:
    return f"Am {when_de} schrieb {OUR_NAME}:\n" + quote(confirmation(salutation, persons, code))


INV_WHEN = "Montag, 7. April 2025 10:03"


def new_outlook_quote(frm: str, when_de: str, to: str, subject: str, body: str) -> str:
    """The newer Outlook reply header: a rule, then Von/Gesendet/An/Betreff."""
    return ("________________________________\n"
            f"Von: {frm}\nGesendet: {when_de}\nAn: {to}\nBetreff: {subject}\n\n{body}")


def iphone_reply(slug: str, frm: str, subject: str, when: str, body: str, quoted_head: str,
                 quoted_body: str, extra: tuple[str, ...] = ()) -> bytes:
    h = envelope(slug, frm, subject, when, extra=("X-Mailer: iPhone Mail (22E252)", *extra))
    full = f"{body}\n\nVon meinem iPhone gesendet\n\n> {quoted_head}\n> \n" + quote(quoted_body)
    return message(h, text(full, "utf-8", "quoted-printable"))


def notes_html(body: str) -> str:
    lines = "<br>\n".join(esc(l) for l in body.split("\n"))
    return f'<font size=2 face="sans-serif">{lines}</font>\n<br>\n'


def notes(slug: str, frm: str, subject: str, when: str, body: str, server: str) -> bytes:
    """HCL Notes: alternative with ISO-8859-1 QP plain and HTML parts, Notes trace headers."""
    stamp = f"{when[8:10]}.{when[5:7]}.{when[0:4]} {when[11:]}:{int(hashlib.md5(slug.encode()).hexdigest()[:2], 16) % 60:02d}"
    h = envelope(slug, frm, subject, when, subject_enc=("ISO-8859-1", "Q"), extra=(
        "X-Mailer: HCL Notes Release 12.0.2FP4 October 10, 2024",
        f"X-MIMETrack: Serialize by Router on {server}(Release 12.0.2FP4|October 10, 2024) at {stamp}",
        "X-KeepSent: " + hashlib.md5(("ks" + slug).encode()).hexdigest()[:16].upper() + ":"
        + hashlib.md5(("kt" + slug).encode()).hexdigest()[:16].upper() + "-C1258C7E:003A5B1F;",
        "X-TNEFEvaluated: 1"))
    b = "=_alternative 00" + hashlib.md5(slug.encode()).hexdigest()[:14].upper() + "_="
    return message(h, multi("alternative", [text(body, "ISO-8859-1", "quoted-printable"),
                                            text(notes_html(body), "ISO-8859-1", "quoted-printable", sub="html")], b))


def ol_crlf(slug: str, frm: str, subject: str, when: str, body: str, extra: tuple[str, ...] = ()) -> bytes:
    """Outlook plain windows-1252 QP, stored with CRLF line ends."""
    h = envelope(slug, frm, subject, when, extra=outlook_headers(extra))
    return message(h, text(body, "windows-1252", "quoted-printable"), crlf=True)


def ol_reply(slug: str, frm: str, subject: str, when: str, body: str, tag: str, extra: tuple[str, ...] = ()) -> bytes:
    return ol(slug, frm, subject, when, body, extra=reply_headers(tag) + extra)


# ==================================================================================================
# registrations
# ==================================================================================================


@case("schmoelln-outlook-one")
def _(slug):
    a = "a.bauersfeld@schmoelln.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich zur 9. Transferveranstaltung am 20. Mai 2025 in Bad Lobenstein an. Unser ISEK stammt aus dem Jahr 2014 und soll im kommenden Jahr fortgeschrieben werden – der Austausch kommt für uns also genau zur richtigen Zeit.

{MFG}

""" + sig("Anja Bauersfeld", "Sachbearbeiterin Stadtplanung/Städtebauförderung", "Stadtverwaltung Schmölln",
          "Markt 1", "04626 Schmölln", "034491 76-142", a)
    return ol(slug, addr("Bauersfeld, Anja", a), "Anmeldung Transferveranstaltung 20.05.2025", "2025-04-22 08:37", body), \
        label("registration", [P("Anja Bauersfeld", a, "Sachbearbeiterin Stadtplanung/Städtebauförderung")],
              "Stadtverwaltung Schmölln", "municipality", "Schmölln")


@case("leutenberg-mayor-replies-to-invitation")
def _(slug):
    a = "buergermeister@leutenberg.example"
    body = f"""Sehr geehrte Damen und Herren,

ich nehme gern teil.

{MFG}
Jens Gutjahr
Bürgermeister der Stadt Leutenberg

""" + new_outlook_quote(INVITE_FROM, INV_WHEN, "Verteiler Kommunen", INVITE_SUBJECT, INVITATION)
    return ol(slug, addr("Gutjahr, Jens", a), "AW: " + INVITE_SUBJECT, "2025-04-22 10:14", body), \
        label("registration", [P("Jens Gutjahr", a, "Bürgermeister")], "Stadt Leutenberg", "municipality", "Leutenberg")


@case("treffurt-secretary-registers-mayor")
def _(slug):
    a = "vorzimmer@treffurt.example"
    body = f"""Sehr geehrte Damen und Herren,

im Auftrag von Herrn Bürgermeister Michael Kiesewetter melde ich ihn zur Transferveranstaltung am 20.05.2025 in Bad Lobenstein an.
Die Bestätigung senden Sie bitte an diese Adresse (Vorzimmer), ich leite sie weiter.

{MFG}
i. A. Sabine Lorenz
Vorzimmer Bürgermeister

Stadtverwaltung Treffurt
Rathausstraße 12
99830 Treffurt
Tel. 036923 515-10"""
    return ol_plain(slug, addr("Vorzimmer Bürgermeister Treffurt", a), "Anmeldung Bürgermeister Kiesewetter",
                    "2025-04-23 09:02", body), \
        label("registration", [P("Michael Kiesewetter", None, "Bürgermeister")], "Stadtverwaltung Treffurt",
              "municipality", "Treffurt")


@case("steinach-thunderbird-two")
def _(slug):
    a = "k.faehnrich@stadt-steinach.example"
    b = "r.eisentraut@stadt-steinach.example"
    body = f"""Guten Tag,

für die Stadt Steinach melden wir uns zur Transferveranstaltung am 20. Mai an:

Kerstin Fähnrich, Bauamt, {a}
Roland Eisentraut, Kämmerei, {b}

Wir reisen mit dem Dienstwagen an.

Viele Grüße
Kerstin Fähnrich

-- 
Stadtverwaltung Steinach
Bauamt
Marktplatz 5, 96523 Steinach
Tel. 036762 309-33"""
    return tb(slug, addr("Kerstin Fähnrich", a), "Anmeldung Stadt Steinach (2 Personen)", "2025-04-23 11:26", body), \
        label("registration", [P("Kerstin Fähnrich", a, "Bauamt"), P("Roland Eisentraut", b, "Kämmerei")],
              "Stadtverwaltung Steinach", "municipality", "Steinach")


@case("oberhof-iphone-mayor-short")
def _(slug):
    a = "buergermeister@oberhof.example"
    body = """Sehr geehrte Damen und Herren,
hiermit melde ich mich für den 20.05. in Bad Lobenstein an.
MfG
Jörg Kämpf
Bürgermeister Stadt Oberhof"""
    return iphone(slug, addr("Jörg Kämpf", a), "Anmeldung", "2025-04-24 07:12", body), \
        label("registration", [P("Jörg Kämpf", a, "Bürgermeister")], "Stadt Oberhof", "municipality", "Oberhof")


@case("schoengleina-android-honorary-mayor")
def _(slug):
    a = "t.bienert62@gmx.example"
    body = """Guten Abend,

als ehrenamtlicher Bürgermeister der Gemeinde Schöngleina möchte ich mich für die Veranstaltung am 20. Mai anmelden. Wir sind zwar keine Stadt, aber die Dorfentwicklung und das Zusammenspiel mit den Förderprogrammen beschäftigen uns gerade sehr.

Mit freundlichen Grüßen
Thomas Bienert"""
    return droid(slug, addr("Thomas Bienert", a), "Anmeldung Transferveranstaltung", "2025-04-27 20:14", body), \
        label("registration", [P("Thomas Bienert", a, "ehrenamtlicher Bürgermeister")], "Gemeinde Schöngleina",
              "municipality", "Schöngleina")


@case("themar-planning-office-apple")
def _(slug):
    a = "kalkbrenner@stadtraum-werkstatt.example"
    b = "hucke@stadtraum-werkstatt.example"
    body = f"""Sehr geehrte Damen und Herren,

wir sind von der Stadt Themar mit der Fortschreibung ihres ISEK beauftragt und würden gern zu zweit an der Transferveranstaltung teilnehmen:

– Dr. Ulrike Kalkbrenner
– Sebastian Hucke ({b})

Viele Grüße aus Coburg
Ulrike Kalkbrenner

stadtraum werkstatt
Architektur und Stadtplanung PartGmbB
Ketschengasse 14
96450 Coburg
+49 9561 55 80 12"""
    return apple(slug, addr("Dr. Ulrike Kalkbrenner", a), "Anmeldung Transferveranstaltung – ISEK Themar",
                 "2025-04-24 15:48", body), \
        label("registration", [P("Ulrike Kalkbrenner", a, None, "Dr."), P("Sebastian Hucke", b, None)],
              "stadtraum werkstatt Architektur und Stadtplanung PartGmbB", "planning_office", "Themar")


@case("bad-sulza-gmx-councillor")
def _(slug):
    a = "heike.joedicke@gmx.example"
    body = """Sehr geehrte Damen und Herren,

ich bin Stadträtin in Bad Sulza und Mitglied im Bau- und Umweltausschuss. Die Einladung habe ich über unseren Bürgermeister bekommen. Hiermit melde ich mich für den 20. Mai an. Sollte die Veranstaltung nur für Mitarbeiter der Verwaltung gedacht sein, geben Sie mir bitte kurz Bescheid.

Freundliche Grüße
Heike Jödicke"""
    return gmx(slug, addr("Heike Jödicke", a), "Anmeldung 20. Mai", "2025-04-26 09:31", body), \
        label("registration", [P("Heike Jödicke", a, "Stadträtin")], "Stadt Bad Sulza", "municipality", "Bad Sulza")


@case("ebeleben-webde-private-address")
def _(slug):
    a = "frank.illing@web.example"
    body = """Hallo,

ich möchte mich zur Transferveranstaltung ISEK am 20.5. anmelden.
Ich arbeite im Bauamt der Stadt Ebeleben, schreibe aber von meiner privaten Adresse, weil unser Mailserver seit gestern Probleme macht.

Frank Illing
Stadt Ebeleben
Tel. 036020 728-14"""
    return webde_html_only(slug, addr("Frank Illing", a), "Anmeldung Transferveranstaltung", "2025-04-28 07:55", body), \
        label("registration", [P("Frank Illing", a, "Bauamt")], "Stadt Ebeleben", "municipality", "Ebeleben")


@case("artern-ox-keyvalue")
def _(slug):
    a = "bauamt@artern.example"
    b = "s.jungnickel@artern.example"
    body = f"""Anmeldung zur 9. Transferveranstaltung am 20.05.2025 in Bad Lobenstein

Name: Jungnickel
Vorname: Silke
Dienststelle: Stadtverwaltung Artern, Bauamt
Funktion: Sachbearbeiterin Bauleitplanung
Telefon: 03466 3255-41
E-Mail: {b}

Mit freundlichen Grüßen
im Auftrag
S. Jungnickel"""
    return ox(slug, addr("Stadt Artern - Bauamt", a), "Anmeldung Transferveranstaltung", "2025-04-28 10:40", body), \
        label("registration", [P("Silke Jungnickel", b, "Sachbearbeiterin Bauleitplanung")],
              "Stadtverwaltung Artern", "municipality", "Artern")


@case("gotha-notes-two")
def _(slug):
    a = "Karsten.Felsberg@gotha.example"
    b = "Marion.Abendroth@gotha.example"
    body = f"""Sehr geehrte Damen und Herren,

zur Transferveranstaltung am 20. Mai 2025 melde ich mich sowie meine Kollegin Frau Dipl.-Ing. Marion Abendroth ({b}) an.
Wir sind beide im Fachdienst Stadtentwicklung mit der Fortschreibung des ISEK befasst.

{MFG}

Karsten Felsberg
Fachdienstleiter Stadtentwicklung

Stadtverwaltung Gotha
Fachbereich Bau
Hauptmarkt 1, 99867 Gotha
Telefon: 03621 222-317
E-Mail: {a}"""
    return notes(slug, addr("Karsten Felsberg", a, "ISO-8859-1"), "Anmeldung Transferveranstaltung 20.05.2025",
                 "2025-04-29 10:12", body, "NOTES02/SRV/StadtGotha"), \
        label("registration", [P("Karsten Felsberg", a, "Fachdienstleiter Stadtentwicklung"),
                               P("Marion Abendroth", b, None, "Dipl.-Ing.")],
              "Stadtverwaltung Gotha", "municipality", "Gotha")


@case("drei-gleichen-roundcube-latin1")
def _(slug):
    a = "bauverwaltung@drei-gleichen.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich für die Transferveranstaltung am 20. Mai in Bad Lobenstein an. Wir erarbeiten derzeit ein IGEK für unsere Ortsteile und sind besonders an der Überlagerung der Förderprogramme interessiert.

Mit freundlichen Grüßen

Daniela Kuntze
Bauverwaltung
Gemeinde Drei Gleichen
Schloßstraße 7
99869 Drei Gleichen"""
    return roundcube(slug, addr("Gemeinde Drei Gleichen - Bauverwaltung", a), "Anmeldung", "2025-04-29 13:05", body), \
        label("registration", [P("Daniela Kuntze", a, "Bauverwaltung")], "Gemeinde Drei Gleichen", "municipality",
              "Drei Gleichen")


@case("muehlhausen-html-table-three")
def _(slug):
    a = "stadtplanung@muehlhausen.example"
    rows = [["Name", "Funktion", "E-Mail"],
            ["Dr. Christian Ittner", "Amtsleiter Stadtplanungsamt", "c.ittner@muehlhausen.example"],
            ["Annett Bohley", "SG Städtebauförderung", "a.bohley@muehlhausen.example"],
            ["Patrick Dannenberg", "SG Stadtentwicklung/ISEK", "p.dannenberg@muehlhausen.example"]]
    before = """Sehr geehrte Damen und Herren,

für die Transferveranstaltung am 20. Mai 2025 melden wir aus dem Stadtplanungsamt folgende Teilnehmer an:
"""
    after = """
Für Rückfragen stehe ich gern zur Verfügung.

Mit freundlichen Grüßen
i. A. Yvonne Straube
Sekretariat Stadtplanungsamt

Stadtverwaltung Mühlhausen
Ratsstraße 19
99974 Mühlhausen"""
    plain = before + "\n" + "\n".join("\t".join(r) for r in rows) + "\n" + after
    return ol(slug, addr("Sekretariat Stadtplanungsamt", a), "Anmeldung Transferveranstaltung – 3 Teilnehmer",
              "2025-04-30 08:50", plain, html_only=True, inner=table_html(rows, before, after)), \
        label("registration", [P("Christian Ittner", "c.ittner@muehlhausen.example", "Amtsleiter Stadtplanungsamt", "Dr."),
                               P("Annett Bohley", "a.bohley@muehlhausen.example", "SG Städtebauförderung"),
                               P("Patrick Dannenberg", "p.dannenberg@muehlhausen.example", "SG Stadtentwicklung/ISEK")],
              "Stadtverwaltung Mühlhausen", "municipality", "Mühlhausen/Thüringen")


@case("meuselwitz-outlook-crlf-disclaimer")
def _(slug):
    a = "s.cramer@meuselwitz.example"
    body = f"""Sehr geehrte Damen und Herren,

ich melde mich hiermit verbindlich zur 9. Transferveranstaltung am 20.05.2025 an.

{MFG}
i. V. Steffen Cramer

Stadtverwaltung Meuselwitz
Amt für Bau und Stadtentwicklung
Rathausstraße 1, 04610 Meuselwitz
Tel. 03448 44-1171 | Fax 03448 44-1199
www.meuselwitz.example

Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der richtige Adressat sein, informieren Sie bitte den Absender und löschen Sie diese E-Mail. Der Inhalt dieser E-Mail ist nur rechtsverbindlich, wenn er von uns schriftlich bestätigt wird."""
    return ol_crlf(slug, addr("Cramer, Steffen", a), "Anmeldung 9. Transferveranstaltung", "2025-04-30 11:21", body), \
        label("registration", [P("Steffen Cramer", a, None)], "Stadtverwaltung Meuselwitz", "municipality", "Meuselwitz")


@case("schwarzatal-office-forward-chain")
def _(slug):
    a = "m.auerswald@schwarzatal.example"
    mayor = "buergermeister@schwarzatal.example"
    inv = ("-----Ursprüngliche Nachricht-----\nVon: " + INVITE_FROM + f"\nGesendet: {INV_WHEN}\n"
           "An: Verteiler Kommunen\nBetreff: " + INVITE_SUBJECT + "\n\n" + INVITATION)
    body = f"""Sehr geehrte Damen und Herren,

wie unten von unserem Bürgermeister gewünscht, melde ich mich für die Stadt Schwarzatal zur Veranstaltung am 20. Mai an.

{MFG}
Mandy Auerswald
Bauamt
Stadt Schwarzatal
Markt 1, 07427 Schwarzatal

-----Ursprüngliche Nachricht-----
Von: Bürgermeister Schwarzatal <{mayor}>
Gesendet: Donnerstag, 24. April 2025 16:02
An: Auerswald, Mandy <{a}>
Betreff: WG: {INVITE_SUBJECT}

Hallo Mandy,

ich schaffe den Termin nicht (Kreistag). Kannst Du bitte hinfahren und Dich anmelden?

Gruß
H. Rosenbaum

{inv}"""
    return ol(slug, addr("Auerswald, Mandy", a), "WG: " + INVITE_SUBJECT, "2025-04-25 08:16", body), \
        label("registration", [P("Mandy Auerswald", a, "Bauamt")], "Stadt Schwarzatal", "municipality", "Schwarzatal")


@case("stadtroda-iphone-domain-only")
def _(slug):
    a = "i.gaudig@stadtroda.example"
    body = """Guten Morgen,
ich möchte mich für die Transferveranstaltung anmelden.
Viele Grüße
Ilona Gaudig"""
    return iphone(slug, addr("Ilona Gaudig", a), "Transferveranstaltung 20.5.", "2025-05-02 06:58", body), \
        label("registration", [P("Ilona Gaudig", a, None)], "Stadt Stadtroda", "municipality", "Stadtroda")


@case("grossbreitenbach-ascii-no-umlauts")
def _(slug):
    a = "b.ehrlich@grossbreitenbach.example"
    body = """Sehr geehrte Damen und Herren,

hiermit moechte ich mich fuer die Transferveranstaltung am 20.05.2025 in Bad Lobenstein anmelden.

Mit freundlichen Gruessen

Bernd Ehrlich
Bauamtsleiter
Landgemeinde Stadt Grossbreitenbach
Marktstrasse 10
98701 Grossbreitenbach"""
    h = envelope(slug, addr("Bernd Ehrlich", a), "Anmeldung Transferveranstaltung", "2025-05-02 09:44",
                 extra=("X-Mailer: Microsoft Outlook Express 6.00.2900.5931",))
    return message(h, text(body, "us-ascii", "7bit")), \
        label("registration", [P("Bernd Ehrlich", a, "Bauamtsleiter")], "Landgemeinde Stadt Großbreitenbach",
              "municipality", "Großbreitenbach")


@case("heringen-mayor-plus-colleague")
def _(slug):
    a = "buergermeister@heringen-helme.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Stadt Heringen melde ich mich und unseren Bauamtsleiter, Herrn Uwe Jurisch, zur Transferveranstaltung am 20. Mai 2025 an. Wir kommen gemeinsam mit dem Auto.

{MFG}

Matthias Herold
Bürgermeister

Stadt Heringen/Helme
Markt 1
99765 Heringen"""
    return ol(slug, addr("Herold, Matthias", a), "Anmeldung Stadt Heringen", "2025-05-05 08:05", body), \
        label("registration", [P("Matthias Herold", a, "Bürgermeister"), P("Uwe Jurisch", None, "Bauamtsleiter")],
              "Stadt Heringen/Helme", "municipality", "Heringen/Helme")


@case("zella-mehlis-colleagues-not-self")
def _(slug):
    a = "s.kehr@zella-mehlis.example"
    body = f"""Sehr geehrte Damen und Herren,

aus unserem Fachbereich nehmen an der Transferveranstaltung am 20.05.2025 folgende Kollegen teil:

- Herr Andreas Kroll, Fachbereichsleiter Bau und Stadtentwicklung (a.kroll@zella-mehlis.example)
- Frau Jana Gehrt, Stadtplanerin (j.gehrt@zella-mehlis.example)

Ich selbst bin an diesem Tag leider im Urlaub.

{MFG}
Simone Kehr
Sekretariat Fachbereich Bau
Stadtverwaltung Zella-Mehlis"""
    return ol(slug, addr("Kehr, Simone", a), "Anmeldung Transferveranstaltung", "2025-05-05 10:31", body), \
        label("registration", [P("Andreas Kroll", "a.kroll@zella-mehlis.example", "Fachbereichsleiter Bau und Stadtentwicklung"),
                               P("Jana Gehrt", "j.gehrt@zella-mehlis.example", "Stadtplanerin")],
              "Stadtverwaltung Zella-Mehlis", "municipality", "Zella-Mehlis")


@case("bad-liebenstein-registration-asks-parking")
def _(slug):
    a = "t.demmler@bad-liebenstein.example"
    body = """Hallo,

hiermit melde ich mich für die Veranstaltung am 20. Mai an. Gibt es vor Ort Parkmöglichkeiten oder sollte man besser mit dem Zug anreisen?

Beste Grüße
Torsten Demmler
Stadtverwaltung Bad Liebenstein
Bauverwaltung"""
    return ol_plain(slug, addr("Demmler, Torsten", a), "Anmeldung + Frage Parken", "2025-05-05 13:47", body), \
        label("registration", [P("Torsten Demmler", a, "Bauverwaltung")], "Stadtverwaltung Bad Liebenstein",
              "municipality", "Bad Liebenstein",
              notes=["Gibt es vor Ort Parkmöglichkeiten oder sollte man besser mit dem Zug anreisen?"])


@case("geisa-ox-vegetarian")
def _(slug):
    a = "n.kirsten@geisa.example"
    body = """Sehr geehrte Damen und Herren,

ich melde mich zur Transferveranstaltung am 20.05.2025 an. Falls es eine Verpflegung gibt: Ich esse vegetarisch.

Freundliche Grüße
Nadine Kirsten
Stadt Geisa – Bauamt
Marktplatz 27
36419 Geisa"""
    return ox(slug, addr("Nadine Kirsten", a), "Anmeldung Transferveranstaltung 20.05.", "2025-05-06 09:12", body), \
        label("registration", [P("Nadine Kirsten", a, "Bauamt")], "Stadt Geisa", "municipality", "Geisa",
              notes=["Ich esse vegetarisch."])


@case("planning-office-no-client-thunderbird")
def _(slug):
    a = "gerth@planungsgruppe-nord.example"
    b = "czerwinski@planungsgruppe-nord.example"
    body = f"""Sehr geehrte Damen und Herren,

als Planungsbüro begleiten wir derzeit mehrere Thüringer Kommunen bei der Fortschreibung ihrer ISEK und würden deshalb gern mit zwei Personen an der Transferveranstaltung teilnehmen:

Dipl.-Ing. Martin Gerth, Stadtplaner
Julia Czerwinski, M.Sc. Stadt- und Raumplanung ({b})

Vielen Dank und freundliche Grüße
Martin Gerth

-- 
Planungsgruppe Nord GmbH
Stadtplanung | Landschaftsarchitektur
Juri-Gagarin-Ring 90
99084 Erfurt
Tel. 0361 644 28-0"""
    return tb(slug, addr("Martin Gerth", a), "Anmeldung Planungsgruppe Nord", "2025-05-06 11:03", body), \
        label("registration", [P("Martin Gerth", a, "Stadtplaner", "Dipl.-Ing."), P("Julia Czerwinski", b, None)],
              "Planungsgruppe Nord GmbH", "planning_office", None)


@case("landratsamt-wartburgkreis")
def _(slug):
    a = "petra.bindseil@lra-wak.example"
    body = f"""Sehr geehrte Damen und Herren,

für das Landratsamt Wartburgkreis, Fachdienst Kreisentwicklung und Bauleitplanung, melde ich mich zur Transferveranstaltung am 20. Mai an.

{MFG}

""" + sig("Petra Bindseil", "Sachbearbeiterin Kreisentwicklung", "Landratsamt Wartburgkreis", "Erzberger Allee 14",
          "36433 Bad Salzungen", "03695 61-6412", a)
    return ol(slug, addr("Bindseil, Petra", a), "Anmeldung Transferveranstaltung", "2025-05-06 14:20", body), \
        label("registration", [P("Petra Bindseil", a, "Sachbearbeiterin Kreisentwicklung")],
              "Landratsamt Wartburgkreis", "authority", None)


@case("greussen-deadline-evening")
def _(slug):
    a = "d.enke@greussen.example"
    body = """Guten Abend,

ich hoffe, es ist noch nicht zu spät: Ich möchte mich für die Transferveranstaltung am 20. Mai anmelden. Die Einladung war bei uns leider im Verteiler untergegangen.

Mit freundlichen Grüßen

-- 
Dirk Enke
Stadtentwicklung / Liegenschaften
Landgemeinde Stadt Greußen
Markt 1, 99718 Greußen"""
    return tb(slug, addr("Dirk Enke", a), "Anmeldung (hoffentlich noch rechtzeitig)", "2025-05-09 19:48", body), \
        label("registration", [P("Dirk Enke", a, "Stadtentwicklung / Liegenschaften")],
              "Landgemeinde Stadt Greußen", "municipality", "Greußen")


@case("bad-blankenburg-iphone-reply-invitation")
def _(slug):
    a = "k.beck@bad-blankenburg.example"
    body = "Hallo, ich melde mich hiermit an.\nKatrin Beck, Bauamt Bad Blankenburg"
    head = ("Am 07.04.2025 um 10:03 schrieb Referat Städtebau und Städtebauförderung "
            "<isek-transfer@transferveranstaltung.example>:")
    return iphone_reply(slug, addr("Katrin Beck", a), "AW: " + INVITE_SUBJECT, "2025-04-25 17:36", body, head,
                        INVITATION), \
        label("registration", [P("Katrin Beck", a, "Bauamt")], "Stadt Bad Blankenburg", "municipality",
              "Bad Blankenburg")


@case("schleiz-poststelle-reply-to")
def _(slug):
    a = "poststelle@schleiz.example"
    b = "c.ehrenberg@schleiz.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit meldet sich Frau Carola Ehrenberg, Sachgebiet Stadtplanung, zur Transferveranstaltung am 20.05.2025 an. Bitte richten Sie Rückfragen und die Bestätigung direkt an Frau Ehrenberg ({b}).

{MFG}
Ihre Poststelle
Stadtverwaltung Schleiz
Bahnhofstraße 1
07907 Schleiz"""
    return ol(slug, addr("Poststelle Stadt Schleiz", a), "Anmeldung Frau Ehrenberg – Transferveranstaltung",
              "2025-04-30 14:02", body, extra=(f"Reply-To: {addr('Ehrenberg, Carola', b)}",)), \
        label("registration", [P("Carola Ehrenberg", b, "Sachgebiet Stadtplanung")], "Stadtverwaltung Schleiz",
              "municipality", "Schleiz")


@case("ziegenrueck-vg-member-thunderbird-qp")
def _(slug):
    a = "bauamt@vg-ranis-ziegenrueck.example"
    body = """Sehr geehrte Damen und Herren,

für die Stadt Ziegenrück, die von unserer Verwaltungsgemeinschaft betreut wird, möchte ich mich zur 9. Transferveranstaltung am 20. Mai anmelden. Die Stadt plant, im nächsten Jahr erstmals ein ISEK aufzustellen.

Mit freundlichen Grüßen

-- 
Anke Hüttner
Bauamt
Verwaltungsgemeinschaft Ranis-Ziegenrück
Pößnecker Straße 19, 07389 Ranis"""
    return tb(slug, addr("VG Ranis-Ziegenrück, Bauamt", a), "Anmeldung Stadt Ziegenrück", "2025-05-07 08:30", body,
              cte="quoted-printable"), \
        label("registration", [P("Anke Hüttner", a, "Bauamt")], "Verwaltungsgemeinschaft Ranis-Ziegenrück",
              "municipality", "Ziegenrück")


@case("sondershausen-numbered-titles")
def _(slug):
    a = "g.buettner@sondershausen.example"
    body = f"""Sehr geehrte Damen und Herren,

zur Transferveranstaltung „Zusammen denken – gemeinsam handeln“ am 20. Mai 2025 melde ich folgende Personen der Stadtverwaltung Sondershausen an:

1. Dr. Reinhard Kuhnert, Beigeordneter (r.kuhnert@sondershausen.example)
2. Dipl.-Ing. (FH) Gabriele Büttner, Fachbereichsleiterin Stadtentwicklung
3. Stefanie Amling, Sachbearbeiterin Fördermittel (s.amling@sondershausen.example)

{MFG}

""" + sig("Gabriele Büttner", "Fachbereichsleiterin Stadtentwicklung", "Stadtverwaltung Sondershausen",
          "Markt 7", "99706 Sondershausen", "03632 622-601", a)
    return ol(slug, addr("Büttner, Gabriele", a), "Anmeldung Stadt Sondershausen", "2025-05-07 09:55", body), \
        label("registration", [P("Reinhard Kuhnert", "r.kuhnert@sondershausen.example", "Beigeordneter", "Dr."),
                               P("Gabriele Büttner", a, "Fachbereichsleiterin Stadtentwicklung", "Dipl.-Ing. (FH)"),
                               P("Stefanie Amling", "s.amling@sondershausen.example", "Sachbearbeiterin Fördermittel")],
              "Stadtverwaltung Sondershausen", "municipality", "Sondershausen")


@case("hildburghausen-surname-first-signature")
def _(slug):
    a = "holger.ackermann@hildburghausen.example"
    body = """Guten Tag,

bitte melden Sie mich zur Transferveranstaltung am 20.05. an.

Danke und Gruß

Ackermann, Holger
Stadtbauamt Hildburghausen
Clara-Zetkin-Straße 3
98646 Hildburghausen
Tel.: 03685 773-120"""
    return ol_plain(slug, addr("Ackermann, Holger (Stadt Hildburghausen)", a), "Anmeldung", "2025-05-07 12:40", body), \
        label("registration", [P("Holger Ackermann", a, None)], "Stadt Hildburghausen, Stadtbauamt", "municipality",
              "Hildburghausen")


@case("kahla-apple-colleague-without-address")
def _(slug):
    a = "c.jaroschewski@kahla.example"
    body = """Liebes Organisationsteam,

wir möchten uns gern für den 20. Mai anmelden: mein Kollege Tobias Eifler aus der Kämmerei und ich. Wir beschäftigen uns gerade mit der Frage, wie wir die Fortschreibung des ISEK mit der kommunalen Wärmeplanung verknüpfen können.

Herzliche Grüße
Christine Jaroschewski

Stadtverwaltung Kahla
Stadtentwicklung
Markt 10
07768 Kahla"""
    return apple(slug, addr("Christine Jaroschewski", a), "Anmeldung für den 20. Mai", "2025-05-07 16:22", body), \
        label("registration", [P("Christine Jaroschewski", a, "Stadtentwicklung"), P("Tobias Eifler", None, "Kämmerei")],
              "Stadtverwaltung Kahla", "municipality", "Kahla")


@case("bad-frankenhausen-html-only-train")
def _(slug):
    a = "r.adler@bad-frankenhausen.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Stadt Bad Frankenhausen melde ich mich zur Transferveranstaltung am 20.05.2025 an. Ich reise mit dem Zug an.

{MFG}
Rico Adler
Sachgebietsleiter Bauverwaltung

Stadt Bad Frankenhausen
Markt 1
06567 Bad Frankenhausen"""
    return ol(slug, addr("Adler, Rico", a), "Anmeldung Transferveranstaltung", "2025-05-08 08:09", body,
              html_only=True), \
        label("registration", [P("Rico Adler", a, "Sachgebietsleiter Bauverwaltung")], "Stadt Bad Frankenhausen",
              "municipality", "Bad Frankenhausen/Kyffhäuser", notes=["Ich reise mit dem Zug an."])


@case("neustadt-orla-offers-experience")
def _(slug):
    a = "c.isensee@neustadt-orla.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich für die 9. Transferveranstaltung am 20. Mai an. Wir haben unser ISEK 2023 fortgeschrieben und können gern kurz über unsere Erfahrungen mit der Bürgerbeteiligung berichten, falls das in den Ablauf passt.

{MFG}

Claudia Isensee
Stadtplanung

Stadt Neustadt/Orla
Markt 1
07806 Neustadt/Orla
Tel. 036481 85-210"""
    return ol(slug, addr("Isensee, Claudia", a), "Anmeldung Transferveranstaltung ISEK", "2025-05-08 10:36", body), \
        label("registration", [P("Claudia Isensee", a, "Stadtplanung")], "Stadt Neustadt/Orla", "municipality",
              "Neustadt an der Orla")


@case("saalfeld-thunderbird-typos")
def _(slug):
    a = "j.kob@saalfeld.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich fur die Transferveranstalltung am 20.05. an. Ich bin in der Stadtverwaltung Saalfeld fur die Stadtebauforderung zustandig.

MfG
Jens Kob

-- 
Stadtverwaltung Saalfeld/Saale
Fachdienst Stadtentwicklung
Markt 1, 07318 Saalfeld"""
    return tb(slug, addr("Jens Kob", a), "Anmeldung Transferveranstalltung", "2025-05-08 13:15", body), \
        label("registration", [P("Jens Kob", a, "Städtebauförderung")], "Stadtverwaltung Saalfeld/Saale",
              "municipality", "Saalfeld/Saale")


# ==================================================================================================
# cancellations
# ==================================================================================================


@case("waltershausen-cancel-reply-confirmation")
def _(slug):
    a = "y.klemm@waltershausen.example"
    code = code_for("b12-waltershausen")
    body = f"""Sehr geehrte Damen und Herren,

leider muss ich meine Teilnahme an der Veranstaltung am 20. Mai absagen, da an diesem Tag kurzfristig eine Sondersitzung des Bauausschusses angesetzt wurde.

{MFG}
Yvonne Klemm
Stadt Waltershausen
Bauverwaltung

""" + conf_ol(a, code, "Sehr geehrte Frau Klemm", ["Yvonne Klemm"], "Dienstag, 22. April 2025 09:41")
    return ol_reply(slug, addr("Klemm, Yvonne", a), "AW: " + conf_subject(code), "2025-05-06 15:10", body,
                    "b12-waltershausen"), \
        label("cancellation", [P("Yvonne Klemm", a, "Bauverwaltung")], "Stadt Waltershausen", "municipality",
              "Waltershausen")


@case("friedrichroda-iphone-ill")
def _(slug):
    a = "s.dathe@friedrichroda.example"
    code = code_for("b12-friedrichroda")
    body = f"""Hallo,
ich muss meine Anmeldung für den 20.5. leider krankheitsbedingt zurückziehen. Mein Code war {code}.
Gruß Sven Dathe
Stadt Friedrichroda"""
    return iphone(slug, addr("Sven Dathe", a), "Absage Transferveranstaltung", "2025-05-08 07:03", body), \
        label("cancellation", [P("Sven Dathe", a, None)], "Stadt Friedrichroda", "municipality", "Friedrichroda")


@case("roemhild-secretary-cancels-mayor")
def _(slug):
    a = "sekretariat@roemhild.example"
    body = f"""Sehr geehrte Damen und Herren,

Herr Bürgermeister Heiko Gramsch ist am 20.05.2025 leider terminlich verhindert und kann daher nicht an der Transferveranstaltung in Bad Lobenstein teilnehmen. Wir bitten darum, seine Anmeldung zu stornieren.

{MFG}
i. A. Birgit Schwalbe
Sekretariat

Stadt Römhild
Griebelstraße 28
98631 Römhild"""
    return ol_plain(slug, addr("Sekretariat Stadt Römhild", a), "Absage Bürgermeister Gramsch – 20.05.2025",
                    "2025-05-02 11:27", body), \
        label("cancellation", [P("Heiko Gramsch", None, "Bürgermeister")], "Stadt Römhild", "municipality", "Römhild")


@case("kranichfeld-one-of-two-withdrawn")
def _(slug):
    a = "l.fechner@kranichfeld.example"
    code = code_for("b12-kranichfeld")
    body = """Sehr geehrte Damen und Herren,

mein Kollege Herr Ronny Bocklisch kann am 20. Mai leider nicht teilnehmen, bitte streichen Sie ihn von der Liste. Ich komme wie angemeldet.

Viele Grüße
Lutz Fechner

-- 
Stadt Kranichfeld
Bauamt
Marktstraße 1, 99448 Kranichfeld

""" + conf_tb(code, "Sehr geehrter Herr Fechner", ["Lutz Fechner", "Ronny Bocklisch"], "23.04.25 um 14:05")
    return tb(slug, addr("Lutz Fechner", a), "Re: " + conf_subject(code), "2025-05-07 10:48", body,
              extra=reply_headers("b12-kranichfeld")), \
        label("cancellation", [P("Ronny Bocklisch", None, None)], "Stadt Kranichfeld", "municipality", "Kranichfeld")


@case("auma-weidatal-off-waiting-list")
def _(slug):
    a = "g.jaehnig@auma-weidatal.example"
    code = code_for("b12-auma")
    body = """Hallo,

danke für die Info. Wir haben intern umgeplant, ich könnte am 20. Mai ohnehin nicht. Sie können mich von der Warteliste streichen.

Gruß
Gerd Jähnig
Stadt Auma-Weidatal

Am 06.05.2025 11:20, schrieb """ + f"{OUR_NAME}:\n" + quote(waitlist("Sehr geehrter Herr Jähnig", code))
    return roundcube(slug, addr("Gerd Jähnig", a), "Re: " + wait_subject(code), "2025-05-06 17:52", body,
                     cs="UTF-8", cte="quoted-printable"), \
        label("cancellation", [P("Gerd Jähnig", a, None)], "Stadt Auma-Weidatal", "municipality", "Auma-Weidatal")


# ==================================================================================================
# changes
# ==================================================================================================


@case("eisfeld-substitute-reply-confirmation")
def _(slug):
    a = "p.hamann@eisfeld.example"
    b = "d.kaschube@eisfeld.example"
    code = code_for("b12-eisfeld")
    body = f"""Sehr geehrte Damen und Herren,

ich bin am 20. Mai leider verhindert. An meiner Stelle wird meine Kollegin Frau Doreen Kaschube ({b}) teilnehmen. Bitte ändern Sie die Anmeldung entsprechend.

{MFG}
Peter Hamann
Bauamtsleiter
Stadt Eisfeld

""" + conf_ol(a, code, "Sehr geehrter Herr Hamann", ["Peter Hamann"], "Donnerstag, 24. April 2025 08:15")
    return ol_reply(slug, addr("Hamann, Peter", a), "AW: " + conf_subject(code), "2025-05-05 14:33", body,
                    "b12-eisfeld"), \
        label("change", [P("Doreen Kaschube", b, None), P("Peter Hamann", a, "Bauamtsleiter")], "Stadt Eisfeld",
              "municipality", "Eisfeld")


@case("arnstadt-ox-add-colleague")
def _(slug):
    a = "a.dietsch@arnstadt.example"
    b = "f.knorr@arnstadt.example"
    code = code_for("b12-arnstadt")
    body = f"""Sehr geehrte Damen und Herren,

ich bin bereits angemeldet (Code {code}). Gern würde ich noch meinen Kollegen Herrn Florian Knorr, Sachgebiet Stadtplanung, mitbringen. Seine Adresse: {b}

Vielen Dank und viele Grüße
Anke Dietsch
Stadtverwaltung Arnstadt
Fachbereich Stadtentwicklung"""
    return ox(slug, addr("Anke Dietsch", a), f"Nachmeldung zu {code}", "2025-05-06 10:05", body), \
        label("change", [P("Florian Knorr", b, "Sachgebiet Stadtplanung")], "Stadtverwaltung Arnstadt",
              "municipality", "Arnstadt")


@case("lauscha-iphone-diet-reply")
def _(slug):
    a = "f.jakobi@lauscha.example"
    code = code_for("b12-lauscha")
    body = ("Hallo, kurze Ergänzung zu meiner Anmeldung: ich habe eine Laktoseintoleranz, falls es Mittagessen gibt. "
            "Danke!\nFranziska Jakobi\nStadt Lauscha")
    head = f"Am 28.04.2025 um 09:12 schrieb {OUR_NAME} <{INBOX}>:"
    return iphone_reply(slug, addr("Franziska Jakobi", a), "AW: " + conf_subject(code), "2025-04-29 12:41", body,
                        head, confirmation("Sehr geehrte Frau Jakobi", ["Franziska Jakobi"], code),
                        extra=reply_headers("b12-lauscha")), \
        label("change", [P("Franziska Jakobi", a, None)], "Stadt Lauscha", "municipality", "Lauscha",
              notes=["Laktoseintoleranz"])


@case("bad-berka-wheelchair-note")
def _(slug):
    a = "m.kraft@bad-berka.example"
    code = code_for("b12-badberka")
    body = f"""Sehr geehrte Damen und Herren,

ich bin für den 20. Mai angemeldet ({code}). Ich bin auf einen Rollstuhl angewiesen und möchte Sie bitten, dies bei der Planung zu berücksichtigen – insbesondere bräuchte ich einen Parkplatz nahe am Eingang. Ich reise mit dem eigenen Pkw an.

{MFG}
Michael Kraft
Stadtverwaltung Bad Berka
Bauamt"""
    return ol(slug, addr("Kraft, Michael", a), f"Hinweis zu meiner Anmeldung {code}", "2025-05-02 13:58", body), \
        label("change", [P("Michael Kraft", a, "Bauamt")], "Stadtverwaltung Bad Berka", "municipality", "Bad Berka",
              notes=["auf einen Rollstuhl angewiesen", "Parkplatz nahe am Eingang"])


@case("gefell-android-arrives-late")
def _(slug):
    a = "a.goessel@gefell.example"
    body = """Guten Tag,
ich bin für die Veranstaltung am 20.5. angemeldet. Leider kann ich erst gegen 11 Uhr da sein, weil wir vormittags noch einen Termin mit dem Fördermittelgeber haben. Ich hoffe, das ist in Ordnung.
MfG Andrea Gößel
Stadt Gefell"""
    return droid(slug, addr("Andrea Gößel", a), "Spätere Ankunft 20.05.", "2025-05-08 18:25", body), \
        label("change", [P("Andrea Gößel", a, None)], "Stadt Gefell", "municipality", "Gefell",
              notes=["erst gegen 11 Uhr"])


# ==================================================================================================
# questions
# ==================================================================================================


@case("tambach-dietharz-parking-question")
def _(slug):
    a = "d.fleischmann@tambach-dietharz.example"
    body = f"""Sehr geehrte Damen und Herren,

wir überlegen, mit zwei Kollegen zur Veranstaltung nach Bad Lobenstein zu kommen. Gibt es am Veranstaltungsort ausreichend Parkplätze, und wie lautet die genaue Adresse? Die Anmeldung würden wir dann kurzfristig nachreichen.

{MFG}
Dana Fleischmann
Stadt Tambach-Dietharz
Bauamt"""
    return ol_plain(slug, addr("Fleischmann, Dana", a), "Frage Parkmöglichkeiten", "2025-04-23 14:17", body), \
        label("question", [], "Stadt Tambach-Dietharz", "municipality", "Tambach-Dietharz/Thür. Wald")


@case("werra-suhl-tal-programme-question")
def _(slug):
    a = "r.geissler@werra-suhl-tal.example"
    body = """Guten Tag,

gibt es zur Veranstaltung am 20. Mai schon ein Programm? Mich würde interessieren, ob es Arbeitsgruppen gibt und ob auch das Thema Dorfentwicklung/IGEK behandelt wird. Davon würden wir abhängig machen, wer von uns teilnimmt.

Viele Grüße

-- 
Ronald Geißler
Stadt Werra-Suhl-Tal
Bauamt, Hauptstraße 14, 99837 Werra-Suhl-Tal"""
    return tb(slug, addr("Ronald Geißler", a), "Programm Transferveranstaltung?", "2025-04-24 09:20", body), \
        label("question", [], "Stadt Werra-Suhl-Tal", "municipality", "Werra-Suhl-Tal")


@case("brotterode-trusetal-accessibility-question")
def _(slug):
    a = "s.kranz@brotterode-trusetal.example"
    body = """Sehr geehrte Damen und Herren,

ist der Veranstaltungsort barrierefrei erreichbar? Ein Kollege von uns ist gehbehindert und würde gern teilnehmen. Gibt es einen Aufzug?

Vielen Dank und freundliche Grüße
Sabrina Kranz
Stadtverwaltung Brotterode-Trusetal
Bau- und Ordnungsamt"""
    return ol(slug, addr("Kranz, Sabrina", a), "Barrierefreiheit Veranstaltungsort", "2025-04-30 09:37", body), \
        label("question", [], "Stadtverwaltung Brotterode-Trusetal", "municipality", "Brotterode-Trusetal")


@case("planning-office-fee-invoice-question")
def _(slug):
    a = "m.sauerbrey@freiraum-und-stadt.example"
    body = f"""Sehr geehrte Damen und Herren,

kurze Frage vorab: Ist die Teilnahme auch für externe Planungsbüros kostenfrei, oder wird für uns eine Teilnahmegebühr erhoben? Falls ja, bräuchten wir eine Rechnung auf unser Büro. Ansonsten würden wir gern eine Person anmelden.

{MFG}
Maik Sauerbrey

Freiraum & Stadt Planungsgesellschaft mbH
Wagnergasse 25
07743 Jena
Tel. 03641 35 77 90"""
    return ol(slug, addr("Sauerbrey, Maik", a), "Teilnahmegebühr / Rechnung?", "2025-05-02 08:44", body), \
        label("question", [], "Freiraum & Stadt Planungsgesellschaft mbH", "planning_office", None)


@case("schalkau-may-i-bring-someone")
def _(slug):
    a = "c.heunemann@schalkau.example"
    body = """Sehr geehrte Damen und Herren,

ich bin zur Transferveranstaltung angemeldet. Darf ich eine Vertreterin unseres Ortsteilrats mitbringen, Frau Monika Hertel? Sie engagiert sich sehr in der Bürgerbeteiligung zum ISEK. Falls ja, melde ich sie gern noch nach.

Mit freundlichen Grüßen
Christoph Heunemann
Stadt Schalkau
Bauverwaltung"""
    return roundcube(slug, addr("Christoph Heunemann", a, "ISO-8859-1"), "Frage: Begleitperson", "2025-05-05 15:30",
                     body), \
        label("question", [], "Stadt Schalkau", "municipality", "Schalkau")


# ==================================================================================================
# automatic replies
# ==================================================================================================


@case("auto-exchange-out-of-office-confirmation")
def _(slug):
    a = "s.vogt@ilmenau.example"
    code = code_for("b12-ilmenau")
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 02.05.2025 nicht im Hause. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an das Sekretariat des Amtes für Stadtentwicklung, Tel. 03677 600-301.

Mit freundlichen Grüßen
Steffi Vogt
Stadtverwaltung Ilmenau"""
    return ol(slug, addr("Vogt, Steffi", a), "Automatische Antwort: " + conf_subject(code), "2025-04-25 09:42", body,
              extra=("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                     f"X-MS-Exchange-Inbox-Rules-Loop: {a}", *reply_headers("b12-ilmenau"))), \
        label("auto_reply", [], None, None, None)


@case("auto-sieve-vacation")
def _(slug):
    a = "info@gemeinde-nesse-apfelstaedt.example"
    body = """Vielen Dank für Ihre Nachricht.

Ich bin vom 28.04. bis 09.05.2025 im Urlaub und ab dem 12.05.2025 wieder erreichbar. Ihre Nachricht wird nicht weitergeleitet.

Thank you for your message. I am on leave until 9 May 2025.

Gemeindeverwaltung"""
    code = code_for("b12-nesse")
    h = envelope(slug, addr("Gemeinde Nesse-Apfelstädt", a), "Auto: " + conf_subject(code), "2025-04-29 16:03",
                 extra=("Auto-Submitted: auto-replied (vacation)", "Precedence: bulk", *reply_headers("b12-nesse")))
    return message(h, text(body, "utf-8", "quoted-printable")), label("auto_reply", [], None, None, None)


@case("auto-ticket-system-receipt")
def _(slug):
    a = "noreply@servicedesk.lra-sok.example"
    ticket = "2025050712000087"
    body = f"""Sehr geehrte Damen und Herren,

Ihre Nachricht ist bei uns eingegangen und wurde unter der Ticketnummer {ticket} erfasst. Wir bearbeiten Ihr Anliegen so schnell wie möglich.

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail. Wenn Sie weitere Informationen zu Ihrem Anliegen haben, geben Sie bitte die Ticketnummer im Betreff an.

Ihr Bürgerservice
Landratsamt Saale-Orla-Kreis"""
    h = envelope(slug, addr("Bürgerservice Landratsamt", a), f"[Ticket#{ticket}] Eingangsbestätigung: {MISSING_SUBJECT}",
                 "2025-05-07 12:01",
                 extra=("Auto-Submitted: auto-generated", "Precedence: bulk", "X-Loop: servicedesk.lra-sok.example",
                        "X-Mailer: Znuny Mail Service"))
    return message(h, text(body, "utf-8", "quoted-printable")), label("auto_reply", [], None, None, None)


@case("auto-outlook-business-trip-no-headers")
def _(slug):
    a = "k.ludwig@planwerk-saale.example"
    body = """Sehr geehrte Damen und Herren,

vom 05.05. bis 09.05.2025 bin ich auf Dienstreise und habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen erreichen Sie unser Büro unter 0345 68 24 90.

Mit freundlichen Grüßen
Konrad Ludwig
Planwerk Saale"""
    return ol_plain(slug, addr("Ludwig, Konrad", a), "Automatische Antwort: " + MISSING_SUBJECT, "2025-05-05 08:02",
                    body), label("auto_reply", [], None, None, None)


# ==================================================================================================
# bounces
# ==================================================================================================


@case("bounce-postfix-user-unknown")
def _(slug):
    rcpt = "m.hoppe@ohrdruf.example"
    code = code_for("b12-ohrdruf")
    original = our_mail(slug, rcpt, conf_subject(code), "2025-04-28 11:04",
                        confirmation("Sehr geehrter Herr Hoppe", ["Mario Hoppe"], code))
    human = f"""This is the mail system at host mx01.transferveranstaltung.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx.ohrdruf.example[192.0.2.77] said: 550 5.1.1
    <{rcpt}>: Recipient address rejected: User unknown in local recipient
    table (in reply to RCPT TO command)"""
    dsn = f"""Reporting-MTA: dns; mx01.transferveranstaltung.example
X-Postfix-Queue-ID: 4Zp8Kq1Wvbz9sWd
Arrival-Date: {rfcdate('2025-04-28 11:04')}

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.ohrdruf.example
Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in local recipient table
"""
    part = report(slug, (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                         human.encode() + b"\n"), dsn, rfc822_headers(original))
    h = ["Return-Path: <>", f"From: {addr('Mail Delivery System', 'MAILER-DAEMON@mx01.transferveranstaltung.example')}",
         f"To: {INBOX}", "Subject: Undelivered Mail Returned to Sender", f"Date: {rfcdate('2025-04-28 11:04')}",
         f"Message-ID: {msgid(slug, 'mx01.transferveranstaltung.example')}", "Auto-Submitted: auto-replied"]
    return message(h, part), label("bounce", [], None, None, None, language="en", bounce_recipient=rcpt)


@case("bounce-exchange-german-recipient-not-found")
def _(slug):
    rcpt = "bauamt.leitung@stadt-ruhla.example"
    code = code_for("b12-ruhla")
    original = our_mail(slug, rcpt, cancel_subject(code), "2025-05-06 08:30",
                        cancelled_body("Sehr geehrte Damen und Herren", code))
    human = f"""Ihre Nachricht hat folgende Empfänger nicht erreicht:

{rcpt} am 06.05.2025 08:30
Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und versuchen Sie, die Nachricht erneut zu senden. Wenn das Problem weiterhin besteht, wenden Sie sich an Ihr Helpdesk.

Diagnoseinformationen für Administratoren:
Generierender Server: MAIL01.stadt-ruhla.example
{rcpt}
Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben."""
    dsn = f"""Reporting-MTA: dns;MAIL01.stadt-ruhla.example
Received-From-MTA: dns;mx01.transferveranstaltung.example
Arrival-Date: {rfcdate('2025-05-06 08:30')}

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
    part = report(slug, (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"],
                         encode_body(human, "utf-8", "quoted-printable")), dsn, rfc822(original))
    h = [f"From: {addr('Microsoft Outlook', 'postmaster@stadt-ruhla.example')}", f"To: {INBOX}",
         f"Subject: {hval('Unzustellbar: ' + cancel_subject(code))}", f"Date: {rfcdate('2025-05-06 08:31')}",
         f"Message-ID: {msgid(slug, 'stadt-ruhla.example')}", "Auto-Submitted: auto-replied", "Content-Language: de-DE"]
    return message(h, part), label("bounce", [], None, None, None, bounce_recipient=rcpt)


@case("bounce-postfix-delayed")
def _(slug):
    rcpt = "info@gemeinde-kirchheim.example"
    original = our_mail(slug, rcpt, MISSING_SUBJECT, "2025-05-02 09:15", MISSING_BODY)
    human = """This is the mail system at host mx01.transferveranstaltung.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<""" + rcpt + """>: connect to mail.gemeinde-kirchheim.example[198.51.100.23]:25:
    Connection timed out"""
    dsn = f"""Reporting-MTA: dns; mx01.transferveranstaltung.example
X-Postfix-Queue-ID: 4ZqB7m0c3Lz9sYp
Arrival-Date: {rfcdate('2025-05-02 09:15')}

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.gemeinde-kirchheim.example[198.51.100.23]:25: Connection timed out
Will-Retry-Until: {rfcdate('2025-05-07 09:15')}
"""
    part = report(slug, (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                         human.encode() + b"\n"), dsn, rfc822_headers(original))
    h = ["Return-Path: <>", f"From: {addr('Mail Delivery System', 'MAILER-DAEMON@mx01.transferveranstaltung.example')}",
         f"To: {INBOX}", "Subject: Delayed Mail (still being retried)", f"Date: {rfcdate('2025-05-02 13:16')}",
         f"Message-ID: {msgid(slug, 'mx01.transferveranstaltung.example')}", "Auto-Submitted: auto-replied"]
    return message(h, part), label("bounce", [], None, None, None, language="en", bounce_recipient=rcpt)


# ==================================================================================================
# other
# ==================================================================================================


@case("thanks-iphone-reply-confirmation")
def _(slug):
    a = "k.dix@bad-koestritz.example"
    code = code_for("b12-koestritz")
    body = "Vielen Dank für die Bestätigung, bis zum 20.!\nKathleen Dix\nStadt Bad Köstritz"
    head = f"Am 05.05.2025 um 14:02 schrieb {OUR_NAME} <{INBOX}>:"
    return iphone_reply(slug, addr("Kathleen Dix", a), "AW: " + conf_subject(code), "2025-05-05 14:26", body, head,
                        confirmation("Sehr geehrte Frau Dix", ["Kathleen Dix"], code),
                        extra=reply_headers("b12-koestritz")), \
        label("other", [], "Stadt Bad Köstritz", "municipality", "Bad Köstritz")


@case("thanks-outlook-reply-confirmation")
def _(slug):
    a = "bauamt@apolda.example"
    code = code_for("b12-apolda")
    body = f"""Sehr geehrte Damen und Herren,

vielen Dank für die schnelle Bestätigung. Wir freuen uns auf den Austausch in Bad Lobenstein.

{MFG}
i. A. Cornelia Jentsch
Stadtverwaltung Apolda
Bauamt

""" + conf_ol(a, code, "Sehr geehrte Damen und Herren", ["Cornelia Jentsch", "Uwe Frenzel"],
              "Mittwoch, 30. April 2025 10:47")
    return ol_reply(slug, addr("Bauamt Apolda", a), "AW: " + conf_subject(code), "2025-04-30 11:05", body,
                    "b12-apolda"), \
        label("other", [], "Stadtverwaltung Apolda", "municipality", "Apolda")


@case("other-newsletter-list-unsubscribe")
def _(slug):
    a = "newsletter@netzwerk-innenstadt.example"
    body = """Netzwerk Innenstadt Thüringen – Newsletter Mai 2025

Liebe Leserinnen und Leser,

in dieser Ausgabe:

* Förderaufruf „Lebendige Zentren“ 2026 – Fristen und Hinweise
* Praxisbeispiel: Zwischennutzung leerstehender Ladenlokale
* Termine: Werkstattgespräch Klimaanpassung im Quartier (12. Juni 2025, Erfurt)

Sie erhalten diesen Newsletter, weil Sie sich auf netzwerk-innenstadt.example angemeldet haben.
Abbestellen: https://netzwerk-innenstadt.example/newsletter/abmelden?id=84c1f"""
    h = envelope(slug, addr("Netzwerk Innenstadt Thüringen", a), "Newsletter Mai 2025: Förderaufruf, Praxisbeispiele, Termine",
                 "2025-05-06 06:30",
                 extra=("Precedence: bulk", "List-Id: Netzwerk Innenstadt <news.netzwerk-innenstadt.example>",
                        "List-Unsubscribe: <https://netzwerk-innenstadt.example/newsletter/abmelden?id=84c1f>",
                        "List-Unsubscribe-Post: List-Unsubscribe=One-Click"))
    return message(h, alt(slug, body, simple_html(body, "font-family: Arial, sans-serif;"), prefix="nl_")), \
        label("other", [], "Netzwerk Innenstadt Thüringen", "other", None)


@case("other-misdirected-internal-mail")
def _(slug):
    a = "j.brandt@koelleda.example"
    body = f"""Hallo Anne,

anbei wie besprochen der Entwurf unserer Stellungnahme zum B-Plan „Am Mühlgraben“. Kannst Du bis Donnerstag bitte noch einmal drüberschauen? Die Fristen hatte ich Dir ja schon geschickt.

Danke und Gruß
Jörg

Jörg Brandt
Stadtverwaltung Kölleda
Bauleitplanung"""
    h = envelope(slug, addr("Brandt, Jörg", a), "Stellungnahme B-Plan Am Mühlgraben – Entwurf", "2025-04-28 14:50",
                 to=addr("Anmeldung Transferveranstaltung", INBOX), extra=outlook_headers())
    b = "----=_NextPart_001_" + hashlib.md5(slug.encode()).hexdigest()[:20].upper()
    part = multi("mixed", [outlook_alt(slug, body),
                           attachment("application/pdf", "Stellungnahme_BPlan_Muehlgraben_Entwurf.pdf",
                                      dummy_pdf("Stellungnahme B-Plan Am Muehlgraben"))], b)
    return message(h, part), label("other", [], "Stadtverwaltung Kölleda", "municipality", None)


@case("other-phishing-mailbox-quota")
def _(slug):
    a = "support@mail-kontingent-service.example"
    body = """<html><body style="font-family: Arial, sans-serif; font-size: 13px;">
<p><b>Ihr Postfach anmeldung@transferveranstaltung.example hat 98 % des Speicherlimits erreicht.</b></p>
<p>Neue Nachrichten werden ab sofort zurückgehalten. Um Datenverlust zu vermeiden, bestätigen Sie bitte innerhalb von 24 Stunden Ihr Konto:</p>
<p><a href="https://webmail-verifizierung.example/login?u=anmeldung">Jetzt Konto bestätigen</a></p>
<p>Ihr IT-Service-Team<br>Dies ist eine automatisch generierte Nachricht.</p>
</body></html>
"""
    h = envelope(slug, addr("IT-Service Postmaster", a), "Warnung: Ihr Postfach ist fast voll (98 %)", "2025-05-03 03:17")
    return message(h, text(body, "utf-8", "quoted-printable", sub="html")), label("other", [], None, None, None)


# ==================================================================================================
# validation beyond corpus_kit.validate
# ==================================================================================================

EARLIER = ("corpus", "corpus_holdout", "corpus_blind", "corpus_blind2", "corpus_blind3", "corpus_blind4",
           "corpus_blind5", "corpus_blind6", "corpus_blind7", "corpus_blind8", "corpus_blind9", "corpus_blind10",
           "corpus_blind11")
REQUIRED = ("intent", "language", "attendees", "organisation", "organisation_type", "municipality")
PERSON_KEYS = {"name", "email", "role"}
ORG_TYPES = {"municipality", "planning_office", "authority", "other", None}
SURNAME_INITIALS = set("ABCDEFGHIJK")  # corpus_blind13 is written at the same time with L–Z
FOLD = str.maketrans("ÄÖÜäöü", "AOUaou")


def district_names() -> dict[str, str]:
    path = Path("/work/shared/data/thueringen-kreise.csv")
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        return {row["name"]: row["ags"] for row in csv.DictReader(fh)}


def extra_checks() -> list[str]:
    problems: list[str] = []
    kreise = district_names()
    for js in sorted(HERE.glob("[0-9][0-9][0-9]-*.json")):
        data = json.loads(js.read_text(encoding="utf-8"))
        for key in REQUIRED:
            if key not in data:
                problems.append(f"{js.name}: missing field {key}")
        if data.get("organisation_type") not in ORG_TYPES:
            problems.append(f"{js.name}: organisation_type {data.get('organisation_type')!r}")
        for person in data.get("attendees", []):
            if not PERSON_KEYS <= set(person):
                problems.append(f"{js.name}: attendee without {PERSON_KEYS - set(person)}")
            surname = person["name"].split()[-1]
            if surname.translate(FOLD)[:1].upper() not in SURNAME_INITIALS:
                problems.append(f"{js.name}: surname {surname!r} does not start with A–K")
            if len(person["name"].split()) < 2:
                problems.append(f"{js.name}: attendee name {person['name']!r} lacks a given name")
            if person["email"] is not None and not person["email"].split("@")[-1].endswith(".example"):
                problems.append(f"{js.name}: address {person['email']} is not an .example address")
        m = data.get("municipality")
        if m is not None and kreise:
            if m["district"] not in kreise or not m["ags"].startswith(kreise[m["district"]]):
                problems.append(f"{js.name}: district {m['district']} does not match AGS {m['ags']}")
        if data.get("intent") == "bounce" and not data.get("bounce_recipient"):
            problems.append(f"{js.name}: bounce without bounce_recipient")
        eml = js.with_suffix(".eml")
        msg = message_from_bytes(eml.read_bytes(), policy=policy.default)
        for part in msg.walk():  # every text part must decode in its declared charset
            if part.get_content_maintype() == "text":
                payload = part.get_payload(decode=True) or b""
                try:
                    payload.decode(part.get_content_charset() or "ascii")
                except (UnicodeDecodeError, LookupError) as exc:
                    problems.append(f"{eml.name}: text part does not decode: {exc}")
        for _, address in getaddresses(msg.get_all("From", [])):
            if not address.endswith(".example"):
                problems.append(f"{eml.name}: sender {address} is not an .example address")
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
    print("extra checks passed (fields, A–K surnames, districts, charsets, .example senders)")
