"""`roundtwo followup draft`: the thank-you drafts for an opportunity, from your debriefs.

The drafts come from the same code as the Follow up page; nothing is saved.
"""

from __future__ import annotations

import json

import click

from roundtwo.cli.lookup import find_opportunity
from roundtwo.cli.migrating import migrate_database
from roundtwo.cli.users import USER_OPTION


@click.group()
def followup() -> None:
    """After the interview: a personal thank-you note to each interviewer."""


@followup.command("draft")
@click.argument("opportunity")
@click.option("--tone", type=click.Choice(["warm", "formal"]), default="warm", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON list (the stable contract).")
@USER_OPTION
def draft(opportunity: str, tone: str, as_json: bool, username: str | None) -> None:
    """One draft per round-two interviewer (everyone entered when no one is in round two).

    OPPORTUNITY is an id or a unique part of the company name.
    """
    from roundtwo.followup.drafting import drafts_for

    migrate_database()
    drafts = [d for _, d in drafts_for(find_opportunity(opportunity, username), tone)]
    if as_json:
        rows = [
            {
                "interviewer": d.interviewer,
                "to": d.to or None,
                "subject": d.subject,
                "body": d.body,
                "topics_used": list(d.topics_used),
            }
            for d in drafts
        ]
        click.echo(json.dumps(rows, ensure_ascii=False))
        return
    if not drafts:
        click.echo("No interviewers yet: add the people you met first.")
    for d in drafts:
        click.echo(f"To: {d.interviewer}" + (f" <{d.to}>" if d.to else ""))
        click.echo(f"Subject: {d.subject}\n\n{d.body}")
        for warning in d.warnings:
            click.echo(f"! {warning}")
        click.echo("\n" + "-" * 60)
