"""SQL queries and time per page of the load mix, to find what to fix when the target is missed.

Counts the queries each page runs (Django's CaptureQueriesContext) and, with --pyinstrument,
prints where a page's time goes. Uses DATABASE_URL (PostgreSQL in the benchmark) and a fresh
account with the demo opportunity.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/rt_load \
        .venv/bin/python bench/load/profile_pages.py [--pyinstrument /o/1/]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

AREAS = ("understand", "reflect", "research", "questions", "interviewers", "rehearse", "documents")


class Counter:
    """A database execute wrapper that keeps the SQL of every query."""

    def __init__(self, into: list[str]) -> None:
        self.into = into

    def __call__(self, execute: Any, sql: str, *rest: Any) -> Any:
        self.into.append(sql)
        return execute(sql, *rest)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--pyinstrument", metavar="PAGE", help="profile this page (a path)")
    args = parser.parse_args()
    os.environ.setdefault("ROUNDTWO_DATA_DIR", tempfile.mkdtemp(prefix="roundtwo-profile-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "roundtwo.settings")
    import django

    django.setup()
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from roundtwo.opportunities.demo import load_demo

    call_command("migrate", verbosity=0)
    user = User.objects.filter(username="profile").first() or User.objects.create_user("profile")
    opportunity = user.opportunities.first() or load_demo(user)  # type: ignore[attr-defined]
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    pk = opportunity.pk
    pages = {"dashboard": "/", "workspace": f"/o/{pk}/", "plan": f"/o/{pk}/plan/"}
    pages.update({f"area {key}": f"/o/{pk}/area/{key}/" for key in AREAS})
    if args.pyinstrument:
        from pyinstrument import Profiler

        client.get(args.pyinstrument)
        with Profiler() as profiler:
            for _ in range(args.runs):
                client.get(args.pyinstrument)
        print(profiler.output_text(unicode=False, color=False, show_all=False))
        return
    print("| page | queries | median ms |")
    print("|---|---:|---:|")
    for name, url in pages.items():
        assert client.get(url).status_code == 200, url
        queries: list[str] = []
        with connection.execute_wrapper(Counter(queries)):
            client.get(url)
        samples = []
        for _ in range(args.runs):
            start = time.perf_counter()
            client.get(url)
            samples.append((time.perf_counter() - start) * 1000)
        print(f"| {name} | {len(queries)} | {statistics.median(samples):.1f} |")


if __name__ == "__main__":
    main()
