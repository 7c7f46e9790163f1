"""Everything else a registration inbox receives: cancellations, changes, questions, auto-replies,
bounces, newsletters and spam, and one encrypted mail nobody can read."""

from __future__ import annotations

from .common import Case, M, P, d, expect
from .examples import _mk as mk
from .mailshapes import (INVITATION, INVITE_SUBJECT, Part, addr, alt, html, iphone, message, msgid, multi, outlook,
                         plain, quote, simple_html, smime_encrypted, subj, text, thunderbird, web_html, webmail)

MUN, PLAN, AUTH, OTH = "municipality", "planning_office", "authority", "other"
CONFIRM_SUBJECT = "Anmeldebestätigung: 9. Transferveranstaltung am 20. Mai 2025"
CONFIRMATION = ("Guten Tag Frau Lehmann,\n\nvielen Dank für Ihre Anmeldung zur 9. Transferveranstaltung „Zusammen denken – "
                "gemeinsam handeln“ am Dienstag, 20. Mai 2025, in Bad Lobenstein.\nIhr Anmeldecode: TV9-4K7Q\n\n"
                "Mit freundlichen Grüßen\nAnmeldung Transferveranstaltung")
BOT = "anmeldung@transferveranstaltung.example"


def raw_mail(slug: str, part: Part, *, frm: str, subject: str, date: str, extra: list[str] | tuple[str, ...] = (),
             to: str | None = None, domain: str = "example") -> bytes:
    kw = {"to": to} if to else {}
    return message(part, frm=frm, subject=subj(subject), date=date, mid=msgid(slug, domain), extra=list(extra), **kw)


def orig_headers(rcpt: str, day: int) -> str:
    return (f"Return-Path: <{BOT}>\nFrom: Anmeldung Transferveranstaltung <{BOT}>\nTo: {rcpt}\n"
            f"Subject: {subj(CONFIRM_SUBJECT)}\nDate: {d(day, 10, 0)}\nMessage-ID: <confirm.{rcpt.replace('@', '.')}@transferveranstaltung.example>\n")


def dsn(slug: str, *, reporting: str, rcpt: str, status: str, diag: str, human: str, day: int,
        action: str = "failed", frm: str = "Mail Delivery System <MAILER-DAEMON@mx.transferveranstaltung.example>",
        subject: str = "Undelivered Mail Returned to Sender") -> bytes:
    ds = (f"Reporting-MTA: dns; {reporting}\nArrival-Date: {d(day, 10, 0)}\n\nFinal-Recipient: rfc822; {rcpt}\n"
          f"Original-Recipient: rfc822;{rcpt}\nAction: {action}\nStatus: {status}\nDiagnostic-Code: smtp; {diag}\n")
    report = multi("report", text(human, charset="us-ascii", cte="7bit"),
                   Part(["Content-Type: message/delivery-status"], ds.encode()),
                   Part(["Content-Type: text/rfc822-headers"], orig_headers(rcpt, day).encode()),
                   params="; report-type=delivery-status", seed=slug)
    return raw_mail(slug, report, frm=frm, subject=subject, date=d(day, 10, 1), to=BOT,
                    extra=["Return-Path: <>", "Auto-Submitted: auto-replied"], domain="mx.transferveranstaltung.example")


def cases() -> list[Case]:
    c: list[Case] = []
    add = c.append
    C, X, Q, A, B, O = "cancellation", "change", "question", "auto_reply", "bounce", "other"

    # --- cancellations ---
    add(mk("cancel-outlook-formal", outlook(
        "Sehr geehrte Damen und Herren,\n\nleider muss ich meine Teilnahme an der Transferveranstaltung am 20.05.2025 "
        "absagen, da ich an diesem Tag eine Stadtratssitzung vorbereiten muss.\n\nMit freundlichen Grüßen\n\nAnja Glaser\n"
        "Fachbereich Stadtentwicklung\nStadt Zeulenroda-Triebes"),
        name="Glaser, Anja", email="a.glaser@zeulenroda-triebes.example", subject="Absage Transferveranstaltung", date=d(12, 8, 14),
        exp=expect(C, [P("Anja Glaser", "a.glaser@zeulenroda-triebes.example", "Fachbereich Stadtentwicklung")],
                   "Stadt Zeulenroda-Triebes", MUN, M("Zeulenroda-Triebes"))))
    add(mk("cancel-iphone-sick", iphone("Hallo, ich bin leider krank und kann am Dienstag nicht kommen. Gruß Jonas Pietsch, Kahla"),
        name="Jonas Pietsch", email="jonas.pietsch@kahla-stadt.example", subject="Absage", date=d(19, 6, 40),
        exp=expect(C, [P("Jonas Pietsch", "jonas.pietsch@kahla-stadt.example")], "Stadt Kahla", MUN, M("Kahla"))))
    add(mk("cancel-colleague", thunderbird(
        "Guten Tag,\n\nunsere Kollegin Frau Sabine Ortlepp kann leider nicht an der Veranstaltung teilnehmen. Bitte streichen "
        "Sie sie von der Teilnehmerliste. Meine Anmeldung bleibt bestehen.\n\nViele Grüße\nRalf Eckardt\n"
        "Stadtverwaltung Sonneberg"),
        name="Ralf Eckardt", email="ralf.eckardt@sonneberg.example", subject="Abmeldung Frau Ortlepp", date=d(14, 9, 2),
        exp=expect(C, [P("Sabine Ortlepp", None)], "Stadtverwaltung Sonneberg", MUN, M("Sonneberg"))))
    add(mk("cancel-both", outlook(
        "Sehr geehrte Damen und Herren,\n\naufgrund eines kurzfristigen Termins müssen Herr Kurt Liebetrau und ich unsere "
        "Anmeldung leider zurückziehen.\n\nMit freundlichen Grüßen\nSieglinde Bock\nStadt Ohrdruf"),
        name="Bock, Sieglinde", email="s.bock@ohrdruf.example", subject="Absage Stadt Ohrdruf", date=d(15, 11, 21),
        exp=expect(C, [P("Kurt Liebetrau", None), P("Sieglinde Bock", "s.bock@ohrdruf.example")], "Stadt Ohrdruf", MUN,
                   M("Ohrdruf"))))
    add(mk("cancel-reply-to-confirmation", thunderbird(
        "Sehr geehrte Damen und Herren,\n\nich muss mich leider wieder abmelden.\n\nMit freundlichen Grüßen\nKatrin Lehmann\n"
        "Gemeinde Kaulsdorf\n\nAm 06.05.2025 um 10:00 schrieb Anmeldung Transferveranstaltung:\n" + quote(CONFIRMATION)),
        name="Katrin Lehmann", email="k.lehmann@kaulsdorf-saale.example", subject="Re: " + CONFIRM_SUBJECT, date=d(13, 15, 30),
        exp=expect(C, [P("Katrin Lehmann", "k.lehmann@kaulsdorf-saale.example")], "Gemeinde Kaulsdorf", MUN, M("Kaulsdorf"))))
    add(mk("cancel-planning-office", plain(
        "Sehr geehrte Damen und Herren,\n\nwir müssen unsere Teilnahme (Sebastian Marx) leider absagen.\n\n"
        "Mit freundlichen Grüßen\nSebastian Marx\nPlanungsbüro Marx & Wendt GmbH – ISEK Gotha"),
        name="Marx, Sebastian", email="marx@marx-wendt.example", subject="Absage", date=d(16, 16, 50),
        exp=expect(C, [P("Sebastian Marx", "marx@marx-wendt.example")], "Planungsbüro Marx & Wendt GmbH", PLAN, M("Gotha"))))
    add(mk("cancel-withdraw-formal", plain(
        "Sehr geehrte Damen und Herren,\n\nhiermit ziehe ich meine Anmeldung zur 9. Transferveranstaltung zurück.\n\n"
        "Mit freundlichen Grüßen\nHans-Jürgen Wolfram\nBürgermeister der Stadt Stadtilm"),
        name="Hans-Jürgen Wolfram", email="buergermeister@stadtilm.example", subject="Rücknahme der Anmeldung", date=d(9, 7, 0),
        exp=expect(C, [P("Hans-Jürgen Wolfram", "buergermeister@stadtilm.example", "Bürgermeister")], "Stadt Stadtilm", MUN,
                   M("Stadtilm"))))
    add(mk("cancel-typo", webmail("Hallo,\nmuss leider absgen für den 20.5., termin kollidiert.\nGruß Silvio Knoll, Kranichfeld",
                                  provider="GMX"),
        name="Silvio Knoll", email="silvio.knoll@kranichfeld.example", subject="absage", date=d(17, 19, 2),
        exp=expect(C, [P("Silvio Knoll", "silvio.knoll@kranichfeld.example")], "Stadt Kranichfeld", MUN, M("Kranichfeld"))))
    add(mk("cancel-landratsamt", outlook(
        "Sehr geehrte Damen und Herren,\n\nFrau Jacqueline Rödel vom Landratsamt Greiz wird nicht teilnehmen können. "
        "Herr Pabst kommt wie angemeldet.\n\nMit freundlichen Grüßen\nim Auftrag\nVolker Pabst"),
        name="Pabst, Volker", email="volker.pabst@landkreis-greiz.example", subject="Abmeldung Frau Rödel", date=d(14, 13, 33),
        exp=expect(C, [P("Jacqueline Rödel", None)], "Landratsamt Greiz", AUTH, None)))
    add(mk("cancel-quoting-invitation", outlook(
        "Sehr geehrte Damen und Herren,\n\nleider kann die Stadt Lucka in diesem Jahr niemanden entsenden. Wir sagen daher "
        "für Frau Rauschenbach und Herrn Kunath ab.\n\nMit freundlichen Grüßen\nAntje Rauschenbach\nStadt Lucka\n\n"
        "-----Ursprüngliche Nachricht-----\nVon: Referat Städtebau TMDI <isek-transfer@transferveranstaltung.example>\n"
        "Gesendet: Dienstag, 29. April 2025 08:15\nBetreff: " + INVITE_SUBJECT + "\n\n" + INVITATION),
        name="Rauschenbach, Antje", email="a.rauschenbach@stadt-lucka.example", subject="AW: " + INVITE_SUBJECT, date=d(12, 10, 5),
        # The mail itself names only "Herrn Kunath": his given name is known from the earlier sign-up,
        # not from this mail, and `parse` reads one mail.
        exp=expect(C, [P("Antje Rauschenbach", "a.rauschenbach@stadt-lucka.example"), P("Kunath", None)], "Stadt Lucka",
                   MUN, M("Lucka"))))
    add(mk("cancel-terse-subject", plain("Kann leider doch nicht kommen.\nMfG\nUwe Hartenstein\nStadt Gefell"),
        name="Uwe Hartenstein", email="u.hartenstein@gefell.example", subject="Transferveranstaltung – Absage", date=d(18, 21, 44),
        exp=expect(C, [P("Uwe Hartenstein", "u.hartenstein@gefell.example")], "Stadt Gefell", MUN, M("Gefell"))))

    # --- changes ---
    add(mk("change-substitute", outlook(
        "Sehr geehrte Damen und Herren,\n\nstatt Herrn Thomas Jahn kommt Frau Kerstin Bauch (k.bauch@sondershausen-stadt.example) "
        "zur Transferveranstaltung.\n\nMit freundlichen Grüßen\ni. A. Gabriele Mey\nStadtverwaltung Sondershausen"),
        name="Mey, Gabriele", email="g.mey@sondershausen-stadt.example", subject="Änderung der Anmeldung", date=d(12, 9, 30),
        exp=expect(X, [P("Kerstin Bauch", "k.bauch@sondershausen-stadt.example"), P("Thomas Jahn", None)],
                   "Stadtverwaltung Sondershausen", MUN, M("Sondershausen"))))
    add(mk("change-additional-colleague", thunderbird(
        "Guten Tag,\n\nzusätzlich zu meiner Anmeldung möchte ich meine Kollegin Frau Ivonne Lasch "
        "(ivonne.lasch@stadtweimar.example) anmelden.\n\nMit freundlichen Grüßen\nHendrik Fuchs\nStadtverwaltung Weimar"),
        name="Hendrik Fuchs", email="hendrik.fuchs@stadtweimar.example", subject="Nachmeldung", date=d(8, 11, 2),
        exp=expect(X, [P("Ivonne Lasch", "ivonne.lasch@stadtweimar.example")], "Stadtverwaltung Weimar", MUN, M("Weimar"))))
    add(mk("change-new-address", plain(
        "Sehr geehrte Damen und Herren,\n\nbitte senden Sie alle weiteren Informationen zur Veranstaltung an meine neue "
        "Adresse: k.froebel@eisfeld-stadt.example. Die alte Adresse wird abgeschaltet.\n\nGruß\nKarsten Fröbel, Stadt Eisfeld"),
        name="Karsten Fröbel", email="k.froebel@stadt-eisfeld.example", subject="Neue E-Mail-Adresse", date=d(13, 8, 0),
        exp=expect(X, [P("Karsten Fröbel", "k.froebel@eisfeld-stadt.example")], "Stadt Eisfeld", MUN, M("Eisfeld"))))
    add(mk("change-only-morning", iphone("Hallo, kleine Änderung: ich kann doch nur vormittags teilnehmen. Gruß Maria Volkmar, Wasungen"),
        name="Maria Volkmar", email="maria.volkmar@wasungen.example", subject="Änderung", date=d(15, 7, 12),
        exp=expect(X, [P("Maria Volkmar", "maria.volkmar@wasungen.example")], "Stadt Wasungen", MUN, M("Wasungen"),
                   notes=["ich kann doch nur vormittags teilnehmen"])))
    add(mk("change-name-correction", outlook(
        "Sehr geehrte Damen und Herren,\n\nin Ihrer Bestätigung ist mein Name falsch geschrieben. Richtig ist: "
        "Cornelia Hunold (nicht Hunhold).\n\nMit freundlichen Grüßen\nCornelia Hunold\nStadt Leinefelde-Worbis"),
        name="Hunold, Cornelia", email="c.hunold@leinefelde-worbis.example", subject="Korrektur Name", date=d(7, 14, 1),
        exp=expect(X, [P("Cornelia Hunold", "c.hunold@leinefelde-worbis.example")], "Stadt Leinefelde-Worbis", MUN,
                   M("Leinefelde-Worbis"))))
    add(mk("change-represented-by", plain(
        "Sehr geehrte Damen und Herren,\n\nHerr Bürgermeister Heinz Kirchner wird bei der Transferveranstaltung durch den "
        "Bauamtsleiter Herrn Mirko Teuber vertreten.\n\nMit freundlichen Grüßen\nBianca Lorenz\nSekretariat des Bürgermeisters\n"
        "Stadt Weida"),
        name="Lorenz, Bianca", email="sekretariat@stadt-weida.example", subject="Vertretung Bürgermeister", date=d(14, 10, 40),
        exp=expect(X, [P("Mirko Teuber", None, "Bauamtsleiter"), P("Heinz Kirchner", None, "Bürgermeister")], "Stadt Weida",
                   MUN, M("Weida"))))
    add(mk("change-plus-one-office", thunderbird(
        "Hallo,\n\nergänzend zu unserer Anmeldung nimmt auch Herr Moritz Vieweg (vieweg@sauerbrey-otto.example) aus unserem "
        "Büro teil.\n\nBeste Grüße\nHenrik Sauerbrey\n\n-- \nSauerbrey Otto Architekten und Stadtplaner PartGmbB\nErfurt"),
        name="Henrik Sauerbrey", email="hs@sauerbrey-otto.example", subject="Ergänzung Anmeldung", date=d(9, 12, 12),
        # The client (Drei Gleichen) is named in the earlier sign-up only, not in this mail.
        exp=expect(X, [P("Moritz Vieweg", "vieweg@sauerbrey-otto.example")],
                   "Sauerbrey Otto Architekten und Stadtplaner PartGmbB", PLAN, None)))
    add(mk("change-diet-afterwards", webmail(
        "Guten Tag,\n\nNachtrag zu meiner Anmeldung: Ich benötige glutenfreies Essen.\n\nDanke!\nSilke Wunderlich\n"
        "Stadt Zeulenroda-Triebes", provider="GMX"),
        name="Silke Wunderlich", email="silke.wunderlich@zeulenroda-triebes.example", subject="Nachtrag zur Anmeldung",
        date=d(10, 9, 9),
        exp=expect(X, [P("Silke Wunderlich", "silke.wunderlich@zeulenroda-triebes.example")], "Stadt Zeulenroda-Triebes", MUN,
                   M("Zeulenroda-Triebes"), notes=["Ich benötige glutenfreies Essen."])))
    add(mk("change-swap-office", outlook(
        "Sehr geehrte Damen und Herren,\n\nanstelle von Frau Mareike Jentzsch nimmt unser Kollege Herr Daniel Bormann "
        "(daniel.bormann@stadtraum-plan.example) teil.\n\nMit freundlichen Grüßen\nUlrich Brandenstein\n"
        "StadtRaum Planungsgesellschaft mbH"),
        name="Brandenstein, Ulrich", email="u.brandenstein@stadtraum-plan.example", subject="Personelle Änderung", date=d(13, 17, 17),
        exp=expect(X, [P("Daniel Bormann", "daniel.bormann@stadtraum-plan.example"), P("Mareike Jentzsch", None)],
                   "StadtRaum Planungsgesellschaft mbH", PLAN, None)))
    add(mk("change-arrival-train", thunderbird(
        "Guten Tag,\n\nzu meiner Anmeldung noch eine Änderung: ich komme nun doch mit dem Zug statt mit dem Auto, ein "
        "Parkplatz wird also nicht benötigt.\n\nViele Grüße\nGünter Möbius\nStadt Gera"),
        name="Günter Möbius", email="guenter.moebius@gera.example", subject="Änderung Anreise", date=d(16, 8, 48),
        exp=expect(X, [P("Günter Möbius", "guenter.moebius@gera.example")], "Stadt Gera", MUN, M("Gera"),
                   notes=["ich komme nun doch mit dem Zug statt mit dem Auto"])))

    # --- questions (nobody registered by these) ---
    add(mk("question-parking", outlook(
        "Sehr geehrte Damen und Herren,\n\ngibt es am Veranstaltungsort ausreichend Parkplätze? Wir überlegen noch, ob wir "
        "teilnehmen.\n\nMit freundlichen Grüßen\nLothar Göbel\nStadt Ellrich"),
        name="Göbel, Lothar", email="l.goebel@ellrich.example", subject="Frage Parkplätze", date=d(5, 9, 52),
        exp=expect(Q, [], "Stadt Ellrich", MUN, M("Ellrich"))))
    add(mk("question-vegetarian", webmail(
        "Hallo,\n\nwird es bei der Veranstaltung auch vegetarisches Essen geben? Dann würde ich mich anmelden.\n\nLG\n"
        "Sarah Unbehaun\nGemeinde Unstrut-Hainich", provider="web.de"),
        name="Sarah Unbehaun", email="sarah.unbehaun@unstrut-hainich.example", subject="Frage Verpflegung", date=d(4, 13, 14),
        exp=expect(Q, [], "Gemeinde Unstrut-Hainich", MUN, M("Unstrut-Hainich"))))
    add(mk("question-programme", thunderbird(
        "Guten Tag,\n\nkönnten Sie mir bitte das Programm der Veranstaltung schicken? Ich möchte vorab klären, ob der "
        "Schwerpunkt Wärmeplanung behandelt wird.\n\nDanke und Gruß\nTill Osterloh\nKlimaschutzmanagement Stadt Ilmenau"),
        name="Till Osterloh", email="t.osterloh@ilmenau.example", subject="Programm?", date=d(3, 12, 0),
        exp=expect(Q, [], "Stadt Ilmenau", MUN, M("Ilmenau"))))
    add(mk("question-online", plain(
        "Sehr geehrte Damen und Herren,\n\nbesteht die Möglichkeit, online an der Veranstaltung teilzunehmen? Eine Anreise "
        "nach Bad Lobenstein ist für uns leider sehr weit.\n\nMit freundlichen Grüßen\nHeike Spangenberg\nStadt Treffurt"),
        name="Heike Spangenberg", email="h.spangenberg@treffurt.example", subject="Online-Teilnahme?", date=d(6, 10, 31),
        exp=expect(Q, [], "Stadt Treffurt", MUN, M("Treffurt"))))
    add(mk("question-open-to-councillors", iphone(
        "Guten Abend, ist die Veranstaltung auch für ehrenamtliche Ortsteilbürgermeister offen? Gruß Wilfried Bär, Ortsteil "
        "Gräfinau-Angstedt, Stadt Ilmenau"),
        name="Wilfried Bär", email="wilfried.baer@t-online.example", subject="Frage", date=d(2, 21, 21),
        exp=expect(Q, [], "Stadt Ilmenau", MUN, M("Ilmenau"))))
    add(mk("question-am-i-registered", outlook(
        "Sehr geehrte Damen und Herren,\n\nich finde meine Anmeldebestätigung nicht mehr. Können Sie mir bitte bestätigen, "
        "ob ich für den 20. Mai angemeldet bin?\n\nMit freundlichen Grüßen\nYvonne Kretschmer\nStadt Bad Frankenhausen"),
        name="Kretschmer, Yvonne", email="y.kretschmer@bad-frankenhausen.example", subject="Bin ich angemeldet?", date=d(14, 8, 2),
        exp=expect(Q, [], "Stadt Bad Frankenhausen", MUN, M("Bad Frankenhausen/Kyffhäuser"))))
    add(mk("question-cpd-points", plain(
        "Guten Tag,\n\nwird die Veranstaltung von der Architektenkammer Thüringen als Fortbildung anerkannt?\n\n"
        "Beste Grüße\nKarolin Wehner\nBüro für Städtebau und Regionalplanung Wehner"),
        name="Karolin Wehner", email="wehner@staedtebau-wehner.example", subject="Fortbildungspunkte", date=d(6, 14, 44),
        exp=expect(Q, [], "Büro für Städtebau und Regionalplanung Wehner", PLAN, None)))
    add(mk("question-where-exactly", thunderbird(
        "Hallo,\n\nwo genau in Bad Lobenstein findet die Veranstaltung statt? In der Einladung steht keine Adresse.\n\n"
        "Gruß\nJens Oberländer\nStadt Rudolstadt"),
        name="Jens Oberländer", email="j.oberlaender@rudolstadt.example", subject="Veranstaltungsort", date=d(12, 13, 13),
        exp=expect(Q, [], "Stadt Rudolstadt", MUN, M("Rudolstadt"))))
    add(mk("question-fee", outlook(
        "Sehr geehrte Damen und Herren,\n\nfallen für die Teilnahme Kosten an, und wenn ja, wie erfolgt die Abrechnung?\n\n"
        "Mit freundlichen Grüßen\nManuela Stiefel\nKämmerei\nGemeinde Floh-Seligenthal"),
        name="Stiefel, Manuela", email="m.stiefel@floh-seligenthal.example", subject="Teilnahmegebühr?", date=d(3, 11, 3),
        exp=expect(Q, [], "Gemeinde Floh-Seligenthal", MUN, M("Floh-Seligenthal"))))
    add(mk("question-deadline", webmail(
        "Guten Tag, bis wann ist eine Anmeldung noch möglich? Unser Bürgermeister entscheidet erst nächste Woche.\n"
        "Freundliche Grüße, Doris Heerwagen, Gemeinde Gerstungen", provider="T-Online"),
        name="Doris Heerwagen", email="d.heerwagen@gerstungen.example", subject="Anmeldeschluss", date=d(2, 15, 55),
        exp=expect(Q, [], "Gemeinde Gerstungen", MUN, M("Gerstungen"))))
    add(mk("question-slides", plain(
        "Sehr geehrte Damen und Herren,\n\nwerden die Präsentationen nach der Veranstaltung zur Verfügung gestellt? Ich "
        "kann leider nicht teilnehmen, das Thema interessiert uns aber sehr.\n\nMit freundlichen Grüßen\nFrank Osswald\n"
        "Landratsamt Schmalkalden-Meiningen, Kreisentwicklung"),
        name="Frank Osswald", email="frank.osswald@lra-sm.example", subject="Unterlagen zur Veranstaltung", date=d(8, 9, 21),
        exp=expect(Q, [], "Landratsamt Schmalkalden-Meiningen", AUTH, None)))

    # --- auto-replies ---
    add(Case("autoreply-exchange-headers", raw_mail("autoreply-exchange-headers", outlook(
        "Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 16.05.2025 nicht im Büro. Ihre E-Mail wird nicht "
        "weitergeleitet. In dringenden Fällen wenden Sie sich bitte an Frau Kerstin Mädler, kerstin.maedler@apolda.example.\n\n"
        "Mit freundlichen Grüßen\nMichael Trautvetter")[0],
        frm=addr("Michael Trautvetter", "michael.trautvetter@apolda.example"), subject="Automatische Antwort: Anmeldebestätigung",
        date=d(7, 10, 0), extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: "
                                  "michael.trautvetter@apolda.example"], domain="apolda.example"),
        expect(A)))
    add(Case("ooo-outlook-text-only", raw_mail("ooo-outlook-text-only", outlook(
        "Sehr geehrte Damen und Herren,\n\nich bin bis zum 12.05.2025 nicht im Büro und habe keinen Zugriff auf meine "
        "E-Mails. Ab dem 13.05. bin ich wieder für Sie erreichbar.\n\nMit freundlichen Grüßen\nHeike Lindemann\n"
        "Leiterin Bauamt Stadt Eisenberg")[0],
        frm=addr("Lindemann, Heike", "h.lindemann@eisenberg.example"), subject="Abwesenheitsnotiz: Anmeldebestätigung",
        date=d(8, 10, 0), extra=["X-Mailer: Microsoft Outlook 16.0"], domain="eisenberg.example"),
        expect(A)))
    add(Case("ooo-subject-german-no-headers", raw_mail("ooo-subject-german-no-headers", text(
        "Vielen Dank für Ihre E-Mail. Ich befinde mich im Urlaub und bin ab dem 19. Mai wieder im Dienst. Ihre Nachricht "
        "wird in dieser Zeit nicht gelesen.\n\nIn dringenden Angelegenheiten wenden Sie sich bitte an Herrn Thomas Kellner "
        "(Tel. 03647 500-0).", cte="quoted-printable"),
        frm=addr("Brettschneider, Claudia", "claudia.brettschneider@poessneck.example"),
        subject=subj("Automatische Antwort: Anmeldung zur 9. Transferveranstaltung"), date=d(6, 10, 2),
        domain="poessneck.example"),
        expect(A)))
    add(Case("x-autoreply", raw_mail("x-autoreply", text(
        "Ich bin derzeit nicht erreichbar. Ihre Nachricht wird nach meiner Rückkehr bearbeitet.\n\nMit freundlichen Grüßen\n"
        "Sven Abe"),
        frm=addr("Sven Abe", "s.abe@vg-hohe-rhoen.example"), subject="Re: Anmeldebestaetigung", date=d(7, 10, 3),
        extra=["X-Autoreply: yes", "X-Autorespond: Anmeldebestaetigung"], domain="vg-hohe-rhoen.example"),
        expect(A)))
    add(Case("precedence-bulk-autoresponder", raw_mail("precedence-bulk-autoresponder", text(
        "Dies ist eine automatische Antwort.\n\nVielen Dank für Ihre Nachricht an die Stadtverwaltung Greiz. Wir werden "
        "Ihr Anliegen schnellstmöglich bearbeiten.", cte="quoted-printable"),
        frm=addr("Stadtverwaltung Greiz", "info@greiz.example"), subject=subj("Eingangsbestätigung"), date=d(6, 10, 5),
        extra=["Precedence: bulk"], domain="greiz.example"),
        expect(A)))
    add(Case("noreply-ticket", raw_mail("noreply-ticket", html(simple_html(
        "Ihre Anfrage ist bei uns eingegangen.\nTicketnummer: #2025-05-01873\nBitte antworten Sie nicht auf diese E-Mail."),
        cte="quoted-printable"),
        frm=addr("Bürgerservice Stadt Gotha", "noreply@ticket.gotha.example"),
        subject=subj("[#2025-05-01873] Ihre Anfrage: Anmeldung zur Transferveranstaltung"), date=d(5, 10, 9),
        domain="ticket.gotha.example"),
        expect(A)))
    add(Case("list-moderation-notice", raw_mail("list-moderation-notice", text(
        "Ihre Nachricht an die Liste kommunal-bau@lists.kommunalnetz.example mit dem Betreff\n\n    Anmeldebestätigung\n\n"
        "wartet auf die Zustimmung des Moderators.\n\nGrund: Nachricht von einem Nichtmitglied an eine Liste nur für "
        "Mitglieder", cte="quoted-printable"),
        frm="kommunal-bau-owner@lists.kommunalnetz.example", subject="Ihre Nachricht an kommunal-bau wartet auf Zustimmung",
        date=d(9, 10, 0), extra=["List-Id: Kommunales Bauen <kommunal-bau.lists.kommunalnetz.example>", "Precedence: list",
                                 "Auto-Submitted: auto-replied"], domain="lists.kommunalnetz.example"),
        expect(A)))
    add(Case("ooo-english", raw_mail("ooo-english", text(
        "Thank you for your message. I am out of the office until 14 May 2025 with limited access to e-mail.\n\n"
        "Best regards,\nElena Marković"),
        frm=addr("Elena Marković", "elena.markovic@uni-weimar.example"), subject="Out of Office: Anmeldebestätigung",
        date=d(6, 10, 10), domain="uni-weimar.example"),
        expect(A, language="en")))
    add(Case("autoreply-mentions-registration", raw_mail("autoreply-mentions-registration", outlook(
        "Guten Tag,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich 9. Mai im Urlaub. Anmeldungen und "
        "Rückfragen zur Transferveranstaltung richten Sie bitte an meine Kollegin Frau Jana Ebeling, "
        "j.ebeling@nordhausen.example.\n\nMit freundlichen Grüßen\nSandra Kühnemund")[0],
        frm=addr("Kühnemund, Sandra", "s.kuehnemund@nordhausen.example"),
        subject=subj("Automatische Antwort: Anmeldung zur Transferveranstaltung"), date=d(5, 10, 12),
        extra=["X-Mailer: Microsoft Outlook 16.0"], domain="nordhausen.example"),
        expect(A)))
    add(Case("sieve-vacation", raw_mail("sieve-vacation", text(
        "Ich bin vom 05.05. bis 16.05.2025 abwesend. Ihre E-Mail wird nicht weitergeleitet.\n\nBeste Grüße\nLena Kirchhoff",
        cte="quoted-printable"),
        frm=addr("Lena Kirchhoff", "kirchhoff@kirchhoff-partner.example"), subject="Abwesend: Re: Anmeldebestaetigung",
        date=d(8, 10, 15), extra=["Auto-Submitted: auto-replied (vacation)", "Precedence: bulk"],
        domain="kirchhoff-partner.example"),
        expect(A)))
    add(Case("ooo-web-de-html", raw_mail("ooo-web-de-html", html(web_html(
        "Hallo,\n\ndanke für Ihre Mail! Ich bin erst ab Montag wieder am Schreibtisch und melde mich dann.\n\n"
        "Automatisch erzeugte Antwort\nRenate Frommhold"), cte="quoted-printable"),
        frm=addr("Renate Frommhold", "renate.frommhold@web.example"), subject="Automatische Antwort",
        date=d(9, 10, 20), extra=["X-Auto-Response-Suppress: DR, RN, NRN, OOF, AutoReply"], domain="web.example"),
        expect(A)))
    add(Case("auto-generated-receipt", raw_mail("auto-generated-receipt", text(
        "Sehr geehrte Damen und Herren,\n\nIhre E-Mail ist im elektronischen Postfach des Landratsamtes Saale-Orla-Kreis "
        "eingegangen und wird an die zuständige Stelle weitergeleitet.\n\nDies ist eine automatisch erzeugte Nachricht."),
        frm=addr("Landratsamt Saale-Orla-Kreis", "poststelle@lrasok.example"), subject="Eingangsbestätigung Ihrer Nachricht",
        date=d(6, 10, 21), extra=["Auto-Submitted: auto-generated"], domain="lrasok.example"),
        expect(A)))

    # --- bounces ---
    add(Case("dsn-postfix-user-unknown", dsn(
        "dsn-postfix-user-unknown", reporting="mx.transferveranstaltung.example", rcpt="k.lehmann@kaulsdorf.example",
        status="5.1.1", diag="550 5.1.1 <k.lehmann@kaulsdorf.example>: Recipient address rejected: User unknown",
        human="This is the mail system at host mx.transferveranstaltung.example.\n\nI'm sorry to have to inform you that "
              "your message could not\nbe delivered to one or more recipients.\n\n<k.lehmann@kaulsdorf.example>: host "
              "mx.kaulsdorf.example said: 550 5.1.1 User unknown", day=6),
        expect(B, bounce_recipient="k.lehmann@kaulsdorf.example")))
    add(Case("dsn-exchange-ndr", dsn(
        "dsn-exchange-ndr", reporting="EXCH01.lra-sm.example", rcpt="frank.oswald@lra-sm.example", status="5.1.10",
        diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
        human="Ihre Nachricht konnte nicht an folgende Empfänger übermittelt werden:\n\nfrank.oswald@lra-sm.example\n"
              "Die E-Mail-Adresse wurde nicht gefunden.".encode("ascii", "replace").decode(), day=8,
        frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@lra-sm.example>",
        subject=subj("Unzustellbar: Anmeldebestätigung: 9. Transferveranstaltung am 20. Mai 2025")),
        expect(B, bounce_recipient="frank.oswald@lra-sm.example")))
    add(Case("dsn-delayed", dsn(
        "dsn-delayed", reporting="mx.transferveranstaltung.example", rcpt="info@gemeinde-moxa.example", status="4.4.1",
        diag="connect to mx.gemeinde-moxa.example[192.0.2.17]:25: Connection timed out", action="delayed",
        human="This is the mail system at host mx.transferveranstaltung.example.\n\n####################################"
              "\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################"
              "\n\nYour message could not be delivered for 4.0 hours.\nIt will be retried until it is 5.0 days old.",
        day=7, subject="Delayed Mail (still being retried)"),
        expect(B, bounce_recipient="info@gemeinde-moxa.example")))
    add(Case("plain-postfix-bounce", raw_mail("plain-postfix-bounce", text(
        "This is the mail system at host relay.kommunal-it.example.\n\nI'm sorry to have to inform you that your message "
        "could not\nbe delivered to one or more recipients. It's attached below.\n\n                   The mail system\n\n"
        "<t.wagenknecht@suedliches-saaletal.example>: host mail.suedliches-saaletal.example[198.51.100.4]\n    said: 552 5.2.2 "
        "Mailbox full (in reply to RCPT TO command)\n\n--- Original message follows ---\n\n" + orig_headers(
            "t.wagenknecht@suedliches-saaletal.example", 8) + "\n" + CONFIRMATION, charset="utf-8", cte="8bit"),
        frm="MAILER-DAEMON@relay.kommunal-it.example (Mail Delivery System)", subject="Undelivered Mail Returned to Sender",
        date=d(8, 10, 30), to=BOT, domain="relay.kommunal-it.example"),
        expect(B, bounce_recipient="t.wagenknecht@suedliches-saaletal.example")))
    add(Case("exim-bounce", raw_mail("exim-bounce", text(
        "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered "
        "to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
        "  gerd.pohlmann@vg-seenplatte.example\n    host mx.vg-seenplatte.example [203.0.113.9]\n    SMTP error from remote "
        "mail server after RCPT TO:<gerd.pohlmann@vg-seenplatte.example>:\n    550 No such user here\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n" + orig_headers(
            "gerd.pohlmann@vg-seenplatte.example", 9) + "\n" + CONFIRMATION, cte="8bit"),
        frm="Mail Delivery System <Mailer-Daemon@smtp.hoster.example>",
        subject="Mail delivery failed: returning message to sender", date=d(9, 10, 31), to=BOT,
        extra=["Auto-Submitted: auto-replied", "X-Failed-Recipients: gerd.pohlmann@vg-seenplatte.example"],
        domain="smtp.hoster.example"),
        expect(B, bounce_recipient="gerd.pohlmann@vg-seenplatte.example")))
    add(Case("exchange-german-plain-bounce", raw_mail("exchange-german-plain-bounce", text(
        "Ihre Nachricht\n\n  An: Doreen Gebhardt\n  Betreff: Anmeldebestätigung: 9. Transferveranstaltung am 20. Mai 2025\n"
        "  Gesendet am: 06.05.2025 10:00\n\nkonnte einige oder alle Empfänger nicht erreichen.\n\n"
        "      Doreen Gebhardt <d.gebhardt@bad-lobenstein.example> am 06.05.2025 10:00\n"
        "            Das Postfach des Empfängers ist voll und kann momentan keine Nachrichten annehmen.\n"
        "            <mail.bad-lobenstein.example #5.2.2 smtp;552 5.2.2 mailbox full>", cte="quoted-printable"),
        frm="Systemadministrator <postmaster@bad-lobenstein.example>",
        subject=subj("Unzustellbar: Anmeldebestätigung: 9. Transferveranstaltung am 20. Mai 2025"), date=d(6, 10, 2), to=BOT,
        domain="bad-lobenstein.example"),
        expect(B, bounce_recipient="d.gebhardt@bad-lobenstein.example")))
    add(Case("qmail-bounce", raw_mail("qmail-bounce", text(
        "Hi. This is the qmail-send program at mail.kleinhoster.example.\nI'm afraid I wasn't able to deliver your message to "
        "the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
        "<info@planungsbuero-saale.example>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
        "--- Below this line is a copy of the message.\n\n" + orig_headers("info@planungsbuero-saale.example", 7),
        charset="us-ascii", cte="7bit"),
        frm="MAILER-DAEMON@mail.kleinhoster.example", subject="failure notice", date=d(7, 10, 1), to=BOT,
        domain="mail.kleinhoster.example"),
        expect(B, bounce_recipient="info@planungsbuero-saale.example")))
    add(Case("dsn-gmail-style", dsn(
        "dsn-gmail-style", reporting="mx.google.example", rcpt="ortrun.seidel@gmail.example", status="5.1.1",
        diag="550-5.1.1 The email account that you tried to reach does not exist.",
        human="Address not found\n\nYour message wasn't delivered to ortrun.seidel@gmail.example because the address "
              "couldn't be found, or is unable to receive mail.", day=6,
        frm="Mail Delivery Subsystem <mailer-daemon@googlemail.example>", subject="Delivery Status Notification (Failure)"),
        expect(B, bounce_recipient="ortrun.seidel@gmail.example")))

    # --- other: newsletters, spam, thanks, wrong topic, unreadable ---
    add(Case("newsletter-list-unsubscribe", raw_mail("newsletter-list-unsubscribe", alt(
        text("Newsletter Stadtentwicklung Mai 2025\n\n- Neue Förderrichtlinie Städtebau veröffentlicht\n- Rückblick: "
             "8. Transferveranstaltung in Nordhausen\n- Termine: 20. Mai 2025, Transferveranstaltung in Bad Lobenstein\n\n"
             "Abmelden: https://newsletter.kommunalnetz.example/unsubscribe", cte="quoted-printable"),
        html(simple_html("Newsletter Stadtentwicklung Mai 2025\n\nNeue Förderrichtlinie Städtebau veröffentlicht"),
             cte="quoted-printable")),
        frm=addr("Kommunalnetz Thüringen", "newsletter@kommunalnetz.example"), subject="Newsletter Stadtentwicklung Mai 2025",
        date=d(2, 6, 0), extra=["List-Unsubscribe: <https://newsletter.kommunalnetz.example/unsubscribe?u=8812>",
                                "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk"],
        domain="kommunalnetz.example"),
        expect(O)))
    add(Case("spam-prize", raw_mail("spam-prize", html(
        "<html><body><h1>Herzlichen Glückwunsch!</h1><p>Sie wurden als Gewinner eines iPhone 16 ausgewählt. "
        "Klicken Sie <a href='http://gewinn.example/x'>hier</a>, um Ihren Preis abzuholen.</p></body></html>", cte="base64"),
        frm=addr("Gewinnspiel Team", "win@promo-gewinne.example"), subject=subj("Sie haben gewonnen!!! 🎁"), date=d(3, 3, 33),
        domain="promo-gewinne.example"),
        expect(O)))
    add(mk("vendor-webinar", outlook(
        "Sehr geehrte Damen und Herren,\n\nkennen Sie schon unsere Software PlanDigital für die Bauleitplanung? In unserem "
        "kostenlosen Webinar am 15. Mai zeigen wir, wie Kommunen ihr ISEK digital fortschreiben.\n\nJetzt anmelden unter "
        "www.plandigital.example/webinar\n\nMit freundlichen Grüßen\nVertriebsteam PlanDigital GmbH"),
        name="PlanDigital Vertrieb", email="vertrieb@plandigital.example", subject="Webinar: ISEK digital fortschreiben",
        date=d(5, 7, 45),
        exp=expect(O)))
    add(mk("thanks-for-confirmation", thunderbird(
        "Vielen Dank für die Bestätigung, bis zum 20.!\n\nGruß\nRonny Kupfer\n\nAm 06.05.2025 um 10:00 schrieb Anmeldung "
        "Transferveranstaltung:\n" + quote(CONFIRMATION)),
        name="Ronny Kupfer", email="r.kupfer@weissensee.example", subject="Re: " + CONFIRM_SUBJECT, date=d(6, 11, 0),
        exp=expect(O)))
    add(mk("wrong-topic-funding", outlook(
        "Sehr geehrte Damen und Herren,\n\nanbei übersende ich Ihnen die fehlenden Unterlagen zu unserem Antrag auf "
        "Städtebauförderung 2025 (Programm Lebendige Zentren).\n\nMit freundlichen Grüßen\nPeter Hildebrandt\nStadt Gotha"),
        name="Hildebrandt, Peter", email="p.hildebrandt@gotha-stadt.example", subject="Nachreichung Unterlagen Förderantrag",
        date=d(7, 9, 12),
        exp=expect(O)))
    add(mk("other-event-invitation", plain(
        "Liebe Kolleginnen und Kollegen,\n\nwir laden herzlich zum Thüringer Klimaanpassungstag am 12. Juni 2025 in Jena "
        "ein. Anmeldungen bitte über unser Online-Formular.\n\nIhr Team der ThEGA"),
        name="ThEGA Veranstaltungen", email="veranstaltungen@thega.example", subject="Einladung Klimaanpassungstag 2025",
        date=d(4, 8, 30),
        exp=expect(O)))
    add(Case("smime-encrypted", raw_mail("smime-encrypted", smime_encrypted("enc-zella"),
        frm=addr("Schreiber, Peggy", "p.schreiber@zella-mehlis.example"), subject="Anmeldung", date=d(6, 9, 9),
        extra=["X-Mailer: Microsoft Outlook 16.0"], domain="zella-mehlis.example"),
        expect(O, needs_review=True)))
    return c
