"""Rebuild and validate the seventh blind corpus (tests/corpus_blind7/).

Written from the invitation, INTERFACE.md, issue 3 and the labelling conventions of tests/corpus/README.md and
tests/corpus_blind6/README.md only, without reading or running the parser, by a seventh writer. Each case is one
mail as the registration inbox receives it, built by the byte-exact MIME writer of tests/corpus_kit.py, with what a
careful event secretary records from that mail alone.

    .venv/bin/python tests/corpus_blind7/make_blind7.py          # rewrite all files, then validate
    .venv/bin/python tests/corpus_blind7/make_blind7.py --check  # validate the files as they are
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_kit import (
    INBOX,
    INVITATION,
    INVITE_FROM,
    INVITE_SUBJECT,
    Cases,
    P,
    addr,
    apple,
    case_registry,
    code_for,
    conf_quote_ol,
    conf_quote_tb,
    confirm_subject,
    droid,
    encode_body,
    envelope,
    gmx,
    hval,
    iphone,
    label,
    main,
    message,
    msgid,
    ol,
    ol_plain,
    outlook_alt,
    outlook_headers,
    ox,
    report,
    rfc822,
    rfcdate,
    roundcube,
    sig,
    table_html,
    tb,
    text,
    webde_html_only,
)

HERE = Path(__file__).resolve().parent
CASES: Cases = []
case = case_registry(CASES)

MFG = "Mit freundlichen Grüßen"

# ==================================================================================================
# registrations
# ==================================================================================================


@case("schleiz-bauamt-outlook-one")
def _(slug):
    a = "s.rossbach@schleiz.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich zur 9. Transferveranstaltung am 20.05.2025 in Bad Lobenstein an.

{MFG}

""" + sig("Sandra Roßbach", "Sachbearbeiterin Stadtsanierung", "Stadtverwaltung Schleiz", "Bahnhofstraße 1",
          "07907 Schleiz", "03663 4825-312", a)
    return ol(slug, addr("Roßbach, Sandra", a), "Anmeldung Transferveranstaltung", "2025-04-22 08:55", body), \
        label("registration", [P("Sandra Roßbach", a, "Sachbearbeiterin Stadtsanierung")],
              "Stadtverwaltung Schleiz", "municipality", "Schleiz")


@case("zeulenroda-two-outlook-sentence")
def _(slug):
    a = "t.leupelt@zeulenroda-triebes.example"
    body = f"""Guten Tag,

für die Stadt Zeulenroda-Triebes melden wir uns mit zwei Personen an: ich selbst und mein Kollege Herr Rico Böttner (r.boettner@zeulenroda-triebes.example).

{MFG}
Tilo Leupelt
Leiter Bauamt

Stadtverwaltung Zeulenroda-Triebes
Markt 1, 07937 Zeulenroda-Triebes"""
    return ol(slug, addr("Leupelt, Tilo", a), "Anmeldung 20. Mai", "2025-04-22 09:40", body), \
        label("registration", [P("Tilo Leupelt", a, "Leiter Bauamt"),
                               P("Rico Böttner", "r.boettner@zeulenroda-triebes.example", None)],
              "Stadtverwaltung Zeulenroda-Triebes", "municipality", "Zeulenroda-Triebes")


@case("gera-stadtplanung-three-list")
def _(slug):
    a = "stadtplanung@gera.example"
    body = f"""Sehr geehrte Damen und Herren,

zur Transferveranstaltung am 20. Mai 2025 melden wir folgende Mitarbeiterinnen und Mitarbeiter der Stadt Gera an:

- Dr. Holger Leißring, Fachdienstleiter Stadtplanung, h.leissring@gera.example
- Franziska Frömmel, Stadtentwicklung, f.froemmel@gera.example
- Benjamin Zengerling, Städtebauförderung, b.zengerling@gera.example

{MFG}
im Auftrag
Petra Stapf
Sekretariat Fachdienst Stadtplanung
Stadt Gera"""
    return ol(slug, addr("Stadtplanung Gera", a), "Anmeldung Transferveranstaltung ISEK (3 Personen)", "2025-04-23 10:05", body), \
        label("registration", [P("Holger Leißring", "h.leissring@gera.example", "Fachdienstleiter Stadtplanung", "Dr."),
                               P("Franziska Frömmel", "f.froemmel@gera.example", "Stadtentwicklung"),
                               P("Benjamin Zengerling", "b.zengerling@gera.example", "Städtebauförderung")],
              "Stadt Gera", "municipality", "Gera")


@case("tanna-mayor-iphone")
def _(slug):
    a = "bgm.schmeisser@web.example"
    body = """Hallo,
ich melde mich für den 20.5. in Bad Lobenstein an.
Gruß
Mario Schmeißer
Bürgermeister Stadt Tanna"""
    return iphone(slug, addr("Mario Schmeißer", a), "Anmeldung", "2025-04-22 19:12", body), \
        label("registration", [P("Mario Schmeißer", a, "Bürgermeister")], "Stadt Tanna", "municipality", "Tanna")


@case("jena-thunderbird-one-flowed")
def _(slug):
    a = "katharina.moennich@jena.example"
    body = """Sehr geehrte Damen und Herren,

gern nehme ich an der 9. Transferveranstaltung „Zusammen denken – gemeinsam handeln“ am 20. Mai 2025 teil. Wir stehen in Jena gerade am Anfang der ISEK-Fortschreibung.

Viele Grüße
Katharina Mönnich

-- 
Katharina Mönnich
Team Stadtentwicklung
Fachdienst Stadtentwicklung und Stadtplanung
Stadt Jena
Am Anger 26, 07743 Jena"""
    return tb(slug, addr("Katharina Mönnich", a), "Anmeldung Transferveranstaltung 20.05.2025", "2025-04-23 13:47", body), \
        label("registration", [P("Katharina Mönnich", a, "Team Stadtentwicklung")], "Stadt Jena", "municipality", "Jena")


@case("gotha-key-value-ox")
def _(slug):
    a = "bauverwaltung@gotha.example"
    body = """Sehr geehrte Damen und Herren,

anbei unsere Anmeldung:

Name: Schöpe
Vorname: Carola
Funktion: Sachgebietsleiterin Stadtsanierung
Kommune: Stadt Gotha
E-Mail: c.schoepe@gotha.example

Freundliche Grüße
C. Schöpe"""
    return ox(slug, addr("Bauverwaltung Gotha", a), "Anmeldung zur Transferveranstaltung", "2025-04-24 08:20", body), \
        label("registration", [P("Carola Schöpe", "c.schoepe@gotha.example", "Sachgebietsleiterin Stadtsanierung")],
              "Stadt Gotha", "municipality", "Gotha")


@case("eisenach-outlook-plain-two")
def _(slug):
    a = "anja.krauspe@eisenach.example"
    body = f"""Sehr geehrte Damen und Herren,

die Stadt Eisenach nimmt mit folgenden Personen an der Veranstaltung am 20.05.2025 teil:

Frau Anja Krauspe, Stadtplanungsamt
Herr Stefan Kellermann, Stadtplanungsamt (stefan.kellermann@eisenach.example)

{MFG}
Anja Krauspe

Stadtverwaltung Eisenach
Stadtplanungsamt
Markt 22
99817 Eisenach"""
    return ol_plain(slug, addr("Krauspe, Anja", a), "Anmeldung Transferveranstaltung Stadt Eisenach", "2025-04-24 11:32", body), \
        label("registration", [P("Anja Krauspe", a, "Stadtplanungsamt"),
                               P("Stefan Kellermann", "stefan.kellermann@eisenach.example", "Stadtplanungsamt")],
              "Stadtverwaltung Eisenach", "municipality", "Eisenach")


@case("altenburg-table-html-only")
def _(slug):
    a = "stadtentwicklung@altenburg.example"
    before = "Sehr geehrte Damen und Herren,\n\nfür die Stadt Altenburg melden wir folgende Teilnehmer an:\n"
    rows = [["Name", "Funktion", "E-Mail"],
            ["Ronny Hofmeister", "Amtsleiter Stadtentwicklung", "r.hofmeister@altenburg.example"],
            ["Doreen Rämisch", "Sachbearbeiterin Fördermittel", "d.raemisch@altenburg.example"]]
    after = f"\n{MFG}\nDoreen Rämisch\nStadtverwaltung Altenburg\nAmt für Stadtentwicklung"
    flat = before + "\n".join("  ".join(r) for r in rows) + "\n" + after
    return ol(slug, addr("Rämisch, Doreen", a), "Anmeldung Transferveranstaltung - Stadt Altenburg", "2025-04-25 09:14",
              flat, html_only=True, inner=table_html(rows, before, after)), \
        label("registration", [P("Ronny Hofmeister", "r.hofmeister@altenburg.example", "Amtsleiter Stadtentwicklung"),
                               P("Doreen Rämisch", "d.raemisch@altenburg.example", "Sachbearbeiterin Fördermittel")],
              "Stadtverwaltung Altenburg", "municipality", "Altenburg")


@case("meiningen-planungsbuero-client")
def _(slug):
    a = "fickel@plan-werk-suhl.example"
    body = f"""Sehr geehrte Damen und Herren,

als beauftragtes Büro für die ISEK-Fortschreibung der Stadt Meiningen melde ich mich zur Transferveranstaltung am 20. Mai an.

{MFG}

Dipl.-Ing. Matthias Fickel
Stadtplaner AKT

PLANWERK Fickel & Scheidig GmbH
Büro für Stadtplanung
Lauterstraße 3, 98527 Suhl"""
    return ol(slug, addr("Matthias Fickel", a), "Anmeldung Transferveranstaltung", "2025-04-25 10:40", body), \
        label("registration", [P("Matthias Fickel", a, "Stadtplaner AKT", "Dipl.-Ing.")],
              "PLANWERK Fickel & Scheidig GmbH", "planning_office", "Meiningen")


@case("zella-mehlis-gmx-one")
def _(slug):
    a = "ludloff.zm@gmx.example"
    body = """Sehr geehrte Damen und Herren,

ich möchte mich für die Transferveranstaltung am 20.05. anmelden.
Ich bin Stadtratsmitglied in Zella-Mehlis und im Bauausschuss mit dem ISEK befasst.

Viele Grüße
Gunter Ludloff"""
    return gmx(slug, addr("Gunter Ludloff", a), "Anmeldung Veranstaltung 20.05.", "2025-04-25 20:31", body), \
        label("registration", [P("Gunter Ludloff", a, "Stadtratsmitglied")], "Stadt Zella-Mehlis", "municipality",
              "Zella-Mehlis")


@case("rudolstadt-outlook-domain-only")
def _(slug):
    a = "m.blechschmidt@rudolstadt.example"
    body = f"""Guten Tag,

ich melde mich hiermit für die Transferveranstaltung am 20. Mai an.

{MFG}
Marlen Blechschmidt
Fachdienst Stadtentwicklung
Tel. 03672 486-221"""
    return ol(slug, addr("Blechschmidt, Marlen", a), "Anmeldung", "2025-04-28 08:12", body), \
        label("registration", [P("Marlen Blechschmidt", a, "Fachdienst Stadtentwicklung")], None, "municipality", "Rudolstadt")


@case("saalfeld-two-droid")
def _(slug):
    a = "motschmann.saalfeld@t-online.example"
    body = """Guten Abend,
hiermit melde ich mich und meine Kollegin Ines Frauendorf für die Transferveranstaltung am 20.5. an. Wir kommen von der Stadtverwaltung Saalfeld/Saale, Bauamt.
Viele Grüße
Uwe Motschmann"""
    return droid(slug, addr("Uwe Motschmann", a), "Anmeldung Transferveranstaltung", "2025-04-28 18:44", body), \
        label("registration", [P("Uwe Motschmann", a, None), P("Ines Frauendorf", None, None)],
              "Stadtverwaltung Saalfeld/Saale", "municipality", "Saalfeld/Saale")


@case("muehlhausen-outlook-one-diet")
def _(slug):
    a = "c.zehrfeld@muehlhausen.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich für die Transferveranstaltung am 20.05.2025 an. Ich ernähre mich vegan – falls es eine Verpflegung gibt, wäre ich dankbar, wenn das berücksichtigt werden könnte.

{MFG}

""" + sig("Christin Zehrfeld", "Stadtplanerin", "Stadtverwaltung Mühlhausen", "Ratsstraße 19", "99974 Mühlhausen/Thüringen",
          "03601 452-530", a)
    return ol(slug, addr("Zehrfeld, Christin", a), "Anmeldung Transferveranstaltung", "2025-04-28 09:30", body), \
        label("registration", [P("Christin Zehrfeld", a, "Stadtplanerin")], "Stadtverwaltung Mühlhausen", "municipality",
              "Mühlhausen/Thüringen", notes=["Ich ernähre mich vegan"])


@case("heiligenstadt-latin1-roundcube")
def _(slug):
    a = "bauamt@heiligenstadt.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Stadt Heilbad Heiligenstadt melden sich an:

Frau Martina Greßler, Bauamtsleiterin, m.gressler@heiligenstadt.example
Herr Paul Köditz, Stadtplanung, p.koeditz@heiligenstadt.example

{MFG}
Martina Greßler"""
    return roundcube(slug, addr("Bauamt Heilbad Heiligenstadt", a), "Anmeldung Transferveranstaltung", "2025-04-29 10:02", body), \
        label("registration", [P("Martina Greßler", "m.gressler@heiligenstadt.example", "Bauamtsleiterin"),
                               P("Paul Köditz", "p.koeditz@heiligenstadt.example", "Stadtplanung")],
              "Stadt Heilbad Heiligenstadt", "municipality", "Heilbad Heiligenstadt")


@case("wurzbach-mayor-by-secretary")
def _(slug):
    a = "sekretariat@wurzbach.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich unseren Bürgermeister, Herrn Jan Ruppelt, zur 9. Transferveranstaltung am 20. Mai 2025 an. Seine E-Mail-Adresse lautet buergermeister@wurzbach.example.

{MFG}
Ramona Stöpel
Sekretariat
Stadt Wurzbach"""
    return ol(slug, addr("Sekretariat Stadt Wurzbach", a), "Anmeldung Bürgermeister Ruppelt", "2025-04-29 11:18", body), \
        label("registration", [P("Jan Ruppelt", "buergermeister@wurzbach.example", "Bürgermeister")], "Stadt Wurzbach",
              "municipality", "Wurzbach")


@case("remptendorf-vg-free-text")
def _(slug):
    a = "t.trinks@remptendorf.example"
    body = """Guten Tag,

aus der Gemeinde Remptendorf nehme ich teil, Thomas Trinks, Bauverwaltung. Da die Veranstaltung quasi bei uns nebenan stattfindet, bin ich gern dabei.

MfG
T. Trinks
Gemeinde Remptendorf
Bauverwaltung"""
    return ol_plain(slug, addr("Trinks, Thomas", a), "Teilnahme 20.05.2025", "2025-04-29 13:05", body), \
        label("registration", [P("Thomas Trinks", a, "Bauverwaltung")], "Gemeinde Remptendorf", "municipality", "Remptendorf")


@case("kranichfeld-webde-html")
def _(slug):
    a = "angela.beetz@web.example"
    body = """Sehr geehrte Damen und Herren,
ich bin ehrenamtliche Bürgermeisterin der Stadt Kranichfeld und möchte gern an der Transferveranstaltung am 20. Mai teilnehmen.
Mit freundlichen Grüßen
Angela Beetz"""
    return webde_html_only(slug, addr("Angela Beetz", a), "Anmeldung Transferveranstaltung", "2025-04-29 21:10", body), \
        label("registration", [P("Angela Beetz", a, "Bürgermeisterin")], "Stadt Kranichfeld", "municipality", "Kranichfeld")


@case("stadtilm-outlook-reply-to-invitation")
def _(slug):
    a = "k.knoblauch@stadtilm.example"
    body = f"""Sehr geehrte Damen und Herren,

ich melde mich hiermit an.

{MFG}
Kerstin Knoblauch
Stadtverwaltung Stadtilm
Bauamt

-----Ursprüngliche Nachricht-----
Von: Referat Städtebau und Städtebauförderung <isek-transfer@transferveranstaltung.example>
Gesendet: Dienstag, 22. April 2025 07:30
An: k.knoblauch@stadtilm.example
Betreff: {INVITE_SUBJECT}

{INVITATION}"""
    return ol(slug, addr("Knoblauch, Kerstin", a), "AW: " + INVITE_SUBJECT, "2025-04-30 08:03", body), \
        label("registration", [P("Kerstin Knoblauch", a, "Bauamt")], "Stadtverwaltung Stadtilm", "municipality", "Stadtilm")


@case("ohrdruf-thunderbird-two-train")
def _(slug):
    a = "mertsching@ohrdruf.example"
    body = """Hallo,

wir möchten uns zu zweit anmelden:
Frank Mertsching (Bauamtsleiter) und Lisa Wenige (Stadtplanung, wenige@ohrdruf.example).
Wir reisen mit dem Zug an.

Viele Grüße
Frank Mertsching
Stadt Ohrdruf"""
    return tb(slug, addr("Frank Mertsching", a), "Anmeldung Transferveranstaltung", "2025-04-30 09:22", body), \
        label("registration", [P("Frank Mertsching", a, "Bauamtsleiter"),
                               P("Lisa Wenige", "wenige@ohrdruf.example", "Stadtplanung")],
              "Stadt Ohrdruf", "municipality", "Ohrdruf", notes=["Wir reisen mit dem Zug an."])


@case("dingelstaedt-ox-two")
def _(slug):
    a = "werlich@dingelstaedt.example"
    body = """Sehr geehrte Damen und Herren,

von der Stadt Dingelstädt nehmen teil:
1. Herr Alexander Werlich, Bauamt
2. Frau Yvonne Griebel, Kämmerei (griebel@dingelstaedt.example)

Freundliche Grüße
Alexander Werlich"""
    return ox(slug, addr("Alexander Werlich", a), "Anmeldung Transferveranstaltung", "2025-05-02 08:33", body), \
        label("registration", [P("Alexander Werlich", a, "Bauamt"),
                               P("Yvonne Griebel", "griebel@dingelstaedt.example", "Kämmerei")],
              "Stadt Dingelstädt", "municipality", "Dingelstädt")


@case("koelleda-base64-iso")
def _(slug):
    a = "rockstroh@koelleda.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit möchte ich mich für die Transferveranstaltung am 20. Mai 2025 anmelden. Ich kann allerdings erst gegen 11 Uhr da sein.

{MFG}
Heike Rockstroh
Stadt Kölleda
Bauamt"""
    h = envelope(slug, addr("Rockstroh, Heike", a, "iso-8859-1"), "Anmeldung Transferveranstaltung", "2025-05-02 11:05")
    return message(h, text(body, "iso-8859-1", "base64")), \
        label("registration", [P("Heike Rockstroh", a, "Bauamt")], "Stadt Kölleda", "municipality", "Kölleda",
              notes=["erst gegen 11 Uhr da"])


@case("hermsdorf-outlook-three-colleagues")
def _(slug):
    a = "bauamt@hermsdorf.example"
    body = f"""Sehr geehrte Damen und Herren,

von der Stadt Hermsdorf kommen am 20. Mai:

Bürgermeister Benny Sieber
Frau Anke Scheler (Bauamt)
Herr Marcel Kutzner (Bauamt)

Für Rückfragen stehe ich gern zur Verfügung.

{MFG}
Anke Scheler
Stadtverwaltung Hermsdorf
Bauamt"""
    return ol(slug, addr("Bauamt Hermsdorf", a), "Anmeldung Transferveranstaltung Bad Lobenstein", "2025-05-05 08:40", body), \
        label("registration", [P("Benny Sieber", None, "Bürgermeister"), P("Anke Scheler", a, "Bauamt"),
                               P("Marcel Kutzner", None, "Bauamt")],
              "Stadtverwaltung Hermsdorf", "municipality", "Hermsdorf")


@case("ranis-mayor-short-plain")
def _(slug):
    a = "buergermeister@ranis.example"
    body = """Guten Tag,

bitte melden Sie mich fuer den 20.05. an.

Andreas Hemmleb
Buergermeister der Stadt Ranis"""
    h = envelope(slug, addr("Andreas Hemmleb", a), "Transferveranstaltung", "2025-05-05 16:22")
    return message(h, text(body, "us-ascii", "7bit")), \
        label("registration", [P("Andreas Hemmleb", a, "Buergermeister")], "Stadt Ranis", "municipality", "Ranis")


@case("koenigsee-gmx-latin")
def _(slug):
    a = "eckstein.koenigsee@gmx.example"
    body = """Sehr geehrte Damen und Herren,

ich melde mich zur Veranstaltung am 20. Mai in Bad Lobenstein an. Ich bin im Stadtrat Königsee und dort im Bauausschuss.
Ich komme mit dem Auto.

Freundliche Grüße
Ralf Eckstein"""
    return gmx(slug, addr("Ralf Eckstein", a), "Anmeldung", "2025-05-05 19:47", body), \
        label("registration", [P("Ralf Eckstein", a, "Stadtrat")], "Stadt Königsee", "municipality", "Königsee",
              notes=["Ich komme mit dem Auto."])


@case("landratsamt-saale-orla-authority")
def _(slug):
    a = "k.rauschert@lrasok.example"
    body = f"""Sehr geehrte Damen und Herren,

vom Landratsamt Saale-Orla-Kreis, Fachdienst Kreisentwicklung, nimmt Frau Kathrin Rauschert an der Transferveranstaltung teil.

{MFG}

""" + sig("Kathrin Rauschert", "Fachdienst Kreisentwicklung und Wirtschaftsförderung", "Landratsamt Saale-Orla-Kreis",
          "Oschitzer Straße 4", "07907 Schleiz", "03663 488-612", a)
    return ol(slug, addr("Rauschert, Kathrin", a), "Anmeldung Transferveranstaltung", "2025-05-06 09:02", body), \
        label("registration", [P("Kathrin Rauschert", a, "Fachdienst Kreisentwicklung und Wirtschaftsförderung")],
              "Landratsamt Saale-Orla-Kreis", "authority", None)


@case("steinach-thunderbird-qp-one")
def _(slug):
    a = "lindig@stadt-steinach.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich für die Transferveranstaltung am 20. Mai 2025 an.

Mit freundlichen Grüßen

-- 
Torsten Lindig
Stadtverwaltung Steinach
Bauamt / Liegenschaften
Marktplatz 4, 96523 Steinach"""
    return tb(slug, addr("Torsten Lindig", a), "Anmeldung 9. Transferveranstaltung", "2025-05-06 10:15", body, "quoted-printable"), \
        label("registration", [P("Torsten Lindig", a, "Bauamt / Liegenschaften")], "Stadtverwaltung Steinach",
              "municipality", "Steinach")


@case("schleusingen-apple-two")
def _(slug):
    a = "s.doetsch@schleusingen.example"
    body = """Guten Tag,

für die Stadt Schleusingen melden sich Frau Susanne Dötsch (Stadtplanung) und Herr Olaf Kreuzberger (Bauamtsleiter, o.kreuzberger@schleusingen.example) an.

Viele Grüße
Susanne Dötsch"""
    return apple(slug, addr("Susanne Dötsch", a), "Anmeldung Transferveranstaltung 20.05.", "2025-05-06 14:30", body), \
        label("registration", [P("Susanne Dötsch", a, "Stadtplanung"),
                               P("Olaf Kreuzberger", "o.kreuzberger@schleusingen.example", "Bauamtsleiter")],
              "Stadt Schleusingen", "municipality", "Schleusingen")


@case("bad-salzungen-question-and-registration")
def _(slug):
    a = "m.ilgen@badsalzungen.example"
    body = f"""Sehr geehrte Damen und Herren,

ich melde mich für die Transferveranstaltung am 20. Mai an. Gibt es vor Ort Parkplätze oder sollte ich besser mit der Bahn anreisen?

{MFG}
Manuela Ilgen
Stadtverwaltung Bad Salzungen
Fachdienst Bauverwaltung"""
    return ol(slug, addr("Ilgen, Manuela", a), "Anmeldung + Frage Parken", "2025-05-07 08:25", body), \
        label("registration", [P("Manuela Ilgen", a, "Fachdienst Bauverwaltung")], "Stadtverwaltung Bad Salzungen",
              "municipality", "Bad Salzungen", notes=["Gibt es vor Ort Parkplätze oder sollte ich besser mit der Bahn anreisen?"])


@case("neustadt-orla-outlook-short")
def _(slug):
    a = "leichsenring@neustadtanderorla.example"
    body = f"""Hallo,

ich würde gern teilnehmen.

{MFG}
Robert Leichsenring
Stadtverwaltung Neustadt an der Orla
Stadtentwicklung"""
    return ol(slug, addr("Leichsenring, Robert", a), "AW: Einladung Transferveranstaltung", "2025-05-07 09:45", body), \
        label("registration", [P("Robert Leichsenring", a, "Stadtentwicklung")], "Stadtverwaltung Neustadt an der Orla",
              "municipality", "Neustadt an der Orla")


@case("nesse-apfelstaedt-b64-ox-gemeinde")
def _(slug):
    a = "kummer@nesse-apfelstaedt.example"
    body = """Sehr geehrte Damen und Herren,

die Gemeinde Nesse-Apfelstädt meldet Frau Daniela Kummer (Bauverwaltung) zur Transferveranstaltung an.

Mit freundlichem Gruß
Daniela Kummer"""
    return ox(slug, addr("Daniela Kummer", a), "Anmeldung Gemeinde Nesse-Apfelstädt", "2025-05-07 13:12", body), \
        label("registration", [P("Daniela Kummer", a, "Bauverwaltung")], "Gemeinde Nesse-Apfelstädt", "municipality",
              "Nesse-Apfelstädt")


@case("planungsbuero-uhlstaedt-client-outlook")
def _(slug):
    a = "n.ortleb@kommunalplan.example"
    body = f"""Sehr geehrte Damen und Herren,

wir erarbeiten derzeit das IGEK für die Gemeinde Uhlstädt-Kirchhasel. Ich melde mich und meinen Kollegen Herrn Lutz Nürnberger (l.nuernberger@kommunalplan.example) zur Veranstaltung an.

{MFG}
Nadine Ortleb
M.A. Stadt- und Regionalplanung

KommunalPlan GmbH
Ingenieur- und Planungsbüro
Saalstraße 40, 07318 Saalfeld"""
    return ol(slug, addr("Ortleb, Nadine", a), "Anmeldung Transferveranstaltung", "2025-05-08 10:01", body), \
        label("registration", [P("Nadine Ortleb", a, None),
                               P("Lutz Nürnberger", "l.nuernberger@kommunalplan.example", None)],
              "KommunalPlan GmbH", "planning_office", "Uhlstädt-Kirchhasel")


@case("weida-deadline-day-outlook-plain")
def _(slug):
    a = "ochs@weida.example"
    body = f"""Sehr geehrte Damen und Herren,

ich hoffe, ich bin noch nicht zu spät: hiermit melde ich mich zur Transferveranstaltung am 20. Mai an.

{MFG}
Gabriele Ochs
Stadtverwaltung Weida
Bauamt"""
    return ol_plain(slug, addr("Ochs, Gabriele", a), "Anmeldung Transferveranstaltung", "2025-05-09 15:40", body), \
        label("registration", [P("Gabriele Ochs", a, "Bauamt")], "Stadtverwaltung Weida", "municipality", "Weida")


@case("harztor-iphone-two")
def _(slug):
    a = "haedrich.harztor@icloud.example"
    body = """Hallo,
für die Gemeinde Harztor melden sich Bürgermeister Stephan Hädrich und Gemeinderätin Sabrina Lorenzen an.
Grüße
S. Hädrich"""
    return iphone(slug, addr("Stephan Hädrich", a), "Anmeldung Harztor", "2025-05-04 17:03", body), \
        label("registration", [P("Stephan Hädrich", a, "Bürgermeister"), P("Sabrina Lorenzen", None, "Gemeinderätin")],
              "Gemeinde Harztor", "municipality", "Harztor")


# ==================================================================================================
# auto replies
# ==================================================================================================


@case("auto-exchange-headers")
def _(slug):
    a = "b.rettig@stadt-artern.example"
    body = """Vielen Dank für Ihre E-Mail. Ich bin bis zum 2. Mai 2025 nicht im Dienst. Ihre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an bauamt@stadt-artern.example.

Mit freundlichen Grüßen
Birgit Rettig"""
    h = envelope(slug, addr("Rettig, Birgit", a), "Automatische Antwort: " + INVITE_SUBJECT, "2025-04-22 07:31",
                 extra=outlook_headers(("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All")))
    return message(h, outlook_alt(slug, body)), label("auto_reply", [], None, None, None)


@case("auto-abwesenheit-text-only-plain")
def _(slug):
    a = "info@gemeinde-tonna.example"
    body = """Abwesenheitsnotiz

Guten Tag,
ich bin ab dem 28.04.2025 wieder im Büro. Ihre Nachricht wird nach meiner Rückkehr bearbeitet.

Freundliche Grüße
Gemeinde Tonna"""
    return ol_plain(slug, addr("Gemeinde Tonna", a), "Abwesenheitsnotiz: " + INVITE_SUBJECT, "2025-04-22 07:34", body), \
        label("auto_reply", [], None, None, None)


@case("auto-to-confirmation-x-autoreply")
def _(slug):
    a = "t.kobold@eisfeld.example"
    code = code_for("eisfeld-conf")
    body = """Ich bin vom 05.05. bis 16.05.2025 im Urlaub und habe keinen Zugriff auf meine E-Mails.
Vertretung: Frau Kleinschmidt, bauamt@eisfeld.example

Tino Kobold"""
    h = envelope(slug, addr("Tino Kobold", a), "Abwesend: " + confirm_subject(code), "2025-05-06 10:03",
                 extra=("X-Autoreply: yes", "Auto-Submitted: auto-replied (vacation)"))
    return message(h, text(body, "utf-8", "quoted-printable")), label("auto_reply", [], None, None, None)


@case("auto-ticket-noreply")
def _(slug):
    a = "noreply@buergerservice-gotha.example"
    body = """Ihre Anfrage ist bei uns eingegangen.

Vorgangsnummer: 2025-04-118734
Wir bearbeiten Ihr Anliegen schnellstmöglich. Bitte antworten Sie nicht auf diese E-Mail.

Ihr Bürgerservice"""
    h = envelope(slug, addr("Bürgerservice", a), "[Ticket#2025-04-118734] " + INVITE_SUBJECT, "2025-04-22 07:38",
                 extra=("Auto-Submitted: auto-generated", "Precedence: bulk"))
    return message(h, text(body, "utf-8", "quoted-printable")), label("auto_reply", [], None, None, None)


@case("auto-english-ooo")
def _(slug):
    a = "m.scholtyssek@tu-ilmenau.example"
    body = """I am currently out of the office with limited access to email. I will be back on 5 May 2025.

Kind regards
Martin Scholtyssek"""
    h = envelope(slug, addr("Martin Scholtyssek", a), "Out of Office: " + INVITE_SUBJECT, "2025-04-22 07:45",
                 extra=("Auto-Submitted: auto-replied",))
    return message(h, text(body, "utf-8", "7bit")), label("auto_reply", [], None, None, None, language="en")


@case("auto-outlook-html-text-only-to-reminder")
def _(slug):
    a = "a.kirschnek@themar.example"
    code = code_for("themar-reminder")
    body = """Automatische Antwort

Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 16.05.2025 nicht im Büro und ab Montag, 19.05.2025, wieder erreichbar.

Andrea Kirschnek
Stadt Themar"""
    return ol(slug, addr("Kirschnek, Andrea", a), "Automatische Antwort: Erinnerung: 9. Transferveranstaltung am 20. Mai 2025 ("
              + code + ")", "2025-05-13 08:01", body, html_only=True), label("auto_reply", [], None, None, None)


# ==================================================================================================
# bounces
# ==================================================================================================


def _invite_to(rcpt: str, slug: str) -> bytes:
    return message([f"From: {INVITE_FROM}", f"To: {rcpt}", f"Subject: {hval(INVITE_SUBJECT)}",
                    f"Date: {rfcdate('2025-04-22 07:30')}",
                    f"Message-ID: {msgid('invite-' + slug, 'transferveranstaltung.example')}"], text(INVITATION))


@case("bounce-postfix-dsn")
def _(slug):
    rcpt = "stadtbauamt@gefell-alt.example"
    human = f"""This is the mail system at host mx01.transferveranstaltung.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<{rcpt}>: Host or domain name not found. Name service error for
    name=gefell-alt.example type=MX: Host not found"""
    dsn = f"""Reporting-MTA: dns; mx01.transferveranstaltung.example

Final-Recipient: rfc822; {rcpt}
Action: failed
Status: 5.4.4
Diagnostic-Code: X-Postfix; Host or domain name not found
"""
    part = report(slug, (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                         human.encode() + b"\n"), dsn, rfc822(_invite_to(rcpt, slug)))
    h = ["Return-Path: <>", f"From: {addr('Mail Delivery System', 'MAILER-DAEMON@mx01.transferveranstaltung.example')}",
         f"To: {INBOX}", "Subject: Undelivered Mail Returned to Sender", f"Date: {rfcdate('2025-04-22 07:31')}",
         f"Message-ID: {msgid(slug, 'mx01.transferveranstaltung.example')}", "Auto-Submitted: auto-replied"]
    return message(h, part), label("bounce", [], None, None, None, language="en", bounce_recipient=rcpt)


@case("bounce-exchange-german-dsn")
def _(slug):
    rcpt = "r.hoffmeister@vg-dermbach-alt.example"
    human = f"""Ihre Nachricht hat folgende Empfänger nicht erreicht:

{rcpt}
Das Postfach existiert nicht mehr.

Diagnoseinformationen für Administratoren:
Remoteserver hat '550 5.1.1 User unknown' zurückgegeben."""
    dsn = f"""Reporting-MTA: dns;EXCH02.vg-dermbach-alt.example

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 User unknown
"""
    part = report(slug, (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"],
                         encode_body(human, "utf-8", "quoted-printable")), dsn, rfc822(_invite_to(rcpt, slug)))
    h = [f"From: {addr('Microsoft Outlook', 'postmaster@vg-dermbach-alt.example')}", f"To: {INBOX}",
         f"Subject: {hval('Unzustellbar: ' + INVITE_SUBJECT)}", f"Date: {rfcdate('2025-04-22 07:32')}",
         f"Message-ID: {msgid(slug, 'vg-dermbach-alt.example')}", "Auto-Submitted: auto-replied"]
    return message(h, part), label("bounce", [], None, None, None, bounce_recipient=rcpt)


@case("bounce-plain-exim-quota")
def _(slug):
    rcpt = "gemeinde@rositz-verw.example"
    body = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {rcpt}
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

From: {INVITE_FROM}
To: {rcpt}
Subject: {INVITE_SUBJECT}
"""
    h = ["Return-Path: <>", "From: Mail Delivery System <Mailer-Daemon@mail.kommunalnetz.example>", f"To: {INBOX}",
         "Subject: Mail delivery failed: returning message to sender", f"Date: {rfcdate('2025-04-22 09:02')}",
         f"Message-ID: {msgid(slug, 'mail.kommunalnetz.example')}", "Auto-Submitted: auto-replied"]
    return message(h, text(body, "utf-8", "8bit")), label("bounce", [], None, None, None, language="en",
                                                         bounce_recipient=rcpt)


@case("bounce-confirmation-delayed")
def _(slug):
    rcpt = "e.wenzlaff@schwarzatal.example"
    code = code_for("schwarzatal-conf")
    human = f"""Dies ist eine automatisch erzeugte Nachricht.

Die Zustellung Ihrer Nachricht an {rcpt} verzögert sich. Es wird weiter versucht, die Nachricht zuzustellen.
Sie müssen nichts unternehmen."""
    dsn = f"""Reporting-MTA: dns; mx01.transferveranstaltung.example

Final-Recipient: rfc822; {rcpt}
Action: delayed
Status: 4.4.1
Diagnostic-Code: smtp; 421 4.4.1 Connection timed out
"""
    ours = message([f"From: {addr('Transferveranstaltung ISEK – Anmeldung', INBOX)}", f"To: {rcpt}",
                    f"Subject: {hval(confirm_subject(code))}", f"Date: {rfcdate('2025-04-30 10:00')}",
                    f"Message-ID: {msgid('our-' + slug, 'transferveranstaltung.example')}"], text("Ihre Anmeldung ist bestätigt."))
    part = report(slug, (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"],
                         encode_body(human, "utf-8", "quoted-printable")), dsn, rfc822(ours))
    h = ["Return-Path: <>", f"From: {addr('Mail Delivery System', 'MAILER-DAEMON@mx01.transferveranstaltung.example')}",
         f"To: {INBOX}", f"Subject: {hval('Verzögerte Zustellung: ' + confirm_subject(code))}",
         f"Date: {rfcdate('2025-04-30 14:00')}", f"Message-ID: {msgid(slug, 'mx01.transferveranstaltung.example')}",
         "Auto-Submitted: auto-replied"]
    return message(h, part), label("bounce", [], None, None, None, bounce_recipient=rcpt)


# ==================================================================================================
# cancellations
# ==================================================================================================


@case("cancel-reply-confirmation-outlook")
def _(slug):
    a = "u.hankel@kaulsdorf.example"
    code = code_for("kaulsdorf-conf")
    body = f"""Sehr geehrte Damen und Herren,

leider muss ich meine Teilnahme am 20. Mai absagen, da an diesem Tag eine Gemeinderatssitzung angesetzt wurde.

{MFG}
Ulrike Hankel
Gemeinde Kaulsdorf

""" + conf_quote_ol(a, code, "Sehr geehrte Frau Hankel", ["Ulrike Hankel"])
    return ol(slug, addr("Hankel, Ulrike", a), "AW: " + confirm_subject(code), "2025-05-07 09:12", body), \
        label("cancellation", [P("Ulrike Hankel", a, None)], "Gemeinde Kaulsdorf", "municipality", "Kaulsdorf")


@case("cancel-iphone-short")
def _(slug):
    a = "b.scharfenberg@probstzella.example"
    code = code_for("probstzella-conf")
    body = f"""Hallo, ich muss leider kurzfristig absagen (Krankheit). Code {code}
Bernd Scharfenberg, Gemeinde Probstzella"""
    return iphone(slug, addr("Bernd Scharfenberg", a), "Absage", "2025-05-19 06:48", body), \
        label("cancellation", [P("Bernd Scharfenberg", a, None)], "Gemeinde Probstzella", "municipality", "Probstzella")


@case("cancel-two-of-three-thunderbird")
def _(slug):
    a = "h.schoenheit@waltershausen.example"
    code = code_for("waltershausen-conf")
    body = f"""Guten Tag,

von unseren drei angemeldeten Personen können Herr Kai Lindemuth und Frau Nora Steinbrück leider nicht teilnehmen. Ich selbst komme wie angemeldet.

Viele Grüße
Heiko Schönheit
Stadt Waltershausen

""" + conf_quote_tb(code, "Sehr geehrter Herr Schönheit", ["Heiko Schönheit", "Kai Lindemuth", "Nora Steinbrück"])
    return tb(slug, addr("Heiko Schönheit", a), "Re: " + confirm_subject(code), "2025-05-12 11:30", body), \
        label("cancellation", [P("Kai Lindemuth", None, None), P("Nora Steinbrück", None, None)],
              "Stadt Waltershausen", "municipality", "Waltershausen")


@case("cancel-secretary-for-mayor-plain")
def _(slug):
    a = "vorzimmer@friedrichroda.example"
    body = f"""Sehr geehrte Damen und Herren,

Herr Bürgermeister Klaus Junghanns muss seine Teilnahme an der Transferveranstaltung am 20.05.2025 aus terminlichen Gründen leider absagen.

{MFG}
i. A. Petra Ungewitter
Vorzimmer Bürgermeister
Stadt Friedrichroda"""
    return ol_plain(slug, addr("Vorzimmer Bürgermeister", a), "Absage Transferveranstaltung", "2025-05-14 10:20", body), \
        label("cancellation", [P("Klaus Junghanns", None, "Bürgermeister")], "Stadt Friedrichroda", "municipality",
              "Friedrichroda")


@case("cancel-planungsbuero-roundcube-utf8")
def _(slug):
    a = "info@buero-gruenwald.example"
    body = f"""Sehr geehrte Damen und Herren,

leider kann ich am 20. Mai doch nicht teilnehmen. Bitte streichen Sie meine Anmeldung.

{MFG}
Henrik Grünwald
Büro Grünwald – Stadtplanung und Architektur, Weimar"""
    return roundcube(slug, addr("Henrik Grünwald", a), "Absage Teilnahme Transferveranstaltung", "2025-05-13 17:55", body,
                     "UTF-8", "quoted-printable"), \
        label("cancellation", [P("Henrik Grünwald", a, None)], "Büro Grünwald – Stadtplanung und Architektur",
              "planning_office", None)


# ==================================================================================================
# changes
# ==================================================================================================


@case("change-replacement-outlook")
def _(slug):
    a = "s.wachsmuth@lucka.example"
    code = code_for("lucka-conf")
    body = f"""Sehr geehrte Damen und Herren,

da ich am 20. Mai verhindert bin, wird an meiner Stelle meine Kollegin Frau Jana Rübsam (j.ruebsam@lucka.example) teilnehmen.

{MFG}
Steffen Wachsmuth
Stadt Lucka, Bauamt

""" + conf_quote_ol(a, code, "Sehr geehrter Herr Wachsmuth", ["Steffen Wachsmuth"])
    return ol(slug, addr("Wachsmuth, Steffen", a), "AW: " + confirm_subject(code), "2025-05-08 09:40", body), \
        label("change", [P("Jana Rübsam", "j.ruebsam@lucka.example", None), P("Steffen Wachsmuth", a, None)],
              "Stadt Lucka", "municipality", "Lucka")


@case("change-add-colleague-apple")
def _(slug):
    a = "m.kirchhoefer@buergel.example"
    body = """Guten Tag,

ich bin bereits angemeldet. Mein Kollege Herr Tobias Wetzstein möchte gern ebenfalls teilnehmen – bitte nehmen Sie ihn noch mit auf: t.wetzstein@buergel.example

Vielen Dank und viele Grüße
Maria Kirchhöfer
Stadt Bürgel"""
    return apple(slug, addr("Maria Kirchhöfer", a), "Nachmeldung Transferveranstaltung", "2025-05-06 15:05", body), \
        label("change", [P("Tobias Wetzstein", "t.wetzstein@buergel.example", None)], "Stadt Bürgel", "municipality", "Bürgel")


@case("change-only-morning-outlook-plain")
def _(slug):
    a = "r.huebschmann@ellrich.example"
    code = code_for("ellrich-conf")
    body = f"""Sehr geehrte Damen und Herren,

zu meiner Anmeldung ({code}): ich kann leider nur vormittags teilnehmen und muss gegen 13 Uhr wieder fahren.

{MFG}
Rainer Hübschmann
Stadt Ellrich"""
    return ol_plain(slug, addr("Hübschmann, Rainer", a), "Anmeldung " + code + " - nur vormittags", "2025-05-12 08:15", body), \
        label("change", [P("Rainer Hübschmann", a, None)], "Stadt Ellrich", "municipality", "Ellrich",
              notes=["nur vormittags", "muss gegen 13 Uhr wieder fahren"])


@case("change-name-spelling-thunderbird")
def _(slug):
    a = "c.koellner@leutenberg.example"
    code = code_for("leutenberg-conf")
    body = f"""Hallo,

in der Bestätigung steht mein Name falsch: richtig ist Cornelia Köllner (mit ö). Könnten Sie das bitte für das Namensschild korrigieren?

Danke und Gruß
Cornelia Köllner
Stadt Leutenberg

""" + conf_quote_tb(code, "Sehr geehrte Frau Kollner", ["Cornelia Kollner"])
    return tb(slug, addr("Cornelia Köllner", a), "Re: " + confirm_subject(code), "2025-05-02 12:44", body), \
        label("change", [P("Cornelia Köllner", a, None)], "Stadt Leutenberg", "municipality", "Leutenberg")


@case("change-new-address-gmx")
def _(slug):
    a = "jens.lauterbach@stadt-geisa.example"
    body = """Sehr geehrte Damen und Herren,

ich hatte mich von meiner privaten Adresse angemeldet. Bitte schicken Sie weitere Informationen zur Veranstaltung am 20. Mai an meine Dienstadresse jens.lauterbach@stadt-geisa.example.

Viele Grüße
Jens Lauterbach
Stadt Geisa"""
    return gmx(slug, addr("Jens Lauterbach", "jens.lauterbach@gmx.example"), "Änderung E-Mail-Adresse Anmeldung",
               "2025-05-05 20:02", body), \
        label("change", [P("Jens Lauterbach", a, None)], "Stadt Geisa", "municipality", "Geisa")


# ==================================================================================================
# questions
# ==================================================================================================


@case("question-programme-outlook")
def _(slug):
    a = "m.baumbach@schmalkalden.example"
    body = f"""Sehr geehrte Damen und Herren,

können Sie uns schon das genaue Programm der Veranstaltung zusenden? Wir würden gern entscheiden, wer von uns teilnimmt.

{MFG}
Mirko Baumbach
Stadtverwaltung Schmalkalden
Stadtbauamt"""
    return ol(slug, addr("Baumbach, Mirko", a), "Frage zum Programm Transferveranstaltung", "2025-04-24 10:10", body), \
        label("question", [], "Stadtverwaltung Schmalkalden", "municipality", "Schmalkalden")


@case("question-registration-after-deadline")
def _(slug):
    a = "s.weisflog@kaltennordheim.example"
    body = """Guten Tag,

ist eine Anmeldung jetzt noch möglich? Ich habe die Frist leider verpasst.

Mit freundlichen Grüßen
Silke Weisflog
Stadt Kaltennordheim"""
    return ol_plain(slug, addr("Weisflog, Silke", a), "Anmeldung noch möglich?", "2025-05-12 09:03", body), \
        label("question", [], "Stadt Kaltennordheim", "municipality", "Kaltennordheim")


@case("question-accessibility-iso")
def _(slug):
    a = "g.tauscher@dornburg-camburg.example"
    body = """Sehr geehrte Damen und Herren,

ist der Veranstaltungsort barrierefrei erreichbar? Ein Kollege ist auf den Rollstuhl angewiesen und würde sich sonst nicht anmelden.

Freundliche Grüße
Gisela Tauscher
Stadt Dornburg-Camburg"""
    return roundcube(slug, addr("Gisela Tauscher", a, "ISO-8859-1"), "Frage Barrierefreiheit", "2025-04-28 14:25", body), \
        label("question", [], "Stadt Dornburg-Camburg", "municipality", "Dornburg-Camburg")


@case("question-presentations-afterwards")
def _(slug):
    a = "v.leupold@bad-berka.example"
    body = """Hallo,

ich bin angemeldet, habe aber eine Frage: werden die Präsentationen im Nachgang zur Verfügung gestellt? Dann könnte ich sie an meine Kolleginnen weitergeben.

Viele Grüße
Volker Leupold
Stadt Bad Berka"""
    return tb(slug, addr("Volker Leupold", a), "Frage Präsentationen", "2025-05-14 16:40", body), \
        label("question", [], "Stadt Bad Berka", "municipality", "Bad Berka")


@case("question-bewilligungsstelle-android")
def _(slug):
    a = "kaeferstein@kommunalberatung-nord.example"
    body = """Guten Tag,
wird auch jemand von der Bewilligungsstelle vor Ort sein? Dann würde ich mich als beauftragtes Büro gern anmelden.
Gruß
Tom Käferstein"""
    return droid(slug, addr("Tom Käferstein", a), "Frage zur Veranstaltung", "2025-04-30 07:12", body), \
        label("question", [], None, "planning_office", None)


# ==================================================================================================
# other
# ==================================================================================================


@case("other-thanks-confirmation")
def _(slug):
    a = "r.zwinscher@schkoelen.example"
    code = code_for("schkoelen-conf")
    body = f"""Vielen Dank für die Bestätigung, bis zum 20. Mai!

Beste Grüße
Romy Zwinscher
Stadt Schkölen

""" + conf_quote_ol(a, code, "Sehr geehrte Frau Zwinscher", ["Romy Zwinscher"])
    return ol(slug, addr("Zwinscher, Romy", a), "AW: " + confirm_subject(code), "2025-04-29 08:50", body), \
        label("other", [], "Stadt Schkölen", "municipality", "Schkölen")


@case("other-unrelated-funding-request")
def _(slug):
    a = "foerdermittel@gemeinde-nobitz.example"
    body = f"""Sehr geehrte Damen und Herren,

anbei übersenden wir den Verwendungsnachweis für die Maßnahme „Sanierung Dorfgemeinschaftshaus“ mit der Bitte um Prüfung.

{MFG}
Gemeinde Nobitz
Fördermittelmanagement"""
    return ol(slug, addr("Gemeinde Nobitz Fördermittel", a), "Verwendungsnachweis Dorfgemeinschaftshaus", "2025-05-02 13:30", body), \
        label("other", [], "Gemeinde Nobitz", "municipality", "Nobitz")


# ==================================================================================================

EARLIER = ("corpus", "corpus_holdout", "corpus_blind", "corpus_blind2", "corpus_blind3", "corpus_blind4",
           "corpus_blind5", "corpus_blind6")

if __name__ == "__main__":
    main(HERE, CASES, seed=20250520, earlier=EARLIER, unique_within=True, repeats_allowed=True)
