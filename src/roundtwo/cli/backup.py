from __future__ import annotations

import json
from pathlib import Path

import click
from django.conf import settings

from roundtwo.cli.migrating import migrate_database
from roundtwo.cli.users import USER_OPTION, resolve_user
from roundtwo.engines import untrusted_json


@click.command()
@click.option(
    "--out",
    "out",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="Where to write the JSON file.",
)
@USER_OPTION
def export(out: Path, username: str | None) -> None:
    """Write all of an account's data to one versioned JSON file (also the backup format)."""
    from roundtwo.backup.document import export_document

    migrate_database()
    document = export_document(resolve_user(username))
    out.write_text(json.dumps(document, indent=2, ensure_ascii=False), encoding="utf-8")
    click.echo(f"Wrote {len(document['opportunities'])} opportunities to {out}.")


@click.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@USER_OPTION
def import_(path: Path, username: str | None) -> None:
    """Restore an account's data from an export file, replacing what is there now."""
    from roundtwo.backup.document import ImportRefused, import_document

    migrate_database()
    if path.stat().st_size > settings.MAX_IMPORT_BYTES:
        raise click.ClickException(
            "The file is too large to be a Round Two export. Nothing was changed."
        )
    try:
        document = untrusted_json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise click.ClickException(
            "The file is not readable JSON (not UTF-8 text). Nothing was changed."
        ) from None
    except untrusted_json.UntrustedJSONError as error:
        raise click.ClickException(
            f"The file is not readable JSON. {error} Nothing was changed."
        ) from None
    try:
        summary = import_document(document, resolve_user(username))
    except ImportRefused as refusal:
        raise click.ClickException(f"{refusal} Nothing was changed.") from None
    click.echo(f"Read {path}.")
    for line in summary.lines():
        click.echo(line)
