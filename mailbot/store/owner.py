"""Who holds a claim: host, pid and process start time, so a dead worker's claims can be released at once.

A claim without an owner can only be released after a timeout (a slow worker and a dead one look
alike). With the owner on the row, a worker on the same host can prove the owner dead: no process
with that pid, or one that started at another time (the pid was reused). Owners on other hosts are
never judged; their claims wait for the timeout as before. A random tag per Store tells two stores
in one process apart, so a store can put back its own claims after a pass that failed.
"""

from __future__ import annotations

import os
import platform
import secrets


def start_time(pid: int) -> str | None:
    """The process's start time (clock ticks since boot, from /proc); "" where /proc is missing;
    None when no such process is running (a zombie is not running: it only waits to be reaped)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            fields = stat.read().rsplit(b")", 1)[1].split()
        if fields[0] in (b"Z", b"X"):  # field 3 of proc(5), the state; the first two end with ")"
            return None
        return fields[19].decode()  # field 22: starttime
    except FileNotFoundError:
        return None if os.path.isdir("/proc/self") else _running_without_proc(pid)
    except (OSError, IndexError):
        return ""


def _running_without_proc(pid: int) -> str | None:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        pass
    return ""


def new_owner() -> str:
    """`host pid start tag` for the claims of one Store in this process."""
    pid = os.getpid()
    return f"{platform.node() or 'localhost'} {pid} {start_time(pid) or '-'} {secrets.token_hex(4)}"


def is_dead(owner: str, host: str | None = None) -> bool:
    """True only when the owner provably no longer runs: same host, and its pid gone or reused."""
    parts = owner.split(" ")
    if len(parts) != 4 or not parts[1].isdigit():
        return False
    if parts[0] != (host or platform.node() or "localhost"):
        return False
    now = start_time(int(parts[1]))
    return now is None or (parts[2] != "-" and now != "" and now != parts[2])
