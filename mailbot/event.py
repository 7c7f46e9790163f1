"""The event file's model: everything about the event, validated once when the file is read."""

from __future__ import annotations

import tomllib
import datetime as dt
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from pydantic import BaseModel, Field, field_validator


class Sender(BaseModel):
    address: str
    name: str

    @property
    def domain(self) -> str:
        return self.address.rsplit("@", 1)[-1]


class Contact(BaseModel):
    name: str
    email: str
    phone: str | None = None


class Organisers(BaseModel):
    addresses: list[str] = Field(min_length=1)
    digest_time: dt.time = dt.time(7, 0)
    skip_empty_digest: bool = False


class Reminders(BaseModel):
    offsets_days: list[int] = [7, 1]
    time: dt.time = dt.time(9, 0)


class Venue(BaseModel):
    example: bool = False
    name: str
    street: str
    postcode: str
    city: str


class ProgrammeItem(BaseModel):
    time: str
    title: str


class Programme(BaseModel):
    example: bool = False
    items: list[ProgrammeItem]


class Parking(BaseModel):
    example: bool = False
    hints: list[str]


class Event(BaseModel):
    """One event. Times are wall-clock times in `timezone`; `starts_at`/`ends_at` give aware datetimes."""

    title: str
    short_title: str
    topic: str = ""
    host: str
    date: dt.date
    start_time: dt.time
    end_time: dt.time
    timezone: str = "Europe/Berlin"
    registration_deadline: datetime
    capacity: int = Field(gt=0)
    capacity_per_municipality: int | None = Field(default=None, gt=0)
    retention_days: int = Field(default=90, gt=0)
    max_replies_per_sender_per_day: int = Field(default=5, gt=0)
    language: str = "de"
    sender: Sender
    contact: Contact
    organisers: Organisers
    reminders: Reminders = Reminders()
    venue: Venue
    programme: Programme
    parking: Parking

    @field_validator("registration_deadline")
    @classmethod
    def _aware(cls, value: datetime) -> datetime:
        if value.tzinfo is None:
            raise ValueError("registration_deadline needs a UTC offset, e.g. 2025-05-09T23:59:00+02:00")
        return value

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def starts_at(self) -> datetime:
        return datetime.combine(self.date, self.start_time, self.tz)

    @property
    def ends_at(self) -> datetime:
        return datetime.combine(self.date, self.end_time, self.tz)

    def example_sections(self) -> list[str]:
        """Sections that still hold the shipped placeholder content."""
        return [name for name in ("venue", "programme", "parking") if getattr(self, name).example]

    def retention_ends(self) -> datetime:
        return self.ends_at + timedelta(days=self.retention_days)


def load_event(path: Path) -> Event:
    with open(path, "rb") as fh:
        return Event.model_validate(tomllib.load(fh))
