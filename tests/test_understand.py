"""`understand.read` as a whole: the JSON contract, quoted text ignored, organisations, missing details."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from mailbot.models import InboundMail
from mailbot.understand import read

SIGNATURE = "Anna Schmidt\nLeiterin Bauamt\nStadtverwaltung Schleiz\nBahnhofstraße 1\n07907 Schleiz"


def mail(text: str, signature: str = SIGNATURE, subject: str = "Anmeldung", quoted: str = "",
         from_addr: str = "anna.schmidt@stadt-schleiz.de", from_name: str = "Anna Schmidt") -> InboundMail:
    return InboundMail(message_id="<1@x>", subject=subject, from_name=from_name, from_addr=from_addr,
                       text=text, signature=signature, quoted=quoted, full_text=f"{text}\n{signature}")


def test_contract_example() -> None:
    """The INTERFACE.md example mail yields exactly the documented fields and values."""
    out = read(mail("Hiermit melde ich mich zur Transferveranstaltung an.")).as_json(file="inbox/0001.eml")
    assert out["file"] == "inbox/0001.eml"
    assert out["intent"] == "registration" and out["language"] == "de"
    assert out["attendees"] == [{"name": "Anna Schmidt", "email": "anna.schmidt@stadt-schleiz.de",
                                 "role": "Leiterin Bauamt"}]
    assert out["organisation"] == "Stadtverwaltung Schleiz"
    assert out["organisation_type"] == "municipality"
    assert out["municipality"] == {"name": "Schleiz", "ags": "16075098", "district": "Saale-Orla-Kreis"}
    assert out["needs_review"] is False and out["missing"] == []
    json.dumps(out)


def test_quoted_venue_never_becomes_the_municipality() -> None:
    """Our invitation quoted back names Bad Lobenstein; the sender's municipality stays unknown and is missing."""
    u = read(mail("Ich melde mich an.", signature="Max Kunze", from_addr="max.kunze@gmx.de", from_name="Max Kunze",
                  quoted="lädt am 20. Mai 2025 nach Bad Lobenstein ein. Stadt Bad Lobenstein, 07356 Bad Lobenstein"))
    assert u.municipality is None
    assert "municipality" in u.missing


def test_planning_office_takes_the_clients_municipality() -> None:
    """A planning office in Jena registering for its client Zeulenroda-Triebes records the client."""
    u = read(mail("Als Planungsbüro für die Stadt Zeulenroda-Triebes melde ich mich an.",
                  signature="Jan Berg\nBerg Stadtplanung GmbH\nMarkt 2\n07743 Jena", from_addr="berg@berg-plan.de",
                  from_name="Jan Berg"))
    assert u.organisation_type == "planning_office"
    assert u.municipality is not None and u.municipality.name == "Zeulenroda-Triebes"


def test_planning_office_address_is_not_the_municipality() -> None:
    """Without a named client, the office's own postcode town does not count."""
    u = read(mail("Ich melde mich an.", signature="Jan Berg\nBerg Stadtplanung GmbH\nMarkt 2\n07743 Jena",
                  from_addr="berg@berg-plan.de", from_name="Jan Berg"))
    assert u.municipality is None and u.missing == ("municipality",)


def test_verwaltungsgemeinschaft_is_the_organisation_not_the_municipality() -> None:
    """A VG sender is recorded as organisation; its seat does not become the municipality, and nothing is missing."""
    u = read(mail("Ich melde mich an.", signature="Eva Roth\nVerwaltungsgemeinschaft Oppurg\nAm Markt 1\n07381 Oppurg",
                  from_addr="roth@vg-oppurg.de", from_name="Eva Roth"))
    assert u.organisation == "Verwaltungsgemeinschaft Oppurg" and u.organisation_type == "municipality"
    assert u.municipality is None and u.missing == ()


def test_authority_is_not_missing_a_municipality() -> None:
    """A Landratsamt registration needs no municipality."""
    u = read(mail("Ich melde mich an.", signature="Eva Roth\nLandratsamt Greiz\nDr.-Rathenau-Platz 11\n07973 Greiz",
                  from_addr="roth@landkreis-greiz.de", from_name="Eva Roth"))
    assert u.organisation_type == "authority" and u.municipality is None and "municipality" not in u.missing


def test_registration_without_any_name_needs_review() -> None:
    """When nobody can be named, the registration is flagged and "name" is missing."""
    u = read(mail("Anmeldung zur Veranstaltung, bitte.", signature="", from_name="", from_addr="info@stadt-schleiz.de"))
    assert u.intent == "registration"
    assert "name" in u.missing and u.needs_review


def test_notes_in_the_senders_words() -> None:
    """Dietary and access remarks are kept as written."""
    u = read(mail("Ich melde mich an. Ich ernähre mich vegetarisch. Ich bin auf einen Rollstuhl angewiesen."))
    assert u.notes == ("Ich ernähre mich vegetarisch.", "Ich bin auf einen Rollstuhl angewiesen.")


def test_english_mail() -> None:
    """An English registration is recognised as such and marked "en"."""
    u = read(mail("Dear organisers, I would like to register for the event. Kind regards", signature="Anna Schmidt"))
    assert u.intent == "registration" and u.language == "en"


def test_sender_name_only_in_signature_after_closing() -> None:
    """Without a split-off signature, the lines after "Mit freundlichen Grüßen" still give name and role."""
    u = read(mail("Hiermit melde ich mich an.\n\nMit freundlichen Grüßen\nKarl Brandt\nBürgermeister\nGemeinde Nobitz",
                  signature="", from_name="", from_addr="k.brandt@nobitz.de"))
    assert [(p.name, p.role) for p in u.attendees] == [("Karl Brandt", "Bürgermeister")]
    assert u.municipality is not None and u.municipality.name == "Nobitz"


_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)


@settings(max_examples=150, deadline=None)
@given(text=_text, subject=_text, signature=_text, name=_text, addr=_text)
def test_read_never_raises_on_arbitrary_fields(text: str, subject: str, signature: str, name: str, addr: str) -> None:
    """Whatever text the parser hands over, `read` returns an Understanding whose JSON serialises."""
    u = read(InboundMail(message_id=None, subject=subject, from_name=name, from_addr=addr, text=text,
                         signature=signature, headers=(("x-test", text[:20]),)))
    json.dumps(u.as_json())
    assert u.intent in {"registration", "cancellation", "change", "question", "auto_reply", "bounce", "other"}
    assert not any(r.startswith("internal error") for r in u.reasons), u.reasons


def test_hostile_texts_are_read_without_internal_errors() -> None:
    """Overlong words, repeated keywords and huge bodies still yield an outcome with no internal error."""
    for text in ["A" * 100_000, "a." * 50_000, "Herr " * 20_000, "Stadt " * 20_000, "a@" * 30_000,
                 "1. " * 30_000, "Name: " * 20_000, "| " * 30_000, "\x00" * 1000, "-" * 100_000]:
        u = read(InboundMail(message_id=None, subject=text[:1000], from_name=text[:200], from_addr="a@b.de",
                             text=text, signature=text, full_text=text, quoted=text))
        assert not any(r.startswith("internal error") for r in u.reasons), (text[:10], u.reasons)


def test_pythons_own_email_test_messages() -> None:
    """Every message in CPython's test_email data is parsed and read without an internal error."""
    import sys
    from pathlib import Path

    from mailbot.message import parse

    data = Path(sys.base_prefix) / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}" / "test" / \
        "test_email" / "data"
    files = sorted(data.glob("msg_*.txt"))
    if not files:
        import pytest
        pytest.skip("CPython test data not installed")
    for path in files:
        u = read(parse(path.read_bytes()))
        assert not any(r.startswith("internal error") for r in u.reasons), (path.name, u.reasons)
