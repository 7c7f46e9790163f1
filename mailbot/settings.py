"""Settings from the environment (prefix MAILBOT_, nested with __) and an optional `.env` file.

Loaded once in the CLI and passed down; secrets are SecretStr so they never show in logs or reprs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

Security = Literal["ssl", "starttls", "plain"]


class ImapSettings(BaseModel):
    host: str | None = None
    port: int | None = None
    username: str | None = None
    password: SecretStr | None = None
    security: Security = "ssl"
    folder: str = "INBOX"
    processed_folder: str = "Processed"
    review_folder: str = "Review"
    batch_size: int = 200
    timeout: float = 30.0

    def effective_port(self) -> int:
        return self.port or (993 if self.security == "ssl" else 143)


class SmtpSettings(BaseModel):
    host: str | None = None
    port: int | None = None
    username: str | None = None
    password: SecretStr | None = None
    security: Security = "starttls"
    timeout: float = 30.0
    batch_size: int = 100

    def effective_port(self) -> int:
        return self.port or {"ssl": 465, "starttls": 587, "plain": 25}[self.security]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="MAILBOT_", env_nested_delimiter="__", env_file=".env", extra="ignore"
    )

    imap: ImapSettings = ImapSettings()
    smtp: SmtpSettings = SmtpSettings()
    database_url: str = "sqlite:///var/mailbot.db"
    event_file: Path = Path("config/event.toml")
    outbox_dir: Path = Path("var/outbox")
    ca_file: Path | None = None
    templates_dir: Path = Path(__file__).resolve().parent.parent / "templates"
    poll_interval_seconds: int = 60
    readers: int | None = Field(default=None, ge=0)  # processes reading a burst; default: cores - 1, at most 4
    outage_notice_minutes: int = Field(default=30, gt=0)  # IMAP/SMTP down this long: a WARNING and a mail
    heartbeat_file: Path | None = None  # `run` beats here, `check --liveness` reads it; default: temp folder
    log_level: str | None = None  # default: INFO for `run`, WARNING for the one-shot commands
    log_format: Literal["auto", "text", "json"] = "auto"  # auto: JSON Lines unless stderr is a terminal
    # VERP: our mails go out with the envelope sender `anmeldung+<message id>@domain`, so a bounce names the mail it
    # returns even when it quotes nothing of it. Needs a mailbox that delivers `+` subaddresses to the inbox.
    verp: bool = False

    def missing_database(self) -> str | None:
        """A SQLite database that does not exist usually means the wrong folder: say so, create nothing."""
        url = self.database_url
        if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
            path = Path(url.removeprefix("sqlite:///").split("?")[0].removeprefix("file:"))  # ?timeout=…, file: URIs
            if not path.exists():
                return (f"no database at {path.resolve()} (wrong folder, or a new installation: "
                        f"run `mailbot init` once, or pass --init)")
        return None
