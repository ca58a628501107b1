from __future__ import annotations

import click
from django.core.management import call_command

from roundtwo.cli.users import USER_OPTION, resolve_user


@click.command()
@USER_OPTION
def demo(username: str | None) -> None:
    """Load a realistic sample opportunity with its interviewers and plan."""
    from roundtwo.opportunities.demo import load_demo

    call_command("migrate", verbosity=0)
    opportunity = load_demo(resolve_user(username))
    click.echo(f"Loaded the sample opportunity: {opportunity} (id {opportunity.pk}).")
