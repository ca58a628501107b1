"""The signed-in mix of the load benchmark: each simulated person is one account with its demo.

Every locust user signs in once as its own account (accounts.py made them), then keeps a fixed
pace with constant_throughput: LOAD_RATE requests a second in total, shared by LOAD_USERS users.
Each request is recorded (time, name, milliseconds, failed) and written to LOAD_SAMPLES when
locust stops, so the runner can leave the sign-in and warm-up out of the figures.

Every account is also the coach of a few others (accounts.py shared their demos with it), so the
mix holds the coaching half too: the coach dashboard and comment posts on a coached candidate's
practice questions, sent as the coach's page sends them (a form POST answered by a redirect).
"""

from __future__ import annotations

import itertools
import json
import os
import random
import time
from pathlib import Path
from typing import Any

from locust import FastHttpUser, constant_throughput, events, task

AREAS = ("understand", "reflect", "research", "questions", "interviewers", "rehearse", "documents")
ACCOUNTS = json.loads(Path(os.environ["LOAD_ACCOUNTS"]).read_text())
RATE = float(os.environ.get("LOAD_RATE", "20"))
USERS = int(os.environ.get("LOAD_USERS", str(len(ACCOUNTS))))
_next_account = itertools.cycle(ACCOUNTS)
SAMPLES: list[tuple[float, str, float, bool]] = []


@events.request.add_listener
def keep_sample(
    request_type: str, name: str, response_time: float, exception: Any, **_: Any
) -> None:
    SAMPLES.append((time.time(), f"{request_type} {name}", response_time, exception is not None))


@events.quitting.add_listener
def write_samples(**_: Any) -> None:
    target = os.environ.get("LOAD_SAMPLES")
    if target:
        Path(target).write_text(json.dumps(SAMPLES))


class Candidate(FastHttpUser):
    """FastHttpUser (geventhttpclient) costs the load generator a fraction of requests' CPU,
    which matters when it shares the measured machine's two cores with the server."""

    wait_time = constant_throughput(RATE / USERS)

    def csrf(self) -> str:
        return next((c.value or "" for c in self.client.cookiejar if c.name == "csrftoken"), "")

    def on_start(self) -> None:
        account = next(_next_account)
        self.opportunity = account["opportunity"]
        self.tasks_to_tick = account["tasks"]
        self.coached = account["coached"]
        self.client.get("/accounts/sign-in/", name="sign-in page")
        with self.client.post(
            "/accounts/sign-in/",
            {
                "username": account["username"],
                "password": account["password"],
                "csrfmiddlewaretoken": self.csrf(),
            },
            name="sign-in",
            allow_redirects=False,
            catch_response=True,
        ) as answer:
            if answer.status_code != 302:
                answer.failure(f"sign-in answered {answer.status_code}")

    def page(self, url: str, name: str) -> None:
        with self.client.get(url, name=name, allow_redirects=False, catch_response=True) as answer:
            if answer.status_code != 200:
                answer.failure(f"{name} answered {answer.status_code}")

    @task(3)
    def dashboard(self) -> None:
        self.page("/", "dashboard")

    @task(3)
    def workspace(self) -> None:
        self.page(f"/o/{self.opportunity}/", "workspace")

    @task(5)
    def area(self) -> None:
        key = random.choice(AREAS)
        self.page(f"/o/{self.opportunity}/area/{key}/", "area page")

    @task(2)
    def plan(self) -> None:
        self.page(f"/o/{self.opportunity}/plan/", "plan")

    @task(2)
    def tick(self) -> None:
        """A plan tick as the page sends it: an htmx POST with the CSRF token in a header."""
        task_id = random.choice(self.tasks_to_tick)
        with self.client.post(
            f"/o/{self.opportunity}/plan/{task_id}/toggle/",
            headers={
                "HX-Request": "true",
                "X-CSRFToken": self.csrf(),
                "Referer": f"{self.host}/o/{self.opportunity}/plan/",
            },
            name="plan tick (POST)",
            allow_redirects=False,
            catch_response=True,
        ) as answer:
            if answer.status_code != 200:
                answer.failure(f"plan tick answered {answer.status_code}")

    @task(2)
    def comment_post(self) -> None:
        candidate = random.choice(self.coached)
        with self.client.post(
            f"/coach/{candidate['opportunity']}/comments/",
            {
                "target": f"practice_question:{random.choice(candidate['questions'])}",
                "text": "Say what changed for the customer in one sentence, with the number.",
                "csrfmiddlewaretoken": self.csrf(),
            },
            headers={"Referer": f"{self.host}/coach/{candidate['opportunity']}/"},
            name="comment post (POST)",
            allow_redirects=False,
            catch_response=True,
        ) as answer:
            if answer.status_code != 302:
                answer.failure(f"comment post answered {answer.status_code}")

    @task(1)
    def coach_dashboard(self) -> None:
        self.page("/coach/", "coach dashboard")
