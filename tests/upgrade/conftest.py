"""An old database for each test, on the suite's backend: SQLite, or PostgreSQL when
DATABASE_URL names one (the fixture is then the pg_dump, loaded with psql)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.upgrade.helpers import (
    Database,
    drop_postgres,
    postgres_from_fixture,
    sqlite_from_fixture,
)


def postgres_server() -> str | None:
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgres://", "postgresql://")) else None


@pytest.fixture
def old_database(tmp_path: Path) -> Iterator[Database]:
    server = postgres_server()
    if server is None:
        yield sqlite_from_fixture(tmp_path / "data")
        return
    if shutil.which("psql") is None:
        pytest.skip("psql is not installed, so the PostgreSQL dump cannot be loaded")
    database = postgres_from_fixture(server, f"rt_upgrade_{os.getpid()}", tmp_path / "data")
    yield database
    drop_postgres(database)
