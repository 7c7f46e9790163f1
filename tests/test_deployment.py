"""The deployment files: compose.yaml against the official Compose schema, the Dockerfile's promises, the split
lock files, and the systemd unit (checked by `systemd-analyze verify` where it exists)."""

from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

import jsonschema
import pytest
import yaml
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "tests" / "fixtures" / "compose-spec" / "compose-spec.json").read_text())
DEV_TOOLS = {"pytest", "hypothesis", "aiosmtpd", "mypy", "ruff", "pypdf", "pyyaml", "jsonschema"}


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _compose() -> dict:
    return yaml.safe_load((ROOT / "compose.yaml").read_text())


def _schema_errors(document: dict) -> list[str]:
    assert "draft-07" in SCHEMA["$schema"]  # written as ".../draft-07/schema", which validator_for does not know
    validator_class = jsonschema.Draft7Validator
    validator_class.check_schema(SCHEMA)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator_class(SCHEMA).iter_errors(document)]


# ---- compose.yaml ------------------------------------------------------------------------------------

def test_compose_file_is_valid_against_the_compose_spec_schema():
    """compose.yaml validates against the official compose-spec JSON schema (vendored, see its README)."""
    assert _schema_errors(_compose()) == []


@pytest.mark.parametrize("break_it", [
    lambda c: c["services"]["mailbot"]["depends_on"]["db"].update(condition="service_happy"),
    lambda c: c["services"]["db"].update(healthchek={"test": ["CMD", "true"]}),
    lambda c: c["services"]["mailbot"].update(restart=["always"]),
])
def test_the_schema_check_catches_a_broken_compose_file(break_it):
    """The same check rejects a misspelt condition, an unknown key, a wrong type: it is not a formality."""
    broken = copy.deepcopy(_compose())
    break_it(broken)
    assert _schema_errors(broken)


def _dockerfile_env() -> dict[str, str]:
    text = (ROOT / "Dockerfile").read_text().replace("\\\n", " ")
    final = text.split("\nFROM ")[-1]
    env: dict[str, str] = {}
    for line in final.splitlines():
        if line.startswith("ENV "):
            env.update(dict(re.findall(r"(\w+)=(\S+)", line)))
    return env


def test_compose_runs_mailbot_on_a_healthy_postgresql_with_mounted_event_file_and_templates():
    """mailbot waits for a healthy PostgreSQL kept in a named volume, reads .env, and gets the event file and
    the templates mounted read-only where the image looks for them; its data sits in a named volume."""
    compose = _compose()
    mailbot, db = compose["services"]["mailbot"], compose["services"]["db"]
    assert mailbot["depends_on"] == {"db": {"condition": "service_healthy"}}
    assert "pg_isready" in " ".join(db["healthcheck"]["test"])
    assert mailbot["env_file"] == ".env"
    assert mailbot["environment"]["MAILBOT_DATABASE_URL"].startswith("postgresql+psycopg://mailbot:")
    assert "@db:5432/mailbot" in mailbot["environment"]["MAILBOT_DATABASE_URL"]
    named = set(compose["volumes"])
    used = {v.split(":")[0] for s in (mailbot, db) for v in s["volumes"] if not v.startswith(".")}
    assert used == named == {"postgres-data", "mailbot-data"}
    assert any(v.startswith("postgres-data:/var/lib/postgresql/data") for v in db["volumes"])
    env = _dockerfile_env()
    mounts = {v.split(":")[0]: v.split(":")[1:] for v in mailbot["volumes"] if v.startswith(".")}
    assert mounts["./config/event.toml"] == [env["MAILBOT_EVENT_FILE"], "ro"]
    assert mounts["./templates"] == [env["MAILBOT_TEMPLATES_DIR"], "ro"]
    assert mailbot["environment"]["MAILBOT_EVENT_FILE"] == env["MAILBOT_EVENT_FILE"]
    assert "mailbot-data:/app/var" in mailbot["volumes"] and "/app/var" in env["MAILBOT_DATABASE_URL"]
    assert mailbot["healthcheck"]["test"] == ["CMD", "mailbot", "check", "--liveness"]


# ---- Dockerfile --------------------------------------------------------------------------------------

def test_dockerfile_is_multi_stage_non_root_with_liveness_healthcheck_and_sigterm():
    """Two stages, the last one copying only the built virtualenv; it runs as a non-root user, checks liveness
    (no mail server), stops on SIGTERM, and neither copies nor installs the event file, templates or tests."""
    text = (ROOT / "Dockerfile").read_text()
    stages = re.split(r"^FROM ", text, flags=re.M)[1:]
    assert len(stages) == 2 and stages[0].split()[2] == "build"
    final = stages[1]
    assert re.search(r"^COPY --from=build /opt/mailbot /opt/mailbot$", final, re.M)
    assert not re.search(r"^COPY (?!--from=build)", final, re.M)  # nothing from the build context
    user = re.search(r"^USER (\S+)", final, re.M)
    assert user and user.group(1).split(":")[0] not in {"root", "0"}
    assert re.search(r'^HEALTHCHECK .*CMD \["mailbot", "check", "--liveness"\]$', final, re.M)
    assert re.search(r"^STOPSIGNAL SIGTERM$", final, re.M)
    copied = " ".join(re.findall(r"^COPY (.*)$", text, re.M))
    for path in ("templates", "config", "tests", "examples", "requirements-dev.lock"):
        assert path not in copied
    instructions = "\n".join(line for line in text.lower().splitlines() if not line.startswith("#"))
    assert not any(tool in instructions for tool in DEV_TOOLS)
    ignore = (ROOT / ".dockerignore").read_text().splitlines()
    assert ignore[ignore.index("*")] == "*" and "!tests/" not in ignore and "!templates/" not in ignore


# ---- lock files --------------------------------------------------------------------------------------

def _lock(name: str) -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in (ROOT / name).read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            package, _, version = line.partition("==")
            assert version, f"{name}: {line!r} is not pinned"
            pins[_norm(package)] = version
    return pins


def _runtime_closure() -> set[str]:
    """Every distribution `pip install .` pulls in, from the installed metadata (extras left out)."""
    seen: set[str] = set()
    stack: list[tuple[str, frozenset[str]]] = [("mailbot", frozenset())]
    while stack:
        name, extras = stack.pop()
        try:
            dist = distribution(name)
        except PackageNotFoundError:
            continue
        key = _norm(dist.metadata["Name"])
        if key in seen:
            continue
        seen.add(key)
        for spec in dist.requires or []:
            req = Requirement(spec)
            if req.marker is None or any(req.marker.evaluate({"extra": e}) for e in ("", *extras)):
                stack.append((req.name, frozenset(req.extras)))
    return seen - {"mailbot"}


def test_runtime_lock_holds_exactly_the_runtime_dependencies():
    """requirements.lock pins every runtime dependency and no test tool; requirements-dev.lock pins the rest,
    and no package is pinned in both (the Dockerfile installs the runtime lock with --no-deps)."""
    runtime, dev = _lock("requirements.lock"), _lock("requirements-dev.lock")
    assert not set(runtime) & set(dev)
    closure = _runtime_closure()
    assert closure - set(runtime) == set(), "runtime dependencies missing from requirements.lock"
    assert set(runtime) - closure == set(), "requirements.lock pins what the runtime does not need"
    assert DEV_TOOLS <= set(dev) and not DEV_TOOLS & set(runtime)


# ---- systemd -----------------------------------------------------------------------------------------

def _unit(text: str) -> dict[str, dict[str, list[str]]]:
    sections: dict[str, dict[str, list[str]]] = {}
    current = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            current = sections.setdefault(line.strip("[]"), {})
            continue
        assert current is not None and "=" in line, f"not a unit file line: {line!r}"
        key, _, value = line.partition("=")
        current.setdefault(key, []).append(value)
    return sections


UNIT = ROOT / "deploy" / "mailbot.service"


def test_systemd_unit_restarts_on_failure_reads_an_environment_file_and_is_hardened():
    """The unit runs `mailbot run` as its own user, restarts on failure, reads the settings file, stops by
    SIGTERM with time for the grace period, and confines the service."""
    service = _unit(UNIT.read_text())["Service"]
    assert service["ExecStart"] == ["/opt/mailbot/bin/mailbot run"]
    assert service["Restart"] == ["on-failure"] and service["EnvironmentFile"] == ["/etc/mailbot/mailbot.env"]
    assert service["User"] == ["mailbot"] and service["KillSignal"] == ["SIGTERM"]
    assert int(service["TimeoutStopSec"][0]) > 20
    for key, value in (("NoNewPrivileges", "yes"), ("ProtectSystem", "strict"), ("ProtectHome", "yes"),
                       ("PrivateTmp", "yes"), ("CapabilityBoundingSet", ""), ("RestrictSUIDSGID", "yes")):
        assert service[key] == [value], key
    environment = dict(v.split("=", 1) for v in service["Environment"])
    assert environment["MAILBOT_EVENT_FILE"] == "/etc/mailbot/event.toml"
    assert environment["MAILBOT_HEARTBEAT_FILE"].startswith("/run/mailbot/")  # RuntimeDirectory=mailbot


def _verify(unit_text: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    # ExecStart must name an executable that exists here: the venv's mailbot stands in for /opt/mailbot's.
    mailbot = shutil.which("mailbot") or str(ROOT / ".venv" / "bin" / "mailbot")
    unit = tmp_path / "mailbot.service"
    unit.write_text(unit_text.replace("/opt/mailbot/bin/mailbot", mailbot))
    return subprocess.run(["systemd-analyze", "verify", "--man=no", str(unit)], capture_output=True, text=True,
                          cwd=tmp_path, timeout=60)


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_systemd_analyze_verify_accepts_the_unit_and_rejects_a_typo(tmp_path):
    """`systemd-analyze verify` finds nothing to say about the unit (every hardening key known, values valid);
    the same check names a misspelt key."""
    good = _verify(UNIT.read_text(), tmp_path)
    assert good.returncode == 0 and good.stdout + good.stderr == "", good.stdout + good.stderr
    bad = _verify(UNIT.read_text().replace("ProtectHome=yes", "ProtectHomes=yes"), tmp_path)
    assert "ProtectHomes" in bad.stdout + bad.stderr


def test_run_and_poll_refuse_to_start_without_templates(tmp_path, monkeypatch, capsys):
    """A container started without the templates mount refuses to work (instead of setting every mail aside)
    and names the folder and the setting."""
    from mailbot.cli import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MAILBOT_DATABASE_URL", f"sqlite:///{tmp_path / 'db.sqlite'}")
    monkeypatch.setenv("MAILBOT_EVENT_FILE", str(ROOT / "config" / "event.toml"))
    monkeypatch.setenv("MAILBOT_TEMPLATES_DIR", str(tmp_path / "templates"))
    for command in (["poll", "--init"], ["run", "--init"]):
        assert main(command) == 1
        err = capsys.readouterr().err
        assert f"no mail templates in {tmp_path / 'templates'}" in err and "MAILBOT_TEMPLATES_DIR" in err
