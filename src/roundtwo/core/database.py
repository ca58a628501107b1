"""The SQLite database and its WAL and shared-memory files are readable by their owner only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.db.backends.base.base import BaseDatabaseWrapper

from roundtwo.private_files import PRIVATE_FILE


def keep_sqlite_private(sender: Any, connection: BaseDatabaseWrapper, **kwargs: Any) -> None:
    """On each new connection: SQLite gives the WAL and SHM files the database file's mode."""
    if connection.vendor != "sqlite":
        return
    name = str(connection.settings_dict["NAME"])
    if not name or name == ":memory:" or name.startswith("file:"):
        return
    for suffix in ("", "-wal", "-shm"):
        path = Path(name + suffix)
        if path.is_file() and path.stat().st_mode & 0o777 != PRIVATE_FILE:
            path.chmod(PRIVATE_FILE)
