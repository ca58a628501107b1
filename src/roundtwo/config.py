"""Read and validate ROUNDTWO_* environment variables.

Every setting the app takes from the environment is read here, once, with a clear
message when a value is wrong: a typo in a variable should stop the start-up, not
surface later as a strange page.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from roundtwo import private_files

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


class ConfigError(ValueError):
    """A setting from the environment that cannot be used, with the reason."""


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def env_bool(name: str, default: bool = False) -> bool:
    raw = env_str(name)
    if not raw:
        return default
    lowered = raw.lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(f"{name} must be true or false (got {raw!r}).")


def env_int(name: str, default: int, *, minimum: int, maximum: int) -> int:
    raw = env_str(name)
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number (got {raw!r}).") from None
    if not minimum <= value <= maximum:
        raise ConfigError(f"{name} must be between {minimum} and {maximum} (got {value}).")
    return value


def env_list(name: str) -> list[str]:
    return [item.strip() for item in env_str(name).split(",") if item.strip()]


def data_dir() -> Path:
    """Where the database, secret key and uploads live: per user unless overridden, owner only."""
    override = env_str("ROUNDTWO_DATA_DIR")
    path = Path(override).expanduser() if override else Path(platformdirs.user_data_dir("roundtwo"))
    try:
        private_files.private_dir(path)
    except OSError as error:
        raise ConfigError(f"Cannot create the data directory {path}: {error}") from None
    return path


def local_secret_key(directory: Path) -> str:
    """A secret key made on first run and kept in the data directory, readable only by its owner."""
    return private_files.key_file(directory / "secret_key", lambda: secrets.token_urlsafe(50))


@dataclass(frozen=True)
class Config:
    data_dir: Path
    hosted: bool
    debug: bool
    secret_key: str
    database_url: str
    allowed_hosts: list[str]
    allow_signup: bool
    max_upload_mb: int
    trusted_proxies: int
    s3_bucket: str = ""
    s3_endpoint_url: str = ""
    s3_region: str = ""


def load() -> Config:
    private_files.restrict_process()
    directory = data_dir()
    hosted = env_bool("ROUNDTWO_HOSTED")
    secret_key = env_str("ROUNDTWO_SECRET_KEY")
    if hosted and len(secret_key) < 50:
        raise ConfigError(
            "ROUNDTWO_SECRET_KEY must be set to at least 50 random characters in hosted mode."
        )
    allowed_hosts = env_list("ROUNDTWO_ALLOWED_HOSTS")
    if hosted and not allowed_hosts:
        raise ConfigError("ROUNDTWO_ALLOWED_HOSTS must list the site's host names in hosted mode.")
    database_url = env_str("DATABASE_URL")
    if database_url and not database_url.startswith(("postgres://", "postgresql://", "sqlite:")):
        raise ConfigError("DATABASE_URL must be a postgres:// or sqlite: URL.")
    return Config(
        data_dir=directory,
        hosted=hosted,
        debug=env_bool("ROUNDTWO_DEBUG"),
        secret_key=secret_key or local_secret_key(directory),
        database_url=database_url,
        allowed_hosts=allowed_hosts or ["127.0.0.1", "localhost", "[::1]"],
        # Sign-up is opened by choice, never by hosting alone: a public site full of strangers'
        # accounts is not what a coach who hosts for their clients expects.
        allow_signup=env_bool("ROUNDTWO_ALLOW_SIGNUP"),
        max_upload_mb=env_int("ROUNDTWO_MAX_UPLOAD_MB", 10, minimum=1, maximum=500),
        trusted_proxies=env_int("ROUNDTWO_TRUSTED_PROXIES", 0, minimum=0, maximum=5),
        s3_bucket=env_str("ROUNDTWO_S3_BUCKET"),
        s3_endpoint_url=_endpoint(env_str("ROUNDTWO_S3_ENDPOINT_URL")),
        s3_region=env_str("ROUNDTWO_S3_REGION"),
    )


def _endpoint(url: str) -> str:
    if url and not url.startswith("https://") and not url.startswith("http://127.0.0.1"):
        raise ConfigError(
            "ROUNDTWO_S3_ENDPOINT_URL must be an https:// address (plain http only to 127.0.0.1)."
        )
    return url
