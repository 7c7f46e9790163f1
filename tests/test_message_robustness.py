"""message.parse never raises, on the stdlib's own odd mails, on generated junk and on hostile sizes."""

from __future__ import annotations

import email
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailbot.message import parse
from mailbot.models import InboundMail

STDLIB_DATA = Path(email.__file__).parent.parent / "test" / "test_email" / "data"
FIXTURES = Path(__file__).parent / "fixtures" / "mime"
STDLIB_FILES = sorted(STDLIB_DATA.glob("*")) if STDLIB_DATA.is_dir() else []

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(mail: InboundMail) -> None:
    """The invariants every parse result keeps, whatever the input."""
    assert isinstance(mail, InboundMail)
    assert "\x00" not in mail.full_text
    assert mail.from_addr == mail.from_addr.lower()
    for name, value in mail.headers:
        assert name == name.lower()
        assert "\n" not in value and "\r" not in value
    assert "\n" not in mail.subject
    assert mail.date is None or mail.date.tzinfo is not None


@pytest.mark.skipif(not STDLIB_FILES, reason="stdlib email test data not installed in this Python")
@pytest.mark.parametrize("path", STDLIB_FILES, ids=lambda p: p.name)
def test_stdlib_email_test_data_parses(path):
    """Every file of CPython's test_email data (mails and binary junk) parses without raising."""
    check(parse(path.read_bytes()))


def test_stdlib_data_found():
    """This Python ships its email test data, so the test above really ran."""
    assert len(STDLIB_FILES) > 40


@FAST
@given(st.binary(max_size=4000))
def test_random_bytes_never_raise(raw):
    """Arbitrary bytes give an InboundMail."""
    check(parse(raw))


_fixture_bytes = [p.read_bytes() for p in sorted(FIXTURES.glob("*.eml"))]


@FAST
@given(st.sampled_from(_fixture_bytes), st.integers(min_value=0, max_value=100_000))
def test_truncated_fixtures_never_raise(raw, cut):
    """A mail cut off anywhere (mid-header, mid-boundary, mid-base64) still parses."""
    check(parse(raw[: cut % (len(raw) + 1)]))


@FAST
@given(st.sampled_from(_fixture_bytes), st.lists(st.tuples(st.integers(0, 10**6), st.binary(min_size=0, max_size=8)),
                                                  min_size=1, max_size=20))
def test_mutated_fixtures_never_raise(raw, edits):
    """Fixtures with random byte splices (broken boundaries, headers, encodings) still parse."""
    data = bytearray(raw)
    for pos, chunk in edits:
        at = pos % (len(data) + 1)
        data[at: at + len(chunk)] = chunk
    check(parse(bytes(data)))


_token = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)
_charset = st.sampled_from(["utf-8", "iso-8859-1", "us-ascii", "windows-1252", "x-bogus", "", "utf-16", "rot13",
                            '"utf-8', "koi8-r", "utf-7", "unicode_escape", "idna", "*", "utf-8'de'"])
_cte = st.sampled_from(["7bit", "8bit", "base64", "quoted-printable", "binary", "x-uuencode", "bogus"])
_ctype = st.sampled_from(["text/plain", "text/html", "multipart/mixed", "multipart/alternative", "message/rfc822",
                          "multipart/signed", "application/pkcs7-mime", "multipart/report",
                          "message/delivery-status", "text", "multipart/", "image/png"])


@st.composite
def structured_mail(draw) -> bytes:
    """MIME-shaped mails with odd parameters: bad charsets, encodings, boundaries and nesting."""
    boundary = draw(st.sampled_from(["b", "==b==", "", "b b", "a" * 80]))
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        parts.append(
            f"--{draw(st.sampled_from([boundary, boundary + 'x', 'other']))}\r\n"
            f"Content-Type: {draw(_ctype)}; charset={draw(_charset)}; boundary={boundary}\r\n"
            f"Content-Transfer-Encoding: {draw(_cte)}\r\n\r\n{draw(_token)}\r\n")
    head = (f"From: {draw(_token)} <{draw(_token)}>\r\nSubject: =?{draw(_charset)}?{draw(st.sampled_from('QBqbX'))}?"
            f"{draw(_token)}?=\r\nDate: {draw(_token)}\r\nMessage-ID: {draw(_token)}\r\n"
            f"Content-Type: {draw(_ctype)}; boundary=\"{boundary}\"; charset={draw(_charset)}\r\n\r\n")
    closing = draw(st.sampled_from([f"--{boundary}--\r\n", "", f"--{boundary}"]))
    return (head + "".join(parts) + closing).encode("utf-8", "surrogatepass")


@FAST
@given(structured_mail())
def test_structured_junk_never_raises(raw):
    """Generated MIME structures with broken parameters parse without raising."""
    check(parse(raw))


# --- hostile sizes: each must end with a problem noted (speed is measured in bench/) ----------

HEAD = b"From: a@example.de\r\nSubject: x\r\n"


def test_ten_thousand_nested_multiparts():
    """10 000 nested multipart levels stop at the depth limit."""
    nested = b"".join(b"Content-Type: multipart/mixed; boundary=b%d\r\n\r\n--b%d\r\n" % (i, i) for i in range(10_000))
    mail = parse(HEAD + nested + b"Content-Type: text/plain\r\n\r\nhallo\r\n")
    assert "nested too deep" in mail.problems


def test_ten_thousand_nested_forwards():
    """10 000 nested message/rfc822 levels stop at the depth limit."""
    mail = parse(HEAD + b"Content-Type: message/rfc822\r\n\r\n" * 10_000 + b"hallo")
    assert "nested too deep" in mail.problems


def test_ten_thousand_sibling_parts():
    """10 000 parts in one multipart stop at the part limit; the first parts are still read."""
    body = b"Content-Type: multipart/mixed; boundary=zz\r\n\r\n" + \
        b"--zz\r\nContent-Type: text/plain\r\n\r\nx\r\n" * 10_000 + b"--zz--\r\n"
    mail = parse(HEAD + body)
    assert "too many parts" in mail.problems
    assert mail.full_text.startswith("x")


def test_twenty_megabyte_body():
    """A 20 MB text body is truncated with the problem noted."""
    mail = parse(HEAD + b"\r\n" + (b"A" * 75 + b"\r\n") * 270_000)
    assert "truncated: body over 2 MB" in mail.problems
    assert len(mail.full_text) <= 2_000_000


def test_nul_bytes():
    """A body of NUL bytes gives text without NULs."""
    mail = parse(HEAD + b"\r\n" + b"\x00" * 1_000_000 + b"hallo")
    assert mail.full_text == "hallo"


def test_overlong_headers():
    """100 kB header lines and thousands of encoded words are capped, with the problem noted."""
    raw = (b"From: a@example.de\r\nSubject: " + b"=?utf-8?q?x?= " * 8000 + b"\r\nX-Long: " + b"a" * 100_000 +
           b"\r\nTo: " + b"a@example.de, " * 12_000 + b"\r\n\r\nbody")
    mail = parse(raw)
    assert "header truncated" in mail.problems
    assert mail.text == "body"
    assert all(len(value) <= 20_000 for _, value in mail.headers)


def test_endless_header_block():
    """Megabytes of header lines without a blank line stop at the header limits."""
    mail = parse(b"X: y\r\n" * 1_000_000)
    assert "header block over 1 MB" in mail.problems
    assert len(mail.headers) <= 500


def test_deeply_nested_html():
    """200 000 nested <div>s do not reach the DOM parser (quadratic there); the cut is noted."""
    mail = parse(HEAD + b"Content-Type: text/html\r\n\r\n" + b"<div>" * 200_000 + b"x")
    assert "truncated: HTML over 1 MB" in mail.problems
