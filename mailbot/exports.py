"""Registrations as tables and files: for people (table), spreadsheets (CSV, XLSX) and scripts (JSON)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import datetime
from typing import Any

from .event import Event
from .models import AttendeeRecord
from .replies.dates import day_time

COLUMNS: tuple[tuple[str, str], ...] = (
    ("code", "Code"), ("status", "Status"), ("waitlist_position", "Warteliste"), ("title", "Titel"),
    ("name", "Name"), ("role", "Funktion"), ("email", "E-Mail"), ("organisation", "Organisation"),
    ("organisation_type", "Art"), ("municipality", "Kommune"), ("ags", "AGS"), ("district", "Landkreis"),
    ("registered_at", "Angemeldet am"), ("notes", "Hinweise"),
)
# The one place the stored codes get German words; lists for people (table, XLSX) print these,
# machine formats (CSV, JSON) keep the codes so scripts can filter on them.
LABELS: dict[str, dict[str, str]] = {
    "status": {"confirmed": "bestätigt", "waitlisted": "Warteliste", "provisional": "vorläufig",
               "cancelled": "abgemeldet"},
    "organisation_type": {"municipality": "Kommune", "planning_office": "Planungsbüro", "authority": "Behörde",
                          "other": "Sonstige"},
}


def label(key: str, value: str) -> str:
    """The German word for a stored code of column `key`; an unknown code is shown as it is rather than lost."""
    return LABELS.get(key, {}).get(value, value)


def made_at(now: datetime, event: Event) -> str:
    """"Stand: Montag, 5. Mai 2025, 10:00 Uhr" in the event's zone, so a printed list says how fresh it is."""
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return f"Stand: {day_time(now, 'de', event.tz)} Uhr"


def _cell(record: AttendeeRecord, key: str, event: Event, labelled: bool = False) -> str:
    value: Any = getattr(record, key)
    if value is None:
        return ""
    if key == "registered_at":
        return value.astimezone(event.tz).strftime("%d.%m.%Y %H:%M")
    if key == "notes":
        return "; ".join(value)
    return label(key, str(value)) if labelled else str(value)


def rows(records: Sequence[AttendeeRecord], event: Event, labelled: bool = False) -> list[list[str]]:
    """The COLUMNS of each record as text; `labelled` gives German words instead of status and type codes."""
    return [[_cell(r, key, event, labelled) for key, _ in COLUMNS] for r in records]


def as_table(records: Sequence[AttendeeRecord], event: Event, now: datetime | None = None) -> str:
    """A fixed-width table for the terminal: the columns a person scans first (and when it was made, if given)."""
    keys = ("code", "status", "name", "organisation", "municipality", "email")
    heads = [dict(COLUMNS)[k] for k in keys]
    body = [[_cell(r, k, event, labelled=True)[:40] for k in keys] for r in records]
    widths = [max(len(h), *(len(row[i]) for row in body)) if body else len(h) for i, h in enumerate(heads)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    out = [line(heads), line(["-" * w for w in widths]), *(line(row) for row in body)]
    out.append(f"{len(records)} Einträge" + (f" · {made_at(now, event)}" if now is not None else ""))
    return "\n".join(out) + "\n"


def as_csv(records: Sequence[AttendeeRecord], event: Event) -> str:
    """`;`-separated, as German Excel expects (written with a BOM so umlauts survive)."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow([head for _, head in COLUMNS])
    writer.writerows(rows(records, event))
    return buf.getvalue()


def as_json(records: Sequence[AttendeeRecord], event: Event) -> str:
    items = []
    for r in records:
        item = asdict(r)
        item["registered_at"] = r.registered_at.isoformat()
        item["status_changed_at"] = r.status_changed_at.isoformat()
        item["notes"] = list(r.notes)
        items.append(item)
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


Exporter = Callable[[Sequence[AttendeeRecord], Event, datetime], str | bytes]


def _lists(name: str) -> Exporter:
    """The binary formats live in `lists` (which builds on this module), imported when used."""
    def export_with(records: Sequence[AttendeeRecord], event: Event, now: datetime) -> bytes:
        from . import lists

        data: bytes = getattr(lists, name)(records, event, now)
        return data
    return export_with


def _timeless(write: Callable[[Sequence[AttendeeRecord], Event], str]) -> Exporter:
    """CSV and JSON are read by programs: no "Stand" line, so the same registrations give the same file."""
    def export_with(records: Sequence[AttendeeRecord], event: Event, now: datetime) -> str:
        return write(records, event)
    return export_with


FORMATS: dict[str, Exporter] = {
    "table": as_table,
    "csv": _timeless(as_csv),
    "json": _timeless(as_json),
    "xlsx": _lists("as_xlsx"),
    "pdf": _lists("sign_in_sheet"),
    "badges": _lists("badges"),
}
EXTENSIONS = {"xlsx": "xlsx", "pdf": "pdf", "badges": "pdf"}


def export(records: Sequence[AttendeeRecord], fmt: str, event: Event, now: datetime) -> str | bytes:
    """`fmt` (a FORMATS key) of the records; `now` is when the list counts as made (the caller's clock)."""
    return FORMATS[fmt](records, event, now)


def describe_understanding(result: dict[str, Any]) -> str:
    """`mailbot parse` without --json: the same facts, for a person."""
    lines = [f"{result['file']}: {result['intent']}" + ("  (needs review)" if result["needs_review"] else "")]
    for person in result["attendees"]:
        extra = ", ".join(v for v in (person.get("role"), person.get("email")) if v)
        lines.append(f"  attendee: {person['name']}" + (f" ({extra})" if extra else ""))
    if result.get("organisation"):
        lines.append(f"  organisation: {result['organisation']} [{result.get('organisation_type') or '?'}]")
    if result.get("municipality"):
        m = result["municipality"]
        lines.append(f"  municipality: {m['name']} ({m['ags']}, {m['district']})")
    for key in ("missing", "notes", "reasons"):
        if result.get(key):
            lines.append(f"  {key}: " + "; ".join(result[key]))
    return "\n".join(lines)
