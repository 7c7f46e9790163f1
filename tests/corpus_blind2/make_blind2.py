"""Rebuild and validate the second blind corpus (tests/corpus_blind2/).

Written from the invitation, INTERFACE.md, issue 3 and the labelling conventions of tests/corpus/README.md
only, without reading or running the parser. Each case below is one mail as a real inbox receives it, built
byte by byte by the small MIME writer in tests/corpus_kit.py (so client quirks such as mislabelled charsets
survive), together with
what a careful event secretary records from that mail alone.

    .venv/bin/python tests/corpus_blind2/make_blind2.py          # rewrite all files, then validate
    .venv/bin/python tests/corpus_blind2/make_blind2.py --check  # validate the files as they are
"""

from __future__ import annotations

import base64
import hashlib
import quopri
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_kit import (
    DUMMY_P7S,
    INBOX,
    OUR_NAME,
    Cases,
    P,
    addr,
    apple_html,
    attachment,
    case_registry,
    code_for,
    confirm_subject,
    confirmation,
    dummy_pdf,
    envelope,
    esc,
    ew,
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
    quote,
    rfc822,
    rfcdate,
    simple_html,
    text,
    tiny_png,
    waitlist,
    word_html,
    word_paragraphs,
)

HERE = Path(__file__).resolve().parent
CASES: Cases = []
case = case_registry(CASES)

# ==================================================================================================
# registrations
# ==================================================================================================

@case("vogtei-ortsteilrat-oberdorla-thunderbird")
def _(slug):
    frm = addr("Gerd Hohlstein", "ortsteilrat.oberdorla@vogtei.example")
    body = flow("""Sehr geehrte Damen und Herren,

der Ortsteilrat Oberdorla hat in seiner Sitzung am 14. April beschlossen, sich aktiv an der Fortschreibung des ISEK unserer Landgemeinde zu beteiligen. Als Ortsteilbürgermeister möchte ich daher an der Transferveranstaltung am 20. Mai teilnehmen.

Für die Gemeindeverwaltung hat sich, soweit ich weiß, bereits jemand separat angemeldet.

Mit freundlichen Grüßen

Gerd Hohlstein
-- 
Gerd Hohlstein
Ortsteilbürgermeister Oberdorla
Landgemeinde Vogtei
Ortsteilrat Oberdorla, Am Anger 3""")
    h = envelope(slug, frm, "Anmeldung Ortsteilrat Oberdorla", "2025-04-16 19:42",
                 extra=("User-Agent: Mozilla Thunderbird",))
    raw = message(h, text(body, "UTF-8", "8bit", flowed=True))
    return raw, label("registration", [P("Gerd Hohlstein", "ortsteilrat.oberdorla@vogtei.example",
                                        "Ortsteilbürgermeister Oberdorla")],
                      "Landgemeinde Vogtei (Ortsteilrat Oberdorla)", "municipality", "Vogtei")


@case("suhl-stadtplanungsamt-html-table-vorname-first")
def _(slug):
    frm = addr("Stadtplanungsamt Suhl", "stadtplanung@suhl.example")
    rows = [("Dana", "Lenk-Reichardt", "Amtsleiterin Stadtplanungsamt", "d.lenk-reichardt@suhl.example"),
            ("Sebastian", "Kaltofen", "SG Stadterneuerung / Städtebauförderung", "s.kaltofen@suhl.example"),
            ("Mirjam", "Scheidig", "Klimaschutzmanagerin", "m.scheidig@suhl.example")]
    td = 'style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"'
    head = "".join(f'<td {td}><p class="MsoNormal"><b>{c}</b><o:p></o:p></p></td>'
                   for c in ("Vorname", "Name", "Funktion", "E-Mail"))
    body_rows = "\n".join(
        "<tr>" + "".join(f'<td {td}><p class="MsoNormal">{esc(c)}<o:p></o:p></p></td>' for c in r[:3])
        + f'<td {td}><p class="MsoNormal"><a href="mailto:{r[3]}">{r[3]}</a><o:p></o:p></p></td></tr>'
        for r in rows)
    inner = (word_paragraphs("Sehr geehrte Damen und Herren,\n\nfür die Stadt Suhl melden wir zur "
                             "9. Transferveranstaltung am 20.05.2025 folgende Teilnehmer:innen an:\n")
             + '\n<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
             'style="border-collapse:collapse;border:none">\n<tr>' + head + "</tr>\n" + body_rows + "\n</table>\n"
             + word_paragraphs("\nBitte senden Sie die Bestätigungen direkt an die genannten Adressen.\n\n"
                               "Mit freundlichen Grüßen\ni. A. Romy Gensler\nSekretariat\n\nStadtverwaltung Suhl\n"
                               "Dezernat Stadtentwicklung | Stadtplanungsamt"))
    h = envelope(slug, frm, "Anmeldung Stadt Suhl – Transferveranstaltung ISEK", "2025-04-22 10:05",
                 extra=outlook_headers())
    raw = message(h, text(word_html("", inner=inner), "windows-1252", sub="html"))
    return raw, label("registration", [P(f"{r[0]} {r[1]}", r[3], r[2]) for r in rows],
                      "Stadtverwaltung Suhl, Stadtplanungsamt", "municipality", "Suhl")


@case("landesgesellschaft-two-staff-towns-in-passing")
def _(slug):
    frm = addr("Katrin Osterloh-Benz", "k.osterloh-benz@thuerstadt.example")
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich und meinen Kollegen Herrn Dr. Henrik Saalbach (h.saalbach@thuerstadt.example) für die Transferveranstaltung am 20. Mai 2025 an.

Als Landesgesellschaft begleiten wir derzeit mehrere Kommunen bei der Fortschreibung ihrer ISEK, u. a. die Städte Leutenberg und Ziegenrück, und würden gern unsere Erfahrungen aus diesen Prozessen in die Werkstattgespräche einbringen.

Mit freundlichen Grüßen

Katrin Osterloh-Benz
Projektleiterin Stadt- und Regionalentwicklung

ThürStadt – Landesgesellschaft für Stadt- und Regionalentwicklung mbH
Geschäftsbereich Kommunalberatung
Tel. +49 361 7890-412
www.thuerstadt.example"""
    h = envelope(slug, frm, "Anmeldung ThürStadt (2 Personen)", "2025-04-11 14:31", extra=outlook_headers())
    raw = message(h, outlook_alt(slug, body))
    return raw, label("registration", [P("Katrin Osterloh-Benz", "k.osterloh-benz@thuerstadt.example",
                                        "Projektleiterin Stadt- und Regionalentwicklung"),
                                      P("Henrik Saalbach", "h.saalbach@thuerstadt.example", None, "Dr.")],
                      "ThürStadt – Landesgesellschaft für Stadt- und Regionalentwicklung mbH", "authority", None)


@case("uni-lehrstuhl-prof-dr-ing-and-assistant")
def _(slug):
    frm = addr("Hannelore Brügmann-Lanz", "hannelore.bruegmann-lanz@uni-weimar.example")
    body = flow("""Sehr geehrte Damen und Herren,

gern nehmen wir an der 9. Transferveranstaltung teil. Bitte registrieren Sie:

Prof. Dr.-Ing. Hannelore Brügmann-Lanz (Lehrstuhlinhaberin)
Jana Quaas, M.Sc. (wiss. Mitarbeiterin), jana.quaas@uni-weimar.example

Frau Quaas promoviert zur Fortschreibung von ISEK in Landgemeinden nach Gebietszusammenschlüssen; wir würden uns freuen, in einem der Werkstattgespräche kurz über Zwischenergebnisse berichten zu dürfen.

Beste Grüße aus Weimar
Hannelore Brügmann-Lanz

-- 
Prof. Dr.-Ing. Hannelore Brügmann-Lanz
Lehrstuhl Stadtumbau und Regionalentwicklung
Fakultät Architektur und Urbanistik
Bauhaus-Universität Weimar""")
    h = envelope(slug, frm, "Anmeldung Lehrstuhl Stadtumbau – 20. Mai", "2025-04-09 08:57",
                 extra=("User-Agent: Mozilla Thunderbird",))
    raw = message(h, text(body, "UTF-8", "quoted-printable", flowed=True))
    return raw, label("registration", [
        P("Hannelore Brügmann-Lanz", "hannelore.bruegmann-lanz@uni-weimar.example", "Lehrstuhlinhaberin",
          "Prof. Dr.-Ing."),
        P("Jana Quaas", "jana.quaas@uni-weimar.example", "wiss. Mitarbeiterin", "M.Sc.")],
        "Bauhaus-Universität Weimar, Lehrstuhl Stadtumbau und Regionalentwicklung", "other", None)


@case("sanierungstraeger-client-buttstaedt")
def _(slug):
    frm = addr("Olaf Kirchhübel", "o.kirchhuebel@sem-mitteldeutschland.example")
    body = """Sehr geehrte Damen und Herren,

als von der Stadt Buttstädt beauftragter Sanierungsträger betreuen wir die städtebauliche Gesamtmaßnahme „Historischer Stadtkern Buttstädt“ und bereiten derzeit mit der Stadt die Fortschreibung des ISEK vor. Ich melde mich daher für die Transferveranstaltung am 20. Mai an.

Mit freundlichen Grüßen

Olaf Kirchhübel
Dipl.-Ing. Stadtplanung
Projektleiter

SEM Sanierungs- und Entwicklungsträger Mitteldeutschland GmbH
Niederlassung Weimar
Tel. 03643 55 81 20"""
    h = envelope(slug, frm, "Anmeldung Transferveranstaltung – Sanierungsträger Buttstädt", "2025-04-24 11:18",
                 extra=outlook_headers())
    raw = message(h, outlook_alt(slug, body))
    return raw, label("registration", [P("Olaf Kirchhübel", "o.kirchhuebel@sem-mitteldeutschland.example",
                                        "Projektleiter", "Dipl.-Ing.")],
                      "SEM Sanierungs- und Entwicklungsträger Mitteldeutschland GmbH", "planning_office", "Buttstädt")


@case("oberhof-buergermeisterin-und-bauamtsleiter-cc")
def _(slug):
    frm = addr("Quandt, Beate", "b.quandt@oberhof.example", "windows-1252")
    body = """Sehr geehrte Damen und Herren,

zur Transferveranstaltung „Zusammen denken – gemeinsam handeln“ am 20. Mai 2025 melde ich mich selbst sowie meinen Bauamtsleiter, Herrn Hollandt, verbindlich an. Herr Hollandt ist unter r.hollandt@oberhof.example erreichbar; ich habe ihn in Kopie gesetzt.

Gerade die Verknüpfung von ISEK und Wärmeplanung beschäftigt uns als Tourismusort sehr.

Mit freundlichen Grüßen

Beate Quandt
Bürgermeisterin

Stadt Oberhof
Crawinkler Straße 2"""
    h = envelope(slug, frm, "Anmeldung Stadt Oberhof", "2025-04-28 07:49",
                 extra=(f"Cc: {addr('Hollandt, Rüdiger', 'r.hollandt@oberhof.example', 'windows-1252')}",
                        *outlook_headers()))
    raw = message(h, outlook_alt(slug, body))
    return raw, label("registration", [P("Beate Quandt", "b.quandt@oberhof.example", "Bürgermeisterin"),
                                      P("Rüdiger Hollandt", "r.hollandt@oberhof.example", "Bauamtsleiter")],
                      "Stadt Oberhof", "municipality", "Oberhof")


@case("georgenthal-html-signature-inline-logo")
def _(slug):
    frm = addr("Sandra Kürschner", "s.kuerschner@georgenthal.example")
    body = """Guten Tag,

für die Gemeinde Georgenthal melde ich mich zur 9. Transferveranstaltung am 20.05.2025 an.

Freundliche Grüße

Sandra Kürschner
Sachbearbeiterin Bauverwaltung
Gemeinde Georgenthal
Tel. 036253 380-22 | s.kuerschner@georgenthal.example"""
    cid = "image001.png@01DBB4A2.5C0E3F10"
    sig = ('<table style="border-top:2px solid #1E5AA0"><tr><td style="padding-right:12px">'
           f'<img width="64" height="64" src="cid:{cid}" alt="Wappen Gemeinde Georgenthal"></td>'
           '<td><p class="MsoNormal"><b><span style="color:#1E5AA0">Sandra Kürschner</span></b><o:p></o:p></p>'
           '<p class="MsoNormal">Sachbearbeiterin Bauverwaltung<o:p></o:p></p>'
           '<p class="MsoNormal">Gemeinde Georgenthal<o:p></o:p></p>'
           '<p class="MsoNormal">Tel. 036253 380-22 | <a href="mailto:s.kuerschner@georgenthal.example">'
           's.kuerschner@georgenthal.example</a><o:p></o:p></p></td></tr></table>')
    inner = word_paragraphs("Guten Tag,\n\nfür die Gemeinde Georgenthal melde ich mich zur 9. Transferveranstaltung "
                            "am 20.05.2025 an.\n\nFreundliche Grüße\n") + "\n" + sig
    rel = multi("related", [text(word_html(body, inner=inner), "windows-1252", sub="html"),
                            attachment("image/png", "image001.png", tiny_png(), "inline", cid)],
                "----=_NextPart_001_0001_01DBB4A2.5C0E3F10", ' type="text/html";')
    alt = multi("alternative", [text(body, "windows-1252"), rel], "----=_NextPart_000_0000_01DBB4A2.5C0E3F10")
    h = envelope(slug, frm, "Anmeldung", "2025-04-17 13:40", extra=outlook_headers())
    return message(h, alt), label("registration", [P("Sandra Kürschner", "s.kuerschner@georgenthal.example",
                                                   "Sachbearbeiterin Bauverwaltung")],
                                  "Gemeinde Georgenthal", "municipality", "Georgenthal")


@case("am-ohmberg-vcard-only-org")
def _(slug):
    frm = addr("Michael Dörfler", "m.doerfler@am-ohmberg.example")
    body = """Hallo,

ich melde mich hiermit für die Veranstaltung am 20.05. in Bad Lobenstein an. Meine Kontaktdaten finden Sie in der angehängten Visitenkarte.

Viele Grüße
Michael Dörfler"""
    vcf = ("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Dörfler;Michael;;;\r\nFN:Michael Dörfler\r\n"
           "ORG:Gemeinde Am Ohmberg;Bauamt\r\nTITLE:Bauamtsleiter\r\n"
           "TEL;TYPE=WORK,VOICE:036077 2041-30\r\nEMAIL;TYPE=INTERNET,WORK:m.doerfler@am-ohmberg.example\r\n"
           "ADR;TYPE=WORK:;;Hauptstraße 12;Am Ohmberg OT Bischofferode;;;Deutschland\r\nEND:VCARD\r\n")
    vpart = (['Content-Type: text/vcard; charset="utf-8"; name="Michael Doerfler.vcf"',
              'Content-Disposition: attachment; filename="Michael Doerfler.vcf"',
              "Content-Transfer-Encoding: base64"], base64.encodebytes(vcf.encode()))
    mixed = multi("mixed", [text(body, "utf-8"), vpart], "------------Mb0ZqXgN4s1pVtR2cO7hE3fA")
    h = envelope(slug, frm, "Anmeldung 20.05.", "2025-05-02 09:12",
                 extra=("User-Agent: Mozilla Thunderbird",))
    return message(h, mixed), label("registration", [P("Michael Dörfler", "m.doerfler@am-ohmberg.example",
                                                     "Bauamtsleiter")],
                                    "Gemeinde Am Ohmberg", "municipality", "Am Ohmberg")


@case("an-der-schmuecke-numbered-list-sender-not-attending")
def _(slug):
    frm = addr("Ramona Körbs", "hauptamt@an-der-schmuecke.example", "iso-8859-1")
    body = """Sehr geehrte Damen und Herren,

für die Landgemeinde An der Schmücke melde ich folgende Personen zur Transferveranstaltung am 20.05.2025 an:

1. Herr Bürgermeister Dipl.-Ing. Steffen Haubold, buergermeister@an-der-schmuecke.example
2. Frau Cornelia Zinke, Fachbereich Bauen und Ordnung, c.zinke@an-der-schmuecke.example
3. Herr Paul Beyreuther, Ortsteilbürgermeister Heldrungen (bitte Post über mich)

Ich selbst nehme nicht teil.

Mit freundlichen Grüßen
Ramona Körbs
Hauptamt
Landgemeinde An der Schmücke"""
    h = envelope(slug, frm, "Anmeldung Transferveranstaltung 20.05.2025", "2025-04-14 10:26",
                 extra=("X-Mailer: Microsoft Outlook 14.0",), subject_enc=("iso-8859-1", "Q"))
    raw = message(h, text(body, "iso-8859-1", "8bit"))
    return raw, label("registration", [
        P("Steffen Haubold", "buergermeister@an-der-schmuecke.example", "Bürgermeister", "Dipl.-Ing."),
        P("Cornelia Zinke", "c.zinke@an-der-schmuecke.example", "Fachbereich Bauen und Ordnung"),
        P("Paul Beyreuther", None, "Ortsteilbürgermeister Heldrungen")],
        "Landgemeinde An der Schmücke", "municipality", "An der Schmücke")


@case("werra-suhl-tal-webde-html-teilnehmerinnen-bullets")
def _(slug):
    frm = addr("Jacqueline Riemenschneider", "jacky.riemenschneider@web.example")
    htm = """<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;">
<div>Liebe Organisator:innen,</div>
<div>&nbsp;</div>
<div>folgende Teilnehmer:innen aus der Stadt Werra-Suhl-Tal kommen am 20. Mai:</div>
<ul>
<li>Jacqueline Riemenschneider (Stadtentwicklung) &ndash; j.riemenschneider@werra-suhl-tal.example</li>
<li>Ole Brandau (Klimaschutz) &ndash; o.brandau@werra-suhl-tal.example</li>
</ul>
<div>Ich schreibe ausnahmsweise von meiner privaten Adresse, weil unser Server gerade umgestellt wird &ndash; bitte die Best&auml;tigungen an die dienstlichen Adressen oben.</div>
<div>&nbsp;</div>
<div>Beste Gr&uuml;&szlig;e</div>
<div>Jacqueline Riemenschneider</div>
</div></body></html>
"""
    h = envelope(slug, frm, "Anmeldung Werra-Suhl-Tal", "2025-04-29 21:07",
                 extra=("X-UI-Message-Type: mail", "Importance: normal", "Sensitivity: Normal"))
    raw = message(h, text(htm, "UTF-8", sub="html"))
    return raw, label("registration", [
        P("Jacqueline Riemenschneider", "j.riemenschneider@werra-suhl-tal.example", "Stadtentwicklung"),
        P("Ole Brandau", "o.brandau@werra-suhl-tal.example", "Klimaschutz")],
        "Stadt Werra-Suhl-Tal", "municipality", "Werra-Suhl-Tal")


@case("grossheringen-apple-mail-double-names-erfuellende-gemeinde")
def _(slug):
    frm = addr("Anna-Lena Schulze-Wettin", "a-l.schulze-wettin@grossheringen.example")
    body = """Guten Tag,

wir möchten uns für die Transferveranstaltung am 20. Mai anmelden: ich selbst und unser Gemeinderat Klaus Meyer-Wildenhain, der bei uns den Arbeitskreis Dorfentwicklung leitet.

Herzliche Grüße
Anna-Lena Schulze-Wettin
Bürgermeisterin (ehrenamtlich)
Gemeinde Großheringen
(erfüllende Gemeinde: Stadt Bad Sulza)"""
    b = "Apple-Mail=_5F3A1C2E-8B7D-4E21-9A0C-" + hashlib.md5(slug.encode()).hexdigest()[:12].upper()
    alt = multi("alternative", [text(body, "utf-8"), text(apple_html(body), "utf-8", sub="html")], b)
    h = envelope(slug, frm, "Anmeldung Transferveranstaltung", "2025-04-19 16:33",
                 extra=("X-Mailer: Apple Mail (2.3776.700.51)",))
    return message(h, alt), label("registration", [
        P("Anna-Lena Schulze-Wettin", "a-l.schulze-wettin@grossheringen.example", "Bürgermeisterin (ehrenamtlich)"),
        P("Klaus Meyer-Wildenhain", None, "Gemeinderat")], "Gemeinde Großheringen", "municipality", "Großheringen")


@case("leutenberg-stadtraetin-dr-med-von-der-heide")
def _(slug):
    frm = addr("Dr. med. Friederike von der Heide", "praxis@vonderheide-leutenberg.example")
    body = """Sehr geehrte Damen und Herren,

als Stadträtin und Vorsitzende des Bau- und Umweltausschusses der Stadt Leutenberg möchte ich mich für die Transferveranstaltung am 20. Mai 2025 anmelden. Ich schreibe von der Adresse meiner Praxis; Rückfragen gern dorthin.

Da ich vormittags Sprechstunde habe, komme ich voraussichtlich erst zur Mittagspause.

Mit freundlichen Grüßen

Dr. med. Friederike von der Heide
Fachärztin für Allgemeinmedizin
Stadträtin Leutenberg"""
    h = envelope(slug, frm, "Anmeldung Stadtrat Leutenberg", "2025-04-25 12:51", extra=outlook_headers())
    raw = message(h, outlook_alt(slug, body))
    return raw, label("registration", [P("Friederike von der Heide", "praxis@vonderheide-leutenberg.example",
                                        "Stadträtin", "Dr. med.")],
                      "Stadt Leutenberg (Stadtrat)", "municipality", "Leutenberg",
                      notes=["Da ich vormittags Sprechstunde habe, komme ich voraussichtlich erst zur Mittagspause."])


@case("muenchenbernsdorf-typo-roundcube")
def _(slug):
    frm = addr("Heiko Tröger", "h.troeger@muenchenbernsdorf.example")
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich zur 9. Transferveranstaltung am 20.05.2025 an.

Mit freundlichen Grüßen

Heiko Tröger
Bauamt
Stadtverwaltung Münchenbernsdrof
Tel. 036604 8 12-14"""
    h = envelope(slug, frm, "Anmeldung", "2025-04-30 14:02", extra=("User-Agent: Roundcube Webmail/1.6.9",))
    raw = message(h, text(body, "UTF-8"))
    return raw, label("registration", [P("Heiko Tröger", "h.troeger@muenchenbernsdorf.example", "Bauamt")],
                      "Stadtverwaltung Münchenbernsdorf", "municipality", "Münchenbernsdorf")


@case("kroelpa-iso-8859-15-euro-note")
def _(slug):
    frm = addr("Manfred Gleitsmann", "buergermeister@kroelpa.example", "iso-8859-15")
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich verbindlich zur Transferveranstaltung am 20. Mai an.

Falls ein Unkostenbeitrag für die Verpflegung anfällt, bitte die Rechnung an die Gemeinde Krölpa; bis 50 € kann ich das ohne Beschluss freigeben.

Mit freundlichem Gruß
Manfred Gleitsmann
Bürgermeister der Gemeinde Krölpa"""
    h = envelope(slug, frm, "Anmeldung Gemeinde Krölpa", "2025-04-23 18:20",
                 subject_enc=("iso-8859-15", "Q"), extra=("User-Agent: Mozilla/5.0 Thunderbird/78.14.0",))
    raw = message(h, text(body, "ISO-8859-15", "quoted-printable"))
    return raw, label("registration", [P("Manfred Gleitsmann", "buergermeister@kroelpa.example", "Bürgermeister")],
                      "Gemeinde Krölpa", "municipality", "Krölpa",
                      notes=["Falls ein Unkostenbeitrag für die Verpflegung anfällt, bitte die Rechnung an die "
                             "Gemeinde Krölpa; bis 50 € kann ich das ohne Beschluss freigeben."])


@case("english-consultancy-client-frankenblick")
def _(slug):
    frm = addr("Siobhan O'Keeffe", "s.okeeffe@urbanfutures.example")
    body = """Dear Sir or Madam,

I would like to register for the 9th transfer event on 20 May 2025, together with my colleague Dr Lukas Brandner (l.brandner@urbanfutures.example).

Our firm is currently supporting the municipality of Frankenblick (Sonneberg district) with the update of its integrated development concept, so the topics on the programme are highly relevant for us. We both understand German well, so no interpretation is needed.

Kind regards,
Siobhan O'Keeffe
Senior Consultant, Urban Regeneration
Urban Futures Consulting Ltd – Leipzig office"""
    h = envelope(slug, frm, "Registration – transfer event 20 May (2 persons)", "2025-04-15 09:44",
                 extra=("X-Mailer: Microsoft Outlook 16.0", "Content-Language: en-GB"))
    raw = message(h, outlook_alt(slug, body, cs="utf-8"))
    return raw, label("registration", [
        P("Siobhan O'Keeffe", "s.okeeffe@urbanfutures.example", "Senior Consultant, Urban Regeneration"),
        P("Lukas Brandner", "l.brandner@urbanfutures.example", None, "Dr")],
        "Urban Futures Consulting Ltd", "planning_office", "Frankenblick", language="en")


@case("nottertal-mixed-german-english")
def _(slug):
    frm = addr("Maarten de Vries", "m.devries@nottertal-heilinger-hoehen.example")
    body = flow("""Hallo zusammen, hi everyone,

ich bin seit März im Bauamt der Landgemeinde Nottertal-Heilinger Höhen (Sitz in Schlotheim) tätig – my German is still improving, so I'll continue in English if that's ok.

I would like to register for the event on May 20th. We are just starting the update of our ISEK and I am very interested in the sessions on heat planning and citizen participation.

Viele Grüße / best regards
Maarten de Vries
Bauamt / Planning Department
Landgemeinde Nottertal-Heilinger Höhen""")
    h = envelope(slug, frm, "Anmeldung / registration 20.05.", "2025-04-08 15:16",
                 extra=("User-Agent: Mozilla Thunderbird",))
    raw = message(h, text(body, "UTF-8", "8bit", flowed=True))
    return raw, label("registration", [P("Maarten de Vries", "m.devries@nottertal-heilinger-hoehen.example",
                                        "Bauamt")],
                      "Landgemeinde Nottertal-Heilinger Höhen", "municipality", "Nottertal-Heilinger Höhen")


@case("vg-mellingen-member-grossschwabhausen-mayor-and-clerk")
def _(slug):
    frm = addr("Birgit Zeuner", "b.zeuner@vg-mellingen.example")
    body = """Sehr geehrte Damen und Herren,

für unsere Mitgliedsgemeinde Großschwabhausen melde ich den ehrenamtlichen Bürgermeister, Herrn Frank Riese (buergermeister@grossschwabhausen.example), zur Transferveranstaltung am 20. Mai an. Ich werde ihn begleiten, da die VG das ISEK-Verfahren für die Gemeinde betreut.

Mit freundlichen Grüßen

Birgit Zeuner
Bauamt
Verwaltungsgemeinschaft Mellingen"""
    h = envelope(slug, frm, "Anmeldung Gemeinde Großschwabhausen", "2025-04-10 08:33", extra=outlook_headers())
    raw = message(h, outlook_alt(slug, body))
    return raw, label("registration", [
        P("Frank Riese", "buergermeister@grossschwabhausen.example", "Bürgermeister (ehrenamtlich)"),
        P("Birgit Zeuner", "b.zeuner@vg-mellingen.example", "Bauamt")],
        "Verwaltungsgemeinschaft Mellingen", "municipality", "Großschwabhausen")


@case("landratsamt-unstrut-hainich-no-municipality")
def _(slug):
    frm = addr("Apel, Torsten", "torsten.apel@lra-uhk.example")
    body = """Sehr geehrte Damen und Herren,

vom Landratsamt Unstrut-Hainich-Kreis, Fachdienst Kreisentwicklung und Wirtschaftsförderung, nehmen an der Transferveranstaltung teil:

Torsten Apel, Fachdienstleiter
Claudia Frenzel-Hoyer, Sachgebiet Regionalplanung/Förderung, c.frenzel-hoyer@lra-uhk.example

Wir begleiten mehrere kreisangehörige Gemeinden bei Förderanträgen und möchten die Abgrenzung zwischen Städtebauförderung und Dorfentwicklung gern mit Ihnen diskutieren.

Mit freundlichen Grüßen
Im Auftrag

Torsten Apel
Landratsamt Unstrut-Hainich-Kreis
Fachdienst Kreisentwicklung und Wirtschaftsförderung
Lindenbühl 28/29, 99974 Mühlhausen"""
    h = envelope(slug, frm, "Anmeldung LRA Unstrut-Hainich-Kreis", "2025-04-18 09:03", extra=outlook_headers())
    raw = message(h, outlook_alt(slug, body))
    return raw, label("registration", [
        P("Torsten Apel", "torsten.apel@lra-uhk.example", "Fachdienstleiter"),
        P("Claudia Frenzel-Hoyer", "c.frenzel-hoyer@lra-uhk.example", "Sachgebiet Regionalplanung/Förderung")],
        "Landratsamt Unstrut-Hainich-Kreis", "authority", None)


@case("uder-iphone-terse")
def _(slug):
    frm = addr("Kerstin Hörnlein", "k.hoernlein@uder.example")
    body = """Hallo, melde mich hiermit für die Veranstaltung am 20.5. an.
Kerstin Hörnlein, Gemeinde Uder, Bauamt

Von meinem iPhone gesendet"""
    h = envelope(slug, frm, "Anmeldung", "2025-05-06 17:58", extra=("X-Mailer: iPhone Mail (21E236)",))
    raw = message(h, text(body, "utf-8"))
    return raw, label("registration", [P("Kerstin Hörnlein", "k.hoernlein@uder.example", "Bauamt")],
                      "Gemeinde Uder", "municipality", "Uder")


@case("niederorschel-android-base64-private-address")
def _(slug):
    frm = addr("Enrico Stöpel", "enrico.stoepel@t-online.example")
    body = """Guten Morgen,

ich würde gern an der Transferveranstaltung am 20. Mai teilnehmen. Bitte alles an diese Adresse, im Rathaus komme ich gerade kaum an den Rechner.

Gruß
Enrico Stöpel
Bürgermeister Gemeinde Niederorschel

Gesendet von meinem Galaxy"""
    h = envelope(slug, frm, "Transferveranstaltung", "2025-04-27 07:12")
    raw = message(h, text(body, "UTF-8", "base64"))
    return raw, label("registration", [P("Enrico Stöpel", "enrico.stoepel@t-online.example", "Bürgermeister")],
                      "Gemeinde Niederorschel", "municipality", "Niederorschel")


@case("schwallungen-gemeinderaetin-gmx-html")
def _(slug):
    frm = addr("Ute Krautwurst", "ute.krautwurst@gmx.example")
    body = """Sehr geehrte Damen und Herren,

als Mitglied des Gemeinderates Schwallungen und des Bauausschusses möchte ich gern an der Transferveranstaltung am 20. Mai teilnehmen. Unsere Gemeinde steht am Anfang eines Gemeindeentwicklungskonzeptes.

Ich reise mit der Bahn an.

Mit freundlichen Grüßen
Ute Krautwurst"""
    h = envelope(slug, frm, "Teilnahme Transferveranstaltung 20. Mai", "2025-04-21 20:45",
                 extra=("X-UI-Message-Type: mail", "X-Priority: 3"))
    raw = message(h, text(simple_html(body, "font-family: Verdana;font-size: 12.0px;"), "UTF-8", sub="html"))
    return raw, label("registration", [P("Ute Krautwurst", "ute.krautwurst@gmx.example", "Gemeinderätin")],
                      "Gemeinde Schwallungen (Gemeinderat)", "municipality", "Schwallungen",
                      notes=["Ich reise mit der Bahn an."])


@case("krayenberggemeinde-forward-inline-wg-mayor")
def _(slug):
    frm = addr("Schaaf, Yvonne", "sekretariat@krayenberggemeinde.example", "windows-1252")
    body = """Sehr geehrte Damen und Herren,

anbei die Anmeldung unseres Bürgermeisters.

Mit freundlichen Grüßen
i. A. Yvonne Schaaf
Sekretariat Bürgermeister
Krayenberggemeinde

Von: Heerwagen, Mirko <m.heerwagen@krayenberggemeinde.example>
Gesendet: Montag, 28. April 2025 08:02
An: Schaaf, Yvonne <sekretariat@krayenberggemeinde.example>
Betreff: Transferveranstaltung 20.5.

Hallo Frau Schaaf,

bitte melden Sie mich für die Transferveranstaltung in Bad Lobenstein an. Ich fahre selbst mit dem Dienstwagen.

Danke!
M. Heerwagen"""
    h = envelope(slug, frm, "WG: Transferveranstaltung 20.5.", "2025-04-28 08:40", extra=outlook_headers())
    raw = message(h, outlook_alt(slug, body))
    return raw, label("registration", [P("Mirko Heerwagen", "m.heerwagen@krayenberggemeinde.example",
                                        "Bürgermeister")],
                      "Krayenberggemeinde", "municipality", "Krayenberggemeinde",
                      notes=["Ich fahre selbst mit dem Dienstwagen."])


@case("dermbach-forward-attached-rfc822-colleague")
def _(slug):
    inner_h = envelope(slug + "-inner", addr("Sabrina Leinhos", "s.leinhos@dermbach.example"),
                       "Transferveranstaltung ISEK", "2025-04-22 15:10", to=addr("Jörg Kehl", "j.kehl@dermbach.example"),
                       extra=("User-Agent: Mozilla Thunderbird",))
    inner = message(inner_h, text("""Hallo Jörg,

die Transferveranstaltung in Bad Lobenstein am 20. Mai wäre für unsere ISEK-Fortschreibung sehr interessant. Kannst du mich dafür anmelden lassen?

Danke und Gruß
Sabrina

--
Sabrina Leinhos
Bauverwaltung, Gemeinde Dermbach""", "UTF-8", "8bit"))
    outer = """Sehr geehrte Damen und Herren,

bitte melden Sie Frau Leinhos (siehe angehängte Nachricht) zur Transferveranstaltung an. Ich selbst bin an dem Tag leider verhindert.

Mit freundlichen Grüßen
Jörg Kehl
Bürgermeister
Gemeinde Dermbach"""
    mixed = multi("mixed", [text(outer, "iso-8859-1"),
                            rfc822(inner, 'attachment; filename="Transferveranstaltung ISEK.eml"')],
                  "------------0a7XkEj3QwNzPzR5mLbYcD2u")
    h = envelope(slug, addr("Jörg Kehl", "j.kehl@dermbach.example"), "Fwd: Transferveranstaltung ISEK",
                 "2025-04-23 07:55", extra=("User-Agent: Mozilla Thunderbird",))
    return message(h, mixed), label("registration", [P("Sabrina Leinhos", "s.leinhos@dermbach.example",
                                                     "Bauverwaltung")],
                                    "Gemeinde Dermbach", "municipality", "Dermbach")


@case("rhoenblick-smime-signed-mayor-and-clerk")
def _(slug):
    frm = addr("Wohlfahrt, Antje", "a.wohlfahrt@rhoenblick.example")
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich Herrn Bürgermeister Gerald Quentel (buergermeister@rhoenblick.example) und mich, Antje Wohlfahrt (Bauamt), zur 9. Transferveranstaltung am 20.05.2025 an.

Mit freundlichen Grüßen

Antje Wohlfahrt
Sachbearbeiterin Bauamt
Gemeinde Rhönblick"""
    signed = multi("signed", [outlook_alt(slug, body),
                              attachment("application/pkcs7-signature", "smime.p7s", DUMMY_P7S)],
                   "----=_NextPart_000_SIG_" + hashlib.md5(slug.encode()).hexdigest()[:16].upper(),
                   ' protocol="application/pkcs7-signature"; micalg=sha-256;',
                   preamble="This is a multipart message in MIME format.\n")
    h = envelope(slug, frm, "Anmeldung Gemeinde Rhönblick", "2025-05-05 10:21", extra=outlook_headers())
    return message(h, signed), label("registration", [
        P("Gerald Quentel", "buergermeister@rhoenblick.example", "Bürgermeister"),
        P("Antje Wohlfahrt", "a.wohlfahrt@rhoenblick.example", "Sachbearbeiterin Bauamt")],
        "Gemeinde Rhönblick", "municipality", "Rhönblick")


@case("kriebitzsch-pdf-form-shared-mailbox")
def _(slug):
    frm = addr("Gemeinde Kriebitzsch", "info@kriebitzsch.example")
    body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie das ausgefüllte Anmeldeformular. Teilnehmen wird unsere Bauamtsleiterin, Frau Dagmar Pöschel (d.poeschel@kriebitzsch.example).

Mit freundlichen Grüßen
i. A. L. Wachtel
Gemeindeverwaltung Kriebitzsch"""
    mixed = multi("mixed", [outlook_alt(slug, body),
                            attachment("application/pdf", "Anmeldung_Transferveranstaltung_Kriebitzsch.pdf",
                                       dummy_pdf("Anmeldung Kriebitzsch"))],
                  "----=_NextPart_000_MIX_" + hashlib.md5(slug.encode()).hexdigest()[:16].upper())
    h = envelope(slug, frm, "Anmeldeformular Transferveranstaltung", "2025-04-16 11:47", extra=outlook_headers())
    return message(h, mixed), label("registration", [P("Dagmar Pöschel", "d.poeschel@kriebitzsch.example",
                                                     "Bauamtsleiterin")],
                                    "Gemeinde Kriebitzsch", "municipality", "Kriebitzsch")


@case("straussfurt-key-value-ascii")
def _(slug):
    frm = addr("Ronny Kaltwasser", "r.kaltwasser@vg-straussfurt.example")
    body = """Anmeldung Transferveranstaltung 20.05.2025

Vorname: Ronny
Name: Kaltwasser
Dienststelle: Gemeinde Straussfurt / VG Straussfurt
Funktion: Sachbearbeiter Bauleitplanung
E-Mail: r.kaltwasser@vg-straussfurt.example
Telefon: 036376 5 44-17
Anreise: PKW

Gruss R. Kaltwasser"""
    h = envelope(slug, frm, "Anmeldung Transferveranstaltung", "2025-05-07 13:30",
                 extra=("User-Agent: Mutt/2.2.9",))
    raw = message(h, text(body, "us-ascii", "7bit"))
    return raw, label("registration", [P("Ronny Kaltwasser", "r.kaltwasser@vg-straussfurt.example",
                                        "Sachbearbeiter Bauleitplanung")],
                      "Gemeinde Straußfurt / VG Straußfurt", "municipality", "Straußfurt", notes=["Anreise: PKW"])


@case("harztor-ortsteil-ilfeld-der-gemeinde")
def _(slug):
    frm = addr("Marlies Nebelung", "m.nebelung@outlook.example")
    body = """Sehr geehrte Damen und Herren,

ich bin Ortsteilbürgermeisterin im Ortsteil Ilfeld der Gemeinde Harztor und möchte mich zur Transferveranstaltung am 20. Mai anmelden. Außerdem kommt unser Ortschaftsrat Herr Dietmar Kleinschmidt mit.

Mit freundlichen Grüßen
Marlies Nebelung"""
    b = "_000_" + hashlib.md5(slug.encode()).hexdigest()[:24] + "_"
    alt = multi("alternative", [text(body, "iso-8859-1"),
                                text(simple_html(body, "font-family: Aptos, sans-serif; font-size: 12pt;"),
                                     "iso-8859-1", sub="html")], b)
    h = envelope(slug, frm, "Anmeldung OT Ilfeld", "2025-04-26 11:05",
                 extra=("X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "))
    return message(h, alt, crlf=True), label("registration", [
        P("Marlies Nebelung", "m.nebelung@outlook.example", "Ortsteilbürgermeisterin Ilfeld"),
        P("Dietmar Kleinschmidt", None, "Ortschaftsrat")], "Gemeinde Harztor (Ortsteil Ilfeld)", "municipality",
        "Harztor")


@case("clingen-all-caps")
def _(slug):
    frm = addr("STADT CLINGEN BAUAMT", "bauamt@stadt-clingen.example")
    body = """SEHR GEEHRTE DAMEN UND HERREN,

HIERMIT MELDE ICH MICH FUER DIE STADT CLINGEN ZUR TRANSFERVERANSTALTUNG AM 20.05.2025 AN.

MIT FREUNDLICHEN GRUESSEN

HOLGER LEIBELING
BAUAMT
STADT CLINGEN"""
    h = envelope(slug, frm, "ANMELDUNG STADT CLINGEN", "2025-04-15 08:01", extra=outlook_headers())
    raw = message(h, text(body, "windows-1252"))
    return raw, label("registration", [P("Holger Leibeling", "bauamt@stadt-clingen.example", "Bauamt")],
                      "Stadt Clingen", "municipality", "Clingen")


@case("ponitz-me-and-colleague-sentence")
def _(slug):
    frm = addr("Silvia Lämmerhirt", "s.laemmerhirt@ponitz.example", "windows-1252")
    body = """Guten Tag,

ich und mein Kollege Herr Tino Wustmann (t.wustmann@ponitz.example) möchten gern an der Veranstaltung am 20. Mai teilnehmen.

Viele Grüße
Silvia Lämmerhirt
Gemeinde Ponitz – Bau und Liegenschaften"""
    h = envelope(slug, frm, "Teilnahme am 20. Mai", "2025-05-08 16:44", extra=outlook_headers())
    raw = message(h, text(body, "windows-1252"))
    return raw, label("registration", [
        P("Silvia Lämmerhirt", "s.laemmerhirt@ponitz.example", "Bau und Liegenschaften"),
        P("Tino Wustmann", "t.wustmann@ponitz.example")], "Gemeinde Ponitz", "municipality", "Ponitz")


@case("starkenberg-colleagues-not-self-shared-address")
def _(slug):
    frm = addr("Petra Zänker", "hauptamt@starkenberg.example", "windows-1252")
    body = """Sehr geehrte Damen und Herren,

ich selbst kann am 20. Mai leider nicht teilnehmen, melde aber unsere Kolleginnen Frau Nadine Schumann-Graf und Frau Ilka Tetzner an. Beide erreichen Sie über bauamt@starkenberg.example.

Mit freundlichen Grüßen

Petra Zänker
Hauptamtsleiterin
Gemeinde Starkenberg"""
    h = envelope(slug, frm, "Anmeldung Gemeinde Starkenberg", "2025-04-29 10:38", extra=outlook_headers())
    raw = message(h, outlook_alt(slug, body))
    return raw, label("registration", [P("Nadine Schumann-Graf", "bauamt@starkenberg.example"),
                                      P("Ilka Tetzner", "bauamt@starkenberg.example")],
                      "Gemeinde Starkenberg", "municipality", "Starkenberg")


@case("veilsdorf-thunderbird-latin1-qp-signature")
def _(slug):
    frm = addr("Franziska Ruppe", "f.ruppe@veilsdorf.example", "iso-8859-1")
    body = flow("""Hallo,

ich möchte mich für die 9. Transferveranstaltung anmelden. Wir stehen kurz vor der Vergabe unseres Gemeindeentwicklungskonzeptes und erhoffen uns Hinweise zur Abgrenzung der Förderprogramme.

Danke und viele Grüße
Franziska Ruppe

-- 
Franziska Ruppe
Bauverwaltung
Gemeinde Veilsdorf
Landkreis Hildburghausen""")
    h = envelope(slug, frm, "Anmeldung 9. Transferveranstaltung", "2025-04-12 10:14",
                 extra=("User-Agent: Mozilla Thunderbird",))
    raw = message(h, text(body, "ISO-8859-1", "quoted-printable", flowed=True))
    return raw, label("registration", [P("Franziska Ruppe", "f.ruppe@veilsdorf.example", "Bauverwaltung")],
                      "Gemeinde Veilsdorf", "municipality", "Veilsdorf")


@case("goldisthal-samsung-alternative-base64")
def _(slug):
    frm = addr("Andreas Hüttich", "andreas.huettich@web.example")
    body = """Hallo, bin am 20.5. dabei. Schöne Grüße aus Goldisthal
Andreas Hüttich, Bürgermeister

Von meinem Samsung Galaxy Smartphone gesendet."""
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
           '<div dir="auto">Hallo, bin am 20.5. dabei. Schöne Grüße aus Goldisthal</div>'
           '<div dir="auto">Andreas Hüttich, Bürgermeister</div><div dir="auto"><br></div>'
           '<div dir="auto" style="font-size:75%;color:#575757">Von meinem Samsung Galaxy Smartphone gesendet.</div>'
           "</body></html>")
    alt = multi("alternative", [text(body, "UTF-8", "base64"), text(htm, "UTF-8", "base64", sub="html")],
                "--_com.samsung.android.email_" + hashlib.md5(slug.encode()).hexdigest()[:14])
    h = envelope(slug, frm, "Transferveranstaltung Bad Lobenstein", "2025-05-03 19:26")
    return message(h, alt), label("registration", [P("Andreas Hüttich", "andreas.huettich@web.example",
                                                   "Bürgermeister")],
                                  "Gemeinde Goldisthal", "municipality", "Goldisthal")


@case("grabfeld-wheelchair-vegan-notes")
def _(slug):
    frm = addr("Sophie Leitloff", "s.leitloff@grabfeld.example")
    body = """Sehr geehrte Damen und Herren,

für die Gemeinde Grabfeld melde ich mich zur Transferveranstaltung am 20.05.2025 an.

Zwei Hinweise: Ich bin Rollstuhlfahrerin und bitte um einen Platz, der ohne Stufen erreichbar ist. Außerdem ernähre ich mich vegan.

Mit freundlichen Grüßen
Sophie Leitloff
Klimaschutz und Gemeindeentwicklung
Gemeinde Grabfeld"""
    h = envelope(slug, frm, "Anmeldung Gemeinde Grabfeld", "2025-04-14 14:19", extra=outlook_headers())
    raw = message(h, outlook_alt(slug, body))
    return raw, label("registration", [P("Sophie Leitloff", "s.leitloff@grabfeld.example",
                                        "Klimaschutz und Gemeindeentwicklung")],
                      "Gemeinde Grabfeld", "municipality", "Grabfeld",
                      notes=["Ich bin Rollstuhlfahrerin und bitte um einen Platz, der ohne Stufen erreichbar ist.",
                             "Außerdem ernähre ich mich vegan."])


@case("koerner-registration-with-certificate-question")
def _(slug):
    frm = addr("Peggy Wenzel", "p.wenzel@gemeinde-koerner.example")
    body = """Guten Tag,

hiermit melde ich mich für die Transferveranstaltung am 20. Mai an. Erhalte ich eine Teilnahmebescheinigung für meine Fortbildungsnachweise?

Mit freundlichen Grüßen
Peggy Wenzel
Gemeinde Körner
Ordnung und Bauen"""
    h = envelope(slug, frm, "Anmeldung + Frage Teilnahmebescheinigung", "2025-04-30 09:27",
                 extra=("User-Agent: Open-Xchange Mailer v7.10.6",))
    raw = message(h, text(body, "UTF-8", "base64"))
    return raw, label("registration", [P("Peggy Wenzel", "p.wenzel@gemeinde-koerner.example", "Ordnung und Bauen")],
                      "Gemeinde Körner", "municipality", "Körner",
                      notes=["Erhalte ich eine Teilnahmebescheinigung für meine Fortbildungsnachweise?"])


@case("planning-office-no-client-erfurt-seat")
def _(slug):
    frm = addr("Conrad Hellwig", "hellwig@freiraum-staedtebau.example")
    body = """Sehr geehrte Damen und Herren,

zur Transferveranstaltung am 20. Mai melden wir uns mit zwei Personen an:

Dr.-Ing. Conrad Hellwig, Geschäftsführer
Lea Marie Schimmelpfennig, M.A., Stadtplanerin – schimmelpfennig@freiraum-staedtebau.example

Wir arbeiten derzeit an mehreren ISEK-Fortschreibungen in Mittelthüringen.

Mit freundlichen Grüßen
Conrad Hellwig

Büro für Freiraum und Städtebau Hellwig & Partner
Johannesstraße 140, 99084 Erfurt"""
    h = envelope(slug, frm, "Anmeldung Büro Hellwig & Partner", "2025-04-07 16:05",
                 extra=("X-Mailer: Microsoft Outlook 16.0",))
    raw = message(h, outlook_alt(slug, body))
    return raw, label("registration", [
        P("Conrad Hellwig", "hellwig@freiraum-staedtebau.example", "Geschäftsführer", "Dr.-Ing."),
        P("Lea Marie Schimmelpfennig", "schimmelpfennig@freiraum-staedtebau.example", "Stadtplanerin", "M.A.")],
        "Büro für Freiraum und Städtebau Hellwig & Partner", "planning_office", None)


@case("architekten-stadtplaner-client-ziegenrueck")
def _(slug):
    frm = addr("Uwe Trebing", "trebing@planungsgruppe-saale-orla.example")
    body = """Sehr geehrte Damen und Herren,

im Auftrag der Stadt Ziegenrück erarbeiten wir derzeit die Fortschreibung des ISEK. Ich melde mich hiermit zur Transferveranstaltung am 20.05.2025 an.

Mit freundlichen Grüßen

Dipl.-Ing. Uwe Trebing
Architekt und Stadtplaner

Planungsgruppe Saale-Orla Architekten und Stadtplaner PartGmbB
Breite Straße 9, 07381 Pößneck"""
    h = envelope(slug, frm, "Anmeldung – ISEK Ziegenrück", "2025-04-22 13:12",
                 extra=("X-Mailer: Microsoft Outlook 16.0",))
    raw = message(h, outlook_alt(slug, body))
    return raw, label("registration", [P("Uwe Trebing", "trebing@planungsgruppe-saale-orla.example",
                                        "Architekt und Stadtplaner", "Dipl.-Ing.")],
                      "Planungsgruppe Saale-Orla Architekten und Stadtplaner PartGmbB", "planning_office",
                      "Ziegenrück")


@case("geismar-rfc2047-b-name-q-latin1-subject")
def _(slug):
    frm = addr("Jürgen Weißbach", "j.weissbach@vg-ershausen-geismar.example", "utf-8", "B")
    body = """Sehr geehrte Damen und Herren,

als Bürgermeister der Gemeinde Geismar melde ich mich zur Transferveranstaltung am 20. Mai an.

Mit freundlichen Grüßen
Jürgen Weißbach
Bürgermeister Gemeinde Geismar
Verwaltungsgemeinschaft Ershausen/Geismar"""
    h = envelope(slug, frm, "Anmeldung", "2025-04-20 18:40")
    h[2] = "Subject: " + ew("Anmeldung für Gemeinde Geismar", "iso-8859-1", "Q") + " " + ew(
        " – Bürgermeister", "utf-8", "Q")  # two charsets in one subject
    raw = message(h, text(body, "utf-8", "8bit"))
    return raw, label("registration", [P("Jürgen Weißbach", "j.weissbach@vg-ershausen-geismar.example",
                                        "Bürgermeister")],
                      "Gemeinde Geismar", "municipality", "Geismar")


@case("probstzella-cp1252-mislabelled-latin1")
def _(slug):
    frm = addr("Evelyn Märtz", "e.maertz@probstzella.example", "iso-8859-1")
    body = """Sehr geehrte Damen und Herren,

zur Veranstaltung „Zusammen denken – gemeinsam handeln“ am 20. Mai melde ich mich für die Gemeinde Probstzella an.

Mit freundlichen Grüßen
Evelyn Märtz
Bauamt – Gemeinde Probstzella"""
    part = (['Content-Type: text/plain; charset="iso-8859-1"', "Content-Transfer-Encoding: quoted-printable"],
            quopri.encodestring(body.encode("cp1252")))
    h = envelope(slug, frm, "Anmeldung Probstzella", "2025-04-24 09:55",
                 extra=("X-Mailer: Microsoft Outlook 15.0",))
    return message(h, part), label("registration", [P("Evelyn Märtz", "e.maertz@probstzella.example", "Bauamt")],
                                   "Gemeinde Probstzella", "municipality", "Probstzella")


@case("teistungen-shared-from-reply-to-person")
def _(slug):
    frm = addr("Gemeindeverwaltung Teistungen", "gemeinde@teistungen.example")
    body = """Sehr geehrte Damen und Herren,

Herr Gerlach, Leiter unseres Bauamtes, nimmt an der Transferveranstaltung am 20. Mai teil. Antworten bitte direkt an ihn (Antwortadresse ist gesetzt).

Mit freundlichen Grüßen
Gemeindeverwaltung Teistungen"""
    h = envelope(slug, frm, "Anmeldung Transferveranstaltung", "2025-04-17 08:22",
                 extra=(f"Reply-To: {addr('Lutz Gerlach', 'l.gerlach@teistungen.example')}", *outlook_headers()))
    raw = message(h, text(body, "windows-1252"))
    return raw, label("registration", [P("Lutz Gerlach", "l.gerlach@teistungen.example", "Leiter Bauamt")],
                      "Gemeindeverwaltung Teistungen", "municipality", "Teistungen")


@case("elgersburg-private-from-stated-work-address")
def _(slug):
    frm = addr("Kai-Uwe Schönheit", "kaiuwe.sch@t-online.example")
    body = """Hallo,

ich melde mich für die Transferveranstaltung am 20.05. an. Ich schreibe von meinem privaten Account – bitte die Bestätigung an meine Dienstadresse k.schoenheit@elgersburg.example schicken.

Gruß
Kai-Uwe Schönheit
Bürgermeister der Gemeinde Elgersburg"""
    h = envelope(slug, frm, "Anmeldung", "2025-05-01 11:11",
                 extra=("X-Mailer: T-Online eMail 6.20.0",))
    raw = message(h, text(body, "UTF-8"))
    return raw, label("registration", [P("Kai-Uwe Schönheit", "k.schoenheit@elgersburg.example", "Bürgermeister")],
                      "Gemeinde Elgersburg", "municipality", "Elgersburg")


@case("martinroda-surname-first-signature")
def _(slug):
    frm = addr("Kühnhold, Sabine", "s.kuehnhold@martinroda.example")
    body = """Sehr geehrte Damen und Herren,

ich melde mich für die Transferveranstaltung am 20. Mai an.

Mit freundlichen Grüßen

Kühnhold, Sabine
Kämmerei und Liegenschaften
Gemeinde Martinroda"""
    h = envelope(slug, frm, "Anmeldung", "2025-04-25 07:58", extra=outlook_headers())
    raw = message(h, outlook_alt(slug, body))
    return raw, label("registration", [P("Sabine Kühnhold", "s.kuehnhold@martinroda.example",
                                        "Kämmerei und Liegenschaften")],
                      "Gemeinde Martinroda", "municipality", "Martinroda")


@case("neumark-dash-list-titles")
def _(slug):
    frm = addr("Kathleen Rost", "k.rost@neumark.example")
    body = """Sehr geehrte Damen und Herren,

für die Stadt Neumark melden wir zur Transferveranstaltung am 20. Mai 2025 an:

- Dr. Thomas Oelze, Bürgermeister
- Dipl.-Ing. (FH) Kathleen Rost, Bauamt, k.rost@neumark.example
- Mandy Kirst, Stadträtin

Mit freundlichen Grüßen
Kathleen Rost
Stadt Neumark"""
    h = envelope(slug, frm, "Anmeldung Stadt Neumark (3 Personen)", "2025-04-09 12:40", extra=outlook_headers())
    raw = message(h, outlook_alt(slug, body))
    return raw, label("registration", [P("Thomas Oelze", None, "Bürgermeister", "Dr."),
                                      P("Kathleen Rost", "k.rost@neumark.example", "Bauamt", "Dipl.-Ing. (FH)"),
                                      P("Mandy Kirst", None, "Stadträtin")],
                      "Stadt Neumark", "municipality", "Neumark")


@case("schlossvippach-typo-and-domain")
def _(slug):
    frm = addr("Dirk Schauerhammer", "d.schauerhammer@schlossvippach.example")
    body = """Sehr geehrte Damen und Herren,

ich melde mich für die Gemeinde Schlossvipach zur Transferveranstaltung am 20. Mai an.

Mit freundlichen Grüßen
Dirk Schauerhammer
Bürgermeister"""
    h = envelope(slug, frm, "Anmeldung", "2025-05-02 20:03", extra=("User-Agent: Roundcube Webmail/1.5.3",))
    raw = message(h, text(body, "UTF-8"))
    return raw, label("registration", [P("Dirk Schauerhammer", "d.schauerhammer@schlossvippach.example",
                                        "Bürgermeister")],
                      "Gemeinde Schloßvippach", "municipality", "Schloßvippach")


@case("hoersel-ortsteilrat-mechterstaedt-formal-letter")
def _(slug):
    frm = addr("Carmen Hähnlein", "c.haehnlein@hoersel.example")
    body = """Ortsteilrat Mechterstädt
Ortsteil Mechterstädt der Gemeinde Hörsel

Betreff: Teilnahme an der 9. Transferveranstaltung am 20. Mai 2025

Sehr geehrte Damen und Herren,

der Ortsteilrat Mechterstädt meldet zwei Mitglieder zur Transferveranstaltung an:

a) Frau Carmen Hähnlein, Ortsteilbürgermeisterin
b) Herrn Bernd Schmiedeknecht, Mitglied des Ortsteilrates

Mit freundlichen Grüßen

Carmen Hähnlein
Ortsteilbürgermeisterin"""
    h = envelope(slug, frm, "Teilnahme Ortsteilrat Mechterstädt", "2025-04-13 17:26", extra=outlook_headers())
    raw = message(h, outlook_alt(slug, body))
    return raw, label("registration", [P("Carmen Hähnlein", "c.haehnlein@hoersel.example", "Ortsteilbürgermeisterin"),
                                      P("Bernd Schmiedeknecht", None, "Mitglied des Ortsteilrates")],
                      "Gemeinde Hörsel (Ortsteilrat Mechterstädt)", "municipality", "Hörsel")


# ==================================================================================================
# cancellations
# ==================================================================================================

@case("cancel-sonneborn-outlook-reply-with-code")
def _(slug):
    code = code_for(slug)
    me = "r.tittelbach@sonneborn.example"
    frm = addr("Tittelbach, Reinhard", me)
    body = f"""Sehr geehrte Damen und Herren,

leider muss ich meine Teilnahme absagen, da die Gemeinderatssitzung auf den 20. Mai verlegt wurde.

Mit freundlichen Grüßen
Reinhard Tittelbach
Bürgermeister Gemeinde Sonneborn

""" + outlook_quote("Donnerstag, 10. April 2025 14:22", f"Tittelbach, Reinhard <{me}>", confirm_subject(code),
                    confirmation("Guten Tag Herr Tittelbach", ["Reinhard Tittelbach"], code))
    h = envelope(slug, frm, "AW: " + confirm_subject(code), "2025-05-12 08:15",
                 extra=(f"In-Reply-To: {msgid('conf-' + slug, 'transferveranstaltung.example')}", *outlook_headers()))
    raw = message(h, outlook_alt(slug, body))
    return raw, label("cancellation", [P("Reinhard Tittelbach", me, "Bürgermeister")],
                      "Gemeinde Sonneborn", "municipality", "Sonneborn")


@case("cancel-bienstaedt-one-of-two-with-code")
def _(slug):
    code = code_for(slug)
    frm = addr("Yvonne Hendrich", "y.hendrich@vg-nesseaue.example")
    body = f"""Sehr geehrte Damen und Herren,

bei unserer Anmeldung für die Gemeinde Bienstädt (Code {code}) gibt es eine Änderung: Herr Frieder Gundermann kann leider nicht teilnehmen. Ich komme wie geplant.

Viele Grüße
Yvonne Hendrich
Verwaltungsgemeinschaft Nesseaue
für die Gemeinde Bienstädt"""
    h = envelope(slug, frm, f"Absage eines Teilnehmers ({code})", "2025-05-09 10:02", extra=outlook_headers())
    raw = message(h, outlook_alt(slug, body))
    return raw, label("cancellation", [P("Frieder Gundermann", None)],
                      "Verwaltungsgemeinschaft Nesseaue", "municipality", "Bienstädt")


@case("cancel-english-consultant-client-dachwig")
def _(slug):
    code = code_for(slug)
    me = "t.greenhalgh@placeworks.example"
    frm = addr("Thomas Greenhalgh", me)
    body = f"""Hello,

unfortunately I have to cancel my registration for 20 May (code {code}) – a project deadline has moved. Our work on the development concept for the municipality of Dachwig continues, and I will ask a colleague to register next time.

Apologies and best wishes,
Thomas Greenhalgh
PlaceWorks Planning Partnership"""
    h = envelope(slug, frm, "Cancellation – transfer event 20 May", "2025-05-13 17:30",
                 extra=("X-Mailer: Apple Mail (2.3774.600.62)",))
    raw = message(h, text(body, "utf-8"))
    return raw, label("cancellation", [P("Thomas Greenhalgh", me)], "PlaceWorks Planning Partnership",
                      "planning_office", "Dachwig", language="en")


@case("cancel-urbach-iphone-sick")
def _(slug):
    frm = addr("Ines Gutsche", "i.gutsche@gemeinde-urbach.example")
    body = """Hallo, ich muss für morgen leider absagen, bin krankgeschrieben. Tut mir leid!
Ines Gutsche
Gemeinde Urbach

Von meinem iPhone gesendet"""
    h = envelope(slug, frm, "Absage morgen", "2025-05-19 06:48", extra=("X-Mailer: iPhone Mail (22B91)",))
    raw = message(h, text(body, "utf-8"))
    return raw, label("cancellation", [P("Ines Gutsche", "i.gutsche@gemeinde-urbach.example")],
                      "Gemeinde Urbach", "municipality", "Urbach")


@case("cancel-ringleben-secretary-for-mayor")
def _(slug):
    frm = addr("Sekretariat Bürgermeisterin", "sekretariat@ringleben.example")
    body = """Sehr geehrte Damen und Herren,

Frau Bürgermeisterin Gisela Kreyßig muss ihre Teilnahme an der Transferveranstaltung am 20. Mai leider absagen. Sie bedauert dies sehr.

Mit freundlichen Grüßen
i. A. Tanja Lippold
Sekretariat
Gemeinde Ringleben"""
    h = envelope(slug, frm, "Absage Transferveranstaltung", "2025-05-14 09:37", extra=outlook_headers())
    raw = message(h, outlook_alt(slug, body))
    return raw, label("cancellation", [P("Gisela Kreyßig", None, "Bürgermeisterin")],
                      "Gemeinde Ringleben", "municipality", "Ringleben")


@case("cancel-witzleben-thunderbird-both-from-quote")
def _(slug):
    code = code_for(slug)
    me = "u.schroen@witzleben.example"
    conf = confirmation("Guten Tag Frau Schrön", ["Uta Schrön", "Karsten Beil (k.beil@witzleben.example)"], code)
    body = flow(f"""Guten Tag,

Herr Beil und ich müssen unsere Teilnahme leider absagen – wir haben an dem Tag einen Termin beim Fördermittelgeber, der sich nicht verschieben lässt.

Viele Grüße
Uta Schrön
Gemeinde Witzleben

Am 15.04.25 um 09:03 schrieb {OUR_NAME}:
""") + "\n" + quote(conf)
    h = envelope(slug, addr("Uta Schrön", me), "Re: " + confirm_subject(code), "2025-05-06 15:21",
                 extra=("User-Agent: Mozilla Thunderbird",
                        f"In-Reply-To: {msgid('conf-' + slug, 'transferveranstaltung.example')}"))
    raw = message(h, text(body, "UTF-8", "8bit", flowed=True))
    return raw, label("cancellation", [P("Uta Schrön", me), P("Karsten Beil", "k.beil@witzleben.example")],
                      "Gemeinde Witzleben", "municipality", "Witzleben")


@case("cancel-schwarzbach-leave-waitlist")
def _(slug):
    code = code_for(slug)
    me = "g.roessler@schwarzbach-thueringen.example"
    body = f"""Sehr geehrte Damen und Herren,

bitte streichen Sie mich von der Warteliste – wir haben inzwischen einen anderen Termin am 20. Mai.

Mit freundlichen Grüßen
Gunnar Rößler
Gemeinde Schwarzbach

""" + outlook_quote("Mittwoch, 7. Mai 2025 16:40", f"Rößler, Gunnar <{me}>",
                    f"Warteliste: 9. Transferveranstaltung am 20. Mai 2025 ({code})",
                    waitlist("Guten Tag Herr Rößler", code))
    h = envelope(slug, addr("Rößler, Gunnar", me), f"AW: Warteliste: 9. Transferveranstaltung am 20. Mai 2025 ({code})",
                 "2025-05-08 07:30", extra=outlook_headers())
    raw = message(h, outlook_alt(slug, body))
    return raw, label("cancellation", [P("Gunnar Rößler", me)], "Gemeinde Schwarzbach", "municipality",
                      "Schwarzbach")


# ==================================================================================================
# changes
# ==================================================================================================

@case("change-klettbach-anstelle-von-vg-kranichfeld")
def _(slug):
    code = code_for(slug)
    frm = addr("Bauamt VG Kranichfeld", "bauamt@vg-kranichfeld.example")
    body = f"""Sehr geehrte Damen und Herren,

für die Gemeinde Klettbach war Frau Simone Käßner angemeldet (Code {code}). Anstelle von Frau Käßner wird nun der Bürgermeister, Herr Jonas Triebel, teilnehmen; seine E-Mail-Adresse: buergermeister@klettbach.example.

Mit freundlichen Grüßen
i. A. Bauamt
Verwaltungsgemeinschaft Kranichfeld"""
    h = envelope(slug, frm, f"Änderung Teilnehmer Klettbach ({code})", "2025-05-05 13:50", extra=outlook_headers())
    raw = message(h, outlook_alt(slug, body))
    return raw, label("change", [P("Jonas Triebel", "buergermeister@klettbach.example", "Bürgermeister"),
                                P("Simone Käßner", None)],
                      "Verwaltungsgemeinschaft Kranichfeld", "municipality", "Klettbach")


@case("change-haselbach-add-colleague-von-gesendet-block")
def _(slug):
    code = code_for(slug)
    me = "r.hanf@haselbach.example"
    body = f"""Guten Tag,

können Sie bitte noch meine Kollegin Frau Melanie Grübel (m.gruebel@haselbach.example) nachmelden? Sie betreut bei uns das Thema Wärmeplanung.

Danke und Grüße
Rico Hanf
Gemeinde Haselbach

Von: {OUR_NAME} <{INBOX}>
Gesendet: Dienstag, 22. April 2025 11:04
An: Hanf, Rico <{me}>
Betreff: {confirm_subject(code)}

{confirmation("Guten Tag Herr Hanf", ["Rico Hanf"], code)}"""
    h = envelope(slug, addr("Hanf, Rico", me), "AW: " + confirm_subject(code), "2025-04-30 10:12",
                 extra=outlook_headers())
    raw = message(h, outlook_alt(slug, body))
    return raw, label("change", [P("Melanie Grübel", "m.gruebel@haselbach.example", "Wärmeplanung")],
                      "Gemeinde Haselbach", "municipality", "Haselbach")


@case("change-barchfeld-immelborn-new-address")
def _(slug):
    code = code_for(slug)
    frm = addr("Nicole Kellner", "n.kellner@barchfeld-immelborn.example")
    body = f"""Sehr geehrte Damen und Herren,

ich bin für die Transferveranstaltung angemeldet (Code {code}), damals noch mit meiner privaten Adresse nkellner@gmx.example. Bitte verwenden Sie ab sofort meine dienstliche Adresse n.kellner@barchfeld-immelborn.example.

Mit freundlichen Grüßen
Nicole Kellner
Gemeinde Barchfeld-Immelborn, Bauverwaltung"""
    h = envelope(slug, frm, "Neue E-Mail-Adresse – Anmeldung Transferveranstaltung", "2025-05-02 08:44",
                 extra=("User-Agent: Mozilla Thunderbird",))
    raw = message(h, text(body, "UTF-8", "8bit"))
    return raw, label("change", [P("Nicole Kellner", "n.kellner@barchfeld-immelborn.example", "Bauverwaltung")],
                      "Gemeinde Barchfeld-Immelborn", "municipality", "Barchfeld-Immelborn")


@case("change-lindewerra-name-spelling-thunderbird")
def _(slug):
    code = code_for(slug)
    me = "u.moehring@vg-hanstein-rusteberg.example"
    conf = confirmation("Guten Tag Frau Mohring", ["Ulrike Mohring"], code)
    body = flow(f"""Hallo,

in Ihrer Bestätigung steht mein Name als „Mohring“ – richtig ist Möhring, mit ö. Könnten Sie das bitte für das Namensschild korrigieren?

Danke!
Ulrike Möhring
Gemeinde Lindewerra / VG Hanstein-Rusteberg

Am 16.04.25 um 12:40 schrieb {OUR_NAME}:
""") + "\n" + quote(conf)
    h = envelope(slug, addr("Ulrike Möhring", me), "Re: " + confirm_subject(code), "2025-04-16 14:02",
                 extra=("User-Agent: Mozilla Thunderbird",))
    raw = message(h, text(body, "UTF-8", "quoted-printable", flowed=True))
    return raw, label("change", [P("Ulrike Möhring", me)], "Gemeinde Lindewerra", "municipality", "Lindewerra")


@case("change-wernburg-nur-vormittags-vegetarisch")
def _(slug):
    code = code_for(slug)
    me = "buergermeister@wernburg.example"
    conf = confirmation("Guten Tag Herr Aßmann", ["Tilo Aßmann"], code)
    body = flow(f"""Guten Tag,

kurze Ergänzung zu meiner Anmeldung: Ich kann leider nur vormittags teilnehmen und muss gegen 12:30 Uhr wieder los. Außerdem esse ich vegetarisch.

Gruß
Tilo Aßmann
Bürgermeister Gemeinde Wernburg

Am 29.04.25 um 14:03 schrieb {OUR_NAME}:
""") + "\n" + quote(conf)
    h = envelope(slug, addr("Tilo Aßmann", me), "Re: " + confirm_subject(code), "2025-05-04 19:15",
                 extra=("User-Agent: Mozilla Thunderbird",))
    raw = message(h, text(body, "UTF-8", "8bit", flowed=True))
    return raw, label("change", [P("Tilo Aßmann", me, "Bürgermeister")], "Gemeinde Wernburg", "municipality",
                      "Wernburg", notes=["Ich kann leider nur vormittags teilnehmen und muss gegen 12:30 Uhr wieder los.",
                                         "Außerdem esse ich vegetarisch."])


@case("change-english-replacement-client-tonndorf")
def _(slug):
    code = code_for(slug)
    me = "d.ashworth@northgate-planning.example"
    body = f"""Dear organisers,

I am registered for the event on 20 May (code {code}) but unfortunately cannot attend. My colleague Agnieszka Nowak (a.nowak@northgate-planning.example) will attend instead of me. Like me, she works on the village development concept for the municipality of Tonndorf.

Many thanks,
Daniel Ashworth
Northgate Planning GmbH"""
    h = envelope(slug, addr("Daniel Ashworth", me), "Change of participant – 20 May", "2025-05-07 12:26",
                 extra=("X-Mailer: Microsoft Outlook 16.0", "Content-Language: en-US"))
    raw = message(h, outlook_alt(slug, body, cs="utf-8"))
    return raw, label("change", [P("Agnieszka Nowak", "a.nowak@northgate-planning.example"), P("Daniel Ashworth", me)],
                      "Northgate Planning GmbH", "planning_office", "Tonndorf", language="en")


# ==================================================================================================
# questions
# ==================================================================================================

@case("question-katzhuette-mittagessen-conditional")
def _(slug):
    frm = addr("Kornelia Bähr", "k.baehr@katzhuette.example")
    body = """Guten Tag,

gibt es bei der Transferveranstaltung ein Mittagessen oder sollten wir uns selbst versorgen? Falls es eine Verpflegung gibt, würden wir zu zweit kommen (Bürgermeister und Bauamt) und uns dann anmelden.

Mit freundlichen Grüßen
Kornelia Bähr
Gemeinde Katzhütte"""
    h = envelope(slug, frm, "Frage Verpflegung", "2025-04-23 10:40", extra=outlook_headers())
    raw = message(h, outlook_alt(slug, body))
    return raw, label("question", [], "Gemeinde Katzhütte", "municipality", "Katzhütte")


@case("question-oberweid-barrierefreiheit-rollstuhl")
def _(slug):
    frm = addr("Heike Sauerteig", "hauptamt@vg-hohe-rhoen.example")
    body = """Sehr geehrte Damen und Herren,

ist der Tagungsort in Bad Lobenstein barrierefrei erreichbar (Aufzug, rollstuhlgerechte Toilette)? Der Bürgermeister unserer Mitgliedsgemeinde Oberweid ist auf einen Rollstuhl angewiesen. Sobald wir Ihre Antwort haben, melden wir ihn an.

Mit freundlichen Grüßen
Heike Sauerteig
Verwaltungsgemeinschaft Hohe Rhön, Hauptamt"""
    h = envelope(slug, frm, "Barrierefreiheit Tagungsort?", "2025-04-11 09:15", extra=outlook_headers())
    raw = message(h, outlook_alt(slug, body))
    return raw, label("question", [], "Verwaltungsgemeinschaft Hohe Rhön", "municipality", "Oberweid")


@case("question-posterstein-oepnv-already-registered")
def _(slug):
    code = code_for(slug)
    frm = addr("Matthias Vogt-Ebersbach", "m.vogt@posterstein.example")
    body = f"""Hallo,

ich bin bereits angemeldet ({code}). Wie komme ich vom Bahnhof Bad Lobenstein zum Veranstaltungsort? Fährt dort ein Bus, oder ist es zu Fuß machbar? Ich komme mit dem Zug aus Richtung Gera.

Danke und Gruß
Matthias Vogt-Ebersbach
Gemeinde Posterstein"""
    h = envelope(slug, frm, "Frage Anreise mit Bahn", "2025-05-15 21:02", extra=("User-Agent: Mozilla Thunderbird",))
    raw = message(h, text(flow(body), "UTF-8", "8bit", flowed=True))
    return raw, label("question", [], "Gemeinde Posterstein", "municipality", "Posterstein")


@case("question-landscape-architect-certificate-chamber")
def _(slug):
    frm = addr("Friedlinde Obenauf", "obenauf@landschaft-obenauf.example")
    body = """Sehr geehrte Damen und Herren,

wird es für die Transferveranstaltung eine Teilnahmebescheinigung geben, die von der Architektenkammer Thüringen als Fortbildung anerkannt wird? Dann würde ich mich gern anmelden.

Freundliche Grüße
Friedlinde Obenauf
Landschaftsarchitektin AKT
Obenauf Landschaftsarchitektur, Gotha"""
    h = envelope(slug, frm, "Fortbildungspunkte?", "2025-04-18 16:48", extra=("X-Mailer: Apple Mail (2.3776.700.51)",))
    raw = message(h, text(body, "utf-8"))
    return raw, label("question", [], "Obenauf Landschaftsarchitektur", "planning_office", None)


@case("question-tottleben-praesentationen-danach")
def _(slug):
    frm = addr("Werner Sachse", "buergermeister@tottleben.example")
    body = """Guten Tag,

leider kann am 20. Mai niemand aus unserer Gemeinde nach Bad Lobenstein kommen. Werden die Präsentationen der Veranstaltung danach zur Verfügung gestellt, z. B. auf Ihrer Internetseite?

Mit freundlichen Grüßen
Werner Sachse
Bürgermeister Gemeinde Tottleben"""
    h = envelope(slug, frm, "Präsentationen", "2025-05-12 18:09", extra=("User-Agent: Roundcube Webmail/1.6.9",))
    raw = message(h, text(body, "UTF-8"))
    return raw, label("question", [], "Gemeinde Tottleben", "municipality", "Tottleben")


@case("question-landratsamt-hildburghausen-eligibility")
def _(slug):
    frm = addr("Sieglinde Wagner-Engelmann", "s.wagner-engelmann@lra-hildburghausen.example")
    body = """Sehr geehrte Damen und Herren,

richtet sich die Veranstaltung auch an Mitarbeitende einer Landkreisverwaltung, z. B. aus dem Fachbereich Kreisentwicklung? Falls ja, würden sich zwei Kolleginnen aus meinem Bereich anmelden.

Mit freundlichen Grüßen
Sieglinde Wagner-Engelmann
Landratsamt Hildburghausen
Fachbereich Kreisentwicklung, Bauordnung und Umwelt"""
    h = envelope(slug, frm, "Frage Teilnehmerkreis", "2025-04-10 11:27", extra=outlook_headers())
    raw = message(h, outlook_alt(slug, body))
    return raw, label("question", [], "Landratsamt Hildburghausen", "authority", None)


# ==================================================================================================
# other
# ==================================================================================================

@case("other-newsletter-list-unsubscribe")
def _(slug):
    frm = addr("Fachnewsletter Städtebau Mitteldeutschland", "newsletter@staedtebau-news.example")
    body = """Fachnewsletter Städtebau Mitteldeutschland – Ausgabe 5/2025

Themen dieser Ausgabe:
- Städtebauförderung 2025: Programmaufruf veröffentlicht
- Kommunale Wärmeplanung: Fristen und Förderung im Überblick
- Veranstaltungstipp: Transferveranstaltungen und Werkstätten im Mai
- Praxisbeispiel: Beteiligung im ländlichen Raum

Sie erhalten diesen Newsletter, weil Sie sich dafür angemeldet haben.
Abmelden: https://staedtebau-news.example/abmelden?u=8f21c0"""
    h = envelope(slug, frm, "Fachnewsletter Städtebau 5/2025", "2025-05-06 06:00",
                 extra=("List-Id: Fachnewsletter Staedtebau <fachnewsletter.staedtebau-news.example>",
                        "List-Unsubscribe: <https://staedtebau-news.example/abmelden?u=8f21c0>, "
                        "<mailto:unsubscribe@staedtebau-news.example>",
                        "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"))
    b = "=_nl_" + hashlib.md5(slug.encode()).hexdigest()[:16]
    alt = multi("alternative", [text(body, "utf-8"), text(simple_html(body), "utf-8", sub="html")], b)
    return message(h, alt), label("other", [], None, None, None)


@case("other-spam-english-seo")
def _(slug):
    frm = addr("Jessica Miller", "jessica.m@growth-leads.example")
    body = """Hi there,

I came across transferveranstaltung.example and noticed it is not ranking on the first page of Google for your main keywords. We are a team of SEO experts who can get your event in front of 10,000+ decision makers in 30 days.

Reply with "YES" and I will send you a free audit and our pricing.

Best,
Jessica Miller
Growth Leads Digital"""
    h = envelope(slug, frm, "Quick question about your website", "2025-04-26 03:17")
    raw = message(h, text(body, "us-ascii", "7bit"))
    return raw, label("other", [], None, None, None, language="en")


@case("other-thanks-after-event-doellstaedt")
def _(slug):
    frm = addr("Susanne Kiesewetter", "s.kiesewetter@doellstaedt.example")
    body = """Liebes Organisationsteam,

vielen Dank für die gelungene Veranstaltung gestern in Bad Lobenstein! Die Werkstattgespräche zur Wärmeplanung haben uns viele Anregungen gegeben. Wir freuen uns auf die 10. Transferveranstaltung.

Herzliche Grüße aus Döllstädt
Susanne Kiesewetter
Gemeinde Döllstädt"""
    h = envelope(slug, frm, "Danke!", "2025-05-21 08:30", extra=("X-Mailer: Apple Mail (2.3776.700.51)",))
    raw = message(h, text(body, "utf-8"))
    return raw, label("other", [], "Gemeinde Döllstädt", "municipality", "Döllstädt")


@case("other-amtsblatt-distribution-list-pdf")
def _(slug):
    frm = addr("Gemeinde Rohr", "amtsblatt@gemeinde-rohr.example")
    body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie das Amtsblatt der Gemeinde Rohr für den Monat Mai 2025 zur Kenntnis.

Mit freundlichen Grüßen
Gemeindeverwaltung Rohr"""
    mixed = multi("mixed", [text(body, "windows-1252"),
                            attachment("application/pdf", "Amtsblatt_Rohr_2025-05.pdf", dummy_pdf("Amtsblatt Mai"))],
                  "----=_NextPart_000_AMTS_" + hashlib.md5(slug.encode()).hexdigest()[:12].upper())
    h = envelope(slug, frm, "Amtsblatt Mai 2025", "2025-05-02 12:00",
                 to="Verteiler Amtsblatt <amtsblatt@gemeinde-rohr.example>",
                 extra=(f"Bcc: {INBOX}", *outlook_headers()))
    return message(h, mixed), label("other", [], "Gemeinde Rohr", "municipality", "Rohr")


# ==================================================================================================
# automatic replies
# ==================================================================================================

@case("auto-exchange-de-auto-submitted-suppress")
def _(slug):
    code = code_for(slug)
    frm = addr("Schüler, Marko", "m.schueler@gemeinde-nazza.example")
    body = """Sehr geehrte Damen und Herren,

ich bin bis einschließlich 02.05.2025 nicht im Hause. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an die Zentrale unter 036924 4 71-0.

Mit freundlichen Grüßen
Marko Schüler"""
    h = envelope(slug, frm, "Automatische Antwort: " + confirm_subject(code), "2025-04-24 10:13",
                 extra=("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                        "X-MS-Exchange-Inbox-Rules-Loop: m.schueler@gemeinde-nazza.example", *outlook_headers()))
    raw = message(h, outlook_alt(slug, body))
    return raw, label("auto_reply", [], None, None, None)


@case("auto-english-out-of-office-x-autoreply")
def _(slug):
    code = code_for(slug)
    frm = addr("Lukas Brandner", "l.brandner@urbanfutures.example")
    body = """Thank you for your email. I am out of the office until 12 May with limited access to email. For urgent matters please contact office@urbanfutures.example.

Best regards,
Lukas Brandner"""
    h = envelope(slug, frm, "Out of Office: " + confirm_subject(code), "2025-04-15 09:46",
                 extra=("X-Autoreply: yes", "Auto-Submitted: auto-replied"))
    raw = message(h, text(body, "utf-8"))
    return raw, label("auto_reply", [], None, None, None, language="en")


@case("auto-abwesenheitsnotiz-text-only-no-headers")
def _(slug):
    code = code_for(slug)
    frm = addr("Ortrun Pfeiffer-Lang", "o.pfeiffer-lang@gemeinde-gierstaedt.example")
    body = """Abwesenheitsnotiz

Vielen Dank für Ihre Nachricht. Ich bin vom 28.04. bis 09.05.2025 im Urlaub und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nach meiner Rückkehr bearbeitet. In dringenden Angelegenheiten wenden Sie sich bitte an bauamt@gemeinde-gierstaedt.example.

Mit freundlichen Grüßen
Ortrun Pfeiffer-Lang"""
    h = envelope(slug, frm, "Abwesenheitsnotiz: " + confirm_subject(code), "2025-04-29 08:01",
                 extra=("X-Mailer: Microsoft Outlook 16.0",))
    raw = message(h, text(body, "windows-1252"))
    return raw, label("auto_reply", [], None, None, None)


@case("auto-ticket-system-noreply-bulk")
def _(slug):
    frm = addr("Servicedesk Kreisverwaltung", "noreply@servicedesk.lra-kyffhaeuser.example")
    body = """Sehr geehrte Damen und Herren,

Ihre Anfrage ist bei uns eingegangen und wurde unter der Ticketnummer TS-2025-04-18734 erfasst. Bitte geben Sie diese Nummer bei Rückfragen an. Antworten Sie nicht auf diese automatisch erzeugte E-Mail.

Ihr Servicedesk der Kreisverwaltung"""
    h = envelope(slug, frm, "[#TS-2025-04-18734] Ihre Anfrage ist eingegangen", "2025-04-22 14:05",
                 extra=("Auto-Submitted: auto-generated", "Precedence: bulk",
                        "X-Loop: servicedesk.lra-kyffhaeuser.example"))
    raw = message(h, text(body, "utf-8"))
    return raw, label("auto_reply", [], None, None, None)


@case("auto-address-no-longer-read")
def _(slug):
    code = code_for(slug)
    frm = addr("Bauamt Gemeinde Sprötau", "bauamt-alt@sproetau.example")
    body = """Diese E-Mail-Adresse wird nicht mehr gelesen.

Bitte senden Sie Ihre Nachricht künftig an bauverwaltung@vg-gramme-vippach.example. Ihre E-Mail wird nicht automatisch weitergeleitet.

Gemeinde Sprötau"""
    h = envelope(slug, frm, "Diese Adresse wird nicht mehr gelesen (Re: " + confirm_subject(code) + ")",
                 "2025-04-19 12:31", extra=("Auto-Submitted: auto-replied",))
    raw = message(h, text(body, "iso-8859-1"))
    return raw, label("auto_reply", [], None, None, None)


@case("auto-english-parental-leave-no-headers")
def _(slug):
    code = code_for(slug)
    frm = addr("Hannah Kloss", "h.kloss@placeworks.example")
    body = """Thank you for your message.

I am currently on parental leave until August 2025 and will not be reading emails. For matters concerning our Thuringian projects please contact Thomas Greenhalgh (t.greenhalgh@placeworks.example).

Kind regards,
Hannah Kloss"""
    h = envelope(slug, frm, "Automatic reply: " + confirm_subject(code), "2025-04-16 11:20")
    raw = message(h, text(body, "utf-8"))
    return raw, label("auto_reply", [], None, None, None, language="en")


@case("auto-sieve-vacation")
def _(slug):
    code = code_for(slug)
    frm = addr("Gudrun Möbus", "g.moebus@gemeinde-schwabhausen.example")
    body = """Ich bin bis zum 16. Mai im Urlaub. Ihre E-Mail wird danach bearbeitet. In dringenden Fällen: 03621 7 92-10.

Gudrun Möbus"""
    h = envelope(slug, frm, "Abwesend: Re: " + confirm_subject(code), "2025-05-05 16:02",
                 extra=("Auto-Submitted: auto-replied (vacation)", "Precedence: bulk"))
    raw = message(h, text(body, "utf-8"))
    return raw, label("auto_reply", [], None, None, None)


@case("auto-aw-waitlist-no-keyword-no-headers")
def _(slug):
    code = code_for(slug)
    frm = addr("Reinsch, Bettina", "b.reinsch@gemeinde-ahlstaedt.example")
    body = """Guten Tag,

vielen Dank für Ihre E-Mail. Ich bin bis einschließlich 19.05.2025 außer Haus und kann Ihre Nachricht erst danach bearbeiten. Ihre Nachricht wird nicht weitergeleitet.

Mit freundlichen Grüßen
Bettina Reinsch"""
    h = envelope(slug, frm, f"AW: Warteliste: 9. Transferveranstaltung am 20. Mai 2025 ({code})", "2025-05-09 17:45",
                 extra=("X-Mailer: Microsoft Outlook 16.0",))
    raw = message(h, outlook_alt(slug, body))
    return raw, label("auto_reply", [], None, None, None)


# ==================================================================================================
# bounces
# ==================================================================================================

def _ours(slug: str, to: str, salutation: str, person: str, when: str) -> bytes:
    code = code_for(slug)
    return our_mail(slug, to, confirm_subject(code), when, confirmation(salutation, [person], code))


@case("bounce-postfix-dsn-rfc822-headers")
def _(slug):
    rcpt = "r.zschaege@gemeinde-topfstedt.example"
    ours = _ours(slug, rcpt, "Guten Tag Herr Zschäge", "Rainer Zschäge", "2025-04-14 10:00")
    human = f"""This is the mail system at host mx01.transferveranstaltung.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mail.gemeinde-topfstedt.example[192.0.2.41] said:
    550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)"""
    dsn = f"""Reporting-MTA: dns; mx01.transferveranstaltung.example
X-Postfix-Queue-ID: 4Zb7Qm1Xk3z9sTt
X-Postfix-Sender: rfc822; {INBOX}
Arrival-Date: Mon, 14 Apr 2025 10:00:02 +0200 (CEST)

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.gemeinde-topfstedt.example
Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User
    unknown in virtual mailbox table
"""
    headers_only = ours.split(b"\n\n", 1)[0] + b"\n"
    report = multi("report", [(["Content-Description: Notification", 'Content-Type: text/plain; charset=us-ascii'],
                               human.encode() + b"\n"),
                              (["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
                               dsn.encode()),
                              (["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
                               headers_only)],
                   "4Zb7Qm1Xk3z9sTt.1744617603/mx01.transferveranstaltung.example", ' report-type=delivery-status;')
    h = ["Return-Path: <>", f"From: {addr('Mail Delivery System', 'MAILER-DAEMON@mx01.transferveranstaltung.example')}",
         f"To: {INBOX}", "Subject: Undelivered Mail Returned to Sender", f"Date: {rfcdate('2025-04-14 10:00')}",
         f"Message-ID: {msgid(slug, 'mx01.transferveranstaltung.example')}", "Auto-Submitted: auto-replied"]
    return message(h, report), label("bounce", [], None, None, None, language="en", bounce_recipient=rcpt)


@case("bounce-exchange-dsn-our-confirmation-attached")
def _(slug):
    rcpt = "stadtplanung.alt@gemeinde-wiegendorf.example"
    ours = _ours(slug, rcpt, "Guten Tag Frau Hölzer", "Beate Hölzer", "2025-04-22 09:30")
    human = f"""Ihre Nachricht hat einige oder alle Empfänger nicht erreicht.

Betreff: {confirm_subject(code_for(slug))}
Gesendet: 22.04.2025 09:30

Folgende(r) Empfänger konnte(n) nicht erreicht werden:

{rcpt} am 22.04.2025 09:30
      Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden.
      <mail.gemeinde-wiegendorf.example #5.1.10 smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup>"""
    dsn = f"""Reporting-MTA: dns;mail.gemeinde-wiegendorf.example
Received-From-MTA: dns;mx01.transferveranstaltung.example
Arrival-Date: Tue, 22 Apr 2025 07:30:04 +0000

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
    report = multi("report", [text(human, "utf-8"),
                              (["Content-Type: message/delivery-status"], dsn.encode()),
                              rfc822(ours)],
                   "_000_DB8PR03MB5" + hashlib.md5(slug.encode()).hexdigest()[:14] + "_",
                   ' report-type=delivery-status;')
    h = [f"From: {addr('Microsoft Outlook', 'postmaster@gemeinde-wiegendorf.example')}", f"To: {INBOX}",
         f"Subject: {hval('Unzustellbar: ' + confirm_subject(code_for(slug)))}", f"Date: {rfcdate('2025-04-22 09:30')}",
         f"Message-ID: {msgid(slug, 'gemeinde-wiegendorf.example')}", "Content-Language: de-DE",
         "Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr: "]
    return message(h, report), label("bounce", [], None, None, None, bounce_recipient=rcpt)


@case("bounce-exim-plain-x-failed-recipients")
def _(slug):
    rcpt = "info@bauamt-wasserthaleben.example"
    ours = _ours(slug, rcpt, "Guten Tag", "Klaus-Dieter Frohberg", "2025-04-28 15:12")
    body = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {rcpt}
    host mx.bauamt-wasserthaleben.example [198.51.100.23]
    SMTP error from remote mail server after RCPT TO:<{rcpt}>:
    550 5.1.1 No such user here

------ This is a copy of the message, including all the headers. ------

""".encode() + ours
    h = ["Return-path: <>", "Envelope-to: " + INBOX,
         f"From: {addr('Mail Delivery System', 'Mailer-Daemon@mail.transferveranstaltung.example')}",
         f"To: {INBOX}", "Subject: Mail delivery failed: returning message to sender",
         f"Date: {rfcdate('2025-04-28 15:12')}", f"Message-ID: {msgid(slug, 'mail.transferveranstaltung.example')}",
         f"X-Failed-Recipients: {rcpt}", "Auto-Submitted: auto-replied"]
    part = (['Content-Type: text/plain; charset="utf-8"', "Content-Transfer-Encoding: 8bit"], body)
    return message(h, part), label("bounce", [], None, None, None, language="en", bounce_recipient=rcpt)


@case("bounce-exchange-plain-de-mailbox-full")
def _(slug):
    rcpt = "kaemmerei@ballhausen-thueringen.example"
    code = code_for(slug)
    body = f"""Die Nachricht konnte nicht an einige oder alle Empfänger übermittelt werden.

Betreff: {confirm_subject(code)}
Gesendet: 06.05.2025 11:02

Folgende(r) Empfänger konnte(n) nicht erreicht werden:

'{rcpt}' am 06.05.2025 11:02
    Das Postfach des Empfängers ist voll, und die Nachricht kann momentan nicht zugestellt werden. Versuchen Sie, die Nachricht später erneut zu senden, oder wenden Sie sich direkt an den Empfänger.
    <ex01.ballhausen-thueringen.example #5.2.2 smtp;554 5.2.2 mailbox full>"""
    h = [f"From: {addr('Systemadministrator', 'postmaster@ballhausen-thueringen.example')}", f"To: {INBOX}",
         f"Subject: {hval('Unzustellbar: ' + confirm_subject(code))}", f"Date: {rfcdate('2025-05-06 11:03')}",
         f"Message-ID: {msgid(slug, 'ex01.ballhausen-thueringen.example')}", "X-Mailer: Microsoft Exchange Server"]
    raw = message(h, text(body, "iso-8859-1"))
    return raw, label("bounce", [], None, None, None, bounce_recipient=rcpt)


@case("bounce-postfix-plain-no-report")
def _(slug):
    rcpt = "buergermeister@gemeinde-kutzleben.example"
    body = f"""This is the mail system at host relay2.transferveranstaltung.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

                   The mail system

<{rcpt}>: Host or domain name not found. Name service error
    for name=gemeinde-kutzleben.example type=MX: Host not found, try again

--- Original message headers ---
From: {addr(OUR_NAME, INBOX)}
To: {rcpt}
Subject: {hval(confirm_subject(code_for(slug)))}
Date: {rfcdate('2025-04-25 08:10')}"""
    h = ["Return-Path: <>", f"From: {addr('Mail Delivery System', 'MAILER-DAEMON@relay2.transferveranstaltung.example')}",
         f"To: {INBOX}", "Subject: Undelivered Mail Returned to Sender", f"Date: {rfcdate('2025-04-30 08:10')}",
         f"Message-ID: {msgid(slug, 'relay2.transferveranstaltung.example')}"]
    raw = message(h, text(body, "us-ascii", "7bit"))
    return raw, label("bounce", [], None, None, None, language="en", bounce_recipient=rcpt)


# ==================================================================================================
# build and validate (tests/corpus_kit.py)
# ==================================================================================================



if __name__ == "__main__":
    main(HERE, CASES, seed=20250520)
