"""CPU per sign-in attempt: before the throttle, and while it refuses.

Run: .venv/bin/python bench/accounts/bench_sign_in.py [--write]  (a throw-away data directory)
Each attempt is a POST to the sign-in page through Django's test client (no network). CPU is
this process's CPU time (time.process_time), so other load on the machine does not count.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _results import dated_machine_line  # noqa: E402
from _results import write_section as write_results  # noqa: E402

ATTEMPTS = 40
PASSWORD = "quiet lamp river 42"


def cpu_ms(action: object, runs: int) -> list[float]:
    samples = []
    for number in range(runs):
        start = time.process_time()
        action(number)  # type: ignore[operator]
        samples.append((time.process_time() - start) * 1000)
    return samples


def main() -> None:
    os.environ["ROUNDTWO_DATA_DIR"] = tempfile.mkdtemp(prefix="roundtwo-bench-")
    os.environ["DJANGO_SETTINGS_MODULE"] = "roundtwo.settings"
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from django.test import Client

    call_command("migrate", verbosity=0)
    User.objects.create_user("alice", password=PASSWORD)
    limit = settings.AXES_FAILURE_LIMIT

    def attempt(username: str, address: str) -> int:
        response = Client(HTTP_HOST="127.0.0.1").post(
            "/accounts/sign-in/",
            {"username": username, "password": "wrong password"},
            REMOTE_ADDR=address,
        )
        return response.status_code

    # Before the throttle: each try from a fresh address and username, so none is refused.
    def unthrottled(n: int) -> None:
        assert attempt(f"user{n}", f"10.1.{n // 250}.{n % 250}") == 200

    for _ in range(limit):
        attempt("alice", "192.0.2.1")

    def refused(n: int) -> None:
        assert attempt("alice", "192.0.2.1") == 429

    unthrottled(ATTEMPTS)  # warm-up: templates, first queries
    refused(ATTEMPTS)
    before = cpu_ms(unthrottled, ATTEMPTS)
    during = cpu_ms(refused, ATTEMPTS)
    rows = [
        ("wrong password, not yet throttled", before),
        ("any password, while refused", during),
    ]
    lines = [
        "## Sign-in throttle (accounts)",
        "",
        dated_machine_line(".venv/bin/python bench/accounts/bench_sign_in.py --write"),
        f"Data: {ATTEMPTS} sign-in POSTs of each kind through Django's test client on SQLite; "
        f"django-axes refuses after {limit} failures for a username or an address. CPU time of "
        "this process per attempt (the password hash is Django's default PBKDF2; unknown "
        "usernames are hashed too, so they cost the same as known ones).",
        "",
        "| attempt | median CPU ms | p90 CPU ms |",
        "|---|---:|---:|",
    ]
    for name, samples in rows:
        samples.sort()
        p90 = samples[int(0.9 * len(samples)) - 1]
        lines.append(f"| {name} | {statistics.median(samples):.1f} | {p90:.1f} |")
    section = "\n".join(lines) + "\n"
    print(section)
    if "--write" in sys.argv:
        write_results("sign-in", section)


if __name__ == "__main__":
    main()
