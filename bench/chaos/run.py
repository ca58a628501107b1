"""kill -9 `roundtwo serve` during acknowledged writes and during background work; count losses.

Run: .venv/bin/python bench/chaos/run.py [--kills 25] [--job-kills 8] [--write]
(a throw-away data directory; with DATABASE_URL set the server runs on a PostgreSQL database
made and dropped beside the one it names; --write replaces the "chaos" section of RESULTS.md)

Writes: each round starts the server and runs writer threads that POST until it dies: checklist
items with unique labels (acknowledged = the 302 after saving) and the pieces of one recording
in order (acknowledged = 200). After 0.5-2.5 s the process gets SIGKILL; on SQLite,
`PRAGMA integrity_check` runs on the file before the next start. At the end every acknowledged
item must be in the database and every acknowledged piece in its recording, in order.

Background work: each round starts one kind of work (export, day pack, research read, rehearsal
analysis), kills the server as soon as its task is RUNNING, starts it again and times how long
the work takes to reach a final state.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "src"), str(ROOT), str(ROOT / "bench")]

from _results import (  # type: ignore[import-not-found,unused-ignore]  # noqa: E402
    dated_machine_line,
    write_section,
)

from tests.recovery.live import (  # noqa: E402
    LiveServer,
    live_server,
    opportunity_with_account,
)
from tests.recovery.test_crash_recovery import (  # noqa: E402
    STARTERS,
    question_of_new_drill,
    task_statuses,
    unfinished,
    wait_until_running,
)

WRITERS = 3  # checklist writers; one more thread sends recording pieces
ROTATION = ["make_pack_pdf", "finish_task", "export_user_data", "read_source_task"]


@dataclass
class Acknowledged:
    labels: list[str] = field(default_factory=list)
    pieces: dict[int, list[bytes]] = field(default_factory=dict)  # attempt id -> pieces
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def count(self) -> int:
        return len(self.labels) + sum(len(p) for p in self.pieces.values())


def copy_of(signed_in: requests.Session) -> requests.Session:
    """One session per thread, sharing the sign-in (requests' sessions are not thread-safe)."""
    session = requests.Session()
    session.cookies.update(signed_in.cookies)
    return session


def write_checklist(
    server: LiveServer, signed_in: requests.Session, opp: int, name: str, acked: Acknowledged
) -> None:
    session = copy_of(signed_in)
    for n in range(100_000):
        label = f"chaos {name} {n}"
        try:
            response = server.post(
                session,
                f"/o/{opp}/documents/checklist/add/",
                data={"check-label": label, "check-status": "todo"},
                allow_redirects=False,
            )
        except requests.RequestException:
            return  # the server died; what was not answered was not acknowledged
        if response.status_code == 302:
            with acked.lock:
                acked.labels.append(label)


def write_pieces(
    server: LiveServer, signed_in: requests.Session, opp: int, question: int, acked: Acknowledged
) -> None:
    session = copy_of(signed_in)
    try:
        urls = server.post(session, f"/o/{opp}/rehearse/q/{question}/begin/").json()
    except requests.RequestException:
        return
    attempt = int(urls["chunk_url"].rstrip("/").split("/")[-2])
    acked.pieces[attempt] = []
    for n in range(100_000):
        piece = f"<piece {attempt}:{n}>".encode() * 64
        try:
            response = server.post(
                session, urls["chunk_url"], data=piece, headers={"X-Chunk-Index": str(n)}
            )
        except requests.RequestException:
            return
        if response.status_code != 200:
            return
        acked.pieces[attempt].append(piece)


def pieces_kept(server: LiveServer, attempt: int, pieces: list[bytes]) -> int:
    """How many of the acknowledged pieces begin the stored recording, in order."""
    rows = server.query("SELECT media_path FROM rehearse_attempt WHERE id = %s", (attempt,))
    name = Path(str(rows[0][0] if rows else "")).name  # a piece file, or sealed beside it
    path = server.data_dir / "media" / "rehearse" / name
    data = path.read_bytes() if rows and path.is_file() else b""
    kept = offset = 0
    for piece in pieces:
        if data[offset : offset + len(piece)] != piece:
            break
        kept, offset = kept + 1, offset + len(piece)
    return kept


def integrity(server: LiveServer) -> str:
    if server.database_url:
        return "n/a (PostgreSQL)"
    connection = sqlite3.connect(server.data_dir / "roundtwo.sqlite3")
    try:
        return str(connection.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        connection.close()


def writes_phase(server: LiveServer, opp: int, kills: int) -> dict[str, Any]:
    acked = Acknowledged()
    checks: list[str] = []
    question = 0
    for round_ in range(kills):
        server.start()
        signed_in = server.sign_in("alice")
        if not question:
            question = question_of_new_drill(server, signed_in, opp)
        threads = [
            threading.Thread(
                target=write_checklist, args=(server, signed_in, opp, f"{round_}.{w}", acked)
            )
            for w in range(WRITERS)
        ]
        threads.append(
            threading.Thread(target=write_pieces, args=(server, signed_in, opp, question, acked))
        )
        for thread in threads:
            thread.start()
        time.sleep(random.uniform(0.5, 2.5))
        server.kill()
        for thread in threads:
            thread.join()
        checks.append(integrity(server))
    server.start()
    stored = {label for (label,) in server.query("SELECT label FROM documents_checklistitem")}
    lost_labels = [label for label in acked.labels if label not in stored]
    lost_pieces = sum(
        len(pieces) - pieces_kept(server, attempt, pieces)
        for attempt, pieces in acked.pieces.items()
    )
    database = (
        f"PostgreSQL {server.query('SHOW server_version')[0][0]}"
        if server.database_url
        else f"SQLite {sqlite3.sqlite_version} (WAL)"
    )
    server.kill()
    return {
        "database": database,
        "kills": kills,
        "acknowledged": acked.count,
        "acknowledged_items": len(acked.labels),
        "acknowledged_pieces": sum(len(p) for p in acked.pieces.values()),
        "lost": len(lost_labels) + lost_pieces,
        "integrity_ok": sum(1 for c in checks if c == "ok"),
        "integrity_checks": checks,
    }


def jobs_phase(server: LiveServer, opp: int, kills: int) -> dict[str, Any]:
    killed, times, outcomes = 0, [], []
    for round_ in range(kills):
        task_name = ROTATION[round_ % len(ROTATION)]
        server.start()
        STARTERS[task_name](server, server.sign_in("alice"), opp)
        if not wait_until_running(server, task_name):
            server.kill()
            continue
        server.kill()
        killed += 1
        restarted = time.monotonic()
        server.start()
        while unfinished(server) and time.monotonic() - restarted < 600:
            time.sleep(0.25)
        times.append(time.monotonic() - restarted)
        outcomes.append(task_statuses(server, task_name)[-1])
        server.kill()
    return {
        "killed": killed,
        "final": len(outcomes),
        "successful": outcomes.count("SUCCESSFUL"),
        "seconds": sorted(times),
    }


def section(writes: dict[str, Any], jobs: dict[str, Any], command: str) -> str:
    seconds = [float(s) for s in jobs["seconds"]]
    checks = writes["integrity_checks"]
    rows = [
        ("kill -9 during writes", writes["kills"]),
        (
            "acknowledged writes (checklist items + recording pieces)",
            f"{writes['acknowledged']} ({writes['acknowledged_items']} + "
            f"{writes['acknowledged_pieces']})",
        ),
        ("acknowledged writes lost", writes["lost"]),
        ("integrity check after each kill", integrity_figure(writes["integrity_ok"], checks)),
        ("kill -9 while a background task was running", jobs["killed"]),
        (
            "killed jobs reaching a final state",
            f"{jobs['final']} of {jobs['killed']} ({jobs['successful']} done)",
        ),
        (
            "restart to final state, median / slowest",
            f"{median(seconds):.1f} s / {max(seconds, default=0):.1f} s",
        ),
    ]
    table = "\n".join(f"| {name} | {value} |" for name, value in rows)
    engine = writes["database"].split()[0]
    return f"""## Crash recovery on {engine} (chaos: kill -9 during writes and background work)

{dated_machine_line(command)}
Database: {writes["database"]}; `roundtwo serve` (waitress, 8 threads, worker thread) as a
subprocess on a fresh data directory with the demo account. Writes: {WRITERS} threads adding
checklist items and one sending recording pieces, killed after 0.5-2.5 s each round.

| figure | value |
| --- | --- |
{table}

Background rounds rotate day pack, rehearsal analysis, export and research read, killing the
server as soon as the task is RUNNING. A worker's lease lapses 15 s after its last renewal, so
most of each time is the wait for the lease; the rest is the work run again.
kill -9 stops the process, not the machine: writes lost to a power cut are not measured here.
"""


def integrity_figure(ok: int, checks: list[str]) -> str:
    if checks and all(check.startswith("n/a") for check in checks):
        return "n/a (PostgreSQL: no database file to check)"
    return f'{ok} of {len(checks)} "ok"'


def median(values: list[float]) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=25)
    parser.add_argument("--job-kills", type=int, default=8)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, live_server(Path(folder), "chaos") as server:
        opp = opportunity_with_account(server)
        writes = writes_phase(server, opp, args.kills)
        print(writes)
        jobs = jobs_phase(server, opp, args.job_kills)
        print(jobs)
    command = ".venv/bin/python bench/chaos/run.py" + (
        f" --kills {args.kills} --job-kills {args.job_kills}"
    )
    text = section(writes, jobs, command)
    print(text)
    if args.write:
        write_section("chaos-postgresql" if os.environ.get("DATABASE_URL") else "chaos", text)


if __name__ == "__main__":
    main()
