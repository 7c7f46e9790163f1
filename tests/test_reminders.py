"""Which reminders are due for whom, and which event changes count: pure rules, no servers."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from mailbot import event_changes
from mailbot.event import Event, load_event
from mailbot.reminders import ReminderTarget, current_offset, due_at, due_reminders

ROOT = Path(__file__).resolve().parent.parent
EARLY = datetime.fromisoformat("2025-05-01T10:00:00+02:00")
SEVEN = datetime.fromisoformat("2025-05-13T09:00:00+02:00")  # 7 days before the 20th, 09:00
ONE = datetime.fromisoformat("2025-05-19T09:00:00+02:00")


@pytest.fixture(scope="module")
def event() -> Event:
    return load_event(ROOT / "config" / "event.toml")


def target(code: str, status: str = "confirmed", since: datetime = EARLY, to: str | None = "a@b.example"):
    return ReminderTarget(code=code, name=f"Person {code}", status=status, to=to, since=since)


def keys(items) -> list[str]:
    return [i.dedupe_key for i in items]


def test_due_times_follow_the_event_file(event):
    """Offsets 7 and 1 at 09:00 Europe/Berlin give 13 May and 19 May, 09:00 local time."""
    assert due_at(event, 7) == SEVEN and due_at(event, 1) == ONE
    assert due_at(event, 7).utcoffset() == timedelta(hours=2)


def test_nothing_is_due_before_the_first_due_time(event):
    """A minute before the 7-day due time no reminder is due."""
    assert due_reminders([target("A")], event, SEVEN - timedelta(minutes=1)) == []


def test_confirmed_get_a_reminder_and_waitlisted_a_status_note(event):
    """At the 7-day due time confirmed attendees get "reminder", waitlisted "waitlist_status"; provisional nothing."""
    items = due_reminders([target("A"), target("B", "waitlisted"), target("C", "provisional")], event, SEVEN)
    assert keys(items) == ["reminder:A:7", "waitlist_status:B:7"]


def test_a_reminder_already_queued_is_not_due_again(event):
    """What the outbox already holds (by dedupe key) is never due a second time."""
    assert due_reminders([target("A")], event, SEVEN + timedelta(hours=1), already={"reminder:A:7"}) == []


def test_registered_after_the_due_time_gets_no_late_reminder(event):
    """Someone confirmed after the 7-day due time does not get the 7-day reminder, but the 1-day one."""
    late = target("L", since=SEVEN + timedelta(hours=3))
    assert due_reminders([late], event, SEVEN + timedelta(hours=4)) == []
    assert keys(due_reminders([late], event, ONE)) == ["reminder:L:1"]


def test_waitlist_note_only_with_the_largest_offset(event):
    """The waitlist note goes once with the 7-day batch; the 1-day batch sends no second note."""
    waiting = target("W", "waitlisted")
    assert keys(due_reminders([waiting], event, ONE)) == ["waitlist_status:W:7"]
    assert due_reminders([waiting], event, ONE, already={"waitlist_status:W:7"}) == []


def test_catch_up_sends_only_the_nearest_reminder(event):
    """A worker down through both due times sends the 1-day reminder late, not both at once."""
    assert current_offset(event, ONE + timedelta(hours=5)) == 1
    assert keys(due_reminders([target("A")], event, ONE + timedelta(hours=5))) == ["reminder:A:1"]


def test_no_reminder_once_the_event_has_begun(event):
    """From the event's start on nothing is due, even if reminders were missed."""
    assert due_reminders([target("A"), target("B", "waitlisted")], event, event.starts_at) == []


def test_attendee_without_any_address_is_skipped(event):
    """An attendee with neither an own nor a registrant's address gets nothing (and breaks nothing)."""
    assert due_reminders([target("A", to=None)], event, SEVEN) == []


def test_event_changes_compare_date_time_and_venue(event):
    """Only date, times and venue count; an unchanged event yields no change, a moved one names each field."""
    before = event_changes.fingerprint(event)
    assert event_changes.changes(before, before) == []
    moved = event.model_copy(update={"date": event.date + timedelta(days=7),
                                     "venue": event.venue.model_copy(update={"city": "Schleiz"}),
                                     "capacity": 10})
    found = event_changes.changes(before, event_changes.fingerprint(moved))
    assert [c.field for c in found] == ["date", "venue_address"]
    assert found[0].old == "2025-05-20" and found[0].new == "2025-05-27"
    assert event_changes.fingerprint_id(before) != event_changes.fingerprint_id(event_changes.fingerprint(moved))
    assert event_changes.decode(event_changes.encode(before)) == before
