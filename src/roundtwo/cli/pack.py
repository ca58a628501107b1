"""`roundtwo pack` and `roundtwo calendar`: the interview-day pack and the calendar file."""

from __future__ import annotations

from pathlib import Path

import click

from roundtwo.cli.lookup import find_opportunity
from roundtwo.cli.migrating import migrate_database
from roundtwo.cli.users import USER_OPTION

OPPORTUNITY = click.argument("opportunity", metavar="OPPORTUNITY")
OUT_HELP = "Where to write the file (replaced if it exists)."


@click.command()
@OPPORTUNITY
@click.option(
    "--out",
    "out",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    required=True,
    help=OUT_HELP,
)
@click.option(
    "--page-size",
    type=click.Choice(["A4", "Letter"]),
    default=None,
    help="Paper size. Default: the one chosen in the app, else A4.",
)
@USER_OPTION
def pack(opportunity: str, out: Path, page_size: str | None, username: str | None) -> None:
    """Write the interview-day pack as a PDF.

    OPPORTUNITY is an id or a unique part of the company name. The pack holds the logistics,
    one section per round-two interviewer, the company cheat sheet, your top stories, the fit
    highlights, your questions to ask and your checklist; empty sections are left out.
    """
    from roundtwo.documents.pack import day_pack, pack_pdf

    migrate_database()
    found = find_opportunity(opportunity, username)
    size = page_size or day_pack(found).page_size
    data = pack_pdf(found, "Letter" if size == "Letter" else "A4")
    write(out, data)
    click.echo(f"Wrote the interview-day pack for {found} ({size}) to {out}.")


@click.command()
@OPPORTUNITY
@click.option(
    "--out",
    "out",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    required=True,
    help=OUT_HELP,
)
@USER_OPTION
def calendar(opportunity: str, out: Path, username: str | None) -> None:
    """Write the interview and the prep-plan tasks as an .ics calendar file.

    OPPORTUNITY is an id or a unique part of the company name. The interview is in its own
    time zone (all day when no time is entered), with reminders a day and an hour before.
    """
    from roundtwo.documents.calendar import CalendarUnavailable, calendar_file

    migrate_database()
    found = find_opportunity(opportunity, username)
    try:
        data = calendar_file(found)
    except CalendarUnavailable as reason:
        raise click.ClickException(str(reason)) from None
    write(out, data)
    click.echo(f"Wrote the calendar for {found} to {out}.")


def write(out: Path, data: bytes) -> None:
    try:
        out.write_bytes(data)
    except OSError as error:
        raise click.ClickException(f"Cannot write {out}: {error.strerror or error}.") from None
