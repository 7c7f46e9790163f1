"""The layering the architecture promises: a pure core, and one thin adapter per outside library."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "mailbot"
IO_LIBRARIES = {"imapclient", "imaplib", "aiosmtplib", "smtplib", "sqlalchemy", "alembic", "psycopg", "socket",
                "ssl", "subprocess", "asyncio", "apscheduler", "requests", "urllib"}
PURE = ["message", "understand", "commands", "workflow", "plan.py", "replies", "retry.py", "digest.py", "reminders.py",
        "event_changes.py", "models.py", "access_report.py", "event.py"]
ADAPTERS = {"imapclient": ["intake.py"], "aiosmtplib": ["smtp.py"], "sqlalchemy": ["store"], "alembic": ["store"]}


def modules(entry: str) -> list[Path]:
    path = PACKAGE / entry
    return sorted(path.rglob("*.py")) if path.is_dir() else ([path] if path.exists() else [])


def imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def test_core_modules_import_no_io_library():
    """Parsing, understanding, deciding, planning and rendering never touch the network, the database or the clock's I/O."""
    checked = [p for entry in PURE for p in modules(entry)]
    assert len(checked) > 10
    offenders = {str(p.relative_to(PACKAGE)): sorted(imported(p) & IO_LIBRARIES) for p in checked}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_each_outside_library_has_one_adapter():
    """Only intake imports imapclient, only smtp imports aiosmtplib, only the store imports SQLAlchemy."""
    for library, allowed in ADAPTERS.items():
        users = {str(p.relative_to(PACKAGE)) for p in PACKAGE.rglob("*.py") if library in imported(p)}
        permitted = {u for u in users if any(u == a or u.startswith(a.rstrip("/") + "/") for a in allowed)}
        assert users - permitted == set(), f"{library} imported outside its adapter"
