"""The built image, end to end (run by scripts/container-test.sh; not collected by pytest).

Starts a private Dovecot and an aiosmtpd server on loopback (tests/servers.py), puts a sign-up into the inbox,
runs the image with podman (`--network host`, the event file and the templates mounted read-only) and checks:

1. the sign-up is answered from inside the container (a confirmation reaches the SMTP server, the mail moves
   to Processed);
2. the image's HEALTHCHECK (`mailbot check --liveness`) passes;
3. the worker runs as a non-root user (uid of PID 1 and of `id -u`);
4. SIGTERM (`podman stop`) ends it cleanly: exit status 0, "worker stopped cleanly" in its log, well within
   the stop timeout.

Prints one line per check and the seconds each took; exits 1 at the first failure.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from servers import DovecotServer, SmtpServer, make_self_signed, sample_mail, temp_server_dir  # noqa: E402


def say(step: str, started: float, detail: str = "") -> None:
    print(f"container-test: ok   {step} ({time.monotonic() - started:.1f} s){': ' + detail if detail else ''}",
          flush=True)


def fail(step: str, detail: str) -> None:
    print(f"container-test: FAIL {step}: {detail}", flush=True)
    raise SystemExit(1)


def future_event(directory: Path) -> Path:
    """The shipped event file moved 90 days ahead, so the real clock in the container is before the deadline."""
    text = (ROOT / "config" / "event.toml").read_text(encoding="utf-8")
    day = date.today() + timedelta(days=90)
    text = re.sub(r"(?m)^date = \d{4}-\d{2}-\d{2}", f"date = {day.isoformat()}", text)
    text = re.sub(r"(?m)^registration_deadline = \d{4}-\d{2}-\d{2}",
                  f"registration_deadline = {(day - timedelta(days=10)).isoformat()}", text)
    path = directory / "event.toml"
    path.write_text(text, encoding="utf-8")
    path.chmod(0o644)
    return path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("image")
    parser.add_argument("--podman", default="podman --runtime runc", help="the podman command line to use")
    args = parser.parse_args()
    podman = args.podman.split()
    name = f"mailbot-test-{int(time.time())}"

    def pm(*argv: str, check: bool = True, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        done = subprocess.run([*podman, *argv], capture_output=True, text=True, timeout=timeout)
        if check and done.returncode != 0:
            fail(f"podman {argv[0]}", (done.stderr or done.stdout).strip()[-2000:])
        return done

    work = Path(tempfile.mkdtemp(prefix="mailbot-container-"))
    tls = make_self_signed(work / "tls")
    dovecot = DovecotServer(temp_server_dir("mailbot-dovecot-"), tls)
    smtp = SmtpServer("plain")
    dovecot.start()
    smtp.start()
    try:
        account = dovecot.add_user()
        account.append(sample_mail(1))
        event = future_event(work)
        env = {
            "MAILBOT_IMAP__HOST": account.host, "MAILBOT_IMAP__PORT": str(account.port),
            "MAILBOT_IMAP__USERNAME": account.user, "MAILBOT_IMAP__PASSWORD": account.password,
            "MAILBOT_IMAP__SECURITY": "plain", "MAILBOT_SMTP__HOST": smtp.host, "MAILBOT_SMTP__PORT": str(smtp.port),
            "MAILBOT_SMTP__SECURITY": "plain", "MAILBOT_POLL_INTERVAL_SECONDS": "5",
        }
        started = time.monotonic()
        pm("run", "-d", "--name", name, "--network", "host",
           *(f"--env={k}={v}" for k, v in env.items()),
           "-v", f"{event}:/etc/mailbot/event.toml:ro", "-v", f"{ROOT / 'templates'}:/etc/mailbot/templates:ro",
           args.image)
        try:
            # 1. the sign-up answered from inside the container
            deadline = time.monotonic() + 180
            while not smtp.messages():
                state = pm("inspect", "--format", "{{.State.Status}}", name).stdout.strip()
                if state != "running":
                    fail("sign-up answered", f"container {state}: {pm('logs', name, check=False).stderr[-2000:]}")
                if time.monotonic() > deadline:
                    fail("sign-up answered", "no mail at the SMTP server within 180 s; log:\n"
                         + pm("logs", name, check=False).stderr[-2000:])
                time.sleep(0.5)
            reply = smtp.messages()[0]
            if reply["To"] is None or "anna.schmidt@stadt-schleiz.de" not in reply["To"]:
                fail("sign-up answered", f"reply went to {reply['To']}")
            if "Anmeldebestätigung" not in str(reply["Subject"]):
                fail("sign-up answered", f"not a confirmation: {reply['Subject']}")
            for _ in range(60):
                if not account.uids("INBOX") and "Processed" in account.folders():
                    break
                time.sleep(0.5)
            else:
                fail("sign-up answered", "the mail did not leave the INBOX for Processed")
            say("sign-up answered from inside the container", started, f"{reply['Subject']}")

            # 2. the image's HEALTHCHECK
            step = time.monotonic()
            config = pm("inspect", "--format", "{{json .Config.Healthcheck}}", name).stdout.strip()
            if "--liveness" not in config:
                fail("healthcheck", f"the image has no liveness HEALTHCHECK (built with --format docker?): {config}")
            health = pm("healthcheck", "run", name, check=False)
            if health.returncode != 0:
                fail("healthcheck", (health.stdout + health.stderr).strip()
                     + pm("exec", name, "mailbot", "check", "--liveness", check=False).stdout)
            say("healthcheck (mailbot check --liveness) passes", step)
            shown = pm("exec", name, "mailbot", "status", check=False)
            if shown.returncode != 0 or "last poll" not in shown.stdout or "never" in shown.stdout.split("\n")[0]:
                fail("mailbot status", (shown.stdout + shown.stderr).strip())
            say("mailbot status in the container", step, shown.stdout.splitlines()[0].split(None, 2)[-1])

            # 3. non-root
            step = time.monotonic()
            uid = pm("exec", name, "id", "-u").stdout.strip()
            status = pm("exec", name, "cat", "/proc/1/status").stdout
            pid1_uid = re.search(r"^Uid:\s+(\d+)", status, re.M)
            if uid == "0" or pid1_uid is None or pid1_uid.group(1) == "0":
                fail("non-root", f"id -u {uid}, PID 1 {pid1_uid.group(1) if pid1_uid else '?'}")
            say("runs as non-root", step, f"uid {uid}, PID 1 uid {pid1_uid.group(1)}")

            # 4. SIGTERM
            step = time.monotonic()
            pm("stop", "-t", "30", name, timeout=60)
            took = time.monotonic() - step
            code = pm("inspect", "--format", "{{.State.ExitCode}}", name).stdout.strip()
            logs = pm("logs", name).stderr + pm("logs", name).stdout
            if code != "0" or "worker stopped cleanly" not in logs or took > 25:
                fail("stop on SIGTERM", f"exit {code} after {took:.1f} s; log tail:\n{logs[-1500:]}")
            say("stops cleanly on SIGTERM", step, f"exit 0 after {took:.1f} s")
        finally:
            pm("rm", "-f", "-v", name, check=False)
    finally:
        smtp.stop()
        dovecot.stop()
    print(f"container-test: all checks passed in {time.monotonic() - started:.1f} s (after the build)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
