"""Two copies of one recording piece sent at the same moment: one is stored, one gets 409.

Against `roundtwo serve` (waitress, 8 threads) on a real database, the way a browser that
retries a piece meets the server; each trial races the first piece of a fresh attempt, the
case that used to store both copies and leave a file no attempt refers to.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from tests.recovery.live import LiveServer, live_server, opportunity_with_account
from tests.recovery.test_crash_recovery import question_of_new_drill

TRIALS = 50
COPIES = 2


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    with live_server(tmp_path, "races") as started:
        yield started


def race(server: LiveServer, session: requests.Session, chunk_url: str) -> list[int]:
    start = threading.Barrier(COPIES)
    statuses: list[int] = []

    def send() -> None:
        start.wait()
        response = server.post(session, chunk_url, data=b"piece", headers={"X-Chunk-Index": "0"})
        statuses.append(response.status_code)

    threads = [threading.Thread(target=send) for _ in range(COPIES)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sorted(statuses)


def test_a_piece_sent_twice_at_once_is_stored_once_in_fifty_trials(server: LiveServer) -> None:
    opp = opportunity_with_account(server)
    sample = dict(server.query("SELECT id, media_path FROM rehearse_attempt"))  # its spoken answer
    server.start()
    session = server.sign_in("alice")
    question = question_of_new_drill(server, session, opp)
    begin = f"/o/{opp}/rehearse/q/{question}/begin/"
    outcomes = [
        race(server, session, server.post(session, begin).json()["chunk_url"])
        for _ in range(TRIALS)
    ]
    assert outcomes == [[200, 409]] * TRIALS

    rows = server.query("SELECT id, chunks_received, media_path FROM rehearse_attempt")
    attempts = [(pieces, path) for pk, pieces, path in rows if pk not in sample]
    assert len(attempts) == TRIALS
    files = {
        path.name: path
        for path in (server.data_dir / "media" / "rehearse").glob("*.rec")
        if path.name not in {Path(name).name for name in sample.values()}
    }
    assert set(files) == {media_path for _pieces, media_path in attempts}  # no stray file
    assert all(pieces == 1 for pieces, _ in attempts)
    assert all(path.read_bytes() == b"piece" for path in files.values())
