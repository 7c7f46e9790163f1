"""Registrations: the bulk of a real registration inbox, in every shape and wording we have seen."""

from __future__ import annotations

from .common import Case, M, P, d, expect
from .examples import OUTLOOK_QUOTE_HEAD, _mk as mk
from .mailshapes import (INVITATION, INVITE_SUBJECT, addr, alt, attachment, html, iphone, message, msgid,
                         multi, outlook, outlook_html_only, plain, quote, rfc822, simple_html, smime_signed, text, thunderbird, web_html, webmail)

R = "registration"
MUN, PLAN, AUTH, OTH = "municipality", "planning_office", "authority", "other"


def tb_quote(when: str, body: str = INVITATION) -> str:
    return f"\n\nAm {when} schrieb Referat Städtebau TMDI:\n" + quote(body)


def ol_quote(to: str, body: str = INVITATION) -> str:
    return "\n\n" + OUTLOOK_QUOTE_HEAD.format(to=to) + body


def ol_quote_new(to: str, body: str = INVITATION) -> str:
    """Newer Outlook: no dashed line, just the header block after a rule."""
    return ("\n\n________________________________\nVon: Referat Städtebau TMDI <isek-transfer@transferveranstaltung.example>\n"
            f"Gesendet: Dienstag, 29. April 2025 08:15\nAn: {to}\nBetreff: {INVITE_SUBJECT}\n\n" + body)


def cases() -> list[Case]:
    c: list[Case] = []
    add = c.append

    # --- replies quoting the invitation (the venue is Bad Lobenstein; never the sender's town) ---
    add(mk("schmoelln-outlook-quotes-invitation", outlook(
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für die Einladung. Hiermit melde ich mich an.\n\n"
        "Mit freundlichen Grüßen\n\nMaik Rehbein\nBauamt\nStadt Schmölln\nMarkt 1\n04626 Schmölln"
        + ol_quote("Rehbein, Maik")),
        name="Rehbein, Maik", email="m.rehbein@schmoelln.example", subject="AW: " + INVITE_SUBJECT, date=d(29, 9, 3, month=4),
        exp=expect(R, [P("Maik Rehbein", "m.rehbein@schmoelln.example", "Bauamt")], "Stadt Schmölln", MUN, M("Schmölln"))))
    add(mk("remptendorf-thunderbird-quote", thunderbird(
        "Sehr geehrte Damen und Herren,\n\nich nehme gern teil.\n\nMfG\nChristoph Lämmel\n\n-- \nGemeinde Remptendorf\n"
        "Bauverwaltung\nLiebengrüner Straße 2, 07368 Remptendorf" + tb_quote("29.04.2025 um 08:15")),
        name="Christoph Lämmel", email="laemmel@remptendorf.example", subject="Re: " + INVITE_SUBJECT, date=d(30, 14, 2, month=4),
        exp=expect(R, [P("Christoph Lämmel", "laemmel@remptendorf.example")], "Gemeinde Remptendorf", MUN, M("Remptendorf"))))
    add(mk("lucka-outlook-new-quote-only-venue", outlook(
        "Guten Tag,\n\nwir sind dabei: Frau Antje Rauschenbach und Herr Olaf Kunath.\n\nGruß\nAntje Rauschenbach\n"
        "Stadt Lucka | Bau- und Ordnungsamt" + ol_quote_new("Rauschenbach, Antje")),
        name="Rauschenbach, Antje", email="a.rauschenbach@stadt-lucka.example", subject="AW: " + INVITE_SUBJECT, date=d(2, 7, 44),
        exp=expect(R, [P("Antje Rauschenbach", "a.rauschenbach@stadt-lucka.example"), P("Olaf Kunath", None)],
                   "Stadt Lucka", MUN, M("Lucka"))))
    add(mk("bad-lobenstein-itself", outlook(
        "Sehr geehrte Damen und Herren,\n\nals gastgebende Stadt freuen wir uns auf die Veranstaltung. Für die "
        "Stadtverwaltung Bad Lobenstein nehmen Herr Rainer Schubarth (Bauamtsleiter) und ich teil.\n\n"
        "Mit freundlichen Grüßen\nDoreen Gebhardt\nHauptamt\nStadtverwaltung Bad Lobenstein\nGraben 18\n07356 Bad Lobenstein"),
        name="Gebhardt, Doreen", email="d.gebhardt@bad-lobenstein.example", subject="Anmeldung Stadt Bad Lobenstein", date=d(5, 10, 20),
        exp=expect(R, [P("Rainer Schubarth", None, "Bauamtsleiter"), P("Doreen Gebhardt", "d.gebhardt@bad-lobenstein.example", "Hauptamt")],
                   "Stadtverwaltung Bad Lobenstein", MUN, M("Bad Lobenstein"))))
    add(mk("triptis-train-mentions-venue", thunderbird(
        "Hallo,\n\nhiermit melde ich mich zur Transferveranstaltung an. Ich komme mit dem Zug und bin gegen 9:15 Uhr "
        "am Bahnhof Bad Lobenstein.\n\nViele Grüße\nNadine Ströhla\nStadt Triptis, Bauamt"),
        name="Nadine Ströhla", email="stroehla@triptis.example", subject="Anmeldung", date=d(6, 11, 9),
        exp=expect(R, [P("Nadine Ströhla", "stroehla@triptis.example")], "Stadt Triptis", MUN, M("Triptis"),
                   notes=["Ich komme mit dem Zug und bin gegen 9:15 Uhr am Bahnhof Bad Lobenstein."])))
    add(mk("gefell-short-reply-quote", iphone(
        "Ich melde mich an. Uwe Hartenstein, Stadt Gefell" + "\n\n> Am 29.04.2025 um 08:15 schrieb Referat Städtebau TMDI "
        "<isek-transfer@transferveranstaltung.example>:\n>\n" + quote(INVITATION)),
        name="Uwe Hartenstein", email="u.hartenstein@gefell.example", subject="AW: Einladung 9. Transferveranstaltung", date=d(29, 21, 3, month=4),
        exp=expect(R, [P("Uwe Hartenstein", "u.hartenstein@gefell.example")], "Stadt Gefell", MUN, M("Gefell"))))

    # --- spelling: caps, ae/oe/ue, typos, short forms of official names ---
    add(mk("greiz-all-caps-iphone", iphone("HIERMIT MELDE ICH MICH VERBINDLICH AN.\nKAI SCHNEIDENBACH\nSTADTVERWALTUNG GREIZ\nBAUAMT"),
        name="Kai Schneidenbach", email="kai.schneidenbach@greiz.example", subject="ANMELDUNG", date=d(2, 18, 30),
        exp=expect(R, [P("Kai Schneidenbach", "kai.schneidenbach@greiz.example")], "Stadtverwaltung Greiz", MUN, M("Greiz"))))
    add(mk("koelleda-ascii-umlauts", plain(
        "Sehr geehrte Damen und Herren,\n\nich moechte mich fuer die Transferveranstaltung anmelden.\n\nMit freundlichen Gruessen\n"
        "Joerg Moessner\nStadt Koelleda\nSachgebiet Bauleitplanung", charset="us-ascii", cte="7bit"),
        name="Joerg Moessner", email="j.moessner@koelleda.example", subject="Anmeldung Transferveranstaltung", date=d(3, 9, 55),
        exp=expect(R, [P("Joerg Moessner", "j.moessner@koelleda.example")], "Stadt Kölleda", MUN, M("Kölleda"))))
    add(mk("muehlhausen-ascii", plain(
        "Guten Tag,\nbitte melden Sie mich (Dana Griesbach, Stadtplanungsamt Muehlhausen) fuer den 20.05. an.\nDanke!\nD. Griesbach",
        charset="us-ascii", cte="7bit"),
        name="Dana Griesbach", email="dana.griesbach@muehlhausen.example", subject="Anmeldung 20.05.", date=d(5, 13, 37),
        exp=expect(R, [P("Dana Griesbach", "dana.griesbach@muehlhausen.example")], "Stadtplanungsamt Mühlhausen", MUN,
                   M("Mühlhausen/Thüringen"))))
    add(mk("muehlhausen-short-name", outlook(
        "Sehr geehrte Damen und Herren,\n\ndie Stadt Mühlhausen meldet zur Transferveranstaltung an:\n\n"
        "Herrn Bernd Wohlgemuth, Amtsleiter Stadtentwicklung\nFrau Ramona Eichler, Sanierungsgebiete\n\n"
        "Freundliche Grüße\ni. A. Ramona Eichler"),
        name="Eichler, Ramona", email="r.eichler@muehlhausen-thueringen.example", subject="Anmeldung Stadt Mühlhausen", date=d(6, 8, 55),
        exp=expect(R, [P("Bernd Wohlgemuth", None, "Amtsleiter Stadtentwicklung"),
                       P("Ramona Eichler", "r.eichler@muehlhausen-thueringen.example", "Sanierungsgebiete")],
                   "Stadt Mühlhausen", MUN, M("Mühlhausen/Thüringen"))))
    add(mk("saalfeld-typo", webmail(
        "Sehr geehrte Damen und Herren,\nhiermit melde ich mich zur 9. Transferveranstaltung an.\nMit freundlichen Grüßen\n"
        "Torsten Bachmann\nStadtverwaltung Saalfed\nFachbereich Bau", provider="T-Online"),
        name="Torsten Bachmann", email="t.bachmann@t-online.example", subject="Anmeldung", date=d(2, 15, 12),
        exp=expect(R, [P("Torsten Bachmann", "t.bachmann@t-online.example")], "Stadtverwaltung Saalfeld/Saale", MUN,
                   M("Saalfeld/Saale"))))
    add(mk("rudolstadt-typo", plain(
        "Hallo zusammen,\n\nich würde gerne an der Veranstaltung teilnehmen.\n\nGruß\nMandy Köhler\nStadt Rudolstad - Bauverwaltung"),
        name="Mandy Köhler", email="mandy.koehler@gmx.example", subject="Teilnahme", date=d(3, 10, 1),
        exp=expect(R, [P("Mandy Köhler", "mandy.koehler@gmx.example")], "Stadt Rudolstadt", MUN, M("Rudolstadt"))))
    add(mk("heiligenstadt-short", thunderbird(
        "Sehr geehrte Damen und Herren,\n\nfür die Stadt Heiligenstadt melde ich mich an.\n\nMit besten Grüßen\n"
        "Matthias Fromm\nStadtbauamt Heiligenstadt"),
        name="Matthias Fromm", email="fromm@heiligenstadt-eic.example", subject="Anmeldung", date=d(5, 9, 30),
        exp=expect(R, [P("Matthias Fromm", "fromm@heiligenstadt-eic.example")], "Stadt Heilbad Heiligenstadt", MUN,
                   M("Heilbad Heiligenstadt"))))
    add(mk("frankenhausen-short", outlook(
        "Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich zur Transferveranstaltung an.\n\nMit freundlichen Grüßen\n\n"
        "Yvonne Kretschmer\nSachbearbeiterin Bauverwaltung\nStadt Bad Frankenhausen\nMarkt 1\n06567 Bad Frankenhausen"),
        name="Kretschmer, Yvonne", email="y.kretschmer@bad-frankenhausen.example", subject="Anmeldung", date=d(7, 9, 5),
        exp=expect(R, [P("Yvonne Kretschmer", "y.kretschmer@bad-frankenhausen.example", "Sachbearbeiterin Bauverwaltung")],
                   "Stadt Bad Frankenhausen", MUN, M("Bad Frankenhausen/Kyffhäuser"))))
    add(mk("neustadt-orla-slash", plain(
        "Sehr geehrte Damen und Herren,\nich melde mich für Neustadt/Orla an.\nMfG René Scheffel, Stadtbauamt"),
        name="René Scheffel", email="r.scheffel@neustadt-orla.example", subject="Transferveranstaltung – Anmeldung", date=d(6, 16, 45),
        exp=expect(R, [P("René Scheffel", "r.scheffel@neustadt-orla.example", "Stadtbauamt")], "Stadt Neustadt an der Orla", MUN,
                   M("Neustadt an der Orla"))))
    add(mk("leinefelde-no-hyphen", webmail(
        "Guten Tag,\n\nich melde mich an:\nCornelia Hunold\nStadt Leinefelde Worbis\nAmt für Stadtentwicklung\n\nVielen Dank",
        provider="GMX", html_only=False),
        name="Cornelia Hunold", email="c.hunold@leinefelde-worbis.example", subject="Anmeldung ISEK-Veranstaltung", date=d(2, 11, 11),
        exp=expect(R, [P("Cornelia Hunold", "c.hunold@leinefelde-worbis.example")], "Stadt Leinefelde-Worbis", MUN,
                   M("Leinefelde-Worbis"))))
    add(mk("tambach-short", plain(
        "Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich, Marco Siebert, Bürgermeister der Stadt Tambach-Dietharz, "
        "zur Transferveranstaltung an.\n\nMit freundlichen Grüßen\nMarco Siebert"),
        name="Marco Siebert", email="buergermeister@tambach-dietharz.example", subject="Anmeldung", date=d(5, 17, 2),
        exp=expect(R, [P("Marco Siebert", "buergermeister@tambach-dietharz.example", "Bürgermeister")], "Stadt Tambach-Dietharz",
                   MUN, M("Tambach-Dietharz/Thür. Wald"))))
    add(mk("st-gangloff-spaced", plain(
        "Sehr geehrte Damen und Herren,\n\nauch die Gemeinde St. Gangloff möchte teilnehmen. Es kommt unser Bürgermeister "
        "Herr Lutz Wendland.\n\nMit freundlichen Grüßen\nim Auftrag\nPetra Haupt\nVerwaltungsgemeinschaft Hermsdorf"),
        name="Petra Haupt", email="p.haupt@vg-hermsdorf.example", subject="Anmeldung Gemeinde St. Gangloff", date=d(6, 10, 10),
        exp=expect(R, [P("Lutz Wendland", None, "Bürgermeister")], "Gemeinde St. Gangloff", MUN, M("St.Gangloff"))))
    add(mk("berka-hainich-full", outlook(
        "Guten Tag,\n\nfür die Gemeinde Berka vor dem Hainich melde ich mich zur Transferveranstaltung an.\n\n"
        "Mit freundlichen Grüßen\nSteffen Oberthür\nBürgermeister"),
        name="Steffen Oberthür", email="steffen.oberthuer@berka-hainich.example", subject="Anmeldung", date=d(6, 19, 30),
        exp=expect(R, [P("Steffen Oberthür", "steffen.oberthuer@berka-hainich.example", "Bürgermeister")],
                   "Gemeinde Berka vor dem Hainich", MUN, M("Berka v. d. Hainich"))))
    add(mk("breitungen-short", thunderbird(
        "Guten Tag,\n\nwir melden uns aus Breitungen an: Carola Bischoff (Bauamt) und Holger Späth (Kämmerei, "
        "h.spaeth@breitungen.example).\n\nViele Grüße\nCarola Bischoff\nGemeinde Breitungen/Werra"),
        name="Carola Bischoff", email="c.bischoff@breitungen.example", subject="Anmeldung Breitungen", date=d(7, 8, 12),
        exp=expect(R, [P("Carola Bischoff", "c.bischoff@breitungen.example", "Bauamt"),
                       P("Holger Späth", "h.spaeth@breitungen.example", "Kämmerei")], "Gemeinde Breitungen/Werra", MUN,
                   M("Breitungen/Werra"))))
    add(mk("heringen-helme-short", plain(
        "Hallo,\nich bin Stadtratsmitglied in Heringen und möchte gern teilnehmen.\nGruß Annett Wiegleb", cte="quoted-printable"),
        name="Annett Wiegleb", email="annett.wiegleb@web.example", subject="Teilnahme am 20. Mai", date=d(4, 20, 41),
        exp=expect(R, [P("Annett Wiegleb", "annett.wiegleb@web.example", "Stadtratsmitglied")], "Stadt Heringen/Helme", MUN,
                   M("Heringen/Helme"))))

    # --- same name twice in Thüringen: district or VG decides ---
    add(mk("lehesten-stadt", plain(
        "Sehr geehrte Damen und Herren,\n\ndie Stadt Lehesten (Landkreis Saalfeld-Rudolstadt) meldet Frau Simone Bräutigam, "
        "Hauptamtsleiterin, an.\n\nMit freundlichen Grüßen\nSimone Bräutigam"),
        name="Simone Bräutigam", email="braeutigam@lehesten-schiefer.example", subject="Anmeldung", date=d(5, 11, 0),
        exp=expect(R, [P("Simone Bräutigam", "braeutigam@lehesten-schiefer.example", "Hauptamtsleiterin")], "Stadt Lehesten", MUN,
                   M("Lehesten", "Saalfeld-Rudolstadt"))))
    add(mk("lehesten-gemeinde-shk", outlook(
        "Sehr geehrte Damen und Herren,\n\nich melde mich als Bürgermeister der Gemeinde Lehesten zur Transferveranstaltung an.\n\n"
        "Mit freundlichen Grüßen\nFrank Täubert\nGemeinde Lehesten\nVerwaltungsgemeinschaft Dornburg-Camburg\nSaale-Holzland-Kreis"),
        name="Täubert, Frank", email="gemeinde-lehesten@vg-dornburg-camburg.example", subject="Anmeldung", date=d(6, 18, 22),
        exp=expect(R, [P("Frank Täubert", "gemeinde-lehesten@vg-dornburg-camburg.example", "Bürgermeister")], "Gemeinde Lehesten",
                   MUN, M("Lehesten", "Saale-Holzland-Kreis"))))
    add(mk("elxleben-ilmkreis", plain(
        "Sehr geehrte Damen und Herren,\n\nhiermit meldet sich die Gemeinde Elxleben (VG Riechheimer Berg, Ilm-Kreis) an: "
        "Frau Gudrun Seifarth, Bürgermeisterin.\n\nMit freundlichen Grüßen\nVG Riechheimer Berg\nim Auftrag Lars Pfannschmidt"),
        name="Lars Pfannschmidt", email="pfannschmidt@riechheimer-berg.example", subject="Anmeldung Gemeinde Elxleben", date=d(7, 10, 2),
        exp=expect(R, [P("Gudrun Seifarth", None, "Bürgermeisterin")], "Gemeinde Elxleben", MUN, M("Elxleben", "Ilm-Kreis"))))
    add(mk("elxleben-soemmerda", outlook(
        "Guten Tag,\n\nich melde mich zur Veranstaltung am 20.05.2025 an.\n\nMit freundlichen Grüßen\n\nJulia Reinboth\n"
        "Bauverwaltung\nGemeinde Elxleben – erfüllende Gemeinde für Witterda\nLandkreis Sömmerda"),
        name="Reinboth, Julia", email="j.reinboth@elxleben-gemeinde.example", subject="Anmeldung", date=d(8, 9, 51),
        exp=expect(R, [P("Julia Reinboth", "j.reinboth@elxleben-gemeinde.example", "Bauverwaltung")], "Gemeinde Elxleben", MUN,
                   M("Elxleben", "Sömmerda"))))
    add(mk("eichenberg-hildburghausen", plain(
        "Sehr geehrte Damen und Herren,\nfür die Gemeinde Eichenberg im Landkreis Hildburghausen nehme ich teil.\n"
        "Mit freundlichen Grüßen\nHarald Ritz, Bürgermeister"),
        name="Harald Ritz", email="ritz@vg-feldstein.example", subject="Anmeldung Eichenberg", date=d(3, 8, 8),
        exp=expect(R, [P("Harald Ritz", "ritz@vg-feldstein.example", "Bürgermeister")], "Gemeinde Eichenberg", MUN,
                   M("Eichenberg", "Hildburghausen"))))
    add(mk("eichenberg-saaletal", thunderbird(
        "Guten Tag,\n\nich melde mich an.\n\nViele Grüße\nKatja Nöller\n\n-- \nGemeinde Eichenberg\n"
        "c/o Verwaltungsgemeinschaft Südliches Saaletal\n07768 Kahla"),
        name="Katja Nöller", email="k.noeller@suedliches-saaletal.example", subject="Anmeldung Transferveranstaltung", date=d(4, 9, 19),
        exp=expect(R, [P("Katja Nöller", "k.noeller@suedliches-saaletal.example")], "Gemeinde Eichenberg", MUN,
                   M("Eichenberg", "Saale-Holzland-Kreis"))))

    # --- Verwaltungsgemeinschaften: organisation, not municipality, unless a member is named ---
    add(mk("vg-hanstein-rusteberg", outlook(
        "Sehr geehrte Damen und Herren,\n\nfür die Verwaltungsgemeinschaft Hanstein-Rusteberg melde ich mich zur "
        "Transferveranstaltung an.\n\nMit freundlichen Grüßen\n\nStefanie Hebestreit\nBauamt\nVerwaltungsgemeinschaft "
        "Hanstein-Rusteberg\nMarkt 1\n37318 Arenshausen"),
        name="Hebestreit, Stefanie", email="s.hebestreit@vg-hanstein-rusteberg.example", subject="Anmeldung", date=d(5, 8, 40),
        exp=expect(R, [P("Stefanie Hebestreit", "s.hebestreit@vg-hanstein-rusteberg.example", "Bauamt")],
                   "Verwaltungsgemeinschaft Hanstein-Rusteberg", MUN, None)))
    add(mk("vg-hohe-rhoen-two", thunderbird(
        "Sehr geehrte Damen und Herren,\n\nvon der VG Hohe Rhön kommen zwei Personen:\n- Sven Abe, Gemeinschaftsvorsitzender\n"
        "- Martina Rützel, Bauamt (m.ruetzel@vg-hohe-rhoen.example)\n\nMfG\nSven Abe"),
        name="Sven Abe", email="s.abe@vg-hohe-rhoen.example", subject="Anmeldung VG Hohe Rhön", date=d(6, 12, 12),
        exp=expect(R, [P("Sven Abe", "s.abe@vg-hohe-rhoen.example", "Gemeinschaftsvorsitzender"),
                       P("Martina Rützel", "m.ruetzel@vg-hohe-rhoen.example", "Bauamt")],
                   "Verwaltungsgemeinschaft Hohe Rhön", MUN, None)))
    add(mk("vg-schwarzatal", plain(
        "Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich für die Verwaltungsgemeinschaft Schwarzatal an.\n\n"
        "Freundliche Grüße\nDirk Luthardt\nVG Schwarzatal, Bauverwaltung"),
        name="Dirk Luthardt", email="d.luthardt@vg-schwarzatal.example", subject="Anmeldung", date=d(7, 14, 14),
        exp=expect(R, [P("Dirk Luthardt", "d.luthardt@vg-schwarzatal.example", "Bauverwaltung")],
                   "Verwaltungsgemeinschaft Schwarzatal", MUN, None)))
    add(mk("stadt-schwarzatal", outlook(
        "Sehr geehrte Damen und Herren,\n\ndie Stadt Schwarzatal nimmt mit einer Person teil: Frau Elke Morgenroth, "
        "Sachgebiet Stadtentwicklung.\n\nMit freundlichen Grüßen\nElke Morgenroth"),
        name="Morgenroth, Elke", email="e.morgenroth@stadt-schwarzatal.example", subject="Anmeldung Stadt Schwarzatal", date=d(2, 9, 9),
        exp=expect(R, [P("Elke Morgenroth", "e.morgenroth@stadt-schwarzatal.example", "Sachgebiet Stadtentwicklung")],
                   "Stadt Schwarzatal", MUN, M("Schwarzatal"))))
    add(mk("vg-saaletal-member-reinstaedt", plain(
        "Guten Tag,\n\nich bin in der VG Südliches Saaletal für die Gemeinde Reinstädt zuständig, die gerade ein "
        "Dorfentwicklungskonzept erarbeitet, und möchte gern an der Veranstaltung teilnehmen.\n\nGrüße\nTino Wagenknecht"),
        name="Tino Wagenknecht", email="t.wagenknecht@suedliches-saaletal.example", subject="Anmeldung", date=d(8, 13, 13),
        exp=expect(R, [P("Tino Wagenknecht", "t.wagenknecht@suedliches-saaletal.example")], "Gemeinde Reinstädt", MUN,
                   M("Reinstädt"))))
    add(mk("vg-heldburg-member", outlook(
        "Sehr geehrte Damen und Herren,\n\nfür die Stadt Ummerstadt (Verwaltungsgemeinschaft Heldburger Unterland) melde ich "
        "unsere Bürgermeisterin Frau Bettina Kessler an.\n\nMit freundlichen Grüßen\nSusann Geyer\nVG Heldburger Unterland"),
        name="Geyer, Susann", email="geyer@heldburger-unterland.example", subject="Anmeldung Ummerstadt", date=d(5, 15, 15),
        exp=expect(R, [P("Bettina Kessler", None, "Bürgermeisterin")], "Stadt Ummerstadt", MUN, M("Ummerstadt"))))

    # --- authorities and others: no municipality ---
    add(mk("landratsamt-greiz-two", outlook(
        "Sehr geehrte Damen und Herren,\n\nvom Landratsamt Greiz nehmen teil:\n\n1. Herr Dipl.-Ing. Volker Pabst, "
        "Fachdienstleiter Bauordnung\n2. Frau Jacqueline Rödel, Kreisplanung, jacqueline.roedel@landkreis-greiz.example\n\n"
        "Mit freundlichen Grüßen\nVolker Pabst"),
        name="Pabst, Volker", email="volker.pabst@landkreis-greiz.example", subject="Anmeldung LRA Greiz", date=d(2, 12, 58),
        exp=expect(R, [P("Volker Pabst", "volker.pabst@landkreis-greiz.example", "Fachdienstleiter Bauordnung"),
                       P("Jacqueline Rödel", "jacqueline.roedel@landkreis-greiz.example", "Kreisplanung")],
                   "Landratsamt Greiz", AUTH, None)))
    add(mk("landratsamt-wartburgkreis", smime_signed_outlook(
        "Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich zur 9. Transferveranstaltung an.\n\nMit freundlichen Grüßen\n"
        "Im Auftrag\n\nKonstanze Rommel\nRegionalentwicklung\nLandratsamt Wartburgkreis\nErzberger Allee 14\n36433 Bad Salzungen"),
        name="Rommel, Konstanze", email="konstanze.rommel@wartburgkreis.example", subject="Anmeldung Transferveranstaltung", date=d(6, 7, 30),
        exp=expect(R, [P("Konstanze Rommel", "konstanze.rommel@wartburgkreis.example", "Regionalentwicklung")],
                   "Landratsamt Wartburgkreis", AUTH, None)))
    add(mk("landesverwaltungsamt", plain(
        "Sehr geehrte Kolleginnen und Kollegen,\n\nfür die Bewilligungsstelle im Thüringer Landesverwaltungsamt, Referat "
        "Städtebauförderung, melden sich Herr Rüdiger Blaschke und Frau Ivonne Knabe an.\n\nMit freundlichen Grüßen\n"
        "Rüdiger Blaschke\nThüringer Landesverwaltungsamt\nWeimarplatz 4\n99423 Weimar"),
        name="Rüdiger Blaschke", email="ruediger.blaschke@tlvwa.example", subject="Anmeldung Bewilligungsstelle", date=d(2, 8, 0),
        exp=expect(R, [P("Rüdiger Blaschke", "ruediger.blaschke@tlvwa.example"), P("Ivonne Knabe", None)],
                   "Thüringer Landesverwaltungsamt", AUTH, None)))
    add(mk("regionale-planungsgemeinschaft", thunderbird(
        "Guten Tag,\n\nich melde mich für die Regionale Planungsgemeinschaft Ostthüringen an.\n\nBeste Grüße\nAxel Grimmer\n\n"
        "-- \nRegionale Planungsgemeinschaft Ostthüringen\nPlanungsstelle\nPuschkinplatz 7, 07545 Gera"),
        name="Axel Grimmer", email="grimmer@rpg-ostthueringen.example", subject="Anmeldung", date=d(7, 11, 31),
        exp=expect(R, [P("Axel Grimmer", "grimmer@rpg-ostthueringen.example")], "Regionale Planungsgemeinschaft Ostthüringen",
                   AUTH, None)))
    add(mk("university-weimar", plain(
        "Dear organisers,\n\nI would like to register for the transfer event on 20 May. I am a researcher at the "
        "Bauhaus-Universität Weimar working on integrated urban development concepts in small towns.\n\n"
        "Kind regards,\nDr. Elena Marković\nBauhaus-Universität Weimar, Institute for European Urban Studies"),
        name="Elena Marković", email="elena.markovic@uni-weimar.example", subject="Registration transfer event 20 May", date=d(4, 16, 4),
        exp=expect(R, [P("Elena Marković", "elena.markovic@uni-weimar.example")], "Bauhaus-Universität Weimar", OTH, None,
                   language="en")))
    add(mk("sanierungstraeger-hildburghausen", outlook(
        "Sehr geehrte Damen und Herren,\n\nals Sanierungsträger der Stadt Hildburghausen möchten wir an der "
        "Transferveranstaltung teilnehmen. Es kommen:\n\nHerr Norbert Hallbauer, Projektleiter\nFrau Evelyn Kästner, "
        "Projektassistenz\n\nMit freundlichen Grüßen\n\nNorbert Hallbauer\nDSK Stadtentwicklung Thüringen GmbH\nErfurt"),
        name="Hallbauer, Norbert", email="norbert.hallbauer@dsk-thueringen.example", subject="Anmeldung", date=d(5, 14, 2),
        exp=expect(R, [P("Norbert Hallbauer", "norbert.hallbauer@dsk-thueringen.example", "Projektleiter"),
                       P("Evelyn Kästner", None, "Projektassistenz")], "DSK Stadtentwicklung Thüringen GmbH", PLAN,
                   M("Hildburghausen"))))

    # --- planning offices: municipality is the client's, if named ---
    add(mk("planungsbuero-no-client-erfurt", plain(
        "Sehr geehrte Damen und Herren,\n\nwir melden uns mit zwei Personen an: Dr.-Ing. Wolfram Beier und "
        "Dipl.-Ing. Anja Thiele (thiele@voigt-stadtplanung.example).\n\nMit freundlichen Grüßen\nWolfram Beier\n"
        "Büro für Stadtplanung Dr. Voigt\nJuri-Gagarin-Ring 90\n99084 Erfurt"),
        name="Wolfram Beier", email="beier@voigt-stadtplanung.example", subject="Anmeldung Büro Dr. Voigt", date=d(2, 16, 0),
        exp=expect(R, [P("Wolfram Beier", "beier@voigt-stadtplanung.example"), P("Anja Thiele", "thiele@voigt-stadtplanung.example")],
                   "Büro für Stadtplanung Dr. Voigt", PLAN, None)))
    add(mk("planungsbuero-client-gotha", outlook(
        "Sehr geehrte Damen und Herren,\n\nim Auftrag der Stadt Gotha erarbeiten wir derzeit die ISEK-Fortschreibung. "
        "Ich melde mich daher gern zur Transferveranstaltung an.\n\nMit freundlichen Grüßen\n\nSebastian Marx\n"
        "Stadtplaner\nPlanungsbüro Marx & Wendt GmbH\nLeipzig"),
        name="Marx, Sebastian", email="marx@marx-wendt.example", subject="Anmeldung", date=d(3, 11, 40),
        exp=expect(R, [P("Sebastian Marx", "marx@marx-wendt.example", "Stadtplaner")], "Planungsbüro Marx & Wendt GmbH", PLAN,
                   M("Gotha"))))
    add(mk("partgmbb-drei-gleichen", thunderbird(
        "Sehr geehrte Damen und Herren,\n\nfür unser Büro nehmen Frau Lisa Otto und ich teil. Wir betreuen das IGEK der "
        "Landgemeinde Drei Gleichen.\n\nMit freundlichen Grüßen\nHenrik Sauerbrey\n\n-- \nSauerbrey Otto Architekten und "
        "Stadtplaner PartGmbB\nAnger 52, 99084 Erfurt\nwww.sauerbrey-otto.example"),
        name="Henrik Sauerbrey", email="hs@sauerbrey-otto.example", subject="Anmeldung Transferveranstaltung", date=d(4, 10, 50),
        exp=expect(R, [P("Lisa Otto", None), P("Henrik Sauerbrey", "hs@sauerbrey-otto.example")],
                   "Sauerbrey Otto Architekten und Stadtplaner PartGmbB", PLAN, M("Drei Gleichen"))))
    add(mk("planungsbuero-registers-colleagues", outlook(
        "Sehr geehrte Damen und Herren,\n\nich selbst bin am 20. Mai leider verhindert, möchte aber zwei Mitarbeiter "
        "unseres Büros anmelden:\n\n- Herr Philipp Anschütz, philipp.anschuetz@stadtraum-plan.example\n"
        "- Frau Mareike Jentzsch, mareike.jentzsch@stadtraum-plan.example\n\nBeide arbeiten am ISEK der Stadt Sömmerda.\n\n"
        "Mit freundlichen Grüßen\nUlrich Brandenstein\nGeschäftsführer\nStadtRaum Planungsgesellschaft mbH"),
        name="Brandenstein, Ulrich", email="u.brandenstein@stadtraum-plan.example", subject="Anmeldung zwei Mitarbeiter", date=d(5, 12, 5),
        exp=expect(R, [P("Philipp Anschütz", "philipp.anschuetz@stadtraum-plan.example"),
                       P("Mareike Jentzsch", "mareike.jentzsch@stadtraum-plan.example")],
                   "StadtRaum Planungsgesellschaft mbH", PLAN, M("Sömmerda"))))
    add(mk("planungsbuero-two-clients-none-chosen", plain(
        "Hallo,\n\nbitte melden Sie mich für die Veranstaltung an. Wir arbeiten gerade an mehreren ISEKs in Ostthüringen.\n\n"
        "Gruß\nKarolin Wehner\nBüro für Städtebau und Regionalplanung Wehner\nJena"),
        name="Karolin Wehner", email="wehner@staedtebau-wehner.example", subject="Anmeldung", date=d(7, 17, 40),
        exp=expect(R, [P("Karolin Wehner", "wehner@staedtebau-wehner.example")],
                   "Büro für Städtebau und Regionalplanung Wehner", PLAN, None)))

    # --- someone else registers; lists and tables ---
    add(mk("sekretariat-registers-mayor", outlook(
        "Sehr geehrte Damen und Herren,\n\nim Auftrag von Herrn Bürgermeister Heinz Kirchner melde ich diesen zur "
        "Transferveranstaltung am 20.05.2025 an.\n\nMit freundlichen Grüßen\n\nBianca Lorenz\nSekretariat des Bürgermeisters\n"
        "Stadt Weida"),
        name="Lorenz, Bianca", email="sekretariat@stadt-weida.example", subject="Anmeldung Bürgermeister Kirchner", date=d(2, 10, 30),
        exp=expect(R, [P("Heinz Kirchner", None, "Bürgermeister")], "Stadt Weida", MUN, M("Weida"))))
    add(mk("colleague-only-with-email", thunderbird(
        "Guten Tag,\n\nich melde hiermit unseren Bauamtsleiter Herrn Dr. Klaus-Dieter Oswald an "
        "(k.oswald@stadtroda.example). Ich selbst nehme nicht teil.\n\nFreundliche Grüße\nMonique Pfeiffer\n"
        "Stadtverwaltung Stadtroda"),
        name="Monique Pfeiffer", email="m.pfeiffer@stadtroda.example", subject="Anmeldung Herr Dr. Oswald", date=d(6, 9, 44),
        exp=expect(R, [P("Klaus-Dieter Oswald", "k.oswald@stadtroda.example", "Bauamtsleiter")], "Stadtverwaltung Stadtroda",
                   MUN, M("Stadtroda"))))
    add(mk("numbered-three-titles", plain(
        "Sehr geehrte Damen und Herren,\n\nfür die Stadt Arnstadt melden wir folgende Personen an:\n\n"
        "1. Herr Prof. Dr. Matthias Lüttich, Beigeordneter\n2. Frau Dipl.-Ing. (FH) Gesine Wald, Leiterin Stadtplanung\n"
        "3. Herr Benjamin Klotz, Klimaanpassungsmanager\n\nMit freundlichen Grüßen\nGesine Wald"),
        name="Gesine Wald", email="g.wald@arnstadt.example", subject="Anmeldung Stadt Arnstadt (3 Personen)", date=d(3, 13, 3),
        exp=expect(R, [P("Matthias Lüttich", None, "Beigeordneter"), P("Gesine Wald", "g.wald@arnstadt.example", "Leiterin Stadtplanung"),
                       P("Benjamin Klotz", None, "Klimaanpassungsmanager")], "Stadt Arnstadt", MUN, M("Arnstadt"))))
    add(mk("outlook-table-three", outlook_html_only(
        "Sehr geehrte Damen und Herren,\n\nanbei unsere Anmeldung:\n", html_extra=(
            "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>"
            "<tr><td><p class=MsoNormal><b>Name<o:p></o:p></b></p></td><td><p class=MsoNormal><b>Funktion<o:p></o:p></b></p></td>"
            "<td><p class=MsoNormal><b>E-Mail<o:p></o:p></b></p></td></tr>"
            "<tr><td><p class=MsoNormal>Ingrid Schwalbe<o:p></o:p></p></td><td><p class=MsoNormal>B&uuml;rgermeisterin<o:p></o:p></p></td>"
            "<td><p class=MsoNormal><a href=\"mailto:i.schwalbe@stadt-ruhla.example\">i.schwalbe@stadt-ruhla.example</a><o:p></o:p></p></td></tr>"
            "<tr><td><p class=MsoNormal>Frank Zitzmann<o:p></o:p></p></td><td><p class=MsoNormal>Bauamtsleiter<o:p></o:p></p></td>"
            "<td><p class=MsoNormal><a href=\"mailto:f.zitzmann@stadt-ruhla.example\">f.zitzmann@stadt-ruhla.example</a><o:p></o:p></p></td></tr>"
            "<tr><td><p class=MsoNormal>Lea Hoßfeld<o:p></o:p></p></td><td><p class=MsoNormal>Azubi Verwaltung<o:p></o:p></p></td>"
            "<td><p class=MsoNormal>&nbsp;<o:p></o:p></p></td></tr></table>"
            "<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Mit freundlichen Gr&uuml;&szlig;en<o:p></o:p></p>"
            "<p class=MsoNormal>Frank Zitzmann<o:p></o:p></p><p class=MsoNormal>Stadt Ruhla &#8211; Bauamt<o:p></o:p></p>")),
        name="Zitzmann, Frank", email="f.zitzmann@stadt-ruhla.example", subject="Anmeldung Stadt Ruhla", date=d(6, 14, 50),
        exp=expect(R, [P("Ingrid Schwalbe", "i.schwalbe@stadt-ruhla.example", "Bürgermeisterin"),
                       P("Frank Zitzmann", "f.zitzmann@stadt-ruhla.example", "Bauamtsleiter"),
                       P("Lea Hoßfeld", None, "Azubi Verwaltung")], "Stadt Ruhla", MUN, M("Ruhla"))))
    add(mk("form-surname-first", plain(
        "Anmeldung 9. Transferveranstaltung\n\nName, Vorname: Schumann, Karl-Heinz\nDienststelle: Gemeinde Schleusegrund\n"
        "Funktion: Bürgermeister\nE-Mail: buergermeister@schleusegrund.example\nTelefon: 036874 380\n"),
        name=None, email="buergermeister@schleusegrund.example", subject="Anmeldeformular", date=d(3, 7, 7),
        exp=expect(R, [P("Karl-Heinz Schumann", "buergermeister@schleusegrund.example", "Bürgermeister")], "Gemeinde Schleusegrund",
                   MUN, M("Schleusegrund"))))
    add(mk("form-two-persons", webmail(
        "Anmeldung\n\nTeilnehmer 1\nVorname: Diana\nNachname: Reuter\nFunktion: Amtsleiterin\nE-Mail: d.reuter@stadt-schmalkalden.example\n\n"
        "Teilnehmer 2\nVorname: Kevin\nNachname: Möller\nFunktion: Sachbearbeiter Stadtsanierung\n"
        "E-Mail: k.moeller@stadt-schmalkalden.example\n\nKommune: Stadt Schmalkalden", provider="web.de"),
        name="Diana Reuter", email="d.reuter@stadt-schmalkalden.example", subject="Anmeldung Schmalkalden", date=d(5, 10, 10),
        exp=expect(R, [P("Diana Reuter", "d.reuter@stadt-schmalkalden.example", "Amtsleiterin"),
                       P("Kevin Möller", "k.moeller@stadt-schmalkalden.example", "Sachbearbeiter Stadtsanierung")],
                   "Stadt Schmalkalden", MUN, M("Schmalkalden"))))
    add(mk("form-kommune-field", thunderbird(
        "Hallo,\n\nanbei meine Anmeldung:\n\nName: Peggy Schreiber\nKommune: Zella-Mehlis\nFunktion: Sachbearbeiterin "
        "Stadtentwicklung\n\nDanke und Gruß"),
        name="Peggy Schreiber", email="p.schreiber@zella-mehlis.example", subject="Anmeldung", date=d(6, 8, 3),
        exp=expect(R, [P("Peggy Schreiber", "p.schreiber@zella-mehlis.example", "Sachbearbeiterin Stadtentwicklung")],
                   "Stadt Zella-Mehlis", MUN, M("Zella-Mehlis"))))
    add(mk("sentence-me-and-colleague", outlook(
        "Sehr geehrte Damen und Herren,\n\nich und meine Kollegin Frau Sabine Ortlepp, sabine.ortlepp@sonneberg.example, "
        "möchten gern an der Veranstaltung teilnehmen.\n\nMit freundlichen Grüßen\nRalf Eckardt\nStadtverwaltung Sonneberg\n"
        "FB Bau und Umwelt"),
        name="Eckardt, Ralf", email="ralf.eckardt@sonneberg.example", subject="Anmeldung", date=d(2, 13, 26),
        exp=expect(R, [P("Ralf Eckardt", "ralf.eckardt@sonneberg.example"), P("Sabine Ortlepp", "sabine.ortlepp@sonneberg.example")],
                   "Stadtverwaltung Sonneberg", MUN, M("Sonneberg"))))
    add(mk("mayor-and-me", plain(
        "Sehr geehrte Damen und Herren,\n\nfür die Gemeinde Nesse-Apfelstädt nehmen unsere Bürgermeisterin Frau Ines Scholz "
        "und ich teil.\n\nMit freundlichen Grüßen\nGregor Heß\nBauamt"),
        name="Gregor Heß", email="g.hess@nesse-apfelstaedt.example", subject="Anmeldung", date=d(7, 8, 48),
        exp=expect(R, [P("Ines Scholz", None, "Bürgermeisterin"), P("Gregor Heß", "g.hess@nesse-apfelstaedt.example", "Bauamt")],
                   "Gemeinde Nesse-Apfelstädt", MUN, M("Nesse-Apfelstädt"))))
    add(mk("we-come-as-two", iphone("Hallo, wir kommen zu zweit: Jana und Tom Rödiger, beide Gemeinde Hörselberg-Hainich. Gruß Jana"),
        name="Jana Rödiger", email="jana.roediger@hoerselberg-hainich.example", subject="Anmeldung", date=d(4, 22, 10),
        exp=expect(R, [P("Jana Rödiger", "jana.roediger@hoerselberg-hainich.example"), P("Tom Rödiger", None)],
                   "Gemeinde Hörselberg-Hainich", MUN, M("Hörselberg-Hainich"))))
    add(mk("semicolon-list-four", plain(
        "Sehr geehrte Damen und Herren,\n\nfür die Landeshauptstadt Erfurt, Amt für Stadtentwicklung und Stadtplanung, "
        "melden wir an: Herrn Dr. Georg Vollrath (georg.vollrath@erfurt.example); Frau Lena Brückner "
        "(lena.brueckner@erfurt.example); Herrn Tim Schaller (tim.schaller@erfurt.example); Frau Heike Ahnert "
        "(heike.ahnert@erfurt.example).\n\nMit freundlichen Grüßen\nLena Brückner", cte="quoted-printable"),
        name="Lena Brückner", email="lena.brueckner@erfurt.example", subject="Anmeldung LH Erfurt", date=d(2, 14, 14),
        exp=expect(R, [P("Georg Vollrath", "georg.vollrath@erfurt.example"), P("Lena Brückner", "lena.brueckner@erfurt.example"),
                       P("Tim Schaller", "tim.schaller@erfurt.example"), P("Heike Ahnert", "heike.ahnert@erfurt.example")],
                   "Landeshauptstadt Erfurt", MUN, M("Erfurt"))))

    # --- kreisfreie Städte and big towns ---
    add(mk("jena-two-sentence", thunderbird(
        "Liebes Team der Transferveranstaltung,\n\nwir kommen aus dem Dezernat Stadtentwicklung der Stadt Jena: Frau "
        "Miriam Fleischer (miriam.fleischer@jena.example) und Herr David Kämpfe (david.kaempfe@jena.example).\n\n"
        "Herzliche Grüße\nMiriam Fleischer"),
        name="Miriam Fleischer", email="miriam.fleischer@jena.example", subject="Anmeldung Jena", date=d(5, 16, 16),
        exp=expect(R, [P("Miriam Fleischer", "miriam.fleischer@jena.example"), P("David Kämpfe", "david.kaempfe@jena.example")],
                   "Stadt Jena", MUN, M("Jena"))))
    add(mk("weimar-signature-only", outlook(
        "Sehr geehrte Damen und Herren,\n\ngern melde ich mich zur Veranstaltung an.\n\nMit freundlichen Grüßen\n\nHendrik Fuchs\n"
        "Sachgebietsleiter Stadterneuerung\n\nStadtverwaltung Weimar\nStadtentwicklungsamt\nSchwanseestraße 17\n99423 Weimar"),
        name="Fuchs, Hendrik", email="hendrik.fuchs@stadtweimar.example", subject="Anmeldung zur 9. Transferveranstaltung", date=d(6, 10, 4),
        exp=expect(R, [P("Hendrik Fuchs", "hendrik.fuchs@stadtweimar.example", "Sachgebietsleiter Stadterneuerung")],
                   "Stadtverwaltung Weimar", MUN, M("Weimar"))))
    add(mk("gera-qp-latin1", plain(
        "Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich für die Stadt Gera, Fachdienst Stadtplanung, zur "
        "Transferveranstaltung an. Ich benötige einen Parkplatz für Schwerbehinderte.\n\nMit freundlichen Grüßen\nGünter Möbius",
        charset="iso-8859-1", cte="quoted-printable"),
        name="Günter Möbius", email="guenter.moebius@gera.example", subject="Anmeldung Stadt Gera", date=d(3, 8, 28),
        exp=expect(R, [P("Günter Möbius", "guenter.moebius@gera.example")], "Stadt Gera", MUN, M("Gera"),
                   notes=["Ich benötige einen Parkplatz für Schwerbehinderte."])))
    add(mk("suhl-base64-html", (html(web_html(
        "Sehr geehrte Damen und Herren,\n\nich melde mich für die Stadt Suhl an.\n\nMit freundlichen Grüßen\nClaudia Amthor\n"
        "Amt für Stadtentwicklung"), cte="base64"), ["X-Mailer: Open-Xchange Mailer"]),
        name="Claudia Amthor", email="claudia.amthor@suhl.example", subject="Anmeldung", date=d(7, 9, 9),
        exp=expect(R, [P("Claudia Amthor", "claudia.amthor@suhl.example", "Amt für Stadtentwicklung")], "Stadt Suhl", MUN, M("Suhl"))))
    add(mk("eisenach-rfc2047-name", thunderbird(
        "Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich zur Transferveranstaltung an.\n\nMit freundlichen Grüßen\n"
        "Sören Weißenborn\nStadt Eisenach, Stadtplanung"),
        name="Sören Weißenborn", email="soeren.weissenborn@eisenach.example", subject="Anmeldung für Sören Weißenborn",
        date=d(4, 12, 12), charset="iso-8859-1",
        exp=expect(R, [P("Sören Weißenborn", "soeren.weissenborn@eisenach.example")], "Stadt Eisenach", MUN, M("Eisenach"))))
    add(mk("amt-creuzburg", outlook(
        "Sehr geehrte Damen und Herren,\n\ndie Stadt Amt Creuzburg meldet sich zur Transferveranstaltung an. Teilnehmen wird "
        "Herr Dominik Hoppe, Sachbearbeiter Bauverwaltung.\n\nMit freundlichen Grüßen\nDominik Hoppe"),
        name="Hoppe, Dominik", email="d.hoppe@amt-creuzburg.example", subject="Anmeldung", date=d(5, 9, 24),
        exp=expect(R, [P("Dominik Hoppe", "d.hoppe@amt-creuzburg.example", "Sachbearbeiter Bauverwaltung")], "Stadt Amt Creuzburg",
                   MUN, M("Amt Creuzburg"))))
    add(mk("grossbreitenbach-landgemeinde", plain(
        "Guten Tag,\n\nfür die Landgemeinde Stadt Großbreitenbach melde ich mich an.\n\nMit freundlichen Grüßen\n"
        "Anke Hofmann, Ortsentwicklung"),
        name="Anke Hofmann", email="a.hofmann@grossbreitenbach.example", subject="Anmeldung", date=d(7, 15, 33),
        exp=expect(R, [P("Anke Hofmann", "a.hofmann@grossbreitenbach.example", "Ortsentwicklung")],
                   "Landgemeinde Stadt Großbreitenbach", MUN, M("Großbreitenbach"))))
    add(mk("neuhaus-rennweg", webmail(
        "Sehr geehrte Damen und Herren,\n\nich möchte mich anmelden.\nJan Bätz\nBauamt Neuhaus am Rennweg", provider="T-Online"),
        name="Jan Bätz", email="jan.baetz@neuhaus-rennweg.example", subject="Anmeldung Transferveranstaltung", date=d(2, 20, 20),
        exp=expect(R, [P("Jan Bätz", "jan.baetz@neuhaus-rennweg.example", "Bauamt")], "Stadt Neuhaus am Rennweg", MUN,
                   M("Neuhaus am Rennweg"))))
    add(mk("crossen-elster", outlook(
        "Sehr geehrte Damen und Herren,\n\nich melde mich für die Gemeinde Crossen an der Elster an.\n\n"
        "Mit freundlichen Grüßen\nRoland Zschiesche\nBürgermeister"),
        name="Zschiesche, Roland", email="buergermeister@crossen-elster.example", subject="Anmeldung", date=d(8, 7, 15),
        exp=expect(R, [P("Roland Zschiesche", "buergermeister@crossen-elster.example", "Bürgermeister")],
                   "Gemeinde Crossen an der Elster", MUN, M("Crossen an der Elster"))))

    # --- municipality only in the mail domain / only in a signature ---
    add(mk("domain-only-eisfeld", plain("Hiermit melde ich mich an.\nGruß K. Fröbel"),
        name="Karsten Fröbel", email="k.froebel@stadt-eisfeld.example", subject="Anmeldung 20.05.", date=d(6, 6, 58),
        exp=expect(R, [P("Karsten Fröbel", "k.froebel@stadt-eisfeld.example")], "Stadt Eisfeld", MUN, M("Eisfeld"))))
    add(mk("domain-only-nobitz-iphone", iphone("Anmeldung für mich zur Transferveranstaltung. Danke, Tobias Engel"),
        name="Tobias Engel", email="t.engel@gemeinde-nobitz.example", subject="Anmeldung", date=d(3, 19, 19),
        exp=expect(R, [P("Tobias Engel", "t.engel@gemeinde-nobitz.example")], "Gemeinde Nobitz", MUN, M("Nobitz"))))
    add(mk("private-address-ranis", webmail(
        "Sehr geehrte Damen und Herren,\n\nich bin Stadträtin in Ranis und interessiere mich sehr für das Thema ISEK. "
        "Ich würde gern an der Veranstaltung teilnehmen.\n\nMit freundlichen Grüßen\nRenate Frommhold", provider="web.de"),
        name="Renate Frommhold", email="renate.frommhold@web.example", subject="Teilnahme Transferveranstaltung", date=d(4, 18, 3),
        exp=expect(R, [P("Renate Frommhold", "renate.frommhold@web.example", "Stadträtin")], "Stadt Ranis", MUN, M("Ranis"))))
    add(mk("ortsteilbuergermeister", thunderbird(
        "Sehr geehrte Damen und Herren,\n\nals Ortsteilbürgermeister von Ebersdorf in der Stadt Saalburg-Ebersdorf melde ich "
        "mich zur Transferveranstaltung an.\n\nMit freundlichem Gruß\nEckhard Göpel"),
        name="Eckhard Göpel", email="e.goepel@saalburg-ebersdorf.example", subject="Anmeldung", date=d(5, 20, 5),
        exp=expect(R, [P("Eckhard Göpel", "e.goepel@saalburg-ebersdorf.example", "Ortsteilbürgermeister")],
                   "Stadt Saalburg-Ebersdorf", MUN, M("Saalburg-Ebersdorf"))))
    add(mk("tanna-mentions-neighbour", outlook(
        "Sehr geehrte Damen und Herren,\n\nwie unsere Nachbarstadt Schleiz möchten auch wir als Stadt Tanna an der "
        "Transferveranstaltung teilnehmen. Ich melde mich hiermit an.\n\nMit freundlichen Grüßen\nMarlies Degenkolb\n"
        "Hauptamt Stadt Tanna"),
        name="Degenkolb, Marlies", email="m.degenkolb@stadt-tanna.example", subject="Anmeldung Stadt Tanna", date=d(6, 13, 1),
        exp=expect(R, [P("Marlies Degenkolb", "m.degenkolb@stadt-tanna.example", "Hauptamt")], "Stadt Tanna", MUN, M("Tanna"))))
    add(mk("reply-to-personal", plain(
        "Sehr geehrte Damen und Herren,\n\nich melde mich zur 9. Transferveranstaltung an.\n\nMit freundlichen Grüßen\n"
        "Lisa Hartung\nStadtplanungsamt Sömmerda"),
        name="Stadtplanungsamt Sömmerda", email="stadtplanung@soemmerda.example", subject="Anmeldung", date=d(2, 8, 18),
        extra=("Reply-To: Lisa Hartung <l.hartung@soemmerda.example>",),
        exp=expect(R, [P("Lisa Hartung", "l.hartung@soemmerda.example")], "Stadtplanungsamt Sömmerda", MUN, M("Sömmerda"))))
    add(mk("stated-email-wins", thunderbird(
        "Guten Tag,\n\nich melde mich an. Bitte senden Sie die Bestätigung an meine dienstliche Adresse "
        "martin.kunze@stadt-hermsdorf.example, ich schreibe gerade von privat.\n\nMartin Kunze\nStadt Hermsdorf, Bauamt"),
        name="Martin Kunze", email="mkunze74@gmx.example", subject="Anmeldung", date=d(3, 21, 30),
        exp=expect(R, [P("Martin Kunze", "martin.kunze@stadt-hermsdorf.example", "Bauamt")], "Stadt Hermsdorf", MUN,
                   M("Hermsdorf"))))
    add(mk("von-name", outlook(
        "Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich an.\n\nMit freundlichen Grüßen\nFriederike von Hagen\n"
        "Beigeordnete\nStadt Bad Berka"),
        name="von Hagen, Friederike", email="f.vonhagen@bad-berka.example", subject="Anmeldung", date=d(7, 12, 40),
        exp=expect(R, [P("Friederike von Hagen", "f.vonhagen@bad-berka.example", "Beigeordnete")], "Stadt Bad Berka", MUN,
                   M("Bad Berka"))))
    add(mk("double-name-signature-reversed", plain(
        "Sehr geehrte Damen und Herren,\n\nich nehme an der Transferveranstaltung teil.\n\nMit freundlichen Grüßen\n\n"
        "Müller-Lüdenscheidt, Anne-Kathrin\nStadtverwaltung Blankenhain\nBauverwaltung"),
        name="Müller-Lüdenscheidt, Anne-Kathrin", email="mueller-luedenscheidt@blankenhain.example", subject="Teilnahme",
        date=d(5, 8, 1),
        exp=expect(R, [P("Anne-Kathrin Müller-Lüdenscheidt", "mueller-luedenscheidt@blankenhain.example", "Bauverwaltung")],
                   "Stadtverwaltung Blankenhain", MUN, M("Blankenhain"))))
    add(mk("typo-intent-words", plain(
        "Hallo,\nhirmit melde ich mich and für die Transferveranstalung am 20.5.\nGruss Sandro Kießling, Stadt Hohenleuben"),
        name="Sandro Kießling", email="s.kiessling@hohenleuben.example", subject="Anmedlung", date=d(6, 22, 2),
        exp=expect(R, [P("Sandro Kießling", "s.kiessling@hohenleuben.example")], "Stadt Hohenleuben", MUN, M("Hohenleuben"))))
    add(mk("terse-subject-only-teilnahme", plain("Teilnehmer: Herr Uwe Brandt, Stadt Hirschberg"),
        name="Uwe Brandt", email="u.brandt@hirschberg-saale.example", subject="Teilnahme", date=d(7, 7, 31),
        exp=expect(R, [P("Uwe Brandt", "u.brandt@hirschberg-saale.example")], "Stadt Hirschberg", MUN, M("Hirschberg"))))

    # --- attachments, forwards, signatures, charsets ---
    add(mk("pdf-attachment-mixed", (multi("mixed",
        text("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie das ausgefüllte Anmeldeformular. Teilnehmen wird "
             "Frau Kristin Heinemann, Sachbearbeiterin Stadtsanierung der Stadt Waltershausen.\n\nMit freundlichen Grüßen\n"
             "Kristin Heinemann", cte="quoted-printable"),
        attachment("Anmeldung_Waltershausen.pdf", "application/pdf", b"%PDF-1.4\n% dummy\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")),
        ["X-Mailer: Microsoft Outlook 16.0"]),
        name="Heinemann, Kristin", email="k.heinemann@waltershausen.example", subject="Anmeldung mit Formular", date=d(5, 11, 50),
        exp=expect(R, [P("Kristin Heinemann", "k.heinemann@waltershausen.example", "Sachbearbeiterin Stadtsanierung")],
                   "Stadt Waltershausen", MUN, M("Waltershausen"))))
    add(mk("vcard-attachment", (multi("mixed",
        text("Guten Tag,\n\nich melde mich zur Transferveranstaltung an.\n\nViele Grüße\nOliver Stötzer\nGemeinde Am Ettersberg",
             flowed=True),
        attachment("oliver_stoetzer.vcf", "text/x-vcard",
                   "BEGIN:VCARD\nVERSION:3.0\nN:Stötzer;Oliver\nFN:Oliver Stötzer\nORG:Gemeinde Am Ettersberg\nEND:VCARD\n".encode())),
        ["User-Agent: Mozilla Thunderbird"]),
        name="Oliver Stötzer", email="o.stoetzer@am-ettersberg.example", subject="Anmeldung", date=d(6, 15, 15),
        exp=expect(R, [P("Oliver Stötzer", "o.stoetzer@am-ettersberg.example")], "Gemeinde Am Ettersberg", MUN, M("Am Ettersberg"))))
    add(mk("internal-forward-wg", outlook(
        "Sehr geehrte Damen und Herren,\n\nwie von unserem Bürgermeister gewünscht, melde ich mich zur Veranstaltung an.\n\n"
        "Mit freundlichen Grüßen\nSylvia Neubauer\nBauamt Stadt Bleicherode\n\n-----Ursprüngliche Nachricht-----\n"
        "Von: Bürgermeister Stadt Bleicherode <buergermeister@bleicherode.example>\nGesendet: Mittwoch, 30. April 2025 07:55\n"
        "An: Neubauer, Sylvia <s.neubauer@bleicherode.example>\nBetreff: WG: " + INVITE_SUBJECT + "\n\n"
        "Frau Neubauer, bitte melden Sie sich dort an. Gruß\n\n-----Ursprüngliche Nachricht-----\nVon: Referat Städtebau TMDI "
        "<isek-transfer@transferveranstaltung.example>\nGesendet: Dienstag, 29. April 2025 08:15\nBetreff: " + INVITE_SUBJECT
        + "\n\n" + INVITATION),
        name="Neubauer, Sylvia", email="s.neubauer@bleicherode.example", subject="WG: " + INVITE_SUBJECT, date=d(30, 9, 10, month=4),
        exp=expect(R, [P("Sylvia Neubauer", "s.neubauer@bleicherode.example", "Bauamt")], "Stadt Bleicherode", MUN,
                   M("Bleicherode"))))
    add(mk("forwarded-inline-registration", outlook(
        "Sehr geehrte Damen und Herren,\n\nanbei leite ich Ihnen die Anmeldung meiner Kollegin weiter, die versehentlich an "
        "mich ging.\n\nMit freundlichen Grüßen\nAndreas Kaiser\nStadt Pößneck\n\nVon: Lorenz, Petra <p.lorenz@poessneck.example>\n"
        "Gesendet: Montag, 5. Mai 2025 14:02\nAn: Kaiser, Andreas <a.kaiser@poessneck.example>\nBetreff: Anmeldung "
        "Transferveranstaltung\n\nHallo Andreas,\nkannst du mich bitte für die Transferveranstaltung am 20.5. anmelden? "
        "Ich bin vegetarisch.\nDanke, Petra\n\nPetra Lorenz\nSachgebiet Stadtsanierung\nStadtverwaltung Pößneck"),
        name="Kaiser, Andreas", email="a.kaiser@poessneck.example", subject="WG: Anmeldung Transferveranstaltung", date=d(5, 15, 0),
        exp=expect(R, [P("Petra Lorenz", "p.lorenz@poessneck.example", "Sachgebiet Stadtsanierung")], "Stadtverwaltung Pößneck",
                   MUN, M("Pößneck"), notes=["Ich bin vegetarisch."])))
    inner = message(text("Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich zur Transferveranstaltung am 20. Mai an.\n\n"
                         "Mit freundlichen Grüßen\nTheresa Wohlleben\nKlimaschutzmanagerin\nStadt Rastenberg",
                         cte="quoted-printable"),
                    frm=addr("Theresa Wohlleben", "t.wohlleben@rastenberg.example"), to="Zentrale Rastenberg <info@rastenberg.example>",
                    subject="Anmeldung Transferveranstaltung", date=d(6, 9, 0), mid=msgid("inner-rastenberg", "rastenberg.example"))
    add(mk("forward-as-attachment", (multi("mixed",
        text("Hallo,\n\nweitergeleitet mit der Bitte um Bearbeitung.\n\nZentrale Poststelle\nStadt Rastenberg", cte="quoted-printable"),
        rfc822(inner, "Anmeldung Transferveranstaltung.eml")), ["User-Agent: Mozilla Thunderbird"]),
        name="Poststelle Rastenberg", email="info@rastenberg.example", subject="Fwd: Anmeldung Transferveranstaltung", date=d(6, 9, 40),
        exp=expect(R, [P("Theresa Wohlleben", "t.wohlleben@rastenberg.example", "Klimaschutzmanagerin")], "Stadt Rastenberg", MUN,
                   M("Rastenberg"))))
    add(mk("fwd-gmail-style", plain(
        "zur Info – bitte anmelden, danke!\n\n---------- Forwarded message ---------\nVon: Ortrun Seidel <ortrun.seidel@gmail.example>\n"
        "Date: Mo., 5. Mai 2025 um 19:12 Uhr\nSubject: Anmeldung\nTo: <bauamt@gemeinde-grammetal.example>\n\n\n"
        "Guten Abend,\nich bin Gemeinderätin in Grammetal und würde gern zur Transferveranstaltung am 20. Mai kommen.\n"
        "Viele Grüße\nOrtrun Seidel\n"),
        name="Bauamt Grammetal", email="bauamt@gemeinde-grammetal.example", subject="Fwd: Anmeldung", date=d(6, 7, 20),
        exp=expect(R, [P("Ortrun Seidel", "ortrun.seidel@gmail.example", "Gemeinderätin")], "Gemeinde Grammetal", MUN,
                   M("Grammetal"))))
    add(mk("smime-signed-thunderbird", (smime_signed(text(
        "Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich zur Transferveranstaltung am 20.05.2025 an.\n\n"
        "Mit freundlichen Grüßen\nBeate Fritzsche\nStadt Meuselwitz\nBauamt", flowed=True)),
        ["User-Agent: Mozilla Thunderbird"]),
        name="Beate Fritzsche", email="b.fritzsche@meuselwitz.example", subject="Anmeldung", date=d(5, 13, 13),
        exp=expect(R, [P("Beate Fritzsche", "b.fritzsche@meuselwitz.example", "Bauamt")], "Stadt Meuselwitz", MUN,
                   M("Meuselwitz"))))
    add(mk("cp1252-mislabelled", plain(
        "Sehr geehrte Damen und Herren,\n\nzur Veranstaltung „Zusammen denken – gemeinsam handeln“ melde ich mich an – "
        "für die Stadt Gößnitz.\n\nMit freundlichen Grüßen\nJürgen Schädlich", charset="cp1252", cte="8bit"),
        name="Jürgen Schädlich", email="j.schaedlich@goessnitz.example", subject="Anmeldung „Zusammen denken“",
        date=d(2, 11, 55),
        exp=expect(R, [P("Jürgen Schädlich", "j.schaedlich@goessnitz.example")], "Stadt Gößnitz", MUN, M("Gößnitz"))))
    c[-1].raw = c[-1].raw.replace(b"charset=cp1252", b"charset=iso-8859-1")
    add(mk("utf8-base64-subject", plain(
        "Sehr geehrte Damen und Herren,\n\nich melde mich für die Gemeinde Südeichsfeld an.\n\nMit freundlichen Grüßen\n"
        "Bärbel Größler\nBauverwaltung", cte="base64"),
        name="Bärbel Größler", email="b.groessler@suedeichsfeld.example", subject="Anmeldung für die 9. Transferveranstaltung – Südeichsfeld",
        date=d(3, 14, 40),
        exp=expect(R, [P("Bärbel Größler", "b.groessler@suedeichsfeld.example", "Bauverwaltung")], "Gemeinde Südeichsfeld", MUN,
                   M("Südeichsfeld"))))
    add(mk("crlf-exchange-plain", plain(
        "Sehr geehrte Damen und Herren,\r\n\r\nhiermit melde ich mich zur Transferveranstaltung an.\r\n\r\n"
        "Mit freundlichen Grüßen\r\n\r\nMaximilian Querengässer\r\nStabsstelle Stadtentwicklung\r\nStadt Bad Langensalza",
        cte="quoted-printable"),
        name="Querengässer, Maximilian", email="m.querengaesser@bad-langensalza.example", subject="Anmeldung", date=d(6, 11, 38),
        crlf=True,
        exp=expect(R, [P("Maximilian Querengässer", "m.querengaesser@bad-langensalza.example", "Stabsstelle Stadtentwicklung")],
                   "Stadt Bad Langensalza", MUN, M("Bad Langensalza"))))

    # --- notes and questions inside registrations ---
    add(mk("question-parking-and-register", outlook(
        "Sehr geehrte Damen und Herren,\n\nhiermit melde ich mich zur Veranstaltung an. Gibt es vor Ort Parkplätze, oder "
        "sollte ich lieber mit dem Zug kommen?\n\nMit freundlichen Grüßen\nNico Rothämel\nStadt Schleusingen, Bauamt"),
        name="Rothämel, Nico", email="n.rothaemel@schleusingen.example", subject="Anmeldung + Frage Parken", date=d(5, 7, 58),
        exp=expect(R, [P("Nico Rothämel", "n.rothaemel@schleusingen.example", "Bauamt")], "Stadt Schleusingen", MUN,
                   M("Schleusingen"))))
    add(mk("question-programme-and-register", thunderbird(
        "Guten Tag,\n\nwir (Simone Taubert und Lukas Sandig, Stadt Themar) nehmen gern teil. Wann wird das genaue "
        "Programm verschickt?\n\nViele Grüße\nSimone Taubert"),
        name="Simone Taubert", email="s.taubert@themar.example", subject="Anmeldung und Frage zum Programm", date=d(6, 16, 6),
        exp=expect(R, [P("Simone Taubert", "s.taubert@themar.example"), P("Lukas Sandig", None)], "Stadt Themar", MUN, M("Themar"))))
    add(mk("vegetarian-note", plain(
        "Sehr geehrte Damen und Herren,\n\nich melde mich verbindlich an. Ich ernähre mich vegan und würde mich über ein "
        "entsprechendes Angebot freuen.\n\nMit freundlichen Grüßen\nKlara Wöhner\nGemeinde Nessetal"),
        name="Klara Wöhner", email="k.woehner@nessetal.example", subject="Anmeldung", date=d(7, 10, 27),
        exp=expect(R, [P("Klara Wöhner", "k.woehner@nessetal.example")], "Gemeinde Nessetal", MUN, M("Nessetal"),
                   notes=["Ich ernähre mich vegan und würde mich über ein entsprechendes Angebot freuen."])))
    add(mk("wheelchair-note", outlook(
        "Sehr geehrte Damen und Herren,\n\nfür die Stadt Ohrdruf nehmen Herr Kurt Liebetrau und Frau Sieglinde Bock teil. "
        "Herr Liebetrau ist auf einen Rollstuhl angewiesen.\n\nMit freundlichen Grüßen\nSieglinde Bock"),
        name="Bock, Sieglinde", email="s.bock@ohrdruf.example", subject="Anmeldung Ohrdruf", date=d(2, 9, 33),
        exp=expect(R, [P("Kurt Liebetrau", None), P("Sieglinde Bock", "s.bock@ohrdruf.example")], "Stadt Ohrdruf", MUN,
                   M("Ohrdruf"), notes=["Herr Liebetrau ist auf einen Rollstuhl angewiesen."])))
    add(mk("only-morning-note", webmail(
        "Hallo,\n\nich melde mich an, kann aber nur vormittags bleiben.\n\nGruß\nMaria Volkmar\nStadt Wasungen", provider="GMX"),
        name="Maria Volkmar", email="maria.volkmar@wasungen.example", subject="Anmeldung (nur vormittags)", date=d(8, 8, 8),
        exp=expect(R, [P("Maria Volkmar", "maria.volkmar@wasungen.example")], "Stadt Wasungen", MUN, M("Wasungen"),
                   notes=["kann aber nur vormittags bleiben"])))
    add(mk("car-pool-note", thunderbird(
        "Sehr geehrte Damen und Herren,\n\nwir melden uns zu dritt aus Kaltennordheim an: Bürgermeister Erik Thron, "
        "Frau Christin Heller (Bauamt) und Herr Paul Zentgraf (Kämmerei). Wir kommen mit einem Auto.\n\n"
        "Mit freundlichen Grüßen\nChristin Heller\nStadt Kaltennordheim"),
        name="Christin Heller", email="c.heller@kaltennordheim.example", subject="Anmeldung Kaltennordheim", date=d(5, 10, 45),
        exp=expect(R, [P("Erik Thron", None, "Bürgermeister"), P("Christin Heller", "c.heller@kaltennordheim.example", "Bauamt"),
                       P("Paul Zentgraf", None, "Kämmerei")], "Stadt Kaltennordheim", MUN, M("Kaltennordheim"),
                   notes=["Wir kommen mit einem Auto."])))

    # --- more ordinary ones, different wording ---
    add(mk("formal-herewith-mayor", plain(
        "Sehr geehrte Damen und Herren,\n\nhiermit zeige ich meine Teilnahme an der 9. Transferveranstaltung am 20. Mai 2025 an.\n\n"
        "Hochachtungsvoll\n\nHans-Jürgen Wolfram\nBürgermeister der Stadt Stadtilm"),
        name="Hans-Jürgen Wolfram", email="buergermeister@stadtilm.example", subject="Teilnahme 9. Transferveranstaltung",
        date=d(2, 7, 5),
        exp=expect(R, [P("Hans-Jürgen Wolfram", "buergermeister@stadtilm.example", "Bürgermeister")], "Stadt Stadtilm", MUN,
                   M("Stadtilm"))))
    add(mk("informal-dabei", iphone("Bin dabei 👍 Grüße aus Kahla, Jonas Pietsch (Bauamt)"),
        name="Jonas Pietsch", email="jonas.pietsch@kahla-stadt.example", subject="Re: Transferveranstaltung", date=d(30, 17, 45, month=4),
        exp=expect(R, [P("Jonas Pietsch", "jonas.pietsch@kahla-stadt.example", "Bauamt")], "Stadt Kahla", MUN, M("Kahla"))))
    add(mk("gladly-accept", outlook(
        "Sehr geehrte Damen und Herren,\n\nvielen Dank für die Einladung, die ich gern annehme.\n\nMit freundlichen Grüßen\n\n"
        "Dr. Ulrike Sauer\nDezernentin für Bau und Umwelt\nStadt Nordhausen"),
        name="Sauer, Ulrike Dr.", email="ulrike.sauer@nordhausen-stadt.example", subject="Einladung Transferveranstaltung", date=d(4, 9, 10),
        exp=expect(R, [P("Ulrike Sauer", "ulrike.sauer@nordhausen-stadt.example", "Dezernentin für Bau und Umwelt")],
                   "Stadt Nordhausen", MUN, M("Nordhausen"))))
    add(mk("participate-sondershausen-two", plain(
        "Guten Tag,\n\nan der Transferveranstaltung werden von der Stadtverwaltung Sondershausen Frau Gabriele Mey und "
        "Herr Thomas Jahn teilnehmen.\n\nMit freundlichen Grüßen\ni. A. Gabriele Mey"),
        name="Mey, Gabriele", email="g.mey@sondershausen-stadt.example", subject="Teilnahme", date=d(7, 13, 3),
        exp=expect(R, [P("Gabriele Mey", "g.mey@sondershausen-stadt.example"), P("Thomas Jahn", None)],
                   "Stadtverwaltung Sondershausen", MUN, M("Sondershausen"))))
    add(mk("zeulenroda-flowed-long", thunderbird(
        "Sehr geehrte Damen und Herren,\n\nunsere Stadt hat das ISEK 2022 fortgeschrieben und steht nun vor der Frage, wie "
        "die eingemeindeten Ortsteile in die Förderkulisse integriert werden können. Deshalb möchte ich mich sehr gern zur "
        "Transferveranstaltung anmelden und freue mich auf den Austausch mit den anderen Kommunen.\n\nMit freundlichen Grüßen\n"
        "Anja Glaser\nFachbereich Stadtentwicklung\nStadt Zeulenroda-Triebes"),
        name="Anja Glaser", email="a.glaser@zeulenroda-triebes.example", subject="Anmeldung", date=d(3, 10, 20),
        exp=expect(R, [P("Anja Glaser", "a.glaser@zeulenroda-triebes.example", "Fachbereich Stadtentwicklung")],
                   "Stadt Zeulenroda-Triebes", MUN, M("Zeulenroda-Triebes"))))
    add(mk("kranichfeld-gmx-html-only", webmail(
        "Guten Tag,\n\nhiermit melde ich mich für die Transferveranstaltung an.\n\nMit freundlichen Grüßen\nSilvio Knoll\n"
        "Stadt Kranichfeld", provider="GMX"),
        name="Silvio Knoll", email="silvio.knoll@kranichfeld.example", subject="Anmeldung", date=d(4, 11, 11),
        exp=expect(R, [P("Silvio Knoll", "silvio.knoll@kranichfeld.example")], "Stadt Kranichfeld", MUN, M("Kranichfeld"))))
    add(mk("geratal-outlook-two-emails", outlook(
        "Sehr geehrte Damen und Herren,\n\nfür die Landgemeinde Geratal melden wir an:\nMichaela Börner – "
        "m.boerner@geratal.example\nFlorian Hertwig – f.hertwig@geratal.example\n\nMit freundlichen Grüßen\nMichaela Börner"),
        name="Börner, Michaela", email="m.boerner@geratal.example", subject="Anmeldung Landgemeinde Geratal", date=d(6, 12, 44),
        exp=expect(R, [P("Michaela Börner", "m.boerner@geratal.example"), P("Florian Hertwig", "f.hertwig@geratal.example")],
                   "Landgemeinde Geratal", MUN, M("Geratal"))))
    add(mk("dingelstaedt-ascii-sz", plain(
        "Sehr geehrte Damen und Herren,\nich melde mich fuer die Stadt Dingelstaedt an.\nMit freundlichen Gruessen\n"
        "Ewald Stoeber, Bauamt", charset="us-ascii", cte="7bit"),
        name="Ewald Stoeber", email="e.stoeber@dingelstaedt.example", subject="Anmeldung", date=d(7, 8, 20),
        exp=expect(R, [P("Ewald Stoeber", "e.stoeber@dingelstaedt.example", "Bauamt")], "Stadt Dingelstädt", MUN,
                   M("Dingelstädt"))))
    add(mk("rossleben-wiehe-ss", plain(
        "Hallo,\n\nbitte melden Sie mich an: Patrick Nebe, Stadt Rossleben-Wiehe, Bauverwaltung.\n\nDanke"),
        name="Patrick Nebe", email="p.nebe@rossleben-wiehe.example", subject="Anmeldung Transferveranstaltung", date=d(8, 10, 0),
        exp=expect(R, [P("Patrick Nebe", "p.nebe@rossleben-wiehe.example", "Bauverwaltung")], "Stadt Roßleben-Wiehe", MUN,
                   M("Roßleben-Wiehe"))))
    add(mk("weissensee-html-alt", (alt(
        text("Sehr geehrte Damen und Herren,\n\nich melde mich an.\n\nMit freundlichen Grüßen\nRonny Kupfer\nStadt Weißensee",
             cte="quoted-printable"),
        html(simple_html("Sehr geehrte Damen und Herren,\n\nich melde mich an.\n\nMit freundlichen Grüßen\nRonny Kupfer\n"
                         "Stadt Weißensee"), cte="quoted-printable")), ["User-Agent: Mozilla Thunderbird"]),
        name="Ronny Kupfer", email="r.kupfer@weissensee.example", subject="Anmeldung", date=d(5, 12, 12),
        exp=expect(R, [P("Ronny Kupfer", "r.kupfer@weissensee.example")], "Stadt Weißensee", MUN, M("Weißensee"))))
    return c


def smime_signed_outlook(body: str):
    part, hdrs = outlook(body)
    return smime_signed(part), hdrs
