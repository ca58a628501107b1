"""Which account a command acts for."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click
from django.contrib.auth import get_user_model

if TYPE_CHECKING:  # the model module needs Django set up, which the CLI group does first
    from django.contrib.auth.models import User

USER_OPTION = click.option(
    "--user", "username", metavar="NAME", help="The account to use (needed when there are several)."
)


def resolve_user(username: str | None) -> User:
    users = get_user_model().objects
    if username:
        found = users.filter(username=username).first()
        if found is None:
            raise click.UsageError(f"There is no account named {username!r}.")
        return found
    count = users.count()
    if count == 0:
        raise click.UsageError(
            "There is no account yet. Create one with `roundtwo user create NAME`, "
            "or start `roundtwo serve` and open the page it prints."
        )
    if count > 1:
        raise click.UsageError("There are several accounts: choose one with --user NAME.")
    only: User = users.get()
    return only
