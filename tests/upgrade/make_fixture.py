"""Make the upgrade fixtures: a database written by an older Round Two, with rows in every area.

    .venv/bin/python tests/upgrade/make_fixture.py [--commit 36b13af] [--postgres URL]

The old code is taken from git (`git archive COMMIT src tests`), run with this checkout's venv
(the dependencies did not change), and fills a fresh database with fill_old_database.py. Writes
tests/upgrade/fixture-COMMIT.sqlite3, and with --postgres (an empty scratch database it may
drop and recreate) also fixture-COMMIT.postgres.sql from pg_dump. Until Round Two has a release,
the "previous version" is the commit named in OLD_COMMIT.
"""

from __future__ import annotations

import argparse
import io
import os
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
OLD_COMMIT = "36b13af"


def old_code(commit: str, into: Path) -> Path:
    archive = subprocess.run(
        ["git", "archive", "--format=tar", commit, "src", "tests"],
        cwd=REPO,
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


def fill(code: Path, data_dir: Path, database_url: str | None) -> None:
    env = {**os.environ, "ROUNDTWO_DATA_DIR": str(data_dir), "PYTHONPATH": f"{code / 'src'}:{code}"}
    env.pop("DATABASE_URL", None)
    if database_url:
        env["DATABASE_URL"] = database_url
    # The old tree has no fill script of its own: run this one with the old code on the path.
    subprocess.run([sys.executable, str(HERE / "fill_old_database.py")], env=env, check=True)


def save_sqlite(data_dir: Path, target: Path) -> None:
    target.unlink(missing_ok=True)
    with sqlite3.connect(data_dir / "roundtwo.sqlite3") as live:
        live.execute("VACUUM INTO ?", (str(target),))
    live.close()


def save_postgres(database_url: str, target: Path) -> None:
    dump = subprocess.run(
        ["pg_dump", "--no-owner", "--no-privileges", "--dbname", database_url],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    target.write_text(dump, encoding="utf-8")


def recreate_postgres(database_url: str) -> None:
    server, name = database_url.rsplit("/", 1)
    for statement in (f'DROP DATABASE IF EXISTS "{name}"', f'CREATE DATABASE "{name}"'):
        subprocess.run(["psql", "-q", "-d", f"{server}/postgres", "-c", statement], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--commit", default=OLD_COMMIT)
    parser.add_argument("--postgres", metavar="URL", help="a scratch database to fill and dump")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        code = old_code(args.commit, Path(scratch) / "code")
        fill(code, Path(scratch) / "sqlite-data", None)
        save_sqlite(Path(scratch) / "sqlite-data", HERE / f"fixture-{args.commit}.sqlite3")
        if args.postgres:
            recreate_postgres(args.postgres)
            fill(code, Path(scratch) / "pg-data", args.postgres)
            save_postgres(args.postgres, HERE / f"fixture-{args.commit}.postgres.sql")
    print(f"Wrote the fixtures for {args.commit} in {HERE}")


if __name__ == "__main__":
    main()
