"""message.parse: each mail shape, charset and header form gives the fields a reader needs."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from mailbot.message import parse
from mailbot.message.charsets import decode_bytes
from mailbot.message.headers import decode_words
from mailbot.message.html import html_to_text
from mailbot.message.text import unflow

FIXTURES = Path(__file__).parent / "fixtures" / "mime"


def load(name: str):
    return parse((FIXTURES / name).read_bytes())


# --- headers ---------------------------------------------------------------------------------


def test_encoded_words_in_subject_and_display_name_are_decoded():
    """RFC 2047 words (also folded over two lines) decode; a comma inside an encoded name does not split it."""
    mail = load("plain_utf8_qp.eml")
    assert mail.subject == "Anmeldung zur Veranstaltung – Gemeinde Grünau"
    assert mail.from_name == "Müller, Jürgen"
    assert mail.from_addr == "juergen.mueller@gemeinde-beispiel.de"


def test_address_and_id_headers_are_normalised():
    """Reply-To/To/Cc are lower-cased addr-specs; ids keep angle brackets without whitespace; date is aware."""
    mail = load("plain_utf8_qp.eml")
    assert mail.reply_to == "sekretariat@gemeinde-beispiel.de"
    assert mail.to == ("anmeldung@example.org",)
    assert mail.cc == ("a@example.de", "b@example.de")
    assert mail.message_id == "<abc.123@mail.example.de>"
    assert mail.in_reply_to == "<inv-1@example.org>"
    assert mail.references == ("<inv-0@example.org>", "<inv-1@example.org>")
    assert mail.date == datetime(2025, 5, 12, 10, 3, tzinfo=timezone(timedelta(hours=2)))


def test_headers_list_is_lowercased_and_decoded_in_order():
    """`headers` keeps every header in order under its lower-cased name, with decoded values."""
    mail = load("plain_utf8_qp.eml")
    names = [name for name, _ in mail.headers]
    assert names[:3] == ["from", "subject", "message-id"]
    assert mail.header("subject") == mail.subject
    assert "Müller" in mail.header("from")


def test_crlf_in_encoded_header_values_does_not_survive():
    """Encoded CR/LF in Subject or From name become spaces, so no value spans lines; the first Subject wins."""
    mail = load("hostile_headers.eml")
    assert mail.subject.startswith("Hallo X-Injected: 1")
    assert mail.from_addr == "evil@example.de"
    for _, value in mail.headers:
        assert "\r" not in value and "\n" not in value
    assert mail.header_all("subject")[1] == "second"
    assert mail.header("x-empty") == ""


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("=?iso-8859-1?q?Gr=FC=DFe?=", "Grüße"),
        ("=?UTF-8?B?R3LDvMOfZQ==?=", "Grüße"),
        ("=?UTF-8?B?R3LDvMOfZQ?=", "Grüße"),  # missing padding
        ("=?utf-8?q?a?= =?utf-8?q?b?=", "ab"),  # whitespace between adjacent words is dropped
        ("=?utf-8*de?q?Hallo?=", "Hallo"),  # RFC 2231 language suffix
        ("=?utf-8?Q?Anmeldung f=C3=BCr?=", "Anmeldung für"),  # spaces inside a Q word (broken clients)
        ("=?no-such-charset?q?Gr=FC=DFe?=", "Grüße"),
        ("Prefix =?utf-8?q?unterminated", "Prefix =?utf-8?q?unterminated"),
        ("plain\r\n\tfolded", "plain folded"),
    ],
)
def test_decode_words_handles_good_and_broken_encodings(raw, expected):
    """Encoded words decode leniently; unterminated words stay as written; whitespace runs collapse."""
    assert decode_words(raw) == expected


def test_missing_from_gives_empty_address():
    """A mail without From has from_addr "" and no date or id rather than an error."""
    mail = parse(b"Subject: x\r\n\r\nHallo")
    assert mail.from_addr == "" and mail.from_name == ""
    assert mail.message_id is None and mail.date is None
    assert mail.text == "Hallo"


def test_unparsable_date_is_none_and_minus_zero_zone_is_utc():
    """A garbage Date gives None; "-0000" (zone unknown) is read as UTC so the datetime stays aware."""
    assert parse(b"Date: gestern\r\n\r\nx").date is None
    date = parse(b"Date: Mon, 12 May 2025 10:03:00 -0000\r\n\r\nx").date
    assert date is not None and date.utcoffset() == timedelta(0)


# --- body shapes -----------------------------------------------------------------------------


def test_alternative_prefers_plain():
    """multipart/alternative gives the plain part, not the HTML one."""
    mail = load("alternative.eml")
    assert mail.full_text == "Ich melde mich an. (plain)"
    assert not mail.from_html


def test_alternative_with_empty_plain_falls_back_to_related_html():
    """An empty plain alternative falls back to the HTML inside multipart/related; its image is listed."""
    mail = load("alternative_empty_plain.eml")
    assert mail.from_html
    assert mail.text == "Wir kommen zu zweit."
    assert mail.signature == "Grüße"
    assert [a.filename for a in mail.attachments] == ["logo.png"]


def test_outlook_html_reply_keeps_table_rows_and_splits_quote_and_signature():
    """Word HTML: table rows become "a | b" lines, <o:p> vanishes, the Von:/Gesendet: block is quoted."""
    mail = load("outlook_html_reply.eml")
    assert mail.from_html
    assert "Petra Lange | Bauamtsleiterin" in mail.text
    assert "Tom Berg | Sachbearbeiter" in mail.text
    assert "für die Veranstaltung" in mail.text  # windows-1252 labelled iso-8859-1, QP
    assert mail.signature.startswith("Mit freundlichen Grüßen")
    assert "Tel.: 03628 123-45" in mail.signature
    assert mail.quoted.startswith("Von: Ministerium")
    assert "wir laden Sie ein" in mail.quoted and "wir laden Sie ein" not in mail.text
    assert mail.forwarded_text == ""  # an AW: is a reply, not a forward


def test_gmail_html_blockquote_is_quoted():
    """Gmail HTML: the blockquote and its "Am … schrieb" line go to quoted, the closing to signature."""
    mail = load("gmail_html_only.eml")
    assert mail.text == "Ich komme gerne, mit meiner Kollegin Frau Dr. Weiss."
    assert mail.signature == "Beste Grüße\nKarl"
    assert "> wir laden ein." in mail.quoted
    assert mail.quoted.startswith("Am Mo., 5. Mai 2025")


def test_mixed_with_attachments_lists_them_unread():
    """multipart/mixed: the text part is the body; attachments are listed with decoded names and sizes."""
    mail = load("mixed_attachment.eml")
    assert mail.text == "Anbei das ausgefüllte Formular."
    assert [(a.filename, a.content_type) for a in mail.attachments] == [
        ("Anmeldung Grünau.pdf", "application/pdf"), ("termin.ics", "text/calendar")]
    assert mail.attachments[0].size == 9 + 1024
    assert "Epilogue" not in mail.full_text and "multi-part" not in mail.full_text


def test_attached_forward_is_parsed_and_quoted():
    """A "zur Kenntnis" forward: the attached mail is parsed into `forwarded` and its text is in `quoted`."""
    mail = load("forward_attached.eml")
    assert mail.text == "zur Kenntnis"
    (inner,) = mail.forwarded
    assert inner.from_addr == "b.vogel@kreis.example"
    assert inner.subject == "Anmeldung Transferveranstaltung"
    assert inner.message_id == "<inner@kreis.example>"
    assert "Hiermit melde ich mich an." in inner.text
    assert "Hiermit melde ich mich an." in mail.quoted


def test_inline_forward_fills_forwarded_text():
    """A Gmail-style inline forward: marker and below are quoted, and the forwarded mail is in forwarded_text."""
    mail = load("forward_inline.eml")
    assert mail.text == "siehe unten"
    assert mail.quoted.startswith("---------- Forwarded message")
    assert mail.forwarded_text.startswith("Von: Uwe Frank <uwe.frank@dorf.example>")
    assert "Ich möchte mich anmelden." in mail.forwarded_text


def test_outlook_wg_header_block_is_a_forward():
    """Under a WG: subject the Outlook Von:/Gesendet: block starts forwarded_text; the forwarder signs off."""
    mail = load("outlook_wg_inline.eml")
    assert mail.text == "Zur Info."
    assert mail.signature == "Viele Grüße\nSabine Koch"
    assert mail.forwarded_text.startswith("Von: Uwe Frank")
    assert "Ich möchte mich anmelden – Uwe Frank." in mail.forwarded_text


def test_format_flowed_is_joined_and_unstuffed():
    """format=flowed delsp=yes: soft breaks are joined, the stuffed space removed, "-- " kept as separator."""
    mail = load("flowed.eml")
    assert mail.text == ("Hiermit melde ich mich und meinen Kollegen Herrn Weber zur Veranstaltung an.\n"
                         "From the Amt: space-stuffed line.")
    assert mail.signature == "--\nTina Roth"


def test_unflow_keeps_quote_depth():
    """Flowed quoted lines join within their quote depth and keep a "> " prefix."""
    assert unflow("> eins \n> zwei\nneu", delsp=False) == "> eins zwei\nneu"


def test_smime_signed_reads_signed_content():
    """multipart/signed: the signed text is read, the pkcs7 signature is neither text nor attachment."""
    mail = load("smime_signed.eml")
    assert mail.text == "Signierte Anmeldung von Frau Berger."
    assert mail.attachments == ()
    assert not mail.encrypted


@pytest.mark.parametrize("name", ["smime_encrypted.eml", "pgp_mime_encrypted.eml", "pgp_inline_encrypted.eml"])
def test_encrypted_mail_is_flagged(name):
    """S/MIME enveloped, PGP/MIME and inline PGP messages are encrypted, with the problem noted."""
    mail = load(name)
    assert mail.encrypted
    assert "encrypted" in mail.problems
    assert "BEGIN PGP" not in mail.full_text


def test_inline_pgp_signed_keeps_content():
    """Inline PGP signature armour is removed and dash-escaping undone."""
    mail = load("pgp_inline.eml")
    assert mail.text == "Ich melde mich an."
    assert mail.signature == "--\nMax"
    assert "PGP" not in mail.full_text


def test_bounce_report_exposes_delivery_status():
    """multipart/report: human text in full_text, delivery-status text separate, returned mail forwarded."""
    mail = load("bounce_report.eml")
    assert "Final-Recipient: rfc822; gibtsnicht@gemeinde.example" in mail.delivery_status
    assert "could not be delivered" in mail.full_text
    assert "Final-Recipient" not in mail.full_text
    assert mail.forwarded[0].to == ("gibtsnicht@gemeinde.example",)


def test_no_body_is_a_problem():
    """A mail with headers only notes "no body"."""
    assert "no body" in parse(b"From: a@b.de\r\nSubject: x\r\n\r\n").problems


# --- charsets --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("cp1252_as_latin1.eml", "„Wir kommen“ – Grüße"),
        ("cp1252_as_ascii.eml", "Wir kommen – Grüße aus Jena €"),
        ("no_charset_utf8.eml", "Anmeldung aus Weimar für Herrn Kühn."),
        ("invalid_utf8.eml", "Anmeldung aus Gößnitz: Frau Weiß kommt."),
        ("unknown_charset.eml", "Anmeldung für Frau Jäger aus Suhl."),
        ("base64_latin1.eml", "Größe: groß"),
    ],
)
def test_charsets_are_detected_when_mislabelled(name, expected):
    """cp1252 labelled latin-1/ascii, unlabelled utf-8, cp1252 labelled utf-8, unknown labels, bad base64."""
    assert load(name).full_text == expected


def test_unknown_charset_is_a_problem_and_subject_still_decodes():
    """An unknown charset name is noted as a problem; the encoded Subject in it still decodes."""
    mail = load("unknown_charset.eml")
    assert "undecodable charset x-bogus-charset" in mail.problems
    assert mail.subject == "Grüße"


@pytest.mark.parametrize(
    ("data", "label", "expected"),
    [
        ("Grüße".encode("utf-8"), "iso-8859-1", "Grüße"),  # utf-8 labelled latin-1
        ("Grüße".encode("latin-1"), "latin1", "Grüße"),
        ("€ 5".encode("cp1252"), None, "€ 5"),
        ("Grüß".encode("utf-8")[:-1], "utf-8", "Grü"),  # cut inside a character: keep the rest
        ("Привет".encode("koi8-r"), "koi8-r", "Привет"),
        ("x".encode("utf-16"), "utf-16", "x"),
        (b"abc", "rot13", "abc"),  # not a text codec
    ],
)
def test_decode_bytes(data, label, expected):
    """decode_bytes trusts the bytes over the label and refuses non-text codecs."""
    assert decode_bytes(data, label)[0] == expected


def test_nul_and_control_characters_are_removed():
    """NUL bytes and other control characters do not reach the text; CRLF becomes LF."""
    mail = parse(b"From: a@b.de\r\n\r\nHal\x00lo\x07\r\nWelt\r\n")
    assert mail.full_text == "Hallo\nWelt"


# --- HTML ------------------------------------------------------------------------------------


def test_html_paragraphs_breaks_lists_and_entities():
    """<p>, <br> and <li> become lines; &nbsp; and entities decode; style/script/head vanish."""
    html = ("<html><head><title>T</title><style>p{}</style></head><body><p>Eins&nbsp;&amp; zwei</p>"
            "<script>x()</script><div>drei<br>vier</div><ul><li>a</li><li>b</li></ul></body></html>")
    text, cut = html_to_text(html)
    assert text == "Eins & zwei\ndrei\nvier\n- a\n- b"
    assert not cut


def test_html_table_with_multiline_cells_stays_lines():
    """A row whose cells hold several lines is not joined with " | " (webmail layout tables)."""
    text, _ = html_to_text("<table><tr><td>Hallo<br>Welt</td><td>x</td></tr></table>")
    assert text == "Hallo\nWelt\nx"


def test_html_too_deep_is_stripped_not_parsed():
    """Pathologically nested HTML falls back to tag stripping and is reported as cut."""
    text, cut = html_to_text("<div>" * 6000 + "Inhalt")
    assert text == "Inhalt" and cut


# --- quotes and signatures -------------------------------------------------------------------

from mailbot.message.quotes import split_body  # noqa: E402


def test_split_top_post_with_german_attribution_and_quote():
    """"Am … schrieb X:" over '>' lines is quoted; the greeting block is the signature."""
    body = ("Wir kommen zu dritt.\n\nMit freundlichen Grüßen\nErika Muster\nHauptamtsleiterin\nGemeinde Au\n\n"
            "Am 12.05.2025 um 10:03 schrieb Ministerium <a@example.org>:\n> Einladung\n> Bitte melden")
    split = split_body(body)
    assert split.text == "Wir kommen zu dritt."
    assert split.signature == "Mit freundlichen Grüßen\nErika Muster\nHauptamtsleiterin\nGemeinde Au"
    assert split.quoted.startswith("Am 12.05.2025 um 10:03 schrieb") and "> Bitte melden" in split.quoted


def test_split_wrapped_gmail_attribution_without_prefixes_cuts_everything_after():
    """A Gmail attribution wrapped over two lines, followed by unprefixed text, cuts the rest into quoted."""
    body = ("Ja, gerne.\n\nAm Mo., 12. Mai 2025 um 10:03 Uhr schrieb Max Mustermann <\nmax@example.de>:\n"
            "Einladung zur Veranstaltung")
    split = split_body(body)
    assert split.text == "Ja, gerne."
    assert split.quoted.endswith("Einladung zur Veranstaltung")


def test_split_english_on_wrote_and_interleaved_answers():
    """Interleaved answers stay text, '>' lines are quoted, "On … wrote:" before them is quoted."""
    body = "On Mon, 12 May 2025, Anna wrote:\n> Do you come?\nYes.\n> With whom?\nWith Tom."
    split = split_body(body)
    assert split.text == "Yes.\nWith Tom."
    assert split.quoted == "On Mon, 12 May 2025, Anna wrote:\n> Do you come?\n> With whom?"


def test_split_outlook_original_message_separator():
    """"-----Ursprüngliche Nachricht-----" cuts; under an AW: subject it is not a forward."""
    body = "Passt.\n\n-----Ursprüngliche Nachricht-----\nVon: X\nGesendet: Mo\nAn: Y\nBetreff: Z\n\nalt"
    split = split_body(body, "AW: Z")
    assert split.text == "Passt."
    assert split.quoted.startswith("-----Ursprüngliche Nachricht-----")
    assert split.forwarded_text == ""


def test_split_original_message_under_fw_subject_is_forward():
    """"-----Original Message-----" under an FW: subject yields forwarded_text."""
    body = "FYI\n\n-----Original Message-----\nFrom: X\nSent: Monday\nTo: Y\nSubject: Z\n\nI register."
    split = split_body(body, "FW: Z")
    assert split.text == "FYI"
    assert split.forwarded_text.startswith("From: X") and split.forwarded_text.endswith("I register.")


def test_split_outlook_web_rule_and_bold_header_block():
    """An underscore rule before a "*From:* … *Sent:*" block (Outlook plain conversion) cuts there."""
    body = "OK\n\n________________________________\n*From:* X\n*Sent:* Monday\n*To:* Y\nold text"
    split = split_body(body)
    assert split.text == "OK"
    assert split.quoted.startswith("____")


def test_split_german_forward_marker_and_apple_forward():
    """"-------- Weitergeleitete Nachricht --------" and Apple's "Anfang der weitergeleiteten Nachricht:"."""
    for marker in ("-------- Weitergeleitete Nachricht --------", "Anfang der weitergeleiteten Nachricht:",
                   "Begin forwarded message:"):
        split = split_body(f"zur Kenntnis\n\n{marker}\nVon: A <a@x.de>\nBetreff: B\n\nIch melde mich an.")
        assert split.text == "zur Kenntnis"
        assert split.forwarded_text.startswith("Von: A <a@x.de>")
        assert split.quoted.startswith(marker)


def test_split_dash_dash_signature():
    """Everything after a "-- " line is signature."""
    split = split_body("Bin dabei.\n-- \nTom Berg\nStadt X")
    assert split.text == "Bin dabei."
    assert split.signature == "--\nTom Berg\nStadt X"


@pytest.mark.parametrize("greeting", ["Viele Grüße", "MfG", "Beste Grüße,", "Best regards", "Mit freundlichem Gruß",
                                      "Freundliche Grüße aus Erfurt", "LG", "Kind regards,", "Herzliche Grüsse"])
def test_split_greeting_starts_signature(greeting):
    """Common German and English closings start the signature with the lines that follow."""
    split = split_body(f"Ich komme.\n\n{greeting}\nAnna Weber\nTel. 0361 1234")
    assert split.text == "Ich komme."
    assert split.signature == f"{greeting}\nAnna Weber\nTel. 0361 1234"


@pytest.mark.parametrize("footer", ["Von meinem iPhone gesendet", "Sent from my iPad",
                                    "Gesendet von Outlook für Android", "Von meinem Samsung Galaxy gesendet."])
def test_split_phone_footer_is_signature(footer):
    """Phone-mail footers are signature, not text."""
    split = split_body(f"Ich komme.\n\n{footer}")
    assert split.text == "Ich komme." and split.signature == footer


def test_split_greeting_inside_sentence_is_not_signature():
    """A long line that merely starts like a greeting, followed by much text, stays text."""
    body = "Viele Grüße an Ihr ganzes Team, und hiermit melde ich mich verbindlich zur Veranstaltung an.\n" + \
        "\n".join(f"Zeile {i}" for i in range(10))
    split = split_body(body)
    assert split.signature == "" and split.text.startswith("Viele Grüße an Ihr")


def test_split_greeting_far_from_end_is_not_signature():
    """A greeting followed by more than MAX_SIGNATURE_LINES lines is not taken as the signature start."""
    body = "Hallo\nGruß\n" + "\n".join(f"Teilnehmer {i}" for i in range(40))
    assert split_body(body).signature == ""


def test_split_signature_before_outlook_forward_block():
    """The forwarder's signature ends where the forwarded header block begins."""
    body = "zur Kenntnis\n\nMfG\nK. Roth\n\nVon: U <u@x.de>\nGesendet: Fr\nAn: K\nBetreff: Anmeldung\n\nIch komme."
    split = split_body(body, "WG: Anmeldung")
    assert split.text == "zur Kenntnis"
    assert split.signature == "MfG\nK. Roth"
    assert split.forwarded_text.endswith("Ich komme.")


def test_split_plain_text_without_markers_is_all_text():
    """A mail without quotes or closing is all text."""
    split = split_body("Ich melde mich an:\nName: Max\nAmt: Bauamt")
    assert split == type(split)("Ich melde mich an:\nName: Max\nAmt: Bauamt", "", "", "")


def test_split_von_line_alone_is_not_a_header_block():
    """A single "Von:" line in the sender's words is not an Outlook header block."""
    split = split_body("Anmeldung\nVon: Gemeinde Au\nTeilnehmer: 2")
    assert split.quoted == "" and "Von: Gemeinde Au" in split.text


def test_split_huge_body_is_bounded():
    """Lines beyond the splitter's limit are kept (in text) without being examined."""
    body = "\n".join(f"Zeile {i}" for i in range(20000))
    split = split_body(body)
    assert split.text.endswith("Zeile 19999") and split.quoted == ""
