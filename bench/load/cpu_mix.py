"""CPU per request of the load mix, replayed in one process: what the hosted figures depend on.

The locust run (run.py) says whether the site holds 50 requests a second; this says why, and is
steady enough to compare changes on a busy machine: it replays the same mix (same weights,
seeded) through Django's test client against PostgreSQL and reports process CPU time per request
kind, queries per request, and (--templates) the time spent in each template.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/rt_cpu \
        .venv/bin/python bench/load/cpu_mix.py [--requests 600] [--accounts 6] [--templates]
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1] / "src"))
AREAS = ("understand", "reflect", "research", "questions", "interviewers", "rehearse", "documents")
MIX = {"dashboard": 3, "workspace": 3, "area": 5, "plan": 2, "tick": 2, "comment": 2, "coach": 1}


def send(kind: str, client: Any, account: dict[str, Any]) -> str:
    """One request of the mix, as locustfile.py sends it; returns its label."""
    pk = account["opportunity"]
    if kind == "tick":
        task = random.choice(account["tasks"])
        answer = client.post(f"/o/{pk}/plan/{task}/toggle/", HTTP_HX_REQUEST="true")
    elif kind == "comment":
        coached = random.choice(account["coached"])
        target = f"practice_question:{random.choice(coached['questions'])}"
        answer = client.post(
            f"/coach/{coached['opportunity']}/comments/",
            {"target": target, "text": "Say what changed for the customer, with the number."},
        )
    else:
        area = random.choice(AREAS)
        url = {
            "dashboard": "/",
            "workspace": f"/o/{pk}/",
            "area": f"/o/{pk}/area/{area}/",
            "plan": f"/o/{pk}/plan/",
            "coach": "/coach/",
        }[kind]
        answer = client.get(url)
    assert answer.status_code in (200, 302), (kind, answer.status_code)
    return f"area {area}" if kind == "area" else kind


class TemplateClock:
    """Self time per template (an included template's time is taken out of its includer's)."""

    def __init__(self) -> None:
        from django.template import base

        self.base, self.original = base, base.Template._render
        self.seconds: collections.Counter[str] = collections.Counter()
        self.stack: list[float] = []

    def __enter__(self) -> TemplateClock:
        clock = self

        def timed(template: Any, context: Any) -> Any:
            start = time.perf_counter()
            clock.stack.append(0.0)
            try:
                return clock.original(template, context)
            finally:
                spent = time.perf_counter() - start
                clock.seconds[template.origin.template_name] += spent - clock.stack.pop()
                if clock.stack:
                    clock.stack[-1] += spent

        self.base.Template._render = timed
        return self

    def __exit__(self, *_: object) -> None:
        self.base.Template._render = self.original


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=600)
    parser.add_argument("--accounts", type=int, default=6)
    parser.add_argument("--templates", action="store_true", help="time each template too")
    args = parser.parse_args()
    os.environ.setdefault("ROUNDTWO_DATA_DIR", tempfile.mkdtemp(prefix="roundtwo-cpu-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "roundtwo.settings")
    from accounts import make_accounts

    accounts = make_accounts(args.accounts)
    from django.contrib.auth.models import User
    from django.db import connection
    from django.test import Client

    clients = []
    for account in accounts:
        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(User.objects.get(username=account["username"]))
        clients.append((client, account))
    random.seed(1)
    kinds = random.choices(list(MIX), weights=list(MIX.values()), k=args.requests)
    for kind in MIX:  # warm: templates compiled, models loaded, snapshots made
        for client, account in clients:
            send(kind, client, account)
    spent: dict[str, list[float]] = collections.defaultdict(list)
    queries = [0]

    def count(execute: Any, sql: str, *rest: Any) -> Any:
        queries[0] += 1
        return execute(sql, *rest)

    clock = TemplateClock() if args.templates else None
    with connection.execute_wrapper(count):
        if clock:
            clock.__enter__()
        for number, kind in enumerate(kinds):
            client, account = clients[number % len(clients)]
            start = time.process_time()
            label = send(kind, client, account)
            spent[label].append((time.process_time() - start) * 1000)
        if clock:
            clock.__exit__()
    total = sum(sum(values) for values in spent.values())
    print(
        f"mix: {args.requests} requests, mean CPU {total / args.requests:.2f} ms per request, "
        f"{queries[0] / args.requests:.2f} queries per request, load average {os.getloadavg()}"
    )
    print("| request | count | mean CPU ms | median CPU ms |\n|---|---:|---:|---:|")
    for kind, values in sorted(spent.items()):
        print(
            f"| {kind} | {len(values)} | {statistics.mean(values):.2f} | "
            f"{statistics.median(values):.2f} |"
        )
    if clock:
        for name, seconds in clock.seconds.most_common(15):
            print(f"  {seconds / args.requests * 1000:6.2f} ms per request in {name}")
    print(json.dumps({kind: round(statistics.mean(v), 2) for kind, v in sorted(spent.items())}))


if __name__ == "__main__":
    main()
