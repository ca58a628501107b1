"""Time and queries of an organisation admin's figures, for growing numbers of candidates.

Run: .venv/bin/python bench/organisations/bench_figures.py [--write]  (a throw-away data
directory; DATABASE_URL picks PostgreSQL, into a database this script fills and leaves).
Each candidate gets one interview in 3 to 30 days with its plan built, two of every five a
finished rehearsal; the figures are computed 5 times and the median wall time is kept. Wall
time on a shared machine: the load average is recorded with it.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from _results import dated_machine_line  # noqa: E402
from _results import write_section as write_results  # noqa: E402

SIZES = (10, 100, 300)
RUNS = 5


def main() -> None:
    os.environ.setdefault("ROUNDTWO_DATA_DIR", tempfile.mkdtemp(prefix="roundtwo-bench-"))
    os.environ["DJANGO_SETTINGS_MODULE"] = "roundtwo.settings"
    import django

    django.setup()
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import CaptureQueriesContext
    from django.utils import timezone

    from roundtwo.opportunities.models import Opportunity
    from roundtwo.organisations.figures import figures
    from roundtwo.organisations.membership import found
    from roundtwo.organisations.models import Membership, Role
    from roundtwo.plan.services import rebuild_plan
    from roundtwo.rehearse.models import Attempt
    from roundtwo.rehearse.sessions import start_session

    call_command("migrate", verbosity=0)
    admin = User.objects.create_user(f"admin-{time.time_ns()}")
    organisation = found(f"Bench centre {time.time_ns()}", admin)
    rows = []
    made = 0
    for size in SIZES:
        while made < size:
            user = User.objects.create_user(f"cand-{time.time_ns()}-{made}")
            Membership.objects.create(organisation=organisation, user=user, role=Role.CANDIDATE)
            opportunity = Opportunity.objects.create(
                owner=user,
                company="Acme",
                role_title="Analyst",
                interview_date=timezone.localdate() + dt.timedelta(days=3 + made % 28),
            )
            rebuild_plan(opportunity)
            if made % 5 < 2:
                session = start_session(opportunity, "drill", question="Tell me about a conflict.")
                Attempt.objects.create(
                    question=session.questions.get(),
                    question_key="conflict",
                    mode="typed",
                    status=Attempt.Status.DONE,
                )
            made += 1
        times, queries = [], 0
        for _ in range(RUNS):
            with CaptureQueriesContext(connection) as captured:
                start = time.perf_counter()
                figures(organisation)
                times.append((time.perf_counter() - start) * 1000)
            queries = len(captured.captured_queries)
        rows.append((size, statistics.median(times), queries))
        print(f"{size} candidates: {statistics.median(times):.0f} ms, {queries} queries")
    load = os.getloadavg()
    section = "\n".join(
        [
            "## Organisation figures (issue 16, item 5)",
            dated_machine_line("python bench/organisations/bench_figures.py --write"),
            f"Database: {connection.vendor}. Load average at the end: "
            f"{load[0]:.2f}, {load[1]:.2f}, {load[2]:.2f} (other sessions were running).",
            "",
            "| candidates | median wall time (5 runs) | queries |",
            "|---|---|---|",
            *[f"| {size} | {ms:.0f} ms | {count} |" for size, ms, count in rows],
        ]
    )
    if "--write" in sys.argv:
        write_results(f"organisations-{connection.vendor}", section)
    print(section)


if __name__ == "__main__":
    main()
