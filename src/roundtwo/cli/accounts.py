from __future__ import annotations

import click
from django.contrib.auth import get_user_model, password_validation
from django.core.exceptions import ValidationError
from django.core.validators import validate_email

from roundtwo.cli.migrating import migrate_database


@click.group()
def user() -> None:
    """Manage accounts (hosted sites create their first account here)."""


@user.command("create")
@click.argument("username")
@click.password_option(help="The password (asked for when not given).")
@click.option("--email", default="", help="Where password-reset links go (hosted sites with mail).")
def create(username: str, password: str, email: str) -> None:
    """Create an account named USERNAME."""
    migrate_database()
    model = get_user_model()
    if model.objects.filter(username=username).exists():
        raise click.UsageError(f"An account named {username!r} already exists.")
    candidate = model(username=username, email=email.strip())
    try:
        if candidate.email:
            validate_email(candidate.email)
        password_validation.validate_password(password, candidate)
    except ValidationError as error:
        raise click.UsageError(" ".join(error.messages)) from None
    model.objects.create_user(username=username, password=password, email=candidate.email)
    click.echo(f"Created the account {username!r}.")


@user.command("password")
@click.argument("username")
@click.password_option(prompt="New password", help="The new password (asked for when not given).")
def set_password(username: str, password: str) -> None:
    """Set a new password for USERNAME (a forgotten one, when the site sends no mail)."""
    from roundtwo.cli.users import resolve_user

    migrate_database()
    account = resolve_user(username)
    try:
        password_validation.validate_password(password, account)
    except ValidationError as error:
        raise click.UsageError(" ".join(error.messages)) from None
    account.set_password(password)
    account.save(update_fields=["password"])
    click.echo(f"New password set for {username!r}; its browsers are signed out.")


@user.command("unlock")
@click.argument("username", required=False)
def unlock(username: str | None) -> None:
    """Forget failed sign-ins, of USERNAME or of everyone, so sign-in works again at once."""
    from axes.utils import reset  # type: ignore[import-untyped]

    migrate_database()
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

    migrate_database()
    files = erase_account(resolve_user(username))
    click.echo(f"Deleted the account {username!r} and {files} file{'s' if files != 1 else ''}.")
