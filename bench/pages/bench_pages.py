"""How fast the main pages render on SQLite, with a realistic amount of data.

Run: .venv/bin/python bench/pages/bench_pages.py  (uses a throw-away data directory)
Prints one Markdown table row per page: median and 90th percentile over N requests after warm-up.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable

RUNS = 40
OPPORTUNITIES = 20


def timed(action: Callable[[], object], runs: int = RUNS) -> tuple[float, float]:
    action()  # warm-up: template compilation, first queries
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(0.9 * len(samples)) - 1]


def main() -> None:
    os.environ["ROUNDTWO_DATA_DIR"] = tempfile.mkdtemp(prefix="roundtwo-bench-")
    os.environ["DJANGO_SETTINGS_MODULE"] = "roundtwo.settings"
    import django

    django.setup()
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from django.test import Client

    from roundtwo.opportunities.demo import load_demo

    call_command("migrate", verbosity=0)
    user = User.objects.create_user("bench", password="quiet lamp river 42")
    opportunities = [load_demo(user) for _ in range(OPPORTUNITIES)]
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    pk = opportunities[0].pk
    pages = {
        f"dashboard ({OPPORTUNITIES} opportunities)": "/",
        "workspace overview": f"/o/{pk}/",
        "understand the second round": f"/o/{pk}/area/understand/",
        "your interviewers": f"/o/{pk}/area/interviewers/",
        "plan (about 48 tasks)": f"/o/{pk}/plan/",
    }
    print("| page | median ms | p90 ms |")
    print("|---|---:|---:|")
    for name, url in pages.items():
        assert client.get(url).status_code == 200, url
        median, p90 = timed(lambda url=url: client.get(url))  # type: ignore[misc]
        print(f"| {name} | {median:.1f} | {p90:.1f} |")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
