"""Personal data out of logs: mail servers quote the recipient in their refusals ("<anna@…>: rejected")."""

from __future__ import annotations

import re

# Every character a local part may hold (RFC 5322 atext and dots, plus letters of any script for SMTPUTF8),
# taken whole from the start of its run (the look-behind), so no part of a name is ever left in front; or a
# quoted local part. The domain may be a single label (localhost) or an address literal ([192.0.2.1]).
_ATEXT = r"[\w!#$%&'*+/=?^`{|}~.\-]"
_ADDRESS = re.compile(rf"(?:\"(?:[^\"\\\r\n]|\\.)*\"|(?<!{_ATEXT}){_ATEXT}+)@(\[[^\]\s]*\]|[\w\-]+(?:\.[\w\-]+)*)")


def redact(text: str) -> str:
    """Every mail address's local part hidden ("…@stadt-gera.example"): the domain still tells an operator
    which server refused, the person stays unnamed. The full text is kept only in the database row."""
    return _ADDRESS.sub(lambda m: f"…@{m.group(1)}", text)
