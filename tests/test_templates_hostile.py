"""Whatever a sender writes (names, subjects, questions) cannot inject headers, scripts or template code."""

from __future__ import annotations

import email
import email.policy
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mailbot.access_report import (AccessReport, Colleague, DeskNote, SentRegistration, SentReply, StoredAttendee,
                                   StoredMail)
from mailbot.event import Event, load_event
from mailbot.replies import KINDS, ReplyAttendee, ReplyRequest, make_environment, render

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2025, 4, 2, 10, 0, tzinfo=timezone.utc)
TO = "anna.weber@stadt-schleiz.de"
ALLOWED_HEADERS = {"from", "to", "reply-to", "subject", "date", "message-id", "in-reply-to", "references",
                   "auto-submitted", "x-auto-response-suppress", "mime-version", "content-type",
                   "content-language"}

HOSTILE = {
    "script": "<script>alert('x')</script>",
    "quotes": "\"&'<>",
    "crlf_bcc": "Anna\r\nBcc: victim@x",
    "lf_bcc": "Anna\nBcc: victim@x",
    "cr_bcc": "Anna\rBcc: victim@x",
    "nul": "An\x00na",
    "unicode_breaks": "Anna\u2028Bcc: victim@x\u2029\x85Cc: v2@x",
    "huge": "Ä" * 10_000,
    "rfc2047_q": "=?utf-8?q?=0D=0ABcc:_victim@x?=",
    "rfc2047_b": "=?utf-8?b?DQpCY2M6IHZpY3RpbUB4?=",  # "\r\nBcc: victim@x"
    "jinja": "{{ 7*7 }}{% for x in range(3) %}JINJA-LOOP{% endfor %}",
    "bidi": "Anna\u202egnp.exe",
    "surrogate": "Anna\udcff",
}


@pytest.fixture(scope="module")
def event() -> Event:
    return load_event(ROOT / "config" / "event.toml")


@pytest.fixture(scope="module")
def env():
    return make_environment(ROOT / "templates")


def hostile_request(kind: str, value: str, language: str = "de") -> ReplyRequest:
    """Every field a sender can influence set to `value`; only the validated addresses stay real."""
    status = {"waitlist": "waitlisted", "waitlist_status": "waitlisted", "missing_details": "provisional",
              "cancelled": "cancelled"}.get(kind, "confirmed")
    person = ReplyAttendee(name=value, salutation=value, title=value, email=TO, status=status, code=value,
                           position=2 if status == "waitlisted" else None, ics_uid=value)
    ics = {"confirmation": "REQUEST", "promotion": "REQUEST", "reminder": "REQUEST", "event_update": "REQUEST",
           "cancelled": "CANCEL"}.get(kind)
    return ReplyRequest(
        kind=kind, to=TO, to_name=value, dedupe_key=f"{kind}:{value[:50]}", language=language,
        in_reply_to=value, references=(value, "<ok@x.de>"), original_subject=value,
        attendees=(person, ReplyAttendee(value, None, None, value, "confirmed", value)),
        missing=(value, "municipality"), first_contact=True, ics_method=ics, ics_sequence=1,
        reply_to=TO if kind == "question_forward" else None,
        extra={"question": value + "\n" + value, "asker_name": value, "asker_address": value,
               "asker_subject": value, "body": value, "changes": [value, value], "requested_by": value,
               "days_before": 1, "text": value, "reason": value, "sender": value, "sender_name": value,
               "subject": value, "organiser": value, "by": value, "proposals": [[value, value]],
               "understood": {"intent": value, "persons": [value], "organisation": value, "municipality": value,
                              "notes": [value], "missing": [value], "question": value, "codes": [value]},
               "proposal": {"kind": value, "persons": [{"name": value, "status": value}]},
               "results": [{"line": value, "outcome": "failed", "what": value, "names": [value],
                            "detail": value}],
               "report": hostile_report(value)},
    )


def hostile_report(value: str) -> AccessReport:
    """An access report whose every stored text (names, notes, subjects, kinds) is `value`."""
    person = StoredAttendee(name=value, title=value, salutation=value, email=value, role=value, organisation=value,
                            municipality=value, notes=(value,), status=value, code=value, registered_at=NOW,
                            status_changed_at=NOW, by_someone_else=True)
    return AccessReport(address=value, attendees=(person,),
                        registrations=(SentRegistration(NOW, value, value, (value,), (Colleague(value, value, value),)),),
                        mails=(StoredMail(NOW, value),), replies=(SentReply(NOW, value, value),),
                        undeliverable_since=NOW, bounces=(NOW,), desk=(DeskNote(NOW, value),))


def header_block(raw: bytes) -> str:
    return raw.split(b"\r\n\r\n", 1)[0].decode("ascii")  # raises if any header byte is not ASCII


def assert_headers_clean(raw: bytes) -> email.message.EmailMessage:
    head = header_block(raw)
    lines = head.split("\r\n")
    assert all(len(line) <= 998 for line in lines)
    names = {line.split(":", 1)[0].lower() for line in lines if line and line[0] not in " \t"}
    assert names <= ALLOWED_HEADERS
    assert b"\x00" not in raw
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg["Bcc"] is None and msg["Cc"] is None
    assert [a.addr_spec for a in msg["To"].addresses] == [TO]
    assert [a.addr_spec for a in msg["From"].addresses] == ["anmeldung@transferveranstaltung.example"]
    for name in ("Subject", "To", "From", "Reply-To"):
        if msg[name] is not None:
            assert not any(ch in str(msg[name]) for ch in "\r\n\x00"), name
    return msg


@pytest.mark.parametrize("label", sorted(HOSTILE))
@pytest.mark.parametrize("kind", KINDS)
def test_hostile_values_render_safely(kind, label, event, env):
    """Any sender-written value in any field still renders, injects no header and stays inert in HTML and text."""
    value = HOSTILE[label]
    out = render(hostile_request(kind, value), event, NOW, env)
    msg = assert_headers_clean(out.raw)
    assert len(out.raw) < 1_000_000  # bounded: names are cut at 200 characters, a question at 20 000
    html = msg.get_body(("html",)).get_content()
    text = msg.get_body(("plain",)).get_content()
    assert "<script" not in html.lower()
    if label == "script":
        assert "&lt;script&gt;" in html
    if label == "quotes":
        assert "&#34;&amp;&#39;&lt;&gt;" in html
    if label == "jinja":
        assert "{{ 7*7 }}" in text and "{{ 7*7 }}" in html
        assert "JINJA-LOOP" not in text.replace("{% for x in range(3) %}JINJA-LOOP{% endfor %}", "")
    if label in ("crlf_bcc", "lf_bcc", "cr_bcc") and kind not in ("question_forward", "desk_review", "desk_answer"):
        # a question (forwarded, or quoted in a review mail) and an organiser's answer may span lines
        assert "\nBcc: victim@x" not in text.replace("\r\n", "\n")


@pytest.mark.parametrize("label", ["crlf_bcc", "rfc2047_q", "rfc2047_b", "huge"])
@pytest.mark.parametrize("kind", ["confirmation", "question_forward"])
def test_hostile_values_in_english(kind, label, event, env):
    """The English templates are as safe as the German ones."""
    assert_headers_clean(render(hostile_request(kind, HOSTILE[label], "en"), event, NOW, env).raw)


def test_encoded_word_in_subject_is_not_decoded_into_a_header(event, env):
    """An RFC 2047 word that decodes to CR/LF + Bcc stays visible text in the subject, never a header."""
    request = hostile_request("question_forward", HOSTILE["rfc2047_q"])
    msg = assert_headers_clean(render(request, event, NOW, env).raw)
    assert "= ?utf-8?q?=0D=0ABcc:_victim@x?=" in str(msg["Subject"])


def test_hostile_message_ids_are_dropped(event, env):
    """In-Reply-To and References keep only well-formed <…> ids from what the caller passed on."""
    request = hostile_request("confirmation", "x")
    request = ReplyRequest(**{**request.__dict__, "in_reply_to": "<a@b>\r\nBcc: v@x",
                              "references": ("junk", "<c@d> <e@f>", "<=?utf-8?q?x?=@g>")})
    msg = assert_headers_clean(render(request, event, NOW, env).raw)
    assert str(msg["In-Reply-To"]) == "<a@b>"
    assert str(msg["References"]).split() == ["<c@d>", "<e@f>", "<a@b>"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(max_size=300), subject=st.text(max_size=300))
def test_arbitrary_text_never_breaks_the_header_block(name, subject, event, env):
    """For any unicode name and subject, the rendered mail keeps exactly its own headers and one recipient."""
    request = hostile_request("question_forward", name)
    request = ReplyRequest(**{**request.__dict__, "extra": {**request.extra, "asker_subject": subject}})
    assert_headers_clean(render(request, event, NOW, env).raw)
