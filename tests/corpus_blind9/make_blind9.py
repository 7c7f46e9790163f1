"""Rebuild and validate the ninth blind corpus (tests/corpus_blind9/).

Written from the invitation, INTERFACE.md and the labelling conventions of tests/corpus/README.md and
tests/corpus_blind8/README.md only, without reading or running the parser, by a ninth writer. Each case is one mail
as the registration inbox receives it, built by the byte-exact MIME writer of tests/corpus_kit.py, with what a
careful event secretary records from that mail alone.

About two thirds are typical inbox mail; about one third belong to the harder classes of issue 10 (a sign-up for
another event, spam/phishing with and without filter headers, cancellations that look like sign-ups, a sign-up above
an internal forward about someone's absence, sign-up plus question, substitution, degrees before names and the same
person writing again from a private address, notes about one attendee, thanks and a misdirected internal mail).

    .venv/bin/python tests/corpus_blind9/make_blind9.py          # rewrite all files, then validate
    .venv/bin/python tests/corpus_blind9/make_blind9.py --check  # validate the files as they are
"""

from __future__ import annotations

import json
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
    alt,
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
    esc,
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
    our_mail,
    outlook_alt,
    outlook_headers,
    ox,
    quote,
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
    thunderbird_quote,
    webde_html_only,
    word_html,
    word_paragraphs,
)

HERE = Path(__file__).resolve().parent
CASES: Cases = []
case = case_registry(CASES)

MFG = "Mit freundlichen Grüßen"
INV_QUOTE = ("-----Ursprüngliche Nachricht-----\nVon: " + INVITE_FROM + "\nGesendet: Dienstag, 22. April 2025 07:30\n"
             "An: Verteiler Kommunen\nBetreff: " + INVITE_SUBJECT + "\n\n" + INVITATION)


def L(intent: str, attendees: list[dict], organisation: str | None, otype: str | None, municipality: str | None,
      *, review: bool = False, missing: tuple[str, ...] = (), **kw: object) -> dict:
    """The kit's label plus the two fields of INTERFACE.md it leaves out: needs_review and missing."""
    return label(intent, attendees, organisation, otype, municipality, needs_review=review, missing=list(missing), **kw)


# ==================================================================================================
# typical: registrations
# ==================================================================================================


@case("vacha-one-outlook-sig")
def _(slug):
    a = "f.wehnert@vacha.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich für die 9. Transferveranstaltung am 20.05.2025 in Bad Lobenstein an. Wir stehen gerade am Anfang der Fortschreibung unseres ISEK, daher kommt der Termin genau richtig.

{MFG}

""" + sig("Franziska Wehnert", "Sachbearbeiterin Bauverwaltung", "Stadtverwaltung Vacha", "Markt 4",
          "36404 Vacha", "036962 261-17", a)
    return ol(slug, addr("Wehnert, Franziska", a), "Anmeldung Transferveranstaltung am 20.05.2025", "2025-04-23 08:41",
              body), \
        L("registration", [P("Franziska Wehnert", a, "Sachbearbeiterin Bauverwaltung")], "Stadtverwaltung Vacha",
          "municipality", "Vacha")


@case("bad-liebenstein-two-sentence")
def _(slug):
    a = "m.kummerloew@bad-liebenstein.example"
    body = f"""Guten Tag,

für die Stadt Bad Liebenstein melde ich mich und meine Kollegin Frau Anett Heimbürge (a.heimbuerge@bad-liebenstein.example) zur Transferveranstaltung an.

{MFG}
Mirko Kummerlöw
Leiter Bauamt
Stadt Bad Liebenstein"""
    return ol(slug, addr("Kummerlöw, Mirko", a), "Anmeldung 9. Transferveranstaltung", "2025-04-24 10:05", body), \
        L("registration", [P("Mirko Kummerlöw", a, "Leiter Bauamt"),
                           P("Anett Heimbürge", "a.heimbuerge@bad-liebenstein.example", None)],
          "Stadt Bad Liebenstein", "municipality", "Bad Liebenstein")


@case("werra-suhl-tal-thunderbird")
def _(slug):
    a = "r.quarg@werra-suhl-tal.example"
    body = """Sehr geehrte Damen und Herren,

zur Transferveranstaltung "Zusammen denken - gemeinsam handeln" am 20. Mai melde ich mich hiermit verbindlich an.

Viele Grüße

-- 
Ronald Quarg
Stadt Werra-Suhl-Tal
Bau- und Ordnungsamt
Tel. 036922 300-41"""
    return tb(slug, addr("Ronald Quarg", a), "Anmeldung Transferveranstaltung", "2025-04-25 13:17", body), \
        L("registration", [P("Ronald Quarg", a, None)], "Stadt Werra-Suhl-Tal", "municipality", "Werra-Suhl-Tal")


@case("ummerstadt-iphone-mayor")
def _(slug):
    a = "buergermeister.dotterweich@ummerstadt.example"
    body = """Sehr geehrte Damen und Herren,
ich nehme am 20.5. teil.
Reinhard Dotterweich
Bürgermeister Stadt Ummerstadt"""
    return iphone(slug, addr("Reinhard Dotterweich", a), "Transferveranstaltung", "2025-04-26 07:52", body), \
        L("registration", [P("Reinhard Dotterweich", a, "Bürgermeister")], "Stadt Ummerstadt", "municipality",
          "Ummerstadt")


@case("ebeleben-samsung-two")
def _(slug):
    a = "s.hottenrott@ebeleben.example"
    body = """Hallo,
hiermit melden wir uns zur Veranstaltung am 20. Mai an: Silke Hottenrott und Marcel Kutzleb, beide Bauverwaltung Stadt Ebeleben.
Gruß S. Hottenrott"""
    return droid(slug, addr("Silke Hottenrott", a), "Anmeldung 20.05.", "2025-04-28 18:06", body), \
        L("registration", [P("Silke Hottenrott", a, "Bauverwaltung"), P("Marcel Kutzleb", None, "Bauverwaltung")],
          "Stadt Ebeleben", "municipality", "Ebeleben")


@case("themar-reply-invitation-outlook")
def _(slug):
    a = "c.eckardtsberg@themar.example"
    body = f"""Sehr geehrte Damen und Herren,

vielen Dank für die Einladung. Ich melde mich gern an.

{MFG}
Christoph Eckardtsberg
Stadt Themar
Bauamt

""" + INV_QUOTE
    return ol(slug, addr("Eckardtsberg, Christoph", a), "AW: " + INVITE_SUBJECT, "2025-04-22 09:58", body), \
        L("registration", [P("Christoph Eckardtsberg", a, "Bauamt")], "Stadt Themar", "municipality", "Themar")


@case("oberhof-thunderbird-reply-invitation")
def _(slug):
    a = "j.holzhey@oberhof.example"
    body = """Guten Tag,

ich melde mich für die Stadt Oberhof an (Janine Holzhey, Stadtentwicklung).

Beste Grüße
Janine Holzhey

""" + thunderbird_quote("22.04.25 um 07:30", INVITE_FROM, INVITATION)
    return tb(slug, addr("Janine Holzhey", a), "Re: " + INVITE_SUBJECT, "2025-04-23 15:26", body), \
        L("registration", [P("Janine Holzhey", a, "Stadtentwicklung")], "Stadt Oberhof", "municipality", "Oberhof")


@case("planning-office-brotterode-list")
def _(slug):
    a = "buero@planungsgruppe-werra-rhoen.example"
    body = f"""Sehr geehrte Damen und Herren,

wir bearbeiten derzeit die ISEK-Fortschreibung für die Stadt Brotterode-Trusetal und melden folgende Personen zur Transferveranstaltung am 20.05.2025 an:

- Dipl.-Ing. (FH) Arnd Wiegleben, Projektleitung, a.wiegleben@planungsgruppe-werra-rhoen.example
- Carla Rothmaler, Stadtplanerin, c.rothmaler@planungsgruppe-werra-rhoen.example
- Benedikt Simmerlein, Werkstudent

{MFG}
Planungsgruppe Werra-Rhön
Georgstraße 21
98617 Meiningen"""
    return ol(slug, addr("Planungsgruppe Werra-Rhön", a), "Anmeldung Transferveranstaltung / 3 Personen",
              "2025-04-29 11:20", body), \
        L("registration", [P("Arnd Wiegleben", "a.wiegleben@planungsgruppe-werra-rhoen.example", "Projektleitung",
                             "Dipl.-Ing. (FH)"),
                           P("Carla Rothmaler", "c.rothmaler@planungsgruppe-werra-rhoen.example", "Stadtplanerin"),
                           P("Benedikt Simmerlein", None, "Werkstudent")],
          "Planungsgruppe Werra-Rhön", "planning_office", "Brotterode-Trusetal")


@case("planning-office-weimar-no-client")
def _(slug):
    a = "h.zapfel@freiraum-und-stadt.example"
    body = """Sehr geehrte Damen und Herren,

als Büro, das mehrere Thüringer Kommunen bei ihren Stadtentwicklungskonzepten begleitet, nehme ich gern an der Transferveranstaltung teil und melde mich hiermit an.

Mit besten Grüßen
Hendrik Zapfel
Freiraum & Stadt – Büro für Stadtplanung
Schwanseestraße 8, 99423 Weimar"""
    return apple(slug, addr("Hendrik Zapfel", a), "Anmeldung", "2025-04-30 16:48", body), \
        L("registration", [P("Hendrik Zapfel", a, None)], "Freiraum & Stadt – Büro für Stadtplanung",
          "planning_office", None)


@case("gebesee-vg-member")
def _(slug):
    a = "bauamt@vg-gera-aue.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Stadt Gebesee nehme ich an der Transferveranstaltung am 20. Mai 2025 teil.

{MFG}
Dörte Ihling
Bauamt
Verwaltungsgemeinschaft Gera-Aue"""
    return ol_plain(slug, addr("Ihling, Dörte", a), "Anmeldung Transferveranstaltung", "2025-04-24 14:33", body), \
        L("registration", [P("Dörte Ihling", a, "Bauamt")], "Verwaltungsgemeinschaft Gera-Aue", "municipality",
          "Gebesee")


@case("vg-ranis-ziegenrueck-no-member")
def _(slug):
    a = "t.pabstmann@vg-ranis-ziegenrueck.example"
    body = f"""Sehr geehrte Damen und Herren,

vom gemeinsamen Bauamt der Verwaltungsgemeinschaft Ranis-Ziegenrück melde ich mich für die Transferveranstaltung an.

{MFG}

""" + sig("Tilo Pabstmann", "Sachgebietsleiter Bauamt", "Verwaltungsgemeinschaft Ranis-Ziegenrück", "Pößnecker Straße 18",
          "07389 Ranis", "03647 4157-30", a)
    return ol(slug, addr("Pabstmann, Tilo", a), "Anmeldung VG Ranis-Ziegenrück", "2025-05-02 09:12", body), \
        L("registration", [P("Tilo Pabstmann", a, "Sachgebietsleiter Bauamt")],
          "Verwaltungsgemeinschaft Ranis-Ziegenrück", "municipality", None)


@case("landratsamt-saale-orla-authority")
def _(slug):
    a = "a.zschaebitz@lra-sok.example"
    body = f"""Sehr geehrte Damen und Herren,

seitens des Landratsamtes nehme ich an der Transferveranstaltung am 20.05.2025 teil.

{MFG}

""" + sig("Annegret Zschäbitz", "Fachdienst Kreisentwicklung und Bauleitplanung", "Landratsamt Saale-Orla-Kreis",
          "Oschitzer Straße 4", "07907 Schleiz", "03663 488-614", a)
    return ol(slug, addr("Zschäbitz, Annegret", a), "Anmeldung LRA Saale-Orla-Kreis", "2025-04-25 10:40", body), \
        L("registration", [P("Annegret Zschäbitz", a, "Fachdienst Kreisentwicklung und Bauleitplanung")],
          "Landratsamt Saale-Orla-Kreis", "authority", None)


@case("suedeichsfeld-keyvalue")
def _(slug):
    a = "bauverwaltung@suedeichsfeld.example"
    body = """Anmeldung 9. Transferveranstaltung, 20.05.2025, Bad Lobenstein

Nachname: Iffland
Vorname: Gregor
Behörde/Kommune: Landgemeinde Südeichsfeld
Funktion: Sachbearbeiter Städtebau
E-Mail: g.iffland@suedeichsfeld.example
Telefon: 036027 799-12

Mit freundlichen Grüßen
i. A. Iffland"""
    return ol_plain(slug, addr("Bauverwaltung Südeichsfeld", a), "Anmeldung", "2025-04-29 08:03", body), \
        L("registration", [P("Gregor Iffland", "g.iffland@suedeichsfeld.example", "Sachbearbeiter Städtebau")],
          "Landgemeinde Südeichsfeld", "municipality", "Südeichsfeld")


@case("hoersel-open-xchange")
def _(slug):
    a = "m.storandt@gemeinde-hoersel.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich zur Transferveranstaltung „Zusammen denken – gemeinsam handeln“ am 20. Mai an.

Freundliche Grüße
Marlies Storandt
Gemeinde Hörsel
Bauamt"""
    return ox(slug, addr("Marlies Storandt", a), "Anmeldung zur Transferveranstaltung", "2025-05-05 11:44", body), \
        L("registration", [P("Marlies Storandt", a, "Bauamt")], "Gemeinde Hörsel", "municipality", "Hörsel")


@case("nessetal-gmx-ortsteilbuergermeister")
def _(slug):
    a = "kd.bierschenk@gmx.example"
    body = """Guten Abend,

ich bin Ortsteilbürgermeister in der Gemeinde Nessetal und würde gern an der Transferveranstaltung am 20.05. teilnehmen.

Mit freundlichem Gruß
Klaus-Dieter Bierschenk"""
    return gmx(slug, addr("Klaus-Dieter Bierschenk", a), "Teilnahme 20.05.2025", "2025-04-27 20:31", body), \
        L("registration", [P("Klaus-Dieter Bierschenk", a, "Ortsteilbürgermeister")], "Gemeinde Nessetal",
          "municipality", "Nessetal")


@case("georgenthal-apple-two")
def _(slug):
    a = "b.hasenbein@georgenthal.example"
    body = """Sehr geehrte Damen und Herren,

für die Gemeinde Georgenthal melden sich an:
Bettina Hasenbein (Bürgermeisterin)
Uwe Oehrlein (Bauhof/Bauverwaltung), u.oehrlein@georgenthal.example

Beste Grüße
Bettina Hasenbein"""
    return apple(slug, addr("Bettina Hasenbein", a), "Anmeldung Georgenthal", "2025-04-30 19:02", body), \
        L("registration", [P("Bettina Hasenbein", a, "Bürgermeisterin"),
                           P("Uwe Oehrlein", "u.oehrlein@georgenthal.example", "Bauhof/Bauverwaltung")],
          "Gemeinde Georgenthal", "municipality", "Georgenthal")


@case("rastenberg-roundcube-latin1")
def _(slug):
    a = "g.sperrhake@rastenberg.example"
    body = """Sehr geehrte Damen und Herren,

ich möchte mich für die Transferveranstaltung am 20. Mai 2025 anmelden.

Mit freundlichen Grüßen
Gunter Sperrhake
Stadt Rastenberg - Bauverwaltung"""
    return roundcube(slug, addr("Gunter Sperrhake", a), "Anmeldung für den 20. Mai", "2025-05-06 08:15", body,
                     "ISO-8859-1", "8bit"), \
        L("registration", [P("Gunter Sperrhake", a, "Bauverwaltung")], "Stadt Rastenberg", "municipality", "Rastenberg")


@case("weissensee-html-table-three")
def _(slug):
    a = "sekretariat@weissensee.example"
    before = "Sehr geehrte Damen und Herren,\n\nfür die Stadt Weißensee melden wir zur Transferveranstaltung am 20.05.2025 an:\n"
    rows = [["Name", "Funktion", "E-Mail"],
            ["Detlef Thiemig", "Bürgermeister", "d.thiemig@weissensee.example"],
            ["Anja Sturmhöfel", "Bauamtsleiterin", "a.sturmhoefel@weissensee.example"],
            ["Kevin Wüstemann", "Stadtplanung", "k.wuestemann@weissensee.example"]]
    after = f"\n{MFG}\ni. A. Sekretariat des Bürgermeisters\nStadtverwaltung Weißensee"
    plain = before + "\n".join("\t".join(r) for r in rows) + "\n" + after
    return ol(slug, addr("Sekretariat Weißensee", a), "Anmeldung Stadt Weißensee", "2025-05-02 13:37", plain,
              html_only=True, inner=table_html(rows, before, after)), \
        L("registration", [P("Detlef Thiemig", "d.thiemig@weissensee.example", "Bürgermeister"),
                           P("Anja Sturmhöfel", "a.sturmhoefel@weissensee.example", "Bauamtsleiterin"),
                           P("Kevin Wüstemann", "k.wuestemann@weissensee.example", "Stadtplanung")],
          "Stadtverwaltung Weißensee", "municipality", "Weißensee")


@case("auma-weidatal-secretary-mayor")
def _(slug):
    a = "sekretariat@auma-weidatal.example"
    body = f"""Sehr geehrte Damen und Herren,

Herr Bürgermeister Frank Hüttig wird an der Transferveranstaltung am 20. Mai 2025 in Bad Lobenstein teilnehmen.

{MFG}
im Auftrag
Claudia Beyreiß
Sekretariat
Stadt Auma-Weidatal"""
    return ol(slug, addr("Beyreiß, Claudia", a), "Anmeldung Bürgermeister Hüttig", "2025-04-28 11:02", body), \
        L("registration", [P("Frank Hüttig", None, "Bürgermeister")], "Stadt Auma-Weidatal", "municipality",
          "Auma-Weidatal")


@case("hohenleuben-poststelle-reply-to")
def _(slug):
    a = "poststelle@hohenleuben.example"
    r = "i.trommsdorff@hohenleuben.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich für die Transferveranstaltung am 20.05.2025 an. Bitte antworten Sie an meine persönliche Adresse.

{MFG}
Ines Trommsdorff
Bauverwaltung
Stadt Hohenleuben"""
    h = envelope(slug, addr("Poststelle Stadt Hohenleuben", a), "Anmeldung Transferveranstaltung", "2025-05-07 10:26",
                 extra=outlook_headers((f"Reply-To: {addr('Trommsdorff, Ines', r)}",)))
    return message(h, outlook_alt(slug, body)), \
        L("registration", [P("Ines Trommsdorff", r, "Bauverwaltung")], "Stadt Hohenleuben", "municipality", "Hohenleuben")


@case("schwarzatal-dr-ing-office")
def _(slug):
    a = "g.wartenberg@schwarzatal.example"
    body = f"""Sehr geehrte Damen und Herren,

zur 9. Transferveranstaltung am 20. Mai 2025 melde ich mich hiermit an.

{MFG}

Dr.-Ing. Gesine Wartenberg
Fachbereichsleiterin Bau und Ordnung

Stadt Schwarzatal
Markt 3
07422 Schwarzatal
Tel.: 036739 33-120
E-Mail: {a}"""
    return ol(slug, addr("Wartenberg, Gesine Dr.", a), "Anmeldung Transferveranstaltung", "2025-04-24 09:47", body), \
        L("registration", [P("Gesine Wartenberg", a, "Fachbereichsleiterin Bau und Ordnung", "Dr.-Ing.")],
          "Stadt Schwarzatal", "municipality", "Schwarzatal")


@case("private-no-organisation")
def _(slug):
    a = "t.mielitz@web.example"
    body = """Hallo,

ich möchte mich zur Transferveranstaltung am 20. Mai anmelden.

Viele Grüße
Torsten Mielitz"""
    return webde_html_only(slug, addr("Torsten Mielitz", a), "Anmeldung", "2025-05-04 21:10", body), \
        L("registration", [P("Torsten Mielitz", a, None)], None, None, None, review=True,
          missing=("organisation", "municipality"))


# ==================================================================================================
# typical: cancellations, changes, questions
# ==================================================================================================


@case("magdala-cancel-reply-confirmation")
def _(slug):
    a = "h.rummelt@magdala.example"
    code = code_for("magdala-conf")
    body = f"""Sehr geehrte Damen und Herren,

leider muss ich meine Teilnahme am 20. Mai absagen, da kurzfristig ein Termin beim Fördermittelgeber dazwischengekommen ist.

{MFG}
Heiko Rummelt
Stadt Magdala

""" + conf_quote_ol(a, code, "Sehr geehrter Herr Rummelt", ["Heiko Rummelt"], "Freitag, 25. April 2025 14:02")
    return ol(slug, addr("Rummelt, Heiko", a), "AW: " + confirm_subject(code), "2025-05-13 07:55", body), \
        L("cancellation", [P("Heiko Rummelt", a, None)], "Stadt Magdala", "municipality", "Magdala")


@case("plaue-cancel-samsung-no-code")
def _(slug):
    a = "s.eberding@plaue.example"
    body = """Guten Tag, ich kann am 20.5. leider doch nicht nach Bad Lobenstein kommen und sage meine Teilnahme ab. Susann Eberding, Stadt Plaue"""
    return droid(slug, addr("Susann Eberding", a), "Absage Transferveranstaltung", "2025-05-15 17:40", body), \
        L("cancellation", [P("Susann Eberding", a, None)], "Stadt Plaue", "municipality", "Plaue")


@case("geratal-cancel-thunderbird-confirmation")
def _(slug):
    a = "l.bechmann@geratal.example"
    code = code_for("geratal-conf")
    body = """Sehr geehrte Damen und Herren,

wegen einer Erkrankung kann ich am 20. Mai nicht teilnehmen. Bitte streichen Sie mich von der Teilnehmerliste.

Mit freundlichen Grüßen
Lothar Bechmann
Landgemeinde Geratal

""" + conf_quote_tb(code, "Sehr geehrter Herr Bechmann", ["Lothar Bechmann"], "28.04.25 um 09:21")
    return tb(slug, addr("Lothar Bechmann", a), "Re: " + confirm_subject(code), "2025-05-16 08:30", body), \
        L("cancellation", [P("Lothar Bechmann", a, None)], "Landgemeinde Geratal", "municipality", "Geratal")


@case("planning-office-cancel-code-subject")
def _(slug):
    a = "n.quast@arge-stadt-dorf.example"
    code = code_for("arge-quast")
    body = f"""Sehr geehrte Damen und Herren,

hiermit storniere ich meine Anmeldung zur Transferveranstaltung. Ein Kollege aus unserem Büro wird voraussichtlich nicht an meiner Stelle kommen.

{MFG}
Nora Quast
ARGE Stadt+Dorf Planungsgesellschaft mbH, Erfurt"""
    return ol_plain(slug, addr("Quast, Nora", a), f"Stornierung {code}", "2025-05-12 12:15", body), \
        L("cancellation", [P("Nora Quast", a, None)], "ARGE Stadt+Dorf Planungsgesellschaft mbH", "planning_office", None)


@case("neumark-change-add-colleague")
def _(slug):
    a = "r.kuechler@neumark.example"
    code = code_for("neumark-conf")
    body = f"""Sehr geehrte Damen und Herren,

zu meiner Anmeldung ({code}) möchte ich noch meinen Kollegen Herrn Enrico Bauerfeind (e.bauerfeind@neumark.example) nachmelden. Er betreut bei uns das Sanierungsgebiet Altstadt.

{MFG}
Ramona Küchler
Stadt Neumark"""
    return ol_plain(slug, addr("Küchler, Ramona", a), "Nachmeldung eines Kollegen", "2025-05-06 09:50", body), \
        L("change", [P("Enrico Bauerfeind", "e.bauerfeind@neumark.example", None)], "Stadt Neumark", "municipality",
          "Neumark")


@case("orlamuende-change-name-spelling")
def _(slug):
    a = "c.zahnert@orlamuende.example"
    code = code_for("orlamuende-conf")
    body = """Guten Tag,

danke für die Bestätigung. In der Teilnehmerliste steht mein Vorname leider falsch: richtig ist Christiane, nicht Christine. Können Sie das bitte korrigieren, damit das Namensschild stimmt?

Viele Grüße
Christiane Zahnert
Stadt Orlamünde

""" + conf_quote_tb(code, "Sehr geehrte Frau Zahnert", ["Christine Zahnert"], "29.04.25 um 11:05")
    return tb(slug, addr("Christiane Zahnert", a), "Re: " + confirm_subject(code), "2025-04-30 08:12", body,
              cte="quoted-printable"), \
        L("change", [P("Christiane Zahnert", a, None)], "Stadt Orlamünde", "municipality", "Orlamünde",
          notes=["richtig ist Christiane, nicht Christine"])


@case("ilmtal-weinstrasse-change-leave-early")
def _(slug):
    a = "s.goeldner@ilmtal-weinstrasse.example"
    code = code_for("ilmtal-conf")
    body = f"""Hallo,
ich bin angemeldet ({code}), muss am 20. Mai aber schon gegen 13 Uhr wieder los. Nur zur Info für Ihre Planung.
Stephan Göldner
Landgemeinde Ilmtal-Weinstraße"""
    return iphone(slug, addr("Stephan Göldner", a), "Teilnahme nur bis Mittag", "2025-05-14 12:48", body), \
        L("change", [P("Stephan Göldner", a, None)], "Landgemeinde Ilmtal-Weinstraße", "municipality",
          "Ilmtal-Weinstraße", notes=["muss am 20. Mai aber schon gegen 13 Uhr wieder los"])


@case("am-ettersberg-question-council")
def _(slug):
    a = "p.kranold@am-ettersberg.example"
    body = f"""Sehr geehrte Damen und Herren,

richtet sich die Veranstaltung nur an die Verwaltung, oder können auch Mitglieder des Gemeinderates teilnehmen? Falls ja, würden wir uns gern mit zwei Personen anmelden.

{MFG}
Petra Kranold
Landgemeinde Am Ettersberg
Hauptamt"""
    return ol(slug, addr("Kranold, Petra", a), "Frage Teilnehmerkreis", "2025-04-25 14:20", body), \
        L("question", [], "Landgemeinde Am Ettersberg", "municipality", "Am Ettersberg")


@case("planning-office-question-certificate")
def _(slug):
    a = "m.oberlaender@landschaft-plan.example"
    body = """Guten Tag,

erhalten die Teilnehmenden eine Teilnahmebescheinigung? Und ist die Veranstaltung bei der Architektenkammer als Fortbildung anerkannt?

Beste Grüße
Moritz Oberländer
Landschaft + Plan PartG, Jena"""
    return apple(slug, addr("Moritz Oberländer", a), "Teilnahmebescheinigung?", "2025-04-29 17:05", body), \
        L("question", [], "Landschaft + Plan PartG", "planning_office", None)


@case("hirschberg-question-shuttle")
def _(slug):
    a = "m.toegel@hirschberg-saale.example"
    body = """Sehr geehrte Damen und Herren,

wir sind für den 20. Mai bereits angemeldet und reisen mit dem Zug an. Gibt es vom Bahnhof Bad Lobenstein einen Shuttle zum Veranstaltungsort, oder ist das gut zu Fuß zu schaffen?

Freundliche Grüße
Marion Tögel
Stadt Hirschberg"""
    return roundcube(slug, addr("Marion Tögel", a), "Anreise mit der Bahn", "2025-05-12 10:02", body,
                     "UTF-8", "quoted-printable"), \
        L("question", [], "Stadt Hirschberg", "municipality", "Hirschberg")


# ==================================================================================================
# typical: auto replies and bounces
# ==================================================================================================


@case("auto-exchange-invitation")
def _(slug):
    a = "w.nebelung@stadt-leutenberg.example"
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 02.05.2025 nicht im Dienst. Ihre E-Mail wird nicht weitergeleitet. In dringenden Angelegenheiten wenden Sie sich bitte an bauamt@stadt-leutenberg.example.

Wolfgang Nebelung"""
    h = envelope(slug, addr("Nebelung, Wolfgang", a), "Automatische Antwort: " + INVITE_SUBJECT, "2025-04-22 07:32",
                 extra=outlook_headers(("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All")))
    return message(h, outlook_alt(slug, body)), L("auto_reply", [], None, None, None)


@case("auto-abwesenheit-confirmation-no-headers")
def _(slug):
    a = "k.pfotenhauer@stadt-kaltennordheim.example"
    code = code_for("kaltennordheim-conf")
    body = """Abwesenheitsnotiz

Sehr geehrte Damen und Herren,
ich befinde mich bis zum 05.05.2025 im Urlaub. Ab dem 06.05. bin ich wieder für Sie erreichbar.

Mit freundlichen Grüßen
Kerstin Pfotenhauer"""
    return ol_plain(slug, addr("Pfotenhauer, Kerstin", a), "Abwesenheitsnotiz: " + confirm_subject(code),
                    "2025-04-28 10:15", body), L("auto_reply", [], None, None, None)


@case("auto-sieve-vacation-reminder")
def _(slug):
    a = "planung@stadt-ruhla-bau.example"
    code = code_for("sieve-rem")
    body = """Diese Nachricht wurde automatisch erstellt.

Das Postfach wird bis zum 21. Mai 2025 nicht regelmäßig gelesen. Ihre Nachricht wird nicht weitergeleitet.

This is an automatic reply. The mailbox is not read regularly until 21 May 2025."""
    h = envelope(slug, addr("Planung Bauamt", a), "Re: " + reminder_subject(code), "2025-05-13 08:01",
                 extra=("Auto-Submitted: auto-replied (vacation)", "Precedence: bulk"))
    return message(h, text(body, "utf-8", "quoted-printable")), L("auto_reply", [], None, None, None)


@case("bounce-postfix-confirmation")
def _(slug):
    rcpt = "k.rossbach@stadt-bad-tennstedt.example"
    code = code_for("rossbach-conf")
    human = f"""This is the mail system at host mx02.transferveranstaltung.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<{rcpt}>: host mail.stadt-bad-tennstedt.example[203.0.113.41] said:
    550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)"""
    dsn = f"""Reporting-MTA: dns; mx02.transferveranstaltung.example
X-Postfix-Queue-ID: 4Zb1Qk2XyHz9sWp
Arrival-Date: Fri, 25 Apr 2025 11:02:13 +0200 (CEST)

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.stadt-bad-tennstedt.example
Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown
    in virtual mailbox table
"""
    original = our_mail(slug, rcpt, confirm_subject(code), "2025-04-25 11:02",
                        confirmation("Sehr geehrter Herr Roßbach", ["Kai Roßbach"], code))
    part = report(slug, (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                         human.encode() + b"\n"), dsn,
                  (["Content-Description: Undelivered Message", "Content-Type: message/rfc822"], original))
    h = ["Return-Path: <>",
         f"From: {addr('Mail Delivery System', 'MAILER-DAEMON@mx02.transferveranstaltung.example')}",
         f"To: {INBOX}", "Subject: Undelivered Mail Returned to Sender", f"Date: {rfcdate('2025-04-25 11:02')}",
         f"Message-ID: {msgid(slug, 'mx02.transferveranstaltung.example')}", "Auto-Submitted: auto-replied"]
    return message(h, part), L("bounce", [], None, None, None, language="en", bounce_recipient=rcpt)


@case("bounce-german-plain-reminder")
def _(slug):
    rcpt = "bauamt@gemeinde-milda.example"
    code = code_for("milda-rem")
    body = f"""Ihre Nachricht konnte nicht zugestellt werden.

Empfänger: {rcpt}
Grund: Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen.
Status: 5.2.2

-------- Ursprüngliche Nachricht --------
Von: {OUR_NAME} <{INBOX}>
An: {rcpt}
Betreff: {reminder_subject(code)}
Datum: 13.05.2025 08:00

{reminder("Sehr geehrte Damen und Herren", code)}"""
    h = ["Return-Path: <>", f"From: {addr('Mailserver Postmaster', 'postmaster@gemeinde-milda.example')}",
         f"To: {INBOX}", f"Subject: {hval('Unzustellbar: ' + reminder_subject(code))}",
         f"Date: {rfcdate('2025-05-13 08:03')}", f"Message-ID: {msgid(slug, 'gemeinde-milda.example')}"]
    return message(h, text(body, "utf-8", "quoted-printable")), \
        L("bounce", [], None, None, None, bounce_recipient=rcpt)


# ==================================================================================================
# harder: a sign-up for ANOTHER event
# ==================================================================================================


@case("roemhild-other-event-waermeplanung")
def _(slug):
    a = "s.kroenert@roemhild.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich zum Fachworkshop „Kommunale Wärmeplanung in kleinen Städten“ am 3. Juni 2025 in Erfurt an.

{MFG}

""" + sig("Sebastian Krönert", "Klimaschutzmanager", "Stadt Römhild", "Griebelstraße 28", "98631 Römhild",
          "036948 880-25", a)
    return ol(slug, addr("Krönert, Sebastian", a), "Anmeldung Fachworkshop Wärmeplanung 03.06.2025",
              "2025-04-29 13:55", body), \
        L("other", [], "Stadt Römhild", "municipality", "Römhild", review=True,
          notes=["Anmeldung zum Fachworkshop Kommunale Wärmeplanung am 3. Juni 2025 in Erfurt, nicht zu unserer Veranstaltung"])


@case("planning-office-other-event-jena")
def _(slug):
    a = "l.dunkel@quartier-plus.example"
    body = """Guten Tag,

für die Fachtagung "Klimaanpassung im Quartier" am 24.06.2025 in Jena melden wir zwei Personen an:
Lisa-Marie Dunkel und Tobias Wernsdorf.

Viele Grüße
Lisa-Marie Dunkel
quartier plus – Stadt- und Freiraumplanung, Jena"""
    return tb(slug, addr("Lisa-Marie Dunkel", a), "Anmeldung Fachtagung Klimaanpassung 24.06.", "2025-05-05 09:30",
              body), \
        L("other", [], "quartier plus – Stadt- und Freiraumplanung", "planning_office", None, review=True,
          notes=["Anmeldung zur Fachtagung Klimaanpassung im Quartier am 24.06.2025 in Jena"])


@case("uder-other-event-isek-workshop-saalfeld")
def _(slug):
    a = "b.fahlbusch@uder.example"
    body = """Sehr geehrte Damen und Herren,

wie telefonisch besprochen melde ich mich zum Workshop „ISEK kompakt – Konzepte für Landgemeinden“ am 27. Mai 2025 in Saalfeld an.

Mit freundlichen Grüßen
Bernd Fahlbusch
Landgemeinde Uder
Bauverwaltung"""
    return ox(slug, addr("Bernd Fahlbusch", a), "Anmeldung Workshop 27.05. Saalfeld", "2025-05-07 14:18", body), \
        L("other", [], "Landgemeinde Uder", "municipality", "Uder", review=True,
          notes=["Anmeldung zum Workshop ISEK kompakt am 27. Mai 2025 in Saalfeld"])


# ==================================================================================================
# harder: spam and phishing
# ==================================================================================================


@case("spam-mailbox-closed-flagged")
def _(slug):
    a = "support@mail-sicherheit-zentrale.example"
    link = "https://webmail-konto-verifizieren.example/login?user=anmeldung%40transferveranstaltung.example"
    body = f"""Sehr geehrter Nutzer {INBOX},

Ihr Postfach wird innerhalb von 24 Stunden geschlossen, da Ihr Konto nicht verifiziert wurde.

Um die Schließung zu verhindern, bestätigen Sie bitte jetzt Ihr Login:
{link}

Nach Ablauf der Frist werden alle Nachrichten unwiderruflich gelöscht.

Ihr IT-Service Webmail"""
    html_body = ("<html><body style=\"font-family:Arial\"><p>Sehr geehrter Nutzer " + esc(INBOX) + ",</p>"
                 "<p>Ihr Postfach wird innerhalb von <b>24 Stunden</b> geschlossen, da Ihr Konto nicht verifiziert "
                 "wurde.</p><p>Um die Schließung zu verhindern, bestätigen Sie bitte jetzt Ihr Login:</p>"
                 f"<p><a href=\"{esc(link)}\" style=\"background:#0067b8;color:#fff;padding:8px 16px\">"
                 "LOGIN BESTÄTIGEN</a></p><p>Nach Ablauf der Frist werden alle Nachrichten unwiderruflich "
                 "gelöscht.</p><p>Ihr IT-Service Webmail</p></body></html>\n")
    h = envelope(slug, addr("IT-Service Webmail", a), "Ihr Postfach wird geschlossen – bestätigen Sie Ihr Login",
                 "2025-04-30 03:14",
                 extra=("X-Spam-Flag: YES",
                        "X-Spam-Status: Yes, score=14.2 required=5.0 tests=FREEMAIL_FORGED_REPLYTO,\n"
                        "\tHTML_MESSAGE,PHISH_LOGIN_LINK,URIBL_ABUSE_SURBL autolearn=no version=3.4.6",
                        "X-Spam-Score: 14.2", "X-Spam-Level: **************"))
    return message(h, alt(slug, body, html_body)), L("other", [], None, None, None)


@case("spam-exchange-scl-held-messages")
def _(slug):
    a = "no-reply@m365-nachrichtencenter.example"
    link = "https://m365-nachrichtencenter.example/quarantaene/anmelden?id=7731"
    html_body = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
                 "<body><table width=\"600\" style=\"font-family:Segoe UI,sans-serif\"><tr><td>"
                 "<h2>Microsoft 365</h2><p>Für " + esc(INBOX) + " wurden <b>4 Nachrichten</b> zurückgehalten.</p>"
                 "<p>Melden Sie sich an, um die Nachrichten freizugeben. Nicht freigegebene Nachrichten werden nach "
                 "48 Stunden gelöscht.</p>"
                 f"<p><a href=\"{esc(link)}\">Jetzt anmelden und Nachrichten freigeben</a></p>"
                 "<p style=\"color:#888;font-size:11px\">Diese Nachricht wurde von einer Adresse gesendet, die keine "
                 "Antworten empfangen kann.</p></td></tr></table></body></html>\n")
    h = envelope(slug, addr("Microsoft 365 Nachrichtencenter", a), "Anmeldung erforderlich: 4 zurückgehaltene Nachrichten",
                 "2025-05-03 02:41",
                 extra=("X-MS-Exchange-Organization-SCL: 9",
                        "X-MS-Exchange-Organization-AuthAs: Anonymous",
                        "X-Forefront-Antispam-Report: CIP:198.51.100.77;CTRY:;LANG:de;SCL:9;SRV:;IPV:NLI;SFV:SPM;"
                        "H:mail.m365-nachrichtencenter.example;PTR:;CAT:PHSH;SFS:;DIR:INB;",
                        "X-Microsoft-Antispam: BCL:0;"))
    return message(h, text(html_body, "utf-8", "base64", sub="html")), L("other", [], None, None, None)


@case("phishing-event-lookalike-unflagged")
def _(slug):
    a = "service@transferveranstaltung-teilnehmerportal.example"
    link = "https://transferveranstaltung-teilnehmerportal.example/bestaetigen"
    body = f"""Sehr geehrte Teilnehmerin, sehr geehrter Teilnehmer,

für Ihre Anmeldung zur 9. Transferveranstaltung am 20.05.2025 ist noch eine Bestätigung erforderlich.
Bitte melden Sie sich bis zum 09.05.2025 mit Ihren dienstlichen Microsoft-365-Zugangsdaten im Teilnehmerportal an:

{link}

Ohne Bestätigung verfällt Ihr reservierter Platz.

Ihr Teilnehmerservice"""
    h = envelope(slug, addr("Teilnehmerservice Transferveranstaltung", a),
                 "Ihre Anmeldung zur Transferveranstaltung – Bestätigung erforderlich", "2025-05-06 05:22",
                 extra=("X-Spam-Status: No, score=3.4 required=5.0 tests=HTML_MESSAGE,\n"
                        "\tMIME_HTML_ONLY_MULTI,RDNS_NONE autolearn=disabled version=3.4.6",
                        "X-Spam-Score: 3.4"))
    return message(h, alt(slug, body, simple_html(body))), L("other", [], None, None, None)


# ==================================================================================================
# harder: cancellations that look like sign-ups
# ==================================================================================================


@case("graefenthal-subject-anmeldung-abmelden")
def _(slug):
    a = "y.zeuschel@graefenthal.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich von der Transferveranstaltung am 20. Mai wieder ab. An dem Tag findet bei uns kurzfristig eine Bauausschusssitzung statt.

{MFG}
Yvonne Zeuschel
Stadt Gräfenthal"""
    return ol_plain(slug, addr("Zeuschel, Yvonne", a), "Anmeldung Transferveranstaltung 20.05.2025", "2025-05-09 15:03",
                    body), \
        L("cancellation", [P("Yvonne Zeuschel", a, None)], "Stadt Gräfenthal", "municipality", "Gräfenthal")


@case("muenchenbernsdorf-html-only-cancel")
def _(slug):
    a = "j.schirrmeister@muenchenbernsdorf.example"
    code = code_for("muenchenbernsdorf-conf")
    top = f"""Sehr geehrte Damen und Herren,

leider kann ich nun doch nicht an der Veranstaltung teilnehmen. Bitte nehmen Sie meine Anmeldung zurück.

{MFG}
Jürgen Schirrmeister
Stadt Münchenbernsdorf"""
    conf = confirmation("Sehr geehrter Herr Schirrmeister", ["Jürgen Schirrmeister"], code)
    head = (f'<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
            f'<p class="MsoNormal"><b>Von:</b> {esc(OUR_NAME)} &lt;{INBOX}&gt;<br>'
            f'<b>Gesendet:</b> Montag, 28. April 2025 09:40<br><b>An:</b> {a}<br>'
            f'<b>Betreff:</b> {esc(confirm_subject(code))}<o:p></o:p></p></div>')
    inner = word_paragraphs(top) + "\n<p class=\"MsoNormal\">&nbsp;<o:p></o:p></p>\n" + head + "\n" + \
        word_paragraphs(conf)
    return ol(slug, addr("Schirrmeister, Jürgen", a), "AW: " + confirm_subject(code), "2025-05-14 10:22", top,
              html_only=True, inner=inner), \
        L("cancellation", [P("Jürgen Schirrmeister", a, None)], "Stadt Münchenbernsdorf", "municipality",
          "Münchenbernsdorf")


@case("berga-wuenschendorf-delete-my-data")
def _(slug):
    a = "heidrun.ploetner@gmx.example"
    body = """Hallo,

bitte löschen Sie meine Daten, ich komme nicht.

Heidrun Plötner
Bauamt Berga-Wünschendorf"""
    return gmx(slug, addr("Heidrun Plötner", a), "Anmeldung 20.05.", "2025-05-11 19:47", body), \
        L("cancellation", [P("Heidrun Plötner", a, "Bauamt")], "Stadt Berga-Wünschendorf", "municipality",
          "Berga-Wünschendorf", notes=["bitte löschen Sie meine Daten"])


@case("mohlsdorf-cancel-dr-surname-colleague-stays")
def _(slug):
    a = "hauptamt@mohlsdorf-teichwolframsdorf.example"
    code = code_for("mohlsdorf-conf")
    body = f"""Sehr geehrte Damen und Herren,

wir hatten Herrn Dr. Kaltschmidt und Frau Sommerlatte für die Transferveranstaltung angemeldet ({code}). Herr Dr. Kaltschmidt muss die Teilnahme leider absagen. Frau Sommerlatte nimmt wie angemeldet teil.

{MFG}
Hauptamt
Gemeinde Mohlsdorf-Teichwolframsdorf"""
    return ol(slug, addr("Hauptamt Mohlsdorf-Teichwolframsdorf", a),
              "Anmeldung Gemeinde Mohlsdorf-Teichwolframsdorf", "2025-05-15 11:36", body), \
        L("cancellation", [P("Kaltschmidt", None, None, "Dr.")], "Gemeinde Mohlsdorf-Teichwolframsdorf",
          "municipality", "Mohlsdorf-Teichwolframsdorf")


# ==================================================================================================
# harder: sign-up above an internal forward that says someone else is absent
# ==================================================================================================


@case("buttstaedt-signup-above-mayor-forward")
def _(slug):
    a = "m.scheidemantel@buttstaedt.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich für die Transferveranstaltung am 20. Mai 2025 an.

{MFG}
Marko Scheidemantel
Sachbearbeiter Bauverwaltung
Stadt Buttstädt

Von: Bürgermeister Buttstädt <buergermeister@buttstaedt.example>
Gesendet: Dienstag, 22. April 2025 09:14
An: Scheidemantel, Marko <{a}>
Betreff: WG: {INVITE_SUBJECT}

Hallo Herr Scheidemantel,

ich bin am 20.05. auf der Kreistagssitzung und kann nicht teilnehmen. Bitte melden Sie sich an und berichten Sie mir danach.

Gruß
H. Wendelin
Bürgermeister

""" + INV_QUOTE
    return ol(slug, addr("Scheidemantel, Marko", a), "AW: WG: " + INVITE_SUBJECT, "2025-04-23 11:08", body), \
        L("registration", [P("Marko Scheidemantel", a, "Sachbearbeiter Bauverwaltung")], "Stadt Buttstädt",
          "municipality", "Buttstädt")


@case("an-der-schmuecke-forward-absence-two")
def _(slug):
    a = "k.gerbig@an-der-schmuecke.example"
    body = """Sehr geehrte Damen und Herren,

für die Stadt An der Schmücke melde ich mich und meinen Kollegen Daniel Hüpeden (d.huepeden@an-der-schmuecke.example) zur Transferveranstaltung an. Die Nachricht unserer Amtsleiterin habe ich Ihnen zur Info unten angehängt.

Viele Grüße
Katja Gerbig
Bauverwaltung

-------- Weitergeleitete Nachricht --------
Betreff: Transferveranstaltung 20.05.
Datum: Fri, 25 Apr 2025 08:47:12 +0200
Von: Schubart, Heike <h.schubart@an-der-schmuecke.example>
An: Gerbig, Katja <k.gerbig@an-der-schmuecke.example>

Liebe Katja,

ich bin vom 19. bis 23. Mai im Urlaub und kann deshalb nicht nach Bad Lobenstein fahren. Magst du mit Daniel hin?

Heike"""
    return tb(slug, addr("Katja Gerbig", a), "Anmeldung Transferveranstaltung", "2025-04-25 09:31", body), \
        L("registration", [P("Katja Gerbig", a, "Bauverwaltung"),
                           P("Daniel Hüpeden", "d.huepeden@an-der-schmuecke.example", None)],
          "Stadt An der Schmücke", "municipality", "An der Schmücke")


# ==================================================================================================
# harder: sign-up plus question
# ==================================================================================================


@case("heringen-signup-parking-lunch")
def _(slug):
    a = "a.ruehlemann@heringen-helme.example"
    body = f"""Sehr geehrte Damen und Herren,

zur Transferveranstaltung am 20. Mai melden wir uns zu zweit an: Anke Rühlemann und Pascal Hädicke (p.haedicke@heringen-helme.example).

Wir kommen mit dem Dienstwagen – gibt es vor Ort Parkplätze? Und ist ein Mittagessen vorgesehen, oder sollten wir uns selbst versorgen?

{MFG}
Anke Rühlemann
Stadt Heringen/Helme, Bauamt"""
    return ol(slug, addr("Rühlemann, Anke", a), "Anmeldung und Fragen", "2025-04-30 10:51", body), \
        L("registration", [P("Anke Rühlemann", a, "Bauamt"),
                           P("Pascal Hädicke", "p.haedicke@heringen-helme.example", None)],
          "Stadt Heringen/Helme", "municipality", "Heringen/Helme",
          notes=["gibt es vor Ort Parkplätze?", "ist ein Mittagessen vorgesehen, oder sollten wir uns selbst versorgen?"])


@case("vogtei-signup-refers-earlier-question")
def _(slug):
    a = "r.goerbing@vogtei.example"
    body = """Guten Tag,

in meiner Mail vom 25. April hatte ich gefragt, ob die Vorträge im Anschluss zur Verfügung gestellt werden. Eine Antwort habe ich noch nicht – unabhängig davon melde ich mich hiermit für den 20. Mai an.

Viele Grüße
Ralf Görbing
Landgemeinde Vogtei
Bauverwaltung"""
    return ox(slug, addr("Ralf Görbing", a), "Anmeldung + meine Frage vom 25.04.", "2025-05-02 15:12", body), \
        L("registration", [P("Ralf Görbing", a, "Bauverwaltung")], "Landgemeinde Vogtei", "municipality", "Vogtei",
          notes=["ob die Vorträge im Anschluss zur Verfügung gestellt werden (Frage vom 25. April, unbeantwortet)"])


# ==================================================================================================
# harder: substitution
# ==================================================================================================


@case("nottertal-mayor-replaced")
def _(slug):
    a = "sekretariat@nottertal-heilinger-hoehen.example"
    code = code_for("nottertal-conf")
    body = f"""Sehr geehrte Damen und Herren,

Herr Bürgermeister Tilo Hoßbach kann leider doch nicht an der Transferveranstaltung teilnehmen ({code}). An seiner Stelle kommt Frau Beate Wollenhaupt, Leiterin des Hauptamtes (b.wollenhaupt@nottertal-heilinger-hoehen.example).

{MFG}
i. A. Sekretariat
Stadt Nottertal-Heilinger Höhen"""
    return ol(slug, addr("Sekretariat Bürgermeister", a), f"Änderung Teilnehmer {code}", "2025-05-08 09:05", body), \
        L("change", [P("Beate Wollenhaupt", "b.wollenhaupt@nottertal-heilinger-hoehen.example",
                       "Leiterin des Hauptamtes"),
                     P("Tilo Hoßbach", None, "Bürgermeister")],
          "Stadt Nottertal-Heilinger Höhen", "municipality", "Nottertal-Heilinger Höhen")


@case("kindelbrueck-dr-ill-replaced-sender-stays")
def _(slug):
    a = "a.grimmer@kindelbrueck.example"
    code = code_for("kindelbrueck-conf")
    body = """Hallo,

Frau Dr. Irmgard Eberwein ist leider erkrankt. Für sie kommt Herr Jörg Schwanitz (j.schwanitz@kindelbrueck.example) mit. Ich selbst bleibe wie angemeldet dabei.

Viele Grüße
Axel Grimmer
Landgemeinde Kindelbrück

""" + conf_quote_tb(code, "Sehr geehrter Herr Grimmer", ["Axel Grimmer", "Irmgard Eberwein"], "24.04.25 um 13:40")
    return tb(slug, addr("Axel Grimmer", a), "Re: " + confirm_subject(code), "2025-05-16 07:20", body), \
        L("change", [P("Jörg Schwanitz", "j.schwanitz@kindelbrueck.example", None),
                     P("Irmgard Eberwein", None, None, "Dr.")],
          "Landgemeinde Kindelbrück", "municipality", "Kindelbrück")


# ==================================================================================================
# harder: degrees before names, "und", the same person from a private address
# ==================================================================================================


@case("am-ohmberg-planning-office-degrees-und")
def _(slug):
    a = "kontakt@eichentopf-lindemeier.example"
    body = f"""Sehr geehrte Damen und Herren,

als mit dem ISEK der Landgemeinde Am Ohmberg beauftragtes Planungsbüro melden wir Dipl.-Ing. Volkmar Eichentopf und M.Sc. Franziska Lindemeier zur Transferveranstaltung am 20.05.2025 an.

{MFG}
Eichentopf + Lindemeier Stadtplanung
Bahnhofstraße 3, 37339 Leinefelde-Worbis
kontakt@eichentopf-lindemeier.example"""
    return ol(slug, addr("Eichentopf + Lindemeier Stadtplanung", a), "Anmeldung Transferveranstaltung",
              "2025-05-05 08:27", body), \
        L("registration", [P("Volkmar Eichentopf", None, None, "Dipl.-Ing."),
                           P("Franziska Lindemeier", None, None, "M.Sc.")],
          "Eichentopf + Lindemeier Stadtplanung", "planning_office", "Am Ohmberg")


@case("schwarzatal-same-person-private")
def _(slug):
    a = "gesine.wartenberg@gmx.example"
    body = """Sehr geehrte Damen und Herren,

ich habe mich am 24. April über meine Dienstadresse zur Transferveranstaltung angemeldet, aber bisher keine Bestätigung erhalten. Da unser Mailserver im Rathaus gerade gestört ist, schreibe ich von meiner privaten Adresse: Ich möchte am 20. Mai gern teilnehmen – bitte melden Sie mich an, falls meine erste Mail nicht angekommen ist.

Viele Grüße
Gesine Wartenberg
Stadt Schwarzatal"""
    return gmx(slug, addr("Gesine Wartenberg", a), "Meine Anmeldung vom 24.04.", "2025-05-02 18:44", body), \
        L("registration", [P("Gesine Wartenberg", a, None)], "Stadt Schwarzatal", "municipality", "Schwarzatal",
          review=True, notes=["am 24. April über meine Dienstadresse angemeldet, aber bisher keine Bestätigung"])


# ==================================================================================================
# harder: notes about one attendee in a multi-person mail
# ==================================================================================================


@case("sonnenstein-three-one-late")
def _(slug):
    a = "r.leutloff@sonnenstein.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Landgemeinde Sonnenstein nehmen an der Transferveranstaltung teil:

1. Romy Leutloff, Bauamt (r.leutloff@sonnenstein.example)
2. Lutz Brömel, Ortschaftsbürgermeister
3. Sören Apelt, Bauhof/Liegenschaften (s.apelt@sonnenstein.example)

Herr Brömel kommt wegen eines Vororttermins erst gegen 11 Uhr dazu.

{MFG}
Romy Leutloff"""
    return ol(slug, addr("Leutloff, Romy", a), "Anmeldung Landgemeinde Sonnenstein (3 Personen)", "2025-05-06 13:14",
              body), \
        L("registration", [P("Romy Leutloff", a, "Bauamt"), P("Lutz Brömel", None, "Ortschaftsbürgermeister"),
                           P("Sören Apelt", "s.apelt@sonnenstein.example", "Bauhof/Liegenschaften")],
          "Landgemeinde Sonnenstein", "municipality", "Sonnenstein",
          notes=["Herr Brömel kommt wegen eines Vororttermins erst gegen 11 Uhr dazu."])


@case("grammetal-two-wheelchair")
def _(slug):
    a = "j.ortmann@grammetal.example"
    body = """Guten Tag,

wir melden uns für den 20. Mai an: Jan Ortmann (Bauverwaltung) und Gisela Trübsbach (Gemeinderätin, Ausschuss für Bau und Umwelt).

Frau Trübsbach ist auf einen Rollstuhl angewiesen. Ist der Veranstaltungsort barrierefrei erreichbar, und gibt es einen Behindertenparkplatz?

Viele Grüße
Jan Ortmann
Landgemeinde Grammetal"""
    return tb(slug, addr("Jan Ortmann", a), "Anmeldung 2 Personen", "2025-05-07 16:02", body), \
        L("registration", [P("Jan Ortmann", a, "Bauverwaltung"), P("Gisela Trübsbach", None, "Gemeinderätin")],
          "Landgemeinde Grammetal", "municipality", "Grammetal",
          notes=["Frau Trübsbach ist auf einen Rollstuhl angewiesen.",
                 "Ist der Veranstaltungsort barrierefrei erreichbar, und gibt es einen Behindertenparkplatz?"])


# ==================================================================================================
# harder: thanks, "ok", a misdirected internal mail
# ==================================================================================================


@case("mellingen-thanks-apple")
def _(slug):
    a = "u.fasold@vg-mellingen.example"
    code = code_for("mellingen-conf")
    body = """Vielen Dank, ich freue mich auf die Veranstaltung!

Ute Fasold
Gemeinde Mellingen

""" + thunderbird_quote("28.04.2025 um 10:05", f"{OUR_NAME} <{INBOX}>",
                        confirmation("Sehr geehrte Frau Fasold", ["Ute Fasold"], code))
    return apple(slug, addr("Ute Fasold", a), "Re: " + confirm_subject(code), "2025-04-28 10:31", body), \
        L("other", [], "Gemeinde Mellingen", "municipality", "Mellingen")


@case("ok-iphone-confirmation")
def _(slug):
    a = "m.sacher@t-online.example"
    code = code_for("sacher-conf")
    conf = confirmation("Sehr geehrter Herr Sacher", ["Matthias Sacher"], code)
    body = "ok\n\nVon meinem iPhone gesendet\n\n" + \
        f"> Am 05.05.2025 um 11:40 schrieb {OUR_NAME} <{INBOX}>:\n>\n" + quote(conf)
    h = envelope(slug, addr("Matthias Sacher", a), "Re: " + confirm_subject(code), "2025-05-05 12:03",
                 extra=("X-Mailer: iPhone Mail (22E252)",))
    return message(h, text(body, "utf-8", "quoted-printable")), L("other", [], None, None, None)


@case("koenigsee-misdirected-internal-isek")
def _(slug):
    a = "r.zinecker@koenigsee.example"
    body = f"""Hallo Anja,

anbei wie besprochen meine Anmerkungen zum ISEK-Entwurf (Kapitel 4, Handlungsfelder Wohnen und Klimaanpassung). Kannst du die bis Freitag in die Fassung für den Bauausschuss einarbeiten?

Danke und Gruß
René

René Zinecker
Stadtplanung
Stadt Königsee"""
    return ol(slug, addr("Zinecker, René", a), "ISEK-Entwurf Kap. 4 – Anmerkungen", "2025-05-06 14:40", body), \
        L("other", [], "Stadt Königsee", "municipality", "Königsee", review=True,
          notes=["interne Mail, offenbar falsch adressiert"])


# ==================================================================================================

EARLIER = ("corpus", "corpus_holdout", "corpus_blind", "corpus_blind2", "corpus_blind3", "corpus_blind4",
           "corpus_blind5", "corpus_blind6", "corpus_blind7", "corpus_blind8")

# The one intended repeat inside this set: the same person writes again from a private address.
SAME_PERSON = {"wartenberg"}
SAME_PLACE = {"Schwarzatal"}


def check_within(folder: Path) -> None:
    """No surname or municipality twice inside this set, except the intended same-person pair."""
    surnames: dict[str, str] = {}
    places: dict[str, str] = {}
    problems = []
    for js in sorted(folder.glob("[0-9][0-9][0-9]-*.json")):
        data = json.loads(js.read_text(encoding="utf-8"))
        for p in data["attendees"]:
            s = p["name"].split()[-1].lower()
            if s in surnames and s not in SAME_PERSON:
                problems.append(f"{js.name}: surname {s} also in {surnames[s]}")
            surnames.setdefault(s, js.name)
        m = data["municipality"]
        if m:
            if m["name"] in places and m["name"] not in SAME_PLACE:
                problems.append(f"{js.name}: municipality {m['name']} also in {places[m['name']]}")
            places.setdefault(m["name"], js.name)
        for key in ("needs_review", "missing"):
            if key not in data:
                problems.append(f"{js.name}: no {key}")
    for p in problems:
        print("PROBLEM:", p)
    if problems:
        raise SystemExit(1)


if __name__ == "__main__":
    main(HERE, CASES, seed=20250522, earlier=EARLIER, unique_within=False, repeats_allowed=True)
    check_within(HERE)
