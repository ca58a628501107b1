from __future__ import annotations

import ipaddress

import click
from django.conf import settings
from django.core.management import call_command

from roundtwo.config import DEFAULT_HOST, DEFAULT_PORT
from roundtwo.private_files import tighten


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@click.command()
@click.option("--host", default=DEFAULT_HOST, show_default=True, help="Address to listen on.")
@click.option("--port", default=DEFAULT_PORT, show_default=True, type=click.IntRange(1, 65535))
@click.option("--no-worker", is_flag=True, help="Do not run the background worker in this process.")
def serve(host: str, port: int, no_worker: bool) -> None:
    """Apply migrations, start the background worker and serve the web app."""
    import waitress

    from roundtwo.background.worker import start_in_thread
    from roundtwo.wsgi import application

    if not is_loopback(host) and not settings.HOSTED:
        raise click.UsageError(
            f"Round Two listens only on this machine unless ROUNDTWO_HOSTED=true "
            f"(asked for {host})."
        )
    call_command("migrate", verbosity=0)
    tighten(settings.DATA_DIR)  # a data directory made by an older version, readable by others
    if not no_worker:
        start_in_thread()
    click.echo(f"Round Two is running at http://{host}:{port}/  (data: {settings.DATA_DIR})")
    click.echo("Press Ctrl+C to stop.")
    waitress.serve(application, host=host, port=port, threads=8, ident="roundtwo")


@click.command()
def worker() -> None:
    """Run a background worker alone (for hosted use beside several web processes)."""
    from roundtwo.background.worker import make_worker

    call_command("migrate", verbosity=0)
    tighten(settings.DATA_DIR)
    click.echo("Round Two worker started. Press Ctrl+C to stop.")
    runner = make_worker()
    runner.configure_signals()
    runner.run()
