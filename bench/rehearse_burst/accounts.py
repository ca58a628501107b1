"""Make the burst's candidates: N accounts, each with one opportunity and one drill, as JSON.

Runs inside Django against DATABASE_URL and ROUNDTWO_DATA_DIR (the runner sets both), in one
process because ten CLI starts would take a minute. No sample: its spoken answer would put one
more transcription in the queue before the burst.

    DATABASE_URL=postgres://... .venv/bin/python bench/rehearse_burst/accounts.py --out c.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
PASSWORD = "ten answers at once, one report each"
QUESTION = "Tell me about a time you led a difficult project."


def make_candidates(count: int) -> list[dict[str, object]]:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "roundtwo.settings")
    import django

    django.setup()
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from django.utils import timezone

    from roundtwo.opportunities.models import Opportunity
    from roundtwo.rehearse.sessions import start_session

    call_command("migrate", verbosity=0)
    candidates = []
    for number in range(count):
        username = f"candidate{number:02d}"
        user = User.objects.create_user(username, password=PASSWORD)
        opportunity = Opportunity.objects.create(
            owner=user,
            company="Acme Logistics",
            role_title="Operations Analyst",
            interview_date=timezone.localdate() + dt.timedelta(days=7),
            format="video",
        )
        for round_number in (1, 2):
            opportunity.round(round_number)
        question = start_session(opportunity, "drill", question=QUESTION).questions.get()
        candidates.append(
            {
                "username": username,
                "password": PASSWORD,
                "opportunity": opportunity.pk,
                "question": question.pk,
            }
        )
    return candidates


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--candidates", type=int, default=10)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    args.out.write_text(json.dumps(make_candidates(args.candidates)))


if __name__ == "__main__":
    main()
