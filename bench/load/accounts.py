"""Make the load test's accounts: N users, each with the demo opportunity, listed in a JSON file.

Each account is also a coach: the next COACHED accounts (in a ring) shared their demo with it,
with comments allowed, so the mix can open a coach dashboard of several candidates and post
comments on their practice questions.

Runs inside Django against DATABASE_URL (the runner sets it): the same load_demo that
`roundtwo demo` runs, called in one process because 50 CLI starts would take minutes.

    DATABASE_URL=postgres://... .venv/bin/python bench/load/accounts.py --users 50 --out users.json
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
PASSWORD = "a steady load on a quiet evening"
COACHED = 3  # candidates per coach, as a coach with a small caseload


def make_accounts(count: int) -> list[dict[str, Any]]:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "roundtwo.settings")
    import django

    django.setup()
    from django.contrib.auth.models import User
    from django.core.management import call_command

    from roundtwo.background.worker import run_pending
    from roundtwo.opportunities.demo import load_demo

    call_command("migrate", verbosity=0)
    accounts = []
    for number in range(count):
        username = f"load{number:03d}"
        user = User.objects.filter(username=username).first() or User.objects.create_user(
            username, password=PASSWORD, email=f"{username}@example.org"
        )
        opportunity = user.opportunities.first() or load_demo(user)  # type: ignore[attr-defined]
        tasks = list(opportunity.plan_tasks.values_list("pk", flat=True))
        questions = list(opportunity.practice_questions.values_list("pk", flat=True))
        accounts.append(
            {
                "username": username,
                "password": PASSWORD,
                "opportunity": opportunity.pk,
                "tasks": tasks,
                "practice_questions": questions,
                "user_id": user.pk,
            }
        )
    for number, coach in enumerate(accounts):
        coached = [accounts[(number + step) % count] for step in range(1, COACHED + 1)]
        coach["coached"] = [
            share_with(candidate, coach) for candidate in coached if candidate != coach
        ]
    # The sample queues background work (its spoken answer is transcribed by the worker); it is
    # done here, before any load, or the measured server would be transcribing 50 answers.
    run_pending()
    return accounts


def share_with(candidate: dict[str, Any], coach: dict[str, Any]) -> dict[str, Any]:
    """An accepted share of the candidate's demo with the coach, allowed to comment."""
    from django.utils import timezone

    from roundtwo.coaching.models import Share

    share = Share.objects.filter(
        owner_id=candidate["user_id"], coach_id=coach["user_id"], revoked_at=None
    ).first()
    if share is None:
        share = Share(
            owner_id=candidate["user_id"],
            email=f"{coach['username']}@example.org",
            opportunity_id=candidate["opportunity"],
            can_comment=True,
        )
        share.new_token()
        share.coach_id = coach["user_id"]
        share.accepted_at = timezone.now()
        share.save()
    return {"opportunity": candidate["opportunity"], "questions": candidate["practice_questions"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    args.out.write_text(json.dumps(make_accounts(args.users)))


if __name__ == "__main__":
    main()
