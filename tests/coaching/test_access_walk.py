"""The access walk: every URL and method, generated from the URL patterns, for every persona.

Personas: the owner, a coach with each scope, a coach without a share, a revoked coach, another
organisation's admin, and an admin of the candidate's own organisation without a share.
Every URL outside the coaching pages is the owner's alone: a coach or an admin gets 404 (or 405
before any lookup), whatever their scope or role; membership of an organisation opens nothing.
The coaching pages allow exactly what the scope says, from the table below; a new coaching URL
with an id fails the walk until it is added to the table.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import get_resolver, reverse

from roundtwo.coaching.models import Comment, Share
from roundtwo.coaching.sharing import revoke
from roundtwo.opportunities.models import Opportunity
from roundtwo.organisations.membership import found
from roundtwo.organisations.models import Membership, Role
from roundtwo.reflect.models import LoggedQuestion
from roundtwo.rehearse.models import Review
from tests.coaching.conftest import FULL_SCOPE, share_with
from tests.conftest import make_user, signed_in
from tests.web.test_access_control import counts, named_object_urls, named_patterns

Rule = Callable[[Share | None], bool]


def never(share: Share | None) -> bool:
    return False


def any_share(share: Share | None) -> bool:
    return share is not None


def flag(name: str) -> Rule:
    return lambda share: share is not None and bool(getattr(share, name))


# (URL name, method) -> which shares it is allowed to. Anything absent is the owner's alone.
COACH_RULES: dict[tuple[str, str], Rule] = {
    ("coaching:workspace", "get"): any_share,
    ("coaching:comment", "post"): flag("can_comment"),
    ("coaching:resolve", "post"): flag("can_comment"),
    ("coaching:media", "get"): flag("shares_recordings"),
    ("coaching:review", "get"): flag("can_review"),
    ("coaching:review", "post"): flag("can_review"),
    ("coaching:flag", "post"): never,
    ("coaching:revoke", "post"): never,
}
# Pages without an id show the signed-in user's own things; the coach dashboard lists candidates.
SCOPES: dict[str, dict[str, bool] | None] = {
    "coach who may view": {},
    "coach who may comment": {"can_comment": True},
    "coach who may review": {"can_review": True, "shares_recordings": True},
    "coach with stories": {"shares_stories": True},
    "coach with resume": {"shares_resume": True},
    "coach with recordings": {"shares_recordings": True},
    "coach without a share": None,
    "revoked coach": FULL_SCOPE,
    "other organisation's admin": None,
    "own organisation's admin without a share": None,
}


def coach_persona(
    alice: User, opportunity: Opportunity, persona: str, username: str = "coach"
) -> tuple[Client, Share | None]:
    """A signed-in coach with the persona's share (bench/security walks them all in one run)."""
    coach = make_user(username)
    if "organisation's admin" in persona:
        organisation = found(f"Northside Careers ({username})", coach)
        member = alice if persona.startswith("own") else make_user(f"{username}-someone")
        Membership.objects.create(organisation=organisation, user=member, role=Role.CANDIDATE)
    scope = SCOPES[persona]
    share = None if scope is None else share_with(alice, coach, opportunity, **scope)
    if persona == "revoked coach" and share is not None:
        revoke(share)
        share = None
    return signed_in(coach), share


def post_data(opportunity: Opportunity) -> dict[str, str]:
    question = LoggedQuestion.objects.filter(opportunity=opportunity).first()
    assert question is not None
    return {
        "target": f"logged_question:{question.pk}",
        "text": "A remark",
        "name": "Mallory",
        "title": "x",
        "due": "2030-01-01",
        "question": "Mallory?",
        "comments": "Fine.",
        "reviewer": "A coach",
        "clarity": "4",
    }


def test_every_coaching_url_with_an_id_has_a_rule() -> None:
    names = {
        name
        for name, pattern in named_patterns(get_resolver().url_patterns)
        if name.startswith("coaching:") and set(pattern.pattern.converters) - {"token"}
    }
    ruled = {name for name, _ in COACH_RULES}
    assert names <= ruled, f"add these to COACH_RULES: {names - ruled}"


@pytest.mark.parametrize("persona", list(SCOPES))
def test_a_coach_reaches_exactly_what_the_scope_allows(
    alice: User, alices_opportunity: Opportunity, persona: str
) -> None:
    urls = named_object_urls(alices_opportunity, alice)
    client, share = coach_persona(alice, alices_opportunity, persona)
    before = counts(alices_opportunity)
    data = post_data(alices_opportunity)
    for name, url in urls:
        for method in ("get", "post"):
            rule = COACH_RULES.get((name, method))
            response = getattr(client, method)(url, data) if method == "post" else client.get(url)
            status = response.status_code
            if rule is not None and rule(share):
                assert status in {200, 302}, f"{persona}: {method.upper()} {url}: {status}"
            else:
                assert status in {404, 405}, f"{persona}: {method.upper()} {url}: {status}"
    alices_opportunity.refresh_from_db()
    assert alices_opportunity.archived_at is None
    assert counts(alices_opportunity) == before, "a coach changed nothing of the preparation"
    assert not Comment.objects.filter(flagged=True).exists()
    assert Share.objects.filter(owner=alice, revoked_at=None).count() == (
        2 if share is not None else 1
    )
    made_comment = Comment.objects.filter(text="A remark").exists()
    assert made_comment == (share is not None and share.can_comment)
    assert Review.objects.exists() == (share is not None and share.can_review)


@pytest.mark.parametrize("persona", list(SCOPES))
def test_pages_without_an_id_show_a_coach_nothing_of_the_candidates_contents(
    alice: User, alices_opportunity: Opportunity, persona: str
) -> None:
    named_object_urls(alices_opportunity, alice)  # one object of every kind, all Alice's
    client, share = coach_persona(alice, alices_opportunity, persona)
    for name, pattern in named_patterns(get_resolver().url_patterns):
        if pattern.pattern.converters:
            continue
        response = client.get(reverse(name))
        content = response.content.decode(errors="replace")
        for secret in ("The migration", "Aiko Tanaka", "Wrote SQL reports", "Why this company"):
            assert secret not in content, f"{persona}: {name} shows {secret!r}"
        if name != "coaching:dashboard" or share is None:
            assert "Acme Logistics" not in content, f"{persona}: {name}"


def test_the_owner_reaches_every_coaching_page_of_her_own(
    alice: User, alices_opportunity: Opportunity, alice_client: Client
) -> None:
    for name, url in named_object_urls(alices_opportunity, alice):
        if name.startswith("coaching:") and (name, "x") != ("coaching:review", "get"):
            rule = COACH_RULES.get((name, "get"))
            if rule is not None:
                assert alice_client.get(url).status_code == 200, url
