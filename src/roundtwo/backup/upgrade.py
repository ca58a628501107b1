"""Migrate on start, after a backup, when an existing database is behind this version.

A newer Round Two installed over an older one finds migrations to apply. Before the first of
them runs, everything is copied into backups/pre-upgrade-<version>-<time>/ in the data
directory (owner only): each account's export document where this version can still read the
old tables, and always a copy of every row whatever the schema (the SQLite file itself, or every
table as JSON on PostgreSQL). If a migration fails, the database is put back as it was: the
SQLite copy is restored, and on PostgreSQL all migrations run in one transaction, rolled back.
A fresh database has nothing to lose, so it gets no backup.
"""

from __future__ import annotations

import base64
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder

from roundtwo import __version__, private_files
from roundtwo.backup.document import export_document

Say = Callable[[str], None]


class UpgradeFailed(Exception):
    """A migration failed; the database was put back and the message says what to do."""


@dataclass
class UpgradeBackup:
    folder: Path
    pending: list[str]
    exported: list[Path] = field(default_factory=list)
    export_problem: str = ""
    snapshot: Path | None = None


def pending_migrations(connection: BaseDatabaseWrapper) -> list[str]:
    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    return [f"{migration.app_label}.{migration.name}" for migration, _backwards in plan]


def is_fresh(connection: BaseDatabaseWrapper) -> bool:
    recorder = MigrationRecorder(connection)
    return not recorder.has_table() or not recorder.applied_migrations()


def migrate(say: Say = print, alias: str = DEFAULT_DB_ALIAS) -> UpgradeBackup | None:
    """Bring the database up to this version; returns the backup when one was written."""
    connection = connections[alias]
    pending = [] if is_fresh(connection) else pending_migrations(connection)
    if not pending:
        call_command("migrate", database=alias, verbosity=0)
        return None
    try:
        backup = write_backup(connection, pending)
    except OSError as error:
        raise UpgradeFailed(
            f"Round Two {__version__} needs to upgrade the database but could not write the "
            f"backup it takes first ({error}). Nothing was changed. Free some space in "
            f"{settings.DATA_DIR} (or fix its permissions) and start again."
        ) from error
    say(describe_backup(backup))
    try:
        run_migrations(connection)
    except Exception as error:
        put_back(connection, backup)
        raise UpgradeFailed(failure_message(backup, error)) from error
    return backup


def write_backup(connection: BaseDatabaseWrapper, pending: list[str]) -> UpgradeBackup:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    folder = private_files.private_dir(
        settings.DATA_DIR / "backups" / f"pre-upgrade-{__version__}-{stamp}"
    )
    backup = UpgradeBackup(folder=folder, pending=pending)
    if connection.vendor == "sqlite":
        backup.snapshot = folder / "roundtwo.sqlite3"
        copy_sqlite(Path(connection.settings_dict["NAME"]), backup.snapshot)
    else:
        write_json(folder / "tables.json", dump_tables(connection))
    try:
        for user in get_user_model().objects.order_by("id"):
            path = folder / f"account-{user.pk}.json"
            write_json(path, export_document(user))
            backup.exported.append(path)
    except DatabaseError as error:
        # The old tables lack a column this version's export reads; the copy above has it all.
        backup.export_problem = str(error).splitlines()[0] if str(error) else type(error).__name__
        for path in backup.exported:
            path.unlink()
        backup.exported.clear()
    write_restore_notes(backup)
    return backup


def copy_sqlite(source: Path, target: Path) -> None:
    """SQLite's own online backup: consistent even with the write-ahead log in use."""
    private_files.write_private(target, b"")
    with sqlite3.connect(source) as live, sqlite3.connect(target) as copy:
        live.backup(copy)
    live.close()
    copy.close()


def dump_tables(connection: BaseDatabaseWrapper) -> dict[str, Any]:
    tables: dict[str, list[dict[str, Any]]] = {}
    with connection.cursor() as cursor:
        for table in sorted(connection.introspection.table_names(cursor)):
            # Table names come from the database's own catalogue, quoted.
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")  # noqa: S608
            columns = [column[0] for column in cursor.description]
            tables[table] = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
    return {"format": "roundtwo-tables", "roundtwo_version": __version__, "tables": tables}


class _Encoder(DjangoJSONEncoder):
    def default(self, o: Any) -> Any:
        if isinstance(o, bytes | memoryview):
            return {"base64": base64.b64encode(bytes(o)).decode("ascii")}
        return super().default(o)


def write_json(path: Path, document: Any) -> None:
    text = json.dumps(document, indent=2, ensure_ascii=False, cls=_Encoder)
    private_files.write_private(path, text.encode("utf-8"))


def run_migrations(connection: BaseDatabaseWrapper) -> None:
    if connection.features.can_rollback_ddl and connection.vendor != "sqlite":
        # PostgreSQL changes tables inside transactions: all the migrations commit, or none.
        with transaction.atomic(using=connection.alias):
            call_command("migrate", database=connection.alias, verbosity=0)
    else:
        # SQLite cannot change tables inside an outer transaction; its copy is restored instead.
        call_command("migrate", database=connection.alias, verbosity=0)


def put_back(connection: BaseDatabaseWrapper, backup: UpgradeBackup) -> None:
    if backup.snapshot is None:
        return  # PostgreSQL: the transaction was rolled back
    connection.close()
    with (
        sqlite3.connect(backup.snapshot) as copy,
        sqlite3.connect(connection.settings_dict["NAME"]) as live,
    ):
        copy.backup(live)
    copy.close()
    live.close()


def describe_backup(backup: UpgradeBackup) -> str:
    count = len(backup.pending)
    return (
        f"Upgrading the database to Round Two {__version__} ({count} change"
        f"{'s' if count != 1 else ''}). A backup was written first: {backup.folder}"
    )


def restore_steps(backup: UpgradeBackup) -> list[str]:
    steps = []
    if backup.snapshot is not None:
        steps.append(
            f"The whole database as it was: {backup.snapshot.name}. To go back to it, stop "
            "Round Two, reinstall the version you used before, and copy this file over "
            f"{connection_name()} (remove the -wal and -shm files beside it)."
        )
    else:
        steps.append(
            "Every table as it was: tables.json (one JSON list of rows per table), to load into "
            "an empty database of the version you used before."
        )
    if backup.exported:
        steps.append(
            "Each account's export: account-<id>.json. With the version you used before, or "
            "this one, `roundtwo import account-<id>.json --user NAME` restores that account."
        )
    else:
        steps.append(
            "No account export was written: this version's export cannot read the older tables "
            f"({backup.export_problem}). The copy above holds everything."
        )
    return steps


def connection_name() -> str:
    return str(connections[DEFAULT_DB_ALIAS].settings_dict["NAME"])


def write_restore_notes(backup: UpgradeBackup) -> None:
    lines = [
        f"Backup written by Round Two {__version__} before upgrading the database.",
        "Migrations that were about to run: " + ", ".join(backup.pending),
        "",
        *restore_steps(backup),
    ]
    private_files.write_private(backup.folder / "HOW-TO-RESTORE.txt", "\n".join(lines).encode())


def failure_message(backup: UpgradeBackup, error: Exception) -> str:
    detail = str(error).splitlines()[0] if str(error) else type(error).__name__
    where = "restored from the copy" if backup.snapshot else "rolled back"
    return (
        f"Round Two {__version__} could not upgrade the database ({detail}). Nothing was lost: "
        f"the database was {where}, exactly as it was before. Until this is fixed, reinstall "
        "the version you used before (for example `pipx install roundtwo==OLD_VERSION`) and "
        f"keep working with it. A full backup is in {backup.folder}; its HOW-TO-RESTORE.txt "
        "says how to use it."
    )
