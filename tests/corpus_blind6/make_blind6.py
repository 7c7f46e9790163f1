"""Rebuild and validate the sixth blind corpus (tests/corpus_blind6/).

Written from the invitation, INTERFACE.md, issue 3 and the labelling conventions of tests/corpus/README.md (and
the READMEs of the earlier blind sets) only, without reading or running the parser, by a sixth writer. Each case
below is one mail as a real inbox receives it, built byte by byte by the small MIME writer shared in
tests/corpus_kit.py, together with what a careful event secretary records from that mail alone.

    .venv/bin/python tests/corpus_blind6/make_blind6.py          # rewrite all files, then validate
    .venv/bin/python tests/corpus_blind6/make_blind6.py --check  # validate the files as they are
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
    apple,
    attachment,
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
    multi,
    ol,
    ol_plain,
    outlook_alt,
    outlook_headers,
    outlook_quote,
    ox,
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
    webde_html_only,
)

HERE = Path(__file__).resolve().parent
CASES: Cases = []
case = case_registry(CASES)

# ==================================================================================================
# registrations
# ==================================================================================================

@case("poessneck-bauamt-outlook-single")
def _(slug):
    a = "k.wunschmann@poessneck.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich für die 9. Transferveranstaltung am 20.05.2025 an.

Mit freundlichen Grüßen

""" + sig("Katrin Wunschmann", "SB Stadtplanung / Städtebauförderung", "Stadtverwaltung Pößneck", "Markt 1",
          "07381 Pößneck", "03647 500-613", a)
    return ol(slug, addr("Wunschmann, Katrin", a), "Anmeldung Transferveranstaltung", "2025-04-22 08:41", body), \
        label("registration", [P("Katrin Wunschmann", a, "SB Stadtplanung / Städtebauförderung")],
              "Stadtverwaltung Pößneck", "municipality", "Pößneck")


@case("arnstadt-stadtplanung-three-numbered")
def _(slug):
    a = "stadtplanung@arnstadt.example"
    body = """Sehr geehrte Damen und Herren,

von der Stadtverwaltung Arnstadt nehmen an der Veranstaltung am 20. Mai folgende Personen teil:

1. Herr Dipl.-Ing. Uwe Kronacher, Fachbereichsleiter Stadtentwicklung, u.kronacher@arnstadt.example
2. Frau Jessica Kirchschlager, Sachgebiet Stadtsanierung, j.kirchschlager@arnstadt.example
3. Herr Tobias Heydenreich, Sachgebiet Stadtsanierung, t.heydenreich@arnstadt.example

Vielen Dank und freundliche Grüße
i. A. Nicole Sauerbrey

Stadtverwaltung Arnstadt
Fachbereich Stadtentwicklung
Planungsstraße 1
99310 Arnstadt"""
    return ol(slug, addr("Stadtplanung Arnstadt", a), "Anmeldung 9. Transferveranstaltung - Stadt Arnstadt (3 Personen)",
              "2025-04-22 09:12", body), label("registration", [
        P("Uwe Kronacher", "u.kronacher@arnstadt.example", "Fachbereichsleiter Stadtentwicklung", "Dipl.-Ing."),
        P("Jessica Kirchschlager", "j.kirchschlager@arnstadt.example", "Sachgebiet Stadtsanierung"),
        P("Tobias Heydenreich", "t.heydenreich@arnstadt.example", "Sachgebiet Stadtsanierung")],
        "Stadtverwaltung Arnstadt", "municipality", "Arnstadt")


@case("sondershausen-thunderbird-two-sentence")
def _(slug):
    a = "m.pretzsch@sondershausen.example"
    body = """Guten Tag,

ich melde mich und meine Kollegin Frau Anett Gleichmar (a.gleichmar@sondershausen.example) zur Transferveranstaltung am 20. Mai in Bad Lobenstein an. Wir schreiben unser ISEK gerade fort und sind sehr an dem Austausch interessiert.

Beste Grüße
Marco Pretzsch

-- 
Marco Pretzsch
Amt für Stadtentwicklung und Bauordnung
Stadtverwaltung Sondershausen
Markt 7, 99706 Sondershausen
Tel. 03632 622-401"""
    return tb(slug, addr("Marco Pretzsch", a), "Anmeldung ISEK-Transferveranstaltung", "2025-04-22 10:03", body), \
        label("registration", [P("Marco Pretzsch", a, "Amt für Stadtentwicklung und Bauordnung"),
                               P("Anett Gleichmar", "a.gleichmar@sondershausen.example", None)],
              "Stadtverwaltung Sondershausen", "municipality", "Sondershausen")


@case("schmieritz-vg-triptis-mayor-outlook-plain")
def _(slug):
    a = "bauverwaltung@vg-triptis.example"
    body = """Sehr geehrte Damen und Herren,

für die Gemeinde Schmieritz meldet sich Herr Bürgermeister Gerd Stöckigt zur Transferveranstaltung an. Herr Stöckigt hat keine eigene dienstliche E-Mail-Adresse, Rückfragen bitte an mich.

Mit freundlichen Grüßen
i.A. Birgit Fleischhauer

Verwaltungsgemeinschaft Triptis
Bauverwaltung
Markt 1
07819 Triptis"""
    return ol_plain(slug, addr("Fleischhauer, Birgit", a), "Anmeldung Gemeinde Schmieritz", "2025-04-23 09:27", body), \
        label("registration", [P("Gerd Stöckigt", None, "Bürgermeister")], "Verwaltungsgemeinschaft Triptis",
              "municipality", "Schmieritz")


@case("ilmenau-planungsbuero-client-two")
def _(slug):
    a = "kontakt@stadtraum-plan.example"
    body = """Sehr geehrte Damen und Herren,

wir betreuen die Stadt Ilmenau bei der Fortschreibung ihres ISEK und würden gern mit zwei Personen an der Transferveranstaltung teilnehmen:

- Frau M.Sc. Lea Brandenstein (l.brandenstein@stadtraum-plan.example)
- Herr Dipl.-Ing. Carsten Wohlfeld (c.wohlfeld@stadtraum-plan.example)

Mit freundlichen Grüßen

Lea Brandenstein
Projektleiterin

STADTRAUM Planungsgesellschaft mbH
Büro für Stadtplanung und Regionalentwicklung
Kaiserstraße 12, 99084 Erfurt
Tel. 0361 5550-270"""
    return ol(slug, addr("Brandenstein, Lea", a), "Anmeldung Transferveranstaltung / ISEK Ilmenau", "2025-04-23 11:20", body), \
        label("registration", [P("Lea Brandenstein", "l.brandenstein@stadtraum-plan.example", "Projektleiterin", "M.Sc."),
                               P("Carsten Wohlfeld", "c.wohlfeld@stadtraum-plan.example", None, "Dipl.-Ing.")],
              "STADTRAUM Planungsgesellschaft mbH", "planning_office", "Ilmenau")


@case("planungsbuero-no-client-thunderbird")
def _(slug):
    a = "j.schwertfeger@arc-stadtplaner.example"
    body = """Sehr geehrte Damen und Herren,

vielen Dank für die Einladung. Ich nehme gern an der Transferveranstaltung am 20. Mai teil.

Mit freundlichen Grüßen
Jens Schwertfeger

-- 
Dipl.-Ing. Jens Schwertfeger
Architekt und Stadtplaner
Schwertfeger + Partner Architekten und Stadtplaner PartGmbB
Johannisstraße 8, 07743 Jena"""
    return tb(slug, addr("Jens Schwertfeger", a), "Transferveranstaltung 20.05.2025", "2025-04-24 14:02", body, "quoted-printable"), \
        label("registration", [P("Jens Schwertfeger", a, "Architekt und Stadtplaner", "Dipl.-Ing.")],
              "Schwertfeger + Partner Architekten und Stadtplaner PartGmbB", "planning_office", None)


@case("landratsamt-greiz-authority-one")
def _(slug):
    a = "regionalentwicklung@lra-greiz.example"
    body = """Sehr geehrte Damen und Herren,

seitens des Landratsamtes Greiz, Sachgebiet Kreisentwicklung, nimmt Frau Ramona Scheibe an der Veranstaltung teil.

Mit freundlichen Grüßen
Im Auftrag
Ramona Scheibe

Landratsamt Greiz
Fachdienst Kreisentwicklung und Wirtschaftsförderung
Dr.-Rathenau-Platz 11
07973 Greiz"""
    return ol(slug, addr("Scheibe, Ramona", a), "Anmeldung LRA Greiz", "2025-04-24 08:30", body), \
        label("registration", [P("Ramona Scheibe", a, "Kreisentwicklung")], "Landratsamt Greiz", "authority", None)


@case("apolda-aw-invitation-quoted")
def _(slug):
    a = "stadtentwicklung@apolda.example"
    body = """Sehr geehrte Damen und Herren,

gern melde ich mich zur Veranstaltung an.

Mit freundlichen Grüßen

""" + sig("Franziska Ambrosius", "Stadtentwicklung/Fördermittel", "Stadtverwaltung Apolda", "Markt 1",
          "99510 Apolda", "03644 650-318", a) + "\n\n" + \
        outlook_quote("Dienstag, 22. April 2025 07:30", "Stadt Apolda", INVITE_SUBJECT, INVITATION).replace(
            f"Von: {OUR_NAME} <{INBOX}>", f"Von: {INVITE_FROM}")
    return ol(slug, addr("Ambrosius, Franziska", a), "AW: " + INVITE_SUBJECT, "2025-04-22 13:44", body), \
        label("registration", [P("Franziska Ambrosius", a, "Stadtentwicklung/Fördermittel")], "Stadtverwaltung Apolda",
              "municipality", "Apolda")


@case("eisenberg-key-value-roundcube-utf8")
def _(slug):
    a = "bauamt@eisenberg-thue.example"
    body = """Anmeldung zur 9. Transferveranstaltung am 20.05.2025

Name: Weingart
Vorname: Danny
Funktion: Sachbearbeiter Städtebauförderung
Kommune: Stadt Eisenberg
E-Mail: d.weingart@eisenberg-thue.example
Telefon: 036691 73-512

Mit freundlichen Grüßen
D. Weingart"""
    return roundcube(slug, addr("Bauamt Stadt Eisenberg", a), "Anmeldung Transferveranstaltung", "2025-04-25 10:10",
                     body, "UTF-8", "quoted-printable"), \
        label("registration", [P("Danny Weingart", "d.weingart@eisenberg-thue.example", "Sachbearbeiter Städtebauförderung")],
              "Stadt Eisenberg", "municipality", "Eisenberg")


@case("sonneberg-open-xchange-base64")
def _(slug):
    a = "anja.mergner@sonneberg.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich für die Transferveranstaltung „Zusammen denken – gemeinsam handeln“ am 20. Mai 2025 an.

Freundliche Grüße
Anja Mergner
Stadtverwaltung Sonneberg
FB Bau / Stadtplanung
Bahnhofsplatz 1
96515 Sonneberg"""
    return ox(slug, addr("Anja Mergner", a), "Anmeldung Transferveranstaltung „Zusammen denken“", "2025-04-23 15:05", body), \
        label("registration", [P("Anja Mergner", a, "FB Bau / Stadtplanung")], "Stadtverwaltung Sonneberg",
              "municipality", "Sonneberg")


@case("gneus-latin1-roundcube")
def _(slug):
    a = "gemeinde.gneus@kommunal-sh.example"
    body = """Guten Tag,

die Gemeinde Gneus meldet sich mit Bürgermeisterin Frau Sigrid Nörenberg zur Transferveranstaltung an. Ihre Adresse: s.noerenberg@kommunal-sh.example

Mit freundlichen Grüßen
Sigrid Nörenberg
Gemeinde Gneus"""
    return roundcube(slug, addr("Gemeinde Gneus", a), "Anmeldung Gemeinde Gneus", "2025-04-24 18:40", body), \
        label("registration", [P("Sigrid Nörenberg", "s.noerenberg@kommunal-sh.example", "Bürgermeisterin")],
              "Gemeinde Gneus", "municipality", "Gneus")


@case("witterda-apple-mail-mayor")
def _(slug):
    a = "buergermeister@witterda.example"
    body = """Sehr geehrte Damen und Herren,

ich komme gern zur Transferveranstaltung am 20. Mai nach Bad Lobenstein.

Mit besten Grüßen
Andreas Trübenbach
Bürgermeister
Gemeinde Witterda"""
    return apple(slug, addr("Andreas Trübenbach", a), "Transferveranstaltung am 20. Mai", "2025-04-22 21:33", body), \
        label("registration", [P("Andreas Trübenbach", a, "Bürgermeister")], "Gemeinde Witterda", "municipality", "Witterda")


@case("kuehndorf-android-base64")
def _(slug):
    a = "ralf.dittmar.kd@t-mail.example"
    body = """Hallo,
ich möchte mich für die Veranstaltung am 20.5. anmelden.
Ralf Dittmar
Gemeinderat Kühndorf, Bauausschuss"""
    return droid(slug, addr("Ralf Dittmar", a), "Anmeldung", "2025-04-26 12:17", body), \
        label("registration", [P("Ralf Dittmar", a, "Gemeinderat, Bauausschuss")], "Gemeinde Kühndorf",
              "municipality", "Kühndorf")


@case("unterweissbach-webde-html-only")
def _(slug):
    a = "vg-mittleres-schwarzatal@web-mail.example"
    body = """Sehr geehrte Damen und Herren,
hiermit melde ich mich verbindlich für die 9. Transferveranstaltung an.
Ich vertrete die Gemeinde Unterweißbach.
Mit freundlichen Grüßen
Ines Lorbeer
Verwaltungsgemeinschaft Mittleres Schwarzatal
Bauamt"""
    return webde_html_only(slug, addr("Ines Lorbeer", a), "Anmeldung 20.05.2025", "2025-04-25 07:58", body), \
        label("registration", [P("Ines Lorbeer", a, "Bauamt")], "Verwaltungsgemeinschaft Mittleres Schwarzatal",
              "municipality", "Unterweißbach")


@case("hildburghausen-two-vegetarian-note")
def _(slug):
    a = "stadtbauamt@hildburghausen.example"
    body = """Sehr geehrte Damen und Herren,

zur Transferveranstaltung am 20. Mai melden wir folgende Teilnehmer an:

Frau Kerstin Rommeiß, Leiterin Stadtbauamt
Herr Philipp Grobe-Einsler, Sachbearbeiter Sanierung

Frau Rommeiß ernährt sich vegetarisch.

Mit freundlichen Grüßen
Im Auftrag
Kerstin Rommeiß

Stadtverwaltung Hildburghausen
Stadtbauamt
Clara-Zetkin-Straße 3
98646 Hildburghausen"""
    return ol(slug, addr("Stadtbauamt Hildburghausen", a), "Anmeldung Transferveranstaltung", "2025-04-23 13:02", body), \
        label("registration", [P("Kerstin Rommeiß", a, "Leiterin Stadtbauamt"),
                               P("Philipp Grobe-Einsler", None, "Sachbearbeiter Sanierung")],
              "Stadtverwaltung Hildburghausen", "municipality", "Hildburghausen",
              notes=["Frau Rommeiß ernährt sich vegetarisch."])


@case("schmoelln-b-subject-surname-first")
def _(slug):
    a = "s.rebhan@schmoelln.example"
    body = """Sehr geehrte Damen und Herren,

ich nehme gern an der Veranstaltung am 20.05.2025 teil.

Mit freundlichen Grüßen

""" + sig("Susann Rebhan", "Sachgebietsleiterin Bauverwaltung", "Stadtverwaltung Schmölln", "Markt 1",
          "04626 Schmölln", "034491 76-214", a)
    h = envelope(slug, addr("Rebhan, Susann", a, "utf-8", "B"), "Anmeldung Transferveranstaltung Schmölln",
                 "2025-04-24 09:55", extra=outlook_headers(), subject_enc=("utf-8", "B"))
    return message(h, outlook_alt(slug, body)), \
        label("registration", [P("Susann Rebhan", a, "Sachgebietsleiterin Bauverwaltung")], "Stadtverwaltung Schmölln",
              "municipality", "Schmölln")


@case("loebichau-html-table-three")
def _(slug):
    a = "bauamt@vg-oberes-sprottental.example"
    before = """Sehr geehrte Damen und Herren,

für die Gemeinde Löbichau melden wir folgende Personen an:
"""
    after = """
Mit freundlichen Grüßen
Jana Kirchhof
Verwaltungsgemeinschaft Oberes Sprottental"""
    rows = [["Name", "Funktion", "E-Mail"],
            ["Jana Kirchhof", "Bauamt VG", a],
            ["Lutz Hammerschmidt", "Bürgermeister", ""],
            ["Carola Weißflog", "Gemeinderätin", "c.weissflog@loebichau.example"]]
    plain = before + "\n".join(" | ".join(r) for r in rows) + "\n" + after
    return ol(slug, addr("Kirchhof, Jana", a), "Anmeldung Löbichau", "2025-04-25 11:35", plain, html_only=True,
              inner=table_html(rows, before, after)), \
        label("registration", [P("Jana Kirchhof", a, "Bauamt VG"), P("Lutz Hammerschmidt", None, "Bürgermeister"),
                               P("Carola Weißflog", "c.weissflog@loebichau.example", "Gemeinderätin")],
              "Verwaltungsgemeinschaft Oberes Sprottental", "municipality", "Löbichau")


@case("heyersdorf-ascii-ae-oe")
def _(slug):
    a = "gemeinde-heyersdorf@kommunal-abg.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich fuer die Transferveranstaltung am 20.05.2025 an.

Mit freundlichen Gruessen
Juergen Buechold
Buergermeister Gemeinde Heyersdorf"""
    h = envelope(slug, addr("Juergen Buechold", a), "Anmeldung Transferveranstaltung", "2025-04-27 17:03",
                 extra=("User-Agent: Mutt/2.2.9",))
    return message(h, text(body, "us-ascii", "7bit")), \
        label("registration", [P("Juergen Buechold", a, "Buergermeister")], "Gemeinde Heyersdorf", "municipality", "Heyersdorf")


@case("leinefelde-worbis-outlook-two-colleagues")
def _(slug):
    a = "t.fromm-eckardt@leinefelde-worbis.example"
    body = """Hallo zusammen,

wir sind mit zwei Personen dabei: Frau Tanja Fromm-Eckardt (ich) und unser Amtsleiter Herr Reinhard Gothe (r.gothe@leinefelde-worbis.example).

Viele Grüße

""" + sig("Tanja Fromm-Eckardt", "Amt für Stadtentwicklung", "Stadtverwaltung Leinefelde-Worbis", "Bahnhofstraße 43",
          "37327 Leinefelde-Worbis", "03605 200-441", a)
    return ol(slug, addr("Fromm-Eckardt, Tanja", a), "Transferveranstaltung 20.5. - Anmeldung", "2025-04-24 10:48", body), \
        label("registration", [P("Tanja Fromm-Eckardt", a, "Amt für Stadtentwicklung"),
                               P("Reinhard Gothe", "r.gothe@leinefelde-worbis.example", "Amtsleiter")],
              "Stadtverwaltung Leinefelde-Worbis", "municipality", "Leinefelde-Worbis")


@case("noeda-secretary-registers-mayor")
def _(slug):
    a = "sekretariat@vg-gera-aue.example"
    body = """Sehr geehrte Damen und Herren,

im Auftrag von Herrn Bürgermeister Dietmar Hellmund melde ich ihn für die Transferveranstaltung am 20. Mai 2025 an. Herr Hellmund ist unter d.hellmund@noeda-gemeinde.example erreichbar.

Mit freundlichen Grüßen
Sekretariat
Gemeinde Nöda"""
    return ol(slug, addr("Sekretariat Gemeinde Nöda", a), "Anmeldung Bürgermeister Hellmund", "2025-04-23 08:05", body), \
        label("registration", [P("Dietmar Hellmund", "d.hellmund@noeda-gemeinde.example", "Bürgermeister")],
              "Gemeinde Nöda", "municipality", "Nöda")


@case("rittersdorf-iphone-bin-dabei")
def _(slug):
    a = "mirko.schaarschmidt@rittersdorf.example"
    body = """Hallo,
bin am 20. dabei.
Mirko Schaarschmidt
Gemeinde Rittersdorf"""
    return iphone(slug, addr("Mirko Schaarschmidt", a), "Re: " + INVITE_SUBJECT, "2025-04-22 18:12", body), \
        label("registration", [P("Mirko Schaarschmidt", a, None)], "Gemeinde Rittersdorf", "municipality", "Rittersdorf")


@case("christes-planungsbuero-igek-client")
def _(slug):
    a = "info@landplan-suedthueringen.example"
    body = """Sehr geehrte Damen und Herren,

wir erarbeiten derzeit im Auftrag der Gemeinde Christes das Integrierte Gemeindliche Entwicklungskonzept und möchten gern an der Transferveranstaltung teilnehmen.

Teilnehmer: Herr Benedikt Ruppert, Dipl.-Geogr., b.ruppert@landplan-suedthueringen.example

Mit freundlichen Grüßen
Benedikt Ruppert

LANDPLAN Südthüringen GmbH
Ingenieurbüro für Orts- und Regionalplanung
Neu-Ulmer Straße 25a
98617 Meiningen"""
    return ol(slug, addr("LANDPLAN Südthüringen GmbH", a), "Anmeldung Transferveranstaltung", "2025-04-29 14:30", body), \
        label("registration", [P("Benedikt Ruppert", "b.ruppert@landplan-suedthueringen.example", None, "Dipl.-Geogr.")],
              "LANDPLAN Südthüringen GmbH", "planning_office", "Christes")


@case("landratsamt-kyffhaeuser-two")
def _(slug):
    a = "bauaufsicht@kyffhaeuser-lra.example"
    body = """Sehr geehrte Damen und Herren,

vom Landratsamt Kyffhäuserkreis nehmen teil:
- Frau Gundula Bachstein, Untere Bauaufsichtsbehörde, g.bachstein@kyffhaeuser-lra.example
- Herr Olaf Thimm, Kreisplanung, o.thimm@kyffhaeuser-lra.example

Mit freundlichen Grüßen
i. A. Bachstein

Landratsamt Kyffhäuserkreis
Markt 8
99706 Sondershausen"""
    return ol(slug, addr("Bachstein, Gundula", a), "Anmeldung Landratsamt Kyffhäuserkreis", "2025-04-30 10:22", body), \
        label("registration", [P("Gundula Bachstein", "g.bachstein@kyffhaeuser-lra.example", "Untere Bauaufsichtsbehörde"),
                               P("Olaf Thimm", "o.thimm@kyffhaeuser-lra.example", "Kreisplanung")],
              "Landratsamt Kyffhäuserkreis", "authority", None)


@case("ronneburg-registration-with-parking-question")
def _(slug):
    a = "k.naumburger@ronneburg.example"
    body = """Sehr geehrte Damen und Herren,

ich melde mich für die Transferveranstaltung am 20. Mai an. Ich reise mit dem Auto an – gibt es vor Ort Parkplätze?

Mit freundlichen Grüßen

""" + sig("Kai Naumburger", "Bauamt", "Stadtverwaltung Ronneburg", "Markt 1", "07580 Ronneburg", "036602 550-30", a)
    return ol(slug, addr("Naumburger, Kai", a), "Anmeldung + Frage Parken", "2025-04-28 13:15", body), \
        label("registration", [P("Kai Naumburger", a, "Bauamt")], "Stadtverwaltung Ronneburg", "municipality", "Ronneburg",
              notes=["Ich reise mit dem Auto an – gibt es vor Ort Parkplätze?"])


@case("saalburg-ebersdorf-outlook-train")
def _(slug):
    a = "bauverwaltung@saalburg-ebersdorf.example"
    body = """Sehr geehrte Damen und Herren,

Herr Enrico Wappler und ich, Claudia Stäblein, nehmen für die Stadt Saalburg-Ebersdorf an der Veranstaltung teil. Es ist ja quasi um die Ecke.

Mit freundlichen Grüßen

""" + sig("Claudia Stäblein", "Bauverwaltung", "Stadtverwaltung Saalburg-Ebersdorf", "Markt 1",
          "07929 Saalburg-Ebersdorf", "036647 2207-14", a)
    return ol(slug, addr("Stäblein, Claudia", a), "Anmeldung Transferveranstaltung", "2025-04-23 10:00", body), \
        label("registration", [P("Claudia Stäblein", a, "Bauverwaltung"), P("Enrico Wappler", None, None)],
              "Stadtverwaltung Saalburg-Ebersdorf", "municipality", "Saalburg-Ebersdorf")


@case("erfurt-amt-stadtentwicklung-two")
def _(slug):
    a = "stadtentwicklung@erfurt-verwaltung.example"
    body = """Sehr geehrte Damen und Herren,

für die Landeshauptstadt Erfurt, Amt für Stadtentwicklung und Stadtplanung, melden wir zur 9. Transferveranstaltung an:

Dr. Cornelia Haferkorn, Abteilungsleiterin Stadtentwicklung (cornelia.haferkorn@erfurt-verwaltung.example)
Felix Ostermeier, Sachbearbeiter ISEK (felix.ostermeier@erfurt-verwaltung.example)

Mit freundlichen Grüßen
Im Auftrag
Felix Ostermeier

Landeshauptstadt Erfurt
Stadtverwaltung
Amt für Stadtentwicklung und Stadtplanung
99111 Erfurt"""
    return ol(slug, addr("Ostermeier, Felix", a), "Anmeldung LH Erfurt", "2025-04-24 11:58", body), \
        label("registration", [P("Cornelia Haferkorn", "cornelia.haferkorn@erfurt-verwaltung.example",
                                 "Abteilungsleiterin Stadtentwicklung", "Dr."),
                               P("Felix Ostermeier", "felix.ostermeier@erfurt-verwaltung.example", "Sachbearbeiter ISEK")],
              "Stadtverwaltung Erfurt", "municipality", "Erfurt")


@case("alperstedt-thunderbird-qp-two")
def _(slug):
    a = "buergermeisterin@alperstedt.example"
    body = """Sehr geehrte Damen und Herren,

die Gemeinde Alperstedt nimmt mit zwei Personen teil: ich als Bürgermeisterin und unser Gemeinderat Herr Volker Sparbrodt. Herr Sparbrodt hat keine E-Mail-Adresse bei uns.

Freundliche Grüße
Petra Wenzlaff
Bürgermeisterin Gemeinde Alperstedt"""
    return tb(slug, addr("Petra Wenzlaff", a), "Anmeldung Gemeinde Alperstedt", "2025-04-29 19:21", body, "quoted-printable"), \
        label("registration", [P("Petra Wenzlaff", a, "Bürgermeisterin"), P("Volker Sparbrodt", None, "Gemeinderat")],
              "Gemeinde Alperstedt", "municipality", "Alperstedt")


@case("blankenhain-reply-to-attendee")
def _(slug):
    a = "poststelle@blankenhain.example"
    rt = "m.zwiener@blankenhain.example"
    body = """Sehr geehrte Damen und Herren,

Frau Melanie Zwiener (Bauamt) nimmt für die Stadt Blankenhain an der Transferveranstaltung teil. Bitte senden Sie die Bestätigung direkt an sie.

Mit freundlichen Grüßen
Poststelle
Stadtverwaltung Blankenhain"""
    h = envelope(slug, addr("Stadtverwaltung Blankenhain", a), "Anmeldung Transferveranstaltung", "2025-04-28 11:11",
                 extra=outlook_headers((f"Reply-To: {addr('Zwiener, Melanie', rt)}",)))
    return message(h, outlook_alt(slug, body)), \
        label("registration", [P("Melanie Zwiener", rt, "Bauamt")], "Stadtverwaltung Blankenhain", "municipality", "Blankenhain")


@case("triptis-stadt-morning-only")
def _(slug):
    a = "b.gebhardtsbauer@triptis.example"
    body = """Sehr geehrte Damen und Herren,

ich melde mich für die Veranstaltung an, kann aber nur vormittags teilnehmen, da ich nachmittags Stadtratssitzung habe.

Mit freundlichen Grüßen

""" + sig("Bernd Gebhardtsbauer", "Bürgermeister", "Stadt Triptis", "Markt 1", "07819 Triptis", "036482 840-0", a)
    return ol(slug, addr("Gebhardtsbauer, Bernd", a), "Anmeldung", "2025-04-25 14:26", body), \
        label("registration", [P("Bernd Gebhardtsbauer", a, "Bürgermeister")], "Stadt Triptis", "municipality", "Triptis",
              notes=["kann aber nur vormittags teilnehmen"])


@case("zimmernsupra-wg-forward-colleague")
def _(slug):
    a = "hauptamt@vg-nesseaue.example"
    orig = "ulrike.sachtleben@zimmernsupra.example"
    body = f"""Guten Tag,

anbei die Anmeldung unserer Kollegin, bitte berücksichtigen.

Mit freundlichen Grüßen
Jörg Pfannstiel
VG Nesseaue, Hauptamt

Von: Sachtleben, Ulrike <{orig}>
Gesendet: Montag, 28. April 2025 15:02
An: Hauptamt VG Nesseaue <{a}>
Betreff: Transferveranstaltung

Hallo Jörg,
kannst du mich bitte für die Transferveranstaltung in Bad Lobenstein anmelden? Ich würde für Zimmernsupra hinfahren.
Danke, Ulrike

Ulrike Sachtleben
Gemeinde Zimmernsupra
Gemeindearbeiterin / Bauangelegenheiten"""
    return ol(slug, addr("Pfannstiel, Jörg", a), "WG: Transferveranstaltung", "2025-04-29 08:15", body), \
        label("registration", [P("Ulrike Sachtleben", orig, "Bauangelegenheiten")], "Verwaltungsgemeinschaft Nesseaue",
              "municipality", "Zimmernsupra")


@case("bechstedt-late-registration-may")
def _(slug):
    a = "gemeinde@bechstedt.example"
    body = """Sehr geehrte Damen und Herren,

ich hoffe, es ist noch nicht zu spät: Ich würde mich gern noch für den 20. Mai anmelden.

Viele Grüße
Jan-Philipp Knauerhase
Bürgermeister Gemeinde Bechstedt"""
    return apple(slug, addr("Jan-Philipp Knauerhase", a), "Anmeldung Transferveranstaltung", "2025-05-08 22:03", body), \
        label("registration", [P("Jan-Philipp Knauerhase", a, "Bürgermeister")], "Gemeinde Bechstedt", "municipality",
              "Bechstedt")


@case("dornheim-smime-signed")
def _(slug):
    a = "l.kummerlowe@amt-wachsenburg.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich für die Gemeinde Dornheim zur 9. Transferveranstaltung an.

Mit freundlichen Grüßen

""" + sig("Lydia Kummerlöwe", "Bauverwaltung", "Gemeinde Dornheim", "Dorfstraße 5", "99310 Dornheim", "03628 61-230", a)
    h = envelope(slug, addr("Kummerlöwe, Lydia", a), "Anmeldung Gemeinde Dornheim", "2025-04-25 12:40", extra=outlook_headers())
    b = "----=_NextPart_000_SIG_" + hashlib.md5(slug.encode()).hexdigest()[:12].upper()
    part = multi("signed", [outlook_alt(slug, body),
                            attachment("application/pkcs7-signature", "smime.p7s", DUMMY_P7S)], b,
                 ' protocol="application/pkcs7-signature"; micalg=sha-256;')
    return message(h, part), \
        label("registration", [P("Lydia Kummerlöwe", a, "Bauverwaltung")], "Gemeinde Dornheim", "municipality", "Dornheim")


# ==================================================================================================
# auto replies
# ==================================================================================================

@case("auto-exchange-automatische-antwort-headers")
def _(slug):
    a = "s.kleinsteuber@stadt-bad-salzungen.example"
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 2. Mai 2025 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an bauamt@stadt-bad-salzungen.example.

Mit freundlichen Grüßen
Sabine Kleinsteuber"""
    h = envelope(slug, addr("Kleinsteuber, Sabine", a), "Automatische Antwort: " + INVITE_SUBJECT, "2025-04-22 07:31",
                 extra=outlook_headers(("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All")))
    return message(h, outlook_alt(slug, body)), label("auto_reply", [], None, None, None)


@case("auto-abwesenheitsnotiz-text-only")
def _(slug):
    a = "bauamt@gemeinde-kaltennordheim.example"
    body = """Abwesenheitsnotiz

Sehr geehrte Damen und Herren,

ich bin vom 22.04. bis 30.04.2025 im Urlaub. Ab dem 2. Mai bin ich wieder erreichbar.

Mit freundlichen Grüßen
Thomas Rödiger
Bauamt"""
    return ol_plain(slug, addr("Rödiger, Thomas", a), "Abwesenheitsnotiz: " + INVITE_SUBJECT, "2025-04-22 07:33", body), \
        label("auto_reply", [], None, None, None)


@case("auto-sieve-vacation")
def _(slug):
    a = "buergermeister@gemeinde-ahlstaedt.example"
    body = """Ich bin bis zum 5. Mai nicht erreichbar. Ihre Nachricht wird nach meiner Rückkehr bearbeitet.

Klaus-Dieter Pfrenger"""
    h = envelope(slug, addr("Klaus-Dieter Pfrenger", a), "Abwesend: " + INVITE_SUBJECT, "2025-04-22 07:35",
                 extra=("Auto-Submitted: auto-replied (vacation)", "Precedence: bulk"))
    return message(h, text(body, "utf-8", "quoted-printable")), label("auto_reply", [], None, None, None)


@case("auto-english-out-of-office")
def _(slug):
    a = "d.wiesenhuetter@plan-consult-jena.example"
    body = """Thank you for your e-mail. I am out of the office until 28 April 2025 with limited access to e-mail.
For urgent matters please contact office@plan-consult-jena.example.

Best regards
Dirk Wiesenhütter"""
    h = envelope(slug, addr("Dirk Wiesenhütter", a), "Out of Office: " + INVITE_SUBJECT, "2025-04-22 07:40",
                 extra=("X-Autoreply: yes", "Auto-Submitted: auto-replied"))
    return message(h, text(body, "utf-8", "7bit")), label("auto_reply", [], None, None, None, language="en")


@case("auto-noreply-eingangsbestaetigung")
def _(slug):
    a = "noreply@stadtverwaltung-bad-frankenhausen.example"
    body = """Eingangsbestätigung

Ihre Nachricht ist bei der Stadtverwaltung Bad Frankenhausen/Kyffhäuser eingegangen und wird an die zuständige Stelle weitergeleitet.

Bitte antworten Sie nicht auf diese automatisch erzeugte E-Mail."""
    h = envelope(slug, addr("Stadtverwaltung Bad Frankenhausen", a), "Eingangsbestätigung: " + INVITE_SUBJECT,
                 "2025-04-22 07:36", extra=("Auto-Submitted: auto-generated",))
    return message(h, text(body, "utf-8", "quoted-printable")), label("auto_reply", [], None, None, None)


@case("auto-outlook-reply-to-confirmation-no-headers")
def _(slug):
    a = "s.rebhan@schmoelln.example"
    code = code_for("schmoelln-b-subject-surname-first")
    body = """Automatische Antwort

Ich bin derzeit außer Haus und ab dem 12.05.2025 wieder im Büro. Ihre Nachricht wird nicht weitergeleitet.

Susann Rebhan
Stadtverwaltung Schmölln"""
    return ol(slug, addr("Rebhan, Susann", a), "Automatische Antwort: " + confirm_subject(code), "2025-05-06 10:02",
              body, html_only=True), label("auto_reply", [], None, None, None)


# ==================================================================================================
# bounces
# ==================================================================================================

@case("bounce-postfix-dsn-user-unknown")
def _(slug):
    rcpt = "bauamt@gemeinde-bornhagen-alt.example"
    ours = message([f"From: {INVITE_FROM}", f"To: {rcpt}", f"Subject: {hval(INVITE_SUBJECT)}",
                    f"Date: {rfcdate('2025-04-22 07:30')}",
                    f"Message-ID: {msgid('invite-' + slug, 'transferveranstaltung.example')}"], text(INVITATION))
    human = f"""This is the mail system at host mx01.transferveranstaltung.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<{rcpt}>: host mx.gemeinde-bornhagen-alt.example[192.0.2.15] said: 550 5.1.1
    <{rcpt}>: Recipient address rejected: User unknown (in reply to RCPT TO command)"""
    dsn = f"""Reporting-MTA: dns; mx01.transferveranstaltung.example
Arrival-Date: Tue, 22 Apr 2025 07:30:02 +0200 (CEST)

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


@case("bounce-exchange-dsn-german")
def _(slug):
    rcpt = "stadtplanung@stadt-ruhla-verw.example"
    ours = message([f"From: {INVITE_FROM}", f"To: {rcpt}", f"Subject: {hval(INVITE_SUBJECT)}",
                    f"Date: {rfcdate('2025-04-22 07:30')}",
                    f"Message-ID: {msgid('invite-' + slug, 'transferveranstaltung.example')}"], text(INVITATION))
    human = f"""Die Nachricht konnte nicht an die folgenden Empfänger zugestellt werden:

{rcpt}
Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die Adresse des Empfängers und versuchen Sie erneut, die Nachricht zu senden.

Diagnoseinformationen für Administratoren:
Generierender Server: EX01.stadt-ruhla-verw.example
Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben."""
    dsn = f"""Reporting-MTA: dns;EX01.stadt-ruhla-verw.example
Received-From-MTA: dns;mx01.transferveranstaltung.example
Arrival-Date: Tue, 22 Apr 2025 05:30:41 +0000

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
    part = report(slug, (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"],
                         encode_body(human, "utf-8", "quoted-printable")), dsn, rfc822_headers(ours))
    h = [f"From: {addr('Microsoft Outlook', 'postmaster@stadt-ruhla-verw.example')}", f"To: {INBOX}",
         f"Subject: {hval('Unzustellbar: ' + INVITE_SUBJECT)}", f"Date: {rfcdate('2025-04-22 07:31')}",
         f"Message-ID: {msgid(slug, 'stadt-ruhla-verw.example')}", "Auto-Submitted: auto-replied",
         "Content-Language: de-DE"]
    return message(h, part), label("bounce", [], None, None, None, bounce_recipient=rcpt)


@case("bounce-qmail-plain")
def _(slug):
    rcpt = "info@vg-alte-mark.example"
    body = f"""Hi. This is the qmail-send program at mail.hosting-thueringen.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<{rcpt}>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

From: {INVITE_FROM}
To: {rcpt}
Subject: {INVITE_SUBJECT}
"""
    h = ["Return-Path: <>", f"From: MAILER-DAEMON@mail.hosting-thueringen.example", f"To: {INBOX}",
         "Subject: failure notice", f"Date: {rfcdate('2025-04-22 07:34')}",
         f"Message-ID: {msgid(slug, 'mail.hosting-thueringen.example')}"]
    return message(h, text(body, "utf-8", "8bit")), label("bounce", [], None, None, None, language="en",
                                                         bounce_recipient=rcpt)


@case("bounce-mailbox-full-german-plain")
def _(slug):
    rcpt = "gemeinde.oberstadt@kommunal-hbn.example"
    code = code_for(slug)
    body = f"""Ihre Nachricht konnte nicht zugestellt werden.

Empfänger: {rcpt}
Grund: Das Postfach des Empfängers ist voll (552 5.2.2 Mailbox full).

Betreff der ursprünglichen Nachricht: {confirm_subject(code)}
Gesendet: 24.04.2025 10:15

Dies ist eine automatisch erzeugte Nachricht."""
    h = [f"From: {addr('Mail-Server kommunal-hbn', 'postmaster@kommunal-hbn.example')}", f"To: {INBOX}",
         f"Subject: {hval('Unzustellbar: ' + confirm_subject(code), 'iso-8859-1')}", f"Date: {rfcdate('2025-04-24 10:16')}",
         f"Message-ID: {msgid(slug, 'kommunal-hbn.example')}"]
    return message(h, text(body, "iso-8859-1", "quoted-printable")), label("bounce", [], None, None, None,
                                                                         bounce_recipient=rcpt)


# ==================================================================================================
# cancellations
# ==================================================================================================

@case("cancel-kahla-reply-confirmation-outlook")
def _(slug):
    a = "r.fuchsloch@kahla.example"
    code = code_for("kahla-bestaetigt")
    body = """Sehr geehrte Damen und Herren,

leider muss ich meine Teilnahme am 20. Mai absagen, da an dem Tag kurzfristig eine Bauausschusssitzung angesetzt wurde.

Mit freundlichen Grüßen

""" + sig("Rico Fuchsloch", "Bauamt", "Stadtverwaltung Kahla", "Markt 10",
          "07768 Kahla", "036424 77-120", a) + "\n\n" + conf_quote_ol("Fuchsloch, Rico", code, "Guten Tag Herr Fuchsloch",
                                                                     ["Rico Fuchsloch"])
    return ol(slug, addr("Fuchsloch, Rico", a), "AW: " + confirm_subject(code), "2025-05-07 08:49", body), \
        label("cancellation", [P("Rico Fuchsloch", a, None)], "Stadtverwaltung Kahla", "municipality", "Kahla")


@case("cancel-iphone-short-code-subject")
def _(slug):
    a = "buergermeister@gemeinde-wahlhausen.example"
    code = code_for(slug)
    body = """Hallo, muss den Termin leider absagen, Krankheit.
Gruß
Steffen Hildebrand
Gemeinde Wahlhausen"""
    return iphone(slug, addr("Steffen Hildebrand", a), f"Absage {code}", "2025-05-14 07:12", body), \
        label("cancellation", [P("Steffen Hildebrand", a, None)], "Gemeinde Wahlhausen", "municipality", "Wahlhausen")


@case("cancel-one-of-two-weimar")
def _(slug):
    a = "stadtentwicklung@weimar-stadt.example"
    code = code_for(slug)
    body = """Sehr geehrte Damen und Herren,

von unseren beiden angemeldeten Personen kann Herr Konrad Pietschmann leider nicht teilnehmen. Frau Altenkirch kommt wie angemeldet.

Mit freundlichen Grüßen
Im Auftrag

""" + sig("Marlene Altenkirch", "Abteilung Stadtentwicklung", "Stadtverwaltung Weimar", "Schwanseestraße 17",
          "99423 Weimar", "03643 762-533", a) + "\n\n" + conf_quote_ol(
        "Stadtentwicklung Weimar", code, "Guten Tag Frau Altenkirch", ["Marlene Altenkirch", "Konrad Pietschmann"])
    return ol(slug, addr("Altenkirch, Marlene", a), "AW: " + confirm_subject(code), "2025-05-08 14:03", body), \
        label("cancellation", [P("Konrad Pietschmann", None, None)], "Stadtverwaltung Weimar", "municipality", "Weimar")


@case("cancel-planungsbuero-thunderbird-quote")
def _(slug):
    a = "n.seidenfaden@buero-raumwerk.example"
    code = code_for(slug)
    body = """Sehr geehrte Damen und Herren,

aus terminlichen Gründen muss ich meine Anmeldung leider zurückziehen. Vielleicht klappt es beim nächsten Mal.

Mit freundlichen Grüßen
Nadine Seidenfaden

-- 
Nadine Seidenfaden, M.A.
raumwerk – Büro für Stadtplanung und Beteiligung
Weimarische Straße 4, 99099 Erfurt

""" + conf_quote_tb(code, "Guten Tag Frau Seidenfaden", ["Nadine Seidenfaden"])
    return tb(slug, addr("Nadine Seidenfaden", a), "Re: " + confirm_subject(code), "2025-05-09 16:40", body), \
        label("cancellation", [P("Nadine Seidenfaden", a, None)], "raumwerk – Büro für Stadtplanung und Beteiligung",
              "planning_office", None)


@case("cancel-mayor-by-vg-sekretariat")
def _(slug):
    a = "sekretariat@vg-hermsdorf-land.example"
    body = """Sehr geehrte Damen und Herren,

Herr Bürgermeister Frank Hüttenrauch (Gemeinde Tautenhain) kann am 20.05. leider nicht an der Transferveranstaltung teilnehmen und bittet, ihn von der Teilnehmerliste zu streichen.

Mit freundlichen Grüßen
Sekretariat"""
    return ol_plain(slug, addr("Sekretariat VG", a), "Absage Transferveranstaltung Bgm. Hüttenrauch", "2025-05-12 09:18", body), \
        label("cancellation", [P("Frank Hüttenrauch", None, "Bürgermeister")], "Gemeinde Tautenhain", "municipality",
              "Tautenhain")


@case("cancel-bad-koestritz-two-roundcube-latin1")
def _(slug):
    a = "bauamt@bad-koestritz.example"
    body = """Guten Tag,

wir müssen unsere Anmeldung (Frau Jacqueline Neudeck und Herr Maik Trautloft) leider stornieren, beide sind an dem Tag im Urlaub bzw. krank.

Mit freundlichen Grüßen
J. Neudeck
Stadt Bad Köstritz, Bauamt"""
    return roundcube(slug, addr("Bauamt Bad Köstritz", a), "Stornierung Anmeldung Bad Köstritz", "2025-05-13 11:27", body), \
        label("cancellation", [P("Jacqueline Neudeck", a, None), P("Maik Trautloft", None, None)],
              "Stadt Bad Köstritz", "municipality", "Bad Köstritz")


# ==================================================================================================
# changes
# ==================================================================================================

@case("change-replacement-outlook-quote")
def _(slug):
    a = "bauverwaltung@lauscha.example"
    code = code_for(slug)
    body = """Sehr geehrte Damen und Herren,

statt mir wird am 20. Mai mein Kollege Herr Lukas Greiner-Schuhmann (l.greiner-schuhmann@lauscha.example) teilnehmen.

Mit freundlichen Grüßen

""" + sig("Heidrun Schindhelm", "Bauverwaltung", "Stadtverwaltung Lauscha", "Bahnhofstraße 12", "98724 Lauscha",
          "036702 290-22", a) + "\n\n" + conf_quote_ol("Schindhelm, Heidrun", code, "Guten Tag Frau Schindhelm",
                                                      ["Heidrun Schindhelm"])
    return ol(slug, addr("Schindhelm, Heidrun", a), "AW: " + confirm_subject(code), "2025-05-06 13:30", body), \
        label("change", [P("Lukas Greiner-Schuhmann", "l.greiner-schuhmann@lauscha.example", None),
                         P("Heidrun Schindhelm", a, "Bauverwaltung")], "Stadtverwaltung Lauscha", "municipality", "Lauscha")


@case("change-add-colleague-thunderbird")
def _(slug):
    a = "p.hornickel@bad-blankenburg.example"
    code = code_for(slug)
    body = f"""Hallo,

ich bin bereits angemeldet (Code {code}). Kann ich noch meinen Kollegen Herrn Stefan Pauckert mitbringen? Seine Adresse: s.pauckert@bad-blankenburg.example

Danke und Gruß
Peggy Hornickel
Stadtverwaltung Bad Blankenburg, Bauamt"""
    return tb(slug, addr("Peggy Hornickel", a), "Nachmeldung Kollege", "2025-05-05 10:55", body), \
        label("change", [P("Stefan Pauckert", "s.pauckert@bad-blankenburg.example", None)],
              "Stadtverwaltung Bad Blankenburg", "municipality", "Bad Blankenburg")


@case("change-diet-and-arrival-apple")
def _(slug):
    a = "w.kalbitz@goessnitz.example"
    code = code_for(slug)
    body = f"""Guten Tag,

kurzer Nachtrag zu meiner Anmeldung ({code}): Ich esse kein Fleisch und komme mit dem Zug, werde also erst gegen 10 Uhr da sein.

Viele Grüße
Wolfgang Kalbitz
Stadt Gößnitz"""
    return apple(slug, addr("Wolfgang Kalbitz", a), "Nachtrag Anmeldung", "2025-05-07 18:22", body), \
        label("change", [P("Wolfgang Kalbitz", a, None)], "Stadt Gößnitz", "municipality", "Gößnitz",
              notes=["Ich esse kein Fleisch", "komme mit dem Zug, werde also erst gegen 10 Uhr da sein"])


@case("change-new-email-address")
def _(slug):
    a = "c.moeckel@vg-dingsleben.example"
    new = "christin.moeckel@dingsleben-gemeinde.example"
    body = f"""Sehr geehrte Damen und Herren,

bitte schicken Sie weitere Informationen zur Veranstaltung an meine neue Adresse {new}, die alte Adresse wird Ende April abgeschaltet.

Mit freundlichen Grüßen
Christin Möckel
Gemeinde Dingsleben"""
    return ol(slug, addr("Möckel, Christin", a), "Änderung E-Mail-Adresse Anmeldung", "2025-04-29 15:47", body), \
        label("change", [P("Christin Möckel", new, None)], "Gemeinde Dingsleben", "municipality", "Dingsleben")


@case("change-only-afternoon-ox")
def _(slug):
    a = "r.zehner@stadtroda.example"
    code = code_for(slug)
    body = f"""Sehr geehrte Damen und Herren,

zu unserer Anmeldung ({code}): Herr Zehner kann erst ab der Mittagspause dabei sein, Frau Weickert kommt wie geplant den ganzen Tag.

Mit freundlichen Grüßen
Roland Zehner
Bauamtsleiter
Stadtverwaltung Stadtroda"""
    return ox(slug, addr("Roland Zehner", a), f"Änderung Anmeldung {code}", "2025-05-12 08:10", body), \
        label("change", [P("Roland Zehner", a, "Bauamtsleiter")], "Stadtverwaltung Stadtroda", "municipality", "Stadtroda",
              notes=["kann erst ab der Mittagspause dabei sein"])


# ==================================================================================================
# questions
# ==================================================================================================

@case("question-parking-before-registering")
def _(slug):
    a = "bauamt@gemeinde-bischofroda.example"
    body = """Guten Tag,

bevor wir uns anmelden: Gibt es in Bad Lobenstein am Veranstaltungsort Parkplätze, oder sollten wir besser mit dem Zug kommen?

Viele Grüße
Uta Heinemann-Vogt
Gemeinde Bischofroda"""
    return gmx(slug, addr("Uta Heinemann-Vogt", a), "Frage zur Anreise", "2025-04-24 16:05", body), \
        label("question", [], "Gemeinde Bischofroda", "municipality", "Bischofroda")


@case("question-online-participation")
def _(slug):
    a = "stadtplanung@bad-tennstedt.example"
    body = """Sehr geehrte Damen und Herren,

wird es die Möglichkeit geben, online an der Veranstaltung teilzunehmen? Eine Anreise nach Bad Lobenstein ist für uns leider recht weit.

Mit freundlichen Grüßen

""" + sig("Dörte Wiegleb", "Bauverwaltung", "Stadtverwaltung Bad Tennstedt", "Markt 1", "99955 Bad Tennstedt",
          "036041 385-14", a)
    return ol(slug, addr("Wiegleb, Dörte", a), "Frage Online-Teilnahme", "2025-04-25 09:16", body), \
        label("question", [], "Stadtverwaltung Bad Tennstedt", "municipality", "Bad Tennstedt")


@case("question-programme-already-registered")
def _(slug):
    a = "e.bauchspiess@meuselwitz.example"
    code = code_for(slug)
    body = f"""Guten Tag,

ich bin angemeldet ({code}). Gibt es schon ein genaues Programm mit Uhrzeiten? Ich muss die Dienstreise beantragen.

Mit freundlichen Grüßen
Elke Bauchspieß
Stadtverwaltung Meuselwitz"""
    return tb(slug, addr("Elke Bauchspieß", a), "Programm Transferveranstaltung?", "2025-05-06 11:42", body), \
        label("question", [], "Stadtverwaltung Meuselwitz", "municipality", "Meuselwitz")


@case("question-deadline-extension")
def _(slug):
    a = "hauptamt@gemeinde-nottleben.example"
    body = """Sehr geehrte Damen und Herren,

ist eine Anmeldung auch noch nach dem 9. Mai möglich? Unser Gemeinderat tagt erst am 13. Mai und wir wissen vorher nicht, wer fahren kann.

Mit freundlichen Grüßen
Sandro Eckhardt-Wiese
Gemeinde Nottleben
Hauptamt"""
    return ol_plain(slug, addr("Eckhardt-Wiese, Sandro", a), "Frage Anmeldefrist", "2025-05-05 14:58", body), \
        label("question", [], "Gemeinde Nottleben", "municipality", "Nottleben")


@case("question-fortbildung-certificate-architect")
def _(slug):
    a = "h.reinbothe@architekten-reinbothe.example"
    body = """Guten Tag,

wird die Veranstaltung als Fortbildung bei der Architektenkammer Thüringen anerkannt, und gibt es eine Teilnahmebescheinigung? Dann würde ich mich gern anmelden.

Viele Grüße
Hendrik Reinbothe
Reinbothe Architekten und Stadtplaner, Gotha"""
    return iphone(slug, addr("Hendrik Reinbothe", a), "Fortbildungspunkte?", "2025-04-26 09:02", body), \
        label("question", [], "Reinbothe Architekten und Stadtplaner", "planning_office", None)


# ==================================================================================================
# other
# ==================================================================================================

@case("other-thanks-for-confirmation")
def _(slug):
    a = "m.grossstueck@nordhausen-stadt.example"
    code = code_for(slug)
    body = """Vielen Dank für die Bestätigung!

Beste Grüße
Martina Großstück
Stadtverwaltung Nordhausen

""" + conf_quote_ol("Großstück, Martina", code, "Guten Tag Frau Großstück", ["Martina Großstück"])
    return ol(slug, addr("Großstück, Martina", a), "AW: " + confirm_subject(code), "2025-04-24 08:03", body), \
        label("other", [], "Stadtverwaltung Nordhausen", "municipality", "Nordhausen")


@case("other-vendor-advert-bulk")
def _(slug):
    a = "newsletter@beteiligungs-tools.example"
    body = """Sehr geehrte Damen und Herren,

Bürgerbeteiligung digital – einfach, rechtssicher, DSGVO-konform! Mit unserer Plattform BETEILIGT.online begleiten Sie Ihr ISEK von der ersten Idee bis zum Stadtratsbeschluss.

Jetzt kostenlos testen: https://beteiligungs-tools.example/demo

Sie erhalten diese E-Mail, weil Sie sich für unseren Newsletter angemeldet haben. Abmelden: https://beteiligungs-tools.example/abmelden"""
    h = envelope(slug, addr("BETEILIGT.online", a), "ISEK-Beteiligung digital – jetzt kostenlos testen", "2025-04-29 10:00",
                 extra=("Precedence: bulk", "List-Unsubscribe: <https://beteiligungs-tools.example/abmelden>",
                        "List-Id: <news.beteiligungs-tools.example>"))
    return message(h, alt(slug, body, simple_html(body))), label("other", [], None, None, None)


# ==================================================================================================
# build and validate (tests/corpus_kit.py)
# ==================================================================================================

EARLIER = ("corpus", "corpus_holdout", "corpus_blind", "corpus_blind2", "corpus_blind3", "corpus_blind4",
           "corpus_blind5")
# The earlier sets used up every town and most Gemeinden, and this set is meant to look like the real inbox (towns
# large and small, not only the Gemeinden nobody has labelled yet). So a municipality MAY repeat an earlier set; it
# is counted and printed, not refused. Surnames never repeat, and nothing repeats within this set.


if __name__ == "__main__":
    main(HERE, CASES, seed=20250509, earlier=EARLIER, unique_within=True, repeats_allowed=True)
