"""Every command that opens the database first brings it up to this version, safely."""

from __future__ import annotations

import click


def migrate_database() -> None:
    """Apply pending migrations, after a backup when the database holds older data."""
    from roundtwo.backup.upgrade import UpgradeFailed, migrate

    try:
        migrate(say=click.echo)
    except UpgradeFailed as failure:
        raise click.ClickException(str(failure)) from None
