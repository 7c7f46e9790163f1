"""Rebuild and validate the third blind corpus (tests/corpus_blind3/).

Written from the invitation, INTERFACE.md, issue 3 and the labelling conventions of tests/corpus/README.md (and
the READMEs of the two earlier blind sets) only, without reading or running the parser, by a different writer.
Each case below is one mail as a real inbox receives it, built byte by byte by the small MIME writer shared
in tests/corpus_kit.py, together with what a careful event secretary records from that mail alone.

    .venv/bin/python tests/corpus_blind3/make_blind3.py          # rewrite all files, then validate
    .venv/bin/python tests/corpus_blind3/make_blind3.py --check  # validate the files as they are
"""

from __future__ import annotations

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
    our_mail,
    outlook_alt,
    outlook_headers,
    outlook_quote,
    reminder,
    reminder_subject,
    rfc822,
    rfcdate,
    simple_html,
    table_html,
    text,
    thunderbird_quote,
    word_html,
)

HERE = Path(__file__).resolve().parent
CASES: Cases = []
case = case_registry(CASES)

# ==================================================================================================
# registrations
# ==================================================================================================

@case("schleiz-amt-stadtentwicklung-verbindlich-outlook")
def _(slug):
    frm = addr("Gerstenberger, Kerstin", "k.gerstenberger@schleiz.example")
    body = """Sehr geehrte Damen und Herren,

für die Veranstaltung am 20.05. melden wir folgende Personen verbindlich an:

Frau Dipl.-Ing. Kerstin Gerstenberger, Amtsleiterin, k.gerstenberger@schleiz.example
Herr Tobias Uhlig, SG Stadtplanung/ISEK, t.uhlig@schleiz.example

Wir reisen gemeinsam mit dem Dienstwagen an.

Mit freundlichen Grüßen
i. A. Kerstin Gerstenberger

Stadtverwaltung Schleiz
Amt für Stadtentwicklung
Bahnhofstraße 1
07907 Schleiz
Tel.: 03663 4800-0
Fax: 03663 4800-99
www.schleiz.example"""
    h = envelope(slug, frm, "Anmeldung Transferveranstaltung 20.05.2025 - Stadt Schleiz", "2025-04-08 10:17",
                 extra=outlook_headers())
    return message(h, outlook_alt(slug, body)), label("registration", [
        P("Kerstin Gerstenberger", "k.gerstenberger@schleiz.example", "Amtsleiterin", "Dipl.-Ing."),
        P("Tobias Uhlig", "t.uhlig@schleiz.example", "SG Stadtplanung/ISEK")],
        "Stadtverwaltung Schleiz, Amt für Stadtentwicklung", "municipality", "Schleiz",
        notes=["Wir reisen gemeinsam mit dem Dienstwagen an."])


@case("wurzbach-buergermeister-nimmt-persoenlich-teil")
def _(slug):
    frm = addr("Stadt Wurzbach - Sekretariat", "sekretariat@wurzbach.example")
    body = """Sehr geehrte Damen und Herren,

im Auftrag teile ich Ihnen mit: Der Bürgermeister nimmt persönlich teil.

Herr Bürgermeister Jens Tauscher hat sich den Termin bereits fest eingeplant. Da Wurzbach gleich neben Bad Lobenstein liegt, reist er selbst an; eine Parkplatzreservierung ist nicht nötig.

Mit freundlichen Grüßen
i. A. Monika Kempe
Sekretariat des Bürgermeisters

Stadt Wurzbach
Markt 1
07343 Wurzbach
Telefon 036652 380-0"""
    h = envelope(slug, frm, "Ihre Einladung vom 03.04.2025 - Teilnahme Bürgermeister", "2025-04-09 08:44",
                 extra=outlook_headers())
    return message(h, outlook_alt(slug, body)), label("registration", [
        P("Jens Tauscher", None, "Bürgermeister")], "Stadt Wurzbach", "municipality", "Wurzbach")


@case("rosenthal-am-rennsteig-gern-nehme-ich-teil-flowed")
def _(slug):
    frm = addr("Falk Heyder", "bauamt@rosenthal-rennsteig.example")
    body = flow("""Guten Tag,

vielen Dank für die Einladung. Gern nehme ich teil.

Freundliche Grüße
Falk Heyder

-- 
Gemeinde Rosenthal am Rennsteig
Bauamt
Hauptstraße 22, 07366 Rosenthal am Rennsteig
Tel. 036642 2270""")
    h = envelope(slug, frm, "Re: " + INVITE_SUBJECT, "2025-04-10 14:03",
                 extra=("User-Agent: Mozilla Thunderbird", f"In-Reply-To: {msgid('invitation', 'transferveranstaltung.example')}"))
    return message(h, text(body, "UTF-8", "8bit", flowed=True)), label("registration", [
        P("Falk Heyder", "bauamt@rosenthal-rennsteig.example", "Bauamt")],
        "Gemeinde Rosenthal am Rennsteig", "municipality", "Rosenthal am Rennsteig")


@case("werther-ja-ich-komme-quoted-invitation-outlook")
def _(slug):
    frm = addr("Heinold, Steffi", "s.heinold@gemeinde-werther.example")
    body = """Ja, ich komme.

Steffi Heinold
Bauverwaltung
Gemeinde Werther
Lindenstraße 4, 99735 Werther

""" + outlook_quote("Donnerstag, 3. April 2025 09:00", "Heinold, Steffi", INVITE_SUBJECT, INVITATION).replace(
        f"Von: {OUR_NAME} <{INBOX}>", f"Von: {INVITE_FROM}")
    h = envelope(slug, frm, "AW: " + INVITE_SUBJECT, "2025-04-11 07:31", extra=outlook_headers())
    return message(h, outlook_alt(slug, body)), label("registration", [
        P("Steffi Heinold", "s.heinold@gemeinde-werther.example", "Bauverwaltung")],
        "Gemeinde Werther", "municipality", "Werther")


@case("kuellstedt-iphone-ja-ich-komme-domain-only")
def _(slug):
    frm = addr("Kai Lindemann", "k.lindemann@kuellstedt.example")
    body = "Ja, ich komme.\n\nVon meinem iPhone gesendet\n\n" + thunderbird_quote(
        "03.04.2025 um 09:00", INVITE_FROM, INVITATION)
    h = envelope(slug, frm, "Re: " + INVITE_SUBJECT, "2025-04-12 19:26",
                 extra=("X-Mailer: iPhone Mail (21E236)",))
    return message(h, text(body, "utf-8")), label("registration", [
        P("Kai Lindemann", "k.lindemann@kuellstedt.example")], None, "municipality", "Küllstedt")


@case("helbeduendorf-ich-bestaetige-dienststelle-iso")
def _(slug):
    frm = addr("Carola Stiebritz", "c.stiebritz@helbeduendorf.example", "iso-8859-1")
    body = """Sehr geehrte Damen und Herren,

ich bestätige meine Teilnahme an der 9. Transferveranstaltung am 20. Mai 2025.

Name: Carola Stiebritz
Dienststelle: Gemeinde Helbedündorf, Bau- und Ordnungsamt
Telefon: 036330 5129-14
Fax: 036330 5129-20

Mit freundlichen Grüßen
C. Stiebritz"""
    h = envelope(slug, frm, "Teilnahmebestätigung 20.05.2025", "2025-04-14 11:50",
                 extra=("User-Agent: Open-Xchange Mailer v7.10.6",))
    return message(h, text(body, "iso-8859-1")), label("registration", [
        P("Carola Stiebritz", "c.stiebritz@helbeduendorf.example", "Bau- und Ordnungsamt")],
        "Gemeinde Helbedündorf", "municipality", "Helbedündorf")


@case("langenwetzendorf-mit-zwei-personen-dabei-roundcube")
def _(slug):
    frm = addr("Andrea Hopf", "a.hopf@langenwetzendorf.example")
    body = """Hallo,

wir wären mit zwei Personen dabei: unser Bürgermeister Herr Ronny Zapf (buergermeister@langenwetzendorf.example) und ich.

Viele Grüße
Andrea Hopf
Bauamt / Liegenschaften
Gemeinde Langenwetzendorf
Greizer Straße 5, 07957 Langenwetzendorf"""
    h = envelope(slug, frm, "Transferveranstaltung am 20. Mai", "2025-04-14 15:22",
                 extra=("User-Agent: Roundcube Webmail/1.6.6",))
    return message(h, alt(slug, body, simple_html(body), prefix="=_")), label("registration", [
        P("Ronny Zapf", "buergermeister@langenwetzendorf.example", "Bürgermeister"),
        P("Andrea Hopf", "a.hopf@langenwetzendorf.example", "Bauamt / Liegenschaften")],
        "Gemeinde Langenwetzendorf", "municipality", "Langenwetzendorf")


@case("auengrund-teilnehmer-seitens-der-gemeinde-sender-not")
def _(slug):
    frm = addr("Gemeinde Auengrund - Hauptamt", "hauptamt@auengrund.example")
    body = """Sehr geehrte Damen und Herren,

Teilnehmer seitens der Gemeinde Auengrund:

- Herr Matthias Jacobi, Bürgermeister
- Frau Doreen Ruhland, Bauamt, d.ruhland@auengrund.example

Mit freundlichen Grüßen
i. A. Sven Weidlich
Hauptamt

Gemeinde Auengrund
Hauptstraße 51
98673 Auengrund OT Crock"""
    h = envelope(slug, frm, "Anmeldung ISEK-Transferveranstaltung", "2025-04-15 09:05", extra=outlook_headers())
    return message(h, text(body, "windows-1252")), label("registration", [
        P("Matthias Jacobi", None, "Bürgermeister"), P("Doreen Ruhland", "d.ruhland@auengrund.example", "Bauamt")],
        "Gemeinde Auengrund", "municipality", "Auengrund")


@case("heideland-anbei-unsere-anmeldung-pdf-and-body")
def _(slug):
    frm = addr("Kittel, Birgit", "b.kittel@vg-hes.example")
    body = """Sehr geehrte Damen und Herren,

anbei unsere Anmeldung zur Transferveranstaltung. Zur Sicherheit die Angaben auch hier:

Name: Kittel
Vorname: Birgit
Funktion: Sachbearbeiterin Bauverwaltung
Kommune: Gemeinde Heideland
E-Mail: b.kittel@vg-hes.example

Mit freundlichen Grüßen
Birgit Kittel
Verwaltungsgemeinschaft Heideland-Elstertal-Schkölen
Bauverwaltung"""
    mixed = multi("mixed", [outlook_alt(slug, body),
                            attachment("application/pdf", "Anmeldung_Transferveranstaltung_Heideland.pdf",
                                       dummy_pdf("Anmeldung Heideland"))],
                  "----=_NextPart_001_" + hashlib.md5(slug.encode()).hexdigest()[:16].upper())
    h = envelope(slug, frm, "Anmeldung", "2025-04-15 13:40", extra=outlook_headers())
    return message(h, mixed), label("registration", [
        P("Birgit Kittel", "b.kittel@vg-hes.example", "Sachbearbeiterin Bauverwaltung")],
        "Verwaltungsgemeinschaft Heideland-Elstertal-Schkölen", "municipality", "Heideland")


@case("straufhain-form-apple-mail")
def _(slug):
    frm = addr("Marko Büchner", "m.buechner@straufhain.example")
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich zur Transferveranstaltung an:

Vorname: Marko
Nachname: Büchner
Dienststelle: Gemeinde Straufhain
Funktion: Bauamtsleiter
E-Mail: m.buechner@straufhain.example
Telefon: 03685 4051-12

Mit freundlichen Grüßen
Marko Büchner"""
    b = "Apple-Mail=_" + hashlib.md5(slug.encode()).hexdigest()[:8].upper() + "-1D2C-4E4B-9B1A-6C3F0E2D7A51"
    part = multi("alternative", [text(body, "utf-8"), text(apple_html(body), "utf-8", sub="html")], b)
    h = envelope(slug, frm, "Anmeldung Transferveranstaltung", "2025-04-16 08:12",
                 extra=("X-Mailer: Apple Mail (2.3774.500.171.1.1)",))
    return message(h, part), label("registration", [
        P("Marko Büchner", "m.buechner@straufhain.example", "Bauamtsleiter")],
        "Gemeinde Straufhain", "municipality", "Straufhain")


@case("kella-base64-b-encoded-name-auto-anreise")
def _(slug):
    frm = addr("Schönfeld, Jürgen", "buergermeister@gemeinde-kella.example", enc="B")
    body = """Sehr geehrte Damen und Herren,

ich melde mich hiermit zur Transferveranstaltung am 20. Mai an. Ich komme mit dem Auto über Heiligenstadt und kann ggf. noch jemanden aus dem Eichsfeld mitnehmen.

Mit freundlichen Grüßen
Jürgen Schönfeld
Bürgermeister der Gemeinde Kella"""
    h = envelope(slug, frm, "Anmeldung Gemeinde Kella", "2025-04-16 20:31", subject_enc=("utf-8", "B"),
                 extra=("User-Agent: Open-Xchange Mailer v7.10.6",))
    return message(h, text(body, "utf-8", "base64")), label("registration", [
        P("Jürgen Schönfeld", "buergermeister@gemeinde-kella.example", "Bürgermeister")],
        "Gemeinde Kella", "municipality", "Kella",
        notes=["Ich komme mit dem Auto über Heiligenstadt und kann ggf. noch jemanden aus dem Eichsfeld mitnehmen."])


@case("breitenworbis-outlook-html-only-table")
def _(slug):
    frm = addr("Hampe, Anja", "a.hampe@breitenworbis.example")
    before = """Sehr geehrte Damen und Herren,

zur Transferveranstaltung am 20.05.2025 melden wir aus Breitenworbis folgende Teilnehmer an:
"""
    after = """
Unsere Nachbarstadt Leinefelde-Worbis meldet sich, soweit ich weiß, separat an.

Mit freundlichen Grüßen

Anja Hampe
Gemeinde Breitenworbis
Bau- und Ordnungsamt
Bahnhofstraße 7, 37339 Breitenworbis"""
    rows = [["Name", "Funktion", "E-Mail"],
            ["Anja Hampe", "Bau- und Ordnungsamt", "a.hampe@breitenworbis.example"],
            ["Florian Jäckel", "Klimaschutzmanager", "f.jaeckel@breitenworbis.example"],
            ["Petra Kröber", "Gemeinderätin", "—"]]
    h = envelope(slug, frm, "Anmeldung 9. Transferveranstaltung", "2025-04-17 10:02", extra=outlook_headers())
    part = text(word_html("", "windows-1252", table_html(rows, before, after)), "windows-1252", sub="html")
    return message(h, part), label("registration", [
        P("Anja Hampe", "a.hampe@breitenworbis.example", "Bau- und Ordnungsamt"),
        P("Florian Jäckel", "f.jaeckel@breitenworbis.example", "Klimaschutzmanager"),
        P("Petra Kröber", None, "Gemeinderätin")],
        "Gemeinde Breitenworbis", "municipality", "Breitenworbis")


@case("berlingerode-two-colleagues-not-self-thunderbird")
def _(slug):
    frm = addr("Manuela Lippold", "m.lippold@berlingerode.example")
    body = flow("""Sehr geehrte Damen und Herren,

ich selbst bin am 20. Mai leider verhindert, melde aber zwei Kollegen für die Transferveranstaltung an:

Herrn Uwe Hiller (u.hiller@berlingerode.example), Bauhof und Liegenschaften
Frau Sandra Wetzel (s.wetzel@berlingerode.example), Hauptamt

Beide arbeiten an unserem Dorfentwicklungskonzept mit.

Mit freundlichen Grüßen
Manuela Lippold
-- 
Gemeinde Berlingerode
Kämmerei
Hauptstraße 1
37339 Berlingerode""")
    h = envelope(slug, frm, "Anmeldung zwei Personen", "2025-04-17 12:48", extra=("User-Agent: Mozilla Thunderbird",))
    return message(h, text(body, "UTF-8", "8bit", flowed=True)), label("registration", [
        P("Uwe Hiller", "u.hiller@berlingerode.example", "Bauhof und Liegenschaften"),
        P("Sandra Wetzel", "s.wetzel@berlingerode.example", "Hauptamt")],
        "Gemeinde Berlingerode", "municipality", "Berlingerode")


@case("arenshausen-registers-and-asks-lunch-android")
def _(slug):
    frm = addr("Stefanie Mörstedt", "s.moerstedt@arenshausen.example")
    body = """Guten Tag,

hiermit melde ich mich für den 20.05. an. Eine Frage noch: gibt es vor Ort ein Mittagessen? Ich esse vegetarisch.

Gruß
Stefanie Mörstedt
Gemeinde Arenshausen

Von meinem Samsung Galaxy Smartphone gesendet."""
    h = envelope(slug, frm, "Anmeldung + Frage", "2025-04-18 07:12")
    return message(h, text(body, "utf-8", "base64")), label("registration", [
        P("Stefanie Mörstedt", "s.moerstedt@arenshausen.example")],
        "Gemeinde Arenshausen", "municipality", "Arenshausen",
        notes=["gibt es vor Ort ein Mittagessen? Ich esse vegetarisch."])


@case("goersbach-gmail-forward-mayor-passes-on")
def _(slug):
    frm = addr("Karin Brömel", "buergermeisterin@goersbach.example")
    body = """Sehr geehrte Damen und Herren,

bitte Herrn Nitzsche anmelden, danke. Ich selbst schaffe es zeitlich nicht.

Karin Brömel
Bürgermeisterin Gemeinde Görsbach

---------- Forwarded message ---------
Von: Christian Nitzsche <c.nitzsche@goersbach.example>
Date: Mo., 21. Apr. 2025 um 16:40 Uhr
Subject: Transferveranstaltung Bad Lobenstein
To: Karin Brömel <buergermeisterin@goersbach.example>


Hallo Karin,

kannst du mich bitte für die Transferveranstaltung in Bad Lobenstein anmelden? Das passt gut zu unserem ISEK-Thema.

Gruß
Christian"""
    h = envelope(slug, frm, "Fwd: Transferveranstaltung Bad Lobenstein", "2025-04-22 08:03")
    b = "000000000000" + hashlib.md5(slug.encode()).hexdigest()[:16]
    part = multi("alternative", [text(body, "UTF-8"), text(simple_html(body), "UTF-8", sub="html")], b)
    return message(h, part), label("registration", [
        P("Christian Nitzsche", "c.nitzsche@goersbach.example")],
        "Gemeinde Görsbach", "municipality", "Görsbach")


@case("grosslohra-forward-attached-rfc822")
def _(slug):
    inner_h = envelope(slug + "-inner", addr("Henrik Tröbs", "h.troebs@grosslohra.example"),
                       "Bitte anmelden: Transferveranstaltung 20.05.", "2025-04-22 13:15",
                       to=addr("Dana Daßler", "d.dassler@grosslohra.example"), extra=outlook_headers())
    inner = message(inner_h, text("""Hallo Dana,

bitte melde mich für die Transferveranstaltung am 20.05. an. Ich bin über Nordhausen mit der Bahn unterwegs.

Danke und Gruß
Henrik Tröbs
Bauamtsleiter
Gemeinde Großlohra""", "windows-1252"))
    outer = """Sehr geehrte Damen und Herren,

anbei die Anmeldung unseres Bauamtsleiters, Herrn Tröbs, mit der Bitte um Bestätigung an ihn.

Mit freundlichen Grüßen
Dana Daßler
Hauptamt
Gemeinde Großlohra"""
    mixed = multi("mixed", [outlook_alt(slug, outer),
                            rfc822(inner, 'attachment; filename="Bitte anmelden Transferveranstaltung.msg.eml"')],
                  "----=_NextPart_002_" + hashlib.md5(slug.encode()).hexdigest()[:16].upper())
    h = envelope(slug, addr("Daßler, Dana", "d.dassler@grosslohra.example"), "WG: Bitte anmelden: Transferveranstaltung 20.05.",
                 "2025-04-22 14:02", extra=outlook_headers())
    return message(h, mixed), label("registration", [
        P("Henrik Tröbs", "h.troebs@grosslohra.example", "Bauamtsleiter")],
        "Gemeinde Großlohra", "municipality", "Großlohra", notes=["mit der Bahn"])


@case("buttlar-smime-signed-geisa-in-signature")
def _(slug):
    frm = addr("Ullrich, Bernd", "b.ullrich@buttlar.example")
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich verbindlich zur Transferveranstaltung am 20. Mai 2025 an.

Mit freundlichen Grüßen

Bernd Ullrich
Bürgermeister der Gemeinde Buttlar
Sprechzeiten: dienstags 16-18 Uhr
Postanschrift über die erfüllende Gemeinde: Stadtverwaltung Geisa, Marktplatz 27, 36419 Geisa"""
    signed = multi("signed", [outlook_alt(slug, body),
                              attachment("application/pkcs7-signature", "smime.p7s", DUMMY_P7S)],
                   "----=_NextPart_000_SIG_" + hashlib.md5(slug.encode()).hexdigest()[:16].upper(),
                   ' protocol="application/pkcs7-signature"; micalg=sha-256;',
                   preamble="This is a multipart message in MIME format.\n")
    h = envelope(slug, frm, "Anmeldung Transferveranstaltung", "2025-04-23 17:55", extra=outlook_headers())
    return message(h, signed), label("registration", [
        P("Bernd Ullrich", "b.ullrich@buttlar.example", "Bürgermeister")],
        "Gemeinde Buttlar", "municipality", "Buttlar")


@case("seebach-samsung-short")
def _(slug):
    frm = addr("Jana Raschke", "j.raschke@gemeinde-seebach.example")
    body = """Hallo, ich melde mich für Bad Lobenstein an.
Gruß Jana Raschke, Gemeinde Seebach (Bauverwaltung)"""
    b = "--_com.samsung.android.email_" + hashlib.md5(slug.encode()).hexdigest()[:14]
    part = multi("alternative", [text(body, "UTF-8", "base64"),
                                 text(simple_html(body), "UTF-8", "base64", sub="html")], b)
    h = envelope(slug, frm, "Anmeldung", "2025-04-24 06:51")
    return message(h, part), label("registration", [
        P("Jana Raschke", "j.raschke@gemeinde-seebach.example", "Bauverwaltung")],
        "Gemeinde Seebach", "municipality", "Seebach")


@case("lauterbach-vg-hainich-werratal-mayor-and-clerk")
def _(slug):
    frm = addr("Yvonne Ziegler", "y.ziegler@vg-hainich-werratal.example")
    body = """Sehr geehrte Damen und Herren,

für die Gemeinde Lauterbach nehmen an der Transferveranstaltung teil:

1. Herr Olaf Walther, ehrenamtlicher Bürgermeister, o.walther@lauterbach-wak.example
2. Frau Yvonne Ziegler, Bauverwaltung der VG (ich)

Mit freundlichen Grüßen
Yvonne Ziegler

Verwaltungsgemeinschaft Hainich-Werratal
Bauverwaltung
Hauptstraße 5
99826 Berka vor dem Hainich
Tel. 036924 4720-31"""
    h = envelope(slug, frm, "Anmeldung Gemeinde Lauterbach", "2025-04-24 10:30", extra=outlook_headers())
    return message(h, outlook_alt(slug, body)), label("registration", [
        P("Olaf Walther", "o.walther@lauterbach-wak.example", "ehrenamtlicher Bürgermeister"),
        P("Yvonne Ziegler", "y.ziegler@vg-hainich-werratal.example", "Bauverwaltung der VG")],
        "Verwaltungsgemeinschaft Hainich-Werratal", "municipality", "Lauterbach")


@case("grossvargula-iso-8859-1-q-subject-last-event")
def _(slug):
    frm = addr("Sabine Bräunlich", "s.braeunlich@grossvargula.example", "iso-8859-1")
    body = """Sehr geehrte Damen und Herren,

bei der letzten Transferveranstaltung in Sondershausen war ich schon dabei und fand den Austausch sehr hilfreich. Daher melde ich mich auch diesmal gern an.

Mit freundlichen Grüßen

Sabine Bräunlich
Gemeinde Großvargula
Hauptamt
Lange Straße 12
99958 Großvargula"""
    h = envelope(slug, frm, "Anmeldung für den 20. Mai - Großvargula", "2025-04-25 09:14",
                 subject_enc=("iso-8859-1", "Q"), extra=("User-Agent: Mozilla Thunderbird",))
    return message(h, text(body, "ISO-8859-1", "8bit")), label("registration", [
        P("Sabine Bräunlich", "s.braeunlich@grossvargula.example", "Hauptamt")],
        "Gemeinde Großvargula", "municipality", "Großvargula")


@case("abtsbessingen-us-ascii-ue")
def _(slug):
    frm = addr("Guenter Sachse", "g.sachse@abtsbessingen.example")
    body = """Sehr geehrte Damen und Herren,

fuer die Gemeinde Abtsbessingen melde ich mich zur Transferveranstaltung am 20.05.2025 an. Die Verwaltung laeuft bei uns ueber die erfuellende Gemeinde Ebeleben, ich komme aber als Buergermeister selbst.

Mit freundlichen Gruessen
Guenter Sachse
Buergermeister Gemeinde Abtsbessingen"""
    h = envelope(slug, frm, "Anmeldung Transferveranstaltung", "2025-04-25 18:40", extra=("User-Agent: Mutt/2.2.12",))
    return message(h, text(body, "us-ascii", "7bit")), label("registration", [
        P("Guenter Sachse", "g.sachse@abtsbessingen.example", "Buergermeister")],
        "Gemeinde Abtsbessingen", "municipality", "Abtsbessingen")


@case("planning-office-igek-client-gehofen")
def _(slug):
    frm = addr("Dr. Julia Geyer", "geyer@stadtplanung-mittelthueringen.example")
    body = """Sehr geehrte Damen und Herren,

unser Büro erarbeitet derzeit im Auftrag der Gemeinde Gehofen das Integrierte Gemeindliche Entwicklungskonzept (IGEK). Für die Transferveranstaltung melden wir daher an:

- Dr. Julia Geyer, Projektleitung (geyer@stadtplanung-mittelthueringen.example)
- Martin Hauschild, M.Sc. Stadtplanung (hauschild@stadtplanung-mittelthueringen.example)

Mit freundlichen Grüßen

Dr.-Ing. Julia Geyer
Stadtplanung Mittelthüringen GmbH
Büro für Stadtplanung und Dorfentwicklung
Anger 14, 99084 Erfurt
Tel. 0361 6540-210
Geschäftsführer: Dr.-Ing. Julia Geyer | HRB 512345, Amtsgericht Jena"""
    h = envelope(slug, frm, "Anmeldung Stadtplanung Mittelthüringen / IGEK Gehofen", "2025-04-28 11:20",
                 extra=outlook_headers())
    return message(h, outlook_alt(slug, body)), label("registration", [
        P("Julia Geyer", "geyer@stadtplanung-mittelthueringen.example", "Projektleitung", "Dr.-Ing."),
        P("Martin Hauschild", "hauschild@stadtplanung-mittelthueringen.example", "Stadtplanung")],
        "Stadtplanung Mittelthüringen GmbH", "planning_office", "Gehofen")


@case("friemar-honorary-mayor-private-address-states-work")
def _(slug):
    frm = addr("Thomas Rudolph", "thomas.rudolph1962@t-online.example")
    body = """Sehr geehrte Damen und Herren,

als ehrenamtlicher Bürgermeister der Gemeinde Friemar melde ich mich zur Transferveranstaltung am 20. Mai an. Bitte schicken Sie die Bestätigung an meine Dienstadresse buergermeister@friemar.example, dort lese ich regelmäßiger.

Mit freundlichen Grüßen
Thomas Rudolph"""
    h = envelope(slug, frm, "Anmeldung", "2025-04-28 21:07", extra=("X-Mailer: T-Online Email 5.2",))
    return message(h, alt(slug, body, simple_html(body, "font-family: Arial"), "utf-8", prefix="----=_Part_")), label(
        "registration", [P("Thomas Rudolph", "buergermeister@friemar.example", "ehrenamtlicher Bürgermeister")],
        "Gemeinde Friemar", "municipality", "Friemar")


@case("grossfahner-numbered-list-titles")
def _(slug):
    frm = addr("Marschall, Ines Dr.", "i.marschall@grossfahner.example")
    body = """Sehr geehrte Damen und Herren,

zur 9. Transferveranstaltung melde ich folgende Personen an:

1. Frau Dr. Ines Marschall, Bürgermeisterin
2. Herr Dipl.-Ing. (FH) Lutz Heilmann, Bauverwaltung, l.heilmann@grossfahner.example

Für Herrn Heilmann bitte einen Platz in Gangnähe, er ist nach einer Knie-OP auf Gehstützen angewiesen.

Mit freundlichen Grüßen

Dr. Ines Marschall
Bürgermeisterin
Gemeinde Großfahner
Verwaltungsgemeinschaft Fahner Höhe"""
    h = envelope(slug, frm, "Anmeldung Gemeinde Großfahner", "2025-04-29 08:36", extra=outlook_headers())
    return message(h, outlook_alt(slug, body)), label("registration", [
        P("Ines Marschall", "i.marschall@grossfahner.example", "Bürgermeisterin", "Dr."),
        P("Lutz Heilmann", "l.heilmann@grossfahner.example", "Bauverwaltung", "Dipl.-Ing. (FH)")],
        "Gemeinde Großfahner", "municipality", "Großfahner",
        notes=["Für Herrn Heilmann bitte einen Platz in Gangnähe, er ist nach einer Knie-OP auf Gehstützen angewiesen."])


@case("walschleben-fachbereich-phone-fax-from-erfurt")
def _(slug):
    frm = addr("René Wiefel", "r.wiefel@walschleben.example")
    body = flow("""Sehr geehrte Damen und Herren,

gern nehme ich an der Transferveranstaltung teil. Ich komme direkt aus Erfurt von einem Termin und bin daher voraussichtlich erst gegen 10:15 Uhr da.

Mit freundlichen Grüßen

René Wiefel
-- 
Gemeinde Walschleben
Fachbereich Bauen und Ordnung
Dienststelle: Verwaltungsgemeinschaft Gera-Aue, Rathausstraße 2, 99189 Walschleben
Telefon: 036201 576-0
Fax: 036201 576-29""")
    h = envelope(slug, frm, "Teilnahme 20.05.2025", "2025-04-29 13:09", extra=("User-Agent: Mozilla Thunderbird",))
    return message(h, text(body, "UTF-8", "quoted-printable", flowed=True)), label("registration", [
        P("René Wiefel", "r.wiefel@walschleben.example", "Fachbereich Bauen und Ordnung")],
        "Gemeinde Walschleben", "municipality", "Walschleben",
        notes=["voraussichtlich erst gegen 10:15 Uhr da"])


@case("hassleben-ich-und-mein-kollege-outlook-plain")
def _(slug):
    frm = addr("Dreßler, Katja", "k.dressler@hassleben.example")
    body = """Guten Tag,

ich melde mich und meinen Kollegen Benjamin Knauer (b.knauer@hassleben.example) für die Veranstaltung in Bad Lobenstein an.

Freundliche Grüße

Katja Dreßler
Gemeinde Haßleben
Bauamt"""
    h = envelope(slug, frm, "Anmeldung ISEK Transfer", "2025-04-30 09:58", extra=outlook_headers())
    return message(h, text(body, "windows-1252")), label("registration", [
        P("Katja Dreßler", "k.dressler@hassleben.example", "Bauamt"),
        P("Benjamin Knauer", "b.knauer@hassleben.example")],
        "Gemeinde Haßleben", "municipality", "Haßleben")


@case("vachdorf-gemeinderat-webde-html-only")
def _(slug):
    frm = addr("Holger Trautvetter", "h.trautvetter@web.example")
    body = """Sehr geehrte Damen und Herren,

als Mitglied des Gemeinderates Vachdorf und Sprecher des Bauausschusses würde ich gern an der Transferveranstaltung teilnehmen. Unsere Gemeinde beginnt gerade mit dem Dorfentwicklungskonzept.

Mit freundlichen Grüßen
Holger Trautvetter
Gemeinderat Vachdorf"""
    html_body = ('<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">'
                 + "".join(f"<div>{esc(l) if l else '&nbsp;'}</div>" for l in body.split("\n"))
                 + "</div></body></html>")
    h = envelope(slug, frm, "Teilnahme Transferveranstaltung", "2025-04-30 19:45",
                 extra=("X-UI-Message-Type: mail", "X-Provags-ID: V03:K1:web.example"))
    return message(h, text(html_body, "UTF-8", sub="html")), label("registration", [
        P("Holger Trautvetter", "h.trautvetter@web.example", "Gemeinderat")],
        "Gemeinderat Vachdorf", "municipality", "Vachdorf")


@case("ritschenhausen-vg-registers-mayor-only")
def _(slug):
    frm = addr("Bianca Vetterlein", "b.vetterlein@vg-dolmar-salzbruecke.example")
    body = """Sehr geehrte Damen und Herren,

im Auftrag von Herrn Bürgermeister Michael Unbehaun (Gemeinde Ritschenhausen) melde ich ihn zur Transferveranstaltung am 20. Mai an. Er fährt ab Meiningen mit dem eigenen Pkw. Ich selbst nehme nicht teil.

Die Bestätigung bitte an mich, ich leite sie weiter.

Mit freundlichen Grüßen
Bianca Vetterlein
Verwaltungsgemeinschaft Dolmar-Salzbrücke
Hauptamt
Tel. 036949 2040-11"""
    h = envelope(slug, frm, "Anmeldung BM Ritschenhausen", "2025-05-02 10:11", extra=outlook_headers())
    return message(h, outlook_alt(slug, body)), label("registration", [
        P("Michael Unbehaun", None, "Bürgermeister")],
        "Verwaltungsgemeinschaft Dolmar-Salzbrücke", "municipality", "Ritschenhausen",
        notes=["Er fährt ab Meiningen mit dem eigenen Pkw."])


@case("marisfeld-apple-mail-sehr-gern")
def _(slug):
    frm = addr("Heike Anding", "buergermeisterin@marisfeld.example")
    body = """Sehr geehrte Damen und Herren,

sehr gern bin ich am 20. Mai in Bad Lobenstein dabei.

Herzliche Grüße aus Marisfeld
Heike Anding
Bürgermeisterin"""
    b = "Apple-Mail=_" + hashlib.md5(slug.encode()).hexdigest()[:8].upper() + "-77A1-4C0B-8E3D-1F2A3B4C5D6E"
    part = multi("alternative", [text(body, "utf-8"), text(apple_html(body), "utf-8", sub="html")], b)
    h = envelope(slug, frm, "Transferveranstaltung", "2025-05-02 16:27",
                 extra=("X-Mailer: Apple Mail (2.3774.500.171.1.1)",))
    return message(h, part), label("registration", [
        P("Heike Anding", "buergermeisterin@marisfeld.example", "Bürgermeisterin")],
        "Gemeinde Marisfeld", "municipality", "Marisfeld")


@case("boesleben-wuellersleben-caps-subject-nur-vormittags")
def _(slug):
    frm = addr("Bauersachs, Steffen", "s.bauersachs@boesleben-wuellersleben.example")
    body = """Sehr geehrte Damen und Herren,

ich nehme für die Gemeinde Bösleben-Wüllersleben an der Transferveranstaltung teil, allerdings nur vormittags (Gemeinderatssitzung am Nachmittag).

Mit freundlichen Grüßen
Steffen Bauersachs
Bürgermeister
Gemeinde Bösleben-Wüllersleben
VG Riechheimer Berg"""
    h = envelope(slug, frm, "ANMELDUNG BÖSLEBEN-WÜLLERSLEBEN", "2025-05-05 07:40", extra=outlook_headers(),
                 subject_enc=("windows-1252", "Q"))
    return message(h, text(body, "windows-1252")), label("registration", [
        P("Steffen Bauersachs", "s.bauersachs@boesleben-wuellersleben.example", "Bürgermeister")],
        "Gemeinde Bösleben-Wüllersleben", "municipality", "Bösleben-Wüllersleben",
        notes=["allerdings nur vormittags (Gemeinderatssitzung am Nachmittag)"])


@case("landratsamt-greiz-kreisentwicklung")
def _(slug):
    frm = addr("Weigand, Cornelia", "cornelia.weigand@landkreis-greiz.example")
    body = """Sehr geehrte Damen und Herren,

für das Landratsamt Greiz, Fachdienst Kreisentwicklung, melde ich mich zur Transferveranstaltung an. Wir begleiten derzeit u. a. die ISEK-Fortschreibungen in Zeulenroda-Triebes und Weida und möchten den Austausch gern nutzen.

Mit freundlichen Grüßen
im Auftrag

Cornelia Weigand
Landratsamt Greiz
Fachdienst Kreisentwicklung und Wirtschaftsförderung
Dr.-Rathenau-Platz 11, 07973 Greiz"""
    h = envelope(slug, frm, "Anmeldung Landratsamt Greiz", "2025-05-05 11:18", extra=outlook_headers())
    return message(h, outlook_alt(slug, body)), label("registration", [
        P("Cornelia Weigand", "cornelia.weigand@landkreis-greiz.example", "Fachdienst Kreisentwicklung")],
        "Landratsamt Greiz", "authority", None)


@case("schwarzburg-three-in-a-sentence-t-online-html")
def _(slug):
    frm = addr("Kathrin Zeh", "k.zeh@schwarzburg-gemeinde.example")
    body = """Sehr geehrte Damen und Herren,

aus Schwarzburg kommen Bürgermeister Frank Oschmann, Frau Ute Prüfer aus der Bauverwaltung und ich. Wir fahren zusammen über Saalfeld.

Mit freundlichen Grüßen
Kathrin Zeh
Gemeinde Schwarzburg
Tourismus und Ortsentwicklung"""
    h = envelope(slug, frm, "Anmeldung 3 Personen", "2025-05-06 09:49", extra=("X-Mailer: T-Online Email 5.2",))
    return message(h, alt(slug, body, simple_html(body, "font-family: Tahoma"), "iso-8859-15", prefix="----=_Part_")), label(
        "registration", [P("Frank Oschmann", None, "Bürgermeister"), P("Ute Prüfer", None, "Bauverwaltung"),
                         P("Kathrin Zeh", "k.zeh@schwarzburg-gemeinde.example", "Tourismus und Ortsentwicklung")],
        "Gemeinde Schwarzburg", "municipality", "Schwarzburg")


@case("tautenburg-outlookcom-crlf-wheelchair-question")
def _(slug):
    frm = addr("Lars Buschbeck", "lars.buschbeck@outlook.example")
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich zur Veranstaltung am 20. Mai an (Gemeinde Tautenburg, Ortsentwicklung/ISEK-Arbeitsgruppe).

Ich bin auf einen Rollstuhl angewiesen. Ist der Veranstaltungsort barrierefrei erreichbar?

Mit freundlichen Grüßen
Lars Buschbeck"""
    h = envelope(slug, frm, "Anmeldung und Frage Barrierefreiheit", "2025-05-07 12:03",
                 extra=("X-MS-Exchange-Organization-SCL: -1", "Content-Language: de-DE"))
    return message(h, alt(slug, body, simple_html(body, "font-family: Aptos"), "utf-8", prefix="_000_"), crlf=True), label(
        "registration", [P("Lars Buschbeck", "lars.buschbeck@outlook.example", "Ortsentwicklung/ISEK-Arbeitsgruppe")],
        "Gemeinde Tautenburg", "municipality", "Tautenburg",
        notes=["Ich bin auf einen Rollstuhl angewiesen. Ist der Veranstaltungsort barrierefrei erreichbar?"])


# ==================================================================================================
# cancellations
# ==================================================================================================

@case("cancel-hohenwarte-thunderbird-quotes-confirmation")
def _(slug):
    code = code_for(slug)
    frm = addr("Ramona Gäbler", "r.gaebler@hohenwarte.example")
    body = flow("""Sehr geehrte Damen und Herren,

leider muss ich meine Teilnahme wieder absagen, an dem Tag ist Haushaltsberatung im Gemeinderat.

Mit freundlichen Grüßen
Ramona Gäbler
Gemeinde Hohenwarte

""") + "\n" + thunderbird_quote("14.04.25 um 10:02", f"{OUR_NAME}", confirmation("Guten Tag Frau Gäbler", ["Ramona Gäbler"], code))
    h = envelope(slug, frm, "Re: " + confirm_subject(code), "2025-05-06 08:20", extra=("User-Agent: Mozilla Thunderbird",))
    return message(h, text(body, "UTF-8", "8bit", flowed=True)), label("cancellation", [
        P("Ramona Gäbler", "r.gaebler@hohenwarte.example")], "Gemeinde Hohenwarte", "municipality", "Hohenwarte")


@case("cancel-bucha-one-of-two")
def _(slug):
    code = code_for(slug)
    frm = addr("Elke Stiller", "e.stiller@gemeinde-bucha.example")
    body = f"""Guten Tag,

zu unserer Anmeldung ({code}): Herr Tino Spindler kann leider nicht teilnehmen. Ich komme wie angemeldet.

Viele Grüße
Elke Stiller
Gemeinde Bucha, Bauverwaltung"""
    h = envelope(slug, frm, f"Absage einer Person {code}", "2025-05-07 10:41", extra=outlook_headers())
    return message(h, outlook_alt(slug, body)), label("cancellation", [P("Tino Spindler", None)],
                                                      "Gemeinde Bucha", "municipality", "Bucha")


@case("cancel-golmsdorf-secretary-for-mayor")
def _(slug):
    frm = addr("Nadine Hörold", "sekretariat@golmsdorf.example")
    body = """Sehr geehrte Damen und Herren,

Herr Bürgermeister Peter Gränitz muss seine Teilnahme an der Transferveranstaltung am 20.05. leider absagen, da an diesem Tag kurzfristig eine Sondersitzung angesetzt wurde.

Mit freundlichen Grüßen
i. A. Nadine Hörold
Gemeinde Golmsdorf
Sekretariat
Naura 1, 07751 Golmsdorf"""
    h = envelope(slug, frm, "Absage Bürgermeister Gränitz", "2025-05-08 14:26", extra=outlook_headers())
    return message(h, outlook_alt(slug, body)), label("cancellation", [P("Peter Gränitz", None, "Bürgermeister")],
                                                      "Gemeinde Golmsdorf", "municipality", "Golmsdorf")


@case("cancel-moeckern-iphone-terse")
def _(slug):
    code = code_for(slug)
    frm = addr("Silke Frotscher", "s.frotscher@gemeinde-moeckern.example")
    body = "Muss leider absagen, bin krank geschrieben. LG Frotscher\n\nVon meinem iPhone gesendet\n\n" + \
        thunderbird_quote("14.04.2025 um 11:10", f"{OUR_NAME} <{INBOX}>",
                          confirmation("Guten Tag Frau Frotscher", ["Silke Frotscher"], code))
    h = envelope(slug, frm, "Re: " + confirm_subject(code), "2025-05-16 06:58", extra=("X-Mailer: iPhone Mail (21E236)",))
    return message(h, text(body, "utf-8")), label("cancellation", [
        P("Silke Frotscher", "s.frotscher@gemeinde-moeckern.example")], None, "municipality", "Möckern")


@case("cancel-oettersdorf-both-outlook-quote")
def _(slug):
    code = code_for(slug)
    frm = addr("Rosenbusch, Rainer", "r.rosenbusch@oettersdorf.example")
    body = """Guten Tag,

wir müssen beide absagen, leider. Vielleicht klappt es beim nächsten Mal.

Mit freundlichen Grüßen
Rainer Rosenbusch
Bürgermeister
Gemeinde Oettersdorf

""" + outlook_quote("Mittwoch, 16. April 2025 09:12", "Rosenbusch, Rainer", confirm_subject(code),
                    confirmation("Guten Tag Herr Rosenbusch", ["Rainer Rosenbusch", "Maik Luck"], code))
    h = envelope(slug, frm, "AW: " + confirm_subject(code), "2025-05-12 15:33", extra=outlook_headers())
    return message(h, outlook_alt(slug, body)), label("cancellation", [
        P("Rainer Rosenbusch", "r.rosenbusch@oettersdorf.example", "Bürgermeister"), P("Maik Luck", None)],
        "Gemeinde Oettersdorf", "municipality", "Oettersdorf")


# ==================================================================================================
# changes
# ==================================================================================================

@case("change-tegau-statt-frau-lux")
def _(slug):
    code = code_for(slug)
    frm = addr("Katrin Lux", "k.lux@tegau.example")
    body = f"""Sehr geehrte Damen und Herren,

statt mir wird am 20. Mai mein Kollege Herr Robert Mühlfeld (r.muehlfeld@tegau.example) teilnehmen. Mein Code war {code}.

Danke und viele Grüße
Katrin Lux
Gemeinde Tegau"""
    h = envelope(slug, frm, "Änderung Teilnehmer", "2025-05-05 09:10", extra=outlook_headers())
    return message(h, outlook_alt(slug, body)), label("change", [
        P("Robert Mühlfeld", "r.muehlfeld@tegau.example"), P("Katrin Lux", "k.lux@tegau.example")],
        "Gemeinde Tegau", "municipality", "Tegau")


@case("change-langenorla-add-colleague-with-code")
def _(slug):
    code = code_for(slug)
    frm = addr("Gabi Schilling", "g.schilling@langenorla.example")
    body = f"""Hallo,

können Sie zu unserer Anmeldung ({code}) bitte noch Herrn Dirk Pfützner dazunehmen? Er ist bei uns für den Bauhof zuständig, E-Mail d.pfuetzner@langenorla.example.

Danke!
Gabi Schilling
Gemeinde Langenorla"""
    h = envelope(slug, frm, f"Nachmeldung {code}", "2025-05-06 13:14", extra=("User-Agent: Mozilla Thunderbird",))
    return message(h, text(flow(body), "UTF-8", "8bit", flowed=True)), label("change", [
        P("Dirk Pfützner", "d.pfuetzner@langenorla.example", "Bauhof")],
        "Gemeinde Langenorla", "municipality", "Langenorla")


@case("change-dreitzsch-train-and-vegetarian")
def _(slug):
    code = code_for(slug)
    frm = addr("Ronald Töpfer", "r.toepfer@dreitzsch.example")
    body = """Sehr geehrte Damen und Herren,

kleine Änderung zu meiner Anmeldung: Ich komme nun doch mit dem Zug (Ankunft Bad Lobenstein 9:12 Uhr) und bräuchte, falls es Essen gibt, ein vegetarisches Gericht.

Mit freundlichen Grüßen
Ronald Töpfer
Gemeinde Dreitzsch

""" + outlook_quote("Dienstag, 15. April 2025 08:40", "Ronald Töpfer", confirm_subject(code),
                    confirmation("Guten Tag Herr Töpfer", ["Ronald Töpfer"], code))
    h = envelope(slug, frm, "AW: " + confirm_subject(code), "2025-05-08 17:02", extra=outlook_headers())
    return message(h, outlook_alt(slug, body)), label("change", [
        P("Ronald Töpfer", "r.toepfer@dreitzsch.example")], "Gemeinde Dreitzsch", "municipality", "Dreitzsch",
        notes=["Ich komme nun doch mit dem Zug (Ankunft Bad Lobenstein 9:12 Uhr)", "ein vegetarisches Gericht"])


@case("change-goessitz-new-address")
def _(slug):
    frm = addr("Ilona Wipprecht", "i.wipprecht@vg-ranis-ziegenrueck.example")
    body = """Guten Tag,

ich bin für die Gemeinde Gössitz zur Transferveranstaltung angemeldet. Meine bisherige Adresse über die VG Ranis-Ziegenrück wird zum Monatsende abgeschaltet. Bitte senden Sie alles Weitere (Erinnerung, Programm) an meine neue Adresse: ilona.wipprecht@goessitz.example

Mit freundlichen Grüßen
Ilona Wipprecht
Gemeinde Gössitz"""
    h = envelope(slug, frm, "Neue E-Mail-Adresse für meine Anmeldung", "2025-05-09 10:27", extra=outlook_headers())
    return message(h, text(body, "windows-1252")), label("change", [
        P("Ilona Wipprecht", "ilona.wipprecht@goessitz.example")], "Gemeinde Gössitz", "municipality", "Gössitz")


@case("change-seelingstaedt-nur-vormittags-bare-von-block")
def _(slug):
    code = code_for(slug)
    frm = addr("Zacharias, Andreas", "a.zacharias@seelingstaedt.example")
    body = """Guten Morgen,

ich kann am 20.05. leider nur vormittags teilnehmen und reise nach der Mittagspause wieder ab.

Gruß
Andreas Zacharias
Gemeinde Seelingstädt

Von: """ + f"""{OUR_NAME} <{INBOX}>
Gesendet: Mittwoch, 16. April 2025 14:05
An: Zacharias, Andreas <a.zacharias@seelingstaedt.example>
Betreff: {confirm_subject(code)}

""" + confirmation("Guten Tag Herr Zacharias", ["Andreas Zacharias"], code)
    h = envelope(slug, frm, "AW: " + confirm_subject(code), "2025-05-13 07:55", extra=outlook_headers())
    return message(h, outlook_alt(slug, body)), label("change", [
        P("Andreas Zacharias", "a.zacharias@seelingstaedt.example")],
        "Gemeinde Seelingstädt", "municipality", "Seelingstädt",
        notes=["nur vormittags teilnehmen und reise nach der Mittagspause wieder ab"])


# ==================================================================================================
# questions
# ==================================================================================================

@case("question-hirschfeld-parking-already-registered")
def _(slug):
    frm = addr("Sven Ehrlich", "s.ehrlich@hirschfeld-thueringen.example")
    body = """Guten Tag,

ich bin bereits angemeldet. Gibt es am Veranstaltungsort Parkplätze für einen Kleinbus? Wir kommen aus dem Landkreis Greiz mit mehreren Gemeinden gemeinsam.

Viele Grüße
Sven Ehrlich
Gemeinde Hirschfeld"""
    h = envelope(slug, frm, "Frage Parken", "2025-05-12 11:02", extra=("User-Agent: Mozilla Thunderbird",))
    return message(h, text(flow(body), "UTF-8", "8bit", flowed=True)), label("question", [],
                                                                        "Gemeinde Hirschfeld", "municipality", "Hirschfeld")


@case("question-grossenstein-online-conditional")
def _(slug):
    frm = addr("Mandy Kreuzer", "m.kreuzer@grossenstein.example")
    body = """Sehr geehrte Damen und Herren,

ist eine Teilnahme auch online möglich? Dann würden wir uns gern zu zweit zuschalten. Eine Anreise nach Bad Lobenstein schaffen wir personell leider nicht.

Mit freundlichen Grüßen
Mandy Kreuzer
Gemeinde Großenstein
VG Am Brahmetal"""
    h = envelope(slug, frm, "Online-Teilnahme möglich?", "2025-04-23 15:37", extra=outlook_headers())
    return message(h, outlook_alt(slug, body)), label("question", [], "Gemeinde Großenstein", "municipality", "Großenstein")


@case("question-windischleuba-after-deadline")
def _(slug):
    frm = addr("Jörg Lautenschläger", "j.lautenschlaeger@windischleuba.example")
    body = """Sehr geehrte Damen und Herren,

kann die Anmeldung auch noch nach dem 9. Mai nachgereicht werden? Unser Bürgermeister weiß erst nach der Gemeinderatssitzung am 12.05., ob er den Termin wahrnehmen kann.

Mit freundlichen Grüßen
Jörg Lautenschläger
Hauptamt
Gemeinde Windischleuba
Pestalozziplatz 1, 04603 Windischleuba"""
    h = envelope(slug, frm, "Anmeldefrist", "2025-05-06 08:48", extra=outlook_headers())
    return message(h, text(body, "iso-8859-1")), label("question", [],
                                                       "Gemeinde Windischleuba", "municipality", "Windischleuba")


@case("question-treben-slides-workshops")
def _(slug):
    frm = addr("Manfred Mämpel", "m.maempel@treben.example")
    body = """Guten Tag,

zwei Fragen zur Veranstaltung: Werden die Vorträge im Nachgang als PDF zur Verfügung gestellt? Und muss man sich für die Werkstattgespräche am Nachmittag vorher für ein Thema entscheiden?

Mit freundlichen Grüßen
Manfred Mämpel
Gemeinde Treben"""
    h = envelope(slug, frm, "Fragen zum Programm", "2025-04-29 10:33", extra=("User-Agent: Roundcube Webmail/1.6.6",))
    return message(h, alt(slug, body, simple_html(body), prefix="=_")), label(
        "question", [], "Gemeinde Treben", "municipality", "Treben")


@case("question-fockendorf-planning-office-welcome")
def _(slug):
    frm = addr("Nicole Scharf", "n.scharf@fockendorf.example")
    body = """Sehr geehrte Damen und Herren,

darf unser mit dem ISEK beauftragtes Planungsbüro aus Altenburg ebenfalls teilnehmen, oder ist die Veranstaltung nur für Verwaltungen gedacht? Dann würde ich das Büro bitten, sich selbst anzumelden.

Mit freundlichen Grüßen
Nicole Scharf
Bauverwaltung
Gemeinde Fockendorf"""
    h = envelope(slug, frm, "Teilnahme Planungsbüro?", "2025-04-24 13:55", extra=outlook_headers())
    return message(h, outlook_alt(slug, body)), label("question", [], "Gemeinde Fockendorf", "municipality", "Fockendorf")


# ==================================================================================================
# other
# ==================================================================================================

@case("other-newsletter-list-id")
def _(slug):
    frm = addr("Kommunalforum Mitteldeutschland", "newsletter@kommunalforum-md.example")
    body = """Kommunalforum Mitteldeutschland – Newsletter Mai 2025

Themen dieser Ausgabe:
- Kommunale Wärmeplanung: Fristen 2026 und 2028
- Fördermittel für Dorfkernsanierung
- Veranstaltungstipp: Fachtag Klimaanpassung in Halle (Saale)

Sie erhalten diesen Newsletter, weil Sie sich dafür angemeldet haben.
Abmelden: https://kommunalforum-md.example/abmelden"""
    h = envelope(slug, frm, "Newsletter Mai 2025: Wärmeplanung, Dorfkerne, Klimaanpassung", "2025-05-02 06:00",
                 extra=("List-Id: Newsletter Kommunalforum <news.kommunalforum-md.example>",
                        "List-Unsubscribe: <https://kommunalforum-md.example/abmelden?id=7731>",
                        "Precedence: bulk"))
    return message(h, alt(slug, body, simple_html(body), prefix="mlnl_")), label("other", [], None, None, None)


@case("other-thanks-for-confirmation-langenleuba-niederhain")
def _(slug):
    code = code_for(slug)
    frm = addr("Ralf Tänzer", "r.taenzer@langenleuba-niederhain.example")
    body = """Vielen Dank für die Bestätigung, dann bis zum 20.!

Ralf Tänzer
Gemeinde Langenleuba-Niederhain

""" + outlook_quote("Freitag, 25. April 2025 10:00", "Ralf Tänzer", confirm_subject(code),
                    confirmation("Guten Tag Herr Tänzer", ["Ralf Tänzer"], code))
    h = envelope(slug, frm, "AW: " + confirm_subject(code), "2025-04-25 10:48", extra=outlook_headers())
    return message(h, outlook_alt(slug, body)), label("other", [], "Gemeinde Langenleuba-Niederhain", "municipality",
                                                      "Langenleuba-Niederhain")


# ==================================================================================================
# auto replies
# ==================================================================================================

@case("auto-exchange-automatische-antwort-headers")
def _(slug):
    code = code_for(slug)
    frm = addr("Reichelt, Carmen", "c.reichelt@schkoelen-stadt.example")
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 16.05.2025 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an Herrn Dietmar Hase, Tel. 036694 555-0.

Mit freundlichen Grüßen
Carmen Reichelt"""
    h = envelope(slug, frm, "Automatische Antwort: " + reminder_subject(code), "2025-05-13 09:00",
                 extra=outlook_headers(("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                                        "X-MS-Exchange-Inbox-Rules-Loop: c.reichelt@schkoelen-stadt.example")))
    return message(h, outlook_alt(slug, body)), label("auto_reply", [], None, None, None)


@case("auto-abwesenheitsnotiz-text-only")
def _(slug):
    frm = addr("Gemeinde Milda", "info@milda.example")
    body = """Abwesenheitsnotiz

Sehr geehrte Damen und Herren,

die Gemeindeverwaltung ist vom 12.05. bis 16.05.2025 wegen Urlaub geschlossen. Ab dem 19.05. sind wir wieder für Sie da.

Gemeinde Milda"""
    h = envelope(slug, frm, "Abwesenheitsnotiz", "2025-05-13 09:01", extra=outlook_headers())
    return message(h, text(body, "windows-1252")), label("auto_reply", [], None, None, None)


@case("auto-aw-reminder-urlaub-no-keyword-no-headers")
def _(slug):
    code = code_for(slug)
    frm = addr("Dittmar, Heiko", "h.dittmar@hummelshain.example")
    body = """Guten Tag,

vielen Dank für Ihre E-Mail. Ich befinde mich vom 12.05. bis 23.05.2025 im Urlaub und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird danach bearbeitet. In dringenden Fällen wenden Sie sich bitte an Frau Sieglinde Voigt, s.voigt@hummelshain.example.

Mit freundlichen Grüßen
Heiko Dittmar"""
    h = envelope(slug, frm, "AW: " + reminder_subject(code), "2025-05-13 09:02", extra=outlook_headers())
    return message(h, outlook_alt(slug, body)), label("auto_reply", [], None, None, None)


@case("auto-sieve-vacation-re-subject")
def _(slug):
    code = code_for(slug)
    frm = addr("Annett Jung", "a.jung@zoellnitz.example")
    body = """Ich bin bis zum 21. Mai nicht erreichbar und kümmere mich danach um Ihr Anliegen.

Annett Jung"""
    h = envelope(slug, frm, "Re: " + reminder_subject(code), "2025-05-19 09:00",
                 extra=("Auto-Submitted: auto-replied (vacation)", "Precedence: bulk"))
    return message(h, text(body, "utf-8")), label("auto_reply", [], None, None, None)


@case("auto-english-x-autoreply")
def _(slug):
    code = code_for(slug)
    frm = addr("Sarah Whitcombe", "s.whitcombe@urbanlab-consult.example")
    body = """Thank you for your email. I am out of the office until 26 May 2025 with limited access to email.
For urgent matters please contact office@urbanlab-consult.example.

Kind regards,
Sarah Whitcombe"""
    h = envelope(slug, frm, "Out of Office: " + reminder_subject(code), "2025-05-13 09:03",
                 extra=("X-Autoreply: yes", "X-Mailer: Apple Mail (2.3774.500.171.1.1)"))
    return message(h, text(body, "us-ascii", "7bit")), label("auto_reply", [], None, None, None, language="en")


@case("auto-poststelle-eingangsbestaetigung-noreply")
def _(slug):
    frm = addr("Poststelle Stadt Schleiz", "noreply@schleiz.example")
    body = """Eingangsbestätigung

Ihre E-Mail an die Stadtverwaltung Schleiz ist eingegangen und wird an die zuständige Stelle weitergeleitet. Dies ist eine automatisch erzeugte Nachricht; bitte antworten Sie nicht darauf.

Vorgangsnummer: SZ-2025-04-0871"""
    h = envelope(slug, frm, "Eingangsbestätigung Ihrer Nachricht", "2025-04-14 10:00",
                 extra=("Auto-Submitted: auto-generated", "Precedence: bulk"))
    return message(h, text(body, "utf-8")), label("auto_reply", [], None, None, None)


# ==================================================================================================
# bounces
# ==================================================================================================

def _ours(slug: str, to: str, salutation: str, person: str, when: str) -> bytes:
    code = code_for(slug)
    return our_mail(slug, to, confirm_subject(code), when, confirmation(salutation, [person], code))


@case("bounce-postfix-dsn-user-unknown")
def _(slug):
    rcpt = "bauamt@gemeinde-rohrbach-sw.example"
    ours = _ours(slug, rcpt, "Guten Tag Herr Gehrt", "Dieter Gehrt", "2025-04-18 09:40")
    human = f"""This is the mail system at host mx02.transferveranstaltung.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<{rcpt}>: host mx.gemeinde-rohrbach-sw.example[203.0.113.17] said: 550
    5.1.1 <{rcpt}>: Recipient address rejected: User unknown (in reply
    to RCPT TO command)"""
    dsn = f"""Reporting-MTA: dns; mx02.transferveranstaltung.example
X-Postfix-Queue-ID: 4ZfQ2s0m7Lz3wXy
X-Postfix-Sender: rfc822; {INBOX}
Arrival-Date: Fri, 18 Apr 2025 09:40:01 +0200 (CEST)

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.gemeinde-rohrbach-sw.example
Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User
    unknown
"""
    report = multi("report", [(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                               human.encode() + b"\n"),
                              (["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
                               dsn.encode()),
                              (["Content-Description: Undelivered Message", "Content-Type: message/rfc822"], ours)],
                   "4ZfQ2s0m7Lz3wXy.1744962002/mx02.transferveranstaltung.example", ' report-type=delivery-status;')
    h = ["Return-Path: <>", f"From: {addr('Mail Delivery System', 'MAILER-DAEMON@mx02.transferveranstaltung.example')}",
         f"To: {INBOX}", "Subject: Undelivered Mail Returned to Sender", f"Date: {rfcdate('2025-04-18 09:40')}",
         f"Message-ID: {msgid(slug, 'mx02.transferveranstaltung.example')}", "Auto-Submitted: auto-replied"]
    return message(h, report), label("bounce", [], None, None, None, language="en", bounce_recipient=rcpt)


@case("bounce-exchange-ndr-german-report")
def _(slug):
    rcpt = "ordnungsamt@stadt-schleiz-alt.example"
    code = code_for(slug)
    ours = _ours(slug, rcpt, "Guten Tag", "Herbert Lange", "2025-04-08 11:00")
    human = f"""Ihre Nachricht konnte nicht übermittelt werden.

Die Nachricht wurde nicht zugestellt, weil die Domäne des Empfängers nicht mehr existiert.

Betreff: {confirm_subject(code)}
Gesendet: 08.04.2025 11:00

Empfänger: {rcpt}
Remote-Server: mx.stadt-schleiz-alt.example
Fehler: 550 5.4.1 Recipient address rejected: Access denied"""
    dsn = f"""Reporting-MTA: dns;EX03.mail.transferveranstaltung.example
Arrival-Date: Tue, 8 Apr 2025 09:00:02 +0000

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.4.1
Diagnostic-Code: smtp;550 5.4.1 Recipient address rejected: Access denied
"""
    report = multi("report", [text(human, "utf-8", "base64"),
                              (["Content-Type: message/delivery-status"], dsn.encode()),
                              rfc822(ours)],
                   "_000_AM9PR02MB7" + hashlib.md5(slug.encode()).hexdigest()[:14] + "_",
                   ' report-type=delivery-status;')
    h = [f"From: {addr('Microsoft Outlook', 'postmaster@mail.transferveranstaltung.example')}", f"To: {INBOX}",
         f"Subject: {hval('Unzustellbar: ' + confirm_subject(code))}", f"Date: {rfcdate('2025-04-08 11:01')}",
         f"Message-ID: {msgid(slug, 'EX03.mail.transferveranstaltung.example')}", "Content-Language: de-DE",
         "Auto-Submitted: auto-replied"]
    return message(h, report), label("bounce", [], None, None, None, bounce_recipient=rcpt)


@case("bounce-qmail-plain")
def _(slug):
    rcpt = "gemeinde@cursdorf-online.example"
    code = code_for(slug)
    body = f"""Hi. This is the qmail-send program at mail.cursdorf-online.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<{rcpt}>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

From: {addr(OUR_NAME, INBOX)}
To: {rcpt}
Subject: {hval(reminder_subject(code))}

{reminder("Guten Tag", code)}"""
    h = ["Return-Path: <>", f"From: MAILER-DAEMON@mail.cursdorf-online.example", f"To: {INBOX}",
         "Subject: failure notice", f"Date: {rfcdate('2025-05-13 09:04')}",
         f"Message-ID: {msgid(slug, 'mail.cursdorf-online.example')}"]
    return message(h, text(body, "utf-8", "8bit")), label("bounce", [], None, None, None, language="en",
                                                         bounce_recipient=rcpt)


@case("bounce-sendmail-plain-transcript")
def _(slug):
    rcpt = "s.prinz@unterweissbach.example"
    code = code_for(slug)
    body = f"""The original message was received at Mon, 19 May 2025 09:00:03 +0200
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<{rcpt}>
    (reason: 552 5.2.2 Mailbox quota exceeded)

   ----- Transcript of session follows -----
... while talking to mx.unterweissbach.example.:
>>> DATA
<<< 552 5.2.2 Mailbox quota exceeded
554 5.0.0 Service unavailable

   ----- Original message follows -----

Subject: {reminder_subject(code)}
From: {INBOX}
To: {rcpt}"""
    h = ["Return-Path: <>", f"From: {addr('Mail Delivery Subsystem', 'MAILER-DAEMON@relay.transferveranstaltung.example')}",
         f"To: {INBOX}", "Subject: Returned mail: see transcript for details", f"Date: {rfcdate('2025-05-19 09:01')}",
         f"Message-ID: {msgid(slug, 'relay.transferveranstaltung.example')}"]
    return message(h, text(body, "utf-8", "8bit")), label("bounce", [], None, None, None, language="en",
                                                         bounce_recipient=rcpt)


# ==================================================================================================
# build and validate (tests/corpus_kit.py)
# ==================================================================================================

EARLIER = ("corpus", "corpus_holdout", "corpus_blind", "corpus_blind2")


if __name__ == "__main__":
    main(HERE, CASES, seed=20250509, earlier=EARLIER)
