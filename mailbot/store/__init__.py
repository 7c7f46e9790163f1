"""Persistence: the only package that imports SQLAlchemy."""

from .faults import RETRY_DELAYS, database_problem, fault_of
from .faults import where as database_where
from .rows import InboundRow, Lookup, OutboxRow, PendingMove, dedupe_key, message_id_of
from .store import Store

__all__ = ["RETRY_DELAYS", "InboundRow", "Lookup", "OutboxRow", "PendingMove", "Store", "database_problem", "database_where",
           "dedupe_key", "fault_of", "message_id_of"]
