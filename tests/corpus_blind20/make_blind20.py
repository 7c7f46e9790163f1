"""Rebuild and validate the twentieth blind corpus (tests/corpus_blind20/).

Written from the invitation, INTERFACE.md, the gazetteer, the READMEs of tests/corpus/, tests/corpus_blind8/,
tests/corpus_blind11/ and tests/corpus_blind19/, tests/corpus_kit.py, tests/corpus_blind8/make_blind8.py and the
validator part of tests/corpus_blind11/make_blind11.py only, without reading or running the parser, by a twentieth
writer. Each case is one mail as the registration inbox receives it over the whole registration period (the
invitation on 22 April 2025, the deadline on 9 May, the reminder on 13 May, the event on 20 May, and a few days
after), built by the byte-exact MIME writer of tests/corpus_kit.py, with what a careful event secretary records from
that mail alone.

    .venv/bin/python tests/corpus_blind20/make_blind20.py          # rewrite all files, then validate
    .venv/bin/python tests/corpus_blind20/make_blind20.py --check  # validate the files as they are, and check
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
    encode_body,
    envelope,
    esc,
    gmx,
    hval,
    iphone,
    label,
    leaf,
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
    reminder,
    reminder_subject,
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
    dummy_pdf,
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
US = "transferveranstaltung.example"


# --------------------------------------------------------------------------------------------------
# our own mails, as the brief names their subjects
# --------------------------------------------------------------------------------------------------

def conf_subject(code: str) -> str:
    return f"Anmeldebestätigung: {EVENT} ({code})"


def wait_subject(code: str) -> str:
    return f"Warteliste: {EVENT} ({code})"


def cancel_subject(code: str) -> str:
    return f"Abmeldung bestätigt: {EVENT} ({code})"


MISSING_SUBJECT = f"Fehlende Angaben zu Ihrer Anmeldung: {EVENT}"


def missing_body(salutation: str, what: str) -> str:
    return (f"{salutation},\n\nvielen Dank für Ihre E-Mail zur {EVENT} in Bad Lobenstein. Damit wir Ihre Anmeldung "
            f"abschließen können, fehlt uns noch {what}.\n\nBitte antworten Sie einfach auf diese E-Mail.\n\n"
            "Mit freundlichen Grüßen\nIhr Organisationsteam der Transferveranstaltung")


def cancel_body(salutation: str, persons: list[str], code: str) -> str:
    listed = "\n".join(f"- {p}" for p in persons)
    return (f"{salutation},\n\nwir haben Ihre Abmeldung von der {EVENT} erhalten. Abgemeldet:\n{listed}\n\n"
            f"Code: {code}\n\nSchade, dass es nicht klappt. Vielleicht sehen wir uns bei der nächsten "
            "Transferveranstaltung.\n\nMit freundlichen Grüßen\nIhr Organisationsteam der Transferveranstaltung")


def our_mail(slug: str, to: str, subject: str, when: str, body: str) -> bytes:
    headers = [f"From: {addr(OUR_NAME, INBOX)}", f"To: {to}", f"Subject: {hval(subject)}",
               f"Date: {rfcdate(when)}", f"Message-ID: {msgid('our-' + slug, US)}",
               "Auto-Submitted: auto-replied"]
    return message(headers, text(body))


def ol_old_quote(to: str, subject: str, body: str, when_de: str) -> str:
    """Our mail as Outlook quotes it ("-----Ursprüngliche Nachricht-----")."""
    return outlook_quote(when_de, to, subject, body)


def ol_new_quote(frm: str, when_de: str, to: str, subject: str, body: str) -> str:
    """The newer Outlook reply header: a rule, then Von/Gesendet/An/Betreff."""
    return ("________________________________\n"
            f"Von: {frm}\nGesendet: {when_de}\nAn: {to}\nBetreff: {subject}\n\n{body}")


OURS = f"{OUR_NAME} <{INBOX}>"
INV_OLD = ("-----Ursprüngliche Nachricht-----\nVon: " + INVITE_FROM + "\nGesendet: Dienstag, 22. April 2025 07:30\n"
           "An: Verteiler Kommunen\nBetreff: " + INVITE_SUBJECT + "\n\n" + INVITATION)
INV_NEW = ol_new_quote(INVITE_FROM, "Dienstag, 22. April 2025 07:30", "Verteiler Kommunen", INVITE_SUBJECT, INVITATION)


# --------------------------------------------------------------------------------------------------
# client shapes not in the kit
# --------------------------------------------------------------------------------------------------

def iphone_reply(slug: str, frm: str, subject: str, when: str, body: str, quoted_head: str,
                 quoted_body: str) -> bytes:
    """iPhone reply: the short text, the iPhone line, then the quoted mail with '>'."""
    h = envelope(slug, frm, subject, when, extra=("X-Mailer: iPhone Mail (22E252)",))
    full = f"{body}\n\nVon meinem iPhone gesendet\n\n> {quoted_head}\n> \n" + quote(quoted_body)
    return message(h, text(full, "utf-8", "quoted-printable"))


def notes(slug: str, frm: str, subject: str, when: str, body: str, extra: tuple[str, ...] = ()) -> bytes:
    """HCL Notes: ISO-8859-1 QP plain part and a font-tag HTML part."""
    h = envelope(slug, frm, subject, when, subject_enc=("ISO-8859-1", "Q"),
                 extra=("X-Mailer: HCL Notes Release 12.0.2 November 03, 2022",
                        "X-MIMETrack: Serialize by Router on NOTES01/Verwaltung at " + when, *extra))
    html_body = ('<font size=2 face="sans-serif">' + "<br>".join(esc(l) for l in body.split("\n")) + "</font>\n")
    b = "=_alternative " + hashlib.md5(slug.encode()).hexdigest()[:16].upper() + "_="
    return message(h, multi("alternative", [text(body, "ISO-8859-1"), text(html_body, "ISO-8859-1", sub="html")], b))


def ol_crlf(slug: str, frm: str, subject: str, when: str, body: str) -> bytes:
    h = envelope(slug, frm, subject, when, extra=outlook_headers())
    return message(h, outlook_alt(slug, body), crlf=True)


def ol_related(slug: str, frm: str, subject: str, when: str, body: str, logo: str) -> bytes:
    """Outlook with an inline logo: related(alternative(plain, html with <img cid>), png)."""
    cid = f"image001.png@01DBB3C4.{hashlib.md5(slug.encode()).hexdigest()[:8].upper()}"
    inner = "\n".join(f'<p class="MsoNormal">{esc(l) if l.strip() else "&nbsp;"}<o:p></o:p></p>'
                      for l in body.split("\n"))
    inner += f'\n<p class="MsoNormal"><img width="120" height="40" src="cid:{cid}" alt="{esc(logo)}"><o:p></o:p></p>'
    b1 = "----=_NextPart_001_" + hashlib.md5((slug + "a").encode()).hexdigest()[:20].upper()
    b0 = "----=_NextPart_000_" + hashlib.md5((slug + "r").encode()).hexdigest()[:20].upper()
    altp = multi("alternative", [text(body, "windows-1252"), text(word_html(body, "windows-1252", inner),
                                                                   "windows-1252", sub="html")], b1)
    rel = multi("related", [altp, attachment("image/png", "image001.png", tiny_png(), "inline", cid)], b0,
                ' type="multipart/alternative";')
    return message(envelope(slug, frm, subject, when, extra=outlook_headers()), rel)


def ol_mixed(slug: str, frm: str, subject: str, when: str, body: str, att) -> bytes:
    b0 = "----=_NextPart_000_" + hashlib.md5((slug + "m").encode()).hexdigest()[:20].upper()
    mixed = multi("mixed", [outlook_alt(slug, body), att], b0)
    return message(envelope(slug, frm, subject, when, extra=outlook_headers()), mixed)


def vcard(name: str, family: str, given: str, org: str, mail: str, phone: str) -> bytes:
    return (f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{family};{given};;;\r\nFN:{name}\r\nORG:{org}\r\n"
            f"TEL;TYPE=WORK,VOICE:{phone}\r\nEMAIL;TYPE=PREF,INTERNET:{mail}\r\nEND:VCARD\r\n").encode("utf-8")


def mdn(slug: str, frm: str, subject: str, when: str, human: str, final_rcpt: str, orig_mid: str,
        extra: tuple[str, ...] = (), cs: str = "utf-8") -> bytes:
    """A read receipt (RFC 8098): multipart/report; report-type=disposition-notification."""
    disp = (f"Reporting-UA: {frm.split('@')[-1].rstrip('>')}; {'Microsoft Exchange' if 'Gelesen' in subject else 'Mozilla Thunderbird'}\n"
            f"Final-Recipient: rfc822;{final_rcpt}\nOriginal-Message-ID: {orig_mid}\n"
            f"Disposition: {'automatic-action/MDN-sent-automatically' if 'Gelesen' in subject else 'manual-action/MDN-sent-manually'}; displayed\n")
    part = multi("report", [text(human, cs), (["Content-Type: message/disposition-notification"], disp.encode())],
                 "------------MDN" + hashlib.md5(slug.encode()).hexdigest()[:16], " report-type=disposition-notification;")
    return message(envelope(slug, frm, subject, when, extra=extra), part)


def code(seed: str) -> str:
    return code_for("b20-" + seed)


# ==================================================================================================
# registrations
# ==================================================================================================


@case("kahla-bauamt-outlook")
def _(slug):
    a = "c.axthelm@kahla.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich für die 9. Transferveranstaltung am 20. Mai 2025 in Bad Lobenstein an. Wir stehen gerade am Anfang der ISEK-Fortschreibung, das Thema passt also sehr gut.

{MFG}
i. A.

""" + sig("Claudia Axthelm", "Leiterin Bauamt", "Stadtverwaltung Kahla", "Markt 10", "07768 Kahla",
          "036424 77-120", a)
    return ol(slug, addr("Axthelm, Claudia", a), "Anmeldung Transferveranstaltung 20.05.", "2025-04-22 09:41", body), \
        label("registration", [P("Claudia Axthelm", a, "Leiterin Bauamt")], "Stadtverwaltung Kahla", "municipality",
              "Kahla")


@case("bad-tabarz-thunderbird")
def _(slug):
    a = "gienapp@bad-tabarz.example"
    body = """Guten Tag,

ich möchte mich zur Transferveranstaltung „Zusammen denken – gemeinsam handeln“ am 20.05.2025 anmelden.

Freundliche Grüße
Marco Gienapp

-- 
Gemeinde Bad Tabarz
Bau- und Ordnungsamt
Theodor-Neubauer-Park 3
99891 Bad Tabarz
Tel. 036259 55-31"""
    return tb(slug, addr("Marco Gienapp", a), "Anmeldung", "2025-04-22 11:05", body), \
        label("registration", [P("Marco Gienapp", a, "Bau- und Ordnungsamt")], "Gemeinde Bad Tabarz", "municipality",
              "Bad Tabarz")


@case("sollstedt-mayor-iphone")
def _(slug):
    a = "buergermeister@sollstedt.example"
    body = """Hallo,

ich melde mich für den 20.5. in Bad Lobenstein an.

Gruß
Rainer Dümmler
Bürgermeister Gemeinde Sollstedt"""
    return iphone(slug, addr("Rainer Dümmler", a), "Transferveranstaltung", "2025-04-22 19:58", body), \
        label("registration", [P("Rainer Dümmler", a, "Bürgermeister")], "Gemeinde Sollstedt", "municipality",
              "Sollstedt")


@case("zeulenroda-two-outlook")
def _(slug):
    a = "s.eisenschmidt@zeulenroda-triebes.example"
    b = "t.goedicke@zeulenroda-triebes.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Stadt Zeulenroda-Triebes melden wir folgende Teilnehmer zur Transferveranstaltung am 20.05.2025 an:

Frau Sabine Eisenschmidt, Sachgebietsleiterin Stadtplanung ({a})
Herr Tobias Gödicke, Fördermittelmanagement ({b})

Vielen Dank und freundliche Grüße

Sabine Eisenschmidt
Stadtverwaltung Zeulenroda-Triebes
Fachdienst Bau und Stadtentwicklung
Schuhgasse 7, 07937 Zeulenroda-Triebes"""
    return ol(slug, addr("Eisenschmidt, Sabine", a), "Anmeldung zur 9. Transferveranstaltung", "2025-04-23 08:17", body), \
        label("registration", [P("Sabine Eisenschmidt", a, "Sachgebietsleiterin Stadtplanung"),
                               P("Tobias Gödicke", b, "Fördermittelmanagement")],
              "Stadtverwaltung Zeulenroda-Triebes", "municipality", "Zeulenroda-Triebes")


@case("dermbach-mayor-samsung")
def _(slug):
    a = "th.fehrmann@dermbach.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich zur Veranstaltung am 20. Mai an. Als erfüllende Gemeinde stehen wir mit dem ISEK und der Dorfentwicklung in den Ortsteilen genau vor den Fragen aus der Einladung.

Mit freundlichen Grüßen
Thomas Fehrmann
Bürgermeister Gemeinde Dermbach"""
    return droid(slug, addr("Thomas Fehrmann", a), "Anmeldung Transferveranstaltung", "2025-04-23 07:12", body), \
        label("registration", [P("Thomas Fehrmann", a, "Bürgermeister")], "Gemeinde Dermbach", "municipality",
              "Dermbach")


@case("herbsleben-ox-parking")
def _(slug):
    a = "bauamt@herbsleben.example"
    body = """Sehr geehrte Damen und Herren,

ich melde mich zur Transferveranstaltung am 20.05.2025 an.

Name: Anja Bocklitz
Funktion: Sachbearbeiterin Bauverwaltung
Gemeinde Herbsleben

Gibt es vor Ort Parkplätze oder sollte man besser mit dem Zug anreisen?

Viele Grüße
Anja Bocklitz"""
    return ox(slug, addr("Bauamt Herbsleben", a), "Anmeldung 20.05.2025", "2025-04-23 10:44", body), \
        label("registration", [P("Anja Bocklitz", a, "Sachbearbeiterin Bauverwaltung")], "Gemeinde Herbsleben",
              "municipality", "Herbsleben", notes=["Gibt es vor Ort Parkplätze?"])


@case("kraftsdorf-councillor-gmx")
def _(slug):
    a = "jens.dehmel@gmx.example"
    body = """Guten Abend,

als Mitglied des Gemeinderates Kraftsdorf (Bauausschuss) würde ich gern an der Transferveranstaltung am 20. Mai teilnehmen und melde mich hiermit an.

Beste Grüße
Jens Dehmel"""
    return gmx(slug, addr("Jens Dehmel", a), "Anmeldung Transferveranstaltung ISEK", "2025-04-23 21:32", body), \
        label("registration", [P("Jens Dehmel", a, "Gemeinderat, Bauausschuss")], "Gemeinde Kraftsdorf",
              "municipality", "Kraftsdorf")


@case("rositz-webde")
def _(slug):
    a = "kutschbach.rositz@web.example"
    body = """Sehr geehrte Damen und Herren,

hiermit möchte ich mich für die Transferveranstaltung am 20.05.2025 anmelden.

Mit freundlichen Grüßen

Heike Kutschbach
Gemeinde Rositz – Hauptamt"""
    return webde_html_only(slug, addr("Heike Kutschbach", a), "Anmeldung", "2025-04-24 08:03", body), \
        label("registration", [P("Heike Kutschbach", a, "Hauptamt")], "Gemeinde Rositz", "municipality", "Rositz")


@case("schmoelln-roundcube-two")
def _(slug):
    a = "ahlgrimm@schmoelln.example"
    body = """Sehr geehrte Damen und Herren,

zur Transferveranstaltung am 20. Mai in Bad Lobenstein melden sich aus der Stadtverwaltung Schmölln an:

- Ute Ahlgrimm (Amt für Stadtentwicklung)
- Ralf Dinkel (Bauverwaltung)

Herr Dinkel ist über meine Adresse zu erreichen.

Mit freundlichen Grüßen
Ute Ahlgrimm
Stadtverwaltung Schmölln
Markt 1, 04626 Schmölln"""
    return roundcube(slug, addr("Ute Ahlgrimm", a, "ISO-8859-1"), "Anmeldung Transferveranstaltung", "2025-04-24 09:20",
                     body), \
        label("registration", [P("Ute Ahlgrimm", a, "Amt für Stadtentwicklung"),
                               P("Ralf Dinkel", None, "Bauverwaltung")],
              "Stadtverwaltung Schmölln", "municipality", "Schmölln")


@case("foeritztal-notes")
def _(slug):
    a = "Katrin.Eydam@foeritztal.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich verbindlich zur 9. Transferveranstaltung am 20.05.2025 an.

Mit freundlichen Grüßen

Katrin Eydam
Bauamt
Gemeinde Föritztal
Bahnhofstraße 27
96524 Föritztal"""
    return notes(slug, addr("Katrin Eydam", a, "ISO-8859-1"), "Anmeldung Transferveranstaltung", "2025-04-24 10:31",
                 body), \
        label("registration", [P("Katrin Eydam", a, "Bauamt")], "Gemeinde Föritztal", "municipality", "Föritztal")


@case("eisfeld-table-secretary")
def _(slug):
    a = "sekretariat@eisfeld.example"
    rows = [["Name", "Funktion", "E-Mail"],
            ["Kai Balzer", "Bürgermeister", "buergermeister@eisfeld.example"],
            ["Doreen Heber", "Bauamtsleiterin", "d.heber@eisfeld.example"],
            ["Marcel Jaschke", "Stadtplanung", "m.jaschke@eisfeld.example"]]
    before = "Sehr geehrte Damen und Herren,\n\nfür die Transferveranstaltung am 20. Mai 2025 melde ich folgende Personen der Stadt Eisfeld an:\n"
    after = f"\n{MFG}\ni. A. Bianca Wirsing\nSekretariat Bürgermeister\nStadt Eisfeld\nMarkt 2, 98673 Eisfeld"
    plain = before + "\n" + "\n".join("\t".join(r) for r in rows) + "\n" + after
    return ol(slug, addr("Sekretariat Stadt Eisfeld", a), "Anmeldung Transferveranstaltung – Stadt Eisfeld",
              "2025-04-24 11:12", plain, html_only=True, inner=table_html(rows, before, after)), \
        label("registration", [P("Kai Balzer", "buergermeister@eisfeld.example", "Bürgermeister"),
                               P("Doreen Heber", "d.heber@eisfeld.example", "Bauamtsleiterin"),
                               P("Marcel Jaschke", "m.jaschke@eisfeld.example", "Stadtplanung")],
              "Stadt Eisfeld", "municipality", "Eisfeld")


@case("gotha-four-numbered")
def _(slug):
    a = "stadtplanung@gotha.example"
    body = f"""Sehr geehrte Damen und Herren,

zur 9. Transferveranstaltung am 20.05.2025 in Bad Lobenstein melden wir seitens der Stadtverwaltung Gotha vier Personen an:

1. Dr. Henrike Bindig, Fachbereichsleiterin Stadtentwicklung, h.bindig@gotha.example
2. Dipl.-Ing. Lars Kahnt, Sachgebiet Stadterneuerung, l.kahnt@gotha.example
3. Yvonne Fechner, Sachgebiet Stadterneuerung, y.fechner@gotha.example
4. Philipp Gentsch, Klimaschutzmanager, p.gentsch@gotha.example

Wir reisen gemeinsam mit einem Dienstwagen an.

{MFG}
im Auftrag
Susann Oelschlägel
Stadtverwaltung Gotha – Fachbereich Stadtentwicklung"""
    return ol(slug, addr("Stadtplanung Gotha", a), "Anmeldung 4 Personen – Stadt Gotha", "2025-04-24 13:40", body), \
        label("registration", [P("Henrike Bindig", "h.bindig@gotha.example", "Fachbereichsleiterin Stadtentwicklung", "Dr."),
                               P("Lars Kahnt", "l.kahnt@gotha.example", "Sachgebiet Stadterneuerung", "Dipl.-Ing."),
                               P("Yvonne Fechner", "y.fechner@gotha.example", "Sachgebiet Stadterneuerung"),
                               P("Philipp Gentsch", "p.gentsch@gotha.example", "Klimaschutzmanager")],
              "Stadtverwaltung Gotha", "municipality", "Gotha", notes=["Anreise gemeinsam mit Dienstwagen"])


@case("nobitz-secretary-mayor")
def _(slug):
    a = "vorzimmer@nobitz.example"
    body = f"""Sehr geehrte Damen und Herren,

im Auftrag unseres Bürgermeisters, Herrn Hendrik Ammon, melde ich diesen für die Transferveranstaltung am 20.05.2025 an. Die Bestätigung senden Sie bitte an diese Adresse.

{MFG}

""" + sig("Martina Zöllner", "Sekretariat des Bürgermeisters", "Gemeinde Nobitz", "Bachstraße 1",
          "04603 Nobitz", "03447 3150-10", a)
    return ol(slug, addr("Vorzimmer Bürgermeister Nobitz", a), "Anmeldung BM Ammon – Transferveranstaltung",
              "2025-04-24 14:05", body), \
        label("registration", [P("Hendrik Ammon", None, "Bürgermeister")], "Gemeinde Nobitz", "municipality", "Nobitz")


@case("vg-brahmetal-poelzig")
def _(slug):
    a = "grundmann@vg-brahmetal.example"
    b = "buergermeister.poelzig@t-online.example"
    body = f"""Sehr geehrte Damen und Herren,

für unsere Mitgliedsgemeinde Pölzig, die derzeit ein Gemeindliches Entwicklungskonzept vorbereitet, melde ich zur Transferveranstaltung am 20. Mai an:

- den ehrenamtlichen Bürgermeister der Gemeinde Pölzig, Herrn Uwe Kerst ({b})
- mich selbst, Steffi Grundmann, Bauamt der VG

{MFG}
Steffi Grundmann
Verwaltungsgemeinschaft Am Brahmetal
Bauamt
Großenstein"""
    return ol_plain(slug, addr("Grundmann, Steffi", a), "Anmeldung Gemeinde Pölzig", "2025-04-25 08:26", body), \
        label("registration", [P("Uwe Kerst", b, "ehrenamtlicher Bürgermeister"),
                               P("Steffi Grundmann", a, "Bauamt der VG")],
              "Verwaltungsgemeinschaft Am Brahmetal", "municipality", "Pölzig")


@case("vg-huegelland-tautendorf")
def _(slug):
    a = "bauverwaltung@vg-huegelland-taeler.example"
    b = "p.haensel@tautendorf.example"
    body = f"""Guten Tag,

der Bürgermeister der Gemeinde Tautendorf, Herr Peter Hänsel, möchte an der Transferveranstaltung am 20.05.2025 teilnehmen. Bitte schicken Sie die Bestätigung direkt an ihn: {b}

Von der VG nimmt niemand teil.

Freundliche Grüße
Ronny Strietzel
VG Hügelland/Täler, Bauverwaltung
Tröbnitz"""
    return tb(slug, addr("VG Hügelland/Täler Bauverwaltung", a), "Anmeldung Gemeinde Tautendorf", "2025-04-25 09:02",
              body), \
        label("registration", [P("Peter Hänsel", b, "Bürgermeister")], "Verwaltungsgemeinschaft Hügelland/Täler",
              "municipality", "Tautendorf")


@case("planning-office-bad-sulza")
def _(slug):
    a = "dauber@stadtplan-weimar.example"
    body = f"""Sehr geehrte Damen und Herren,

wir bearbeiten derzeit im Auftrag der Stadt Bad Sulza die Fortschreibung des ISEK und würden gern an der Transferveranstaltung teilnehmen. Hiermit melde ich mich an.

{MFG}

Dipl.-Ing. Marlene Dauber
Projektleiterin

Büro für Stadtplanung Dauber & Partner
Schwanseestraße 11
99423 Weimar
www.stadtplan-weimar.example"""
    return ol(slug, addr("Marlene Dauber", a), "Anmeldung Transferveranstaltung (ISEK Bad Sulza)", "2025-04-25 10:18",
              body), \
        label("registration", [P("Marlene Dauber", a, "Projektleiterin", "Dipl.-Ing.")],
              "Büro für Stadtplanung Dauber & Partner", "planning_office", "Bad Sulza")


@case("planning-office-weissensee-two")
def _(slug):
    a = "buhlert@raumwerk-erfurt.example"
    b = "jobst@raumwerk-erfurt.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Transferveranstaltung am 20. Mai 2025 melde ich mich und meinen Kollegen an:

Felix Buhlert, {a}
Carola Jobst, {b}

Wir betreuen die Stadt Weißensee bei der ISEK-Fortschreibung.

Viele Grüße aus Erfurt
Felix Buhlert
raumwerk – Stadt- und Regionalplanung GmbH
Anger 40, 99084 Erfurt"""
    return ox(slug, addr("Felix Buhlert", a), "Anmeldung raumwerk / Weißensee", "2025-04-25 12:51", body), \
        label("registration", [P("Felix Buhlert", a, None), P("Carola Jobst", b, None)],
              "raumwerk – Stadt- und Regionalplanung GmbH", "planning_office", "Weißensee")


@case("planning-office-jena-no-client")
def _(slug):
    a = "f.goeller@plan-saale.example"
    body = """Sehr geehrte Damen und Herren,

als Planungsbüro, das mehrere Thüringer Kommunen bei ISEK begleitet, möchte ich mich gern zur Transferveranstaltung am 20.05.2025 anmelden.

Mit freundlichen Grüßen

-- 
Franziska Göller
Stadtplanerin AKT
PlanSaale Ingenieurgesellschaft mbH
Löbdergraben 14, 07743 Jena"""
    return tb(slug, addr("Franziska Göller", a), "Anmeldung", "2025-04-25 14:22", body), \
        label("registration", [P("Franziska Göller", a, "Stadtplanerin")], "PlanSaale Ingenieurgesellschaft mbH",
              "planning_office", None)


@case("landratsamt-wartburgkreis")
def _(slug):
    a = "kiehl.susanne@wartburgkreis.example"
    body = f"""Sehr geehrte Damen und Herren,

für das Landratsamt Wartburgkreis, Fachdienst Kreisentwicklung, melde ich mich zur Transferveranstaltung am 20. Mai an.

{MFG}

""" + sig("Susanne Kiehl", "Fachdienst Kreisentwicklung und Wirtschaftsförderung", "Landratsamt Wartburgkreis",
          "Erzberger Allee 14", "36433 Bad Salzungen", "03695 61-5230", a)
    return ol(slug, addr("Kiehl, Susanne", a), "Anmeldung Transferveranstaltung", "2025-04-25 15:07", body), \
        label("registration", [P("Susanne Kiehl", a, "Fachdienst Kreisentwicklung und Wirtschaftsförderung")],
              "Landratsamt Wartburgkreis", "authority", None)


@case("erfurt-thunderbird-qp")
def _(slug):
    a = "andreas.klapproth@erfurt.example"
    body = """Sehr geehrte Damen und Herren,

gerne nehme ich an der 9. Transferveranstaltung teil. Für das Amt für Stadtentwicklung und Stadtplanung der Landeshauptstadt Erfurt melde ich mich hiermit an.

Mit freundlichen Grüßen
Andreas Klapproth

-- 
Landeshauptstadt Erfurt
Amt für Stadtentwicklung und Stadtplanung
Abteilung Stadterneuerung
99111 Erfurt"""
    return tb(slug, addr("Andreas Klapproth", a), "Anmeldung 9. Transferveranstaltung", "2025-04-28 08:40", body,
              cte="quoted-printable"), \
        label("registration", [P("Andreas Klapproth", a, "Abteilung Stadterneuerung")], "Landeshauptstadt Erfurt",
              "municipality", "Erfurt")


@case("jena-outlook-plain")
def _(slug):
    a = "nadine.gaertner@jena.example"
    body = f"""Guten Tag,

ich melde mich für die Transferveranstaltung am 20.05.2025 an. Bei uns läuft die ISEK-Fortschreibung „Jena 2035“, ich bin dort für die Beteiligung zuständig.

{MFG}
Nadine Gärtner
Stadt Jena | Dezernat Stadtentwicklung und Umwelt
Team Stadtentwicklung
Am Anger 26, 07743 Jena"""
    return ol_plain(slug, addr("Gärtner, Nadine", a), "Anmeldung Transferveranstaltung ISEK", "2025-04-28 09:15", body), \
        label("registration", [P("Nadine Gärtner", a, "Team Stadtentwicklung")], "Stadt Jena", "municipality", "Jena")


@case("weimar-apple")
def _(slug):
    a = "j.domhardt@weimar.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich zur Transferveranstaltung in Bad Lobenstein am 20. Mai an.

Mit besten Grüßen
Johannes Domhardt

Stadtverwaltung Weimar
Stadtentwicklung
Schwanseestraße 17
99423 Weimar"""
    return apple(slug, addr("Johannes Domhardt", a), "Anmeldung", "2025-04-28 10:02", body), \
        label("registration", [P("Johannes Domhardt", a, "Stadtentwicklung")], "Stadtverwaltung Weimar",
              "municipality", "Weimar")


@case("ilmenau-invitation-quoted")
def _(slug):
    a = "r.irmscher@ilmenau.example"
    body = f"""Sehr geehrte Damen und Herren,

vielen Dank für die Einladung. Ich melde mich gern an.

{MFG}
Robert Irmscher
Stadtverwaltung Ilmenau
Bauverwaltung / Stadtplanung

""" + INV_OLD
    return ol(slug, addr("Irmscher, Robert", a), "AW: " + INVITE_SUBJECT, "2025-04-28 11:30", body), \
        label("registration", [P("Robert Irmscher", a, "Bauverwaltung / Stadtplanung")], "Stadtverwaltung Ilmenau",
              "municipality", "Ilmenau")


@case("saalfeld-internal-forward")
def _(slug):
    a = "m.fichtner@saalfeld.example"
    boss = "h.ewald@saalfeld.example"
    fwd = ol_new_quote(f"Ewald, Holger <{boss}>", "Mittwoch, 23. April 2025 16:02", f"Fichtner, Mandy <{a}>",
                       "WG: " + INVITE_SUBJECT,
                       "Hallo Frau Fichtner,\n\nbitte melden Sie uns beide dafür an.\n\nDanke\nH. Ewald\n\n" + INV_NEW)
    body = f"""Sehr geehrte Damen und Herren,

für die Transferveranstaltung am 20.05.2025 melde ich Herrn Holger Ewald (Amtsleiter Stadtplanung) und mich an.

{MFG}
Mandy Fichtner
Stadtverwaltung Saalfeld/Saale
Amt für Stadtplanung

""" + fwd
    return ol(slug, addr("Fichtner, Mandy", a), "WG: " + INVITE_SUBJECT, "2025-04-28 13:14", body), \
        label("registration", [P("Holger Ewald", boss, "Amtsleiter Stadtplanung"),
                               P("Mandy Fichtner", a, "Amt für Stadtplanung")],
              "Stadtverwaltung Saalfeld/Saale", "municipality", "Saalfeld/Saale")


@case("rudolstadt-keyvalue")
def _(slug):
    a = "bauamt@rudolstadt.example"
    b = "k.hagedorn@rudolstadt.example"
    body = f"""Anmeldung zur 9. Transferveranstaltung am 20.05.2025

Name, Vorname: Hagedorn, Kristin
Dienststelle: Stadtverwaltung Rudolstadt, FD Stadtentwicklung
Funktion: Sanierungsbeauftragte
E-Mail: {b}
Telefon: 03672 486-612

{MFG}
K. Hagedorn"""
    return ol(slug, addr("Bauamt Rudolstadt", a), "Anmeldung", "2025-04-28 14:55", body), \
        label("registration", [P("Kristin Hagedorn", b, "Sanierungsbeauftragte")], "Stadtverwaltung Rudolstadt",
              "municipality", "Rudolstadt")


@case("sonneberg-reply-to")
def _(slug):
    a = "poststelle@stadt-sonneberg.example"
    r = "m.kipping@stadt-sonneberg.example"
    body = f"""Sehr geehrte Damen und Herren,

ich möchte mich für die Transferveranstaltung am 20. Mai anmelden. Antworten bitte an meine persönliche Adresse {r}.

{MFG}
Manuela Kipping
Stadt Sonneberg, Fachbereich Bau
Bahnhofsplatz 1, 96515 Sonneberg"""
    h = envelope(slug, addr("Poststelle Stadt Sonneberg", a), "Anmeldung Transferveranstaltung", "2025-04-29 08:05",
                 extra=(f"Reply-To: {addr('Kipping, Manuela', r)}", *outlook_headers()))
    return message(h, outlook_alt(slug, body)), \
        label("registration", [P("Manuela Kipping", r, "Fachbereich Bau")], "Stadt Sonneberg", "municipality",
              "Sonneberg")


@case("leinefelde-surname-first")
def _(slug):
    a = "kraus.sandra@leinefelde-worbis.example"
    body = """Guten Morgen,

hiermit melde ich mich zur Transferveranstaltung am 20.05. an.

Mit freundlichem Gruß
S. Kraus
Stadt Leinefelde-Worbis
Fachbereich Bauen und Stadtentwicklung"""
    return ol(slug, addr("Kraus, Sandra", a), "Anmeldung Transferveranstaltung Bad Lobenstein", "2025-04-29 07:48",
              body), \
        label("registration", [P("Sandra Kraus", a, "Fachbereich Bauen und Stadtentwicklung")],
              "Stadt Leinefelde-Worbis", "municipality", "Leinefelde-Worbis")


@case("bad-langensalza-double-name")
def _(slug):
    a = "ak.baehr-wenzel@bad-langensalza.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Stadt Bad Langensalza melde ich mich zur 9. Transferveranstaltung an. Unser ISEK ist von 2016 und soll ab 2026 fortgeschrieben werden – da kommt der Austausch genau richtig.

{MFG}

""" + sig("Anne-Kathrin Bähr-Wenzel", "Sachgebiet Stadtsanierung", "Stadtverwaltung Bad Langensalza",
          "Marktstraße 1", "99947 Bad Langensalza", "03603 859-247", a)
    return ol(slug, addr("Bähr-Wenzel, Anne-Kathrin", a), "Anmeldung 9. Transferveranstaltung", "2025-04-29 09:33",
              body), \
        label("registration", [P("Anne-Kathrin Bähr-Wenzel", a, "Sachgebiet Stadtsanierung")],
              "Stadtverwaltung Bad Langensalza", "municipality", "Bad Langensalza")


@case("masserberg-von-name")
def _(slug):
    a = "buergermeister@masserberg.example"
    body = """Sehr geehrte Damen und Herren,

ich nehme an der Transferveranstaltung am 20. Mai 2025 teil und bitte um Anmeldung.

Mit freundlichen Grüßen

Dr. Friedrich von Amberg
Bürgermeister
Gemeinde Masserberg
Hauptstraße 37
98666 Masserberg"""
    return ol(slug, addr("Dr. Friedrich von Amberg", a), "Anmeldung", "2025-04-29 10:10", body), \
        label("registration", [P("Friedrich von Amberg", a, "Bürgermeister", "Dr.")], "Gemeinde Masserberg",
              "municipality", "Masserberg")


@case("greussen-ascii")
def _(slug):
    a = "doebert@greussen.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich fuer die Transferveranstaltung am 20.05.2025 in Bad Lobenstein an.

Mit freundlichen Gruessen
Hans-Juergen Doebert
Stadtverwaltung Greussen
Bauamt"""
    h = envelope(slug, addr("Hans-Juergen Doebert", a), "Anmeldung Transferveranstaltung", "2025-04-29 11:46",
                 extra=("User-Agent: Mutt/2.2.12",))
    return message(h, text(body, "us-ascii", "7bit")), \
        label("registration", [P("Hans-Juergen Doebert", a, "Bauamt")], "Stadtverwaltung Greußen", "municipality",
              "Greußen")


@case("wurzbach-neighbour")
def _(slug):
    a = "huschke@wurzbach.example"
    body = f"""Hallo liebes Orga-Team,

da Bad Lobenstein quasi um die Ecke liegt, bin ich natürlich dabei. Bitte melden Sie mich für den 20. Mai an.

Viele Grüße
Enrico Huschke
Stadt Wurzbach
Bauamt"""
    return ox(slug, addr("Enrico Huschke", a), "Anmeldung Transferveranstaltung 20. Mai", "2025-04-29 13:05", body), \
        label("registration", [P("Enrico Huschke", a, "Bauamt")], "Stadt Wurzbach", "municipality", "Wurzbach")


@case("krauthausen-private-tonline")
def _(slug):
    a = "r.koetschau@t-online.example"
    body = """Sehr geehrte Damen und Herren,

ich bin ehrenamtlicher Bürgermeister der Gemeinde Krauthausen (VG Hainich-Werratal) und möchte mich für die Transferveranstaltung am 20. Mai anmelden. Bitte nutzen Sie meine private Adresse.

Mit freundlichen Grüßen
Reinhard Kötschau"""
    h = envelope(slug, addr("Reinhard Kötschau", a), "Anmeldung Transferveranstaltung", "2025-04-29 20:17",
                 extra=("X-Mailer: T-Online eMail 6.24.0",))
    return message(h, alt(slug, body, simple_html(body, "font-family: Arial"), prefix="_=_swift_")), \
        label("registration", [P("Reinhard Kötschau", a, "ehrenamtlicher Bürgermeister")], "Gemeinde Krauthausen",
              "municipality", "Krauthausen")


@case("hoersel-landgemeinde")
def _(slug):
    a = "t.gebauer@gemeinde-hoersel.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Landgemeinde Hörsel melde ich mich zur Transferveranstaltung an. Wir haben zwölf Ortsteile und ringen gerade mit der Frage ISEK oder GEK – ich bin gespannt auf den Austausch.

{MFG}
Thomas Gebauer
Bauverwaltung
Landgemeinde Hörsel"""
    return ol(slug, addr("Gebauer, Thomas", a), "Anmeldung", "2025-04-30 08:21", body), \
        label("registration", [P("Thomas Gebauer", a, "Bauverwaltung")], "Landgemeinde Hörsel", "municipality",
              "Hörsel")


@case("schleusingen-late")
def _(slug):
    a = "s.hoffmeister@schleusingen.example"
    body = f"""Sehr geehrte Damen und Herren,

leider habe ich die Frist verpasst – ich war zwei Wochen im Urlaub. Ich melde mich hiermit noch nachträglich zur Transferveranstaltung am 20.05.2025 an und hoffe, dass noch ein Platz frei ist.

{MFG}

""" + sig("Sven Hoffmeister", "Stadtbauamt", "Stadt Schleusingen", "Markt 9", "98553 Schleusingen",
          "036841 34-210", a)
    return ol(slug, addr("Hoffmeister, Sven", a), "Nachträgliche Anmeldung Transferveranstaltung",
              "2025-05-12 08:09", body), \
        label("registration", [P("Sven Hoffmeister", a, "Stadtbauamt")], "Stadt Schleusingen", "municipality",
              "Schleusingen")


@case("unterwellenborn-missing-reply")
def _(slug):
    a = "nicole.kasper@gmx.example"
    quoted = missing_body("Guten Tag", "die Angabe, für welche Kommune oder Institution Sie teilnehmen")
    body = f"""Hallo,

Entschuldigung, ich komme für die Gemeinde Unterwellenborn, ich bin dort im Bauamt tätig und schreibe von zu Hause.

Viele Grüße
Nicole Kasper

Am 30.04.2025 um 09:12 schrieb {OUR_NAME}:
""" + quote(quoted)
    return gmx(slug, addr("Nicole Kasper", a), "Re: " + MISSING_SUBJECT, "2025-04-30 18:44", body), \
        label("registration", [P("Nicole Kasper", a, "Bauamt")], "Gemeinde Unterwellenborn", "municipality",
              "Unterwellenborn")


@case("triptis-vegetarian-ox")
def _(slug):
    a = "faupel@triptis.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich zur Transferveranstaltung am 20.05.2025 an. Falls es eine Verpflegung gibt: ich esse vegetarisch.

Mit freundlichen Grüßen
Ines Faupel
Stadt Triptis
Bau- und Ordnungsamt"""
    return ox(slug, addr("Ines Faupel", a), "Anmeldung Transferveranstaltung", "2025-04-30 09:58", body), \
        label("registration", [P("Ines Faupel", a, "Bau- und Ordnungsamt")], "Stadt Triptis", "municipality",
              "Triptis", notes=["vegetarisch"])


@case("hermsdorf-mornings")
def _(slug):
    a = "halbig@hermsdorf.example"
    body = f"""Sehr geehrte Damen und Herren,

ich möchte mich für die Transferveranstaltung anmelden. Allerdings kann ich nur am Vormittag teilnehmen, da ich am Nachmittag eine Stadtratssitzung vorbereiten muss.

{MFG}
Kerstin Halbig
Stadt Hermsdorf
Bauamt"""
    return ol_plain(slug, addr("Halbig, Kerstin", a), "Anmeldung (nur vormittags)", "2025-04-30 10:36", body), \
        label("registration", [P("Kerstin Halbig", a, "Bauamt")], "Stadt Hermsdorf", "municipality", "Hermsdorf",
              notes=["nur vormittags"])


@case("straussfurt-samsung-short")
def _(slug):
    a = "bgm.gaede@straussfurt.example"
    body = """Melde mich für den 20.05. an.
Gruß D. Gaede
BM Gemeinde Straußfurt"""
    return droid(slug, addr("Dirk Gaede", a), "Anmeldung", "2025-04-30 17:25", body), \
        label("registration", [P("Dirk Gaede", a, "Bürgermeister")], "Gemeinde Straußfurt", "municipality",
              "Straußfurt")


@case("sondershausen-three-dashed")
def _(slug):
    a = "m.egerland@sondershausen.example"
    body = f"""Sehr geehrte Damen und Herren,

zur Transferveranstaltung am 20. Mai 2025 melden sich aus dem Fachbereich Stadtentwicklung der Stadt Sondershausen an:

- Mirko Egerland, Fachbereichsleiter (m.egerland@sondershausen.example)
- Jana Filler, Stadtplanerin (j.filler@sondershausen.example)
- Robert Hacker, Klimaanpassungsmanager (r.hacker@sondershausen.example)

{MFG}
Mirko Egerland
Stadtverwaltung Sondershausen
Markt 7, 99706 Sondershausen"""
    return ol(slug, addr("Egerland, Mirko", a), "Anmeldung Stadt Sondershausen (3 Personen)", "2025-05-02 08:12",
              body), \
        label("registration", [P("Mirko Egerland", a, "Fachbereichsleiter"),
                               P("Jana Filler", "j.filler@sondershausen.example", "Stadtplanerin"),
                               P("Robert Hacker", "r.hacker@sondershausen.example", "Klimaanpassungsmanager")],
              "Stadtverwaltung Sondershausen", "municipality", "Sondershausen")


@case("ohrdruf-mayor-and-head")
def _(slug):
    a = "buergermeister@ohrdruf.example"
    body = f"""Sehr geehrte Damen und Herren,

zur Transferveranstaltung am 20. Mai kommen aus Ohrdruf ich selbst und unser Bauamtsleiter, Herr Stefan Hellmich (s.hellmich@ohrdruf.example).

{MFG}
Michael Gräfe
Bürgermeister der Stadt Ohrdruf"""
    return ol(slug, addr("Gräfe, Michael", a), "Anmeldung Stadt Ohrdruf", "2025-05-02 09:41", body), \
        label("registration", [P("Michael Gräfe", a, "Bürgermeister"),
                               P("Stefan Hellmich", "s.hellmich@ohrdruf.example", "Bauamtsleiter")],
              "Stadt Ohrdruf", "municipality", "Ohrdruf")


@case("arnstadt-crlf")
def _(slug):
    a = "e.juette@arnstadt.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich für die Transferveranstaltung am 20.05.2025 an.

{MFG}

""" + sig("Elena Jütte", "Stadtplanung / Städtebauförderung", "Stadtverwaltung Arnstadt", "Markt 1",
          "99310 Arnstadt", "03628 745-612", a)
    return ol_crlf(slug, addr("Jütte, Elena", a), "Anmeldung Transferveranstaltung", "2025-05-02 10:20", body), \
        label("registration", [P("Elena Jütte", a, "Stadtplanung / Städtebauförderung")], "Stadtverwaltung Arnstadt",
              "municipality", "Arnstadt")


@case("meiningen-inline-logo")
def _(slug):
    a = "kaemmerer.t@meiningen.example"
    body = f"""Sehr geehrte Damen und Herren,

gern melde ich mich zur 9. Transferveranstaltung am 20. Mai 2025 an.

{MFG}
Tobias Kämmerer
Fachbereich Stadtentwicklung
Stadt Meiningen
Schloßplatz 1, 98617 Meiningen"""
    return ol_related(slug, addr("Kämmerer, Tobias", a), "Anmeldung Transferveranstaltung", "2025-05-02 11:03", body,
                      "Logo Stadt Meiningen"), \
        label("registration", [P("Tobias Kämmerer", a, "Fachbereich Stadtentwicklung")], "Stadt Meiningen",
              "municipality", "Meiningen")


@case("altenburg-vcard")
def _(slug):
    a = "d.klinger@altenburg.example"
    body = f"""Sehr geehrte Damen und Herren,

ich melde mich hiermit zur Transferveranstaltung am 20.05.2025 an. Meine Kontaktdaten finden Sie in der angehängten Visitenkarte.

{MFG}
Daniel Klinger
Stadtverwaltung Altenburg"""
    card = vcard("Daniel Klinger", "Klinger", "Daniel", "Stadtverwaltung Altenburg;Stadtplanungsamt", a,
                 "+49 3447 594-612")
    return ol_mixed(slug, addr("Klinger, Daniel", a), "Anmeldung", "2025-05-02 13:30", body,
                    attachment("text/x-vcard", "Daniel Klinger.vcf", card)), \
        label("registration", [P("Daniel Klinger", a, "Stadtplanungsamt")], "Stadtverwaltung Altenburg",
              "municipality", "Altenburg")


@case("sanierungstraeger-stadtroda")
def _(slug):
    a = "kleber@dsk-thueringen.example"
    body = f"""Sehr geehrte Damen und Herren,

als Sanierungsträger der Stadt Stadtroda begleiten wir die Fortschreibung des ISEK und die Gesamtmaßnahme „Altstadt“. Ich melde mich daher gern zur Transferveranstaltung am 20. Mai an.

{MFG}

Benjamin Kleber
Projektleiter Stadterneuerung
Sanierungsträger Thüringen GmbH
Niederlassung Gera
Schloßstraße 8, 07545 Gera"""
    return ol(slug, addr("Kleber, Benjamin", a), "Anmeldung Transferveranstaltung – Sanierungsträger Stadtroda",
              "2025-05-05 08:44", body), \
        label("registration", [P("Benjamin Kleber", a, "Projektleiter Stadterneuerung")],
              "Sanierungsträger Thüringen GmbH", "planning_office", "Stadtroda")


@case("university-researcher")
def _(slug):
    a = "lena.kresse@uni-weimar.example"
    body = """Sehr geehrte Damen und Herren,

ich forsche an der Bauhaus-Universität Weimar zu Beteiligungsformaten in Kleinstädten und würde sehr gern an der Transferveranstaltung am 20.05.2025 teilnehmen. Hiermit melde ich mich an.

Beste Grüße
Lena Kresse

-- 
Lena Kresse, M.Sc.
Wissenschaftliche Mitarbeiterin
Professur Raumplanung und Raumforschung
Bauhaus-Universität Weimar"""
    return tb(slug, addr("Lena Kresse", a), "Anmeldung Transferveranstaltung", "2025-05-05 09:27", body), \
        label("registration", [P("Lena Kresse", a, "Wissenschaftliche Mitarbeiterin")], "Bauhaus-Universität Weimar",
              "other", None)


@case("landesverwaltungsamt")
def _(slug):
    a = "uwe.eulenstein@tlvwa.example"
    body = f"""Sehr geehrte Kolleginnen und Kollegen,

von Seiten der Bewilligungsstelle im Thüringer Landesverwaltungsamt, Referat Städtebauförderung, nehme ich an der Transferveranstaltung am 20. Mai teil.

{MFG}
Uwe Eulenstein
Thüringer Landesverwaltungsamt
Referat 320 – Städtebauförderung
Weimarplatz 4, 99423 Weimar"""
    return ol(slug, addr("Eulenstein, Uwe", a), "Teilnahme Transferveranstaltung 20.05.2025", "2025-05-05 10:52",
              body), \
        label("registration", [P("Uwe Eulenstein", a, "Referat Städtebauförderung")],
              "Thüringer Landesverwaltungsamt", "authority", None)


@case("gera-colleague-not-self")
def _(slug):
    a = "fachdienst.stadtplanung@gera.example"
    b = "jan.hauk@gera.example"
    body = f"""Sehr geehrte Damen und Herren,

ich selbst bin am 20. Mai leider verhindert, möchte aber meinen Kollegen Herrn Jan Hauk ({b}) für die Transferveranstaltung anmelden. Er betreut bei uns die ISEK-Fortschreibung.

{MFG}
Cornelia Wachtel
Fachdienstleiterin Stadtplanung
Stadt Gera"""
    return ol(slug, addr("Fachdienst Stadtplanung Gera", a), "Anmeldung Herr Hauk", "2025-05-05 13:16", body), \
        label("registration", [P("Jan Hauk", b, None)], "Stadt Gera", "municipality", "Gera")


@case("bad-klosterlausnitz-for-weissenborn")
def _(slug):
    a = "bauamt@bad-klosterlausnitz.example"
    b = "buergermeisterin@weissenborn-thue.example"
    body = f"""Sehr geehrte Damen und Herren,

die Gemeinde Bad Klosterlausnitz ist erfüllende Gemeinde für Weißenborn. Für die Gemeinde Weißenborn möchte Frau Bürgermeisterin Carmen Kadner an der Transferveranstaltung teilnehmen. Sie erreichen sie unter {b}.

{MFG}
i. A. Gerd Frotscher
Bauamt Bad Klosterlausnitz"""
    return ol_plain(slug, addr("Bauamt Bad Klosterlausnitz", a), "Anmeldung Gemeinde Weißenborn", "2025-05-05 14:40",
                    body), \
        label("registration", [P("Carmen Kadner", b, "Bürgermeisterin")], "Gemeinde Bad Klosterlausnitz",
              "municipality", "Weißenborn")


@case("kaulsdorf-signature-only")
def _(slug):
    a = "gumprecht@kaulsdorf-saale.example"
    body = """Guten Tag,

ich würde gern an der Veranstaltung am 20. Mai teilnehmen und bitte um Anmeldung.

Mit freundlichen Grüßen

-- 
Mandy Gumprecht
Gemeindeverwaltung Kaulsdorf
Bauamt
Saalfelder Straße 20
07338 Kaulsdorf"""
    return tb(slug, addr("Mandy Gumprecht", a), "Anmeldung Veranstaltung 20.05.", "2025-05-06 08:30", body), \
        label("registration", [P("Mandy Gumprecht", a, "Bauamt")], "Gemeindeverwaltung Kaulsdorf", "municipality",
              "Kaulsdorf")


@case("rhoenblick-ortsteil-webde")
def _(slug):
    a = "goethel.frank@web.example"
    body = """Sehr geehrte Damen und Herren,

ich bin Ortsteilbürgermeister von Bettenhausen in der Gemeinde Rhönblick und Mitglied im Gemeinderat. Die Gemeinde möchte ihr Entwicklungskonzept angehen, daher melde ich mich für die Transferveranstaltung am 20.05. an.

Mit freundlichen Grüßen
Frank Göthel"""
    return webde_html_only(slug, addr("Frank Göthel", a), "Anmeldung Transferveranstaltung", "2025-05-06 19:44", body), \
        label("registration", [P("Frank Göthel", a, "Ortsteilbürgermeister, Gemeinderat")], "Gemeinde Rhönblick",
              "municipality", "Rhönblick")


@case("langenwetzendorf-slides-question")
def _(slug):
    a = "ermisch@langenwetzendorf.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich zur Transferveranstaltung am 20.05.2025 an.

Eine Frage noch: Werden die Vorträge im Nachgang zur Verfügung gestellt? Ich würde sie gern unserem Gemeinderat zeigen.

{MFG}
Silvio Ermisch
Gemeinde Langenwetzendorf
Bauamt
Greizer Straße 6, 07957 Langenwetzendorf"""
    return ol(slug, addr("Ermisch, Silvio", a), "Anmeldung + Frage Präsentationen", "2025-05-06 10:12", body), \
        label("registration", [P("Silvio Ermisch", a, "Bauamt")], "Gemeinde Langenwetzendorf", "municipality",
              "Langenwetzendorf", notes=["Werden die Vorträge im Nachgang zur Verfügung gestellt?"])


@case("apolda-notes-two")
def _(slug):
    a = "Gabriele.Hanisch@apolda.example"
    b = "Ronny.Fritsche@apolda.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melden wir uns zur Transferveranstaltung am 20. Mai 2025 an:

Gabriele Hanisch, Amtsleiterin Bauamt
Ronny Fritsche, Sachbearbeiter Städtebauförderung ({b})

Mit freundlichen Grüßen

Gabriele Hanisch
Stadtverwaltung Apolda
Bauamt
Markt 1, 99510 Apolda"""
    return notes(slug, addr("Gabriele Hanisch", a, "ISO-8859-1"), "Anmeldung Stadt Apolda", "2025-05-07 09:05", body), \
        label("registration", [P("Gabriele Hanisch", a, "Amtsleiterin Bauamt"),
                               P("Ronny Fritsche", b, "Sachbearbeiter Städtebauförderung")],
              "Stadtverwaltung Apolda", "municipality", "Apolda")


@case("nordhausen-html-only")
def _(slug):
    a = "f.doberenz@nordhausen.example"
    body = f"""Sehr geehrte Damen und Herren,

bitte melden Sie mich für die 9. Transferveranstaltung am 20. Mai in Bad Lobenstein an. Ich reise mit der Bahn an.

{MFG}

""" + sig("Friederike Doberenz", "Amt für Stadtentwicklung", "Stadtverwaltung Nordhausen", "Markt 1",
          "99734 Nordhausen", "03631 696-520", a)
    return ol(slug, addr("Doberenz, Friederike", a), "Anmeldung", "2025-05-08 15:22", body, html_only=True), \
        label("registration", [P("Friederike Doberenz", a, "Amt für Stadtentwicklung")], "Stadtverwaltung Nordhausen",
              "municipality", "Nordhausen", notes=["Anreise mit der Bahn"])


@case("bad-salzungen-iphone-reply")
def _(slug):
    a = "buergermeister@bad-salzungen.example"
    body = "Ich komme gern. Bitte anmelden.\n\nGruß\nK. Hünniger"
    head = f"Am 22.04.2025 um 07:30 schrieb Referat Städtebau und Städtebauförderung <isek-transfer@{US}>:"
    return iphone_reply(slug, addr("Klaus Hünniger", a), "AW: " + INVITE_SUBJECT, "2025-04-22 12:14", body, head,
                        INVITATION), \
        label("registration", [P("Klaus Hünniger", a, "Bürgermeister")], "Stadt Bad Salzungen", "municipality",
              "Bad Salzungen")


# ==================================================================================================
# cancellations
# ==================================================================================================


@case("heiligenstadt-cancel-reply-conf")
def _(slug):
    a = "denecke@heilbad-heiligenstadt.example"
    c = code("heiligenstadt")
    body = f"""Sehr geehrte Damen und Herren,

leider muss ich meine Teilnahme an der Transferveranstaltung absagen, am 20. Mai ist kurzfristig eine Sondersitzung des Bauausschusses angesetzt worden.

{MFG}
Martin Denecke
Stadtverwaltung Heilbad Heiligenstadt
Stadtplanung

""" + ol_old_quote(a, conf_subject(c), confirmation("Sehr geehrter Herr Denecke", ["Martin Denecke"], c),
                   "Donnerstag, 24. April 2025 11:02")
    return ol(slug, addr("Denecke, Martin", a), "AW: " + conf_subject(c), "2025-05-06 14:18", body), \
        label("cancellation", [P("Martin Denecke", a, "Stadtplanung")], "Stadtverwaltung Heilbad Heiligenstadt",
              "municipality", "Heilbad Heiligenstadt")


@case("geratal-ill-colleague")
def _(slug):
    a = "d.ehrig@geratal.example"
    c = code("geratal")
    body = f"""Hallo,

meine Kollegin Frau Sophie Kachel ist leider länger erkrankt und kann am 20.05. nicht teilnehmen. Bitte streichen Sie sie von der Liste. Ich selbst komme wie angemeldet.

Viele Grüße
Daniela Ehrig
Landgemeinde Geratal, Bauamt

""" + ol_old_quote(a, conf_subject(c), confirmation("Sehr geehrte Frau Ehrig",
                                                    ["Daniela Ehrig", "Sophie Kachel"], c),
                   "Montag, 28. April 2025 09:40")
    return ol(slug, addr("Ehrig, Daniela", a), "AW: " + conf_subject(c), "2025-05-12 08:05", body), \
        label("cancellation", [P("Sophie Kachel", None, None)], "Landgemeinde Geratal", "municipality", "Geratal")


@case("bad-liebenstein-secretary-mayor")
def _(slug):
    a = "sekretariat@bad-liebenstein.example"
    body = f"""Sehr geehrte Damen und Herren,

unser Bürgermeister, Herr Jörg Ahner, muss seine Teilnahme an der Transferveranstaltung am 20.05.2025 leider absagen. Ein Vertreter der Stadt kann ebenfalls nicht teilnehmen.

{MFG}
i. A. Yvonne Rückert
Sekretariat Bürgermeister
Stadt Bad Liebenstein"""
    return ol_plain(slug, addr("Sekretariat Bad Liebenstein", a), "Absage Transferveranstaltung BM Ahner",
                    "2025-05-09 10:31", body), \
        label("cancellation", [P("Jörg Ahner", None, "Bürgermeister")], "Stadt Bad Liebenstein", "municipality",
              "Bad Liebenstein")


@case("ronneburg-both")
def _(slug):
    a = "jungk@ronneburg.example"
    c = code("ronneburg")
    body = f"""Sehr geehrte Damen und Herren,

wir müssen uns leider beide abmelden (Anmeldung {c}): Frau Ulrike Findeisen und ich. Der Termin kollidiert mit der Haushaltsberatung.

Mit freundlichen Grüßen
Peggy Jungk
Stadt Ronneburg, Bauamt"""
    return ox(slug, addr("Peggy Jungk", a), "Abmeldung " + c, "2025-05-08 11:55", body), \
        label("cancellation", [P("Peggy Jungk", a, None), P("Ulrike Findeisen", None, None)], "Stadt Ronneburg",
              "municipality", "Ronneburg")


@case("oppurg-waitlist-off")
def _(slug):
    a = "a.dassler@vg-oppurg.example"
    c = code("oppurg")
    body = f"""Guten Tag,

danke für die Information. Sie können mich von der Warteliste nehmen, ich habe am 20. Mai inzwischen einen anderen Termin.

Freundliche Grüße
Andrea Daßler
VG Oppurg / Gemeinde Oppurg

Am 05.05.25 um 10:20 schrieb {OUR_NAME}:
""" + quote(waitlist("Sehr geehrte Frau Daßler", c))
    return tb(slug, addr("Andrea Daßler", a), "Re: " + wait_subject(c), "2025-05-07 07:51", body), \
        label("cancellation", [P("Andrea Daßler", a, None)], "Gemeinde Oppurg", "municipality", "Oppurg")


@case("schalkau-iphone-reminder")
def _(slug):
    a = "feige@schalkau.example"
    c = code("schalkau")
    body = "Hallo, ich schaffe es am Dienstag leider nicht. Bitte abmelden.\nGruß Torsten Feige, Stadt Schalkau"
    head = f"Am 13.05.2025 um 08:00 schrieb {OUR_NAME} <{INBOX}>:"
    return iphone_reply(slug, addr("Torsten Feige", a), "AW: " + reminder_subject(c), "2025-05-16 17:03", body, head,
                        reminder("Sehr geehrter Herr Feige", c)), \
        label("cancellation", [P("Torsten Feige", a, None)], "Stadt Schalkau", "municipality", "Schalkau")


@case("planning-office-cancel-uhlstaedt")
def _(slug):
    a = "haeusler@planungsgruppe-saale.example"
    body = f"""Sehr geehrte Damen und Herren,

ich hatte mich für unser Büro (Auftrag ISEK Uhlstädt-Kirchhasel) zur Transferveranstaltung angemeldet. Aus terminlichen Gründen muss ich die Anmeldung leider zurückziehen.

{MFG}
Kathrin Häusler
Planungsgruppe Saale, Rudolstadt"""
    return ol(slug, addr("Häusler, Kathrin", a), "Stornierung Anmeldung", "2025-05-13 09:14", body), \
        label("cancellation", [P("Kathrin Häusler", a, None)], "Planungsgruppe Saale", "planning_office",
              "Uhlstädt-Kirchhasel")


@case("kyffhaeuserland-private-evening")
def _(slug):
    a = "m.goebel71@gmx.example"
    body = """Guten Abend,

leider bin ich krank geworden und kann morgen nicht nach Bad Lobenstein kommen. Ich bitte um Abmeldung.

Gruß
Mario Göbel
Gemeinde Kyffhäuserland"""
    return gmx(slug, addr("Mario Göbel", a), "Absage morgen", "2025-05-19 20:48", body), \
        label("cancellation", [P("Mario Göbel", a, None)], "Gemeinde Kyffhäuserland", "municipality", "Kyffhäuserland")


@case("wutha-farnroda-code-thunderbird")
def _(slug):
    a = "freitag@wutha-farnroda.example"
    c = code("wutha")
    body = f"""Sehr geehrte Damen und Herren,

hiermit storniere ich meine Anmeldung zur Transferveranstaltung (Code {c}). Vielleicht klappt es beim nächsten Mal.

Mit freundlichen Grüßen

-- 
Helge Freitag
Gemeinde Wutha-Farnroda
Bauverwaltung"""
    return tb(slug, addr("Helge Freitag", a), "Abmeldung Transferveranstaltung", "2025-05-14 13:37", body), \
        label("cancellation", [P("Helge Freitag", a, "Bauverwaltung")], "Gemeinde Wutha-Farnroda", "municipality",
              "Wutha-Farnroda")


# ==================================================================================================
# changes
# ==================================================================================================


@case("bad-berka-substitute")
def _(slug):
    a = "r.dobmann@bad-berka.example"
    b = "k.dreissig@bad-berka.example"
    c = code("badberka")
    body = f"""Sehr geehrte Damen und Herren,

ich kann am 20. Mai leider nicht teilnehmen. An meiner Stelle wird meine Kollegin Frau Katja Dreißig ({b}) kommen. Bitte übertragen Sie die Anmeldung auf sie.

{MFG}
René Dobmann
Stadt Bad Berka, Bauamt

""" + ol_old_quote(a, conf_subject(c), confirmation("Sehr geehrter Herr Dobmann", ["René Dobmann"], c),
                   "Freitag, 25. April 2025 08:55")
    return ol(slug, addr("Dobmann, René", a), "AW: " + conf_subject(c), "2025-05-07 11:20", body), \
        label("change", [P("Katja Dreißig", b, None), P("René Dobmann", a, None)], "Stadt Bad Berka", "municipality",
              "Bad Berka", notes=["Vertretung: Katja Dreißig statt René Dobmann"])


@case("zella-mehlis-secretary-substitute")
def _(slug):
    a = "vorzimmer.bm@zella-mehlis.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Transferveranstaltung war Herr Bürgermeister Andreas Dietsch angemeldet. Er wird durch den Leiter des Bauamtes, Herrn Stephan Danz, vertreten. Bitte ändern Sie die Anmeldung entsprechend.

{MFG}
i. A. Ramona Pfestorf
Vorzimmer Bürgermeister
Stadt Zella-Mehlis"""
    return ol_plain(slug, addr("Vorzimmer Bürgermeister", a), "Änderung Teilnehmer Transferveranstaltung",
                    "2025-05-12 13:02", body), \
        label("change", [P("Stephan Danz", None, "Leiter Bauamt"), P("Andreas Dietsch", None, "Bürgermeister")],
              "Stadt Zella-Mehlis", "municipality", "Zella-Mehlis", notes=["Vertretung: Danz statt Dietsch"])


@case("tanna-add-colleague-reminder")
def _(slug):
    a = "bauamt@tanna.example"
    c = code("tanna")
    b = "a.fauth@tanna.example"
    body = f"""Guten Tag,

danke für die Erinnerung. Darf ich noch meinen Kollegen Herrn Alexander Fauth ({b}) mitbringen? Dann bitte ihn noch mit eintragen.

Viele Grüße
Birgit Wolfram
Stadt Tanna

""" + ol_new_quote(OURS, "Dienstag, 13. Mai 2025 08:00", a, reminder_subject(c),
                   reminder("Sehr geehrte Frau Wolfram", c))
    return ol(slug, addr("Bauamt Tanna", a), "AW: " + reminder_subject(c), "2025-05-13 10:47", body), \
        label("change", [P("Alexander Fauth", b, None)], "Stadt Tanna", "municipality", "Tanna",
              notes=["Kollege zusätzlich angemeldet"])


@case("harth-poellnitz-add-ox")
def _(slug):
    a = "gemeinde@harth-poellnitz.example"
    c = code("harth")
    body = f"""Sehr geehrte Damen und Herren,

zu unserer Anmeldung {c} möchten wir noch eine weitere Person hinzufügen: Frau Jacqueline Erler, Kämmerei, j.erler@harth-poellnitz.example.

Mit freundlichen Grüßen
Gemeindeverwaltung Harth-Pöllnitz
Hauptamt"""
    return ox(slug, addr("Gemeinde Harth-Pöllnitz", a), "Nachmeldung zu " + c, "2025-05-08 09:33", body), \
        label("change", [P("Jacqueline Erler", "j.erler@harth-poellnitz.example", "Kämmerei")],
              "Gemeindeverwaltung Harth-Pöllnitz", "municipality", "Harth-Pöllnitz",
              notes=["weitere Person hinzugefügt"])


@case("gerstungen-spelling")
def _(slug):
    a = "kindler@gerstungen.example"
    c = code("gerstungen")
    body = f"""Hallo,

in der Bestätigung steht mein Name als „Kindeler“. Richtig ist Kindler – Marion Kindler. Wäre schön, wenn das auf dem Namensschild stimmt.

Danke und Gruß
Marion Kindler
Gemeinde Gerstungen

Am 29.04.25 um 14:05 schrieb {OUR_NAME}:
""" + quote(confirmation("Sehr geehrte Frau Kindeler", ["Marion Kindeler"], c))
    return tb(slug, addr("Marion Kindler", a), "Re: " + conf_subject(c), "2025-04-29 15:40", body), \
        label("change", [P("Marion Kindler", a, None)], "Gemeinde Gerstungen", "municipality", "Gerstungen",
              notes=["Schreibweise des Namens: Kindler"])


@case("soemmerda-new-address")
def _(slug):
    a = "groth.c@web.example"
    b = "c.groth@soemmerda.example"
    c = code("soemmerda")
    body = f"""Sehr geehrte Damen und Herren,

ich hatte mich versehentlich von meiner privaten Adresse angemeldet (Code {c}). Bitte schicken Sie alles Weitere an meine Dienstadresse: {b}

Mit freundlichen Grüßen
Christiane Groth
Stadtverwaltung Sömmerda, Stadtplanung"""
    return webde_html_only(slug, addr("Christiane Groth", a), "Änderung E-Mail-Adresse", "2025-05-02 16:20", body), \
        label("change", [P("Christiane Groth", b, "Stadtplanung")], "Stadtverwaltung Sömmerda", "municipality",
              "Sömmerda", notes=["neue Adresse"])


@case("frankenblick-later-arrival")
def _(slug):
    a = "felgner@frankenblick.example"
    c = code("frankenblick")
    body = f"""Sehr geehrte Damen und Herren,

ich bin angemeldet, werde aber wegen eines Vor-Ort-Termins erst gegen 11 Uhr in Bad Lobenstein eintreffen. Nur zur Info, damit Sie nicht auf mich warten.

{MFG}
Tino Felgner
Gemeinde Frankenblick, Bauamt

""" + ol_new_quote(OURS, "Dienstag, 13. Mai 2025 08:00", a, reminder_subject(c),
                   reminder("Sehr geehrter Herr Felgner", c))
    return ol(slug, addr("Felgner, Tino", a), "AW: " + reminder_subject(c), "2025-05-14 07:58", body), \
        label("change", [P("Tino Felgner", a, None)], "Gemeinde Frankenblick", "municipality", "Frankenblick",
              notes=["Ankunft gegen 11 Uhr"])


@case("waltershausen-vegetarian-samsung")
def _(slug):
    a = "kuschel.waltershausen@gmail.example"
    body = """Hallo, ich bin für den 20.5. angemeldet (Stadt Waltershausen). Kann ich noch vegetarisches Essen bestellen? Danke! Ines Kuschel"""
    return droid(slug, addr("Ines Kuschel", a), "Essen", "2025-05-15 12:10", body), \
        label("change", [P("Ines Kuschel", a, None)], "Stadt Waltershausen", "municipality", "Waltershausen",
              notes=["vegetarisch"])


@case("unstruttal-mornings-only")
def _(slug):
    a = "p.beyrich@unstruttal.example"
    c = code("unstruttal")
    body = f"""Sehr geehrte Damen und Herren,

zu meiner Anmeldung ({c}): Ich kann nun doch nur am Vormittag teilnehmen und fahre nach der Mittagspause zurück.

{MFG}
Paul Beyrich
Gemeinde Unstruttal
Bau- und Liegenschaftsverwaltung"""
    return roundcube(slug, addr("Paul Beyrich", a), "Teilnahme nur vormittags", "2025-05-16 09:26", body), \
        label("change", [P("Paul Beyrich", a, "Bau- und Liegenschaftsverwaltung")], "Gemeinde Unstruttal",
              "municipality", "Unstruttal", notes=["nur vormittags"])


# ==================================================================================================
# questions
# ==================================================================================================


@case("veilsdorf-parking")
def _(slug):
    a = "bauamt@veilsdorf.example"
    body = """Sehr geehrte Damen und Herren,

ich bin bereits angemeldet. Können Sie mir die genaue Adresse des Veranstaltungsortes in Bad Lobenstein nennen und sagen, ob es dort Parkplätze gibt?

Mit freundlichen Grüßen
Heiko Wunderlich
Gemeinde Veilsdorf"""
    return ol(slug, addr("Bauamt Veilsdorf", a), "Frage Veranstaltungsort / Parken", "2025-05-12 10:04", body), \
        label("question", [], "Gemeinde Veilsdorf", "municipality", "Veilsdorf")


@case("werther-councillors")
def _(slug):
    a = "hauptamt@gemeinde-werther.example"
    body = f"""Guten Tag,

dürfen auch Mitglieder des Gemeinderates an der Transferveranstaltung teilnehmen, oder richtet sich die Einladung nur an die Verwaltung? Bei uns hätten zwei Gemeinderäte Interesse.

{MFG}
Sebastian Riedel
Gemeinde Werther, Hauptamt"""
    return ol_plain(slug, addr("Hauptamt Werther", a), "Teilnahme Gemeinderäte?", "2025-04-24 15:30", body), \
        label("question", [], "Gemeinde Werther", "municipality", "Werther")


@case("hohenstein-programme")
def _(slug):
    a = "m.ulbricht@hohenstein-thueringen.example"
    body = """Hallo,

gibt es schon ein genaues Programm mit Uhrzeiten? Dann würde ich entscheiden, ob sich die Fahrt für uns lohnt.

Grüße
Maik Ulbricht
Gemeinde Hohenstein"""
    return tb(slug, addr("Maik Ulbricht", a), "Programm Transferveranstaltung?", "2025-04-25 11:48", body), \
        label("question", [], "Gemeinde Hohenstein", "municipality", "Hohenstein")


@case("niederorschel-arrived")
def _(slug):
    a = "sandra.zorn@niederorschel.example"
    body = f"""Sehr geehrte Damen und Herren,

ich habe mich am 28.04. per E-Mail angemeldet, aber bisher keine Bestätigung erhalten. Ist meine Anmeldung angekommen?

{MFG}
Sandra Zorn
Gemeinde Niederorschel"""
    return ox(slug, addr("Sandra Zorn", a), "Anmeldung angekommen?", "2025-05-05 08:19", body), \
        label("question", [], "Gemeinde Niederorschel", "municipality", "Niederorschel")


@case("remptendorf-late-possible")
def _(slug):
    a = "bauamt@remptendorf.example"
    body = f"""Sehr geehrte Damen und Herren,

ist eine Anmeldung zur Transferveranstaltung am 20. Mai noch möglich? Die Frist war ja der 9. Mai, die Einladung ist bei uns leider erst jetzt weitergeleitet worden.

{MFG}
Ralf Seidemann
Gemeinde Remptendorf, Bauamt"""
    return ol(slug, addr("Bauamt Remptendorf", a), "Anmeldung noch möglich?", "2025-05-13 14:02", body), \
        label("question", [], "Gemeinde Remptendorf", "municipality", "Remptendorf")


@case("planning-office-question")
def _(slug):
    a = "info@landschaft-und-stadt.example"
    body = """Sehr geehrte Damen und Herren,

richtet sich die Veranstaltung auch an Planungsbüros, die derzeit noch keinen konkreten ISEK-Auftrag in Thüringen haben? Wir würden gerne teilnehmen, möchten aber niemandem aus den Kommunen den Platz wegnehmen.

Mit freundlichen Grüßen
Büro Landschaft & Stadt, Suhl"""
    return gmx(slug, addr("Büro Landschaft & Stadt", a), "Teilnahme Planungsbüro", "2025-04-30 11:11", body), \
        label("question", [], "Büro Landschaft & Stadt", "planning_office", None)


@case("barchfeld-slides-after")
def _(slug):
    a = "t.voigtlaender@barchfeld-immelborn.example"
    body = f"""Sehr geehrte Damen und Herren,

vielen Dank für die gelungene Veranstaltung gestern in Bad Lobenstein. Werden die Präsentationen der Referenten noch verschickt oder zum Download bereitgestellt?

{MFG}
Tanja Voigtländer
Gemeinde Barchfeld-Immelborn"""
    return ol(slug, addr("Voigtländer, Tanja", a), "Präsentationen Transferveranstaltung", "2025-05-21 09:15", body), \
        label("question", [], "Gemeinde Barchfeld-Immelborn", "municipality", "Barchfeld-Immelborn")


@case("unterbreizbach-vegan-conditional")
def _(slug):
    a = "schubert@unterbreizbach.example"
    body = """Hallo,

ich ernähre mich vegan. Wird es mittags etwas Passendes geben? Wenn ja, würde ich mich gern anmelden.

Viele Grüße
Lisa Schubert
Gemeinde Unterbreizbach"""
    return apple(slug, addr("Lisa Schubert", a), "Frage zur Verpflegung", "2025-04-28 16:40", body), \
        label("question", [], "Gemeinde Unterbreizbach", "municipality", "Unterbreizbach")


# ==================================================================================================
# automatic replies
# ==================================================================================================


@case("auto-exchange-confirmation")
def _(slug):
    a = "b.lindner@stadt-schmalkalden.example"
    c = code("auto-exchange")
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 2. Mai 2025 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an das Sekretariat des Bauamtes, Tel. 03683 671-200.

Mit freundlichen Grüßen
Birgit Lindner"""
    return ol(slug, addr("Lindner, Birgit", a), "Automatische Antwort: " + conf_subject(c), "2025-04-28 10:13", body,
              extra=("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                     "X-MS-Exchange-Inbox-Rules-Loop: b.lindner@stadt-schmalkalden.example")), \
        label("auto_reply", [], None, None, None)


@case("auto-notes-abwesenheit")
def _(slug):
    a = "Wolfgang.Rost@lra-greiz.example"
    body = """Ich werde ab  05.05.2025 nicht im Büro sein. Ich kehre zurück am 16.05.2025.

Ich werde Ihre Nachricht nach meiner Rückkehr beantworten. In dringenden Angelegenheiten wenden Sie sich bitte an meine Vertretung, Frau Seifert (Durchwahl -318)."""
    return notes(slug, addr("Wolfgang Rost", a, "ISO-8859-1"),
                 "Abwesenheitsnotiz: " + f"Fehlende Angaben zu Ihrer Anmeldung: {EVENT}", "2025-05-06 07:02", body), \
        label("auto_reply", [], None, None, None)


@case("auto-vacation-reminder")
def _(slug):
    a = "m.rauchfuss@kranichfeld.example"
    c = code("auto-vacation")
    body = """Guten Tag,

ich befinde mich bis zum 19.05.2025 im Urlaub. Ihre Nachricht wird nicht automatisch weitergeleitet.

Mit freundlichen Grüßen
Monika Rauchfuß
Stadt Kranichfeld"""
    h = envelope(slug, addr("Monika Rauchfuß", a), "Re: " + reminder_subject(c), "2025-05-13 08:01",
                 extra=("User-Agent: Mozilla Thunderbird", "X-Autoreply: yes", "Auto-Submitted: auto-replied",
                        "Precedence: auto_reply"))
    return message(h, text(body, "UTF-8", "8bit")), label("auto_reply", [], None, None, None)


@case("auto-ticket-receipt")
def _(slug):
    a = "noreply@servicedesk.kreis-hildburghausen.example"
    body = """Sehr geehrte Damen und Herren,

Ihre Anfrage ist bei uns eingegangen und wurde unter der Ticketnummer 2025050710000341 erfasst. Bitte geben Sie diese Nummer bei Rückfragen im Betreff an.

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht auf diese E-Mail.

Ihr Servicedesk
Landratsamt Hildburghausen"""
    h = envelope(slug, addr("Servicedesk Landratsamt", a),
                 f"[Ticket#2025050710000341] Eingangsbestätigung: {conf_subject(code('auto-ticket'))}",
                 "2025-05-07 10:02", extra=("X-Mailer: OTRS Mail Service", "Precedence: bulk",
                                           "Auto-Submitted: auto-generated", "X-Loop: servicedesk"))
    return message(h, text(body)), label("auto_reply", [], None, None, None)


@case("auto-read-receipt-thunderbird")
def _(slug):
    a = "gemeinde@tonna.example"
    c = code("auto-mdn-tb")
    human = (f"Dies ist eine Empfangsbestätigung für die Nachricht, die Sie an {a} gesendet haben.\n\n"
             "Hinweis: Diese Empfangsbestätigung sagt nur aus, dass die Nachricht angezeigt wurde. "
             "Es gibt keine Garantie, dass der Inhalt gelesen oder verstanden wurde.")
    return mdn(slug, addr("Gemeinde Tonna", a), "Empfangsbestätigung (angezeigt) - " + conf_subject(c),
               "2025-04-29 09:20", human, a, msgid("our-conf-tonna", US),
               extra=("User-Agent: Mozilla Thunderbird",)), label("auto_reply", [], None, None, None)


@case("auto-read-receipt-exchange")
def _(slug):
    a = "c.opitz@stadt-poessneck.example"
    c = code("auto-mdn-ex")
    human = (f"Ihre Nachricht\n\n  An: Opitz, Carsten\n  Betreff: {reminder_subject(c)}\n"
             "  Gesendet: Dienstag, 13. Mai 2025 08:00:11 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien\n\n"
             "wurde am Dienstag, 13. Mai 2025 09:41:37 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.")
    return mdn(slug, addr("Opitz, Carsten", a), "Gelesen: " + reminder_subject(c), "2025-05-13 09:41", human, a,
               msgid("our-reminder-opitz", US), extra=outlook_headers()), label("auto_reply", [], None, None, None)


@case("auto-english-ooo")
def _(slug):
    a = "k.nowak@ifr-consult.example"
    c = code("auto-english")
    body = """Thank you for your email. I am currently out of the office with limited access to email and will return on 12 May 2025.

For urgent matters please contact office@ifr-consult.example.

Best regards
Karolina Nowak"""
    h = envelope(slug, addr("Karolina Nowak", a), "Out of Office: " + conf_subject(c), "2025-05-02 14:47",
                 extra=("Auto-Submitted: auto-replied", "X-Autoreply: yes", "Content-Language: en-US"))
    return message(h, text(body, "utf-8", "7bit")), label("auto_reply", [], None, None, None, language="en")


@case("auto-poststelle-receipt")
def _(slug):
    a = "poststelle@stadt-ruhla.example"
    body = """Ihre E-Mail ist in der elektronischen Poststelle der Stadtverwaltung Ruhla eingegangen und wird an die zuständige Stelle weitergeleitet.

Bitte beachten Sie: Die elektronische Poststelle ist nicht für den Empfang verschlüsselter oder signierter Nachrichten eingerichtet.

Dies ist eine automatisch erstellte Nachricht."""
    h = envelope(slug, addr("Elektronische Poststelle Stadt Ruhla", a),
                 "Eingangsbestätigung: " + conf_subject(code("auto-poststelle")), "2025-04-25 12:31",
                 extra=("Auto-Submitted: auto-generated",))
    return message(h, text(body, "ISO-8859-1", "quoted-printable")), label("auto_reply", [], None, None, None)


# ==================================================================================================
# bounces
# ==================================================================================================


def _bounce_headers(slug: str, frm: str, subject: str, when: str, domain: str) -> list[str]:
    return ["Return-Path: <>", f"From: {frm}", f"To: {INBOX}", f"Subject: {hval(subject)}",
            f"Date: {rfcdate(when)}", f"Message-ID: {msgid(slug, domain)}", "Auto-Submitted: auto-replied"]


@case("bounce-postfix-user-unknown")
def _(slug):
    rcpt = "s.vollrath@stadt-kindelbrueck.example"
    c = code("bounce-postfix")
    original = our_mail(slug, rcpt, conf_subject(c), "2025-04-24 10:05",
                        confirmation("Sehr geehrte Frau Vollrath", ["Simone Vollrath"], c))
    human = f"""This is the mail system at host mx01.{US}.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<{rcpt}>: host mail.stadt-kindelbrueck.example[192.0.2.77] said: 550
    5.1.1 <{rcpt}>: Recipient address rejected: User unknown in
    local recipient table (in reply to RCPT TO command)"""
    dsn = f"""Reporting-MTA: dns; mx01.{US}
X-Postfix-Queue-ID: 4Zk2Qx1mPKz9sT
Arrival-Date: {rfcdate('2025-04-24 10:05')}

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.stadt-kindelbrueck.example
Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in local recipient table
"""
    part = report(slug, (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                         human.encode() + b"\n"), dsn, rfc822(original, "inline"))
    h = _bounce_headers(slug, addr("Mail Delivery System", f"MAILER-DAEMON@mx01.{US}"),
                        "Undelivered Mail Returned to Sender", "2025-04-24 10:05", f"mx01.{US}")
    return message(h, part), label("bounce", [], None, None, None, language="en", bounce_recipient=rcpt)


@case("bounce-exchange-mailbox-full")
def _(slug):
    rcpt = "bauamt@gemeinde-nessetal.example"
    c = code("bounce-exchange")
    original = our_mail(slug, rcpt, reminder_subject(c), "2025-05-13 08:00", reminder("Sehr geehrte Damen und Herren", c))
    human = f"""Ihre Nachricht hat folgende Empfänger nicht erreicht:

{rcpt} am 13.05.2025 08:00
Das Postfach des Empfängers ist voll und kann zurzeit keine Nachrichten annehmen. Versuchen Sie später erneut, die Nachricht zu senden, oder wenden Sie sich direkt an den Empfänger.

Diagnoseinformationen für Administratoren:
Generierender Server: MAIL01.gemeinde-nessetal.example
{rcpt}
Remoteserver hat '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded' zurückgegeben."""
    dsn = f"""Reporting-MTA: dns;MAIL01.gemeinde-nessetal.example
Received-From-MTA: dns;mx01.{US}
Arrival-Date: {rfcdate('2025-05-13 08:00')}

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException
"""
    part = report(slug, (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"],
                         encode_body(human, "utf-8", "quoted-printable")), dsn, rfc822(original))
    h = _bounce_headers(slug, addr("Microsoft Outlook", "postmaster@gemeinde-nessetal.example"),
                        "Unzustellbar: " + reminder_subject(c), "2025-05-13 08:01", "gemeinde-nessetal.example")
    return message(h + ["Content-Language: de-DE"], part), \
        label("bounce", [], None, None, None, bounce_recipient=rcpt)


@case("bounce-postfix-delayed-waitlist")
def _(slug):
    rcpt = "info@vg-gramme-vippach.example"
    c = code("bounce-delayed")
    original = our_mail(slug, rcpt, wait_subject(c), "2025-05-06 11:40", waitlist("Sehr geehrte Damen und Herren", c))
    human = f"""This is the mail system at host mx01.{US}.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

                   The mail system

<{rcpt}>: connect to mail.vg-gramme-vippach.example[192.0.2.130]:25:
    Connection timed out"""
    dsn = f"""Reporting-MTA: dns; mx01.{US}
Arrival-Date: {rfcdate('2025-05-06 11:40')}

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.vg-gramme-vippach.example[192.0.2.130]:25: Connection timed out
Will-Retry-Until: {rfcdate('2025-05-11 11:40')}
"""
    part = report(slug, (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                         human.encode() + b"\n"), dsn, rfc822_headers(original))
    h = _bounce_headers(slug, addr("Mail Delivery System", f"MAILER-DAEMON@mx01.{US}"),
                        "Delayed Mail (still being retried)", "2025-05-06 15:41", f"mx01.{US}")
    return message(h, part), label("bounce", [], None, None, None, language="en", bounce_recipient=rcpt)


@case("bounce-exim-host-not-found")
def _(slug):
    rcpt = "k.trommer@gemeinde-schleid.example"
    c = code("bounce-exim")
    original = our_mail(slug, rcpt, cancel_subject(c), "2025-05-09 14:22",
                        cancel_body("Sehr geehrter Herr Trommer", ["Kai Trommer"], c))
    human = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {rcpt}
    Unrouteable address"""
    dsn = f"""Reporting-MTA: dns; relay.{US}

Action: failed
Final-Recipient: rfc822;{rcpt}
Status: 5.1.2
Diagnostic-Code: X-Exim; host lookup for gemeinde-schleid.example did not complete (DNS NXDOMAIN)
"""
    part = report(slug, (["Content-Type: text/plain; charset=us-ascii"], human.encode() + b"\n"), dsn,
                  rfc822(original))
    h = _bounce_headers(slug, addr("Mail Delivery System", f"Mailer-Daemon@relay.{US}"),
                        "Mail delivery failed: returning message to sender", "2025-05-09 14:22", f"relay.{US}")
    return message(h + ["X-Failed-Recipients: " + rcpt], part), \
        label("bounce", [], None, None, None, language="en", bounce_recipient=rcpt)


# ==================================================================================================
# other
# ==================================================================================================


@case("other-thanks-confirmation")
def _(slug):
    a = "s.kirchhof@mellingen.example"
    c = code("thanks-mellingen")
    body = f"""Herzlichen Dank für die schnelle Bestätigung!

Beste Grüße
Sabine Kirchhof
Gemeinde Mellingen

""" + ol_old_quote(a, conf_subject(c), confirmation("Sehr geehrte Frau Kirchhof", ["Sabine Kirchhof"], c),
                   "Montag, 28. April 2025 14:21")
    return ol(slug, addr("Kirchhof, Sabine", a), "AW: " + conf_subject(c), "2025-04-28 14:50", body), \
        label("other", [], "Gemeinde Mellingen", "municipality", "Mellingen")


@case("other-thanks-reminder-iphone")
def _(slug):
    a = "buergermeister@grabfeld.example"
    c = code("thanks-grabfeld")
    body = "Danke für die Erinnerung, ich bin dabei 👍\nLG Heiko Baumann, Gemeinde Grabfeld"
    head = f"Am 13.05.2025 um 08:00 schrieb {OUR_NAME} <{INBOX}>:"
    return iphone_reply(slug, addr("Heiko Baumann", a), "Re: " + reminder_subject(c), "2025-05-13 12:37", body, head,
                        reminder("Sehr geehrter Herr Baumann", c)), \
        label("other", [], "Gemeinde Grabfeld", "municipality", "Grabfeld")


@case("other-thanks-after-event")
def _(slug):
    a = "d.wagenknecht@breitungen.example"
    body = f"""Sehr geehrte Damen und Herren,

herzlichen Dank für die rundum gelungene Transferveranstaltung gestern in Bad Lobenstein. Besonders der Austausch in den Arbeitsgruppen zur Dorfentwicklung war für uns sehr hilfreich. Gern wieder!

{MFG}
Dirk Wagenknecht
Gemeinde Breitungen/Werra
Bauamt"""
    return ol(slug, addr("Wagenknecht, Dirk", a), "Dank für die Veranstaltung", "2025-05-21 08:27", body), \
        label("other", [], "Gemeinde Breitungen/Werra", "municipality", "Breitungen/Werra")


@case("other-thanks-cancel-confirmed")
def _(slug):
    a = "r.tischendorf@helbeduendorf.example"
    c = code("thanks-helbe")
    body = f"""Danke für die Rückmeldung und viel Erfolg bei der Veranstaltung!

Gruß
Ronald Tischendorf
Gemeinde Helbedündorf

Am 08.05.25 um 16:12 schrieb {OUR_NAME}:
""" + quote(cancel_body("Sehr geehrter Herr Tischendorf", ["Ronald Tischendorf"], c))
    return tb(slug, addr("Ronald Tischendorf", a), "Re: " + cancel_subject(c), "2025-05-08 16:40", body), \
        label("other", [], "Gemeinde Helbedündorf", "municipality", "Helbedündorf")


@case("other-newsletter")
def _(slug):
    a = "newsletter@kommunalforum-thueringen.example"
    body = """Kommunalforum Thüringen – Newsletter Mai 2025

+++ Termine +++
- 20. Mai 2025: 9. Transferveranstaltung ISEK in Bad Lobenstein (Anmeldung bis 9. Mai beim Ministerium)
- 3. Juni 2025: Webinar Kommunale Wärmeplanung für kleine Gemeinden
- 17. Juni 2025: Fachtag Innenentwicklung, Erfurt

+++ Förderung +++
Das Programm „Lebendige Zentren“ 2026: Antragsfristen und Hinweise.

Sie erhalten diesen Newsletter, weil Sie sich auf kommunalforum-thueringen.example angemeldet haben.
Abmelden: https://kommunalforum-thueringen.example/newsletter/abmelden?id=88213"""
    h = envelope(slug, addr("Kommunalforum Thüringen", a), "Newsletter Mai 2025: Termine und Förderaufrufe",
                 "2025-05-02 06:00",
                 extra=("List-Id: Kommunalforum Newsletter <newsletter.kommunalforum-thueringen.example>",
                        "List-Unsubscribe: <https://kommunalforum-thueringen.example/newsletter/abmelden?id=88213>",
                        "Precedence: bulk"))
    return message(h, alt(slug, body, simple_html(body), prefix="nl_")), label("other", [], None, None, None)


@case("other-advertising")
def _(slug):
    a = "vertrieb@beteiligung-digital.example"
    body = """Sehr geehrte Damen und Herren,

Bürgerbeteiligung zum ISEK – digital, rechtssicher, in 48 Stunden startklar!

Mit BürgerDialog 360 erstellen Sie Online-Umfragen, interaktive Karten und Ideenwände für Ihr Stadtentwicklungskonzept. Über 120 Kommunen vertrauen bereits auf uns.

Jetzt kostenlose Demo vereinbaren: https://beteiligung-digital.example/demo

Mit freundlichen Grüßen
Ihr Team von beteiligung digital GmbH

Sie möchten keine weiteren Informationen erhalten? Antworten Sie mit „Abmelden“."""
    return gmx(slug, addr("beteiligung digital GmbH", a), "ISEK-Beteiligung in 48 Stunden – jetzt Demo sichern",
               "2025-04-30 09:00", body), label("other", [], "beteiligung digital GmbH", "other", None)


@case("other-misdirected-funding")
def _(slug):
    a = "foerdermittel@floh-seligenthal.example"
    body = f"""Sehr geehrte Frau Sauerbrey,

anbei erhalten Sie wie besprochen den Mittelabruf für die Maßnahme „Sanierung Dorfgemeinschaftshaus Kleinschmalkalden“ (Programmjahr 2023) mit den Rechnungskopien.

Für Rückfragen stehe ich gern zur Verfügung.

{MFG}
Katja Trautvetter
Gemeinde Floh-Seligenthal
Fördermittelmanagement"""
    return ol_mixed(slug, addr("Trautvetter, Katja", a), "Mittelabruf Sanierung DGH Kleinschmalkalden",
                    "2025-05-07 13:48", body,
                    attachment("application/pdf", "Mittelabruf_DGH_2023.pdf", dummy_pdf("Mittelabruf DGH"))), \
        label("other", [], "Gemeinde Floh-Seligenthal", "municipality", "Floh-Seligenthal")


@case("other-phishing")
def _(slug):
    a = "it-support@transferveranstaltung-mail.example"
    body = f"""Sehr geehrter Benutzer von {INBOX},

Ihr Postfach hat 98 % des Speicherplatzes erreicht. Eingehende Nachrichten (z. B. Anmeldungen) werden ab sofort zurückgewiesen.

Bitte bestätigen Sie Ihr Konto innerhalb von 24 Stunden, um die Zustellung wiederherzustellen:
https://transferveranstaltung-mail.example/verify?u=anmeldung

Ihr IT-Service-Team"""
    h = envelope(slug, addr("IT-Service Postmaster", a), "WICHTIG: Ihr Postfach ist fast voll", "2025-05-09 03:12",
                 extra=("X-Priority: 1",))
    html_body = ("<html><body><p>Sehr geehrter Benutzer von " + INBOX + ",</p><p>Ihr Postfach hat <b>98 %</b> des "
                 "Speicherplatzes erreicht. Eingehende Nachrichten (z. B. Anmeldungen) werden ab sofort zurückgewiesen.</p>"
                 '<p><a href="https://transferveranstaltung-mail.example/verify?u=anmeldung">Konto jetzt bestätigen</a>'
                 "</p><p>Ihr IT-Service-Team</p></body></html>\n")
    return message(h, alt(slug, body, html_body, prefix="ph_")), label("other", [], None, None, None)


# ==================================================================================================
# build, validate, check
# ==================================================================================================

# every labelled set written before this one (corpus_blind21 is written at the same time, with surnames L–Z)
EARLIER = tuple(name for name in ("corpus", "corpus_holdout", "corpus_blind",
                                  *(f"corpus_blind{n}" for n in range(2, 20)))
                if (HERE.parent / name).is_dir())


def letter_problems() -> list[str]:
    """Every attendee surname of this set starts with A–K (Ä counts as A)."""
    bad = []
    for js in sorted(HERE.glob("[0-9][0-9][0-9]-*.json")):
        for person in json.loads(js.read_text(encoding="utf-8"))["attendees"]:
            first = person["name"].split()[-1][0].upper().replace("Ä", "A")
            if not "A" <= first <= "K":
                bad.append(f"{js.name}: surname of {person['name']!r} outside A–K")
    return bad


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
    main(HERE, CASES, seed=SEED, earlier=EARLIER, unique_within=True, repeats_allowed=True)
    problems = letter_problems()
    if "--check" in sys.argv[1:]:
        problems += [f"a rebuild would change {n}" for n in rebuild_differs()]
    for p in problems:
        print("PROBLEM:", p)
    if problems:
        raise SystemExit(1)
    print("all attendee surnames A–K")
    if "--check" in sys.argv[1:]:
        print("rebuild is byte-identical")
