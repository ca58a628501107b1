from __future__ import annotations

import ipaddress
import sys
import threading
import webbrowser

import click
from django.conf import settings

from roundtwo.cli.migrating import migrate_database
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
@click.option(
    "--workers",
    type=click.IntRange(0, 64),
    default=0,
    show_default=True,
    help="Web processes (gunicorn, Linux). 0: one process (waitress) with the worker inside.",
)
@click.option(
    "--threads",
    type=click.IntRange(1, 64),
    default=8,
    show_default=True,
    help="Threads in each web process.",
)
@click.option("--open", "open_browser", is_flag=True, help="Open the app in your web browser.")
def serve(
    host: str, port: int, no_worker: bool, workers: int, threads: int, open_browser: bool
) -> None:
    """Apply migrations, start the background worker and serve the web app.

    With --workers N the site runs N gunicorn processes of --threads threads each, and no
    background worker: start `roundtwo worker` beside them (see docs/hosting.md).
    """

    if not is_loopback(host) and not settings.HOSTED:
        raise click.UsageError(
            f"Round Two listens only on this machine unless ROUNDTWO_HOSTED=true "
            f"(asked for {host})."
        )
    if workers and open_browser:
        raise click.UsageError("--open works with the one-process server: leave out --workers.")
    migrate_database()
    tighten(settings.DATA_DIR)  # a data directory made by an older version, readable by others
    if workers:
        _serve_processes(host, port, workers, threads)
        return
    _serve_one_process(host, port, threads, no_worker, open_browser)


def _serve_processes(host: str, port: int, workers: int, threads: int) -> None:
    if sys.platform == "win32":
        raise click.UsageError("--workers needs Linux or macOS (gunicorn); on Windows omit it.")
    from roundtwo.cli.hosted_server import serve_with_gunicorn

    click.echo(
        f"Round Two is running at http://{host}:{port}/ in {workers} processes of {threads} "
        f"threads (data: {settings.DATA_DIR})."
    )
    click.echo("Background work needs `roundtwo worker` running beside it. Ctrl+C stops.")
    serve_with_gunicorn(host, port, workers, threads)


def _serve_one_process(
    host: str, port: int, threads: int, no_worker: bool, open_browser: bool
) -> None:
    import waitress

    from roundtwo.background.worker import start_in_thread
    from roundtwo.wsgi import application

    if not no_worker:
        start_in_thread()
    server = waitress.create_server(
        application, host=host, port=port, threads=threads, ident="roundtwo"
    )
    url = f"http://{host}:{port}/"
    click.echo(f"Round Two is running at {url}  (data: {settings.DATA_DIR})")
    click.echo("Press Ctrl+C to stop.")
    if open_browser:
        # The socket already listens, so the browser's first request waits in its queue.
        threading.Thread(target=webbrowser.open, args=(url,), daemon=True).start()
    server.run()


@click.command()
def worker() -> None:
    """Run a background worker alone (for hosted use beside several web processes)."""
    from roundtwo.background.worker import make_worker

    migrate_database()
    tighten(settings.DATA_DIR)
    click.echo("Round Two worker started. Press Ctrl+C to stop.")
    runner = make_worker()
    runner.configure_signals()
    runner.run()


@click.command()
def migrate() -> None:
    """Apply database migrations now (an upgrade, before the web processes restart).

    As every command does, it writes a backup first when the database holds older data."""
    migrate_database()
    click.echo("The database is up to date.")
