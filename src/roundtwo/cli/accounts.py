from __future__ import annotations

import click
from django.contrib.auth import get_user_model, password_validation
from django.core.exceptions import ValidationError
from django.core.management import call_command


@click.group()
def user() -> None:
    """Manage accounts (hosted sites create their first account here)."""


@user.command("create")
@click.argument("username")
@click.password_option(help="The password (asked for when not given).")
def create(username: str, password: str) -> None:
    """Create an account named USERNAME."""
    call_command("migrate", verbosity=0)
    model = get_user_model()
    if model.objects.filter(username=username).exists():
        raise click.UsageError(f"An account named {username!r} already exists.")
    candidate = model(username=username)
    try:
        password_validation.validate_password(password, candidate)
    except ValidationError as error:
        raise click.UsageError(" ".join(error.messages)) from None
    model.objects.create_user(username=username, password=password)
    click.echo(f"Created the account {username!r}.")


@user.command("unlock")
@click.argument("username", required=False)
def unlock(username: str | None) -> None:
    """Forget failed sign-ins, of USERNAME or of everyone, so sign-in works again at once."""
    from axes.utils import reset  # type: ignore[import-untyped]

    call_command("migrate", verbosity=0)
    count = reset(username=username) if username else reset()
    click.echo(f"Forgot {count} record{'s' if count != 1 else ''} of failed sign-ins.")


@user.command("delete")
@click.argument("username")
@click.confirmation_option(
    prompt="This deletes the account with all its data and files. Export it first if needed. Go on?"
)
def delete(username: str) -> None:
    """Delete USERNAME with every row and file of it (what the account page's delete does)."""
    from roundtwo.accounts.erasure import erase_account
    from roundtwo.cli.users import resolve_user

    call_command("migrate", verbosity=0)
    files = erase_account(resolve_user(username))
    click.echo(f"Deleted the account {username!r} and {files} file{'s' if files != 1 else ''}.")
