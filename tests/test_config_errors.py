"""Settings and event-file mistakes are said in full: the variable or key, the problem, the fix — one test each."""

from __future__ import annotations

from pathlib import Path

import pytest

from mailbot.cli import main
from mailbot.config_errors import ConfigError
from mailbot.event import load_event

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = (ROOT / "config" / "event.toml").read_text(encoding="utf-8")


@pytest.fixture
def env(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    for key in ("MAILBOT_IMAP__HOST", "MAILBOT_SMTP__HOST"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("MAILBOT_DATABASE_URL", f"sqlite:///{tmp_path / 'db.sqlite'}")
    monkeypatch.setenv("MAILBOT_OUTBOX_DIR", str(tmp_path / "outbox"))
    monkeypatch.setenv("MAILBOT_EVENT_FILE", str(ROOT / "config" / "event.toml"))
    return tmp_path


def event_with(tmp_path: Path, old: str, new: str) -> Path:
    assert old in SHIPPED
    path = tmp_path / "event.toml"
    path.write_text(SHIPPED.replace(old, new, 1), encoding="utf-8")
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        load_event(path)
    return caught.value.lines


def test_every_wrong_setting_is_named_with_its_allowed_values(env, monkeypatch, capsys):
    """Two wrong variables → two lines, each with the variable's name and what is allowed."""
    monkeypatch.setenv("MAILBOT_IMAP__SECURITY", "tls")
    monkeypatch.setenv("MAILBOT_SMTP__PORT", "fünfhundert")
    assert main(["registrations"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert "mailbot: MAILBOT_IMAP__SECURITY: 'tls' is not one of ssl, starttls, plain" in err
    assert any(line.startswith("mailbot: MAILBOT_SMTP__PORT: 'fünfhundert'") for line in err)


def test_a_mistyped_event_key_is_an_error_with_line_and_hint(tmp_path):
    """`capacity_per_municipalty` was silently ignored (the limit was off); now: line and 'did you mean'."""
    path = event_with(tmp_path, "# capacity_per_municipality = 4", "capacity_per_municipalty = 4")
    line = SHIPPED.splitlines().index("# capacity_per_municipality = 4") + 1
    assert problems(path) == [f"{path}, line {line}: unknown key 'capacity_per_municipalty' "
                              "(did you mean 'capacity_per_municipality'?)"]


def test_a_mistyped_key_in_a_section_is_found_there(tmp_path):
    path = event_with(tmp_path, "offsets_days = [7, 1]", "offset_days = [7, 1]")
    [message] = problems(path)
    assert "unknown key 'reminders.offset_days' (did you mean 'offsets_days'?)" in message and ", line " in message


def test_deadline_after_the_event_is_refused(tmp_path):
    path = event_with(tmp_path, "registration_deadline = 2025-05-09T23:59:00+02:00",
                      "registration_deadline = 2025-05-21T23:59:00+02:00")
    assert "registration_deadline must be before the event starts" in problems(path)[0]


def test_end_before_start_is_refused(tmp_path):
    path = event_with(tmp_path, 'end_time = "16:00"', 'end_time = "08:00"')
    assert "end_time must be after start_time" in problems(path)[0]


def test_an_invalid_organiser_address_is_refused(tmp_path):
    path = event_with(tmp_path, 'addresses = ["organisation@transferveranstaltung.example"]',
                      'addresses = ["organisation(at)transferveranstaltung.example"]')
    assert "organisers.addresses.0" in problems(path)[0]


def test_a_reminder_offset_must_be_positive(tmp_path):
    path = event_with(tmp_path, "offsets_days = [7, 1]", "offsets_days = [7, -1]")
    assert "reminders.offsets_days.1" in problems(path)[0]


def test_broken_toml_names_the_file(tmp_path):
    path = event_with(tmp_path, "capacity = 120", "capacity = = 120")
    assert problems(path)[0].startswith(f"{path}: not valid TOML")


def test_a_missing_ca_file_names_the_path_and_the_setting(env, monkeypatch, capsys):
    """A CA bundle that is not there: the path and MAILBOT_CA_FILE, not a bare '[Errno 2]'."""
    monkeypatch.setenv("MAILBOT_CA_FILE", str(env / "nope.pem"))
    monkeypatch.setenv("MAILBOT_SMTP__HOST", "127.0.0.1")
    monkeypatch.setenv("MAILBOT_SMTP__PORT", "1")
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert f"MAILBOT_CA_FILE {env / 'nope.pem'}: cannot be used as a CA bundle" in out


def test_poll_refuses_a_database_that_does_not_exist(env, capsys):
    """Run from the wrong folder, `poll` creates no empty database; it says where it looked and what to do."""
    assert main(["poll"]) == 1
    err = capsys.readouterr().err
    assert f"no database at {env / 'db.sqlite'}" in err and "mailbot init" in err
    assert not (env / "db.sqlite").exists()


def test_check_shows_resolved_paths_and_warns_about_the_file_transport(env, capsys):
    main(["check"])
    out = capsys.readouterr().out
    assert str((env / "outbox").resolve()) in out and str(ROOT / "templates") in out
    assert "warn  SMTP: MAILBOT_SMTP__HOST is not set: nothing is sent" in out


def test_example_env_lists_every_setting():
    """config/example.env names every setting the Settings model knows (nested ones with __)."""
    from mailbot.config_errors import env_name
    from mailbot.settings import Settings

    text = (ROOT / "config" / "example.env").read_text(encoding="utf-8")
    names = []
    for field, info in Settings.model_fields.items():
        nested = getattr(info.annotation, "model_fields", None)
        names += [env_name((field, sub)) for sub in nested] if nested else [env_name((field,))]
    assert [n for n in names if f"{n}=" not in text] == []
