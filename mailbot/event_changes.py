"""Has the event moved? Compare what attendees were last told (a fingerprint) with the event file. Pure.

Only what changes a person's plans counts: the date, the times and the venue. The fingerprint is a
flat mapping of strings so the store can keep it as JSON; the first one seen is stored silently,
because attendees were told about that version in their confirmations.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass

from .event import Event

FIELDS: tuple[str, ...] = ("date", "start_time", "end_time", "venue_name", "venue_address")


@dataclass(frozen=True)
class Change:
    """One field that differs; `old`/`new` are the fingerprint's strings (ISO dates, HH:MM times)."""

    field: str
    old: str
    new: str


def fingerprint(event: Event) -> dict[str, str]:
    venue = event.venue
    return {
        "date": event.date.isoformat(),
        "start_time": event.start_time.strftime("%H:%M"),
        "end_time": event.end_time.strftime("%H:%M"),
        "venue_name": venue.name.strip(),
        "venue_address": f"{venue.street.strip()}, {venue.postcode.strip()} {venue.city.strip()}",
    }


def fingerprint_id(values: Mapping[str, str]) -> str:
    """A short stable name for one version of the event, part of the update mails' dedupe keys."""
    blob = json.dumps({k: values.get(k, "") for k in FIELDS}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode()).hexdigest()[:12]


def changes(announced: Mapping[str, str], current: Mapping[str, str]) -> list[Change]:
    """What differs between the announced version and the current one, in a fixed order."""
    return [Change(f, announced.get(f, ""), current.get(f, "")) for f in FIELDS
            if announced.get(f, "") != current.get(f, "")]


def encode(values: Mapping[str, str]) -> str:
    return json.dumps(dict(values), sort_keys=True, ensure_ascii=False)


def decode(text: str | None) -> dict[str, str] | None:
    if not text:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else None
