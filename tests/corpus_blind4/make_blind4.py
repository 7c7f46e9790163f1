"""Rebuild and validate the fourth blind corpus (tests/corpus_blind4/).

Written from the invitation, INTERFACE.md, issue 3 and the labelling conventions of tests/corpus/README.md (and
the READMEs of the earlier blind sets) only, without reading or running the parser, by a fourth writer. Each case
below is one mail as a real inbox receives it, built byte by byte by the small MIME writer shared in
tests/corpus_kit.py, together with what a careful event secretary records from that mail alone.

    .venv/bin/python tests/corpus_blind4/make_blind4.py          # rewrite all files, then validate
    .venv/bin/python tests/corpus_blind4/make_blind4.py --check  # validate the files as they are
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
    android,
    apple_html,
    attachment,
    case_registry,
    code_for,
    confirm_subject,
    confirmation,
    dummy_pdf,
    envelope,
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
    reminder_subject,
    report,
    rfc822,
    rfc822_headers,
    rfcdate,
    simple_html,
    table_html,
    text,
    thunderbird_quote,
    word_html,
)

HERE = Path(__file__).resolve().parent
CASES: Cases = []
case = case_registry(CASES)

# ==================================================================================================
# registrations
# ==================================================================================================

@case("tuettleben-kaemmerer-hiermit-zeige-ich-an-outlook")
def _(slug):
    frm = addr("Ziegenhorn, Holger", "h.ziegenhorn@vg-nesseaue.example")
    body = """Sehr geehrte Damen und Herren,

unter Bezugnahme auf Ihre Einladung vom 3. April 2025 zeige ich hiermit die Teilnahme von Frau Bürgermeisterin Annett Vollandt (Gemeinde Tüttleben) sowie des Unterzeichners an der 9. Transferveranstaltung am 20. Mai 2025 an.

Die Gemeinde Tüttleben beabsichtigt, im kommenden Haushaltsjahr die Fortschreibung ihres Entwicklungskonzeptes zu beauftragen; Fragen der Finanzierung und der Eigenanteile sind für uns daher von besonderem Interesse.

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit vorzüglicher Hochachtung
Im Auftrag

Holger Ziegenhorn
Kämmerer

Verwaltungsgemeinschaft Nesseaue
Kämmerei
Hauptstraße 36
99100 Nottleben
Telefon: 036208 8120-30
E-Mail: h.ziegenhorn@vg-nesseaue.example"""
    h = envelope(slug, frm, "Teilnahmeanzeige 9. Transferveranstaltung - Gemeinde Tüttleben", "2025-04-07 08:52",
                 extra=outlook_headers())
    return message(h, outlook_alt(slug, body)), label("registration", [
        P("Annett Vollandt", None, "Bürgermeisterin"),
        P("Holger Ziegenhorn", "h.ziegenhorn@vg-nesseaue.example", "Kämmerer")],
        "Verwaltungsgemeinschaft Nesseaue", "municipality", "Tüttleben")


@case("oppurg-ordnungsamt-sloppy-no-greeting")
def _(slug):
    frm = addr("sven koetteritzsch", "ordnungsamt@oppurg.example")
    body = """melde mich an für den 20.5. in bad lobenstein , komme mit dem auto
brauche keinen parkplatz reserviert, find schon was

gruss
sven kötteritzsch
ordnungsamt gemeinde oppurg"""
    h = envelope(slug, frm, "anmeldung", "2025-04-07 16:41", extra=("User-Agent: Horde Application Framework 5",))
    return message(h, text(body, "utf-8", "8bit")), label("registration", [
        P("Sven Kötteritzsch", "ordnungsamt@oppurg.example", "Ordnungsamt")],
        "Gemeinde Oppurg", "municipality", "Oppurg", notes=["komme mit dem auto"])


@case("zoellnitz-klimaschutzmanagerin-flowed-bahnhof")
def _(slug):
    frm = addr("Friederike Oelschlegel", "klimaschutz@zoellnitz.example")
    body = flow("""Guten Tag,

hiermit melde ich mich als Klimaschutzmanagerin der Gemeinde Zöllnitz für die Transferveranstaltung am 20. Mai an. Die Werkstatt zur kommunalen Wärmeplanung interessiert mich besonders.

Ich reise mit der Bahn über Saalfeld an. Gibt es vom Bahnhof aus einen Shuttle, oder sollte ich ein Taxi einplanen?

Viele Grüße
Friederike Oelschlegel

-- 
Dr. Friederike Oelschlegel
Klimaschutzmanagerin
Gemeinde Zöllnitz
gefördert durch die Nationale Klimaschutzinitiative""")
    h = envelope(slug, frm, "Anmeldung Transferveranstaltung / Anreise Bahn", "2025-04-08 10:05",
                 extra=("User-Agent: Mozilla Thunderbird",))
    return message(h, text(body, "UTF-8", "8bit", flowed=True)), label("registration", [
        P("Friederike Oelschlegel", "klimaschutz@zoellnitz.example", "Klimaschutzmanagerin", "Dr.")],
        "Gemeinde Zöllnitz", "municipality", "Zöllnitz",
        notes=["Ich reise mit der Bahn über Saalfeld an. Gibt es vom Bahnhof aus einen Shuttle, oder sollte ich ein Taxi einplanen?"])


@case("hainspitz-quartiersmanager-apple-mail")
def _(slug):
    frm = addr("Jonas Pietzsch", "pietzsch@quartierswerk-jena.example")
    body = """Hallo liebes Orga-Team,

ich bin seit Januar als Quartiersmanager für die „Neue Mitte Hainspitz“ tätig – im Auftrag der Gemeinde Hainspitz – und würde sehr gern an der Transferveranstaltung teilnehmen. Gerade das Thema Beteiligung der Bürgerschaft ist bei uns gerade ganz aktuell.

Bitte meldet/melden Sie mich an.

Beste Grüße aus Jena
Jonas Pietzsch

Quartierswerk – Büro für Quartiersentwicklung und Beteiligung
Johannisstraße 9, 07743 Jena
0176 5512 3380"""
    b = "Apple-Mail=_" + hashlib.md5(slug.encode()).hexdigest()[:8].upper() + "-7A1B-4C2D-8E3F-90A1B2C3D4E5"
    part = multi("alternative", [text(body, "utf-8"), text(apple_html(body), "utf-8", sub="html")], b)
    h = envelope(slug, frm, "Anmeldung Quartiersmanagement Hainspitz", "2025-04-08 21:17",
                 extra=("X-Mailer: Apple Mail (2.3826.400.131.1.6)",))
    return message(h, part), label("registration", [
        P("Jonas Pietzsch", "pietzsch@quartierswerk-jena.example", "Quartiersmanager")],
        "Quartierswerk – Büro für Quartiersentwicklung und Beteiligung", "planning_office", "Hainspitz")


@case("riethnordhausen-sanierungsbeauftragte-outlook-html-only")
def _(slug):
    frm = addr("Hörold, Kathrin", "k.hoerold@seg-mitte.example")
    body = """Sehr geehrte Damen und Herren,

als Sanierungsbeauftragte der Gemeinde Riethnordhausen (Sanierungsgebiet „Ortskern“) melde ich mich zur 9. Transferveranstaltung an. Wir betreuen daneben weitere Kommunen im Landkreis Sömmerda; die Anmeldung gilt aber ausdrücklich für Riethnordhausen.

Mit freundlichen Grüßen

Dipl.-Ing. Kathrin Hörold
Sanierungsbeauftragte

SEG Stadtentwicklungsgesellschaft Mitte mbH
Juri-Gagarin-Ring 110
99084 Erfurt"""
    h = envelope(slug, frm, "Anmeldung Transferveranstaltung 20.05.2025", "2025-04-09 09:30", extra=outlook_headers())
    part = text(word_html(body, "windows-1252"), "windows-1252", sub="html")
    return message(h, part), label("registration", [
        P("Kathrin Hörold", "k.hoerold@seg-mitte.example", "Sanierungsbeauftragte", "Dipl.-Ing.")],
        "SEG Stadtentwicklungsgesellschaft Mitte mbH", "planning_office", "Riethnordhausen")


@case("trockenborn-wolfersdorf-ortsteilbuergermeister-android-base64")
def _(slug):
    frm = addr("Klaus-Dieter Zänker", "kd.zaenker@gmx.example")
    body = """Guten Tag,

als Ortsteilbürgermeister von Wolfersdorf (Gemeinde Trockenborn-Wolfersdorf) möchte ich mich für den 20. Mai anmelden. Unser Ortsteil ist Teil des neuen Entwicklungskonzeptes, deshalb ist das für uns wichtig.

Mit freundlichen Grüßen
Klaus-Dieter Zänker
Ortsteilbürgermeister Wolfersdorf"""
    h = envelope(slug, frm, "Anmeldung 20. Mai", "2025-04-09 19:02",
                 extra=("X-Mailer: Android Mail",))
    return message(h, android(slug, body)), label("registration", [
        P("Klaus-Dieter Zänker", "kd.zaenker@gmx.example", "Ortsteilbürgermeister Wolfersdorf")],
        "Gemeinde Trockenborn-Wolfersdorf", "municipality", "Trockenborn-Wolfersdorf")


@case("landesverwaltungsamt-bewilligungsstelle-smime-two")
def _(slug):
    frm = addr("Teichmann, Claudia Dr. (TLVwA)", "claudia.teichmann@tlvwa.example")
    body = """Sehr geehrte Kolleginnen und Kollegen,

für die Bewilligungsstelle nehmen an der Veranstaltung am 20. Mai 2025 teil:

- Frau Dr. Claudia Teichmann, Referatsleiterin Städtebauförderung
- Herr Marcel Nöckel, Sachbearbeiter Städtebauförderung (marcel.noeckel@tlvwa.example)

Herr Nöckel wird im Block „Förderzuständigkeiten“ für Fragen zur Verfügung stehen.

Mit freundlichen Grüßen
Im Auftrag

Dr. Claudia Teichmann
Thüringer Landesverwaltungsamt
Referat Städtebauförderung
Weimarplatz 4
99423 Weimar"""
    signed = multi("signed", [outlook_alt(slug, body),
                              attachment("application/pkcs7-signature", "smime.p7s", DUMMY_P7S)],
                   "----=_NextPart_000_SIG_" + hashlib.md5(slug.encode()).hexdigest()[:16].upper(),
                   ' protocol="application/pkcs7-signature"; micalg=sha-256;',
                   preamble="This is a multipart message in MIME format.\n")
    h = envelope(slug, frm, "Teilnahme TLVwA an der 9. Transferveranstaltung", "2025-04-10 11:12",
                 extra=outlook_headers())
    return message(h, signed), label("registration", [
        P("Claudia Teichmann", "claudia.teichmann@tlvwa.example", "Referatsleiterin Städtebauförderung", "Dr."),
        P("Marcel Nöckel", "marcel.noeckel@tlvwa.example", "Sachbearbeiter Städtebauförderung")],
        "Thüringer Landesverwaltungsamt", "authority", None)


@case("planungsgemeinschaft-ostthueringen-iso-qp")
def _(slug):
    frm = addr("Jan Umbreit", "umbreit@rpg-ostthueringen.example", "iso-8859-1")
    body = """Sehr geehrte Damen und Herren,

seitens der Regionalen Planungsgemeinschaft Ostthüringen möchte ich mich gern zur Transferveranstaltung anmelden. Die Verzahnung der ISEK mit der Regionalplanung (zentrale Orte, Siedlungsentwicklung) ist für uns ein wichtiges Thema.

Mit freundlichen Grüßen

Jan Umbreit
Regionale Planungsstelle Ostthüringen
beim Thüringer Landesverwaltungsamt
Puschkinplatz 7
07545 Gera"""
    h = envelope(slug, frm, "Anmeldung RPG Ostthüringen", "2025-04-10 14:26",
                 extra=("User-Agent: Microsoft-MacOutlook/16.84",), subject_enc=("iso-8859-1", "Q"))
    return message(h, text(body, "iso-8859-1")), label("registration", [
        P("Jan Umbreit", "umbreit@rpg-ostthueringen.example")],
        "Regionale Planungsgemeinschaft Ostthüringen", "authority", None)


@case("leader-regionalmanagement-roundcube")
def _(slug):
    frm = addr("Sabine Fleischhauer", "regionalmanagement@rag-saale-orla.example")
    body = """Hallo zusammen,

für das LEADER-Regionalmanagement der RAG Saale-Orla würde ich gern teilnehmen. Viele unserer Projekte (Dorfentwicklung, Umnutzung leerstehender Gebäude in Schleiz, Pößneck und den umliegenden Dörfern) berühren genau die Schnittstelle Städtebauförderung / ländliche Entwicklung.

Viele Grüße
Sabine Fleischhauer
Regionalmanagerin
Regionale Aktionsgruppe Saale-Orla e. V.
LEADER-Regionalmanagement"""
    h = envelope(slug, frm, "Teilnahme LEADER-Regionalmanagement", "2025-04-11 08:03",
                 extra=("User-Agent: Roundcube Webmail/1.6.9",))
    return message(h, alt(slug, body, simple_html(body), prefix="=_")), label("registration", [
        P("Sabine Fleischhauer", "regionalmanagement@rag-saale-orla.example", "Regionalmanagerin")],
        "Regionale Aktionsgruppe Saale-Orla e. V.", "other", None)


@case("stadtwerke-waermeplanung-long-disclaimer")
def _(slug):
    frm = addr("Ihle, Tobias", "tobias.ihle@stadtwerke-hermsdorf.example")
    body = """Sehr geehrte Damen und Herren,

wir erstellen derzeit mit mehreren Kommunen die kommunale Wärmeplanung und würden uns gern in die Werkstatt „Wärmeplanung“ einbringen. Ich melde mich daher zur Veranstaltung am 20.05.2025 an.

Mit freundlichen Grüßen

Tobias Ihle
Energiedienstleistungen / Wärmeplanung

Stadtwerke Hermsdorf GmbH
Eisenberger Straße 40
07629 Hermsdorf
Tel. 036601 586-215

Geschäftsführer: Dipl.-Kfm. Werner Hasenöhrl
Sitz der Gesellschaft: Hermsdorf, Amtsgericht Jena HRB 200815
USt-IdNr. DE 150 000 000

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail sind nicht gestattet. Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.

This e-mail may contain confidential and/or privileged information. If you are not the intended recipient (or have received this e-mail in error) please notify the sender immediately and destroy this e-mail. Any unauthorised copying, disclosure or distribution of the material in this e-mail is strictly forbidden."""
    h = envelope(slug, frm, "Anmeldung Transferveranstaltung Bad Lobenstein", "2025-04-11 13:48",
                 extra=outlook_headers())
    return message(h, outlook_alt(slug, body)), label("registration", [
        P("Tobias Ihle", "tobias.ihle@stadtwerke-hermsdorf.example", "Energiedienstleistungen / Wärmeplanung")],
        "Stadtwerke Hermsdorf GmbH", "other", None)


@case("kirchworbis-architekten-stadtplaner-igek-thunderbird")
def _(slug):
    frm = addr("Ute Kleemann", "kleemann@kv-architekten.example")
    body = """Sehr geehrte Damen und Herren,

wir bearbeiten derzeit das Integrierte Gemeindliche Entwicklungskonzept für die Gemeinde Kirchworbis und melden uns zu zweit zur Transferveranstaltung an:

1. Dipl.-Ing. Ute Kleemann, Architektin und Stadtplanerin (kleemann@kv-architekten.example)
2. Leon Vogler, M.Sc. Stadtplanung (vogler@kv-architekten.example)

Mit freundlichen Grüßen
Ute Kleemann

-- 
Kleemann + Vogler Architekten und Stadtplaner PartGmbB
Rautenstraße 18 · 99734 Nordhausen
www.kv-architekten.example"""
    h = envelope(slug, frm, "Anmeldung 2 Personen - IGEK Kirchworbis", "2025-04-14 09:41",
                 extra=("User-Agent: Mozilla Thunderbird",))
    return message(h, text(body, "UTF-8", "8bit")), label("registration", [
        P("Ute Kleemann", "kleemann@kv-architekten.example", "Architektin und Stadtplanerin", "Dipl.-Ing."),
        P("Leon Vogler", "vogler@kv-architekten.example", "M.Sc. Stadtplanung")],
        "Kleemann + Vogler Architekten und Stadtplaner PartGmbB", "planning_office", "Kirchworbis")


@case("bauhaus-studierende-two-casual")
def _(slug):
    frm = addr("Mia Tschirner", "mia.tschirner@uni-weimar.example")
    body = """Hallo,

wir sind zwei Studierende im Master Urbanistik an der Bauhaus-Universität Weimar und schreiben gerade unsere Projektarbeit über ISEK-Fortschreibungen in kleinen Gemeinden. Wir würden uns deshalb sehr gern zur Transferveranstaltung anmelden:

Mia Tschirner, mia.tschirner@uni-weimar.example
Lukas Behrendt, lukas.behrendt@uni-weimar.example

Danke schon mal und viele Grüße
Mia"""
    h = envelope(slug, frm, "Anmeldung Studierende Bauhaus-Uni", "2025-04-14 23:12",
                 extra=("User-Agent: Mozilla/5.0 SOGo/5.10",))
    return message(h, text(body, "utf-8")), label("registration", [
        P("Mia Tschirner", "mia.tschirner@uni-weimar.example", "Studentin"),
        P("Lukas Behrendt", "lukas.behrendt@uni-weimar.example", "Student")],
        "Bauhaus-Universität Weimar", "other", None)


@case("nazza-english-consultant-igek")
def _(slug):
    frm = addr("Rory Whitcombe", "r.whitcombe@whitcombe-urban.example")
    body = """Dear Sir or Madam,

I would like to register for the 9th Transfer Event on 20 May 2025 in Bad Lobenstein. Our practice is currently supporting the municipality of Nazza (Wartburgkreis) with its integrated development concept (IGEK), and my colleague Hannah Brandstetter (h.brandstetter@whitcombe-urban.example) will join me.

Please note that my German is limited - I will be fine following the talks, but written information in English would be appreciated if available.

Kind regards,

Dr Rory Whitcombe
Director
Whitcombe Urban Consulting Ltd.
Leipzig office | Karl-Liebknecht-Str. 12 | 04107 Leipzig"""
    h = envelope(slug, frm, "Registration - Transfer event 20 May (IGEK Nazza)", "2025-04-15 10:20",
                 extra=("X-Mailer: Microsoft Outlook 16.0", "Content-Language: en-GB"))
    return message(h, alt(slug, body, simple_html(body, "font-family: Arial"), prefix="_000_")), label(
        "registration", [
            P("Rory Whitcombe", "r.whitcombe@whitcombe-urban.example", "Director", "Dr"),
            P("Hannah Brandstetter", "h.brandstetter@whitcombe-urban.example")],
        "Whitcombe Urban Consulting Ltd.", "planning_office", "Nazza", language="en",
        notes=["written information in English would be appreciated if available"])


@case("wundersleben-subject-only-empty-body")
def _(slug):
    frm = addr("Schönewolf, Carsten", "c.schoenewolf@wundersleben.example")
    h = envelope(slug, frm, "Anmeldung Schönewolf, Gemeinde Wundersleben", "2025-04-15 12:03",
                 extra=outlook_headers())
    return message(h, text("\n", "windows-1252")), label("registration", [
        P("Carsten Schönewolf", "c.schoenewolf@wundersleben.example")],
        "Gemeinde Wundersleben", "municipality", "Wundersleben")


@case("bibra-everything-in-signature")
def _(slug):
    frm = "m.sembdner@bibra.example"
    body = """Guten Tag,

hiermit melde ich mich verbindlich an.

MfG

Martina Sembdner | Bürgermeisterin (ehrenamtlich) | Gemeinde Bibra
Dorfstraße 12 | 07768 Bibra | Tel. 036424 2210 | m.sembdner@bibra.example
Sprechstunde: donnerstags 17:00-18:30 Uhr im Gemeindebüro"""
    h = envelope(slug, frm, "Transferveranstaltung", "2025-04-15 18:44", extra=("User-Agent: Open-Xchange Mailer v7.10.6",))
    return message(h, text(body, "utf-8")), label("registration", [
        P("Martina Sembdner", "m.sembdner@bibra.example", "Bürgermeisterin (ehrenamtlich)")],
        "Gemeinde Bibra", "municipality", "Bibra")


@case("paitzdorf-vg-laendereck-legal-disclaimer")
def _(slug):
    frm = addr("Stöckel, Doreen", "d.stoeckel@vg-laendereck.example")
    body = """Sehr geehrte Damen und Herren,

für die Gemeinde Paitzdorf nehmen an der Transferveranstaltung am 20.05.2025 teil:

Herr Rainer Frommelt, Bürgermeister
Frau Doreen Stöckel, Bauverwaltung VG Ländereck

Mit freundlichen Grüßen
im Auftrag
Doreen Stöckel

Verwaltungsgemeinschaft Ländereck
Bauverwaltung
Dorfstraße 50
Hauptstraße 30
07570 Endschütz
Tel. 036608 915-22

____________________________________________________________________
Hinweis: Für den Empfang von Dokumenten mit qualifizierter elektronischer Signatur und für verschlüsselte Nachrichten ist ein Zugang nicht eröffnet. Rechtsverbindliche Erklärungen (z. B. Anträge, Widersprüche) können per E-Mail nicht wirksam abgegeben werden.

Datenschutzhinweis: Informationen zur Verarbeitung Ihrer personenbezogenen Daten nach Art. 13 und 14 DSGVO finden Sie unter www.vg-laendereck.example/datenschutz.

Diese E-Mail und etwaige Anlagen sind ausschließlich für den bezeichneten Adressaten bestimmt und können vertrauliche Informationen enthalten. Sollten Sie diese E-Mail irrtümlich erhalten haben, benachrichtigen Sie bitte den Absender und löschen Sie die E-Mail. Jede unbefugte Weiterleitung oder Vervielfältigung ist untersagt.
____________________________________________________________________"""
    h = envelope(slug, frm, "Anmeldung Gemeinde Paitzdorf", "2025-04-16 10:15", extra=outlook_headers())
    return message(h, outlook_alt(slug, body)), label("registration", [
        P("Rainer Frommelt", None, "Bürgermeister"),
        P("Doreen Stöckel", "d.stoeckel@vg-laendereck.example", "Bauverwaltung VG Ländereck")],
        "Verwaltungsgemeinschaft Ländereck", "municipality", "Paitzdorf")


@case("ehrenberg-mobiles-geraet-short")
def _(slug):
    frm = addr("Uwe Tittel", "buergermeister@gemeinde-ehrenberg.example")
    body = """Hallo, ich bin am 20.5. dabei. Bitte anmelden.
LG Uwe Tittel
BGM Ehrenberg

Diese E-Mail wurde von einem mobilen Gerät gesendet."""
    h = envelope(slug, frm, "Transferveranstaltung 20.5.", "2025-04-16 07:12",
                 extra=("X-Mailer: Outlook for Android",))
    return message(h, alt(slug, body, simple_html(body), prefix="_000_")), label("registration", [
        P("Uwe Tittel", "buergermeister@gemeinde-ehrenberg.example", "Bürgermeister")],
        "Gemeinde Ehrenberg", "municipality", "Ehrenberg")


@case("schwerstedt-extern-prefix-reply-invitation")
def _(slug):
    frm = addr("Dietzel, Ralf", "r.dietzel@schwerstedt.example")
    banner = ("ACHTUNG: Diese E-Mail stammt von einem externen Absender. Klicken Sie nicht auf Links oder "
              "öffnen Sie keine Anhänge, wenn Sie den Absender nicht kennen.\n\n")
    body = """Guten Tag,

wir nehmen gern mit zwei Personen teil: meine Kollegin Frau Katrin Mäder (k.maeder@schwerstedt.example) aus der Bauverwaltung und ich.

Freundliche Grüße
Ralf Dietzel
Gemeinde Schwerstedt
Bauverwaltung / Liegenschaften

""" + outlook_quote("Donnerstag, 3. April 2025 09:00", "Dietzel, Ralf", "[EXTERN] " + INVITE_SUBJECT,
                    banner + INVITATION).replace(f"Von: {OUR_NAME} <{INBOX}>", f"Von: {INVITE_FROM}")
    h = envelope(slug, frm, "AW: [EXTERN] " + INVITE_SUBJECT, "2025-04-16 11:34", extra=outlook_headers())
    return message(h, outlook_alt(slug, body)), label("registration", [
        P("Katrin Mäder", "k.maeder@schwerstedt.example", "Bauverwaltung"),
        P("Ralf Dietzel", "r.dietzel@schwerstedt.example", "Bauverwaltung / Liegenschaften")],
        "Gemeinde Schwerstedt", "municipality", "Schwerstedt")


@case("bethenhausen-webde-html-only-br-nbsp")
def _(slug):
    frm = addr("Gunter Hanf", "gunter.hanf@web.example")
    html_body = ("<html><head></head><body><div style=\"font-family: Verdana;font-size: 12.0px;\">"
                 "<div>Sehr&nbsp;geehrte&nbsp;Damen und Herren,<br><br>hiermit melde ich mich zur "
                 "Transferveranstaltung am 20.&nbsp;Mai&nbsp;2025 an.<br>Ich komme mit dem eigenen PKW.<br><br>"
                 "Mit freundlichen Gr&uuml;&szlig;en<br>Gunter&nbsp;Hanf<br>B&uuml;rgermeister<br>"
                 "Gemeinde Bethenhausen<br>&nbsp;</div></div></body></html>\n")
    h = envelope(slug, frm, "Anmeldung", "2025-04-17 20:06",
                 extra=("X-Mailer: web.de Mailer", "X-UI-Message-Type: mail"))
    return message(h, text(html_body, "UTF-8", sub="html")), label("registration", [
        P("Gunter Hanf", "gunter.hanf@web.example", "Bürgermeister")],
        "Gemeinde Bethenhausen", "municipality", "Bethenhausen", notes=["Ich komme mit dem eigenen PKW."])


@case("brahmenau-semicolons-one-line-iso8859")
def _(slug):
    frm = addr("Silke Amberg", "hauptamt@brahmenau.example")
    body = """Sehr geehrte Damen und Herren,

für die Gemeinde Brahmenau melde ich folgende Teilnehmer an: Frau Jana Mothes (Bürgermeisterin); Herr Uwe Sperling (Bauamt, u.sperling@brahmenau.example); Frau Sigrid Heyne (Gemeinderätin)

Ich selbst nehme nicht teil. Bitte senden Sie die Bestätigungen an mich, ich leite sie weiter.

Mit freundlichen Grüßen
Silke Amberg
Hauptamt"""
    h = envelope(slug, frm, "Anmeldung Brahmenau", "2025-04-17 13:13",
                 extra=("X-Mailer: Novell GroupWise Internet Agent 18.4.1",))
    return message(h, text(body, "iso-8859-1", "8bit")), label("registration", [
        P("Jana Mothes", None, "Bürgermeisterin"),
        P("Uwe Sperling", "u.sperling@brahmenau.example", "Bauamt"),
        P("Sigrid Heyne", None, "Gemeinderätin")],
        "Gemeinde Brahmenau", "municipality", "Brahmenau")


@case("grossbartloff-name-vorname-order-vg")
def _(slug):
    frm = addr("Drechsel, Ronny", "r.drechsel@vg-westerwald-obereichsfeld.example")
    body = """Sehr geehrte Damen und Herren,

zur Transferveranstaltung am 20.05.2025 melden wir für die Gemeinde Großbartloff an (Name, Vorname):

Schlegelmilch, Petra - Bürgermeisterin
Drechsel, Ronny - Bauamt der VG Westerwald-Obereichsfeld

Mit freundlichen Grüßen
Ronny Drechsel

Verwaltungsgemeinschaft Westerwald-Obereichsfeld
Bauamt"""
    h = envelope(slug, frm, "Anmeldung Großbartloff", "2025-04-18 08:27", extra=outlook_headers())
    return message(h, text(body, "windows-1252")), label("registration", [
        P("Petra Schlegelmilch", None, "Bürgermeisterin"),
        P("Ronny Drechsel", "r.drechsel@vg-westerwald-obereichsfeld.example", "Bauamt")],
        "Verwaltungsgemeinschaft Westerwald-Obereichsfeld", "municipality", "Großbartloff")


@case("ettersburg-outlook-wg-inline-forward")
def _(slug):
    frm = addr("Hauptamt Am Ettersberg", "hauptamt@am-ettersberg.example")
    body = """Sehr geehrte Damen und Herren,

nachstehend die Anmeldung des Bürgermeisters der Gemeinde Ettersburg mit der Bitte um Bestätigung direkt an ihn.

Mit freundlichen Grüßen
i. A. K. Weißflog
Hauptamt, Landgemeinde Am Ettersberg (erfüllende Gemeinde)

Von: Andreas Mücke <a.muecke@ettersburg.example>
Gesendet: Dienstag, 22. April 2025 07:58
An: Hauptamt Am Ettersberg <hauptamt@am-ettersberg.example>
Betreff: Transferveranstaltung ISEK

Hallo Frau Weißflog,

meldet ihr mich bitte für die Transferveranstaltung am 20. Mai in Bad Lobenstein an? Danke!

Gruß
Andreas Mücke
Bürgermeister Gemeinde Ettersburg"""
    h = envelope(slug, frm, "WG: Transferveranstaltung ISEK", "2025-04-22 09:15", extra=outlook_headers())
    return message(h, outlook_alt(slug, body)), label("registration", [
        P("Andreas Mücke", "a.muecke@ettersburg.example", "Bürgermeister")],
        "Gemeinde Ettersburg", "municipality", "Ettersburg")


@case("kammerforst-thunderbird-forward-attached")
def _(slug):
    inner_h = envelope(slug + "-inner", addr("Ines Wohlfarth", "ines.wohlfarth@t-online.example"),
                       "Transferveranstaltung Bad Lobenstein", "2025-04-21 18:40",
                       to=addr("Bürgermeister Kammerforst", "buergermeister@kammerforst.example"))
    inner = message(inner_h, text("""Hallo Holger,

ich würde als Gemeinderätin gern zu der Transferveranstaltung am 20.05. fahren (Dorfentwicklung und ISEK). Kannst du mich anmelden oder das weiterleiten?

Gruß Ines Wohlfarth""", "utf-8"))
    outer = flow("""Sehr geehrte Damen und Herren,

im Anhang die Bitte unserer Gemeinderätin Frau Wohlfarth. Bitte melden Sie sie an; ich selbst bin an dem Tag leider verhindert.

Mit freundlichen Grüßen
Holger Sperlich
Bürgermeister der Gemeinde Kammerforst""")
    b = "------------" + hashlib.md5(slug.encode()).hexdigest()[:24].upper()
    mixed = multi("mixed", [text(outer, "UTF-8", "8bit", flowed=True),
                            rfc822(inner, 'attachment; filename="Transferveranstaltung Bad Lobenstein.eml"')], b,
                  preamble="This is a multi-part message in MIME format.")
    h = envelope(slug, addr("Holger Sperlich", "buergermeister@kammerforst.example"),
                 "Fwd: Transferveranstaltung Bad Lobenstein", "2025-04-22 08:05",
                 extra=("User-Agent: Mozilla Thunderbird",))
    return message(h, mixed), label("registration", [
        P("Ines Wohlfarth", "ines.wohlfarth@t-online.example", "Gemeinderätin")],
        "Gemeinde Kammerforst", "municipality", "Kammerforst")


@case("molschleben-ich-und-meine-kollegin-outlook-plain")
def _(slug):
    frm = addr("Bohne, Matthias", "m.bohne@molschleben.example")
    body = """Sehr geehrte Damen und Herren,

ich und meine Kollegin Frau Sabine Kahlert (s.kahlert@molschleben.example) melden uns hiermit zur 9. Transferveranstaltung an.

Mit freundlichen Grüßen

Matthias Bohne
Gemeinde Molschleben
Bau- und Ordnungsverwaltung"""
    h = envelope(slug, frm, "Anmeldung zur 9. Transferveranstaltung", "2025-04-22 10:50", extra=outlook_headers())
    return message(h, text(body, "windows-1252")), label("registration", [
        P("Matthias Bohne", "m.bohne@molschleben.example", "Bau- und Ordnungsverwaltung"),
        P("Sabine Kahlert", "s.kahlert@molschleben.example")],
        "Gemeinde Molschleben", "municipality", "Molschleben")


@case("grossneuhausen-sekretariat-reply-to-mayor")
def _(slug):
    frm = addr("Gemeinde Großneuhausen", "info@grossneuhausen.example")
    body = """Sehr geehrte Damen und Herren,

Herr Bürgermeister Lotz nimmt an der Transferveranstaltung am 20. Mai teil. Antworten Sie bitte direkt an ihn (siehe Antwortadresse).

Mit freundlichen Grüßen
Gemeindebüro Großneuhausen"""
    h = envelope(slug, frm, "Teilnahme Bürgermeister Lotz", "2025-04-23 09:09",
                 extra=(f"Reply-To: {addr('Lotz, Frank', 'buergermeister@grossneuhausen.example')}",
                        "X-Mailer: Microsoft Outlook 16.0"))
    return message(h, text(body, "windows-1252")), label("registration", [
        P("Frank Lotz", "buergermeister@grossneuhausen.example", "Bürgermeister")],
        "Gemeinde Großneuhausen", "municipality", "Großneuhausen")


@case("doebritz-registration-with-parking-question-typo")
def _(slug):
    frm = addr("Ralph Sonntag", "r.sonntag@doebritz.example")
    body = """Guten Tag,

ich melde mich zur Veranstaltung am 20. Mai an. Ich komme mit unserem Bauhof-Transporter (2,60 m hoch) – gibt es dafür einen Parkplatz in der Nähe?

Mit freundlichen Grüßen
Ralph Sonntag
Gemeinde Döbriz, Bauhof / Liegenschaften"""
    h = envelope(slug, frm, "Anmeldung + Frage Parken", "2025-04-23 12:30", extra=("User-Agent: Open-Xchange Mailer v7.10.6",))
    return message(h, text(body, "utf-8")), label("registration", [
        P("Ralph Sonntag", "r.sonntag@doebritz.example", "Bauhof / Liegenschaften")],
        "Gemeinde Döbritz", "municipality", "Döbritz",
        notes=["Ich komme mit unserem Bauhof-Transporter (2,60 m hoch) – gibt es dafür einen Parkplatz in der Nähe?"])


@case("wiegendorf-nur-vormittags-vegetarisch-samsung")
def _(slug):
    frm = addr("Anke Reißig", "a.reissig@wiegendorf.example")
    body = """Sehr geehrte Damen und Herren,

hiermit melde ich mich für die Gemeinde Wiegendorf an. Ich kann leider nur vormittags bleiben (Gemeinderatssitzung am Abend) und esse vegetarisch, falls es ein Mittagessen gibt.

Mit freundlichen Grüßen
Anke Reißig
Bürgermeisterin

Von meinem Samsung Galaxy Smartphone gesendet."""
    b = "--_com.samsung.android.email_" + hashlib.md5(slug.encode()).hexdigest()[:16]
    part = multi("alternative", [text(body, "utf-8", "base64"),
                                 text(simple_html(body), "utf-8", "base64", sub="html")], b)
    h = envelope(slug, frm, "Anmeldung Gemeinde Wiegendorf", "2025-04-24 06:55")
    return message(h, part), label("registration", [
        P("Anke Reißig", "a.reissig@wiegendorf.example", "Bürgermeisterin")],
        "Gemeinde Wiegendorf", "municipality", "Wiegendorf", notes=["nur vormittags", "vegetarisch"])


@case("goeschitz-gemeinderat-rollstuhl-gmx")
def _(slug):
    frm = addr("Bernd Leipold", "bernd.leipold@gmx.example")
    body = """Sehr geehrte Damen und Herren,

als Mitglied des Gemeinderates Göschitz möchte ich mich für die Transferveranstaltung am 20.05.2025 anmelden. Ich bin auf einen Rollstuhl angewiesen und wäre für einen stufenlosen Zugang und einen Behindertenparkplatz dankbar.

Mit freundlichen Grüßen
Bernd Leipold
Gemeinderat Göschitz"""
    h = envelope(slug, frm, "Anmeldung Transferveranstaltung", "2025-04-24 17:21",
                 extra=("X-Mailer: GMX Mailer", "X-UI-Message-Type: mail"))
    return message(h, alt(slug, body, simple_html(body, "font-family: Verdana;font-size: 12.0px;"), prefix="=_gmx_")), label(
        "registration", [P("Bernd Leipold", "bernd.leipold@gmx.example", "Gemeinderat")],
        "Gemeinderat Göschitz", "municipality", "Göschitz",
        notes=["Ich bin auf einen Rollstuhl angewiesen und wäre für einen stufenlosen Zugang und einen Behindertenparkplatz dankbar."])


@case("grossloebichau-iso-8859-1-encoded-words")
def _(slug):
    frm = addr("Jörg Häfner", "j.haefner@grossloebichau.example", "iso-8859-1")
    body = """Sehr geehrte Damen und Herren,

die Gemeinde Großlöbichau nimmt an der Transferveranstaltung teil. Es kommen Bürgermeister Jörg Häfner (ich) und unser Ortschronist Herr Gottfried Bärthel, der an der Beteiligung zur Ortsmitte mitgewirkt hat. Herr Bärthel hat keine eigene E-Mail-Adresse; bitte alles an mich.

Mit freundlichen Grüßen
Jörg Häfner
Bürgermeister der Gemeinde Großlöbichau"""
    h = envelope(slug, frm, "Anmeldung Gemeinde Großlöbichau - 2 Personen", "2025-04-25 10:02",
                 subject_enc=("iso-8859-1", "Q"), extra=("User-Agent: Mozilla Thunderbird",))
    return message(h, text(body, "ISO-8859-1", "8bit")), label("registration", [
        P("Jörg Häfner", "j.haefner@grossloebichau.example", "Bürgermeister"),
        P("Gottfried Bärthel", None, "Ortschronist")],
        "Gemeinde Großlöbichau", "municipality", "Großlöbichau")


@case("udestedt-pdf-form-and-key-value-body")
def _(slug):
    frm = addr("Tanja Eichelkraut", "t.eichelkraut@vg-gramme-vippach.example")
    body = """Sehr geehrte Damen und Herren,

anbei das ausgefüllte Anmeldeformular. Die Angaben nochmals hier:

Name: Eichelkraut
Vorname: Tanja
Funktion: Sachgebiet Bauleitplanung
Kommune: Gemeinde Udestedt (VG Gramme-Vippach)
E-Mail: t.eichelkraut@vg-gramme-vippach.example
Telefon: 036204 60-233

Mit freundlichen Grüßen
Tanja Eichelkraut"""
    mixed = multi("mixed", [outlook_alt(slug, body),
                            attachment("application/pdf", "Anmeldeformular_Udestedt.pdf", dummy_pdf("Anmeldung Udestedt"))],
                  "----=_NextPart_001_" + hashlib.md5(slug.encode()).hexdigest()[:16].upper())
    h = envelope(slug, frm, "Anmeldeformular Transferveranstaltung", "2025-04-25 14:19", extra=outlook_headers())
    return message(h, mixed), label("registration", [
        P("Tanja Eichelkraut", "t.eichelkraut@vg-gramme-vippach.example", "Sachgebiet Bauleitplanung")],
        "Verwaltungsgemeinschaft Gramme-Vippach", "municipality", "Udestedt")


@case("lipprechterode-late-vcard-only-org")
def _(slug):
    frm = addr("Nadine Ohnesorge", "n.ohnesorge@lipprechterode.example")
    body = """Hallo,

ich weiß, die Anmeldefrist ist schon vorbei – gibt es trotzdem noch einen Platz für mich? Dann melde ich mich hiermit an.

Gruß
Nadine Ohnesorge"""
    vcard = """BEGIN:VCARD
VERSION:3.0
N:Ohnesorge;Nadine;;;
FN:Nadine Ohnesorge
ORG:Gemeinde Lipprechterode;Bauverwaltung
TITLE:Sachbearbeiterin
EMAIL;TYPE=WORK:n.ohnesorge@lipprechterode.example
TEL;TYPE=WORK:036338 4412
END:VCARD
"""
    mixed = multi("mixed", [text(body, "utf-8"),
                            attachment("text/x-vcard", "Nadine Ohnesorge.vcf", vcard.encode())],
                  "=_vcf_" + hashlib.md5(slug.encode()).hexdigest()[:20])
    h = envelope(slug, frm, "Nachmeldung?", "2025-05-12 08:37", extra=("User-Agent: Roundcube Webmail/1.6.6",))
    return message(h, mixed), label("registration", [
        P("Nadine Ohnesorge", "n.ohnesorge@lipprechterode.example", "Sachbearbeiterin")],
        "Gemeinde Lipprechterode", "municipality", "Lipprechterode",
        notes=["nach Anmeldeschluss: gibt es trotzdem noch einen Platz?"])


@case("kapellendorf-numbered-list-titles-vg-mellingen")
def _(slug):
    frm = addr("Verwaltungsgemeinschaft Mellingen", "bauamt@vg-mellingen.example")
    body = """Sehr geehrte Damen und Herren,

im Auftrag der Gemeinde Kapellendorf melden wir folgende Teilnehmer zur Transferveranstaltung am 20. Mai 2025 an:

1. Herr Bürgermeister Dipl.-Ing. Lutz Weidner
2. Frau Annegret Sauerteig, Gemeinderätin
3. Herr Dr. Jörg Quendt, Vorsitzender des Heimatvereins

Die Bestätigungen senden Sie bitte gesammelt an diese Adresse.

Mit freundlichen Grüßen
i. A. Heike Morgenroth
Bauamt
Verwaltungsgemeinschaft Mellingen"""
    h = envelope(slug, frm, "Anmeldung Kapellendorf (3 Personen)", "2025-04-28 11:11", extra=outlook_headers())
    return message(h, outlook_alt(slug, body)), label("registration", [
        P("Lutz Weidner", None, "Bürgermeister", "Dipl.-Ing."),
        P("Annegret Sauerteig", None, "Gemeinderätin"),
        P("Jörg Quendt", None, "Vorsitzender des Heimatvereins", "Dr.")],
        "Verwaltungsgemeinschaft Mellingen", "municipality", "Kapellendorf")


@case("osthausen-wuelfershausen-outlook-table")
def _(slug):
    frm = addr("Vetterlein, Romy", "r.vetterlein@osthausen-wuelfershausen.example")
    before = """Sehr geehrte Damen und Herren,

die Gemeinde Osthausen-Wülfershausen meldet folgende Personen an:
"""
    after = """
Mit freundlichen Grüßen
Romy Vetterlein
Gemeinde Osthausen-Wülfershausen
Verwaltung"""
    rows = [["Nachname", "Vorname", "Funktion", "E-Mail"],
            ["Vetterlein", "Romy", "Verwaltung", "r.vetterlein@osthausen-wuelfershausen.example"],
            ["Gerbothe", "Steffen", "Bürgermeister", "buergermeister@osthausen-wuelfershausen.example"]]
    plain = before + "\nNachname\tVorname\tFunktion\tE-Mail\n" + "\n".join("\t".join(r) for r in rows[1:]) + "\n" + after
    b = "_000_" + hashlib.md5(slug.encode()).hexdigest()[:20].upper() + "_"
    part = multi("alternative", [text(plain, "windows-1252"),
                                 text(word_html("", "windows-1252", table_html(rows, before, after)), "windows-1252", sub="html")], b)
    h = envelope(slug, frm, "Anmeldung 9. Transferveranstaltung", "2025-04-29 09:40", extra=outlook_headers())
    return message(h, part), label("registration", [
        P("Romy Vetterlein", "r.vetterlein@osthausen-wuelfershausen.example", "Verwaltung"),
        P("Steffen Gerbothe", "buergermeister@osthausen-wuelfershausen.example", "Bürgermeister")],
        "Gemeinde Osthausen-Wülfershausen", "municipality", "Osthausen-Wülfershausen")


# ==================================================================================================
# cancellations
# ==================================================================================================

@case("cancel-ottendorf-krank-thunderbird-quote")
def _(slug):
    code = code_for(slug)
    frm = addr("Henrik Rennert", "h.rennert@ottendorf-shk.example")
    body = flow("""Guten Tag,

leider bin ich seit gestern krankgeschrieben und kann am 20. Mai nicht teilnehmen. Bitte streichen Sie meine Anmeldung.

Viele Grüße
Henrik Rennert
Gemeinde Ottendorf

""") + thunderbird_quote("07.04.2025 um 10:12", f"{OUR_NAME}:",
                         confirmation("Guten Tag Herr Rennert", ["Henrik Rennert"], code))
    h = envelope(slug, frm, "Re: " + confirm_subject(code), "2025-05-14 07:41",
                 extra=("User-Agent: Mozilla Thunderbird",))
    return message(h, text(body, "UTF-8", "8bit", flowed=True)), label("cancellation", [
        P("Henrik Rennert", "h.rennert@ottendorf-shk.example")],
        "Gemeinde Ottendorf", "municipality", "Ottendorf")


@case("cancel-schoeps-terse-code-subject")
def _(slug):
    code = code_for(slug)
    frm = addr("Marlies Tornow", "m.tornow@gemeinde-schoeps.example")
    body = """Bitte stornieren, Termin kollidiert mit Haushaltsberatung.

M. Tornow
Gemeinde Schöps"""
    h = envelope(slug, frm, f"Absage {code}", "2025-05-06 15:02", extra=outlook_headers())
    return message(h, text(body, "windows-1252")), label("cancellation", [
        P("Marlies Tornow", "m.tornow@gemeinde-schoeps.example")],
        "Gemeinde Schöps", "municipality", "Schöps")


@case("cancel-hummelshain-one-of-two")
def _(slug):
    code = code_for(slug)
    frm = addr("Ilgen, Wiebke", "w.ilgen@hummelshain.example")
    body = """Sehr geehrte Damen und Herren,

zu unserer Anmeldung (Code """ + code + """): Herr Eberhard Reukauf muss seine Teilnahme leider absagen. Ich komme wie angemeldet.

Mit freundlichen Grüßen
Wiebke Ilgen
Gemeinde Hummelshain"""
    h = envelope(slug, frm, "Teilnahme Hummelshain - eine Absage", "2025-05-08 10:20", extra=outlook_headers())
    return message(h, outlook_alt(slug, body)), label("cancellation", [
        P("Eberhard Reukauf", None)], "Gemeinde Hummelshain", "municipality", "Hummelshain")


@case("cancel-grosspuerschuetz-secretary-for-mayor-outlook-quote")
def _(slug):
    code = code_for(slug)
    frm = addr("Sekretariat Gemeinde Großpürschütz", "sekretariat@grosspuerschuetz.example")
    body = """Sehr geehrte Damen und Herren,

Herr Bürgermeister Gundlach muss seine Teilnahme an der Veranstaltung am 20. Mai leider absagen, da an diesem Tag kurzfristig eine Sondersitzung des Gemeinderates angesetzt wurde.

Mit freundlichen Grüßen
i. A. Carmen Wiesner
Sekretariat

""" + outlook_quote("Montag, 14. April 2025 10:03", "Sekretariat Gemeinde Großpürschütz", confirm_subject(code),
                    confirmation("Guten Tag Herr Gundlach", ["Detlef Gundlach"], code))
    h = envelope(slug, frm, "AW: " + confirm_subject(code), "2025-05-09 12:45", extra=outlook_headers())
    return message(h, outlook_alt(slug, body)), label("cancellation", [
        P("Detlef Gundlach", None, "Bürgermeister")], "Gemeinde Großpürschütz", "municipality", "Großpürschütz")


@case("cancel-sulza-both-haushaltssperre")
def _(slug):
    frm = addr("Rico Kratzsch", "r.kratzsch@gemeinde-sulza.example")
    body = """Sehr geehrte Damen und Herren,

wir müssen unsere Anmeldung leider komplett zurückziehen: Wegen der Haushaltssperre sind Dienstreisen derzeit nicht genehmigt. Das betrifft Frau Nadine Vetter und mich.

Mit freundlichen Grüßen
Rico Kratzsch
Gemeinde Sulza, Bauverwaltung"""
    h = envelope(slug, frm, "Absage Transferveranstaltung - Gemeinde Sulza", "2025-05-05 13:30",
                 extra=("User-Agent: Open-Xchange Mailer v7.10.6",))
    return message(h, text(body, "utf-8", "base64")), label("cancellation", [
        P("Nadine Vetter", None), P("Rico Kratzsch", "r.kratzsch@gemeinde-sulza.example", "Bauverwaltung")],
        "Gemeinde Sulza", "municipality", "Sulza")


# ==================================================================================================
# changes
# ==================================================================================================

@case("change-bocka-in-vertretung-beigeordneter")
def _(slug):
    code = code_for(slug)
    frm = addr("Marco Fiebig", "m.fiebig@gemeinde-bocka.example")
    body = f"""Sehr geehrte Damen und Herren,

Herr Bürgermeister Volker Hentschke ist am 20. Mai verhindert. In Vertretung nehme ich als 1. Beigeordneter an der Transferveranstaltung teil (Anmeldung {code}).

Mit freundlichen Grüßen
Marco Fiebig
1. Beigeordneter der Gemeinde Bocka"""
    h = envelope(slug, frm, "Teilnahme in Vertretung - Gemeinde Bocka", "2025-05-07 09:58", extra=outlook_headers())
    return message(h, outlook_alt(slug, body)), label("change", [
        P("Marco Fiebig", "m.fiebig@gemeinde-bocka.example", "1. Beigeordneter"),
        P("Volker Hentschke", None, "Bürgermeister")], "Gemeinde Bocka", "municipality", "Bocka")


@case("change-lindig-later-arrival-iphone")
def _(slug):
    code = code_for(slug)
    frm = addr("Dana Pfitzner", "d.pfitzner@gemeinde-lindig.example")
    body = "Hallo, kurze Info: ich schaffe es am 20.5. erst gegen 11:30 Uhr, vorher habe ich noch einen Termin beim Landratsamt. Bitte nicht als Absage werten!\n\nDana Pfitzner\nGemeinde Lindig\n\nVon meinem iPhone gesendet\n\n" + thunderbird_quote(
        "14.04.2025 um 10:03", f"{OUR_NAME} <{INBOX}>", confirmation("Guten Tag Frau Pfitzner", ["Dana Pfitzner"], code))
    h = envelope(slug, frm, "Re: " + confirm_subject(code), "2025-05-15 18:22", extra=("X-Mailer: iPhone Mail (22D82)",))
    return message(h, text(body, "utf-8")), label("change", [
        P("Dana Pfitzner", "d.pfitzner@gemeinde-lindig.example")], "Gemeinde Lindig", "municipality", "Lindig",
        notes=["erst gegen 11:30 Uhr"])


@case("change-frankendorf-new-colleague-nachmelden")
def _(slug):
    frm = addr("Kristin Ebermann", "k.ebermann@frankendorf-wl.example")
    body = """Sehr geehrte Damen und Herren,

ich bin bereits für die Transferveranstaltung angemeldet. Seit dem 1. April haben wir eine neue Kollegin im Bauamt, Frau Lea Zierold (l.zierold@frankendorf-wl.example). Könnten Sie sie bitte noch nachmelden? Sie würde mit mir zusammen anreisen.

Vielen Dank und freundliche Grüße
Kristin Ebermann
Gemeinde Frankendorf"""
    h = envelope(slug, frm, "Nachmeldung neue Kollegin", "2025-05-02 11:07", extra=outlook_headers())
    return message(h, outlook_alt(slug, body)), label("change", [
        P("Lea Zierold", "l.zierold@frankendorf-wl.example", "Bauamt")],
        "Gemeinde Frankendorf", "municipality", "Frankendorf")


@case("change-alkersleben-vegetarisch-frueher-weg")
def _(slug):
    code = code_for(slug)
    frm = addr("Wolfgang Schumm", "w.schumm@alkersleben.example")
    body = """Sehr geehrte Damen und Herren,

zu meiner Anmeldung bitte noch vermerken: Ich esse vegetarisch und muss gegen 13 Uhr wieder los, also nur vormittags.

Mit freundlichen Grüßen
Wolfgang Schumm
Bürgermeister Gemeinde Alkersleben

""" + outlook_quote("Mittwoch, 16. April 2025 08:15", "Schumm, Wolfgang", confirm_subject(code),
                    confirmation("Guten Tag Herr Schumm", ["Wolfgang Schumm"], code))
    h = envelope(slug, frm, "AW: " + confirm_subject(code), "2025-05-12 14:40", extra=outlook_headers())
    return message(h, outlook_alt(slug, body)), label("change", [
        P("Wolfgang Schumm", "w.schumm@alkersleben.example", "Bürgermeister")],
        "Gemeinde Alkersleben", "municipality", "Alkersleben", notes=["vegetarisch", "nur vormittags"])


@case("change-crimla-name-after-marriage")
def _(slug):
    code = code_for(slug)
    frm = addr("Kerstin Wolfsteller", "k.wolfsteller@crimla.example")
    body = f"""Guten Tag,

ich bin unter meinem früheren Namen Kerstin Oberender angemeldet (Code {code}). Seit meiner Heirat heiße ich Kerstin Wolfsteller, meine neue Adresse ist k.wolfsteller@crimla.example. Bitte ändern Sie das für das Namensschild.

Danke und Grüße
Kerstin Wolfsteller
Gemeinde Crimla"""
    h = envelope(slug, frm, "Namensänderung Anmeldung", "2025-05-06 10:30",
                 extra=("User-Agent: Mozilla Thunderbird",))
    return message(h, text(body, "UTF-8", "8bit")), label("change", [
        P("Kerstin Wolfsteller", "k.wolfsteller@crimla.example")], "Gemeinde Crimla", "municipality", "Crimla")


# ==================================================================================================
# questions
# ==================================================================================================

@case("question-tastungen-parken-e-auto")
def _(slug):
    frm = addr("Peer Lindemuth", "p.lindemuth@tastungen.example")
    body = """Guten Tag,

wir sind bereits angemeldet und kommen mit unserem E-Dienstwagen. Gibt es am Veranstaltungsort Parkplätze mit Ladesäule, oder eine in der Nähe?

Danke und Gruß
Peer Lindemuth
Gemeinde Tastungen"""
    h = envelope(slug, frm, "Frage Parken / Laden", "2025-05-13 08:47", extra=outlook_headers())
    return message(h, text(body, "windows-1252")), label("question", [], "Gemeinde Tastungen", "municipality", "Tastungen")


@case("question-haynrode-veganes-essen-conditional")
def _(slug):
    frm = addr("Jessica Brunnquell", "j.brunnquell@haynrode.example")
    body = """Hallo,

kurze Frage vorab: Gibt es beim Mittagessen auch ein veganes Angebot? Falls ja, würde ich mich gern anmelden, sonst würde ich mir etwas mitbringen und eventuell nur den Vormittag besuchen.

Viele Grüße
Jessica Brunnquell
Gemeinde Haynrode"""
    h = envelope(slug, frm, "Frage Verpflegung", "2025-04-30 12:18", extra=("User-Agent: Mozilla Thunderbird",))
    return message(h, text(body, "UTF-8", "8bit")), label("question", [], "Gemeinde Haynrode", "municipality", "Haynrode")


@case("question-kleinfurra-bahnhof-weg")
def _(slug):
    frm = addr("Thoralf Kettner", "t.kettner@kleinfurra.example")
    body = """Sehr geehrte Damen und Herren,

wie weit ist der Veranstaltungsort vom Bahnhof Bad Lobenstein entfernt, und fährt dort ein Bus? Davon hängt ab, ob ich mit dem Zug anreisen kann. Ich melde mich dann gesondert an.

Mit freundlichen Grüßen
Thoralf Kettner
Gemeinde Kleinfurra"""
    h = envelope(slug, frm, "Anreise mit der Bahn", "2025-04-29 15:55", extra=("User-Agent: Roundcube Webmail/1.6.6",))
    return message(h, text(body, "utf-8")), label("question", [], "Gemeinde Kleinfurra", "municipality", "Kleinfurra")


@case("question-westhausen-teilnahmebescheinigung")
def _(slug):
    frm = addr("Heidrun Schaller", "h.schaller@westhausen-hbn.example")
    body = """Sehr geehrte Damen und Herren,

wir sind für den 20. Mai angemeldet. Erhalten die Teilnehmenden eine Teilnahmebescheinigung? Unser Bauamtsleiter benötigt sie als Fortbildungsnachweis für die Architektenkammer.

Mit freundlichen Grüßen
Heidrun Schaller
Gemeinde Westhausen"""
    h = envelope(slug, frm, "Teilnahmebescheinigung?", "2025-05-08 09:14", extra=outlook_headers())
    return message(h, outlook_alt(slug, body)), label("question", [], "Gemeinde Westhausen", "municipality", "Westhausen")


@case("question-reinholterode-folien-nicht-dabei")
def _(slug):
    frm = addr("Mathias Hunstock", "m.hunstock@reinholterode.example")
    body = """Guten Tag,

ich kann am 20. Mai leider nicht nach Bad Lobenstein kommen, das Thema interessiert uns aber sehr. Werden die Folien der Vorträge im Anschluss verschickt oder online gestellt?

Freundliche Grüße
Mathias Hunstock
Gemeinde Reinholterode"""
    h = envelope(slug, frm, "Folien der Vorträge", "2025-05-05 16:30", extra=("X-Mailer: Apple Mail (2.3826.400.131.1.6)",))
    return message(h, text(body, "utf-8")), label("question", [], "Gemeinde Reinholterode", "municipality", "Reinholterode")


# ==================================================================================================
# other
# ==================================================================================================

@case("other-newsletter-list-unsubscribe")
def _(slug):
    frm = addr("Kommunal-Info Thüringen", "newsletter@kommunal-info.example")
    body = """Kommunal-Info Thüringen – Newsletter 08/2025

+ Förderaufruf Dorfentwicklung 2026 veröffentlicht
+ Wärmeplanung: Fristen für kleine Gemeinden
+ Termine: Fachtag Innenentwicklung am 3. Juni in Erfurt

Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben. Abmelden: https://kommunal-info.example/abmelden"""
    h = envelope(slug, frm, "Kommunal-Info 08/2025: Förderaufruf Dorfentwicklung", "2025-04-24 06:00",
                 extra=("Precedence: bulk", "List-Id: Kommunal-Info <news.kommunal-info.example>",
                        "List-Unsubscribe: <https://kommunal-info.example/abmelden>, <mailto:unsubscribe@kommunal-info.example>",
                        "List-Unsubscribe-Post: List-Unsubscribe=One-Click"))
    return message(h, alt(slug, body, simple_html(body), prefix="nl_")), label("other", [], None, None, None)


@case("other-firma-terminanfrage-beteiligungssoftware")
def _(slug):
    frm = addr("Dominik Rauchfuß", "d.rauchfuss@partizipa-software.example")
    body = """Sehr geehrte Damen und Herren,

wir haben von Ihrer Transferveranstaltung am 20. Mai erfahren. Unsere Plattform „Partizipa“ unterstützt Kommunen bei der digitalen Bürgerbeteiligung zu ISEK und IGEK.

Hätten Sie in den nächsten Wochen Zeit für einen 30-minütigen Online-Termin, in dem wir Ihnen die Lösung vorstellen? Gern würden wir auch mit einem kleinen Stand vor Ort präsent sein.

Mit freundlichen Grüßen
Dominik Rauchfuß
Key Account Manager Öffentliche Verwaltung
Partizipa Software GmbH, Leipzig"""
    h = envelope(slug, frm, "Terminanfrage: digitale Bürgerbeteiligung für Ihre Veranstaltung", "2025-04-17 09:02",
                 extra=("X-Mailer: HubSpot",))
    return message(h, alt(slug, body, simple_html(body), prefix="hs_")), label("other", [], None, None, None)


# ==================================================================================================
# auto replies
# ==================================================================================================

@case("auto-exchange-automatische-antwort-wieder-im-dienst")
def _(slug):
    code = code_for(slug)
    frm = addr("Seidenschwanz, Corinna", "c.seidenschwanz@gemeinde-nottleben.example")
    body = """Vielen Dank für Ihre Nachricht.

Ich bin ab dem 26.05.2025 wieder im Dienst. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an bauamt@gemeinde-nottleben.example.

Mit freundlichen Grüßen
Corinna Seidenschwanz"""
    h = envelope(slug, frm, "Automatische Antwort: " + reminder_subject(code), "2025-05-13 09:00",
                 extra=outlook_headers(("Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All",
                                        f"In-Reply-To: {msgid('rem-' + slug, 'transferveranstaltung.example')}")))
    return message(h, outlook_alt(slug, body)), label("auto_reply", [], None, None, None)


@case("auto-no-headers-ab-montag-wieder-im-dienst")
def _(slug):
    code = code_for(slug)
    frm = addr("Torsten Kaltofen", "t.kaltofen@eschenbergen.example")
    body = """Guten Tag,

ich bin vom 12.05. bis einschließlich 16.05.2025 nicht erreichbar und ab Montag, dem 19.05.2025, wieder im Dienst. Ihre Nachricht wird nach meiner Rückkehr bearbeitet. In dringenden Angelegenheiten erreichen Sie Herrn Weigelt unter 036258 5030.

Mit freundlichen Grüßen
Torsten Kaltofen
Gemeinde Eschenbergen"""
    h = envelope(slug, frm, "AW: " + reminder_subject(code), "2025-05-13 09:01", extra=outlook_headers())
    return message(h, text(body, "windows-1252")), label("auto_reply", [], None, None, None)


@case("auto-english-out-of-office-x-autoreply")
def _(slug):
    code = code_for(slug)
    frm = addr("Fiona MacAllister", "f.macallister@northgate-planning.example")
    body = """Thank you for your email. I am out of the office until Monday 19 May with limited access to email. For urgent matters please contact office@northgate-planning.example.

Best regards,
Fiona MacAllister"""
    h = envelope(slug, frm, "Out of Office: " + confirm_subject(code), "2025-05-06 14:22",
                 extra=("X-Autoreply: yes", "Auto-Submitted: auto-replied", "Content-Language: en-GB"))
    return message(h, text(body, "utf-8")), label("auto_reply", [], None, None, None, language="en")


@case("auto-sieve-vacation-abwesend")
def _(slug):
    code = code_for(slug)
    frm = addr("Gemeinde Neubrunn – Bürgermeisterin", "buergermeisterin@neubrunn.example")
    body = """Sehr geehrte Damen und Herren,

ich bin bis zum 23. Mai im Urlaub. Ihre Nachricht habe ich erhalten; ich melde mich nach meiner Rückkehr.

Freundliche Grüße
Gemeinde Neubrunn"""
    h = envelope(slug, frm, "Abwesend: Re: " + confirm_subject(code), "2025-05-09 17:30",
                 extra=("Auto-Submitted: auto-replied (vacation)",))
    return message(h, text(body, "utf-8")), label("auto_reply", [], None, None, None)


@case("auto-ticket-eingangsbestaetigung-x-autorespond")
def _(slug):
    frm = addr("Servicedesk Poststelle", "no-reply@lra-service.example")
    body = """Ihre Nachricht ist bei uns eingegangen.

Vorgangsnummer: PST-2025-041877
Betreff: Anmeldung bestätigt: 9. Transferveranstaltung

Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht. Ihr Anliegen wird an die zuständige Stelle weitergeleitet."""
    h = envelope(slug, frm, "[PST-2025-041877] Eingangsbestätigung", "2025-04-22 10:01",
                 extra=("X-Autorespond: yes", "Auto-Submitted: auto-generated"))
    return message(h, text(body, "utf-8")), label("auto_reply", [], None, None, None)


@case("auto-outlook-html-only-urlaub-no-headers")
def _(slug):
    code = code_for(slug)
    frm = addr("Klötzer, Susann", "s.kloetzer@vg-seenplatte.example")
    inner = ('<p class="MsoNormal">Sehr geehrte Damen und Herren,<o:p></o:p></p>\n<p class="MsoNormal">&nbsp;<o:p></o:p></p>\n'
             '<p class="MsoNormal">ich befinde mich bis einschlie&szlig;lich 2.&nbsp;Mai im Urlaub und bin ab dem '
             '5.&nbsp;Mai&nbsp;2025 wieder im Dienst. Ihre E-Mail wird in dieser Zeit nicht gelesen.<o:p></o:p></p>\n'
             '<p class="MsoNormal">&nbsp;<o:p></o:p></p>\n<p class="MsoNormal">Mit freundlichen Gr&uuml;&szlig;en<br>'
             'Susann Kl&ouml;tzer<br>Verwaltungsgemeinschaft Seenplatte<o:p></o:p></p>')
    h = envelope(slug, frm, "Abwesenheitsnotiz: " + confirm_subject(code), "2025-04-24 11:30", extra=outlook_headers())
    return message(h, text(word_html("", "windows-1252", inner), "windows-1252", sub="html")), label(
        "auto_reply", [], None, None, None)


# ==================================================================================================
# bounces
# ==================================================================================================

def _ours(slug: str, to: str, salutation: str, person: str, when: str) -> bytes:
    code = code_for(slug)
    return our_mail(slug, to, confirm_subject(code), when, confirmation(salutation, [person], code))


@case("bounce-postfix-dsn-quota-exceeded")
def _(slug):
    rcpt = "m.gerlach-boehm@schwaara.example"
    ours = _ours(slug, rcpt, "Guten Tag Frau Gerlach-Böhm", "Manja Gerlach-Böhm", "2025-04-26 10:10")
    human = f"""This is the mail system at host mx01.transferveranstaltung.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

                   The mail system

<{rcpt}>: host mx.schwaara.example[198.51.100.23] said: 552 5.2.2
    <{rcpt}>: Mailbox full / quota exceeded (in reply to RCPT TO command)"""
    dsn = f"""Reporting-MTA: dns; mx01.transferveranstaltung.example
Arrival-Date: Sat, 26 Apr 2025 10:10:02 +0200 (CEST)

Final-Recipient: rfc822; {rcpt}
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.schwaara.example
Diagnostic-Code: smtp; 552 5.2.2 <{rcpt}>: Mailbox full / quota exceeded
"""
    part = report(slug, (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                         human.encode() + b"\n"), dsn, rfc822_headers(ours))
    h = ["Return-Path: <>", f"From: {addr('Mail Delivery System', 'MAILER-DAEMON@mx01.transferveranstaltung.example')}",
         f"To: {INBOX}", "Subject: Undelivered Mail Returned to Sender", f"Date: {rfcdate('2025-04-26 10:10')}",
         f"Message-ID: {msgid(slug, 'mx01.transferveranstaltung.example')}", "Auto-Submitted: auto-replied"]
    return message(h, part), label("bounce", [], None, None, None, language="en", bounce_recipient=rcpt)


@case("bounce-postfix-plain-host-not-found")
def _(slug):
    rcpt = "bauamt@gemeinde-mehmels.example"
    code = code_for(slug)
    body = f"""This is the mail system at host mx01.transferveranstaltung.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

                   The mail system

<{rcpt}>: Host or domain name not found. Name service error for
    name=gemeinde-mehmels.example type=MX: Host not found, try again

--- Undelivered message headers ---
From: {OUR_NAME} <{INBOX}>
To: {rcpt}
Subject: {confirm_subject(code)}"""
    h = [f"From: {addr('Mail Delivery System', 'MAILER-DAEMON@mx01.transferveranstaltung.example')}",
         f"To: {INBOX}", "Subject: Undelivered Mail Returned to Sender", f"Date: {rfcdate('2025-04-11 16:02')}",
         f"Message-ID: {msgid(slug, 'mx01.transferveranstaltung.example')}"]
    return message(h, text(body, "utf-8", "8bit")), label("bounce", [], None, None, None, language="en",
                                                         bounce_recipient=rcpt)


@case("bounce-exchange-unzustellbar-html-report")
def _(slug):
    rcpt = "poststelle@vg-feldstein-alt.example"
    code = code_for(slug)
    ours = _ours(slug, rcpt, "Guten Tag", "Reinhard Vogt", "2025-04-15 08:30")
    human = (f"<html><body><p><b>Die Nachricht konnte nicht an folgende Empfänger zugestellt werden:</b></p>"
             f"<p><a href=\"mailto:{rcpt}\">{rcpt}</a><br>Die E-Mail-Adresse wurde im Zielsystem nicht gefunden.</p>"
             f"<p>Diagnoseinformationen für Administratoren:<br>Generierender Server: EX02.mail.transferveranstaltung.example"
             f"<br>{rcpt}<br>Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'</p></body></html>")
    dsn = f"""Reporting-MTA: dns;EX02.mail.transferveranstaltung.example
Received-From-MTA: dns;EX02.mail.transferveranstaltung.example
Arrival-Date: Tue, 15 Apr 2025 06:30:02 +0000

Original-Recipient: rfc822;{rcpt}
Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
"""
    part = report(slug, text(human, "utf-8", sub="html"), dsn, rfc822(ours))
    h = [f"From: {addr('Microsoft Outlook', 'postmaster@mail.transferveranstaltung.example')}", f"To: {INBOX}",
         f"Subject: {hval('Unzustellbar: ' + confirm_subject(code))}", f"Date: {rfcdate('2025-04-15 08:31')}",
         f"Message-ID: {msgid(slug, 'EX02.mail.transferveranstaltung.example')}", "Content-Language: de-DE"]
    return message(h, part), label("bounce", [], None, None, None, bounce_recipient=rcpt)


@case("bounce-gmail-style-address-not-found")
def _(slug):
    rcpt = "k.rothmaler@googlemail-kommune.example"
    code = code_for(slug)
    ours = _ours(slug, rcpt, "Guten Tag Herr Rothmaler", "Kai Rothmaler", "2025-05-13 09:00")
    human = f"""** Address not found **

Your message wasn't delivered to {rcpt} because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist."""
    dsn = f"""Reporting-MTA: dns; relay.transferveranstaltung.example
Arrival-Date: Tue, 13 May 2025 09:00:04 +0200

Final-Recipient: rfc822; {rcpt}
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Tue, 13 May 2025 09:00:05 +0200
"""
    part = report(slug, text(human, "utf-8", "8bit"), dsn, rfc822(ours))
    h = ["Return-Path: <>", f"From: {addr('Mail Delivery Subsystem', 'mailer-daemon@relay.transferveranstaltung.example')}",
         f"To: {INBOX}", "Subject: Delivery Status Notification (Failure)", f"Date: {rfcdate('2025-05-13 09:00')}",
         f"Message-ID: {msgid(slug, 'relay.transferveranstaltung.example')}", "Auto-Submitted: auto-replied"]
    return message(h, part), label("bounce", [], None, None, None, language="en", bounce_recipient=rcpt)


# ==================================================================================================
# build and validate (tests/corpus_kit.py)
# ==================================================================================================

EARLIER = ("corpus", "corpus_holdout", "corpus_blind", "corpus_blind2", "corpus_blind3")


if __name__ == "__main__":
    main(HERE, CASES, seed=20250520, earlier=EARLIER)
