from __future__ import annotations

import click

from roundtwo.cli.migrating import migrate_database
from roundtwo.cli.users import USER_OPTION, resolve_user


@click.command()
@USER_OPTION
@click.option("--remove", is_flag=True, help="Remove the sample and everything made for it.")
def demo(username: str | None, remove: bool) -> None:
    """Load a sample opportunity with every area filled (once per account), or remove it."""
    from roundtwo.opportunities.demo import existing_sample, load_demo
    from roundtwo.opportunities.sample.removal import remove_sample

    migrate_database()
    user = resolve_user(username)
    found = existing_sample(user)
    if remove:
        if found is None:
            click.echo("There is no sample to remove.")
            return
        remove_sample(found)
        click.echo(f"Removed the sample opportunity: {found}.")
        return
    if found is not None:
        click.echo(f"The sample is already loaded: {found} (id {found.pk}).")
        return
    opportunity = load_demo(user)
    click.echo(f"Loaded the sample opportunity: {opportunity} (id {opportunity.pk}).")
    click.echo("Its spoken answer is transcribed by the worker once `roundtwo serve` runs.")
