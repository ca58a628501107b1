"""Time and queries of an organisation admin's figures, for growing numbers of candidates.

Run: .venv/bin/python bench/organisations/bench_figures.py [--write]  (a throw-away data
directory; DATABASE_URL picks PostgreSQL, into a database this script fills and leaves).
Each candidate gets one interview in 3 to 30 days with its plan built, two of every five a
finished rehearsal. The first computation is cold (every readiness computed and kept as a
snapshot); then 5 warm runs read the snapshots, and their median is kept. Wall time on a
shared machine: the load average is recorded with it.
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
        with CaptureQueriesContext(connection) as cold_queries:
            start = time.perf_counter()
            figures(organisation)
            cold = (time.perf_counter() - start) * 1000
        times, queries = [], 0
        for _ in range(RUNS):
            with CaptureQueriesContext(connection) as captured:
                start = time.perf_counter()
                figures(organisation)
                times.append((time.perf_counter() - start) * 1000)
            queries = len(captured.captured_queries)
        cold_count = len(cold_queries.captured_queries)
        rows.append((size, cold, cold_count, statistics.median(times), queries))
        print(f"{size}: cold {cold:.0f} ms/{cold_count} q, warm {statistics.median(times):.0f} ms")
    load = os.getloadavg()
    section = "\n".join(
        [
            "## Organisation figures (issue 16, item 5)",
            dated_machine_line("python bench/organisations/bench_figures.py --write"),
            f"Database: {connection.vendor}. Load average at the end: "
            f"{load[0]:.2f}, {load[1]:.2f}, {load[2]:.2f} (other sessions were running).",
            "",
            "Cold: every readiness computed (and kept); warm: the median of 5 runs on the kept "
            "snapshots. Each new size adds candidates whose readiness is computed cold; the "
            "first cold row also pays the process's first imports and connection.",
            "",
            "| candidates | cold | cold queries | warm (median of 5) | warm queries |",
            "|---|---|---|---|---|",
            *[
                f"| {size} | {cold:.0f} ms | {cq} | {ms:.0f} ms | {count} |"
                for size, cold, cq, ms, count in rows
            ],
        ]
    )
    if "--write" in sys.argv:
        write_results(f"organisations-{connection.vendor}", section)
    print(section)


if __name__ == "__main__":
    main()
