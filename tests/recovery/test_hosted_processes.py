"""The hosted layout as run: gunicorn web processes and two `roundtwo worker`s on PostgreSQL.

Exports queued through the web are each run once, by one of the workers, whichever process
served the request; a session made by one web process is honoured by the others.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.recovery.live import LiveServer, live_server, opportunity_with_account

pytestmark = pytest.mark.skipif(
    not os.environ.get("DATABASE_URL", "").startswith("postgres"),
    reason="the hosted layout runs on PostgreSQL",
)
EXPORTS = 6
WITHIN = 120.0


@pytest.fixture
def hosted(tmp_path: Path) -> Iterator[tuple[LiveServer, list[subprocess.Popen[bytes]]]]:
    with live_server(tmp_path, "hosted") as server:
        server.serve_args = ["--workers", "2", "--threads", "2"]
        opportunity_with_account(server)
        server.start()
        workers = [
            subprocess.Popen(
                [sys.executable, "-m", "roundtwo", "worker"],
                env=server.env,
                stdout=(tmp_path / f"worker-{n}.log").open("wb"),
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            for n in range(2)
        ]
        try:
            yield server, workers
        finally:
            for worker in workers:
                os.killpg(worker.pid, signal.SIGTERM)
                worker.wait(timeout=30)


def test_several_web_processes_and_two_workers_run_each_export_once(
    hosted: tuple[LiveServer, list[subprocess.Popen[bytes]]],
) -> None:
    server, workers = hosted
    session = server.sign_in("alice")
    for _ in range(EXPORTS):
        answer = server.post(session, "/backup/export/", allow_redirects=False)
        assert answer.status_code == 302, answer.status_code
    for _ in range(10):  # the same session, answered by whichever process takes the request
        page = session.get(f"{server.url}/", timeout=10, allow_redirects=False)
        assert page.status_code == 200
    deadline = time.monotonic() + WITHIN
    while time.monotonic() < deadline:
        rows = server.query(
            "SELECT status, worker_ids FROM django_tasks_database_dbtaskresult"
            " WHERE task_path LIKE %s",
            ("%export_user_data",),
        )
        if len(rows) == EXPORTS and all(status == "SUCCESSFUL" for status, _ in rows):
            break
        time.sleep(0.5)
    assert len(rows) == EXPORTS
    assert all(status == "SUCCESSFUL" for status, _ in rows), rows
    assert all(len(ids) == 1 for _, ids in rows), "a task was claimed more than once"
    pids = {worker.pid for worker in workers if worker.poll() is None}
    assert len(pids) == 2, "a worker stopped"
    done = server.query("SELECT count(*) FROM background_job WHERE status = %s", ("done",))
    assert done[0][0] == EXPORTS
