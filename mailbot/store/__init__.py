"""Persistence: the only package that imports SQLAlchemy."""

from .rows import InboundRow, Lookup, OutboxRow, PendingMove, dedupe_key, message_id_of
from .store import Store

__all__ = ["InboundRow", "Lookup", "OutboxRow", "PendingMove", "Store", "dedupe_key", "message_id_of"]
