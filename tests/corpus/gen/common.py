"""What every case needs: gazetteer look-up, dates, expected-output records, and writing files."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3]
GAZETTEER = ROOT / "mailbot" / "understand" / "data" / "thueringen-gemeinden.csv"
CEST = timezone(timedelta(hours=2))

with GAZETTEER.open(encoding="utf-8") as fh:
    _ROWS = list(csv.DictReader(fh))


def M(name: str, district: str | None = None) -> dict[str, str]:
    """The gazetteer row for a municipality, as the expected `municipality` object; fails loudly if absent."""
    rows = [r for r in _ROWS if r["name"] == name and (district is None or r["district"] == district)]
    if len(rows) != 1:
        raise KeyError(f"{name!r} ({district}) matches {len(rows)} gazetteer rows")
    r = rows[0]
    return {"name": r["name"], "ags": r["ags"], "district": r["district"]}


def d(day: int, hour: int = 9, minute: int = 12, second: int = 31, month: int = 5, tz=CEST) -> str:
    return format_datetime(datetime(2025, month, day, hour, minute, second, tzinfo=tz))


def P(name: str, email: str | None = None, role: str | None = None) -> dict[str, Any]:
    return {"name": name, "email": email, "role": role}


@dataclass
class Case:
    slug: str
    raw: bytes
    expected: dict[str, Any]


def expect(intent: str, attendees: list[dict[str, Any]] | None = None, organisation: str | None = None,
           organisation_type: str | None = None, municipality: dict[str, str] | None = None,
           **extra: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "intent": intent,
        "attendees": attendees or [],
        "organisation": organisation,
        "organisation_type": organisation_type,
        "municipality": municipality,
    }
    out.update(extra)
    return out


def write(cases: list[Case], folder: Path, with_json: bool = True) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    for i, case in enumerate(cases, 1):
        stem = f"{i:03d}-{case.slug}" if with_json else f"{i:02d}-{case.slug}"
        assert case.slug not in seen, case.slug
        seen.add(case.slug)
        (folder / f"{stem}.eml").write_bytes(case.raw)
        if with_json:
            (folder / f"{stem}.json").write_text(
                json.dumps(case.expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
