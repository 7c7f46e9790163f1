"""Rebuild and validate the tenth blind corpus (tests/corpus_blind10/).

Written from the invitation, INTERFACE.md and the labelling conventions of tests/corpus/README.md and
tests/corpus_blind8/README.md only, without reading or running the parser, by a tenth writer. Each case is one
mail as the registration inbox receives it, built by the byte-exact MIME writer of tests/corpus_kit.py, with what a
careful event secretary records from that mail alone. About two thirds are typical inbox mail, one third the
harder classes (another event, phishing, withdrawals under a sign-up subject, substitutions, titles joined by
„und“, a sign-up above an internal forward, thanks).

    .venv/bin/python tests/corpus_blind10/make_blind10.py          # rewrite all files, then validate
    .venv/bin/python tests/corpus_blind10/make_blind10.py --check  # validate the files as they are
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
    OUR_NAME,
    Cases,
    P,
    addr,
    apple,
    case_registry,
    code_for,
    conf_quote_ol,
    conf_quote_tb,
    confirm_subject,
    confirmation,
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
    reminder,
    reminder_subject,
    report,
    rfc822,
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

MFG = "Mit freundlichen Grüßen"
INV_QUOTE = ("-----Ursprüngliche Nachricht-----\nVon: " + INVITE_FROM + "\nGesendet: Dienstag, 22. April 2025 07:30\n"
             "An: Verteiler Kommunen\nBetreff: " + INVITE_SUBJECT + "\n\n" + INVITATION)

# ==================================================================================================
# registrations (typical)
# ==================================================================================================


@case("zeulenroda-triebes-one-outlook")
def _(slug):
    a = "k.wetzlich@zeulenroda-triebes.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich für die 9. Transferveranstaltung am 20.05.2025 in Bad Lobenstein an. Unser ISEK wird gerade fortgeschrieben, daher ist das Thema für uns sehr aktuell.

{MFG}

""" + sig("Kornelia Wetzlich", "Sachgebiet Stadtentwicklung und Fördermittel", "Stadtverwaltung Zeulenroda-Triebes",
          "Markt 1", "07937 Zeulenroda-Triebes", "036628 64-210", a)
    return ol(slug, addr("Wetzlich, Kornelia", a), "Anmeldung Transferveranstaltung ISEK", "2025-04-23 08:47", body), \
        label("registration", [P("Kornelia Wetzlich", a, "Sachgebiet Stadtentwicklung und Fördermittel")],
              "Stadtverwaltung Zeulenroda-Triebes", "municipality", "Zeulenroda-Triebes")


@case("rudolstadt-two-sentence")
def _(slug):
    a = "m.ebermann@rudolstadt.example"
    body = f"""Guten Tag,

für die Stadt Rudolstadt nehmen Frau Carola Hilpert (c.hilpert@rudolstadt.example) und ich an der Transferveranstaltung am 20. Mai teil.

{MFG}
Matthias Ebermann
Fachdienstleiter Stadtplanung
Stadtverwaltung Rudolstadt"""
    return ol(slug, addr("Ebermann, Matthias", a), "Anmeldung 9. Transferveranstaltung", "2025-04-24 10:05", body), \
        label("registration", [P("Carola Hilpert", "c.hilpert@rudolstadt.example", None),
                               P("Matthias Ebermann", a, "Fachdienstleiter Stadtplanung")],
              "Stadtverwaltung Rudolstadt", "municipality", "Rudolstadt")


@case("leinefelde-worbis-thunderbird")
def _(slug):
    a = "b.rinkleff@leinefelde-worbis.example"
    body = """Sehr geehrte Damen und Herren,

vielen Dank für die Einladung. Ich melde mich hiermit zur Transferveranstaltung „Zusammen denken – gemeinsam handeln“ am 20. Mai 2025 an.

Freundliche Grüße

-- 
Benedikt Rinkleff
Stadt Leinefelde-Worbis
Amt für Stadtentwicklung und Bauen
Bahnhofstraße 43, 37327 Leinefelde-Worbis"""
    return tb(slug, addr("Benedikt Rinkleff", a), "Anmeldung Transferveranstaltung 20.05.2025", "2025-04-23 15:32", body), \
        label("registration", [P("Benedikt Rinkleff", a, None)], "Stadt Leinefelde-Worbis", "municipality",
              "Leinefelde-Worbis")


@case("planning-office-client-frankenhausen")
def _(slug):
    a = "post@planungsgruppe-nordwest.example"
    body = f"""Sehr geehrte Damen und Herren,

wir sind von der Stadt Bad Frankenhausen mit der Fortschreibung des ISEK beauftragt und melden für die Veranstaltung am 20. Mai 2025 folgende Personen an:

- Dipl.-Ing. Volker Brunnquell, v.brunnquell@planungsgruppe-nordwest.example
- Theresa Wolfskehl, t.wolfskehl@planungsgruppe-nordwest.example

{MFG}
i. A. Theresa Wolfskehl
Planungsgruppe Nordwest GmbH
Kasseler Straße 7, 99734 Nordhausen"""
    return ol(slug, addr("Planungsgruppe Nordwest", a), "Anmeldung Planungsgruppe Nordwest / ISEK Bad Frankenhausen",
              "2025-04-25 11:20", body), \
        label("registration", [P("Volker Brunnquell", "v.brunnquell@planungsgruppe-nordwest.example", None, "Dipl.-Ing."),
                               P("Theresa Wolfskehl", "t.wolfskehl@planungsgruppe-nordwest.example", None)],
              "Planungsgruppe Nordwest GmbH", "planning_office", "Bad Frankenhausen/Kyffhäuser")


@case("nobitz-iphone-mayor")
def _(slug):
    a = "buergermeister@nobitz.example"
    body = """Sehr geehrte Damen und Herren,
ich nehme am 20.05. gern teil.
Gruß
Hagen Mertsch
Bürgermeister Gemeinde Nobitz"""
    return iphone(slug, addr("Hagen Mertsch", a), "Transferveranstaltung 20.5.", "2025-04-26 19:48", body), \
        label("registration", [P("Hagen Mertsch", a, "Bürgermeister")], "Gemeinde Nobitz", "municipality", "Nobitz")


@case("gotha-reply-invitation")
def _(slug):
    a = "a.schildbach@gotha.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich zur Veranstaltung an.

{MFG}
Antje Schildbach
Stadtverwaltung Gotha
Fachbereich Stadtentwicklung, Bauen und Umwelt

""" + INV_QUOTE
    return ol(slug, addr("Schildbach, Antje", a), "AW: " + INVITE_SUBJECT, "2025-04-22 09:14", body), \
        label("registration", [P("Antje Schildbach", a, None)], "Stadtverwaltung Gotha", "municipality", "Gotha")


@case("eisenberg-keyvalue-ox")
def _(slug):
    a = "stadtbauamt@eisenberg.example"
    body = """Anmeldung 9. Transferveranstaltung, 20.05.2025, Bad Lobenstein

Nachname: Tauchnitz
Vorname: Silvio
Dienststelle: Stadt Eisenberg, Stadtbauamt
Funktion: Sachbearbeiter Sanierung
E-Mail: s.tauchnitz@eisenberg.example
Telefon: 036691 73-140

Mit freundlichen Grüßen
S. Tauchnitz"""
    return ox(slug, addr("Stadtbauamt Eisenberg", a), "Anmeldung", "2025-04-28 07:55", body), \
        label("registration", [P("Silvio Tauchnitz", "s.tauchnitz@eisenberg.example", "Sachbearbeiter Sanierung")],
              "Stadt Eisenberg", "municipality", "Eisenberg")


@case("saalfeld-html-table-three")
def _(slug):
    a = "fd-stadtplanung@saalfeld.example"
    before = "Sehr geehrte Damen und Herren,\n\ndie Stadt Saalfeld/Saale meldet zur Transferveranstaltung am 20.05.2025 an:\n"
    rows = [["Name", "Funktion", "E-Mail"],
            ["Dr. Gisela Pfeffermann", "Fachdienstleiterin Stadtplanung", "g.pfeffermann@saalfeld.example"],
            ["Marcel Oehlschläger", "Städtebauförderung", "m.oehlschlaeger@saalfeld.example"],
            ["Lisa-Marie Hornickel", "Bauleitplanung", "l.hornickel@saalfeld.example"]]
    after = f"\n{MFG}\ni. A. Lisa-Marie Hornickel\nFachdienst Stadtplanung\nStadtverwaltung Saalfeld/Saale"
    plain = before + "\n".join("\t".join(r) for r in rows) + "\n" + after
    return ol(slug, addr("FD Stadtplanung Saalfeld", a), "Anmeldung Transferveranstaltung – Stadt Saalfeld",
              "2025-04-29 13:37", plain, html_only=True, inner=table_html(rows, before, after)), \
        label("registration", [P("Gisela Pfeffermann", "g.pfeffermann@saalfeld.example", "Fachdienstleiterin Stadtplanung", "Dr."),
                               P("Marcel Oehlschläger", "m.oehlschlaeger@saalfeld.example", "Städtebauförderung"),
                               P("Lisa-Marie Hornickel", "l.hornickel@saalfeld.example", "Bauleitplanung")],
              "Stadtverwaltung Saalfeld/Saale", "municipality", "Saalfeld/Saale")


@case("ronneburg-secretary-mayor")
def _(slug):
    a = "sekretariat@ronneburg.example"
    body = f"""Sehr geehrte Damen und Herren,

im Auftrag von Herrn Bürgermeister Jörg Kranold melde ich ihn zur 9. Transferveranstaltung am 20. Mai 2025 an.

{MFG}
i. A. Heike Nitzschke
Sekretariat Bürgermeister
Stadt Ronneburg"""
    return ol_plain(slug, addr("Nitzschke, Heike", a), "Anmeldung Bürgermeister Kranold", "2025-04-30 09:02", body), \
        label("registration", [P("Jörg Kranold", None, "Bürgermeister")], "Stadt Ronneburg", "municipality", "Ronneburg")


@case("bad-salzungen-samsung")
def _(slug):
    a = "s.hohlfeld@badsalzungen.example"
    body = """Guten Morgen, ich möchte mich für die Transferveranstaltung am 20. Mai anmelden.
Sebastian Hohlfeld
Stadtverwaltung Bad Salzungen, Bauverwaltung"""
    return droid(slug, addr("Sebastian Hohlfeld", a), "Anmeldung", "2025-05-02 06:51", body), \
        label("registration", [P("Sebastian Hohlfeld", a, "Bauverwaltung")], "Stadtverwaltung Bad Salzungen",
              "municipality", "Bad Salzungen")


@case("vg-laendereck-endschuetz-roundcube")
def _(slug):
    a = "r.zipprich@vg-laendereck.example"
    body = """Sehr geehrte Damen und Herren,

für die Gemeinde Endschütz melde ich mich zur Transferveranstaltung am 20.05.2025 an. Wir überlegen, für unsere Ortsteile ein Gemeindliches Entwicklungskonzept anzugehen.

Mit freundlichen Grüßen
Ramona Zipprich
Bürgermeisterin der Gemeinde Endschütz
Verwaltungsgemeinschaft Ländereck"""
    return roundcube(slug, addr("Ramona Zipprich", a, "ISO-8859-1"), "Anmeldung Gemeinde Endschütz", "2025-05-05 16:10", body), \
        label("registration", [P("Ramona Zipprich", a, "Bürgermeisterin")], "Gemeinde Endschütz", "municipality", "Endschütz")


@case("harztor-webde-landgemeinde")
def _(slug):
    a = "bauamt.harztor@web.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich zur Transferveranstaltung am 20. Mai 2025 an.

Mit freundlichen Grüßen
Detlef Uhlworm
Landgemeinde Harztor
Bauamt"""
    return webde_html_only(slug, addr("Detlef Uhlworm", a), "Anmeldung Transferveranstaltung", "2025-04-27 21:05", body), \
        label("registration", [P("Detlef Uhlworm", a, "Bauamt")], "Landgemeinde Harztor", "municipality", "Harztor")


@case("planning-office-apple-no-client")
def _(slug):
    a = "m.kriebitzsch@landschaft-stadt.example"
    body = """Sehr geehrte Damen und Herren,

als freiberufliche Stadtplanerin betreue ich mehrere ISEK-Verfahren in Ostthüringen und würde gern an der Transferveranstaltung am 20. Mai teilnehmen. Hiermit melde ich mich an.

Viele Grüße
Mareike Kriebitzsch
Büro Kriebitzsch – Landschaft + Stadt
Wagnergasse 19, 07743 Jena"""
    return apple(slug, addr("Mareike Kriebitzsch", a), "Anmeldung Transferveranstaltung", "2025-04-24 18:22", body), \
        label("registration", [P("Mareike Kriebitzsch", a, None)], "Büro Kriebitzsch – Landschaft + Stadt",
              "planning_office", None)


@case("landratsamt-schmalkalden-meiningen")
def _(slug):
    a = "regionalentwicklung@lra-sm.example"
    body = f"""Sehr geehrte Damen und Herren,

für das Landratsamt Schmalkalden-Meiningen, Fachdienst Regionalentwicklung, nimmt Herr Dr. Wolfram Pietzonka an der Veranstaltung am 20. Mai 2025 teil. Seine Adresse: w.pietzonka@lra-sm.example

{MFG}
Fachdienst Regionalentwicklung
Landratsamt Schmalkalden-Meiningen"""
    return ol(slug, addr("Regionalentwicklung LRA SM", a), "Anmeldung Landratsamt Schmalkalden-Meiningen",
              "2025-04-30 14:14", body), \
        label("registration", [P("Wolfram Pietzonka", "w.pietzonka@lra-sm.example", None, "Dr.")],
              "Landratsamt Schmalkalden-Meiningen", "authority", None)


@case("meiningen-vegan-note")
def _(slug):
    a = "f.luckhardt@meiningen.example"
    body = f"""Sehr geehrte Damen und Herren,

ich melde mich verbindlich zur Transferveranstaltung am 20. Mai an. Für die Verpflegung: Ich esse vegan.

{MFG}

""" + sig("Franziska Luckhardt", "Stadtplanerin", "Stadt Meiningen", "Schloßplatz 1", "98617 Meiningen",
          "03693 454-318", a)
    return ol_plain(slug, addr("Luckhardt, Franziska", a), "Verbindliche Anmeldung", "2025-05-06 10:27", body), \
        label("registration", [P("Franziska Luckhardt", a, "Stadtplanerin")], "Stadt Meiningen", "municipality",
              "Meiningen", notes=["Ich esse vegan."])


@case("wasungen-ascii")
def _(slug):
    a = "bauamt@wasungen.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich fuer die Transferveranstaltung am 20. Mai 2025 in Bad Lobenstein an.

Mit freundlichen Gruessen
Uwe Schaeffner
Stadt Wasungen
Bau- und Ordnungsamt"""
    h = envelope(slug, addr("Uwe Schaeffner", a), "Anmeldung Transferveranstaltung", "2025-05-07 12:03")
    return message(h, text(body, "us-ascii", "7bit")), \
        label("registration", [P("Uwe Schaeffner", a, None)], "Stadt Wasungen", "municipality", "Wasungen")


@case("lucka-poststelle-reply-to")
def _(slug):
    a = "poststelle@stadt-lucka.example"
    r = "b.hanfland@stadt-lucka.example"
    body = f"""Sehr geehrte Damen und Herren,

Frau Bettina Hanfland, Sachgebietsleiterin Bauverwaltung, meldet sich zur Transferveranstaltung am 20. Mai 2025 an. Rückfragen bitte direkt an sie.

{MFG}
Stadtverwaltung Lucka
Poststelle"""
    h = envelope(slug, addr("Poststelle Stadt Lucka", a), "Anmeldung Transferveranstaltung", "2025-05-02 11:40",
                 extra=outlook_headers((f"Reply-To: {addr('Hanfland, Bettina', r)}",)))
    return message(h, outlook_alt(slug, body)), \
        label("registration", [P("Bettina Hanfland", r, "Sachgebietsleiterin Bauverwaltung")],
              "Stadtverwaltung Lucka", "municipality", "Lucka")


# ==================================================================================================
# cancellations (typical)
# ==================================================================================================


@case("koelleda-cancel-reply-confirmation")
def _(slug):
    a = "s.kuehnel@koelleda.example"
    code = code_for("koelleda-conf")
    body = f"""Sehr geehrte Damen und Herren,

leider kann ich am 20. Mai nicht teilnehmen und sage meine Anmeldung hiermit ab.

{MFG}
Sandra Kühnel
Stadt Kölleda, Bauamt

""" + conf_quote_ol(a, code, "Sehr geehrte Frau Kühnel", ["Sandra Kühnel"], "Donnerstag, 24. April 2025 08:03")
    return ol(slug, addr("Kühnel, Sandra", a), "AW: " + confirm_subject(code), "2025-05-14 07:58", body), \
        label("cancellation", [P("Sandra Kühnel", a, None)], "Stadt Kölleda", "municipality", "Kölleda")


@case("tanna-cancel-iphone-no-code")
def _(slug):
    a = "r.troeger@stadt-tanna.example"
    body = """Guten Abend, ich muss meine Teilnahme an der Transferveranstaltung leider absagen, Termin im Stadtrat. Gruß Ralf Troeger, Stadt Tanna"""
    return iphone(slug, addr("Ralf Troeger", a), "Absage 20.05.", "2025-05-15 20:41", body), \
        label("cancellation", [P("Ralf Troeger", a, None)], "Stadt Tanna", "municipality", "Tanna")


@case("goessnitz-cancel-colleague-sender-stays")
def _(slug):
    a = "a.hasert@goessnitz.example"
    code = code_for("goessnitz-conf")
    body = f"""Hallo,

mein Kollege Herr Kevin Leupold muss seine Teilnahme leider absagen, er hat an dem Tag einen Ortstermin. Ich selbst komme wie angemeldet.

Viele Grüße
Andrea Hasert
Stadt Gößnitz

""" + conf_quote_tb(code, "Sehr geehrte Frau Hasert", ["Andrea Hasert", "Kevin Leupold"], "25.04.25 um 09:40")
    return tb(slug, addr("Andrea Hasert", a), "Re: " + confirm_subject(code), "2025-05-12 13:16", body), \
        label("cancellation", [P("Kevin Leupold", None, None)], "Stadt Gößnitz", "municipality", "Gößnitz")


@case("planning-office-cancel-two-code")
def _(slug):
    a = "buero@prostadt-weimar.example"
    code = code_for("prostadt-conf")
    body = f"""Sehr geehrte Damen und Herren,

unsere Anmeldung mit dem Code {code} (Herr Jonas Heinitz und Frau Friederike Seelig) müssen wir leider stornieren. Beide sind an diesem Tag in einer Bürgerversammlung gebunden.

{MFG}
ProStadt Planungsgesellschaft mbH
Weimar"""
    return gmx(slug, addr("ProStadt Planungsgesellschaft", a), f"Stornierung Anmeldung {code}", "2025-05-13 09:30", body), \
        label("cancellation", [P("Jonas Heinitz", None, None), P("Friederike Seelig", None, None)],
              "ProStadt Planungsgesellschaft mbH", "planning_office", None)


# ==================================================================================================
# changes (typical)
# ==================================================================================================


@case("schkoelen-change-add-colleague")
def _(slug):
    a = "m.kolditz@schkoelen.example"
    code = code_for("schkoelen-conf")
    body = f"""Guten Tag,

ich bin bereits angemeldet ({code}). Mein Kollege Patrick Weinhold (p.weinhold@schkoelen.example) möchte ebenfalls teilnehmen – können Sie ihn bitte noch mit aufnehmen?

Danke und viele Grüße
Marion Kolditz
Stadt Schkölen"""
    return ox(slug, addr("Marion Kolditz", a), "Nachmeldung eines Kollegen", "2025-05-06 08:12", body), \
        label("change", [P("Patrick Weinhold", "p.weinhold@schkoelen.example", None)], "Stadt Schkölen",
              "municipality", "Schkölen")


@case("hermsdorf-change-name-spelling")
def _(slug):
    a = "i.hammerschmied@hermsdorf.example"
    code = code_for("hermsdorf-conf")
    body = f"""Sehr geehrte Damen und Herren,

danke für die Bestätigung. Mein Name ist leider falsch geschrieben: richtig ist Ines Hammerschmied (mit „ie“ und „d“ am Ende). Bitte korrigieren Sie das für das Namensschild.

{MFG}
Ines Hammerschmied
Stadtverwaltung Hermsdorf

""" + conf_quote_ol(a, code, "Sehr geehrte Frau Hammerschmidt", ["Ines Hammerschmidt"], "Montag, 28. April 2025 11:30")
    return ol(slug, addr("Hammerschmied, Ines", a), "AW: " + confirm_subject(code), "2025-04-28 12:02", body), \
        label("change", [P("Ines Hammerschmied", a, None)], "Stadtverwaltung Hermsdorf", "municipality", "Hermsdorf",
              notes=["Mein Name ist leider falsch geschrieben: richtig ist Ines Hammerschmied"])


@case("bad-koestritz-change-afternoon")
def _(slug):
    a = "t.brauneis@bad-koestritz.example"
    code = code_for("koestritz-conf")
    body = f"""Hallo,

zu meiner Anmeldung: Ich kann am 20. Mai erst nach der Mittagspause dazukommen, vormittags habe ich eine Sitzung des Bauausschusses. Bitte berücksichtigen Sie das.

Grüße
Torsten Brauneis
Stadt Bad Köstritz

""" + conf_quote_tb(code, "Sehr geehrter Herr Brauneis", ["Torsten Brauneis"], "29.04.25 um 14:05")
    return tb(slug, addr("Torsten Brauneis", a), "Re: " + confirm_subject(code), "2025-05-09 10:48", body,
              cte="quoted-printable"), \
        label("change", [P("Torsten Brauneis", a, None)], "Stadt Bad Köstritz", "municipality", "Bad Köstritz",
              notes=["Ich kann am 20. Mai erst nach der Mittagspause dazukommen"])


# ==================================================================================================
# questions (typical)
# ==================================================================================================


@case("planning-office-question-certificate")
def _(slug):
    a = "h.sauerbrey@sauerbrey-architekten.example"
    body = f"""Sehr geehrte Damen und Herren,

wird die Transferveranstaltung bei der Architektenkammer Thüringen als Fortbildung anerkannt, und erhalten die Teilnehmenden eine Teilnahmebescheinigung?

{MFG}
Henrik Sauerbrey
Sauerbrey Architekten + Stadtplaner, Erfurt"""
    return ol(slug, addr("Sauerbrey, Henrik", a), "Frage Fortbildungspunkte", "2025-04-25 15:50", body), \
        label("question", [], "Sauerbrey Architekten + Stadtplaner", "planning_office", None)


@case("weida-question-conditional-three")
def _(slug):
    a = "k.pohle@weida.example"
    body = f"""Guten Tag,

wir würden gern mit drei Personen aus Bauamt und Stadtrat teilnehmen. Ist das möglich, oder ist die Zahl der Plätze je Kommune begrenzt? Dann würden wir intern entscheiden, wer fährt.

{MFG}
Kathrin Pohle
Stadt Weida, Bauamt"""
    return ol_plain(slug, addr("Pohle, Kathrin", a), "Frage Teilnehmerzahl", "2025-04-29 08:20", body), \
        label("question", [], "Stadt Weida", "municipality", "Weida")


@case("stadtilm-question-programme")
def _(slug):
    a = "o.ziesche@stadtilm.example"
    body = """Hallo,

ich bin für den 20. Mai schon angemeldet. Gibt es inzwischen ein ausführliches Programm mit den Zeiten der Workshops? Ich müsste meine Rückfahrt planen.

Viele Grüße
Olaf Ziesche
Stadt Stadtilm"""
    return gmx(slug, addr("Olaf Ziesche", a), "Programm?", "2025-05-08 17:05", body), \
        label("question", [], "Stadt Stadtilm", "municipality", "Stadtilm")


# ==================================================================================================
# auto replies
# ==================================================================================================


@case("auto-exchange-invitation")
def _(slug):
    a = "m.heyder@stadt-gefell.example"
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 2. Mai 2025 nicht im Haus. Ihre E-Mail wird nicht automatisch weitergeleitet. In dringenden Angelegenheiten wenden Sie sich bitte an bauamt@stadt-gefell.example.

Manuela Heyder"""
    h = envelope(slug, addr("Heyder, Manuela", a), "Automatische Antwort: " + INVITE_SUBJECT, "2025-04-22 07:34",
                 extra=outlook_headers(("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All")))
    return message(h, outlook_alt(slug, body)), label("auto_reply", [], None, None, None)


@case("auto-abwesenheit-confirmation-plain")
def _(slug):
    a = "bauverwaltung@gemeinde-schmoelln-putzkau.example"
    code = code_for("abwesenheit-conf")
    body = """Abwesenheitsnotiz

Sehr geehrte Damen und Herren,
ich bin bis zum 16.05.2025 im Urlaub. Ihre Nachricht wird danach bearbeitet.

Mit freundlichen Grüßen
Bauverwaltung"""
    return ol_plain(slug, addr("Bauverwaltung", a), "Abwesenheitsnotiz: " + confirm_subject(code), "2025-05-05 10:31", body), \
        label("auto_reply", [], None, None, None)


@case("auto-english-out-of-office")
def _(slug):
    a = "j.weissgerber@consult-international.example"
    code = code_for("ooo-conf")
    body = """Thank you for your email. I am out of the office until 19 May 2025 with limited access to email.
For urgent matters please contact office@consult-international.example.

Best regards"""
    h = envelope(slug, addr("Weissgerber, Jan", a), "Out of Office: " + confirm_subject(code), "2025-05-07 09:12",
                 extra=("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"))
    return message(h, text(body, "utf-8", "quoted-printable")), label("auto_reply", [], None, None, None, language="en")


@case("auto-ticket-receipt")
def _(slug):
    a = "noreply@servicedesk-kreisverwaltung.example"
    body = """Sehr geehrte Absenderin, sehr geehrter Absender,

Ihre Nachricht ist bei uns eingegangen und wurde unter der Vorgangsnummer 2025-04-018273 erfasst. Sie wird an die zuständige Stelle weitergeleitet.

Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht.

Ihr Servicedesk"""
    h = envelope(slug, addr("Servicedesk", a), "[Vorgang 2025-04-018273] " + INVITE_SUBJECT, "2025-04-22 07:40",
                 extra=("Auto-Submitted: auto-generated", "Precedence: bulk", "X-Autoreply: yes"))
    return message(h, text(body, "utf-8", "quoted-printable")), label("auto_reply", [], None, None, None)


# ==================================================================================================
# bounces
# ==================================================================================================


def _our_to(rcpt: str, slug: str, subject: str, body: str, when: str) -> bytes:
    return message([f"From: {addr(OUR_NAME, INBOX)}", f"To: {rcpt}", f"Subject: {hval(subject)}",
                    f"Date: {rfcdate(when)}", f"Message-ID: {msgid('our-' + slug, 'transferveranstaltung.example')}"],
                   text(body))


@case("bounce-postfix-user-unknown")
def _(slug):
    rcpt = "s.grossmann@vg-hainich-werratal.example"
    code = code_for("bounce-conf")
    human = f"""This is the mail system at host mx02.transferveranstaltung.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<{rcpt}>: host mail.vg-hainich-werratal.example[192.0.2.41] said:
    550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown"""
    dsn = f"""Reporting-MTA: dns; mx02.transferveranstaltung.example

Final-Recipient: rfc822; {rcpt}
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown
"""
    orig = _our_to(rcpt, slug, confirm_subject(code), confirmation("Sehr geehrte Damen und Herren", ["Silke Großmann"], code),
                   "2025-04-30 10:02")
    part = report(slug, (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                         human.encode() + b"\n"), dsn, rfc822(orig))
    h = ["Return-Path: <>", f"From: {addr('Mail Delivery System', 'MAILER-DAEMON@mx02.transferveranstaltung.example')}",
         f"To: {INBOX}", "Subject: Undelivered Mail Returned to Sender", f"Date: {rfcdate('2025-04-30 10:03')}",
         f"Message-ID: {msgid(slug, 'mx02.transferveranstaltung.example')}", "Auto-Submitted: auto-replied"]
    return message(h, part), label("bounce", [], None, None, None, language="en", bounce_recipient=rcpt)


@case("bounce-exchange-german-plain-reminder")
def _(slug):
    rcpt = "hauptamt@gemeinde-kraftsdorf-alt.example"
    code = code_for("bounce-rem")
    body = f"""Die Nachricht konnte nicht zugestellt werden.

Der Empfänger {rcpt} ist nicht bekannt oder das Postfach wurde deaktiviert.

Diagnoseinformationen für Administratoren:
Generierender Server: EX02.gemeinde-kraftsdorf-alt.example
Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben.

Ursprüngliche Nachrichtenköpfe:
From: {OUR_NAME} <{INBOX}>
To: {rcpt}
Subject: {reminder_subject(code)}
Date: {rfcdate('2025-05-13 08:00')}"""
    h = [f"From: {addr('Microsoft Outlook', 'postmaster@gemeinde-kraftsdorf-alt.example')}", f"To: {INBOX}",
         f"Subject: {hval('Unzustellbar: ' + reminder_subject(code))}", f"Date: {rfcdate('2025-05-13 08:01')}",
         f"Message-ID: {msgid(slug, 'gemeinde-kraftsdorf-alt.example')}", "Auto-Submitted: auto-replied"]
    return message(h, text(body, "utf-8", "quoted-printable")), label("bounce", [], None, None, None, bounce_recipient=rcpt)


# ==================================================================================================
# harder: another event
# ==================================================================================================


@case("bad-tennstedt-other-event-waermeplanung")
def _(slug):
    a = "bauamt@bad-tennstedt.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich zum Fachworkshop „Kommunale Wärmeplanung in kleinen Kommunen“ am Dienstag, 3. Juni 2025, in Erfurt (Kaisersaal) an.

{MFG}
Carsten Wittchen
Stadt Bad Tennstedt, Bauamt"""
    return ol(slug, addr("Wittchen, Carsten", a), "Anmeldung Fachworkshop Wärmeplanung 03.06.2025", "2025-05-02 09:44", body), \
        label("other", [], "Stadt Bad Tennstedt", "municipality", "Bad Tennstedt",
              notes=["Anmeldung zu einer anderen Veranstaltung (Wärmeplanung, 3. Juni 2025, Erfurt)"])


@case("dingelstaedt-other-event-dorfforum")
def _(slug):
    a = "ortsentwicklung@dingelstaedt.example"
    body = """Guten Tag,

für das Thüringer Dorfentwicklungsforum am 12. Juni 2025 in Heilbad Heiligenstadt melden wir zwei Personen an: Frau Birgit Scharf und Herrn Elmar Nolte, beide Ortsentwicklung.

Freundliche Grüße
Stadt Dingelstädt
Ortsentwicklung"""
    return gmx(slug, addr("Ortsentwicklung Dingelstädt", a), "Anmeldung Dorfentwicklungsforum 12.06.", "2025-05-06 11:25", body), \
        label("other", [], "Stadt Dingelstädt", "municipality", "Dingelstädt",
              notes=["Anmeldung zu einer anderen Veranstaltung (Dorfentwicklungsforum, 12. Juni 2025, Heilbad Heiligenstadt)"])


@case("altenburg-other-event-isek-werkstatt")
def _(slug):
    a = "stadtplanung@altenburg.example"
    body = f"""Sehr geehrte Damen und Herren,

zur ISEK-Werkstatt des Altenburger Landes am 27. Mai 2025 in Schmölln (Beginn 10 Uhr, Rathaussaal) melde ich mich hiermit an. Bitte senden Sie mir die Unterlagen vorab zu.

{MFG}
Christoph Sperlich
Stadtverwaltung Altenburg, Stadtplanungsamt"""
    return ol(slug, addr("Sperlich, Christoph", a), "Anmeldung ISEK-Werkstatt 27. Mai", "2025-05-05 14:02", body), \
        label("other", [], "Stadtverwaltung Altenburg", "municipality", "Altenburg",
              notes=["Anmeldung zu einer anderen Veranstaltung (ISEK-Werkstatt, 27. Mai 2025, Schmölln)"])


# ==================================================================================================
# harder: spam and phishing
# ==================================================================================================


@case("spam-mailbox-closed-flagged")
def _(slug):
    a = "it-support@mail-verwaltung-portal.example"
    plain = """Sehr geehrter Nutzer,

Ihr Postfach anmeldung@transferveranstaltung.example wird in 24 Stunden geschlossen, weil Ihr Konto nicht verifiziert wurde.

Bestätigen Sie Ihr Login jetzt, um die Schließung zu verhindern:
https://login-verifizierung.example/owa/bestaetigen

Wenn Sie Ihr Login nicht bestätigen, gehen alle E-Mails verloren.

IT-Support Team"""
    html_body = simple_html(plain).replace("https://login-verifizierung.example/owa/bestaetigen",
                                           '<a href="https://login-verifizierung.example/owa/bestaetigen">Jetzt bestätigen</a>')
    h = envelope(slug, addr("IT-Support", a), "Ihr Postfach wird geschlossen – bestätigen Sie Ihr Login", "2025-04-29 03:17",
                 extra=("X-Spam-Flag: YES",
                        "X-Spam-Status: Yes, score=9.4 required=5.0 tests=HTML_MESSAGE,PHISH_LOGIN,URIBL_BLACK,\n"
                        "\tFREEMAIL_FORGED_REPLYTO autolearn=no version=3.4.6",
                        "X-Spam-Level: *********"))
    from corpus_kit import alt
    return message(h, alt(slug, plain, html_body)), label("other", [], None, None, None)


@case("spam-exchange-scl-quota")
def _(slug):
    a = "postmaster@exchange-cloud-service.example"
    body = """Ihr Postfach hat das Speicherlimit erreicht (99 %).

Eingehende Nachrichten werden ab heute zurückgehalten. 14 Nachrichten warten auf Zustellung.

Melden Sie sich an, um Ihr Postfach zu erweitern und die Nachrichten freizugeben:
https://outlook-speicher-erweitern.example/anmelden

Microsoft Exchange Online"""
    h = envelope(slug, addr("Microsoft Exchange", a), "Warnung: Ihr Postfach ist voll – 14 Nachrichten zurückgehalten",
                 "2025-05-04 02:48",
                 extra=("X-MS-Exchange-Organization-SCL: 9", "X-MS-Exchange-Organization-PCL: 8",
                        "X-Forefront-Antispam-Report: SFV:SPM;SCL:9;CAT:PHSH"))
    return message(h, text(body, "utf-8", "quoted-printable")), label("other", [], None, None, None)


@case("phishing-event-lookalike-unflagged")
def _(slug):
    a = "anmeldung@transferveranstaltung-portal.example"
    body = """Sehr geehrte Teilnehmerin, sehr geehrter Teilnehmer,

Ihre Anmeldung zur 9. Transferveranstaltung konnte nicht abgeschlossen werden. Ihr E-Mail-Konto muss erneut bestätigt werden, sonst wird Ihr Postfach gesperrt.

Bitte melden Sie sich innerhalb von 48 Stunden mit Ihrem dienstlichen Benutzernamen und Passwort an:
https://transferveranstaltung-portal.example/login

Mit freundlichen Grüßen
Ihr Veranstaltungsteam"""
    h = envelope(slug, addr("Veranstaltungsteam", a), "Anmeldung unvollständig – bestätigen Sie Ihr Konto", "2025-05-03 23:19")
    return message(h, text(body, "utf-8", "quoted-printable")), label("other", [], None, None, None)


# ==================================================================================================
# harder: withdrawals under a sign-up subject
# ==================================================================================================


@case("kaltennordheim-anmeldung-delete-data")
def _(slug):
    a = "s.rennhak@kaltennordheim.example"
    body = """Hallo,

bitte löschen Sie meine Daten, ich komme nicht. Der Termin passt doch nicht.

Gruß
Susanne Rennhak
Stadt Kaltennordheim"""
    return droid(slug, addr("Susanne Rennhak", a), "Anmeldung Transferveranstaltung", "2025-05-11 18:36", body), \
        label("cancellation", [P("Susanne Rennhak", a, None)], "Stadt Kaltennordheim", "municipality", "Kaltennordheim",
              notes=["bitte löschen Sie meine Daten"])


@case("schleiz-anmeldung-subject-long-withdrawal")
def _(slug):
    a = "m.stoeckert@schleiz.example"
    body = f"""Sehr geehrte Damen und Herren,

Anfang Mai hatte ich mich für die Transferveranstaltung angemeldet und mich sehr auf den Austausch gefreut, zumal Bad Lobenstein für uns ja fast um die Ecke liegt. Nun hat unser Stadtrat für genau diesen Dienstag eine Sondersitzung zum Haushalt angesetzt, an der ich als Amtsleiter teilnehmen muss.

Ich muss meine Anmeldung daher leider zurückziehen. Bitte streichen Sie mich von der Teilnehmerliste, damit der Platz anderweitig vergeben werden kann.

{MFG}
Michael Stöckert
Amtsleiter Bauamt
Stadt Schleiz"""
    return ol(slug, addr("Stöckert, Michael", a), "Anmeldung 9. Transferveranstaltung – Bad Lobenstein", "2025-05-14 11:09", body), \
        label("cancellation", [P("Michael Stöckert", a, "Amtsleiter Bauamt")], "Stadt Schleiz", "municipality", "Schleiz")


# ==================================================================================================
# harder: sign-up above an internal forward
# ==================================================================================================


@case("bad-berka-signup-above-forward-absent")
def _(slug):
    a = "l.fasold@bad-berka.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Stadt Bad Berka melde ich mich zur Transferveranstaltung am 20. Mai 2025 an.

{MFG}
Lydia Fasold
Bauamt
Stadt Bad Berka

-----Ursprüngliche Nachricht-----
Von: Krippendorf, Thomas <buergermeister@bad-berka.example>
Gesendet: Mittwoch, 23. April 2025 16:52
An: Fasold, Lydia <{a}>
Betreff: WG: {INVITE_SUBJECT}

Hallo Frau Fasold,

ich bin am 20.05. im Urlaub und kann nicht hin. Könnten Sie das übernehmen und sich anmelden?

Gruß
T. Krippendorf
Bürgermeister

""" + INV_QUOTE
    return ol(slug, addr("Fasold, Lydia", a), "WG: " + INVITE_SUBJECT, "2025-04-24 08:15", body), \
        label("registration", [P("Lydia Fasold", a, "Bauamt")], "Stadt Bad Berka", "municipality", "Bad Berka")


# ==================================================================================================
# harder: sign-up plus question
# ==================================================================================================


@case("ohrdruf-signup-parking-question")
def _(slug):
    a = "n.sachtler@ohrdruf.example"
    body = f"""Sehr geehrte Damen und Herren,

ich melde mich für die Transferveranstaltung am 20. Mai an. Kann man am Veranstaltungsort parken, oder sollte ich lieber den Zug nehmen?

{MFG}
Nico Sachtler
Stadt Ohrdruf, Bauverwaltung"""
    return ol_plain(slug, addr("Sachtler, Nico", a), "Anmeldung und Frage zum Parken", "2025-05-05 13:20", body), \
        label("registration", [P("Nico Sachtler", a, "Bauverwaltung")], "Stadt Ohrdruf", "municipality", "Ohrdruf",
              notes=["Kann man am Veranstaltungsort parken, oder sollte ich lieber den Zug nehmen?"])


@case("friedrichroda-two-lunch-question")
def _(slug):
    a = "a.bergner-laue@friedrichroda.example"
    body = f"""Guten Tag,

wir melden uns zu zweit an: ich und mein Kollege Frank Zehnpfund (f.zehnpfund@friedrichroda.example). Gibt es mittags eine Verpflegung vor Ort oder sollen wir uns selbst versorgen?

Beste Grüße
Anett Bergner-Laue
Stadt Friedrichroda
Stadtentwicklung"""
    return apple(slug, addr("Anett Bergner-Laue", a), "Anmeldung + Frage Mittagessen", "2025-04-30 16:45", body), \
        label("registration", [P("Anett Bergner-Laue", a, None), P("Frank Zehnpfund", "f.zehnpfund@friedrichroda.example", None)],
              "Stadt Friedrichroda", "municipality", "Friedrichroda",
              notes=["Gibt es mittags eine Verpflegung vor Ort oder sollen wir uns selbst versorgen?"])


# ==================================================================================================
# harder: substitutions
# ==================================================================================================


@case("waltershausen-substitution-third-person")
def _(slug):
    a = "bauamt@waltershausen.example"
    body = f"""Sehr geehrte Damen und Herren,

Herr Dirk Mohrhardt kann leider doch nicht an der Transferveranstaltung am 20. Mai teilnehmen. An seiner Stelle kommt Frau Kristin Quaschik (k.quaschik@waltershausen.example).

{MFG}
i. A. Yvonne Dörfel
Bauamt
Stadt Waltershausen"""
    return ol(slug, addr("Bauamt Waltershausen", a), "Anmeldung Transferveranstaltung – Änderung", "2025-05-12 10:22", body), \
        label("change", [P("Kristin Quaschik", "k.quaschik@waltershausen.example", None), P("Dirk Mohrhardt", None, None)],
              "Stadt Waltershausen", "municipality", "Waltershausen")


@case("ellrich-substitution-reply-confirmation")
def _(slug):
    a = "bauamt@stadt-ellrich.example"
    code = code_for("ellrich-conf")
    body = f"""Guten Tag,

Herr Andreas Lämmerzahl kann wegen einer Erkrankung leider doch nicht kommen. An seiner Stelle nimmt Frau Doreen Kaufhold teil, ihre Adresse ist d.kaufhold@stadt-ellrich.example.

Viele Grüße
Bauamt der Stadt Ellrich

""" + conf_quote_tb(code, "Sehr geehrte Damen und Herren", ["Andreas Lämmerzahl"], "28.04.25 um 08:55")
    return tb(slug, addr("Bauamt Stadt Ellrich", a), "Re: " + confirm_subject(code), "2025-05-16 07:30", body), \
        label("change", [P("Doreen Kaufhold", "d.kaufhold@stadt-ellrich.example", None), P("Andreas Lämmerzahl", None, None)],
              "Stadt Ellrich", "municipality", "Ellrich")


# ==================================================================================================
# harder: titles before the names joined by „und“
# ==================================================================================================


@case("muehlhausen-degrees-und")
def _(slug):
    a = "stadtentwicklung@muehlhausen.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Stadt Mühlhausen nehmen Dr. Anja Mönchgesang und Dipl.-Ing. Bernd Haubner an der Transferveranstaltung am 20. Mai 2025 teil.

{MFG}
Amt für Stadtentwicklung
Stadtverwaltung Mühlhausen/Thüringen"""
    return ol(slug, addr("Stadtentwicklung Mühlhausen", a), "Anmeldung Transferveranstaltung", "2025-04-25 09:33", body), \
        label("registration", [P("Anja Mönchgesang", None, None, "Dr."), P("Bernd Haubner", None, None, "Dipl.-Ing.")],
              "Stadtverwaltung Mühlhausen/Thüringen", "municipality", "Mühlhausen/Thüringen")


@case("planning-office-prof-und-client-langensalza")
def _(slug):
    a = "sekretariat@brodfuehrer-partner.example"
    body = f"""Sehr geehrte Damen und Herren,

im Namen unseres Büros, das derzeit das ISEK der Stadt Bad Langensalza fortschreibt, melde ich Prof. Dr.-Ing. Harald Brodführer und Dipl.-Ing. (FH) Laura Kühhirt zur Transferveranstaltung an.

{MFG}
Sekretariat
Brodführer + Partner Stadtplanung
Erfurt"""
    return ol_plain(slug, addr("Brodführer + Partner Sekretariat", a), "Anmeldung Brodführer + Partner", "2025-05-07 15:40", body), \
        label("registration", [P("Harald Brodführer", None, None, "Prof. Dr.-Ing."),
                               P("Laura Kühhirt", None, None, "Dipl.-Ing. (FH)")],
              "Brodführer + Partner Stadtplanung", "planning_office", "Bad Langensalza")


# ==================================================================================================
# harder: a note about one attendee in a multi-person mail
# ==================================================================================================


@case("neustadt-orla-three-one-note")
def _(slug):
    a = "p.gollhardt@neustadt-orla.example"
    body = f"""Sehr geehrte Damen und Herren,

aus Neustadt an der Orla kommen zur Transferveranstaltung am 20. Mai:

- Petra Gollhardt (Bauamtsleiterin)
- Steffen Rödl (Stadtrat, Bauausschuss)
- Tim Wunschik (Klimaschutzmanager), t.wunschik@neustadt-orla.example

Herr Rödl ist auf einen Rollstuhl angewiesen; bitte teilen Sie uns mit, ob der Saal barrierefrei erreichbar ist.

{MFG}
Petra Gollhardt
Stadtverwaltung Neustadt an der Orla"""
    return ol(slug, addr("Gollhardt, Petra", a), "Anmeldung 3 Personen Neustadt/Orla", "2025-05-02 12:18", body), \
        label("registration", [P("Petra Gollhardt", a, "Bauamtsleiterin"),
                               P("Steffen Rödl", None, "Stadtrat, Bauausschuss"),
                               P("Tim Wunschik", "t.wunschik@neustadt-orla.example", "Klimaschutzmanager")],
              "Stadtverwaltung Neustadt an der Orla", "municipality", "Neustadt an der Orla",
              notes=["Herr Rödl ist auf einen Rollstuhl angewiesen"])


# ==================================================================================================
# harder: thanks after our confirmation
# ==================================================================================================


@case("eisfeld-thanks-confirmation")
def _(slug):
    a = "j.ritschel@eisfeld.example"
    code = code_for("eisfeld-conf")
    body = """Vielen Dank für die schnelle Bestätigung, wir freuen uns auf den 20. Mai!

Viele Grüße
Jens Ritschel
Stadt Eisfeld

""" + conf_quote_tb(code, "Sehr geehrter Herr Ritschel", ["Jens Ritschel"], "24.04.25 um 11:02")
    return apple(slug, addr("Jens Ritschel", a), "Re: " + confirm_subject(code), "2025-04-24 12:40", body), \
        label("other", [], "Stadt Eisfeld", "municipality", "Eisfeld")


# ==================================================================================================

EARLIER = ("corpus", "corpus_holdout", "corpus_blind", "corpus_blind2", "corpus_blind3", "corpus_blind4",
           "corpus_blind5", "corpus_blind6", "corpus_blind7", "corpus_blind8", "corpus_blind9")

if __name__ == "__main__":
    main(HERE, CASES, seed=20250522, earlier=EARLIER, unique_within=True, repeats_allowed=True)
