"""`roundtwo ...`: the command line. Each command module calls the same code the views call.

Add a command by writing a module here with a click command and listing it in COMMANDS.
"""

from __future__ import annotations

import os
from typing import Any

import click

from roundtwo import __version__
from roundtwo.cli import (
    accounts,
    analyze,
    backup,
    demo,
    followup,
    organisations,
    pack,
    questions,
    research,
    serve,
    transcript,
)


class GuardedGroup(click.Group):
    """The last line of defence: a crash nobody foresaw (a parser giving up on a hostile file)
    ends as one sentence and exit status 1, not a traceback. ROUNDTWO_DEBUG=true shows it."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as error:
            from django.conf import settings

            if settings.configured and settings.DEBUG:
                raise
            raise click.ClickException(
                f"Round Two could not finish this command ({type(error).__name__}). If you gave "
                "it a file, check that it is the kind of file this command reads. "
                "Set ROUNDTWO_DEBUG=true to see the details."
            ) from None


@click.group(cls=GuardedGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="roundtwo")
def main() -> None:
    """Round Two: prepare privately for a second-round job interview.

    Your data stays in a local database (SQLite in your data directory, or PostgreSQL when
    DATABASE_URL is set). Start with `roundtwo serve`, then open the address it prints.
    """
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "roundtwo.settings")
    import django

    django.setup()


COMMANDS = [
    serve.serve,
    serve.worker,
    serve.migrate,
    demo.demo,
    backup.export,
    backup.import_,
    accounts.user,
    organisations.org,
    analyze.analyze,
    transcript.transcript,
    research.research,
    questions.questions,
    questions.competencies,
    followup.followup,
    pack.pack,
    pack.calendar,
]
for command in COMMANDS:
    main.add_command(command)
