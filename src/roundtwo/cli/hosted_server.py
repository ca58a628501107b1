"""Several web processes for a hosted site: gunicorn, each process with a few threads.

Why no preload: every process imports the app after the fork, so nothing made at import (a
database connection, a model loaded into memory, a thread) is shared between processes by
accident. The models pages use (sentence vectors, spaCy) load in each process before it takes
requests (`warm_models`); preloading them in the master would save little memory and would hand
one open connection to every child. Speech loads only in the background workers.
The background worker never runs inside these processes: it runs as `roundtwo worker`, one or
more, beside them (possibly on other hosts, with the files in shared storage).
"""

from __future__ import annotations

from typing import Any

from django.db import connections


def warm_models(worker: Any) -> None:
    """Load the models pages use before this process takes requests. Loaded on first use
    instead, spaCy and the sentence vectors hold the GIL for seconds, so every request that
    reached a new process (at start, or after max_requests replaced one) waited behind them."""
    from roundtwo.engines.answers.loader import warm_up as warm_answers
    from roundtwo.engines.practice.embeddings import warm_up as warm_practice

    warm_answers()
    warm_practice()


def serve_with_gunicorn(host: str, port: int, workers: int, threads: int) -> None:
    from gunicorn.app.base import BaseApplication  # Linux and macOS only

    class RoundTwo(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            options: dict[str, Any] = {
                "bind": f"{host}:{port}",
                "workers": workers,
                "threads": threads,
                "worker_class": "gthread",
                "preload_app": False,
                "timeout": 60,  # a request stuck this long is a bug; the process is replaced
                "graceful_timeout": 30,
                # Longer than the 4 s between a recording's pieces, so a browser's kept
                # connection is not closed just as it sends the next piece (a reset, then a retry).
                "keepalive": 15,
                # One worker restarted now and then, at different times (jitter), bounds any slow
                # leak without ever restarting them all at once.
                "max_requests": 20_000,
                "max_requests_jitter": 2_000,
                "proc_name": "roundtwo",
                # gunicorn 27's control socket would go to ~/.gunicorn; nothing here uses it.
                "control_socket_disable": True,
                "accesslog": None,
                "errorlog": "-",
                "post_worker_init": warm_models,
            }
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self) -> Any:
            from roundtwo.wsgi import application

            return application

    # The master ran the migrations: close its connection so no child inherits the socket.
    connections.close_all()
    RoundTwo().run()
