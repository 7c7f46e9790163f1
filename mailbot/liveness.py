"""`mailbot check --liveness`: is the worker alive and its database usable? No mail server is asked.

A container's HEALTHCHECK (or any supervisor) runs it every half minute, so it must be fast and must not
depend on the weather outside: an IMAP or SMTP outage is no reason to restart the worker (a restart does not
bring the mail server back), a hung worker or a database that cannot be opened is.

`mailbot run` writes a heartbeat file (JSON: pid, last beat, start of the running pass) every few seconds from
its event loop and removes it on a clean stop. The check reads it:

- no file, a dead pid, or a beat older than `STALE_AFTER` seconds: the worker is not running (or hangs);
- a pass running for longer than `PASS_LIMIT` seconds: the worker is stuck in a pass (a server that never
  answers, a lock never released) although its loop still beats;

then opens the database without creating or migrating anything and reads the schema version.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from .settings import Settings

#: How often `mailbot run` writes its heartbeat, and how old a beat may be before the worker counts as gone.
BEAT_EVERY = 10.0
STALE_AFTER = 60.0
#: A single pass may take long (a burst of thousands of mails) but not this long.
PASS_LIMIT = 30 * 60.0

OK, FAIL = "ok", "FAIL"


def heartbeat_path(settings: Settings) -> Path:
    """`MAILBOT_HEARTBEAT_FILE`, or one file per user in the temp folder (per container in a container)."""
    return settings.heartbeat_file or Path(tempfile.gettempdir()) / f"mailbot-{os.getuid()}.heartbeat"


class Heartbeat:
    """Written by `mailbot run`: the moment of the last beat and of the start of the pass under way."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.pass_started: float | None = None

    def beat(self) -> bool:
        """Write the file; False when it cannot be written (the worker goes on, the check will say so)."""
        data = {"pid": os.getpid(), "at": time.time(), "pass_started": self.pass_started}
        tmp = self.path.with_name(self.path.name + f".{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(data), encoding="utf-8")
            os.replace(tmp, self.path)  # atomic: the check never reads half a file
        except OSError:
            return False
        return True

    def pass_begins(self) -> None:
        self.pass_started = time.time()
        self.beat()

    def pass_ends(self) -> None:
        self.pass_started = None
        self.beat()

    def remove(self) -> None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("pid") == os.getpid():  # another worker's beat is not ours to remove
                self.path.unlink()
        except (OSError, ValueError):
            pass


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, belongs to someone else
        return True
    return True


def check_worker(path: Path, now: float | None = None) -> tuple[str, str]:
    now = time.time() if now is None else now
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        pid, at, started = int(data["pid"]), float(data["at"]), data.get("pass_started")
    except FileNotFoundError:
        return FAIL, f"worker: no heartbeat at {path} (is `mailbot run` running?)"
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return FAIL, f"worker: unreadable heartbeat at {path} ({type(exc).__name__})"
    if not _alive(pid):
        return FAIL, f"worker: pid {pid} of the heartbeat at {path} is not running"
    if now - at > STALE_AFTER:
        return FAIL, f"worker: pid {pid} has not beaten for {now - at:.0f} s (hung?)"
    if started is not None and now - float(started) > PASS_LIMIT:
        return FAIL, f"worker: pid {pid} is stuck in a pass that started {now - float(started):.0f} s ago"
    return OK, f"worker: pid {pid}, last beat {max(0.0, now - at):.0f} s ago"


def check_database(url: str, timeout: float = 5.0) -> tuple[str, str]:
    """Open the database and read the schema version; create nothing (a missing SQLite file is a failure)."""
    from .store.faults import where
    from .store.status import schema_version

    version, problem = schema_version(url, timeout)
    if problem is not None:
        return FAIL, f"database: {problem}"
    return OK, f"database: reachable at {where(url)}, schema {version}"


def run_liveness(settings: Settings) -> Iterator[tuple[str, str]]:
    yield check_worker(heartbeat_path(settings))
    yield check_database(settings.database_url)
