"""Run the `roundtwo` command on a database of its own, and count its rows."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import psycopg

HERE = Path(__file__).resolve().parent
FIXTURE_SQLITE = HERE / "fixture-36b13af.sqlite3"
FIXTURE_POSTGRES = HERE / "fixture-36b13af.postgres.sql"
# Tables a migration may add rows to: every other table must keep exactly its rows.
GROWING = {"django_migrations", "django_content_type", "auth_permission", "sqlite_sequence"}


@dataclass
class Database:
    """A database made for one test: a SQLite file in a data directory, or a PostgreSQL one."""

    data_dir: Path
    url: str | None = None  # PostgreSQL; None means SQLite in data_dir

    @property
    def sqlite_path(self) -> Path:
        return self.data_dir / "roundtwo.sqlite3"

    def env(self) -> dict[str, str]:
        env = {**os.environ, "ROUNDTWO_DATA_DIR": str(self.data_dir)}
        env["DJANGO_SETTINGS_MODULE"] = "roundtwo.settings"
        env.pop("DATABASE_URL", None)
        if self.url:
            env["DATABASE_URL"] = self.url
        return env

    def run(self, *args: str, prelude: str = "") -> subprocess.CompletedProcess[str]:
        """`roundtwo ARGS` in a new process; prelude is Python run before the command."""
        code = f"{prelude}\nfrom roundtwo.cli import main\nmain({list(args)!r})"
        return subprocess.run(
            [sys.executable, "-c", code],
            env=self.env(),
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )

    def django(self, *args: str) -> None:
        subprocess.run(
            [sys.executable, "-m", "django", *args, "--verbosity", "0"],
            env=self.env(),
            check=True,
            timeout=300,
        )

    def query(self, sql: str) -> list[tuple[object, ...]]:
        if self.url:
            with psycopg.connect(self.url) as connection:
                return list(connection.execute(sql).fetchall())
        with sqlite3.connect(self.sqlite_path) as local:
            rows = local.execute(sql).fetchall()
        local.close()
        return rows

    def counts(self) -> dict[str, int]:
        if self.url:
            names = "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
        else:
            names = "SELECT name FROM sqlite_master WHERE type = 'table'"
        tables = [str(row[0]) for row in self.query(names)]
        return {
            table: int(str(self.query(f'SELECT COUNT(*) FROM "{table}"')[0][0]))  # noqa: S608
            for table in tables
        }

    def applied(self, app: str) -> list[str]:
        rows = self.query(f"SELECT name FROM django_migrations WHERE app = '{app}' ORDER BY name")  # noqa: S608
        return [str(row[0]) for row in rows]


def sqlite_from_fixture(data_dir: Path) -> Database:
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    database = Database(data_dir)
    shutil.copyfile(FIXTURE_SQLITE, database.sqlite_path)
    return database


def postgres_from_fixture(server_url: str, name: str, data_dir: Path) -> Database:
    """A new PostgreSQL database loaded from the dump with psql, as a user would restore one."""
    server = server_url.rsplit("/", 1)[0]
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    url = f"{server}/{name}"
    subprocess.run(
        ["psql", "-q", "-v", "ON_ERROR_STOP=1", "-d", url, "-f", str(FIXTURE_POSTGRES)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    return Database(data_dir, url)


def drop_postgres(database: Database) -> None:
    assert database.url
    server, name = database.url.rsplit("/", 1)
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
