"""Today's single process beside the hosted setup, under the same signed-in load, in one run.

On PostgreSQL (a database of its own, made afresh), with USERS accounts each holding the demo
opportunity, the runner starts each setup in turn on 127.0.0.1 and drives it with locust,
headless, at each fixed rate for DURATION seconds:
  single  `roundtwo serve` as today: waitress, 8 threads, the worker thread inside;
  hosted  `roundtwo serve --workers W --threads T` (gunicorn) and one `roundtwo worker` beside.
The first WARMUP seconds of each run (sign-ins, first renders) are left out of the figures.
Results go to bench/load/results.json and a section of bench/RESULTS.md.

    .venv/bin/python -m pip install -c requirements/constraints.txt -e ".[bench]"
    .venv/bin/python bench/load/run.py --duration 600 --rates 20,30,50      # the final figure
    .venv/bin/python bench/load/run.py --duration 60 --rates 50 --no-write  # while developing
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import asdict, dataclass
from pathlib import Path

import psycopg

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from _results import dated_machine_line, write_section  # noqa: E402

BIN = Path(sys.executable).parent
PG = "postgres://postgres@127.0.0.1:5432"


@dataclass(frozen=True)
class Setup:
    name: str
    serve: list[str]
    worker: bool  # a separate `roundtwo worker` beside the web processes


@dataclass
class Figure:
    setup: str
    rate: float
    seconds: float
    requests: int
    errors: int
    achieved_rps: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    load_before: str
    by_name: dict[str, dict[str, float]]


def setups(workers: int, threads: int) -> list[Setup]:
    return [
        Setup("single (waitress, 1 process x 8 threads)", ["serve", "--threads", "8"], False),
        Setup(
            f"hosted (gunicorn, {workers} processes x {threads} threads)",
            ["serve", "--workers", str(workers), "--threads", str(threads)],
            True,
        ),
    ]


def database(name: str, fresh: bool) -> str:
    """The benchmark's own database; kept between runs (its accounts too) unless `fresh`."""
    with psycopg.connect(f"{PG}/postgres", autocommit=True) as connection:
        if fresh:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        found = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if found.fetchone() is None:
            connection.execute(f'CREATE DATABASE "{name}"')
    return f"{PG}/{name}"


def wait_until_up(port: int, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/accounts/sign-in/", timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"the server on port {port} did not answer within {seconds} s")


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


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def summarise(
    setup: str, rate: float, samples: list[list[object]], since: float, until: float, load: str
) -> Figure:
    kept = [s for s in samples if since <= float(s[0]) <= until]  # type: ignore[arg-type]
    times = [float(s[2]) for s in kept]  # type: ignore[arg-type]
    names: dict[str, list[float]] = {}
    for sample in kept:
        names.setdefault(str(sample[1]), []).append(float(sample[2]))  # type: ignore[arg-type]
    return Figure(
        setup=setup,
        rate=rate,
        seconds=round(until - since, 1),
        requests=len(kept),
        errors=sum(1 for s in kept if s[3]),
        achieved_rps=round(len(kept) / (until - since), 1),
        p50_ms=round(statistics.median(times), 1) if times else 0.0,
        p95_ms=round(percentile(times, 0.95), 1),
        p99_ms=round(percentile(times, 0.99), 1),
        load_before=load,
        by_name={
            name: {
                "count": len(v),
                "p50_ms": round(statistics.median(v), 1),
                "p95_ms": round(percentile(v, 0.95), 1),
            }
            for name, v in sorted(names.items())
        },
    )


def drive(
    port: int, rate: float, users: int, duration: int, warmup: int, env: dict[str, str], work: Path
) -> tuple[list[list[object]], float, float]:
    samples = work / f"samples-{port}-{rate}.json"
    env = {**env, "LOAD_RATE": str(rate), "LOAD_USERS": str(users), "LOAD_SAMPLES": str(samples)}
    began = time.time()
    subprocess.run(
        [
            str(BIN / "locust"),
            "-f",
            str(HERE / "locustfile.py"),
            "--headless",
            "--users",
            str(users),
            "--spawn-rate",
            str(max(1.0, users / max(1, warmup // 2))),
            "--run-time",
            f"{duration + warmup}s",
            "--host",
            f"http://127.0.0.1:{port}",
            "--only-summary",
            "--loglevel",
            "WARNING",
            "--stop-timeout",
            "10",
        ],
        env=env,
        check=False,
        stdout=subprocess.DEVNULL,
        stderr=(work / "locust.log").open("ab"),
    )
    return json.loads(samples.read_text()), began + warmup, began + warmup + duration


def load_average() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def run(args: argparse.Namespace) -> list[Figure]:
    work = Path(tempfile.mkdtemp(prefix="roundtwo-load-"))
    env = {
        **os.environ,
        "ROUNDTWO_DATA_DIR": str(work / "data"),
        "DATABASE_URL": database(args.database, args.fresh),
        "LOAD_ACCOUNTS": str(work / "accounts.json"),
    }
    subprocess.run(
        [
            sys.executable,
            str(HERE / "accounts.py"),
            "--users",
            str(args.users),
            "--out",
            env["LOAD_ACCOUNTS"],
        ],
        env=env,
        check=True,
    )
    figures = []
    chosen = [s for s in setups(args.workers, args.threads) if s.name.split()[0] in args.setups]
    for number, setup in enumerate(chosen):
        port = args.port + number
        log = work / f"server-{number}.log"
        server = start([str(BIN / "roundtwo"), *setup.serve, "--port", str(port)], env, log)
        worker = start([str(BIN / "roundtwo"), "worker"], env, log) if setup.worker else None
        try:
            wait_until_up(port)
            for rate in args.rates:
                time.sleep(5)  # the last run's connections close
                load = load_average()
                samples, since, until = drive(
                    port, rate, args.users, args.duration, args.warmup, env, work
                )
                figure = summarise(setup.name, rate, samples, since, until, load)
                print(table([figure]).splitlines()[-1], flush=True)
                figures.append(figure)
        finally:
            stop(server)
            if worker is not None:
                stop(worker)
    print(f"server logs in {work}")
    return figures


def table(figures: list[Figure]) -> str:
    lines = [
        "| setup | target req/s | achieved req/s | requests | errors | p50 ms | p95 ms | p99 ms "
        "| load avg before |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    lines += [
        f"| {f.setup} | {f.rate:g} | {f.achieved_rps} | {f.requests} | {f.errors} | {f.p50_ms} "
        f"| {f.p95_ms} | {f.p99_ms} | {f.load_before} |"
        for f in figures
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--duration", type=int, default=60, help="measured seconds per rate")
    parser.add_argument("--warmup", type=int, default=20, help="seconds left out at each start")
    parser.add_argument("--rates", default="20,30,50")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--port", type=int, default=8710)
    parser.add_argument("--database", default="rt_load")
    parser.add_argument("--setups", default="single,hosted", help="which setups to run")
    parser.add_argument("--fresh", action="store_true", help="make the database and accounts anew")
    parser.add_argument("--no-write", action="store_true", help="print only; leave RESULTS.md")
    args = parser.parse_args()
    args.rates = [float(rate) for rate in args.rates.split(",")]
    figures = run(args)
    (HERE / "results.json").write_text(json.dumps([asdict(f) for f in figures], indent=2))
    print(table(figures))
    if not args.no_write:
        command = "python bench/load/run.py " + " ".join(sys.argv[1:])
        write_section(
            "load",
            "## Hosted load: single process and gunicorn side by side (issue 16)\n\n"
            f"{dated_machine_line(command)} PostgreSQL on 127.0.0.1, {args.users} signed-in "
            f"accounts each with the demo opportunity, locust headless on the same machine, "
            f"{args.duration} s measured per rate after {args.warmup} s of warm-up.\n\n"
            f"{table(figures)}\n",
        )


if __name__ == "__main__":
    main()
