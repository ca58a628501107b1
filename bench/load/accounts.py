"""Make the load test's accounts: N users, each with the demo opportunity, listed in a JSON file.

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

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
PASSWORD = "a steady load on a quiet evening"


def make_accounts(count: int) -> list[dict[str, object]]:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "roundtwo.settings")
    import django

    django.setup()
    from django.contrib.auth.models import User
    from django.core.management import call_command

    from roundtwo.opportunities.demo import load_demo

    call_command("migrate", verbosity=0)
    accounts = []
    for number in range(count):
        username = f"load{number:03d}"
        user = User.objects.filter(username=username).first() or User.objects.create_user(
            username, password=PASSWORD
        )
        opportunity = user.opportunities.first() or load_demo(user)  # type: ignore[attr-defined]
        tasks = list(opportunity.plan_tasks.values_list("pk", flat=True))
        accounts.append(
            {
                "username": username,
                "password": PASSWORD,
                "opportunity": opportunity.pk,
                "tasks": tasks,
            }
        )
    return accounts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    args.out.write_text(json.dumps(make_accounts(args.users)))


if __name__ == "__main__":
    main()
