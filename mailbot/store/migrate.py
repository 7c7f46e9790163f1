"""Apply Alembic migrations on start, so every database is at the schema the code expects."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import func, select
from sqlalchemy.engine import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection=None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


#: Key of the PostgreSQL advisory lock that migrations run under ("mailbot" in ASCII).
MIGRATION_LOCK = 0x6D61696C626F74


def upgrade(engine: Engine) -> None:
    """Bring the schema to head. Workers that start together on PostgreSQL take turns under an advisory
    lock (held until the transaction ends), so the later ones find the schema done instead of creating
    the same tables at once; on SQLite, BEGIN IMMEDIATE already lets one writer in at a time."""
    logging.getLogger("alembic").setLevel(logging.WARNING)  # its INFO lines would drown the commands' output
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(select(func.pg_advisory_xact_lock(MIGRATION_LOCK)))
        command.upgrade(alembic_config(conn), "head")
