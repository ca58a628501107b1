from __future__ import annotations

import pytest

from roundtwo.engines.fit import Evidence


@pytest.fixture(scope="session")
def evidence() -> list[Evidence]:
    """A data engineer's evidence, written for these tests."""
    return [
        Evidence(
            "b1",
            "Built Kafka streaming pipelines that process 3M events a day for the pricing team.",
            "resume: Data Engineer at Harbourview",
        ),
        Evidence(
            "b2",
            "Moved 40 nightly jobs from cron to Airflow and cut failed runs by 70%.",
            "resume: Data Engineer at Harbourview",
        ),
        Evidence(
            "b3",
            "Managed a team of three analysts and ran their fortnightly one-to-ones.",
            "resume: Analytics Lead at Millbrook",
        ),
        Evidence(
            "b4",
            "Wrote SQL models in dbt for the finance reporting warehouse.",
            "resume: Analytics Lead at Millbrook",
        ),
        Evidence(
            "s1",
            "When the billing export broke on a Sunday I was on call. I traced the fault to a "
            "schema change upstream, patched the job, told finance plainly what had gone wrong, "
            "and wrote a runbook so the next person could fix it in ten minutes.",
            "story: The Sunday billing outage",
            "story",
        ),
    ]
