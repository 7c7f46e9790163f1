"""The 20 sign-up mails shipped in examples/inbox/ for the demo: clear registrations, varied shapes."""

from __future__ import annotations

from .common import Case, M, P, d, expect
from .mailshapes import (INVITATION, INVITE_SUBJECT, addr, iphone, message, msgid, outlook,
                         plain, quote, subj, text, thunderbird, webmail, alt, html, simple_html)

OUTLOOK_QUOTE_HEAD = ("-----Ursprüngliche Nachricht-----\nVon: Referat Städtebau TMDI "
                      "<isek-transfer@transferveranstaltung.example>\nGesendet: Montag, 28. April 2025 10:03\n"
                      "An: {to}\nBetreff: " + INVITE_SUBJECT + "\n\n")


def _mk(slug: str, shape, *, name: str, email: str, subject: str, date: str, exp: dict, cc: str | None = None,
        extra: tuple[str, ...] = (), crlf: bool = False, charset: str = "utf-8") -> Case:
    part, hdrs = shape
    domain = email.split("@")[1]
    raw = message(part, frm=addr(name, email, charset=charset), subject=subj(subject, charset=charset), date=date,
                  mid=msgid(slug, domain), cc=cc, extra=hdrs + list(extra), crlf=crlf)
    return Case(slug, raw, exp)


def examples() -> list[Case]:
    c: list[Case] = []
    c.append(_mk("schleiz-plain", plain(
        "Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich zur 9. Transferveranstaltung am 20. Mai 2025 "
        "in Bad Lobenstein an.\n\nMit freundlichen Grüßen\n\nAnna Reichenbach\nLeiterin Bauamt\n"
        "Stadtverwaltung Schleiz\nBahnhofstraße 1\n07907 Schleiz\nTel. 03663 4800-0"),
        name="Anna Reichenbach", email="a.reichenbach@stadt-schleiz.example",
        subject="Anmeldung Transferveranstaltung 20.05.2025", date=d(2, 8, 41),
        exp=expect("registration", [P("Anna Reichenbach", "a.reichenbach@stadt-schleiz.example", "Leiterin Bauamt")],
                   "Stadtverwaltung Schleiz", "municipality", M("Schleiz"))))
    c.append(_mk("poessneck-outlook", outlook(
        "Sehr geehrte Damen und Herren,\n\nfür die Stadt Pößneck nehmen an der Transferveranstaltung teil:\n\n"
        "- Herr Thomas Kellner, Fachdienstleiter Stadtentwicklung\n- Frau Claudia Brettschneider, Sachbearbeiterin "
        "Städtebauförderung (claudia.brettschneider@poessneck.example)\n\nMit freundlichen Grüßen\n\nThomas Kellner\n"
        "Fachdienst Stadtentwicklung\nStadtverwaltung Pößneck\nMarkt 1, 07381 Pößneck"),
        name="Kellner, Thomas", email="thomas.kellner@poessneck.example",
        subject="Anmeldung zur 9. Transferveranstaltung", date=d(2, 10, 5),
        exp=expect("registration", [P("Thomas Kellner", "thomas.kellner@poessneck.example", "Fachdienstleiter Stadtentwicklung"),
                                    P("Claudia Brettschneider", "claudia.brettschneider@poessneck.example",
                                      "Sachbearbeiterin Städtebauförderung")],
                   "Stadtverwaltung Pößneck", "municipality", M("Pößneck"))))
    c.append(_mk("rudolstadt-flowed-reply", thunderbird(
        "Guten Tag,\n\ngern nehme ich an der Veranstaltung teil. Bitte notieren Sie mich als Teilnehmer für die Stadt "
        "Rudolstadt – wir haben unser ISEK gerade fortgeschrieben und können sicher etwas beitragen.\n\n"
        "Viele Grüße\nJens Oberländer\n\n-- \nJens Oberländer\nStadtplanungsamt\nStadt Rudolstadt\n"
        "Markt 7, 07407 Rudolstadt\n\nAm 28.04.2025 um 10:03 schrieb Referat Städtebau TMDI:\n" + quote(INVITATION)),
        name="Jens Oberländer", email="j.oberlaender@rudolstadt.example",
        subject="Re: " + INVITE_SUBJECT, date=d(2, 13, 17),
        exp=expect("registration", [P("Jens Oberländer", "j.oberlaender@rudolstadt.example", None)],
                   "Stadt Rudolstadt", "municipality", M("Rudolstadt"))))
    c.append(_mk("saalfeld-latin1", plain(
        "Sehr geehrte Damen und Herren,\n\nich möchte mich verbindlich für die Transferveranstaltung am 20.05.2025 "
        "anmelden.\n\nName: Birgit Sommerlatte\nFunktion: Sachgebietsleiterin Stadtplanung\n"
        "Kommune: Stadt Saalfeld/Saale\nE-Mail: b.sommerlatte@saalfeld.example\n\nFreundliche Grüße\nBirgit Sommerlatte",
        charset="iso-8859-1", cte="quoted-printable"),
        name="Birgit Sommerlatte", email="b.sommerlatte@saalfeld.example", charset="iso-8859-1",
        subject="Anmeldung ISEK-Transferveranstaltung", date=d(3, 9, 2),
        exp=expect("registration", [P("Birgit Sommerlatte", "b.sommerlatte@saalfeld.example",
                                      "Sachgebietsleiterin Stadtplanung")],
                   "Stadt Saalfeld/Saale", "municipality", M("Saalfeld/Saale"))))
    c.append(_mk("zeulenroda-gmx", webmail(
        "Hallo,\n\nich melde mich für die Veranstaltung am 20. Mai an.\nSilke Wunderlich, Bauverwaltung Stadt "
        "Zeulenroda-Triebes\n\nBeste Grüße\nSilke Wunderlich"),
        name="Silke Wunderlich", email="silke.wunderlich@zeulenroda-triebes.example",
        subject="Anmeldung", date=d(3, 11, 48),
        exp=expect("registration", [P("Silke Wunderlich", "silke.wunderlich@zeulenroda-triebes.example", None)],
                   "Stadt Zeulenroda-Triebes", "municipality", M("Zeulenroda-Triebes"))))
    c.append(_mk("landratsamt-saale-orla", outlook(
        "Sehr geehrte Damen und Herren,\n\nvom Landratsamt Saale-Orla-Kreis, Fachdienst Kreisentwicklung, melden wir "
        "zwei Personen zur Transferveranstaltung an:\n\n1. Frau Dr. Katrin Pfefferkorn, Fachdienstleiterin\n"
        "2. Herr Markus Leinweber, Regionalmanagement\n\nMit freundlichen Grüßen\nim Auftrag\n\nDr. Katrin Pfefferkorn\n"
        "Landratsamt Saale-Orla-Kreis\nFachdienst Kreisentwicklung\nOschitzer Straße 4\n07907 Schleiz"),
        name="Pfefferkorn, Katrin Dr.", email="katrin.pfefferkorn@lrasok.example",
        subject="Anmeldung Landratsamt Saale-Orla-Kreis – Transferveranstaltung", date=d(5, 8, 12),
        exp=expect("registration", [P("Katrin Pfefferkorn", "katrin.pfefferkorn@lrasok.example", "Fachdienstleiterin"),
                                    P("Markus Leinweber", None, "Regionalmanagement")],
                   "Landratsamt Saale-Orla-Kreis", "authority", None)))
    c.append(_mk("planungsbuero-kahla", outlook(
        "Sehr geehrte Damen und Herren,\n\nals von der Stadt Kahla mit der Fortschreibung des ISEK beauftragtes Büro "
        "möchten wir gern teilnehmen. Anmelden möchte ich mich selbst sowie meinen Kollegen Herrn Felix Rosentreter "
        "(f.rosentreter@stadtplan-jena.example).\n\nMit freundlichen Grüßen\n\nDipl.-Ing. Martina Hölzel\n"
        "Stadtplanerin AKT\nHölzel & Rosentreter Architekten und Stadtplaner PartGmbB\nWagnergasse 12, 07743 Jena",
        charset="utf-8"),
        name="Martina Hölzel", email="m.hoelzel@stadtplan-jena.example",
        subject="Teilnahme ISEK-Transferveranstaltung (ISEK Kahla)", date=d(5, 14, 30),
        exp=expect("registration", [P("Martina Hölzel", "m.hoelzel@stadtplan-jena.example", "Stadtplanerin AKT"),
                                    P("Felix Rosentreter", "f.rosentreter@stadtplan-jena.example", None)],
                   "Hölzel & Rosentreter Architekten und Stadtplaner PartGmbB", "planning_office", M("Kahla"))))
    c.append(_mk("sondershausen-iphone", iphone(
        "Hallo, hiermit melde ich mich für die Transferveranstaltung am 20.5. an. Jörg Hennicke, Bürgermeister "
        "Stadt Sondershausen"),
        name="Jörg Hennicke", email="buergermeister@sondershausen.example",
        subject="Anmeldung 20.5.", date=d(5, 19, 44),
        exp=expect("registration", [P("Jörg Hennicke", "buergermeister@sondershausen.example", "Bürgermeister")],
                   "Stadt Sondershausen", "municipality", M("Sondershausen"))))
    c.append(_mk("heiligenstadt-alternative", (alt(
        text("Sehr geehrte Damen und Herren,\n\nhiermit melden wir uns für die 9. Transferveranstaltung an:\n\n"
             "Sabine Döring, Amtsleiterin Stadtentwicklung, s.doering@heiligenstadt.example\n"
             "Paul Gerlach, Klimaschutzmanager, p.gerlach@heiligenstadt.example\n\nMit freundlichen Grüßen\n"
             "Sabine Döring\nStadtverwaltung Heilbad Heiligenstadt", cte="quoted-printable"),
        html(simple_html("Sehr geehrte Damen und Herren,\n\nhiermit melden wir uns für die 9. Transferveranstaltung an:\n\n"
                         "Sabine Döring, Amtsleiterin Stadtentwicklung, s.doering@heiligenstadt.example\n"
                         "Paul Gerlach, Klimaschutzmanager, p.gerlach@heiligenstadt.example\n\nMit freundlichen Grüßen\n"
                         "Sabine Döring\nStadtverwaltung Heilbad Heiligenstadt"), cte="quoted-printable")),
        ["User-Agent: Microsoft-MacOutlook/16.89"]),
        name="Sabine Döring", email="s.doering@heiligenstadt.example",
        subject="Anmeldung zur Transferveranstaltung am 20. Mai", date=d(6, 7, 58),
        exp=expect("registration", [P("Sabine Döring", "s.doering@heiligenstadt.example", "Amtsleiterin Stadtentwicklung"),
                                    P("Paul Gerlach", "p.gerlach@heiligenstadt.example", "Klimaschutzmanager")],
                   "Stadtverwaltung Heilbad Heiligenstadt", "municipality", M("Heilbad Heiligenstadt"))))
    c.append(_mk("gemeinde-unterwellenborn", plain(
        "Sehr geehrte Damen und Herren,\n\ndie Gemeinde Unterwellenborn meldet zur Transferveranstaltung am "
        "20. Mai 2025 an:\nFrau Kerstin Vogelsang, Bauamtsleiterin\n\nVielen Dank und freundliche Grüße\n"
        "Kerstin Vogelsang\nGemeinde Unterwellenborn – Bauamt", cte="quoted-printable"),
        name="Kerstin Vogelsang", email="bauamt@unterwellenborn.example",
        subject="Anmeldung Gemeinde Unterwellenborn", date=d(6, 9, 20),
        exp=expect("registration", [P("Kerstin Vogelsang", "bauamt@unterwellenborn.example", "Bauamtsleiterin")],
                   "Gemeinde Unterwellenborn", "municipality", M("Unterwellenborn"))))
    c.append(_mk("meiningen-outlook-reply", outlook(
        "Guten Morgen,\n\nich melde mich hiermit verbindlich an. Ich reise mit der Bahn an.\n\nMit freundlichen "
        "Grüßen\nUlrike Zehner\n\nStadt Meiningen\nFachbereich Bauen und Stadtentwicklung\nSchloßplatz 1\n98617 Meiningen\n\n"
        + OUTLOOK_QUOTE_HEAD.format(to="Zehner, Ulrike") + INVITATION),
        name="Zehner, Ulrike", email="ulrike.zehner@meiningen.example",
        subject="AW: " + INVITE_SUBJECT, date=d(6, 8, 2),
        exp=expect("registration", [P("Ulrike Zehner", "ulrike.zehner@meiningen.example", None)],
                   "Stadt Meiningen", "municipality", M("Meiningen"), notes=["Ich reise mit der Bahn an."])))
    c.append(_mk("apolda-two-sentence", thunderbird(
        "Sehr geehrte Damen und Herren,\n\nzur Transferveranstaltung am 20. Mai kommen ich und meine Kollegin "
        "Frau Sabine Weber, sabine.weber@apolda.example, aus der Stadtverwaltung Apolda.\nFür mich bitte vegetarisches "
        "Essen, falls es eine Verpflegung gibt.\n\nMit freundlichen Grüßen\nMichael Trautvetter\nSachgebiet Stadtplanung\n"
        "Stadtverwaltung Apolda"),
        name="Michael Trautvetter", email="michael.trautvetter@apolda.example",
        subject="Anmeldung Apolda", date=d(6, 15, 11),
        exp=expect("registration", [P("Michael Trautvetter", "michael.trautvetter@apolda.example", "Sachgebiet Stadtplanung"),
                                    P("Sabine Weber", "sabine.weber@apolda.example", None)],
                   "Stadtverwaltung Apolda", "municipality", M("Apolda"))))
    c.append(_mk("eisenberg-form", webmail(
        "Anmeldung zur 9. Transferveranstaltung\n\nVorname: Heike\nName: Lindemann\nFunktion: Leiterin Bauamt\n"
        "Kommune: Stadt Eisenberg\nE-Mail: h.lindemann@eisenberg.example\nTelefon: 036691 730\n\nMit freundlichen Grüßen\n"
        "Heike Lindemann", provider="web.de", html_only=False),
        name="Heike Lindemann", email="h.lindemann@eisenberg.example",
        subject="Anmeldung Transferveranstaltung Bad Lobenstein", date=d(7, 10, 40),
        exp=expect("registration", [P("Heike Lindemann", "h.lindemann@eisenberg.example", "Leiterin Bauamt")],
                   "Stadt Eisenberg", "municipality", M("Eisenberg"))))
    c.append(_mk("buero-stadtplanung-gera", plain(
        "Sehr geehrte Damen und Herren,\n\nfür das Büro für Stadtplanung Gera melde ich mich zur Veranstaltung an. "
        "Wir begleiten derzeit die ISEK-Fortschreibung der Stadt Greiz.\n\nBeste Grüße\n\nRobert Fiedler\n"
        "Büro für Stadtplanung Gera\nDe-Smit-Straße 18\n07545 Gera"),
        name="Robert Fiedler", email="fiedler@stadtplanung-gera.example",
        subject="Anmeldung 9. Transferveranstaltung", date=d(7, 11, 3),
        exp=expect("registration", [P("Robert Fiedler", "fiedler@stadtplanung-gera.example", None)],
                   "Büro für Stadtplanung Gera", "planning_office", M("Greiz"))))
    c.append(_mk("ilmenau-qp-outlook", outlook(
        "Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich für die Transferveranstaltung am Dienstag, "
        "20.05.2025 an.\nBitte beachten Sie, dass ich im Rollstuhl sitze – ich bitte um einen barrierefreien Zugang.\n\n"
        "Mit freundlichen Grüßen\n\ni. A. Franziska Baumbach\nStadtentwicklung und Wirtschaftsförderung\n"
        "Stadtverwaltung Ilmenau\nAm Markt 7\n98693 Ilmenau"),
        name="Baumbach, Franziska", email="franziska.baumbach@ilmenau.example",
        subject="Anmeldung", date=d(7, 13, 55),
        exp=expect("registration", [P("Franziska Baumbach", "franziska.baumbach@ilmenau.example",
                                      "Stadtentwicklung und Wirtschaftsförderung")],
                   "Stadtverwaltung Ilmenau", "municipality", M("Ilmenau"))))
    c.append(_mk("altenburg-b64", plain(
        "Sehr geehrte Damen und Herren,\n\nich melde mich zur 9. Transferveranstaltung in Bad Lobenstein an.\n\n"
        "Mit freundlichen Grüßen\nDr. Carsten Uhlig\nFachbereichsleiter Stadtentwicklung\nStadt Altenburg",
        cte="base64"),
        name="Dr. Carsten Uhlig", email="carsten.uhlig@altenburg.example",
        subject="Teilnahme Transferveranstaltung", date=d(7, 16, 22),
        exp=expect("registration", [P("Carsten Uhlig", "carsten.uhlig@altenburg.example", "Fachbereichsleiter Stadtentwicklung")],
                   "Stadt Altenburg", "municipality", M("Altenburg"))))
    c.append(_mk("bad-salzungen-signature", outlook(
        "Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,\n\nich melde mich gern zur Transferveranstaltung an "
        "und komme nur vormittags.\n\nFreundliche Grüße\n\nAndreas Wohlfarth\nSachbearbeiter Städtebauförderung\n"
        "________________________________\nStadt Bad Salzungen\nFachdienst Bauverwaltung\nRatsstraße 2\n36433 Bad Salzungen\n"
        "Tel.: 03695 671-0\nwww.badsalzungen.example"),
        name="Wohlfarth, Andreas", email="a.wohlfarth@badsalzungen.example",
        subject="Anmeldung zur Transferveranstaltung", date=d(8, 8, 30),
        exp=expect("registration", [P("Andreas Wohlfarth", "a.wohlfarth@badsalzungen.example", "Sachbearbeiter Städtebauförderung")],
                   "Stadt Bad Salzungen", "municipality", M("Bad Salzungen"), notes=["komme nur vormittags"])))
    c.append(_mk("planungsbuero-gmbh-weimar", thunderbird(
        "Sehr geehrte Damen und Herren,\n\nwir möchten an der Transferveranstaltung teilnehmen:\n\n"
        "  Frau Dipl.-Ing. Lena Kirchhoff, Projektleiterin\n  Herr Jonas Reinhardt, Stadtplaner M.Sc.\n\n"
        "Wir bearbeiten aktuell das ISEK für die Stadt Bad Frankenhausen.\n\nMit freundlichen Grüßen\nLena Kirchhoff\n\n"
        "-- \nPlanungsbüro Kirchhoff & Partner GmbH\nSteubenstraße 9, 99423 Weimar\nwww.kirchhoff-partner.example"),
        name="Lena Kirchhoff", email="kirchhoff@kirchhoff-partner.example",
        subject="Anmeldung Planungsbüro Kirchhoff & Partner", date=d(8, 9, 47),
        exp=expect("registration", [P("Lena Kirchhoff", "kirchhoff@kirchhoff-partner.example", "Projektleiterin"),
                                    P("Jonas Reinhardt", None, "Stadtplaner M.Sc.")],
                   "Planungsbüro Kirchhoff & Partner GmbH", "planning_office", M("Bad Frankenhausen/Kyffhäuser"))))
    c.append(_mk("vg-seenplatte-member", plain(
        "Sehr geehrte Damen und Herren,\n\nfür die Gemeinde Oettersdorf (VG Seenplatte) melde ich mich zur "
        "Transferveranstaltung am 20. Mai an.\n\nMit freundlichen Grüßen\nGerd Pohlmann\nBürgermeister der Gemeinde "
        "Oettersdorf\nVerwaltungsgemeinschaft Seenplatte"),
        name="Gerd Pohlmann", email="g.pohlmann@vg-seenplatte.example",
        subject="Anmeldung Oettersdorf", date=d(8, 12, 15),
        exp=expect("registration", [P("Gerd Pohlmann", "g.pohlmann@vg-seenplatte.example", "Bürgermeister")],
                   "Gemeinde Oettersdorf", "municipality", M("Oettersdorf"))))
    c.append(_mk("nordhausen-table", (alt(
        text("Sehr geehrte Damen und Herren,\n\nfolgende Mitarbeiterinnen der Stadt Nordhausen nehmen teil:\n\n"
             "Name | Funktion | E-Mail\nSandra Kühnemund | Amtsleiterin Stadtplanung | s.kuehnemund@nordhausen.example\n"
             "Jana Ebeling | Sachbearbeiterin ISEK | j.ebeling@nordhausen.example\n\nMit freundlichen Grüßen\n"
             "Sandra Kühnemund", cte="quoted-printable"),
        html("<html><body><p>Sehr geehrte Damen und Herren,</p><p>folgende Mitarbeiterinnen der Stadt Nordhausen "
             "nehmen teil:</p><table border=\"1\" cellpadding=\"4\"><tr><th>Name</th><th>Funktion</th><th>E-Mail</th></tr>"
             "<tr><td>Sandra K&uuml;hnemund</td><td>Amtsleiterin Stadtplanung</td><td>s.kuehnemund@nordhausen.example</td></tr>"
             "<tr><td>Jana Ebeling</td><td>Sachbearbeiterin ISEK</td><td>j.ebeling@nordhausen.example</td></tr></table>"
             "<p>Mit freundlichen Gr&uuml;&szlig;en<br>Sandra K&uuml;hnemund</p></body></html>", cte="quoted-printable")),
        ["X-Mailer: Microsoft Outlook 16.0"]),
        name="Sandra Kühnemund", email="s.kuehnemund@nordhausen.example",
        subject="Anmeldung Stadt Nordhausen", date=d(8, 14, 9),
        exp=expect("registration", [P("Sandra Kühnemund", "s.kuehnemund@nordhausen.example", "Amtsleiterin Stadtplanung"),
                                    P("Jana Ebeling", "j.ebeling@nordhausen.example", "Sachbearbeiterin ISEK")],
                   "Stadt Nordhausen", "municipality", M("Nordhausen"))))
    return c
