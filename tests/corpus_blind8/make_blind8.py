"""Rebuild and validate the eighth blind corpus (tests/corpus_blind8/).

Written from the invitation, INTERFACE.md, issue 3 and the labelling conventions of tests/corpus/README.md and
tests/corpus_blind7/README.md only, without reading or running the parser, by an eighth writer. Each case is one
mail as the registration inbox receives it, built by the byte-exact MIME writer of tests/corpus_kit.py, with what a
careful event secretary records from that mail alone.

    .venv/bin/python tests/corpus_blind8/make_blind8.py          # rewrite all files, then validate
    .venv/bin/python tests/corpus_blind8/make_blind8.py --check  # validate the files as they are
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
    tb,
    text,
    webde_html_only,
)

HERE = Path(__file__).resolve().parent
CASES: Cases = []
case = case_registry(CASES)

MFG = "Mit freundlichen Grüßen"
INV_QUOTE = ("-----Ursprüngliche Nachricht-----\nVon: " + INVITE_FROM + "\nGesendet: Dienstag, 22. April 2025 07:30\n"
             "An: Verteiler Kommunen\nBetreff: " + INVITE_SUBJECT + "\n\n" + INVITATION)

# ==================================================================================================
# registrations
# ==================================================================================================


@case("poessneck-one-outlook")
def _(slug):
    a = "k.dressler-mahn@poessneck.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich verbindlich für die Transferveranstaltung am 20. Mai 2025 an.

{MFG}

""" + sig("Kerstin Dreßler-Mahn", "SB Stadtplanung/Städtebauförderung", "Stadtverwaltung Pößneck", "Markt 1",
          "07381 Pößneck", "03647 500-241", a)
    return ol(slug, addr("Dreßler-Mahn, Kerstin", a), "Anmeldung Transferveranstaltung 20.05.2025", "2025-04-23 08:12", body), \
        label("registration", [P("Kerstin Dreßler-Mahn", a, "SB Stadtplanung/Städtebauförderung")],
              "Stadtverwaltung Pößneck", "municipality", "Pößneck")


@case("apolda-two-sentence-outlook")
def _(slug):
    a = "r.quellmalz@apolda.example"
    body = f"""Guten Morgen,

zur 9. Transferveranstaltung melde ich mich und meine Kollegin Frau Ines Happich (i.happich@apolda.example) an.

{MFG}
Ronny Quellmalz
Amtsleiter Stadtentwicklung
Stadtverwaltung Apolda"""
    return ol(slug, addr("Quellmalz, Ronny", a), "Anmeldung", "2025-04-23 09:30", body), \
        label("registration", [P("Ronny Quellmalz", a, "Amtsleiter Stadtentwicklung"),
                               P("Ines Happich", "i.happich@apolda.example", None)],
              "Stadtverwaltung Apolda", "municipality", "Apolda")


@case("sonneberg-three-list")
def _(slug):
    a = "bauverwaltung@stadt-sonneberg.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Stadt Sonneberg nehmen an der Veranstaltung am 20.05.2025 teil:

1. Herr Dipl.-Ing. Andreas Pfränger, Fachbereichsleiter Bau, a.pfraenger@stadt-sonneberg.example
2. Frau Claudia Osterloh, Stadtplanung, c.osterloh@stadt-sonneberg.example
3. Herr Jens Rauscher, Sanierungsgebiete, j.rauscher@stadt-sonneberg.example

{MFG}
i. A. Marina Fleischhauer
Sekretariat Fachbereich Bau
Stadt Sonneberg"""
    return ol(slug, addr("Bauverwaltung Sonneberg", a), "Anmeldung 3 Personen Stadt Sonneberg", "2025-04-24 10:02", body), \
        label("registration", [P("Andreas Pfränger", "a.pfraenger@stadt-sonneberg.example", "Fachbereichsleiter Bau", "Dipl.-Ing."),
                               P("Claudia Osterloh", "c.osterloh@stadt-sonneberg.example", "Stadtplanung"),
                               P("Jens Rauscher", "j.rauscher@stadt-sonneberg.example", "Sanierungsgebiete")],
              "Stadt Sonneberg", "municipality", "Sonneberg")


@case("arnstadt-thunderbird-one")
def _(slug):
    a = "m.goldammer@arnstadt.example"
    body = """Sehr geehrte Damen und Herren,

gern nehme ich an der Transferveranstaltung zum Thema ISEK am 20. Mai in Bad Lobenstein teil und melde mich hiermit an.

Mit freundlichen Grüßen

-- 
Matthias Goldammer
Stadtverwaltung Arnstadt
Fachbereich Stadtentwicklung
Markt 1, 99310 Arnstadt"""
    return tb(slug, addr("Matthias Goldammer", a), "Anmeldung 9. Transferveranstaltung", "2025-04-23 14:20", body), \
        label("registration", [P("Matthias Goldammer", a, None)], "Stadtverwaltung Arnstadt", "municipality", "Arnstadt")


@case("ilmenau-reply-to-invitation")
def _(slug):
    a = "s.wachsmann@ilmenau.example"
    body = f"""Guten Tag,

ich melde mich hiermit an.

{MFG}
Sabine Wachsmann
Stadtverwaltung Ilmenau, Amt für Stadtentwicklung

""" + INV_QUOTE
    return ol(slug, addr("Wachsmann, Sabine", a), "AW: " + INVITE_SUBJECT, "2025-04-22 11:45", body), \
        label("registration", [P("Sabine Wachsmann", a, None)], "Stadtverwaltung Ilmenau", "municipality", "Ilmenau")


@case("soemmerda-keyvalue-ox")
def _(slug):
    a = "bauamt@soemmerda.example"
    body = """Anmeldung zur 9. Transferveranstaltung am 20.05.2025

Name: Zörner
Vorname: Katrin
Kommune: Stadt Sömmerda
Funktion: Sachgebietsleiterin Stadtplanung
E-Mail: k.zoerner@soemmerda.example

Viele Grüße
K. Zörner"""
    return ox(slug, addr("Bauamt Sömmerda", a), "Anmeldung Transferveranstaltung", "2025-04-25 08:40", body), \
        label("registration", [P("Katrin Zörner", "k.zoerner@soemmerda.example", "Sachgebietsleiterin Stadtplanung")],
              "Stadt Sömmerda", "municipality", "Sömmerda")


@case("eisenach-two-colleagues-not-self")
def _(slug):
    a = "stadtentwicklung@eisenach.example"
    body = f"""Sehr geehrte Damen und Herren,

aus unserem Amt werden Frau Doreen Bachmeier und Herr Falk Wieglitz an der Transferveranstaltung teilnehmen. Ich selbst bin an dem Tag leider verhindert.

{MFG}
Ulrike Schaumlöffel
Amtsleiterin
Amt für Stadtentwicklung
Stadtverwaltung Eisenach"""
    return ol(slug, addr("Stadtentwicklung Eisenach", a), "Anmeldung Transferveranstaltung ISEK", "2025-04-28 13:10", body), \
        label("registration", [P("Doreen Bachmeier", None, None), P("Falk Wieglitz", None, None)],
              "Stadtverwaltung Eisenach", "municipality", "Eisenach")


@case("altenburg-gmx-councillor")
def _(slug):
    a = "hartmut.kretzschel@gmx.example"
    body = """Hallo,

ich bin Stadtrat in Altenburg (Bauausschuss) und würde gern an der Veranstaltung am 20. Mai teilnehmen.

Viele Grüße
Hartmut Kretzschel"""
    return gmx(slug, addr("Hartmut Kretzschel", a), "Anmeldung", "2025-04-26 20:15", body), \
        label("registration", [P("Hartmut Kretzschel", a, "Stadtrat")], "Stadt Altenburg", "municipality", "Altenburg")


@case("schmalkalden-planning-office-client")
def _(slug):
    a = "info@stadtplanung-hessler.example"
    body = f"""Sehr geehrte Damen und Herren,

als mit der ISEK-Fortschreibung der Stadt Schmalkalden beauftragtes Büro melden wir zwei Personen an:

- Dipl.-Ing. Carsten Heßler, c.hessler@stadtplanung-hessler.example
- Lea Ostertag, M.Sc., l.ostertag@stadtplanung-hessler.example

{MFG}
Carsten Heßler
Büro für Stadtplanung Heßler
Meininger Straße 12, 98527 Suhl"""
    return ol(slug, addr("Büro für Stadtplanung Heßler", a), "Anmeldung ISEK Schmalkalden / Büro Heßler", "2025-04-29 09:05", body), \
        label("registration", [P("Carsten Heßler", "c.hessler@stadtplanung-hessler.example", None, "Dipl.-Ing."),
                               P("Lea Ostertag", "l.ostertag@stadtplanung-hessler.example", None)],
              "Büro für Stadtplanung Heßler", "planning_office", "Schmalkalden")


@case("bad-langensalza-iphone-mayor")
def _(slug):
    a = "m.kraushaar@bad-langensalza.example"
    body = """Guten Abend,
hiermit melde ich mich für den 20.05. an.
MfG
Marco Kraushaar
Bürgermeister Bad Langensalza"""
    return iphone(slug, addr("Marco Kraushaar", a), "Anmeldung 20.5.", "2025-04-24 21:33", body), \
        label("registration", [P("Marco Kraushaar", a, "Bürgermeister")], "Stadt Bad Langensalza", "municipality", "Bad Langensalza")


@case("sondershausen-diet-note")
def _(slug):
    a = "j.greiling@sondershausen.example"
    body = f"""Sehr geehrte Damen und Herren,

ich melde mich zur Transferveranstaltung am 20. Mai an. Ich ernähre mich vegetarisch, falls das bei der Verpflegung berücksichtigt werden kann.

{MFG}

""" + sig("Juliane Greiling", "Stadtplanerin", "Stadtverwaltung Sondershausen", "Markt 7", "99706 Sondershausen",
          "03632 622-611", a)
    return ol_plain(slug, addr("Greiling, Juliane", a), "Anmeldung Transferveranstaltung", "2025-04-30 10:44", body), \
        label("registration", [P("Juliane Greiling", a, "Stadtplanerin")], "Stadtverwaltung Sondershausen", "municipality",
              "Sondershausen", notes=["Ich ernähre mich vegetarisch"])


@case("kahla-android-short")
def _(slug):
    a = "t.mosebach@kahla.example"
    body = """Hallo, ich melde mich für die Transferveranstaltung am 20.5. an.
Thomas Mosebach, Stadt Kahla, Bauverwaltung"""
    return droid(slug, addr("Thomas Mosebach", a), "Anmeldung", "2025-05-02 07:58", body), \
        label("registration", [P("Thomas Mosebach", a, "Bauverwaltung")], "Stadt Kahla", "municipality", "Kahla")


@case("schmoelln-train-note")
def _(slug):
    a = "s.gruenert@schmoelln.example"
    body = f"""Sehr geehrte Damen und Herren,

ich möchte mich für die Transferveranstaltung am 20. Mai 2025 anmelden. Ich reise mit der Bahn an.

{MFG}
Steffi Grünert
Stadtverwaltung Schmölln
Bauamt"""
    return ol(slug, addr("Grünert, Steffi", a), "Anmeldung zur 9. Transferveranstaltung", "2025-05-05 09:15", body), \
        label("registration", [P("Steffi Grünert", a, None)], "Stadtverwaltung Schmölln", "municipality", "Schmölln",
              notes=["Ich reise mit der Bahn an."])


@case("triptis-apple-two")
def _(slug):
    a = "buergermeister@triptis.example"
    body = """Sehr geehrte Damen und Herren,

für die Stadt Triptis melde ich mich sowie unseren Bauamtsleiter, Herrn Sven Kittelmann, an.

Beste Grüße
Peter Rosenhahn
Bürgermeister der Stadt Triptis"""
    return apple(slug, addr("Peter Rosenhahn", a), "Anmeldung Transferveranstaltung", "2025-04-27 17:42", body), \
        label("registration", [P("Peter Rosenhahn", a, "Bürgermeister"), P("Sven Kittelmann", None, "Bauamtsleiter")],
              "Stadt Triptis", "municipality", "Triptis")


@case("bad-blankenburg-webde")
def _(slug):
    a = "ortsentwicklung.bb@web.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich zur Veranstaltung am 20. Mai 2025 an.

Mit freundlichen Grüßen
Nadine Holzapfel
Stadtverwaltung Bad Blankenburg
Sachgebiet Bauen und Stadtentwicklung"""
    return webde_html_only(slug, addr("Nadine Holzapfel", a), "Anmeldung Transferveranstaltung", "2025-04-24 15:01", body), \
        label("registration", [P("Nadine Holzapfel", a, None)], "Stadtverwaltung Bad Blankenburg", "municipality", "Bad Blankenburg")


@case("saalburg-ebersdorf-car")
def _(slug):
    a = "bauamt@saalburg-ebersdorf.example"
    body = f"""Guten Tag,

wir kommen zu zweit: Herr Bürgermeister Gerd Wunderling und ich, Daniela Kämmerling (d.kaemmerling@saalburg-ebersdorf.example). Wir reisen mit dem Auto an.

{MFG}
Daniela Kämmerling
Stadt Saalburg-Ebersdorf"""
    return ol_plain(slug, addr("Bauamt Saalburg-Ebersdorf", a), "Anmeldung 20. Mai", "2025-05-06 08:30", body), \
        label("registration", [P("Gerd Wunderling", None, "Bürgermeister"),
                               P("Daniela Kämmerling", "d.kaemmerling@saalburg-ebersdorf.example", None)],
              "Stadt Saalburg-Ebersdorf", "municipality", "Saalburg-Ebersdorf",
              notes=["Wir reisen mit dem Auto an."])


@case("treffurt-signature-only")
def _(slug):
    a = "h.vogelsberg@treffurt.example"
    body = f"""Hallo,

ich würde gern an der Transferveranstaltung teilnehmen.

{MFG}

""" + sig("Heike Vogelsberg", "Bauverwaltung", "Stadt Treffurt", "Rathausstraße 12", "99830 Treffurt",
          "036923 515-30", a)
    return ol(slug, addr("Vogelsberg, Heike", a), "Teilnahme Transferveranstaltung", "2025-04-29 10:10", body), \
        label("registration", [P("Heike Vogelsberg", a, "Bauverwaltung")], "Stadt Treffurt", "municipality", "Treffurt")


@case("schleusingen-reply-to")
def _(slug):
    a = "poststelle@schleusingen.example"
    r = "u.kesselring@schleusingen.example"
    body = f"""Sehr geehrte Damen und Herren,

Frau Uta Kesselring, Sachbearbeiterin Städtebauförderung, meldet sich zur Transferveranstaltung am 20.05.2025 an.

{MFG}
Stadtverwaltung Schleusingen"""
    h = envelope(slug, addr("Poststelle Schleusingen", a), "Anmeldung Transferveranstaltung", "2025-04-30 11:00",
                 extra=outlook_headers((f"Reply-To: {r}",)))
    return message(h, outlook_alt(slug, body)), \
        label("registration", [P("Uta Kesselring", r, "Sachbearbeiterin Städtebauförderung")],
              "Stadtverwaltung Schleusingen", "municipality", "Schleusingen")


@case("lauscha-ascii")
def _(slug):
    a = "bauamt@lauscha.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich fuer die Transferveranstaltung am 20.05.2025 an.

Mit freundlichen Gruessen
Bernd Truckenbrodt
Stadt Lauscha, Bauamt"""
    h = envelope(slug, addr("Bernd Truckenbrodt", a), "Anmeldung Transferveranstaltung", "2025-05-07 13:40")
    return message(h, text(body, "us-ascii", "7bit")), \
        label("registration", [P("Bernd Truckenbrodt", a, None)], "Stadt Lauscha", "municipality", "Lauscha")


@case("bad-sulza-morning-only")
def _(slug):
    a = "c.kuehnast@bad-sulza.example"
    body = f"""Sehr geehrte Damen und Herren,

ich melde mich für die Transferveranstaltung an, kann allerdings nur vormittags teilnehmen.

{MFG}
Cindy Kühnast
Stadt Bad Sulza"""
    return tb(slug, addr("Cindy Kühnast", a), "Anmeldung", "2025-05-08 09:25", body, cte="quoted-printable"), \
        label("registration", [P("Cindy Kühnast", a, None)], "Stadt Bad Sulza", "municipality", "Bad Sulza",
              notes=["kann allerdings nur vormittags teilnehmen"])


@case("blankenhain-html-table")
def _(slug):
    from corpus_kit import table_html
    a = "sekretariat@blankenhain.example"
    before = "Sehr geehrte Damen und Herren,\n\nfür die Transferveranstaltung am 20. Mai 2025 melden wir an:\n"
    rows = [["Name", "Funktion", "E-Mail"],
            ["Frank Ohnemus", "Bürgermeister", "f.ohnemus@blankenhain.example"],
            ["Melanie Tischbein", "Bauamt", "m.tischbein@blankenhain.example"]]
    after = f"\n{MFG}\nSekretariat\nStadtverwaltung Blankenhain"
    plain = before + "\n".join("\t".join(r) for r in rows) + "\n" + after
    return ol(slug, addr("Sekretariat Blankenhain", a), "Anmeldung Transferveranstaltung", "2025-04-25 12:12", plain,
              html_only=True, inner=table_html(rows, before, after)), \
        label("registration", [P("Frank Ohnemus", "f.ohnemus@blankenhain.example", "Bürgermeister"),
                               P("Melanie Tischbein", "m.tischbein@blankenhain.example", "Bauamt")],
              "Stadtverwaltung Blankenhain", "municipality", "Blankenhain")


@case("greussen-vg-member")
def _(slug):
    a = "bauamt@vg-greussen.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Stadt Greußen melde ich mich zur Transferveranstaltung am 20.05.2025 an.

{MFG}
Ramona Brückmann
Bauamt
Verwaltungsgemeinschaft Greußen"""
    return ol(slug, addr("Brückmann, Ramona", a), "Anmeldung Transferveranstaltung", "2025-04-24 08:05", body), \
        label("registration", [P("Ramona Brückmann", a, "Bauamt")], "Verwaltungsgemeinschaft Greußen", "municipality", "Greußen")


@case("bleicherode-question-and-register")
def _(slug):
    a = "f.hoyer-zech@bleicherode.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich für den 20. Mai an. Gibt es vor Ort Parkplätze?

{MFG}
Fabian Hoyer-Zech
Stadt Bleicherode, Bauamt"""
    return ol_plain(slug, addr("Hoyer-Zech, Fabian", a), "Anmeldung + Frage Parken", "2025-05-02 14:00", body), \
        label("registration", [P("Fabian Hoyer-Zech", a, None)], "Stadt Bleicherode", "municipality", "Bleicherode",
              notes=["Gibt es vor Ort Parkplätze?"])


@case("artern-two-samsung")
def _(slug):
    a = "k.nestler@artern.example"
    body = """Guten Tag, hiermit melde ich mich und Herrn Olaf Stötzner (o.stoetzner@artern.example) zur Transferveranstaltung an.
Karola Nestler
Stadt Artern"""
    return droid(slug, addr("Karola Nestler", a), "Anmeldung Artern", "2025-05-03 18:20", body), \
        label("registration", [P("Karola Nestler", a, None), P("Olaf Stötzner", "o.stoetzner@artern.example", None)],
              "Stadt Artern", "municipality", "Artern")


@case("grossbreitenbach-landgemeinde")
def _(slug):
    a = "s.bufe@grossbreitenbach.example"
    body = f"""Sehr geehrte Damen und Herren,

die Landgemeinde Stadt Großbreitenbach meldet Frau Sylvia Bufe, Bauamt, zur Transferveranstaltung an.

{MFG}
Sylvia Bufe"""
    return ol(slug, addr("Bufe, Sylvia", a), "Anmeldung Transferveranstaltung", "2025-05-06 10:50", body), \
        label("registration", [P("Sylvia Bufe", a, "Bauamt")], "Landgemeinde Stadt Großbreitenbach", "municipality",
              "Großbreitenbach")


@case("neuhaus-caps-signature")
def _(slug):
    a = "bauverwaltung@neuhaus-rwg.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich zur Transferveranstaltung am 20.05.2025 an.

{MFG}
Ingo Leibrock
Sachgebietsleiter Bauverwaltung
STADT NEUHAUS AM RENNWEG"""
    return ol_plain(slug, addr("Leibrock, Ingo", a), "Anmeldung", "2025-05-09 15:30", body), \
        label("registration", [P("Ingo Leibrock", a, "Sachgebietsleiter Bauverwaltung")], "Stadt Neuhaus am Rennweg",
              "municipality", "Neuhaus am Rennweg")


@case("landratsamt-authority")
def _(slug):
    a = "kreisplanung@lra-kyffhaeuser.example"
    body = f"""Sehr geehrte Damen und Herren,

vom Landratsamt Kyffhäuserkreis, Sachgebiet Kreisentwicklung, nimmt Herr Dr. Ludger Brandhorst an der Transferveranstaltung am 20. Mai teil (l.brandhorst@lra-kyffhaeuser.example).

{MFG}
Landratsamt Kyffhäuserkreis
Sachgebiet Kreisentwicklung"""
    return ol(slug, addr("Kreisplanung Kyffhäuserkreis", a), "Anmeldung Landratsamt", "2025-04-28 09:40", body), \
        label("registration", [P("Ludger Brandhorst", "l.brandhorst@lra-kyffhaeuser.example", None, "Dr.")],
              "Landratsamt Kyffhäuserkreis", "authority", None)


# ==================================================================================================
# auto replies
# ==================================================================================================


@case("auto-exchange-headers")
def _(slug):
    a = "b.kuehnhold@stadt-ruhla.example"
    body = """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 30.04.2025 nicht im Büro. In dringenden Fällen wenden Sie sich an bauamt@stadt-ruhla.example.

Birgit Kühnhold"""
    h = envelope(slug, addr("Kühnhold, Birgit", a), "Automatische Antwort: " + INVITE_SUBJECT, "2025-04-22 07:31",
                 extra=outlook_headers(("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All")))
    return message(h, outlook_alt(slug, body)), label("auto_reply", [], None, None, None)


@case("auto-abwesenheit-no-headers")
def _(slug):
    a = "info@gemeinde-rositz.example"
    body = """Abwesenheitsnotiz

Ich bin vom 22.04. bis 02.05.2025 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet.

Gemeinde Rositz"""
    return ol_plain(slug, addr("Gemeinde Rositz", a), "Abwesenheitsnotiz: " + INVITE_SUBJECT, "2025-04-22 07:33", body), \
        label("auto_reply", [], None, None, None)


@case("auto-vacation-confirmation")
def _(slug):
    a = "p.siebenhaar@masserberg.example"
    code = code_for("masserberg-conf")
    body = """Ich bin im Urlaub und ab dem 12.05.2025 wieder erreichbar.

Paul Siebenhaar"""
    h = envelope(slug, addr("Paul Siebenhaar", a), "Abwesend: " + confirm_subject(code), "2025-05-05 12:01",
                 extra=("X-Autoreply: yes", "Auto-Submitted: auto-replied (vacation)"))
    return message(h, text(body, "utf-8", "quoted-printable")), label("auto_reply", [], None, None, None)


@case("auto-noreply-receipt")
def _(slug):
    a = "noreply@poststelle-heldburg.example"
    body = """Ihre E-Mail ist bei der Poststelle eingegangen und wird an die zuständige Stelle weitergeleitet.
Bitte antworten Sie nicht auf diese Nachricht."""
    h = envelope(slug, addr("Poststelle", a), "Eingangsbestätigung: " + INVITE_SUBJECT, "2025-04-22 07:36",
                 extra=("Auto-Submitted: auto-generated", "Precedence: bulk"))
    return message(h, text(body, "utf-8", "quoted-printable")), label("auto_reply", [], None, None, None)


@case("auto-text-only-reminder")
def _(slug):
    a = "g.wolfram@steinach.example"
    code = code_for("steinach-rem")
    body = """Automatische Antwort

Ich bin bis 19.05.2025 nicht im Büro. Ihre Nachricht wird nach meiner Rückkehr bearbeitet.

Gudrun Wolfram
Stadt Steinach"""
    return ol(slug, addr("Wolfram, Gudrun", a), f"Automatische Antwort: Erinnerung: 9. Transferveranstaltung am 20. Mai 2025 ({code})",
              "2025-05-13 08:02", body), label("auto_reply", [], None, None, None)


# ==================================================================================================
# bounces
# ==================================================================================================


def _invite_to(rcpt: str, slug: str) -> bytes:
    return message([f"From: {INVITE_FROM}", f"To: {rcpt}", f"Subject: {hval(INVITE_SUBJECT)}",
                    f"Date: {rfcdate('2025-04-22 07:30')}",
                    f"Message-ID: {msgid('invite-' + slug, 'transferveranstaltung.example')}"], text(INVITATION))


@case("bounce-postfix-dsn")
def _(slug):
    rcpt = "bauamt@heldrungen-alt.example"
    human = f"""This is the mail system at host mx01.transferveranstaltung.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<{rcpt}>: Host or domain name not found. Name service error for
    name=heldrungen-alt.example type=MX: Host not found"""
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
    rcpt = "m.eberhardt@stadt-gefell.example"
    human = f"""Ihre Nachricht hat folgende Empfänger nicht erreicht:

{rcpt}
Die E-Mail-Adresse wurde nicht gefunden.

Diagnoseinformationen für Administratoren:
Remoteserver hat '550 5.1.1 RESOLVER.ADR.RecipNotFound' zurückgegeben."""
    dsn = f"""Reporting-MTA: dns;EXCH01.stadt-gefell.example

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound
"""
    part = report(slug, (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"],
                         encode_body(human, "utf-8", "quoted-printable")), dsn, rfc822(_invite_to(rcpt, slug)))
    h = [f"From: {addr('Microsoft Outlook', 'postmaster@stadt-gefell.example')}", f"To: {INBOX}",
         f"Subject: {hval('Unzustellbar: ' + INVITE_SUBJECT)}", f"Date: {rfcdate('2025-04-22 07:32')}",
         f"Message-ID: {msgid(slug, 'stadt-gefell.example')}", "Auto-Submitted: auto-replied"]
    return message(h, part), label("bounce", [], None, None, None, bounce_recipient=rcpt)


@case("bounce-plain-quota")
def _(slug):
    rcpt = "hauptamt@hirschberg-saale.example"
    body = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {rcpt}
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

From: {INVITE_FROM}
To: {rcpt}
Subject: {hval(INVITE_SUBJECT)}
"""
    h = ["Return-Path: <>", f"From: {addr('Mail Delivery System', 'Mailer-Daemon@mail.hirschberg-saale.example')}",
         f"To: {INBOX}", "Subject: Mail delivery failed: returning message to sender",
         f"Date: {rfcdate('2025-04-24 03:10')}", f"Message-ID: {msgid(slug, 'mail.hirschberg-saale.example')}",
         "Auto-Submitted: auto-replied"]
    return message(h, text(body, "utf-8", "8bit")), label("bounce", [], None, None, None, language="en", bounce_recipient=rcpt)


# ==================================================================================================
# cancellations
# ==================================================================================================


@case("cancel-reply-confirmation-outlook")
def _(slug):
    a = "d.grabe@stadtroda.example"
    code = code_for("stadtroda-conf")
    body = f"""Sehr geehrte Damen und Herren,

leider muss ich meine Teilnahme aus terminlichen Gründen absagen.

{MFG}
Dana Grabe
Stadt Stadtroda

""" + conf_quote_ol(a, code, "Sehr geehrte Frau Grabe", ["Dana Grabe"])
    return ol(slug, addr("Grabe, Dana", a), "AW: " + confirm_subject(code), "2025-05-12 08:20", body), \
        label("cancellation", [P("Dana Grabe", a, None)], "Stadt Stadtroda", "municipality", "Stadtroda")


@case("cancel-colleague-thunderbird")
def _(slug):
    a = "w.heinemann@meuselwitz.example"
    code = code_for("meuselwitz-conf")
    body = f"""Guten Tag,

Frau Jacqueline Pohlers ist am 20. Mai leider erkrankt und kann nicht teilnehmen. Ich komme wie angemeldet.

Viele Grüße
Wilfried Heinemann
Stadt Meuselwitz

""" + conf_quote_tb(code, "Sehr geehrter Herr Heinemann", ["Wilfried Heinemann", "Jacqueline Pohlers"])
    return tb(slug, addr("Wilfried Heinemann", a), "Re: " + confirm_subject(code), "2025-05-16 07:45", body), \
        label("cancellation", [P("Jacqueline Pohlers", None, None)], "Stadt Meuselwitz", "municipality", "Meuselwitz")


@case("cancel-short-iphone")
def _(slug):
    a = "bgm@schalkau.example"
    body = """Hallo, ich muss für den 20.05. leider absagen. Gruß Lutz Grempler, Stadt Schalkau"""
    return iphone(slug, addr("Lutz Grempler", a), "Absage Transferveranstaltung", "2025-05-14 19:10", body), \
        label("cancellation", [P("Lutz Grempler", a, None)], "Stadt Schalkau", "municipality", "Schalkau")


@case("cancel-two-persons-code")
def _(slug):
    a = "bauamt@steinbach-hallenberg.example"
    code = code_for("steinbach-hallenberg")
    body = f"""Sehr geehrte Damen und Herren,

wir müssen die Anmeldung von Frau Manja Recknagel und Herrn Dirk Holland-Merten ({code}) leider zurückziehen, da am selben Tag eine Stadtratssitzung stattfindet.

{MFG}
Bauamt
Stadt Steinbach-Hallenberg"""
    return ol_plain(slug, addr("Bauamt Steinbach-Hallenberg", a), f"Absage {code}", "2025-05-13 11:11", body), \
        label("cancellation", [P("Manja Recknagel", None, None), P("Dirk Holland-Merten", None, None)],
              "Stadt Steinbach-Hallenberg", "municipality", "Steinbach-Hallenberg")


@case("cancel-planning-office")
def _(slug):
    a = "a.wendelstein@plan-werk-erfurt.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit sage ich meine Anmeldung für die Transferveranstaltung ab.

{MFG}
Anja Wendelstein
plan.werk Architekten und Stadtplaner PartGmbB, Erfurt"""
    return gmx(slug, addr("Anja Wendelstein", a), "Absage", "2025-05-15 10:00", body), \
        label("cancellation", [P("Anja Wendelstein", a, None)], "plan.werk Architekten und Stadtplaner PartGmbB",
              "planning_office", None)


# ==================================================================================================
# changes
# ==================================================================================================


@case("change-replacement-outlook")
def _(slug):
    a = "c.scheibler@weimar.example"
    code = code_for("weimar-conf")
    body = f"""Sehr geehrte Damen und Herren,

ich bin am 20. Mai leider verhindert. An meiner Stelle wird Herr Tobias Ringleb (t.ringleb@weimar.example) teilnehmen.

{MFG}
Christin Scheibler
Stadtverwaltung Weimar, Stadtentwicklung

""" + conf_quote_ol(a, code, "Sehr geehrte Frau Scheibler", ["Christin Scheibler"])
    return ol(slug, addr("Scheibler, Christin", a), "AW: " + confirm_subject(code), "2025-05-08 13:22", body), \
        label("change", [P("Tobias Ringleb", "t.ringleb@weimar.example", None), P("Christin Scheibler", a, None)],
              "Stadtverwaltung Weimar", "municipality", "Weimar")


@case("change-add-colleague")
def _(slug):
    a = "n.froebel@nordhausen.example"
    code = code_for("nordhausen-conf")
    body = f"""Hallo,

könnten Sie zu meiner Anmeldung ({code}) bitte noch meinen Kollegen Herrn Erik Sachsenröder, e.sachsenroeder@nordhausen.example, hinzufügen?

Danke und viele Grüße
Nicole Fröbel
Stadt Nordhausen"""
    return ox(slug, addr("Nicole Fröbel", a), "Nachmeldung Kollege", "2025-05-07 09:00", body), \
        label("change", [P("Erik Sachsenröder", "e.sachsenroeder@nordhausen.example", None)], "Stadt Nordhausen",
              "municipality", "Nordhausen")


@case("change-afternoon-only")
def _(slug):
    a = "h.gerlach-zinn@suhl.example"
    code = code_for("suhl-conf")
    body = f"""Sehr geehrte Damen und Herren,

ich bin angemeldet, kann aber wegen eines Termins erst ab ca. 12 Uhr dabei sein. Bitte vermerken Sie das.

{MFG}
Holger Gerlach-Zinn
Stadtverwaltung Suhl

""" + conf_quote_ol(a, code, "Sehr geehrter Herr Gerlach-Zinn", ["Holger Gerlach-Zinn"])
    return ol(slug, addr("Gerlach-Zinn, Holger", a), "AW: " + confirm_subject(code), "2025-05-15 14:05", body), \
        label("change", [P("Holger Gerlach-Zinn", a, None)], "Stadtverwaltung Suhl", "municipality", "Suhl",
              notes=["kann aber wegen eines Termins erst ab ca. 12 Uhr dabei sein"])


@case("change-email-address")
def _(slug):
    a = "ute.brettschneider@t-online.example"
    new = "u.brettschneider@erfurt.example"
    body = """Guten Tag,

ich hatte mich von meiner privaten Adresse angemeldet. Bitte schicken Sie weitere Informationen an meine dienstliche Adresse u.brettschneider@erfurt.example.

Viele Grüße
Ute Brettschneider
Stadtverwaltung Erfurt, Amt für Stadtentwicklung und Stadtplanung"""
    return roundcube(slug, addr("Ute Brettschneider", a), "Änderung E-Mail-Adresse", "2025-05-06 16:30", body,
                     "UTF-8", "quoted-printable"), \
        label("change", [P("Ute Brettschneider", new, None)], "Stadtverwaltung Erfurt", "municipality", "Erfurt")


# ==================================================================================================
# questions
# ==================================================================================================


@case("question-programme-start")
def _(slug):
    a = "s.loebel@hildburghausen.example"
    body = f"""Sehr geehrte Damen und Herren,

wann genau beginnt die Veranstaltung am 20. Mai, und gibt es schon ein Programm? Danach würde ich entscheiden, ob wir teilnehmen.

{MFG}
Simone Löbel
Stadt Hildburghausen"""
    return ol(slug, addr("Löbel, Simone", a), "Frage zur Transferveranstaltung", "2025-04-24 10:30", body), \
        label("question", [], "Stadt Hildburghausen", "municipality", "Hildburghausen")


@case("question-late-registration")
def _(slug):
    a = "r.hopfe@greiz.example"
    body = f"""Guten Tag,

ist eine Anmeldung nach dem 9. Mai noch möglich?

{MFG}
Roland Hopfe
Stadt Greiz, Bauverwaltung"""
    return ol_plain(slug, addr("Hopfe, Roland", a), "Anmeldung nach Frist?", "2025-05-12 08:45", body), \
        label("question", [], "Stadt Greiz", "municipality", "Greiz")


@case("question-online-participation")
def _(slug):
    a = "kontakt@raumplan-mitte.example"
    body = """Hallo,

wird die Veranstaltung auch gestreamt oder ist eine Online-Teilnahme möglich?

Viele Grüße
Jonas Kirchberger
Raumplan Mitte GmbH"""
    return tb(slug, addr("Jonas Kirchberger", a), "Online-Teilnahme?", "2025-04-26 11:05", body), \
        label("question", [], "Raumplan Mitte GmbH", "planning_office", None)


@case("question-address-parking")
def _(slug):
    a = "bauamt@wurzbach.example"
    body = """Sehr geehrte Damen und Herren,

wir sind angemeldet. Können Sie uns die genaue Adresse des Veranstaltungsortes und Hinweise zum Parken schicken?

Freundliche Grüße
Elke Stollberg
Stadt Wurzbach"""
    return roundcube(slug, addr("Elke Stollberg", a, "ISO-8859-1"), "Frage Veranstaltungsort", "2025-05-14 09:10", body), \
        label("question", [], "Stadt Wurzbach", "municipality", "Wurzbach")


# ==================================================================================================
# other
# ==================================================================================================


@case("other-thanks")
def _(slug):
    a = "t.ziegenhals@heldburg.example"
    code = code_for("heldburg-conf")
    body = f"""Vielen Dank für die Bestätigung!

Beste Grüße
Tina Ziegenhals
Stadt Heldburg

""" + conf_quote_ol(a, code, "Sehr geehrte Frau Ziegenhals", ["Tina Ziegenhals"])
    return ol(slug, addr("Ziegenhals, Tina", a), "AW: " + confirm_subject(code), "2025-04-29 08:40", body), \
        label("other", [], "Stadt Heldburg", "municipality", "Heldburg")


@case("other-newsletter")
def _(slug):
    a = "newsletter@staedtebau-forum.example"
    body = """Staedtebau-Forum Newsletter 05/2025

- Neue Förderaufrufe Städtebauförderung
- Fachtagung Klimaanpassung im Quartier, 12. Juni 2025

Abbestellen: https://staedtebau-forum.example/abmelden"""
    h = envelope(slug, addr("Städtebau-Forum", a), "Newsletter 05/2025", "2025-05-05 06:00",
                 extra=("Precedence: bulk", "List-Unsubscribe: <https://staedtebau-forum.example/abmelden>"))
    return message(h, text(body, "utf-8", "quoted-printable")), label("other", [], None, None, None)


# ==================================================================================================

EARLIER = ("corpus", "corpus_holdout", "corpus_blind", "corpus_blind2", "corpus_blind3", "corpus_blind4",
           "corpus_blind5", "corpus_blind6", "corpus_blind7")

if __name__ == "__main__":
    main(HERE, CASES, seed=20250521, earlier=EARLIER, unique_within=True, repeats_allowed=True)
