"""Settings and event-file mistakes, said so that an administrator can fix them without reading code.

Pydantic says "1 validation error for Settings"; an administrator needs the variable's name, what is
wrong with the value and what would be right — every error, not the first — and for the event file the
line and a "did you mean" for a mistyped key. Pure: the texts come in, the lines go out.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from pydantic import BaseModel, ValidationError


class ConfigError(ValueError):
    """A configuration that cannot be used; `lines` say every problem, one line each."""

    def __init__(self, lines: Sequence[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = list(lines)


def env_name(loc: Iterable[Any]) -> str:
    """('imap', 'security') → MAILBOT_IMAP__SECURITY."""
    return "MAILBOT_" + "__".join(str(part).upper() for part in loc)


def problem(error: Mapping[str, Any]) -> str:
    """What is wrong with one value, in words an administrator uses."""
    value = error.get("input")
    kind = error.get("type", "")
    shown = repr(value) if isinstance(value, (str, int, float)) else "the value"
    if kind == "literal_error":
        expected = re.findall(r"'([^']*)'", str(error.get("ctx", {}).get("expected", "")))
        return f"{shown} is not one of {', '.join(expected)}"
    if kind == "missing":
        return "is required but missing"
    if kind == "extra_forbidden":
        return "is not a known setting"
    return f"{shown}: {error.get('msg', 'invalid')}"


def settings_errors(exc: ValidationError) -> list[str]:
    """One line per wrong environment variable."""
    return [f"{env_name(e['loc'])}: {problem(e)}" for e in exc.errors()]


def event_errors(exc: ValidationError, path: str, text: str, model: type[BaseModel]) -> list[str]:
    """One line per problem of the event file: where (line, key path), what, and a near key when mistyped."""
    lines = []
    for e in exc.errors():
        loc = [str(p) for p in e["loc"]]
        where = f"{path}, line {line_of(text, loc)}" if line_of(text, loc) else path
        key = ".".join(loc) or "(file)"
        if e["type"] == "extra_forbidden":
            near = difflib.get_close_matches(loc[-1], known_keys(model, loc[:-1]), n=1, cutoff=0.6)
            hint = f" (did you mean '{near[0]}'?)" if near else ""
            lines.append(f"{where}: unknown key '{key}'{hint}")
        else:
            lines.append(f"{where}: {key}: {problem(e)}")
    return lines


def known_keys(model: type[BaseModel], parents: Sequence[str]) -> list[str]:
    """The field names allowed at this place of the event file."""
    current: Any = model
    for part in parents:
        field = getattr(current, "model_fields", {}).get(part)
        annotation = getattr(field, "annotation", None)
        if annotation is None:
            return []
        args = getattr(annotation, "__args__", ())
        current = next((a for a in (annotation, *args) if isinstance(a, type) and issubclass(a, BaseModel)), None)
        if current is None:
            return []
    return list(getattr(current, "model_fields", {}))


def line_of(text: str, loc: Sequence[str]) -> int | None:
    """The line where the key of `loc` is written (inside its [section] when nested), or None."""
    keys = [p for p in loc if not p.isdigit()]
    if not keys:
        return None
    section = ".".join(keys[:-1])
    in_section = not section
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        header = re.match(r"^\[+\s*([\w.]+)\s*\]+", line)
        if header:
            in_section = header.group(1) == section
            continue
        if in_section and re.match(rf"^{re.escape(keys[-1])}\s*=", line):
            return number
    return None
