"""Persistence: the only package that imports SQLAlchemy."""

from .store import InboundRow, Lookup, OutboxRow, PendingMove, Store, dedupe_key

__all__ = ["InboundRow", "Lookup", "OutboxRow", "PendingMove", "Store", "dedupe_key"]
