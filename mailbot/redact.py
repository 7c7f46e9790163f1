"""Personal data out of logs: mail servers quote the recipient in their refusals ("<anna@…>: rejected")."""

from __future__ import annotations

import re

_ADDRESS = re.compile(r"[\w.+\-]{1,64}@([\w\-]{1,63}(?:\.[\w\-]{1,63})+)")


def redact(text: str) -> str:
    """Every mail address's local part hidden ("…@stadt-gera.example"): the domain still tells an operator
    which server refused, the person stays unnamed. The full text is kept only in the database row."""
    return _ADDRESS.sub(lambda m: f"…@{m.group(1)}", text)
