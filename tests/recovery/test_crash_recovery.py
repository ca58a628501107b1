"""kill -9 `roundtwo serve` during each kind of background work: after a restart it all ends.

The server is a real process with its worker thread, on a temporary data directory and its own
database (SQLite, or PostgreSQL when DATABASE_URL is set). The test waits until the work's task
row is RUNNING, kills the process, checks the row was left RUNNING, starts the server again and
waits for the work to end: every job done, every report ready, nothing saved lost.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests

from tests.engines.speech.conftest import EVAL, need_eval
from tests.recovery.live import LiveServer, live_server, opportunity_with_account

FINAL_WITHIN = 60.0
ANSWER = "Tell me about a time you changed how a team worked."
RESEARCH_TEXT = "Acme Logistics moves freight across Europe. " * 400


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    with live_server(tmp_path, "crash") as started:
        yield started


def recording() -> bytes:
    need_eval()
    return (EVAL / "jfk.wav").read_bytes()


def question_of_new_drill(server: LiveServer, session: requests.Session, opp: int) -> int:
    page = server.post(
        session, f"/o/{opp}/rehearse/start/", data={"kind": "drill", "question": ANSWER}
    )
    found = re.search(r"/rehearse/q/(\d+)/begin/", page.text)
    assert found, "the drill page offers no recording"
    return int(found.group(1))


def start_export(server: LiveServer, session: requests.Session, opp: int) -> None:
    assert server.post(session, "/backup/export/").ok


def start_pack(server: LiveServer, session: requests.Session, opp: int) -> None:
    data = {"pack-page_size": "A4", "pack-ask_for": "Priya at reception", "action": "make"}
    assert server.post(session, f"/o/{opp}/documents/pack/make/", data=data).ok


def start_research(server: LiveServer, session: requests.Session, opp: int) -> None:
    data = {"kind": "company", "text": RESEARCH_TEXT}
    assert server.post(session, f"/o/{opp}/research/sources/add/", data=data).ok


def start_finish(server: LiveServer, session: requests.Session, opp: int) -> None:
    question = question_of_new_drill(server, session, opp)
    files = {"recording": ("answer.wav", recording(), "audio/wav")}
    assert server.post(session, f"/o/{opp}/rehearse/q/{question}/upload/", files=files).ok


def start_advance(server: LiveServer, session: requests.Session, opp: int) -> None:
    question = question_of_new_drill(server, session, opp)
    urls = server.post(
        session, f"/o/{opp}/rehearse/q/{question}/begin/", data={"media_type": "audio/wav"}
    ).json()
    piece = server.post(
        session, urls["chunk_url"], data=recording(), headers={"X-Chunk-Index": "0"}
    )
    assert piece.ok


STARTERS: dict[str, Callable[[LiveServer, requests.Session, int], None]] = {
    "export_user_data": start_export,
    "make_pack_pdf": start_pack,
    "read_source_task": start_research,
    "finish_task": start_finish,
    "advance_task": start_advance,
}


def task_statuses(server: LiveServer, task_name: str) -> list[str]:
    rows = server.query(
        "SELECT status FROM django_tasks_database_dbtaskresult WHERE task_path LIKE %s",
        (f"%.{task_name}",),
    )
    return [status for (status,) in rows]


def wait_until_running(server: LiveServer, task_name: str, timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        statuses = task_statuses(server, task_name)
        if "RUNNING" in statuses:
            return True
        if statuses and all(status in {"SUCCESSFUL", "FAILED"} for status in statuses):
            return False  # it ended before it was seen running
        time.sleep(0.005)
    return False


def unfinished(server: LiveServer) -> list[str]:
    """What a user would still see as working, in words for the failure message."""
    left = [
        f"task {path.rsplit('.', 1)[-1]} {status}"
        for path, status in server.query(
            "SELECT task_path, status FROM django_tasks_database_dbtaskresult"
        )
        if status not in {"SUCCESSFUL", "FAILED"}
    ]
    left += [
        f"job {kind} {status}"
        for kind, status in server.query("SELECT kind, status FROM background_job")
        if status not in {"done", "failed"}
    ]
    left += [
        f"attempt {pk} {status}"
        for pk, status in server.query("SELECT id, status FROM rehearse_attempt")
        if status == "processing"
    ]
    return left


def wait_until_final(server: LiveServer) -> float:
    started = time.monotonic()
    while unfinished(server):
        elapsed = time.monotonic() - started
        assert elapsed < FINAL_WITHIN, f"still working after {elapsed:.0f} s: {unfinished(server)}"
        time.sleep(0.25)
    return time.monotonic() - started


def test_work_killed_mid_way_ends_after_a_restart_with_nothing_lost(server: LiveServer) -> None:
    opp = opportunity_with_account(server)
    sources = server.query("SELECT count(*) FROM research_source")[0][0]
    samples = {pk for (pk,) in server.query("SELECT id FROM rehearse_attempt")}  # its spoken answer
    server.start()
    killed = []
    for task_name, start_work in STARTERS.items():
        start_work(server, server.sign_in("alice"), opp)
        if wait_until_running(server, task_name):
            server.kill()
            assert "RUNNING" in task_statuses(server, task_name)
            killed.append(task_name)
            server.start()
        wait_until_final(server)
    # the quick tasks may end before they are seen running; the slow ones never do
    assert {"make_pack_pdf", "finish_task", "advance_task"} <= set(killed), killed

    session = server.sign_in("alice")
    attempts = [
        a
        for a in server.query(
            "SELECT id, status, media_path, chunks_received FROM rehearse_attempt"
        )
        if a[0] not in samples
    ]
    assert len(attempts) == 2
    recorded = next(a for a in attempts if a[3] == 1)
    finish = server.post(session, f"/o/{opp}/rehearse/a/{recorded[0]}/finish/")
    assert finish.ok
    wait_until_final(server)

    jobs = server.query("SELECT kind, status FROM background_job")
    assert sorted(jobs) == [("export", "done"), ("pack", "done"), ("research", "done")]
    for pk, status, media_path, _pieces in server.query(
        "SELECT id, status, media_path, chunks_received FROM rehearse_attempt"
    ):
        assert status == "done", f"attempt {pk} ended {status}"
        if pk in samples:
            continue
        sealed = server.data_dir / "media" / media_path  # the default storage's name
        assert sealed.stat().st_size == len(recording())
    assert server.query("SELECT count(*) FROM research_source") == [(sources + 1,)]
