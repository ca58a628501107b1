"""Before migrating an existing database, Round Two writes a backup; a failed migration changes
nothing and says how to restore. The pending migrations are made real by taking the old
database back one migration of the background app (which the export does not read) and, where
the export cannot read the old tables, one of the rehearse app."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from tests.conftest import PASSWORD
from tests.upgrade.helpers import GROWING, Database

BEHIND = ["0001_initial", "0002_job_return_url"]
CURRENT = [*BEHIND, "0003_job_task_id_workerlease"]

# Fails the rehearse migration, after or before the background one: either way nothing stays.
FAIL_A_MIGRATION = """
from django.db.migrations.executor import MigrationExecutor
real_apply = MigrationExecutor.apply_migration
def apply_migration(self, state, migration, *args, **kwargs):
    if migration.name == "0003_attempt_media_bytes":
        raise RuntimeError("disk full while adding a column")
    return real_apply(self, state, migration, *args, **kwargs)
MigrationExecutor.apply_migration = apply_migration
"""


def behind(database: Database) -> Database:
    # Up to date first (the fixture may be several versions old), then one step back.
    database.django("migrate")
    database.django("migrate", "background", "0002")
    assert database.applied("background") == BEHIND
    return database


def rehearse_behind(database: Database) -> Database:
    database.django("migrate", "rehearse", "0002")
    return database


def only_backup(database: Database) -> Path:
    (folder,) = (database.data_dir / "backups").iterdir()
    assert folder.name.startswith("pre-upgrade-0.1.0-")
    return folder


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_pending_migrations_write_a_backup_of_every_account_first(
    old_database: Database, tmp_path: Path
) -> None:
    database = behind(old_database)

    result = database.run("export", "--user", "bob", "--out", str(tmp_path / "bob.json"))

    assert result.returncode == 0, result.stderr
    assert "A backup was written first" in result.stdout
    assert database.applied("background") == CURRENT
    folder = only_backup(database)
    assert mode(folder) == 0o700
    exports = sorted(folder.glob("account-*.json"))
    users = [json.loads(path.read_text(encoding="utf-8"))["user"]["username"] for path in exports]
    assert sorted(users) == ["alice", "bob"]
    whole = folder / ("tables.json" if database.url else "roundtwo.sqlite3")
    assert {path.name for path in folder.iterdir()} == {
        *(path.name for path in exports),
        whole.name,
        "HOW-TO-RESTORE.txt",
    }
    assert all(mode(path) == 0o600 for path in folder.iterdir())
    assert "roundtwo import" in (folder / "HOW-TO-RESTORE.txt").read_text()


def test_the_backup_is_taken_once_then_commands_start_without_one(
    old_database: Database, tmp_path: Path
) -> None:
    database = behind(old_database)
    assert database.run("user", "unlock", "alice").returncode == 0

    second = database.run("user", "unlock", "alice")

    assert second.returncode == 0, second.stderr
    assert "backup" not in second.stdout
    only_backup(database)


def test_a_fresh_database_writes_no_backup(tmp_path: Path) -> None:
    database = Database(tmp_path / "data")

    result = database.run("user", "create", "alice", "--password", PASSWORD)

    assert result.returncode == 0, result.stderr
    assert "backup" not in result.stdout
    assert not (database.data_dir / "backups").exists()


def test_when_the_export_cannot_read_the_old_tables_the_whole_copy_is_the_backup(
    old_database: Database, tmp_path: Path
) -> None:
    database = rehearse_behind(old_database)

    result = database.run("user", "unlock")

    assert result.returncode == 0, result.stderr
    folder = only_backup(database)
    assert not list(folder.glob("account-*.json"))
    assert (folder / ("tables.json" if database.url else "roundtwo.sqlite3")).stat().st_size > 0
    notes = (folder / "HOW-TO-RESTORE.txt").read_text()
    assert "cannot read the older tables" in notes


def test_a_failed_migration_leaves_the_data_as_it_was_and_says_how_to_restore(
    old_database: Database, tmp_path: Path
) -> None:
    database = rehearse_behind(behind(old_database))
    before = database.counts()

    result = database.run(
        "export", "--user", "alice", "--out", str(tmp_path / "a.json"), prelude=FAIL_A_MIGRATION
    )

    assert result.returncode == 1
    assert "could not upgrade the database (disk full while adding a column)" in result.stderr
    assert "Nothing was lost" in result.stderr
    assert "HOW-TO-RESTORE.txt" in result.stderr
    assert not (tmp_path / "a.json").exists()
    assert database.applied("background") == BEHIND
    assert "0003_attempt_media_bytes" not in database.applied("rehearse")
    after = database.counts()
    assert {t: n for t, n in after.items() if t not in GROWING} == {
        t: n for t, n in before.items() if t not in GROWING
    }
    assert only_backup(database).is_dir()


def test_a_backup_that_cannot_be_written_stops_before_any_change(old_database: Database) -> None:
    database = behind(old_database)
    backups = database.data_dir / "backups"
    backups.write_text("a file where the backups folder should be")

    result = database.run("user", "unlock")

    assert result.returncode == 1
    assert "could not write the backup" in result.stderr
    assert "Nothing was changed" in result.stderr
    assert database.applied("background") == BEHIND
