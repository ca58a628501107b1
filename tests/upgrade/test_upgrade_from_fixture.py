"""A database written by the previous version migrates with this one, and every row survives."""

from __future__ import annotations

import json
from pathlib import Path

from tests.upgrade.helpers import GROWING, Database


def test_every_row_of_the_previous_version_survives_the_upgrade(
    old_database: Database, tmp_path: Path
) -> None:
    before = old_database.counts()
    assert before["opportunities_opportunity"] == 2  # the fixture is the one make_fixture wrote

    out = tmp_path / "alice.json"
    result = old_database.run("export", "--user", "alice", "--out", str(out))

    assert result.returncode == 0, result.stderr
    after = old_database.counts()
    for table, count in before.items():
        if table in GROWING:
            assert after[table] >= count, table
        else:
            assert after[table] == count, table
    newly_applied = after["django_migrations"] - before["django_migrations"]
    backups = old_database.data_dir / "backups"
    assert backups.is_dir() == (newly_applied > 0)


def test_the_upgraded_data_reads_back_as_it_was_written(
    old_database: Database, tmp_path: Path
) -> None:
    out = tmp_path / "alice.json"
    result = old_database.run("export", "--user", "alice", "--out", str(out))

    assert result.returncode == 0, result.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    assert [story["title"] for story in document["stories"]] == ["The pipeline rescue"]
    (opportunity,) = document["opportunities"]
    assert opportunity["company"]
    assert len(opportunity["interviewers"]) == 5
    assert {email["subject"] for email in opportunity["followup_emails"]} >= {
        f"Thank you, {person['name']}" for person in opportunity["interviewers"][:2]
    }
    assert document["references"][0]["name"] == "Aiko Tanaka"
