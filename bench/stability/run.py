"""Do the rehearse browser tests pass run after run while the machine is busy?

The rehearse journey records answers through Chromium's fake microphone and transcribes them
with Whisper in the test process: the flakiest part of the suite if anything depends on timing.
This runs that test file RUNS times in a row while two other processes keep both cores busy,
and records each run's outcome and duration.

    .venv/bin/python bench/stability/run.py [--runs 5] [--write]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from _results import dated_machine_line, write_section  # noqa: E402

TESTS = "tests/browser/test_rehearse_journey.py"
SPIN = "while True: pass"


def one_run(data_dir: str) -> tuple[bool, float, str]:
    began = time.perf_counter()
    done = subprocess.run(
        [str(ROOT / ".venv/bin/pytest"), TESTS, "-q", "-p", "no:cacheprovider"],
        cwd=ROOT,
        env={**os.environ, "ROUNDTWO_DATA_DIR": data_dir},
        capture_output=True,
        text=True,
    )
    last = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr[-200:]
    return done.returncode == 0, time.perf_counter() - began, last


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    burners = [subprocess.Popen([sys.executable, "-c", SPIN]) for _ in range(2)]
    rows = []
    try:
        with tempfile.TemporaryDirectory() as data_dir:
            for i in range(1, args.runs + 1):
                passed, seconds, last = one_run(data_dir)
                load = os.getloadavg()[0]
                outcome = "pass" if passed else "FAIL"
                rows.append(f"| {i} | {outcome} | {seconds:.0f} s | {load:.1f} | {last} |")
                print(rows[-1], flush=True)
    finally:
        for burner in burners:
            burner.kill()
    passed = sum("| pass |" in r for r in rows)
    text = "\n".join(
        [
            "## Rehearse browser tests under load",
            "",
            dated_machine_line(f"python bench/stability/run.py --runs {args.runs}"),
            f"`{TESTS}` (Chromium's fake microphone, Whisper in the test process) run "
            f"{args.runs} times in a row while two `{SPIN}` processes keep both cores busy.",
            "",
            "| run | outcome | duration | load (1 min) after | pytest |",
            "|---|---|---|---|---|",
            *rows,
            "",
            f"{passed} of {args.runs} runs passed.",
        ]
    )
    if args.write:
        write_section("stability", text)
    print(text)


if __name__ == "__main__":
    main()
