"""`roundtwo org ...`: found an organisation with its first admin, name another, list them."""

from __future__ import annotations

import click

from roundtwo.cli.migrating import migrate_database

PLURALS = {"admin": "admins", "coach": "coaches", "candidate": "candidates"}


@click.group()
def org() -> None:
    """Organisations (a career centre): a hosted site makes the first admin here."""


@org.command("create")
@click.argument("name")
@click.option("--admin", "username", required=True, metavar="USERNAME", help="Its first admin.")
def create(name: str, username: str) -> None:
    """Create the organisation NAME with USERNAME as its admin."""
    from roundtwo.cli.users import resolve_user
    from roundtwo.organisations.membership import MembershipError, found

    migrate_database()
    try:
        organisation = found(name, resolve_user(username))
    except MembershipError as error:
        raise click.UsageError(str(error)) from None
    click.echo(
        f"Created {organisation.name!r} with {username!r} as admin: they invite coaches and "
        "candidates from its page (Organisations, in the header)."
    )


@org.command("admin")
@click.argument("name")
@click.argument("username")
def admin(name: str, username: str) -> None:
    """Make USERNAME an admin of NAME (for example when its last admin deleted their account)."""
    from roundtwo.cli.users import resolve_user
    from roundtwo.organisations.membership import make_admin
    from roundtwo.organisations.models import Organisation

    migrate_database()
    organisation = Organisation.objects.filter(name__iexact=name.strip()).first()
    if organisation is None:
        raise click.UsageError(f"There is no organisation named {name!r}.")
    make_admin(organisation, resolve_user(username))
    click.echo(f"{username!r} is an admin of {organisation.name!r}.")


@org.command("list")
def list_() -> None:
    """Every organisation, with how many members of each role (no names)."""
    from django.db.models import Count, Q

    from roundtwo.organisations.models import Organisation

    migrate_database()
    rows = Organisation.objects.annotate(
        **{role: Count("memberships", filter=Q(memberships__role=role)) for role in PLURALS}
    )
    if not rows:
        click.echo("No organisation yet: `roundtwo org create NAME --admin USERNAME`.")
    for row in rows:
        counts = ", ".join(f"{plural}: {getattr(row, role)}" for role, plural in PLURALS.items())
        click.echo(f"{row.name}: {counts}")
