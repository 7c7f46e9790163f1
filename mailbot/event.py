"""The event file's model: everything about the event, validated once when the file is read."""

from __future__ import annotations

import tomllib
import datetime as dt
from typing import Annotated
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .config_errors import ConfigError, event_errors

_ADDRESS = r"^[^@\s<>(),;:]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}$"


class Strict(BaseModel):
    """Event-file sections: a mistyped key is an error, not silently ignored (the limit would be off)."""

    model_config = ConfigDict(extra="forbid")


class Sender(Strict):
    address: str = Field(pattern=_ADDRESS)
    name: str

    @property
    def domain(self) -> str:
        return self.address.rsplit("@", 1)[-1]


class Contact(Strict):
    name: str
    email: str = Field(pattern=_ADDRESS)
    phone: str | None = None


class Organisers(Strict):
    addresses: list[Annotated[str, Field(pattern=_ADDRESS)]] = Field(min_length=1)
    digest_time: dt.time = dt.time(7, 0)
    skip_empty_digest: bool = False


class Reminders(Strict):
    offsets_days: list[Annotated[int, Field(gt=0)]] = [7, 1]
    time: dt.time = dt.time(9, 0)


class Venue(Strict):
    example: bool = False
    name: str
    street: str
    postcode: str
    city: str


class ProgrammeItem(Strict):
    time: str
    title: str


class Programme(Strict):
    example: bool = False
    items: list[ProgrammeItem]


class Parking(Strict):
    example: bool = False
    hints: list[str]


class Event(Strict):
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
    # A sign-up naming more persons than this goes to the organisers: a pasted address list or a whole
    # department is not something to confirm without a person looking at it.
    max_group_size: int = Field(default=12, gt=0)
    language: str = "de"
    # The prefix of the personal registration codes ("ISEK-7KQ2-M9XD"): the reader finds codes by it, so each
    # event of the series may have its own.
    code_prefix: str = Field(default="ISEK", pattern=r"^[A-Z]{2,10}$")
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

    @model_validator(mode="after")
    def _consistent(self) -> Event:
        """Cross-checks a single field cannot make: the order of the event's moments."""
        if self.end_time <= self.start_time:
            raise ValueError("end_time must be after start_time")
        if self.registration_deadline >= self.starts_at:
            raise ValueError("registration_deadline must be before the event starts")
        return self

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

    @property
    def own_addresses(self) -> frozenset[str]:
        """Our own mailboxes (the sender's and the organisers'), lower-cased: a participant's answer never goes
        to one of them, however a mail's Reply-To points there."""
        return frozenset(a.strip().lower() for a in (self.sender.address, *self.organisers.addresses) if a.strip())


def load_event(path: Path) -> Event:
    """The event file, validated; every problem is raised at once as a ConfigError with file and line."""
    text = Path(path).read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError([f"{path}: not valid TOML: {exc}"]) from None
    try:
        return Event.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(event_errors(exc, str(path), text, Event)) from None
