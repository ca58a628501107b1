"""Ten candidates stop a two-minute spoken answer at the same moment: when is each report ready?

The hosted layout as an operator runs it (docs/hosting.md): PostgreSQL (a database of its own,
made afresh), `roundtwo serve --workers 2 --threads 4` (gunicorn) on a free port and two
`roundtwo worker` processes beside it. Each candidate is an account with one opportunity and one
drill. Each speaks a SECONDS-long answer through the browser's path (rehearse/recorder.js): begin,
one WebM/Opus piece every PIECE_SECONDS in real time (the candidates' pieces spread over those
seconds, as ten people never start on the same beat), then all press Stop at the same moment:
the last piece, then "finish". Each then polls its report page every 0.5 s, as the page does.

Recorded per candidate: when "finish" was answered, when its report task was queued (arrival
order) and claimed, when the report showed on its page, and the time from Stop to that report.
FIFO: the reports were claimed, and came out, in the order the finishes arrived.

Data: real speech, the clips of /work/shared/eval/speech (JFK's inaugural address, public domain;
the Montreal Forced Aligner test clips, MIT; see its README) joined with a quarter second between
them, from a different starting clip for each candidate, up to SECONDS.

    .venv/bin/python bench/rehearse_burst/run.py                       # the figure
    .venv/bin/python bench/rehearse_burst/run.py --candidates 3 --seconds 12 --no-write  # a try
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import wave
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import psycopg
import requests

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from _results import dated_machine_line, write_section  # noqa: E402
from _webm import as_webm  # noqa: E402

PG = "postgres://postgres@127.0.0.1:5432"
SPEECH = Path("/work/shared/eval/speech")
RATE = 16_000
POLL_SECONDS = 0.5  # the report page's own poll (rehearse/_attempt_body.html)
FINISHED = {"done", "no_speech", "failed"}
WAIT_LIMIT = 900.0  # seconds after Stop before a report counts as never ready


@dataclass
class Candidate:
    number: int
    username: str
    password: str
    opportunity: int
    question: int
    recording: bytes = field(repr=False, default=b"")
    attempt: int = 0
    pieces_late: int = 0  # pieces sent after their moment because the previous answer was slow
    finish_answered_s: float = 0.0  # after Stop
    ready_s: float | None = None  # after Stop: the report seen on its page
    status: str = ""
    error: str = ""
    clips: list[str] = field(default_factory=list)  # the answer's clips, in order


# --- the answers -------------------------------------------------------------------------


def read_wav(path: Path) -> np.ndarray[Any, Any]:
    with wave.open(str(path)) as clip:
        assert clip.getframerate() == RATE and clip.getnchannels() == 1, path
        frames = clip.readframes(clip.getnframes())
    return np.frombuffer(frames, dtype="<i2").astype(np.float32) / 32768.0


def answer_samples(start: int, seconds: int) -> tuple[np.ndarray[Any, Any], list[str]]:
    """The clips in manifest order from clip `start` (wrapping round), up to `seconds`."""
    rows = [json.loads(x) for x in (SPEECH / "manifest.jsonl").read_text().splitlines() if x]
    parts: list[np.ndarray[Any, Any]] = []
    used: list[str] = []
    total = 0
    gap = np.zeros(RATE // 4, np.float32)
    while total < seconds * RATE:
        row = rows[(start + len(used)) % len(rows)]
        samples = read_wav(SPEECH / row["file"])
        parts += [samples, gap]
        used.append(row["file"])
        total += samples.size + gap.size
    return np.concatenate(parts)[: seconds * RATE], used


# --- the site ----------------------------------------------------------------------------


def fresh_database(name: str) -> str:
    with psycopg.connect(f"{PG}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'.encode())
        connection.execute(f'CREATE DATABASE "{name}"'.encode())
    return f"{PG}/{name}"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def start(command: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(  # its own process group, so a stop reaches gunicorn's children
        command, env=env, stdout=log.open("ab"), stderr=subprocess.STDOUT, start_new_session=True
    )


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def wait_until_up(url: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            requests.get(f"{url}/accounts/sign-in/", timeout=5)
            return
        except requests.RequestException:
            time.sleep(0.3)
    raise RuntimeError(f"the server at {url} did not answer within {seconds} s")


# --- one candidate, as the browser ---------------------------------------------------------


class Browser:
    def __init__(self, url: str, candidate: Candidate) -> None:
        self.url = url
        self.session = requests.Session()
        self.session.get(f"{url}/accounts/sign-in/", timeout=30)
        signed_in = self.session.post(
            f"{url}/accounts/sign-in/",
            data={
                "username": candidate.username,
                "password": candidate.password,
                "csrfmiddlewaretoken": self.session.cookies.get("csrftoken") or "",
            },
            headers={"Referer": f"{url}/accounts/sign-in/"},
            timeout=30,
        )
        if not signed_in.ok or "sign-in" in signed_in.url:
            raise RuntimeError(f"{candidate.username} could not sign in")

    def post(self, path: str, **kwargs: Any) -> requests.Response:
        headers = {"X-CSRFToken": self.session.cookies.get("csrftoken") or ""}
        headers.update(kwargs.pop("headers", {}))
        response = self.session.post(f"{self.url}{path}", headers=headers, timeout=60, **kwargs)
        response.raise_for_status()
        return response

    def report_status(self, path: str) -> str:
        page = self.session.get(f"{self.url}{path}", headers={"HX-Request": "true"}, timeout=60)
        found = re.search(r'data-status="([a-z_]+)"', page.text)
        return found.group(1) if found else ""


def speak(
    browser: Browser,
    candidate: Candidate,
    pieces: int,
    piece_s: float,
    stop_at: float,
    phase: float,
) -> None:
    """Begin; piece i at its moment, `phase` seconds off the common beat; at `stop_at` the
    last piece and "finish", as recorder.js sends them when Stop is pressed."""
    urls = browser.post(
        f"/o/{candidate.opportunity}/rehearse/q/{candidate.question}/begin/",
        data={"media_type": "audio/webm;codecs=opus", "video": "0"},
    ).json()
    candidate.attempt = int(urls["report_url"].rstrip("/").rsplit("/", 1)[1])
    data = candidate.recording
    size = -(-len(data) // pieces)
    for index in range(pieces):
        last = index == pieces - 1
        moment = stop_at if last else stop_at - phase - (pieces - 1 - index) * piece_s
        wait = moment - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        elif not last and wait < -0.5:
            candidate.pieces_late += 1
        send_piece(browser, urls["chunk_url"], index, data[index * size : (index + 1) * size])
    browser.post(urls["finish_url"])
    candidate.finish_answered_s = time.monotonic() - stop_at
    watch(browser, candidate, urls["report_url"], stop_at)


def send_piece(browser: Browser, url: str, index: int, piece: bytes) -> None:
    """As recorder.js: three tries, half a second more between each; a piece the server
    already stored (its answer was lost) is not an error."""
    headers = {"X-Chunk-Index": str(index), "Content-Type": "application/octet-stream"}
    for tries in range(3):
        try:
            browser.post(url, data=piece, headers=headers)
            return
        except requests.HTTPError as error:
            expected = (
                error.response.json().get("expected") if error.response.status_code == 409 else None
            )
            if isinstance(expected, int) and expected > index:
                return
            if tries == 2:
                raise
        except requests.ConnectionError:
            if tries == 2:
                raise
        time.sleep(0.5 * (tries + 1))


def watch(browser: Browser, candidate: Candidate, report_url: str, stop_at: float) -> None:
    while time.monotonic() - stop_at < WAIT_LIMIT:
        status = browser.report_status(report_url)
        if status in FINISHED:
            candidate.ready_s = time.monotonic() - stop_at
            candidate.status = status
            return
        time.sleep(POLL_SECONDS)
    candidate.status = "not ready"


def run_candidate(
    url: str, candidate: Candidate, pieces: int, piece_s: float, stop_at: float, phase: float
) -> None:
    try:
        speak(Browser(url, candidate), candidate, pieces, piece_s, stop_at, phase)
    except Exception as error:  # recorded in the results, never hidden
        candidate.error = f"{type(error).__name__}: {error}"


# --- what the database saw -----------------------------------------------------------------


def task_rows(database_url: str) -> dict[int, dict[str, Any]]:
    """Per attempt: its finish task's times and worker, the attempt's end, its words."""
    sql = """
        SELECT a.id, a.status, a.finished_at, a.progress->>'settled_until',
               jsonb_array_length(COALESCE(a.report->'words', '[]'::jsonb)),
               t.enqueued_at, t.started_at, t.finished_at, t.worker_ids,
               (SELECT count(*) FROM django_tasks_database_dbtaskresult x
                 WHERE x.task_path LIKE '%advance_task' AND x.status = 'SUCCESSFUL'
                   AND (x.args_kwargs->'args'->>0)::int = a.id)
        FROM rehearse_attempt a
        JOIN django_tasks_database_dbtaskresult t
          ON t.task_path LIKE '%finish_task' AND (t.args_kwargs->'args'->>0)::int = a.id
    """
    with psycopg.connect(database_url) as connection:
        rows = connection.execute(sql.encode()).fetchall()
    return {
        row[0]: {
            "attempt_status": row[1],
            "attempt_finished_at": row[2],
            "settled_before_report_s": float(row[3]) if row[3] is not None else 0.0,
            "words": row[4],
            "queued_at": row[5],
            "claimed_at": row[6],
            "task_finished_at": row[7],
            "worker": (row[8] or ["?"])[-1][:6],
            "claims": len(row[8] or []),
            "passes_while_speaking": row[9],
        }
        for row in rows
    }


def inversions(order: list[int]) -> int:
    """Pairs that came out in the opposite order to their arrival."""
    return sum(1 for i, a in enumerate(order) for b in order[i + 1 :] if a > b)


def summarise(candidates: list[Candidate], tasks: dict[int, dict[str, Any]]) -> dict[str, Any]:
    rows = []
    for c in candidates:
        task = tasks.get(c.attempt, {})
        rows.append({**asdict(c), **task})
        for private in ("recording", "password"):
            rows[-1].pop(private)
        rows[-1]["first_clip"] = rows[-1].pop("clips")[:1]
    arrived = sorted(
        (r for r in rows if r.get("queued_at")), key=lambda r: (r["queued_at"], r["number"])
    )
    first = arrived[0]["queued_at"] if arrived else None
    for rank, row in enumerate(arrived):
        row["arrival"] = rank
        for key in ("queued_at", "claimed_at", "task_finished_at", "attempt_finished_at"):
            if row.get(key) is not None and first is not None:
                row[f"{key.removesuffix('_at')}_s"] = round((row[key] - first).total_seconds(), 3)
            row.pop(key, None)
    claimed = [r["arrival"] for r in sorted(arrived, key=lambda r: r.get("claimed_s", 1e9))]
    ended = [r["arrival"] for r in sorted(arrived, key=lambda r: r.get("task_finished_s", 1e9))]
    seen = [r["arrival"] for r in sorted(arrived, key=lambda r: r.get("ready_s") or 1e9)]
    ready = [r["ready_s"] for r in rows if r.get("ready_s") is not None]
    return {
        "candidates": arrived + [r for r in rows if "arrival" not in r],
        "all_ready": len(ready) == len(candidates) and all(r["status"] == "done" for r in rows),
        "claimed_in_arrival_order": claimed == sorted(claimed),
        "finished_in_arrival_order": ended == sorted(ended),
        "seen_in_arrival_order": seen == sorted(seen),
        "finish_inversions": inversions(ended),
        "seen_inversions": inversions(seen),
        "ready_median_s": round(statistics.median(ready), 2) if ready else None,
        "ready_max_s": round(max(ready), 2) if ready else None,
        "ready_min_s": round(min(ready), 2) if ready else None,
    }


# --- the run -------------------------------------------------------------------------------


def load_average() -> list[float]:
    return [round(value, 2) for value in os.getloadavg()]


def prepare(args: argparse.Namespace, env: dict[str, str], work: Path) -> list[Candidate]:
    out = work / "candidates.json"
    command = [sys.executable, str(HERE / "accounts.py"), "--candidates", str(args.candidates)]
    subprocess.run([*command, "--out", str(out)], env=env, check=True)
    candidates = [Candidate(number=n, **row) for n, row in enumerate(json.loads(out.read_text()))]
    step = max(1, 40 // args.candidates)  # a different first clip for each candidate
    for c in candidates:
        samples, c.clips = answer_samples(c.number * step, args.seconds)
        c.recording = as_webm(samples)
    return candidates


def burst(url: str, candidates: list[Candidate], args: argparse.Namespace) -> None:
    """Everyone begins, speaks in real time, and presses Stop at one moment; then waits."""
    pieces = args.seconds // args.piece_seconds
    stop_at = time.monotonic() + 15.0 + args.seconds  # time to sign in and begin first
    threads = [
        threading.Thread(
            target=run_candidate,
            args=(
                url,
                c,
                pieces,
                args.piece_seconds,
                stop_at,
                n * args.piece_seconds / len(candidates),
            ),
        )
        for n, c in enumerate(candidates)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def run(args: argparse.Namespace) -> dict[str, Any]:
    work = Path(tempfile.mkdtemp(prefix="roundtwo-burst-"))
    database_url = fresh_database(args.database)
    env = {**os.environ, "ROUNDTWO_DATA_DIR": str(work / "data"), "DATABASE_URL": database_url}
    env.pop("ROUNDTWO_HOSTED", None)  # plain HTTP on 127.0.0.1: no proxy, no HTTPS redirect
    candidates = prepare(args, env, work)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    roundtwo = [sys.executable, "-m", "roundtwo"]
    serve = ["serve", "--port", str(port), "--workers", str(args.web_workers)]
    web = start([*roundtwo, *serve, "--threads", str(args.threads)], env, work / "serve.log")
    workers: list[subprocess.Popen[bytes]] = []
    try:
        wait_until_up(url)
        workers = [
            start([*roundtwo, "worker"], env, work / f"worker-{n}.log") for n in range(args.workers)
        ]
        load_start = load_average()
        burst(url, candidates, args)
        load_end = load_average()
    finally:
        for process in workers:
            stop(process)
        stop(web)
    result = summarise(candidates, task_rows(database_url))
    result.update(
        {
            "command": command_line(args),
            "load_average_start": load_start,
            "load_average_end": load_end,
            "candidates_count": len(candidates),
            "seconds": args.seconds,
            "piece_seconds": args.piece_seconds,
            "workers": args.workers,
            "web_workers": args.web_workers,
            "threads": args.threads,
            "recording_kib": [round(len(c.recording) / 1024) for c in candidates],
            "work_dir": str(work),
        }
    )
    return result


def command_line(args: argparse.Namespace) -> str:
    command = "python bench/rehearse_burst/run.py"
    defaults = vars(parser().parse_args([]))
    changed = [
        f"--{key.replace('_', '-')} {shlex.quote(str(value))}"
        for key, value in vars(args).items()
        if key not in ("write", "note") and value != defaults[key]
    ]
    return " ".join([command, *changed])


def section(result: dict[str, Any]) -> str:
    n = result["candidates_count"]
    yes = lambda flag: "yes" if flag else "**no**"  # noqa: E731
    lines = [
        f"## Rehearsal burst: {n} candidates stop a {result['seconds']} s spoken answer at once",
        "",
        dated_machine_line(result["command"]),
        f"Load average (1, 5, 15 min) at the start of the burst: "
        f"{', '.join(map(str, result['load_average_start']))}; at the end: "
        f"{', '.join(map(str, result['load_average_end']))}. {result.get('note', '')}".rstrip(),
        "",
        f"PostgreSQL; `roundtwo serve --workers {result['web_workers']} --threads "
        f"{result['threads']}` (gunicorn) and {result['workers']} `roundtwo worker` processes on "
        f"one machine. Each candidate (an account with one opportunity and one drill) sends a "
        f"{result['seconds']} s answer of real speech (the shared eval clips joined, from a "
        f"different first clip each) as WebM/Opus in {result['piece_seconds']} s pieces in real "
        "time through begin/chunk/finish (recorder.js's requests), the candidates' pieces spread "
        "over the beat; all press Stop at one moment (last piece, then finish), then poll the "
        "report page every 0.5 s as it does.",
        "",
        f"**Stop to report on the page: median {result['ready_median_s']} s, fastest "
        f"{result['ready_min_s']} s, slowest {result['ready_max_s']} s, over {n} candidates.** "
        f"Every report ready: {yes(result['all_ready'])}. Claimed in arrival order: "
        f"{yes(result['claimed_in_arrival_order'])}; finished in arrival order: "
        f"{yes(result['finished_in_arrival_order'])} ({result['finish_inversions']} pairs "
        f"swapped); seen in arrival order: {yes(result['seen_in_arrival_order'])} "
        f"({result['seen_inversions']} pairs swapped).",
        "",
        "| arrival | candidate | finish answered | queued | claimed | task done | report seen "
        "(Stop to report) | worker | passes while speaking | settled before Stop | words | "
        "status |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in result["candidates"]:
        lines.append(
            f"| {r.get('arrival', '-')} | {r['username']} | {r['finish_answered_s']:.2f} s | "
            f"{_s(r.get('queued_s'))} | {_s(r.get('claimed_s'))} | "
            f"{_s(r.get('task_finished_s'))} | **{_s(r.get('ready_s'))}** | "
            f"{r.get('worker', '-')} | {r.get('passes_while_speaking', '-')} | "
            f"{r.get('settled_before_report_s', 0):.0f} of {result['seconds']} s | "
            f"{r.get('words', '-')} | {r['status'] or r['error']} |"
        )
    lines += [
        "",
        "Times: finish answered and report seen are from the common Stop; queued, claimed and "
        "task done are from the first finish's arrival (the task rows' own clocks). Settled "
        "before Stop: how much of the answer the passes while speaking had transcribed when the "
        "report was made (the rest is transcribed after Stop). Raw figures: "
        "bench/rehearse_burst/results.json.",
    ]
    return "\n".join(lines)


def _s(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f} s"


def parser() -> argparse.ArgumentParser:
    made = argparse.ArgumentParser(description=__doc__)
    made.add_argument("--candidates", type=int, default=10)
    made.add_argument("--seconds", type=int, default=120, help="length of each answer")
    made.add_argument("--piece-seconds", type=int, default=4, help="as recorder.js")
    made.add_argument("--workers", type=int, default=2, help="`roundtwo worker` processes")
    made.add_argument("--web-workers", type=int, default=2, help="gunicorn processes")
    made.add_argument("--threads", type=int, default=4, help="threads per gunicorn process")
    made.add_argument("--database", default="rt_burst", help="dropped and made afresh")
    made.add_argument("--note", default="", help="a sentence for the results, e.g. the load")
    made.add_argument("--no-write", dest="write", action="store_false")
    return made


def main() -> None:
    args = parser().parse_args()
    result = run(args)
    result["note"] = args.note
    print(json.dumps({k: v for k, v in result.items() if k != "candidates"}, indent=2))
    for row in result["candidates"]:
        print(row)
    if args.write:
        (HERE / "results.json").write_text(json.dumps(result, indent=2, default=str) + "\n")
        text = section(result)
        write_section("rehearse-burst", text)
        print(text)


if __name__ == "__main__":
    main()
