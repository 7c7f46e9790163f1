"""Rebuild and validate the eleventh blind corpus (tests/corpus_blind11/).

Written from the invitation, INTERFACE.md and the labelling conventions of tests/corpus/README.md and
tests/corpus_blind8/README.md only, without reading or running the parser, by an eleventh writer. Each case is one
mail as the registration inbox receives it in the last two weeks before the registration deadline (9 May 2025),
built by the byte-exact MIME writer of tests/corpus_kit.py, with what a careful event secretary records from that
mail alone.

    .venv/bin/python tests/corpus_blind11/make_blind11.py          # rewrite all files, then validate
    .venv/bin/python tests/corpus_blind11/make_blind11.py --check  # validate the files as they are, and check
                                                                   # that a rebuild would be byte-identical
"""

from __future__ import annotations

import json
import random
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
    outlook_quote,
    our_mail,
    ox,
    quote,
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
    waitlist,
    webde_html_only,
)

HERE = Path(__file__).resolve().parent
CASES: Cases = []
case = case_registry(CASES)
SEED = 20250509

MFG = "Mit freundlichen Grüßen"
EVENT = "9. Transferveranstaltung am 20. Mai 2025"


# our own subjects, as the brief gives their beginnings
def conf_subject(code: str) -> str:
    return f"Anmeldebestätigung: {EVENT} ({code})"


def wait_subject(code: str) -> str:
    return f"Warteliste: {EVENT} ({code})"


def cancel_subject(code: str) -> str:
    return f"Abmeldung bestätigt: {EVENT} ({code})"


MISSING_SUBJECT = f"Fehlende Angaben zu Ihrer Anmeldung: {EVENT}"


def conf_ol(to: str, code: str, salutation: str, persons: list[str], when_de: str) -> str:
    """Our confirmation as Outlook quotes it ("-----Ursprüngliche Nachricht-----")."""
    return outlook_quote(when_de, to, conf_subject(code), confirmation(salutation, persons, code))


def conf_tb(code: str, salutation: str, persons: list[str], when_de: str) -> str:
    return thunderbird_quote(when_de, f"{OUR_NAME}", confirmation(salutation, persons, code))


def new_outlook_quote(frm: str, when_de: str, to: str, subject: str, body: str) -> str:
    """The newer Outlook reply header: a rule, then Von/Gesendet/An/Betreff."""
    return ("________________________________\n"
            f"Von: {frm}\nGesendet: {when_de}\nAn: {to}\nBetreff: {subject}\n\n{body}")


INV_QUOTE_NEW = new_outlook_quote(INVITE_FROM, "Dienstag, 22. April 2025 07:30", "Verteiler Kommunen",
                                  INVITE_SUBJECT, INVITATION)


def iphone_reply(slug: str, frm: str, subject: str, when: str, body: str, quoted_head: str,
                 quoted_body: str) -> bytes:
    """iPhone reply: the short text, the iPhone line, then the quoted mail with '>'."""
    h = envelope(slug, frm, subject, when, extra=("X-Mailer: iPhone Mail (22E252)",))
    full = f"{body}\n\nVon meinem iPhone gesendet\n\n> {quoted_head}\n> \n" + quote(quoted_body)
    return message(h, text(full, "utf-8", "quoted-printable"))


# ==================================================================================================
# registrations
# ==================================================================================================


@case("zeulenroda-triebes-outlook-one")
def _(slug):
    a = "k.strobelt@zeulenroda-triebes.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich für die 9. Transferveranstaltung „Zusammen denken – gemeinsam handeln“ am 20. Mai 2025 in Bad Lobenstein an. Wir schreiben unser ISEK derzeit fort und freuen uns auf den Austausch.

{MFG}

""" + sig("Kathleen Strobelt", "Sachgebietsleiterin Stadtplanung", "Stadtverwaltung Zeulenroda-Triebes",
          "Schopperstraße 81", "07937 Zeulenroda-Triebes", "036628 64-217", a)
    return ol(slug, addr("Strobelt, Kathleen", a), "Anmeldung Transferveranstaltung am 20.05.2025", "2025-04-25 08:41", body), \
        label("registration", [P("Kathleen Strobelt", a, "Sachgebietsleiterin Stadtplanung")],
              "Stadtverwaltung Zeulenroda-Triebes", "municipality", "Zeulenroda-Triebes")


@case("dingelstaedt-mayor-plus-colleague")
def _(slug):
    a = "buergermeister@dingelstaedt.example"
    b = "s.wenzlik@dingelstaedt.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Stadt Dingelstädt melde ich mich und unsere Bauamtsleiterin, Frau Susann Wenzlik ({b}), zur Transferveranstaltung am 20. Mai an.

{MFG}

Ralf Oberhäuser
Bürgermeister
Stadt Dingelstädt
Tel. 036075 6 12-10"""
    return ol_plain(slug, addr("Oberhäuser, Ralf", a), "Anmeldung Stadt Dingelstädt", "2025-04-25 10:17", body), \
        label("registration", [P("Ralf Oberhäuser", a, "Bürgermeister"), P("Susann Wenzlik", b, "Bauamtsleiterin")],
              "Stadt Dingelstädt", "municipality", "Dingelstädt")


@case("bad-salzungen-office-three-table")
def _(slug):
    a = "fd-bau@badsalzungen.example"
    rows = [["Name", "Funktion", "E-Mail"],
            ["Dipl.-Ing. Holger Schachtschabel", "Fachdienstleiter Bau", "h.schachtschabel@badsalzungen.example"],
            ["Birgit Ifflinger", "Stadtplanung / ISEK", "b.ifflinger@badsalzungen.example"],
            ["Marcel Kirchschläger", "Städtebauförderung", "m.kirchschlaeger@badsalzungen.example"]]
    before = """Sehr geehrte Damen und Herren,

zur 9. Transferveranstaltung am 20.05.2025 melden wir folgende Mitarbeiter der Stadtverwaltung Bad Salzungen an:
"""
    after = """
Vielen Dank und freundliche Grüße
i. A. Heike Mämpel
Sekretariat Fachdienst Bau
Stadtverwaltung Bad Salzungen"""
    plain = before + "\n" + "\n".join("\t".join(r) for r in rows) + "\n" + after
    return ol(slug, addr("Sekretariat Fachdienst Bau", a), "Anmeldung Stadt Bad Salzungen – 3 Personen",
              "2025-04-28 09:03", plain, html_only=True, inner=table_html(rows, before, after)), \
        label("registration", [P("Holger Schachtschabel", "h.schachtschabel@badsalzungen.example", "Fachdienstleiter Bau", "Dipl.-Ing."),
                               P("Birgit Ifflinger", "b.ifflinger@badsalzungen.example", "Stadtplanung / ISEK"),
                               P("Marcel Kirchschläger", "m.kirchschlaeger@badsalzungen.example", "Städtebauförderung")],
              "Stadtverwaltung Bad Salzungen", "municipality", "Bad Salzungen")


@case("planning-office-client-koelleda")
def _(slug):
    a = "olbertz@quartier-plan-weimar.example"
    b = "mauersberger@quartier-plan-weimar.example"
    body = f"""Sehr geehrte Damen und Herren,

als mit der Fortschreibung des ISEK der Stadt Kölleda beauftragtes Planungsbüro möchten wir gern an der Transferveranstaltung am 20. Mai teilnehmen. Bitte melden Sie an:

- Dr. Friederike Olbertz ({a})
- Jan-Philipp Mauersberger ({b})

Die Stadt Kölleda meldet sich nach unserem Kenntnisstand separat an.

Viele Grüße

-- 
Dr. Friederike Olbertz
QuartierPlan Stadt- und Regionalplanung GbR
Schwanseestraße 12, 99423 Weimar
Tel. 03643 77 41 20"""
    return tb(slug, addr("Friederike Olbertz", a), "Anmeldung Büro QuartierPlan (ISEK Kölleda)", "2025-04-28 14:36", body), \
        label("registration", [P("Friederike Olbertz", a, None, "Dr."), P("Jan-Philipp Mauersberger", b, None)],
              "QuartierPlan Stadt- und Regionalplanung GbR", "planning_office", "Kölleda")


@case("planning-office-client-nesse-apfelstaedt-gmx")
def _(slug):
    a = "a.suenderhauf@stadtlandpartner.example"
    body = f"""Guten Tag,

ich möchte mich zur Transferveranstaltung am 20.05.2025 anmelden. Unser Büro begleitet die Gemeinde Nesse-Apfelstädt bei der Erarbeitung ihres Gemeindeentwicklungskonzepts und des ISEK für den Hauptort.

{MFG}
Dr. Annegret Sünderhauf
StadtLand Partner – Büro für Stadt- und Regionalentwicklung
Leipzig"""
    return gmx(slug, addr("Annegret Sünderhauf", a), "Anmeldung Transferveranstaltung", "2025-04-29 11:20", body), \
        label("registration", [P("Annegret Sünderhauf", a, None, "Dr.")],
              "StadtLand Partner – Büro für Stadt- und Regionalentwicklung", "planning_office", "Nesse-Apfelstädt")


@case("landratsamt-saale-holzland-two")
def _(slug):
    a = "u.rueppel@lra-shk.example"
    b = "d.hesselbarth@lra-shk.example"
    body = f"""Sehr geehrte Damen und Herren,

vom Landratsamt Saale-Holzland-Kreis, Fachdienst Kreisentwicklung und Bauleitplanung, nehmen Herr Uwe Rüppel und Frau Dörte Hesselbarth an der Transferveranstaltung am 20. Mai 2025 teil.
Frau Hesselbarth erreichen Sie unter {b}.

{MFG}
Im Auftrag

Uwe Rüppel
Fachdienstleiter Kreisentwicklung
Landratsamt Saale-Holzland-Kreis
Im Schloss
07607 Eisenberg"""
    return ol(slug, addr("Rüppel, Uwe", a), "Anmeldung Landratsamt Saale-Holzland-Kreis", "2025-04-29 07:55", body), \
        label("registration", [P("Uwe Rüppel", a, "Fachdienstleiter Kreisentwicklung"), P("Dörte Hesselbarth", b, None)],
              "Landratsamt Saale-Holzland-Kreis", "authority", None)


@case("hermsdorf-reply-to-invitation")
def _(slug):
    a = "s.graefenhain@hermsdorf.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich zur Veranstaltung an.

{MFG}

Silvio Gräfenhain
Bauverwaltung / Stadtentwicklung
Stadt Hermsdorf
Eisenberger Straße 56
07629 Hermsdorf
Telefon 036601 57-330

""" + INV_QUOTE_NEW
    return ol(slug, addr("Gräfenhain, Silvio", a), "AW: " + INVITE_SUBJECT, "2025-04-28 12:02", body), \
        label("registration", [P("Silvio Gräfenhain", a, "Bauverwaltung / Stadtentwicklung")],
              "Stadt Hermsdorf", "municipality", "Hermsdorf")


@case("ostramondra-iphone-ich-komme")
def _(slug):
    a = "buergermeister@ostramondra.example"
    head = "Am 22.04.2025 um 07:30 schrieb Referat Städtebau und Städtebauförderung <isek-transfer@transferveranstaltung.example>:"
    return iphone_reply(slug, addr("Matthias Beyersdorf", a), "AW: " + INVITE_SUBJECT, "2025-04-26 19:48",
                        "Ich komme. Gruß M. Beyersdorf", head, INVITATION), \
        label("registration", [P("Matthias Beyersdorf", a, "Bürgermeister")], "Gemeinde Ostramondra", "municipality",
              "Ostramondra")


@case("hohenfelden-vg-thunderbird")
def _(slug):
    a = "e.mergenthal@vg-kranichfeld.example"
    body = """Sehr geehrte Damen und Herren,

für die Gemeinde Hohenfelden melde ich mich zur Transferveranstaltung am 20.05.2025 an. Die Gemeinde plant ein Entwicklungskonzept für den Ortskern und möchte sich vorab informieren.

Freundliche Grüße

-- 
Evelyn Mergenthal
Bauamt
Verwaltungsgemeinschaft Kranichfeld"""
    return tb(slug, addr("Evelyn Mergenthal", a), "Anmeldung Gemeinde Hohenfelden", "2025-04-30 09:12", body), \
        label("registration", [P("Evelyn Mergenthal", a, "Bauamt")], "Verwaltungsgemeinschaft Kranichfeld",
              "municipality", "Hohenfelden")


@case("leinefelde-worbis-keyvalue-ox")
def _(slug):
    a = "c.amthauer@leinefelde-worbis.example"
    body = f"""Sehr geehrte Damen und Herren,

anbei meine Anmeldung:

Name: Amthauer, Christoph
Dienststelle: Stadt Leinefelde-Worbis, Fachbereich Bau und Stadtentwicklung
Funktion: Sachbearbeiter Städtebauförderung
Telefon: 03605 200-412
E-Mail: {a}

{MFG}
Christoph Amthauer"""
    return ox(slug, addr("Christoph Amthauer", a), "Anmeldung zur 9. Transferveranstaltung", "2025-04-30 13:40", body), \
        label("registration", [P("Christoph Amthauer", a, "Sachbearbeiter Städtebauförderung")],
              "Stadt Leinefelde-Worbis", "municipality", "Leinefelde-Worbis")


@case("ebeleben-latin1-dipl-ing")
def _(slug):
    a = "groebner@ebeleben.example"
    body = f"""Sehr geehrte Damen und Herren,

ich nehme gern an der Transferveranstaltung am 20. Mai 2025 teil und bitte um Anmeldung.

{MFG}

Dipl.-Ing. Reinhard Gröbner
Leiter Bauamt
Stadt Ebeleben
Markt 1, 99713 Ebeleben"""
    return roundcube(slug, addr("Reinhard Gröbner", a, "ISO-8859-1"), "Anmeldung Transferveranstaltung 20. Mai",
                     "2025-05-02 08:27", body), \
        label("registration", [P("Reinhard Gröbner", a, "Leiter Bauamt", "Dipl.-Ing.")], "Stadt Ebeleben",
              "municipality", "Ebeleben")


@case("milda-webde-mayor-private")
def _(slug):
    a = "gunter.schwalbach@web.example"
    body = f"""Sehr geehrte Damen und Herren,

als ehrenamtlicher Bürgermeister der Gemeinde Milda melde ich mich zur Transferveranstaltung am 20. Mai an. Eine dienstliche E-Mail-Adresse habe ich nicht, bitte schreiben Sie mir an diese Adresse.

{MFG}
Gunter Schwalbach
Bürgermeister Gemeinde Milda"""
    return webde_html_only(slug, addr("Gunter Schwalbach", a), "Anmeldung", "2025-04-27 20:31", body), \
        label("registration", [P("Gunter Schwalbach", a, "Bürgermeister")], "Gemeinde Milda", "municipality", "Milda")


@case("goessnitz-ascii")
def _(slug):
    a = "s.rueckert@goessnitz.example"
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich fuer die Transferveranstaltung am 20.05.2025 in Bad Lobenstein an. Ich bin in der Stadtverwaltung Goessnitz fuer die Staedtebaufoerderung zustaendig.

Mit freundlichen Gruessen
Sieglinde Rueckert
Stadtverwaltung Goessnitz
Bauamt"""
    h = envelope(slug, addr("Sieglinde Rueckert", a), "Anmeldung Transferveranstaltung", "2025-05-05 10:06",
                 extra=("X-Mailer: Microsoft Outlook 14.0",))
    return message(h, text(body, "us-ascii", "7bit")), \
        label("registration", [P("Sieglinde Rueckert", a, None)], "Stadtverwaltung Gößnitz", "municipality", "Gößnitz")


@case("ranis-apple-two")
def _(slug):
    a = "a.leipelt@ranis.example"
    b = "t.elsaesser@ranis.example"
    body = f"""Hallo zusammen,

für die Stadt Ranis kommen am 20. Mai Herr Torsten Elsässer ({b}) und ich.

Viele Grüße
Andrea Leipelt
Stadt Ranis – Bauamt"""
    return apple(slug, addr("Andrea Leipelt", a), "Anmeldung Transferveranstaltung", "2025-05-02 16:54", body), \
        label("registration", [P("Andrea Leipelt", a, "Bauamt"), P("Torsten Elsässer", b, None)],
              "Stadt Ranis", "municipality", "Ranis")


@case("tanna-samsung-short")
def _(slug):
    a = "m.beierlein@tanna.example"
    body = "Guten Tag, hiermit melde ich mich für die Transferveranstaltung am 20.05. an. Maik Beierlein, Stadt Tanna, Bauverwaltung"
    return droid(slug, addr("Maik Beierlein", a), "Anmeldung", "2025-05-03 07:22", body), \
        label("registration", [P("Maik Beierlein", a, "Bauverwaltung")], "Stadt Tanna", "municipality", "Tanna")


@case("schkoelen-secretary-registers-mayor")
def _(slug):
    a = "sekretariat@schkoelen.example"
    body = f"""Sehr geehrte Damen und Herren,

im Auftrag von Herrn Bürgermeister Dr. Klaus-Dieter Kirchenmaier melde ich ihn zur Transferveranstaltung am 20. Mai 2025 an. Bitte senden Sie die Bestätigung an diese Adresse.

{MFG}
i. A. Jessica Pohle
Sekretariat
Stadt Schkölen"""
    return ol(slug, addr("Sekretariat Bürgermeister Schkölen", a), "Anmeldung Bürgermeister Stadt Schkölen",
              "2025-04-29 10:48", body), \
        label("registration", [P("Klaus-Dieter Kirchenmaier", None, "Bürgermeister", "Dr.")], "Stadt Schkölen",
              "municipality", "Schkölen")


@case("weida-surname-first")
def _(slug):
    a = "g.sauerzapf@weida.example"
    body = """Guten Tag,

ich möchte an der Transferveranstaltung „Zusammen denken – gemeinsam handeln“ teilnehmen.

Freundliche Grüße

Sauerzapf
SB Stadtplanung
Stadtverwaltung Weida
Tel. 036603 54-160"""
    return ol_plain(slug, addr("Sauerzapf, Gundula", a), "Teilnahme 20.05.", "2025-05-06 11:31", body), \
        label("registration", [P("Gundula Sauerzapf", a, "SB Stadtplanung")], "Stadtverwaltung Weida",
              "municipality", "Weida")


@case("bad-koestritz-two-one-without-address")
def _(slug):
    a = "y.zschiegner@badkoestritz.example"
    body = f"""Sehr geehrte Damen und Herren,

zur Transferveranstaltung am 20. Mai melden wir uns zu zweit an: Herr Steffen Anschild (Bauamtsleiter) und ich.

{MFG}
Yvonne Zschiegner
Stadt Bad Köstritz
Bauamt / Stadtentwicklung"""
    return ol(slug, addr("Zschiegner, Yvonne", a), "Anmeldung Transferveranstaltung ISEK", "2025-04-30 15:09", body), \
        label("registration", [P("Steffen Anschild", None, "Bauamtsleiter"), P("Yvonne Zschiegner", a, None)],
              "Stadt Bad Köstritz", "municipality", "Bad Köstritz")


@case("planning-office-no-client-thunderbird")
def _(slug):
    a = "kuehnlenz@ib-kuehnlenz.example"
    body = f"""Sehr geehrte Damen und Herren,

als Planungsbüro, das mehrere Thüringer Kommunen bei der Fortschreibung ihrer ISEK begleitet, würde ich gern an der Veranstaltung am 20. Mai teilnehmen. Bitte nehmen Sie mich in die Teilnehmerliste auf.

{MFG}

-- 
Dipl.-Ing. Bastian Kühnlenz
Ingenieurbüro Kühnlenz | Stadtplanung · Verkehr
De-Smit-Straße 18, 07545 Gera"""
    return tb(slug, addr("Bastian Kühnlenz", a), "Anmeldung zur Transferveranstaltung", "2025-05-05 17:15", body), \
        label("registration", [P("Bastian Kühnlenz", a, None, "Dipl.-Ing.")], "Ingenieurbüro Kühnlenz",
              "planning_office", None)


@case("planning-office-client-vacha-apple")
def _(slug):
    a = "fladung@werra-rhoen-plan.example"
    b = "wiegand-pusch@werra-rhoen-plan.example"
    body = f"""Guten Tag,

wir sind von der Stadt Vacha mit der Fortschreibung des ISEK beauftragt und melden zwei Personen an:

Dörthe Fladung, {a}
Lukas Wiegand-Pusch, {b}

Herzliche Grüße aus Bad Hersfeld
Dörthe Fladung
Werra-Rhön Plan – Architektur und Stadtplanung"""
    return apple(slug, addr("Dörthe Fladung", a), "Anmeldung – ISEK Vacha", "2025-05-06 09:58", body), \
        label("registration", [P("Dörthe Fladung", a, None), P("Lukas Wiegand-Pusch", b, None)],
              "Werra-Rhön Plan – Architektur und Stadtplanung", "planning_office", "Vacha")


@case("landratsamt-sonneberg-html-only")
def _(slug):
    a = "p.stiebner@lra-sonneberg.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich für die Transferveranstaltung am 20.05.2025 an.

{MFG}
Im Auftrag
Peggy Stiebner

Landratsamt Sonneberg
Fachbereich Bau und Umwelt / Regionalentwicklung
Bahnhofstraße 66
96515 Sonneberg"""
    return ol(slug, addr("Stiebner, Peggy", a), "Anmeldung", "2025-05-07 08:14", body, html_only=True), \
        label("registration", [P("Peggy Stiebner", a, "Regionalentwicklung")], "Landratsamt Sonneberg", "authority", None)


@case("am-ettersberg-forward-chain")
def _(slug):
    a = "m.kuemmerling@gemeinde-am-ettersberg.example"
    mayor = "buergermeister@gemeinde-am-ettersberg.example"
    internal = new_outlook_quote(f"Ebersold, Heiko <{mayor}>", "Mittwoch, 23. April 2025 08:14",
                                 f"Kümmerling, Manuela <{a}>", "WG: " + INVITE_SUBJECT,
                                 "Frau Kümmerling,\n\nbitte melden Sie sich an – ich selbst kann am 20.5. nicht. "
                                 "Vielleicht kann Herr Bärtling mitfahren.\n\nH. Ebersold\n\n" + INV_QUOTE_NEW)
    body = f"""Sehr geehrte Damen und Herren,

für die Gemeinde Am Ettersberg melde ich mich und meinen Kollegen Herrn Stefan Bärtling (Bauverwaltung) zur Transferveranstaltung an.

{MFG}
Manuela Kümmerling
Hauptamt / Gemeindeentwicklung
Gemeinde Am Ettersberg

""" + internal
    return ol(slug, addr("Kümmerling, Manuela", a), "WG: WG: " + INVITE_SUBJECT, "2025-04-25 13:27", body), \
        label("registration", [P("Manuela Kümmerling", a, "Hauptamt / Gemeindeentwicklung"),
                               P("Stefan Bärtling", None, "Bauverwaltung")],
              "Gemeinde Am Ettersberg", "municipality", "Am Ettersberg")


@case("plaue-gmx-vegan")
def _(slug):
    a = "nicole.wohlrab@stadt-plaue.example"
    body = """Hallo,

ich melde mich für die Stadt Plaue zur Transferveranstaltung an. Ich ernähre mich vegan – falls es eine Verpflegung gibt, wäre es schön, wenn das berücksichtigt werden könnte.

Viele Grüße
Nicole Wohlrab
Stadt Plaue, Bauverwaltung"""
    return gmx(slug, addr("Nicole Wohlrab", a), "Anmeldung Transferveranstaltung 20.5.", "2025-05-01 18:05", body), \
        label("registration", [P("Nicole Wohlrab", a, "Bauverwaltung")], "Stadt Plaue", "municipality", "Plaue",
              notes=["Ich ernähre mich vegan"])


@case("orlamuende-register-and-parking")
def _(slug):
    a = "r.schwentke@orlamuende.example"
    body = f"""Sehr geehrte Damen und Herren,

ich melde mich zur 9. Transferveranstaltung am 20. Mai 2025 an. Gibt es am Veranstaltungsort Parkmöglichkeiten, oder sollte ich besser mit dem Zug anreisen?

{MFG}
Rico Schwentke
Stadt Orlamünde
Bau- und Ordnungsamt"""
    return ol_plain(slug, addr("Schwentke, Rico", a), "Anmeldung + Frage", "2025-05-06 14:22", body), \
        label("registration", [P("Rico Schwentke", a, "Bau- und Ordnungsamt")], "Stadt Orlamünde", "municipality",
              "Orlamünde", notes=["Gibt es am Veranstaltungsort Parkmöglichkeiten"])


@case("rippershausen-samsung-mayor-private")
def _(slug):
    a = "e.nothnagel@t-online.example"
    body = ("Guten Abend, ich bin Bürgermeister der Gemeinde Rippershausen und möchte mich für die Veranstaltung "
            "am 20. Mai anmelden. Mit freundlichen Grüßen Eckhard Nothnagel")
    return droid(slug, addr("Eckhard Nothnagel", a), "Anmeldung Transferveranstaltung", "2025-05-04 21:10", body), \
        label("registration", [P("Eckhard Nothnagel", a, "Bürgermeister")], "Gemeinde Rippershausen", "municipality",
              "Rippershausen")


@case("zella-mehlis-dr-ing")
def _(slug):
    a = "v.rothardt@zella-mehlis.example"
    body = f"""Sehr geehrte Damen und Herren,

gern nehme ich an der Transferveranstaltung teil. Das ISEK der Stadt Zella-Mehlis wurde 2023 fortgeschrieben; unsere Erfahrungen bringe ich gern in die Diskussion ein.

{MFG}

Dr.-Ing. Volker Rothardt
Fachbereichsleiter Stadtentwicklung und Bauen
Stadt Zella-Mehlis
Rathausstraße 4
98544 Zella-Mehlis"""
    return ol(slug, addr("Rothardt, Volker", a), "Anmeldung Dr. Rothardt – Transferveranstaltung", "2025-04-25 11:50", body), \
        label("registration", [P("Volker Rothardt", a, "Fachbereichsleiter Stadtentwicklung und Bauen", "Dr.-Ing.")],
              "Stadt Zella-Mehlis", "municipality", "Zella-Mehlis")


@case("vg-seenplatte-no-member")
def _(slug):
    a = "bauamt@vg-seenplatte.example"
    b = "r.teichgraeber@vg-seenplatte.example"
    body = f"""Sehr geehrte Damen und Herren,

von der Verwaltungsgemeinschaft Seenplatte nimmt Frau Ramona Teichgräber, Sachbearbeiterin Bauverwaltung, an der Transferveranstaltung am 20. Mai teil. Rückfragen gern direkt an sie: {b}.

{MFG}
Bauamt
Verwaltungsgemeinschaft Seenplatte"""
    return ol_plain(slug, addr("Bauamt VG Seenplatte", a), "Anmeldung Transferveranstaltung", "2025-05-07 10:35", body), \
        label("registration", [P("Ramona Teichgräber", b, "Sachbearbeiterin Bauverwaltung")],
              "Verwaltungsgemeinschaft Seenplatte", "municipality", None)


@case("hirschberg-thunderbird-neighbour-mentioned")
def _(slug):
    a = "e.puschendorf@stadt-hirschberg.example"
    body = """Sehr geehrte Damen und Herren,

für die Stadt Hirschberg melde ich mich zur Transferveranstaltung am 20.05.2025 an. Ich fahre gemeinsam mit den Kollegen aus Gefell, die sich selbst anmelden.

Freundliche Grüße

-- 
Enrico Puschendorf
Stadt Hirschberg – Bauverwaltung"""
    return tb(slug, addr("Enrico Puschendorf", a), "Anmeldung", "2025-05-02 12:44", body, cte="quoted-printable"), \
        label("registration", [P("Enrico Puschendorf", a, "Bauverwaltung")], "Stadt Hirschberg", "municipality",
              "Hirschberg")


@case("wasungen-outlook-crlf")
def _(slug):
    a = "c.zinkeisen@wasungen.example"
    body = f"""Sehr geehrte Damen und Herren,

hiermit melde ich mich verbindlich zur 9. Transferveranstaltung an.

{MFG}

""" + sig("Carola Zinkeisen", "Bauamt / Stadtentwicklung", "Stadt Wasungen", "Untertor 1", "98634 Wasungen",
          "036941 713-22", a)
    h = envelope(slug, addr("Zinkeisen, Carola", a), "Anmeldung Transferveranstaltung am 20. Mai", "2025-05-08 09:19",
                 extra=outlook_headers())
    return message(h, outlook_alt(slug, body), crlf=True), \
        label("registration", [P("Carola Zinkeisen", a, "Bauamt / Stadtentwicklung")], "Stadt Wasungen",
              "municipality", "Wasungen")


@case("seitenroda-roundcube-mayor")
def _(slug):
    a = "rabenalt@gemeinde-seitenroda.example"
    body = f"""Sehr geehrte Damen und Herren,

ich bin ehrenamtlicher Bürgermeister der Gemeinde Seitenroda und würde gern an der Transferveranstaltung am 20. Mai teilnehmen. Unsere Gemeinde gehört zur VG Südliches Saaletal.

{MFG}
Detlef Rabenalt"""
    return roundcube(slug, addr("Detlef Rabenalt", a), "Anmeldung zur Veranstaltung am 20. Mai", "2025-05-03 16:28",
                     body, "UTF-8", "quoted-printable"), \
        label("registration", [P("Detlef Rabenalt", a, "Bürgermeister")], "Gemeinde Seitenroda", "municipality",
              "Seitenroda")


@case("ohrdruf-numbered-titles")
def _(slug):
    a = "m.haubold-zech@ohrdruf.example"
    b = "h.schlotthauer@ohrdruf.example"
    body = f"""Sehr geehrte Damen und Herren,

für die Stadt Ohrdruf melde ich folgende Teilnehmer an:

1. Dipl.-Geogr. Mirko Haubold-Zech, Stadtplanung, {a}
2. Dr. Heike Schlotthauer, Leiterin Bauamt, {b}

{MFG}

-- 
Mirko Haubold-Zech
Stadtverwaltung Ohrdruf
Stadtplanung"""
    return tb(slug, addr("Mirko Haubold-Zech", a), "Anmeldung Stadt Ohrdruf – 2 Personen", "2025-04-30 10:02", body), \
        label("registration", [P("Mirko Haubold-Zech", a, "Stadtplanung", "Dipl.-Geogr."),
                               P("Heike Schlotthauer", b, "Leiterin Bauamt", "Dr.")],
              "Stadtverwaltung Ohrdruf", "municipality", "Ohrdruf")


@case("kindelbrueck-iphone-deadline-day")
def _(slug):
    a = "s.fickenwirth@kindelbrueck.example"
    body = """Hallo,
hoffentlich bin ich nicht zu spät – ich möchte mich noch für die Transferveranstaltung am 20. Mai anmelden.
Viele Grüße
Stefanie Fickenwirth
Stadt Kindelbrück"""
    return iphone(slug, addr("Stefanie Fickenwirth", a), "Anmeldung 20.05.", "2025-05-09 22:47", body), \
        label("registration", [P("Stefanie Fickenwirth", a, None)], "Stadt Kindelbrück", "municipality", "Kindelbrück")


# ==================================================================================================
# cancellations
# ==================================================================================================


@case("eisfeld-cancel-reply-confirmation")
def _(slug):
    a = "j.heckenbach@eisfeld.example"
    code = code_for("eisfeld-b11-conf")
    body = f"""Sehr geehrte Damen und Herren,

leider muss ich meine Anmeldung (Code {code}) wieder zurückziehen – am 20. Mai findet bei uns kurzfristig eine Bauausschusssitzung statt.

{MFG}
Jana Heckenbach
Stadt Eisfeld, Bauamt

""" + conf_ol(a, code, "Sehr geehrte Frau Heckenbach", ["Jana Heckenbach"], "Montag, 28. April 2025 11:05")
    return ol(slug, addr("Heckenbach, Jana", a), "AW: " + conf_subject(code), "2025-05-06 08:33", body), \
        label("cancellation", [P("Jana Heckenbach", a, "Bauamt")], "Stadt Eisfeld", "municipality", "Eisfeld")


@case("ahlstaedt-cancel-no-code-thunderbird")
def _(slug):
    a = "strauchmann@gemeinde-ahlstaedt.example"
    body = f"""Guten Tag,

ich hatte mich für die Transferveranstaltung am 20. Mai angemeldet, kann aber leider doch nicht kommen. Bitte streichen Sie mich von der Liste.

{MFG}
Werner Strauchmann
Bürgermeister der Gemeinde Ahlstädt"""
    return tb(slug, addr("Werner Strauchmann", a), "Absage", "2025-05-05 19:02", body), \
        label("cancellation", [P("Werner Strauchmann", a, "Bürgermeister")], "Gemeinde Ahlstädt", "municipality",
              "Ahlstädt")


@case("ronneburg-cancel-colleague-ox")
def _(slug):
    a = "bauamt@ronneburg.example"
    body = f"""Sehr geehrte Damen und Herren,

Herr Tilo Kleinsteuber aus unserem Bauamt ist für die Transferveranstaltung am 20.05.2025 angemeldet, ist aber leider längerfristig erkrankt. Wir bitten Sie daher, ihn abzumelden.

{MFG}
i. A. Sabine Neef
Stadtverwaltung Ronneburg"""
    return ox(slug, addr("Bauamt Ronneburg", a), "Abmeldung Herr Kleinsteuber", "2025-05-07 11:46", body), \
        label("cancellation", [P("Tilo Kleinsteuber", None, None)], "Stadtverwaltung Ronneburg", "municipality",
              "Ronneburg")


@case("lucka-cancel-code-subject-iphone")
def _(slug):
    a = "a.nagelschmidt@stadt-lucka.example"
    code = code_for("lucka-b11-conf")
    body = "Hallo, leider kann ich am 20.5. nicht teilnehmen. Bitte streichen. Danke und Gruß A. Nagelschmidt"
    return iphone(slug, addr("Anke Nagelschmidt", a), f"Absage {code}", "2025-05-08 07:12", body), \
        label("cancellation", [P("Anke Nagelschmidt", a, None)], "Stadt Lucka", "municipality", "Lucka")


@case("planning-office-cancel-two-georgenthal")
def _(slug):
    a = "sollmann@plan-und-raum.example"
    body = f"""Sehr geehrte Damen und Herren,

wir hatten uns als Planungsbüro der Gemeinde Georgenthal (ISEK-Fortschreibung) mit zwei Personen angemeldet: Frau Lea Franzke und ich. Wegen eines Abgabetermins müssen wir beide leider absagen.

{MFG}
Benedikt Sollmann
Plan & Raum Ingenieurgesellschaft mbH
Erfurt"""
    return gmx(slug, addr("Benedikt Sollmann", a), "Absage Transferveranstaltung – Plan & Raum", "2025-05-08 15:40", body), \
        label("cancellation", [P("Lea Franzke", None, None), P("Benedikt Sollmann", a, None)],
              "Plan & Raum Ingenieurgesellschaft mbH", "planning_office", "Georgenthal")


@case("koenigsee-off-waitlist-thunderbird")
def _(slug):
    a = "t.heubach-lenz@koenigsee.example"
    code = code_for("koenigsee-b11-wait")
    body = """Guten Tag,

vielen Dank. Sie können mich von der Warteliste nehmen, ich habe am 20. Mai inzwischen einen anderen Termin.

Viele Grüße
Thilo Heubach-Lenz
Stadt Königsee

""" + thunderbird_quote("02.05.25 um 09:41", OUR_NAME, waitlist("Sehr geehrter Herr Heubach-Lenz", code))
    return tb(slug, addr("Thilo Heubach-Lenz", a), "Re: " + wait_subject(code), "2025-05-07 16:20", body), \
        label("cancellation", [P("Thilo Heubach-Lenz", a, None)], "Stadt Königsee", "municipality", "Königsee")


# ==================================================================================================
# changes
# ==================================================================================================


@case("bad-tennstedt-change-new-address")
def _(slug):
    a = "k.hildebrand-oertel@bad-tennstedt.example"
    new = "katja.hildebrand-oertel@badtennstedt.example"
    code = code_for("bad-tennstedt-b11-conf")
    body = f"""Sehr geehrte Damen und Herren,

zu meiner Anmeldung ({code}): Unsere Stadtverwaltung hat zum 1. Mai neue E-Mail-Adressen bekommen, die alte Adresse wird bald abgeschaltet. Bitte senden Sie weitere Informationen an {new}.

{MFG}
Katja Hildebrand-Oertel
Stadt Bad Tennstedt
Bauverwaltung"""
    return ol(slug, addr("Hildebrand-Oertel, Katja", a), f"Neue E-Mail-Adresse – Anmeldung {code}", "2025-05-02 09:26", body), \
        label("change", [P("Katja Hildebrand-Oertel", new, "Bauverwaltung")], "Stadt Bad Tennstedt", "municipality",
              "Bad Tennstedt")


@case("buergel-change-substitute-reply-confirmation")
def _(slug):
    a = "m.ziehnert@buergel.example"
    b = "p.woelfing@buergel.example"
    code = code_for("buergel-b11-conf")
    body = f"""Sehr geehrte Damen und Herren,

ich kann am 20. Mai leider nicht teilnehmen. Stattdessen kommt mein Kollege Patrick Wölfing ({b}). Bitte tragen Sie ihn an meiner Stelle ein.

{MFG}
Martina Ziehnert
Stadt Bürgel – Bauamt

""" + conf_ol(a, code, "Sehr geehrte Frau Ziehnert", ["Martina Ziehnert"], "Freitag, 25. April 2025 14:48")
    return ol(slug, addr("Ziehnert, Martina", a), "AW: " + conf_subject(code), "2025-05-05 10:58", body), \
        label("change", [P("Patrick Wölfing", b, None), P("Martina Ziehnert", a, None)], "Stadt Bürgel",
              "municipality", "Bürgel")


@case("magdala-change-gluten-free")
def _(slug):
    a = "i.knoblich@magdala.example"
    code = code_for("magdala-b11-conf")
    body = """Sehr geehrte Damen und Herren,

vielen Dank für die Bestätigung. Eine Bitte noch: Ich habe Zöliakie und benötige glutenfreie Verpflegung. Wäre das möglich?

Freundliche Grüße
Ingrid Knoblich
Stadt Magdala

""" + conf_tb(code, "Sehr geehrte Frau Knoblich", ["Ingrid Knoblich"], "29.04.25 um 16:03")
    return tb(slug, addr("Ingrid Knoblich", a), "Re: " + conf_subject(code), "2025-04-30 08:15", body), \
        label("change", [P("Ingrid Knoblich", a, None)], "Stadt Magdala", "municipality", "Magdala",
              notes=["benötige glutenfreie Verpflegung"])


@case("ummerstadt-change-later-arrival-iphone")
def _(slug):
    a = "k.gleichmann@ummerstadt.example"
    body = """Guten Tag,
ich bin für den 20.5. angemeldet, komme wegen eines Vor-Ort-Termins aber erst gegen 11 Uhr an. Bitte nicht wundern.
Gruß
Kay Gleichmann
Stadt Ummerstadt"""
    return iphone(slug, addr("Kay Gleichmann", a), "Transferveranstaltung – spätere Ankunft", "2025-05-08 18:37", body), \
        label("change", [P("Kay Gleichmann", a, None)], "Stadt Ummerstadt", "municipality", "Ummerstadt",
              notes=["komme … erst gegen 11 Uhr an"])


@case("vogtei-change-add-colleague-ox")
def _(slug):
    a = "s.rabold@gemeinde-vogtei.example"
    b = "b.grasemann@gemeinde-vogtei.example"
    code = code_for("vogtei-b11-conf")
    body = f"""Sehr geehrte Damen und Herren,

zu meiner Anmeldung ({code}) möchte ich noch meinen Kollegen Benjamin Grasemann nachmelden. Seine E-Mail-Adresse: {b}.

{MFG}
Sylvia Rabold
Gemeinde Vogtei
Bauverwaltung"""
    return ox(slug, addr("Sylvia Rabold", a), f"Nachmeldung zur Anmeldung {code}", "2025-05-06 13:04", body), \
        label("change", [P("Benjamin Grasemann", b, None)], "Gemeinde Vogtei", "municipality", "Vogtei")


@case("clingen-change-name-spelling-latin1")
def _(slug):
    a = "d.kuehnemuth@clingen.example"
    body = """Guten Tag,

in Ihrer Bestätigung steht mein Name als "Dagmar Kühnemut". Richtig ist Kühnemuth, mit h am Ende. Könnten Sie das bitte für das Namensschild korrigieren?

Danke und freundliche Grüße
Dagmar Kühnemuth
Stadt Clingen"""
    return roundcube(slug, addr("Dagmar Kühnemuth", a, "ISO-8859-1"), "Korrektur Name", "2025-05-04 11:11", body), \
        label("change", [P("Dagmar Kühnemuth", a, None)], "Stadt Clingen", "municipality", "Clingen")


# ==================================================================================================
# questions
# ==================================================================================================


@case("neustadt-orla-question-parking")
def _(slug):
    a = "k.molkentin@neustadt-orla.example"
    body = f"""Sehr geehrte Damen und Herren,

meine Kollegin und ich sind für den 20. Mai angemeldet. Können Sie uns sagen, ob es am Veranstaltungsort Parkplätze gibt? Wir kommen mit zwei Dienstwagen.

{MFG}
Katrin Molkentin
Stadtverwaltung Neustadt/Orla
Bauamt"""
    return ol_plain(slug, addr("Molkentin, Katrin", a), "Parkmöglichkeiten Bad Lobenstein", "2025-05-07 14:03", body), \
        label("question", [], "Stadtverwaltung Neustadt/Orla", "municipality", "Neustadt an der Orla")


@case("harztor-question-lunch-ox")
def _(slug):
    a = "j.huschenbett@harztor.example"
    body = """Guten Tag,

ist für die Transferveranstaltung ein Mittagessen vorgesehen, oder sollen wir uns selbst versorgen? Ich bin bereits angemeldet.

Viele Grüße
Jens Huschenbett
Gemeinde Harztor"""
    return ox(slug, addr("Jens Huschenbett", a), "Frage Verpflegung", "2025-05-05 12:30", body), \
        label("question", [], "Gemeinde Harztor", "municipality", "Harztor")


@case("planning-office-question-certificate")
def _(slug):
    a = "wangemann@freiraum-stadt.example"
    body = """Sehr geehrte Damen und Herren,

erhalten die Teilnehmenden eine Teilnahmebescheinigung? Für die Fortbildungspflicht der Architektenkammer Thüringen wäre das für mich wichtig. Ist die Veranstaltung eventuell bereits als Fortbildung anerkannt?

Viele Grüße

-- 
Clara Wangemann
Freiraum + Stadt Landschaftsarchitekten PartG mbB
Jena"""
    return tb(slug, addr("Clara Wangemann", a), "Teilnahmebescheinigung?", "2025-04-29 15:27", body), \
        label("question", [], "Freiraum + Stadt Landschaftsarchitekten PartG mbB", "planning_office", None)


@case("kaltennordheim-question-council-member")
def _(slug):
    a = "d.schinkoeth@kaltennordheim.example"
    body = f"""Sehr geehrte Damen und Herren,

ich bin bereits angemeldet. Ein Mitglied unseres Stadtrats, Herr Volkmar Dölitzsch, interessiert sich ebenfalls für das Thema ISEK. Darf er auch teilnehmen, oder richtet sich die Veranstaltung nur an die Verwaltung?

{MFG}
Doreen Schinköth
Stadt Kaltennordheim
Bauverwaltung"""
    return ol(slug, addr("Schinköth, Doreen", a), "Frage: Teilnahme Stadtratsmitglied", "2025-05-02 10:40", body), \
        label("question", [], "Stadt Kaltennordheim", "municipality", "Kaltennordheim")


@case("ruhla-question-places-left-latin1")
def _(slug):
    a = "r.sperschneider@ruhla.example"
    body = """Guten Tag,

sind für die Veranstaltung am 20. Mai noch Plätze frei? Wenn ja, würde ich mich gern anmelden. Bitte geben Sie mir kurz Bescheid.

Freundliche Grüße
Ralf Sperschneider
Stadt Ruhla, Bauamt"""
    return roundcube(slug, addr("Ralf Sperschneider", a, "ISO-8859-1"), "Noch Plätze frei?", "2025-05-08 11:57", body), \
        label("question", [], "Stadt Ruhla", "municipality", "Ruhla")


# ==================================================================================================
# other
# ==================================================================================================


@case("stadtilm-thanks-outlook")
def _(slug):
    a = "e.kranold@stadtilm.example"
    code = code_for("stadtilm-b11-conf")
    body = f"""Vielen Dank für die schnelle Bestätigung, wir freuen uns auf die Veranstaltung!

{MFG}
Elisa Kranold
Stadt Stadtilm

""" + conf_ol(a, code, "Sehr geehrte Frau Kranold", ["Elisa Kranold", "Marco Jacobshagen"], "Dienstag, 29. April 2025 09:31")
    return ol(slug, addr("Kranold, Elisa", a), "AW: " + conf_subject(code), "2025-04-29 10:02", body), \
        label("other", [], "Stadt Stadtilm", "municipality", "Stadtilm")


@case("gebesee-thanks-iphone")
def _(slug):
    a = "m.wiesenhuetter@gebesee.example"
    code = code_for("gebesee-b11-conf")
    head = f"Am 05.05.2025 um 14:02 schrieb {OUR_NAME} <{INBOX}>:"
    return iphone_reply(slug, addr("Mario Wiesenhütter", a), "AW: " + conf_subject(code), "2025-05-05 14:20",
                        "Danke, passt! 👍", head,
                        confirmation("Sehr geehrter Herr Wiesenhütter", ["Mario Wiesenhütter"], code)), \
        label("other", [], None, None, "Gebesee")


@case("newsletter-netzwerk")
def _(slug):
    a = "newsletter@netzwerk-stadtentwicklung.example"
    body = """Netzwerk Stadtentwicklung Thüringen – Newsletter Mai 2025

Liebe Leserinnen und Leser,

in dieser Ausgabe:

- Förderaufruf Städtebauförderung 2026: Fristen und Hinweise
- Praxisbeispiel: Bürgerwerkstatt zum ISEK in einer Kleinstadt
- Termine: 20.05.2025 – 9. Transferveranstaltung „Zusammen denken – gemeinsam handeln“ in Bad Lobenstein (Anmeldung bis 9. Mai beim Ministerium); 12.06.2025 – Fachtag Klimaanpassung im Quartier

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
Abbestellen: https://netzwerk-stadtentwicklung.example/newsletter/abmelden"""
    h = envelope(slug, addr("Netzwerk Stadtentwicklung Thüringen", a),
                 "Newsletter Mai 2025: Förderaufrufe, Praxisbeispiele, Termine", "2025-05-02 06:00",
                 extra=("Precedence: bulk", "List-Id: Newsletter <newsletter.netzwerk-stadtentwicklung.example>",
                        "List-Unsubscribe: <https://netzwerk-stadtentwicklung.example/newsletter/abmelden>"))
    return message(h, alt(slug, body, simple_html(body), prefix="nl_")), label("other", [], None, None, None)


@case("phishing-mailbox-quota")
def _(slug):
    a = "it-service@transferveranstaltung-mailsupport.example"
    html_body = f"""<html><body style="font-family:Arial,sans-serif">
<p><b>Wichtige Mitteilung zu Ihrem Postfach {INBOX}</b></p>
<p>Ihr Postfach hat 98&nbsp;% des verfügbaren Speicherplatzes erreicht. Eingehende Nachrichten werden ab sofort zurückgewiesen.</p>
<p>Um Datenverlust zu vermeiden, bestätigen Sie Ihr Konto innerhalb von 24 Stunden:</p>
<p><a href="http://webmail-verify.example/login?u=anmeldung">Jetzt Konto bestätigen</a></p>
<p>Ihr IT-Service</p>
</body></html>
"""
    h = envelope(slug, addr("IT-Service Postmaster", a), f"Ihr Postfach {INBOX}: Speicherplatz fast voll",
                 "2025-05-06 03:17")
    return message(h, text(html_body, "utf-8", "quoted-printable", sub="html")), label("other", [], None, None, None)


# ==================================================================================================
# auto replies
# ==================================================================================================


@case("auto-exchange-missing-details")
def _(slug):
    a = "a.pippert@stadt-bad-berka.example"
    body = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 12.05.2025 nicht im Haus. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an bauamt@stadt-bad-berka.example.

Mit freundlichen Grüßen
Anja Pippert"""
    h = envelope(slug, addr("Pippert, Anja", a), "Automatische Antwort: " + MISSING_SUBJECT, "2025-04-30 11:02",
                 extra=outlook_headers(("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All",
                                        "X-MS-Exchange-Inbox-Rules-Loop: a.pippert@stadt-bad-berka.example")))
    return message(h, outlook_alt(slug, body)), label("auto_reply", [], None, None, None)


@case("auto-thunderbird-template-vacation")
def _(slug):
    a = "l.sonnekalb@schwarzatal.example"
    code = code_for("schwarzatal-b11-cancel")
    body = """Dies ist eine automatische Antwort.

Ich bin bis zum 16. Mai 2025 im Urlaub und lese meine E-Mails nicht. Ihre Nachricht wird nicht weitergeleitet.
In dringenden Fällen erreichen Sie das Bauamt unter 036730 22-0.

Lutz Sonnekalb"""
    return tb(slug, addr("Lutz Sonnekalb", a), "Re: " + cancel_subject(code), "2025-05-07 09:44", body), \
        label("auto_reply", [], None, None, None)


@case("auto-abwesenheitsnotiz-notes-no-headers")
def _(slug):
    a = "g.erbsmehl@gemeinde-kauern.example"
    code = code_for("kauern-b11-conf")
    body = """Abwesenheitsnotiz

Ich bin ab 05.05.2025 nicht im Büro und kehre zurück am 14.05.2025.

Ich werde Ihre Nachricht nach meiner Rückkehr beantworten. In dringenden Fällen wenden Sie sich bitte an die Verwaltungsgemeinschaft Ländereck."""
    h = envelope(slug, addr("Gerd Erbsmehl", a, "ISO-8859-1"), "Abwesenheitsnotiz: " + conf_subject(code),
                 "2025-05-05 07:03", extra=("X-Mailer: HCL Notes Release 12.0.2 FP2",), subject_enc=("ISO-8859-1", "Q"))
    return message(h, text(body, "ISO-8859-1", "quoted-printable")), label("auto_reply", [], None, None, None)


@case("auto-poststelle-receipt")
def _(slug):
    a = "noreply-poststelle@kreis-gotha.example"
    body = """Sehr geehrte Absenderin, sehr geehrter Absender,

Ihre E-Mail ist bei der elektronischen Poststelle des Landratsamtes eingegangen und wird an die zuständige Stelle weitergeleitet. Vorgangsnummer: EP-2025-048213.

Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht."""
    h = envelope(slug, addr("Elektronische Poststelle", a), "Eingangsbestätigung: " + conf_subject(code_for("gotha-lra-b11")),
                 "2025-04-28 10:15", extra=("Auto-Submitted: auto-generated", "Precedence: auto_reply"))
    return message(h, text(body, "utf-8", "quoted-printable")), label("auto_reply", [], None, None, None)


# ==================================================================================================
# bounces
# ==================================================================================================


@case("bounce-postfix-user-unknown-confirmation")
def _(slug):
    rcpt = "j.moeckel@schleiz.example"
    code = code_for("schleiz-b11-bounce")
    original = our_mail(slug, rcpt, conf_subject(code), "2025-04-30 10:20",
                        confirmation("Sehr geehrter Herr Möckel", ["Jens Möckel"], code))
    human = f"""This is the mail system at host mx01.transferveranstaltung.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<{rcpt}>: host mail.schleiz.example[192.0.2.41] said: 550 5.1.1
    <{rcpt}>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)"""
    dsn = f"""Reporting-MTA: dns; mx01.transferveranstaltung.example
Arrival-Date: {rfcdate('2025-04-30 10:20')}

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.schleiz.example
Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown
"""
    part = report(slug, (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                         human.encode() + b"\n"), dsn, rfc822_headers(original))
    h = ["Return-Path: <>", f"From: {addr('Mail Delivery System', 'MAILER-DAEMON@mx01.transferveranstaltung.example')}",
         f"To: {INBOX}", "Subject: Undelivered Mail Returned to Sender", f"Date: {rfcdate('2025-04-30 10:20')}",
         f"Message-ID: {msgid(slug, 'mx01.transferveranstaltung.example')}", "Auto-Submitted: auto-replied"]
    return message(h, part), label("bounce", [], None, None, None, language="en", bounce_recipient=rcpt)


@case("bounce-exchange-german-missing-details")
def _(slug):
    rcpt = "info@gemeinde-moxa.example"
    original = our_mail(slug, rcpt, MISSING_SUBJECT, "2025-05-02 13:10",
                        "Guten Tag,\n\nvielen Dank für Ihre E-Mail. Damit wir Sie anmelden können, fehlt uns noch der "
                        "Name der Person, die teilnimmt.\n\nMit freundlichen Grüßen\nIhr Organisationsteam der Transferveranstaltung")
    human = f"""Ihre Nachricht hat folgende Empfänger nicht erreicht:

{rcpt} am 02.05.2025 13:10
Das Postfach des Empfängers ist voll und kann zurzeit keine Nachrichten annehmen. Versuchen Sie später erneut, die Nachricht zu senden, oder wenden Sie sich direkt an den Empfänger.

Diagnoseinformationen für Administratoren:
Generierender Server: EXCH02.gemeinde-moxa.example
{rcpt}
Remoteserver hat '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException' zurückgegeben."""
    dsn = f"""Reporting-MTA: dns;EXCH02.gemeinde-moxa.example
Received-From-MTA: dns;mx01.transferveranstaltung.example

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException
"""
    part = report(slug, (["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"],
                         encode_body(human, "utf-8", "quoted-printable")), dsn, rfc822(original))
    h = [f"From: {addr('Microsoft Outlook', 'postmaster@gemeinde-moxa.example')}", f"To: {INBOX}",
         f"Subject: {hval('Unzustellbar: ' + MISSING_SUBJECT)}", f"Date: {rfcdate('2025-05-02 13:11')}",
         f"Message-ID: {msgid(slug, 'gemeinde-moxa.example')}", "Auto-Submitted: auto-replied",
         "Content-Language: de-DE"]
    return message(h, part), label("bounce", [], None, None, None, bounce_recipient=rcpt)


@case("bounce-qmail-plain")
def _(slug):
    rcpt = "buergermeister@gemeinde-jonaswalde.example"
    code = code_for("jonaswalde-b11-conf")
    body = f"""Hi. This is the qmail-send program at mail.kommunalhosting.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<{rcpt}>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <{INBOX}>
From: {OUR_NAME} <{INBOX}>
To: {rcpt}
Subject: {conf_subject(code)}
Date: {rfcdate('2025-05-03 09:05')}
"""
    h = ["Return-Path: <>", f"From: {addr(None, 'MAILER-DAEMON@mail.kommunalhosting.example')}", f"To: {INBOX}",
         "Subject: failure notice", f"Date: {rfcdate('2025-05-03 09:06')}",
         f"Message-ID: {msgid(slug, 'mail.kommunalhosting.example')}"]
    return message(h, text(body, "utf-8", "8bit")), label("bounce", [], None, None, None, language="en",
                                                          bounce_recipient=rcpt)


# ==================================================================================================

EARLIER = ("corpus", "corpus_holdout", "corpus_blind", "corpus_blind2", "corpus_blind3", "corpus_blind4",
           "corpus_blind5", "corpus_blind6", "corpus_blind7", "corpus_blind8", "corpus_blind9", "corpus_blind10")


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
    main(HERE, CASES, seed=SEED, earlier=tuple(e for e in EARLIER if (HERE.parent / e).is_dir()),
         unique_within=True, repeats_allowed=True)
    if "--check" in sys.argv[1:]:
        differing = rebuild_differs()
        for name in differing:
            print("PROBLEM: a rebuild would change", name)
        if differing:
            raise SystemExit(1)
        print("rebuild is byte-identical")
