"""Dates and times as people read them in the reply's language (Babel does the grammar)."""

from __future__ import annotations

import datetime as dt
import functools
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_datetime, format_time

_LOCALES = {"de": "de_DE", "en": "en_GB"}


def locale_for(language: str) -> str:
    return _LOCALES.get(language, "de_DE")


@functools.lru_cache(maxsize=256)  # pure; a handful of dates recur in every mail of an event
def day(value: dt.date | dt.datetime, language: str, tz: ZoneInfo | None = None) -> str:
    """"Dienstag, 20. Mai 2025" / "Tuesday, 20 May 2025"; datetimes first moved into the event's zone."""
    if isinstance(value, dt.datetime):
        if tz is not None and value.tzinfo is not None:
            value = value.astimezone(tz)
        value = value.date()
    return format_date(value, format="full", locale=locale_for(language))


@functools.lru_cache(maxsize=256)
def hm(value: dt.time | dt.datetime, language: str, tz: ZoneInfo | None = None) -> str:
    """"09:30" (24 h in both languages; the German template adds "Uhr")."""
    if isinstance(value, dt.datetime):
        if tz is not None and value.tzinfo is not None:
            value = value.astimezone(tz)
        value = value.timetz()
    return format_time(value, "HH:mm", locale=locale_for(language))


@functools.lru_cache(maxsize=256)
def day_time(value: dt.datetime, language: str, tz: ZoneInfo | None = None) -> str:
    """A full date with time, e.g. for when a forwarded question arrived."""
    if tz is not None and value.tzinfo is not None:
        value = value.astimezone(tz)
    return format_datetime(value, "EEEE, d. MMMM y, HH:mm" if language == "de" else "EEEE, d MMMM y, HH:mm",
                           locale=locale_for(language))
