"""Persistence: the only package that imports SQLAlchemy."""

from .store import InboundRow, OutboxRow, PendingMove, Store, dedupe_key

__all__ = ["InboundRow", "OutboxRow", "PendingMove", "Store", "dedupe_key"]
