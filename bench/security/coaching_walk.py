"""The coaching part of bench/security/run.py: personas, invitation links, the coach's pages.

The personas and the rule table are tests/coaching/test_access_walk.py's, so the bench and the
tests cannot drift apart: the owner, a coach with each scope, a coach without a share and a
revoked coach. Each coach asks for every URL pattern with an id (filled with Alice's ids) with
GET and POST; the rule table says what their share allows. Counted per persona: probes, answers
the rule allows, refusals (404/405), leaks (any other answer where the rule refuses, or a refusal
page showing Alice's data), rows changed in tables the scope does not allow (every table counted
before and after), and the pages without an id showing Alice's contents.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Counts = Callable[[], dict[str, int]]
Body = Callable[[Any], bytes]
# What pages without an id must never show a coach (the walk's own secrets).
PRIVATE_WORDS = ("The migration", "Aiko Tanaka", "Wrote SQL reports", "Why this company")
NEW_ACCOUNT = {"first_name": "Mallory", "password1": "quiet lamp river 42"}
NEW_ACCOUNT["password2"] = NEW_ACCOUNT["password1"]


@dataclass
class Persona:
    name: str
    probes: int = 0
    allowed: int = 0
    refused: int = 0
    leaks: list[str] = field(default_factory=list)
    wrongly_refused: list[str] = field(default_factory=list)
    changed: dict[str, int] = field(default_factory=dict)  # outside what the scope allows
    expected_changes: dict[str, int] = field(default_factory=dict)
    plain_pages: int = 0
    plain_showing: list[str] = field(default_factory=list)


def tables_the_scope_writes(share: Any) -> set[str]:
    """A coach's reads write the access log; comments notify and queue a mail; reviews are rows."""
    from django_tasks_db.models import DBTaskResult

    from roundtwo.coaching.models import AccessRecord, Comment, Notification
    from roundtwo.rehearse.models import Review

    if share is None:
        return set()
    tables = {AccessRecord._meta.db_table}
    if share.can_comment:
        tables |= {Comment._meta.db_table, Notification._meta.db_table, DBTaskResult._meta.db_table}
    if share.can_review:
        tables.add(Review._meta.db_table)
    return tables


def walk_coach(
    named: list[tuple[str, str]],
    alice: Any,
    opportunity: Any,
    persona: str,
    plain: list[str],
    counts: Counts,
    body: Body,
    words: tuple[str, ...],
) -> Persona:
    from tests.coaching.test_access_walk import COACH_RULES, coach_persona, post_data

    username = "coach-" + persona.replace(" ", "-")
    client, share = coach_persona(alice, opportunity, persona, username=username)
    tally = Persona(persona)
    data = post_data(opportunity)
    before = counts()
    for name, url in named:
        for method in ("get", "post"):
            rule = COACH_RULES.get((name, method))
            response = client.post(url, data) if method == "post" else client.get(url)
            tally.probes += 1
            status = response.status_code
            if rule is not None and rule(share):
                if status in {200, 302}:
                    tally.allowed += 1
                else:
                    tally.wrongly_refused.append(f"{method.upper()} {url}: {status}")
                continue
            shown = [w for w in words if w.encode() in body(response)]
            if status in {404, 405} and not shown:
                tally.refused += 1
            else:
                tally.leaks.append(f"{method.upper()} {url}: {status} {shown}")
    after = counts()
    changed = {t: after[t] - before.get(t, 0) for t in after if after[t] != before.get(t)}
    allowed = tables_the_scope_writes(share)
    tally.changed = {t: n for t, n in changed.items() if t not in allowed}
    tally.expected_changes = {t: n for t, n in changed.items() if t in allowed}
    for url in plain:
        page = body(client.get(url)).decode("utf-8", "replace")
        tally.plain_pages += 1
        secret = [w for w in PRIVATE_WORDS if w in page]
        if "Acme Logistics" in page and (share is None or not url.startswith("/coach/")):
            secret.append("Acme Logistics")
        if secret:
            tally.plain_showing.append(f"{url}: {secret}")
    return tally


def walk_owner(named: list[tuple[str, str]], alice: Any) -> tuple[int, list[str]]:
    """Alice opens each coaching page of her own that has a GET rule: (pages, not answered 200)."""
    from django.test import Client

    from tests.coaching.test_access_walk import COACH_RULES

    client = Client()
    client.force_login(alice)
    asked, failed = 0, []
    for name, url in named:
        if name.startswith("coaching:") and (name, "get") in COACH_RULES:
            asked += 1
            status = client.get(url).status_code
            if status != 200:
                failed.append(f"GET {url}: {status}")
    return asked, failed


def walk_personas(
    named: list[tuple[str, str]],
    alice: Any,
    opportunity: Any,
    plain: list[str],
    counts: Counts,
    body: Body,
    words: tuple[str, ...],
) -> list[Persona]:
    from tests.coaching.test_access_walk import SCOPES

    return [
        walk_coach(named, alice, opportunity, persona, plain, counts, body, words)
        for persona in SCOPES
    ]


@dataclass
class Invitations:
    probes: int = 0
    gone: int = 0  # answered 410 with the reason
    other: list[str] = field(default_factory=list)
    accounts_made: int = 0
    shares_changed: int = 0
    registered_probes: int = 0
    registered_sent_to_sign_in: int = 0


def bad_links(alice: Any) -> dict[str, str]:
    """A forged link, and an expired, a used and a withdrawn invitation of Alice's."""
    from django.contrib.auth.models import User
    from django.utils import timezone

    from roundtwo.coaching.models import Share
    from roundtwo.coaching.sharing import accept, create_share, revoke

    tokens = {"forged": "x" * 43}
    for label in ("expired", "used", "withdrawn"):
        tokens[label] = create_share(alice, Share(email=f"{label}@example.org"))
    earlier = timezone.now() - dt.timedelta(minutes=1)
    Share.objects.filter(email="expired@example.org").update(expires_at=earlier)
    accept(tokens["used"], User.objects.create_user("used-coach", password="x" * 20))
    revoke(Share.objects.get(email="withdrawn@example.org"))
    return tokens


def invitation_links(alice: Any, bob: Any) -> Invitations:
    """Every bad link on both invitation pages, GET and POST, signed out and signed in as Bob;
    then a link to an address that has an account, on the account-creation page."""
    from django.contrib.auth.models import User
    from django.test import Client

    from roundtwo.coaching.models import Share
    from roundtwo.coaching.sharing import create_share

    tokens = bad_links(alice)
    signed_in = Client()
    signed_in.force_login(bob)
    users = User.objects.count()
    shares = list(Share.objects.order_by("pk").values_list("coach_id", "accepted_at"))
    tally = Invitations()
    for label, token in tokens.items():
        for client in (Client(), signed_in):
            for page in (f"/invitation/{token}/", f"/invitation/{token}/create-account/"):
                for method in ("get", "post"):
                    response = (
                        client.post(page, NEW_ACCOUNT) if method == "post" else client.get(page)
                    )
                    tally.probes += 1
                    if response.status_code == 410:
                        tally.gone += 1
                    else:
                        tally.other.append(
                            f"{label} {method.upper()} {page}: {response.status_code}"
                        )
    bob.email = "bob@example.org"
    bob.save()
    token = create_share(alice, Share(email="bob@example.org"))
    page = f"/invitation/{token}/create-account/"
    for response in (Client().get(page), Client().post(page, NEW_ACCOUNT)):
        tally.registered_probes += 1
        tally.registered_sent_to_sign_in += b"already exists on this site" in response.content
    tally.accounts_made = User.objects.count() - users
    now = list(Share.objects.order_by("pk").values_list("coach_id", "accepted_at"))
    tally.shares_changed = sum(a != b for a, b in zip(shares, now, strict=False))
    return tally


def coach_pages(
    alice: Any, opportunity: Any, named: list[tuple[str, str]]
) -> tuple[Any, list[str], list[str]]:
    """A coach with every scope who has commented, a comment restored from an export, and a live
    invitation: (the coach, the coaching URLs they open, the invitation pages a visitor opens)."""
    from django.contrib.auth.models import User

    from roundtwo.coaching.comments import Target, add_comment
    from roundtwo.coaching.models import Comment, Share
    from roundtwo.coaching.sharing import create_share
    from roundtwo.reflect.models import LoggedQuestion
    from tests.coaching.conftest import FULL_SCOPE, share_with

    coach = User.objects.create_user("coach-full", password="x" * 20, first_name="Carol")
    share_with(alice, coach, opportunity, **FULL_SCOPE)
    question = LoggedQuestion.objects.filter(opportunity=opportunity).first()
    target = Target("logged_question", question, alice.pk)
    add_comment(target, coach, "A coach's remark", opportunity_id=opportunity.pk)
    Comment.objects.create(
        owner=alice,
        author=None,
        author_name="Restored",
        logged_question=question,
        opportunity=opportunity,
        text="A restored remark",
    )
    token = create_share(alice, Share(email="visitor@example.org", opportunity=opportunity))
    coaching = [url for name, url in named if name.startswith("coaching:")]
    visitor = [f"/invitation/{token}/", f"/invitation/{token}/create-account/"]
    return coach, coaching, visitor
