"""Which opportunity a command means: an id or a unique part of the company name.

Shared by the commands that act on one opportunity (`pack`, `calendar`, `followup`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from roundtwo.cli.users import resolve_user

if TYPE_CHECKING:  # the model module needs Django set up, which the CLI group does first
    from roundtwo.opportunities.models import Opportunity


def find_opportunity(spec: str, username: str | None = None) -> Opportunity:
    """The account's opportunity with this id, else the one whose company name contains spec.

    The account is the only one there is, or the one named (as `--user` does elsewhere).
    Raises click.ClickException with a message that says what to type instead.
    """
    from roundtwo.opportunities.models import Opportunity

    text = spec.strip()
    if not text:
        raise click.ClickException("Name an opportunity: its id or part of the company name.")
    owned = Opportunity.objects.filter(owner=resolve_user(username)).order_by("id")
    if text.isdigit():
        found = owned.filter(pk=int(text)).first()
        if found is not None:
            return found
    return _by_company(list(owned), text)


def _by_company(opportunities: list[Opportunity], text: str) -> Opportunity:
    # casefold in Python: SQLite's LIKE folds ASCII only, and names come in any script
    wanted = text.casefold()
    matches = [o for o in opportunities if wanted in o.company.casefold()]
    exact = [o for o in matches if o.company.casefold() == wanted]
    if len(exact) == 1:
        return exact[0]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        known = ", ".join(f"{o.pk}: {o.company}" for o in opportunities[:10]) or "none yet"
        raise click.ClickException(
            f"No opportunity has the id or company {text!r}. Your opportunities: {known}."
        )
    listed = ", ".join(f"{o.pk}: {o}" for o in matches[:10])
    raise click.ClickException(
        f"{text!r} matches several opportunities ({listed}). Use the id or more of the name."
    )
