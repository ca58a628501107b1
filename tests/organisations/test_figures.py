"""An admin sees figures across the candidates, never a candidate's contents without a share."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from roundtwo.coaching.models import AccessRecord
from roundtwo.opportunities.models import Opportunity
from roundtwo.organisations.figures import NO_INTERVIEW, figures
from roundtwo.organisations.models import Organisation, Role
from roundtwo.rehearse.models import Attempt
from roundtwo.rehearse.sessions import start_session
from tests.coaching.conftest import share_with
from tests.conftest import make_opportunity, make_user
from tests.organisations.conftest import join
from tests.web.test_access_control import named_object_urls

SECRETS = (
    "Acme Logistics",
    "Operations Analyst",
    "Dana Lee",
    "The migration",
    "Aiko Tanaka",
    "Wrote SQL reports",
    "Why this company",
    "Globex",
    "I listened first",
)


def rehearse(opportunity: Opportunity, status: str, days_ago: int = 0) -> Attempt:
    session = start_session(opportunity, "drill", question="Tell me about a conflict.")
    return Attempt.objects.create(
        question=session.questions.get(),
        question_key="conflict",
        mode="typed",
        status=status,
        typed_text="I listened first.",
        created_at=timezone.now() - dt.timedelta(days=days_ago),
    )


def fill_centre(centre: Organisation, alice: User, alices_opportunity: Opportunity) -> None:
    """Alice: everything, an interview in 10 days; Ben: one in 30 days, rehearsals; Cleo: none."""
    named_object_urls(alices_opportunity, alice)  # one object of every kind, all Alice's
    make_opportunity(alice, days_ahead=3, company="Archived Co", archived_at=timezone.now())
    ben, cleo = make_user("ben"), make_user("cleo")
    bens = make_opportunity(ben, days_ahead=30, company="Globex")
    rehearse(bens, Attempt.Status.DONE)
    rehearse(bens, Attempt.Status.DONE, days_ago=10)
    rehearse(bens, Attempt.Status.FAILED)
    make_opportunity(cleo, days_ahead=5, company="Sample Co", is_sample=True)
    for candidate in (alice, ben, cleo):
        join(centre, candidate)
    join(centre, make_user("dave"), Role.COACH)
    outsider = make_user("zoe")  # not a member: counts nowhere
    rehearse(make_opportunity(outsider, days_ahead=2), Attempt.Status.DONE)


def test_the_figures_count_candidates_interviews_readiness_and_rehearsals(
    centre: Organisation, alice: User, alices_opportunity: Opportunity
) -> None:
    fill_centre(centre, alice, alices_opportunity)
    found = figures(centre)
    assert found.candidates == 3
    assert (found.interviews_soon, found.candidates_interviewing_soon) == (1, 1)
    assert (found.rehearsals_this_week, found.candidates_rehearsing) == (1, 1)
    assert found.bands is not None
    assert sum(band.candidates for band in found.bands) == 3
    assert {band.label: band.candidates for band in found.bands}[NO_INTERVIEW] == 1


def test_the_admin_sees_the_figures_and_none_of_the_contents(
    centre: Organisation, alice: User, alices_opportunity: Opportunity, olga_client: Client
) -> None:
    fill_centre(centre, alice, alices_opportunity)
    page = olga_client.get(f"/organisations/{centre.pk}/")
    assert page.status_code == 200
    content = page.content.decode()
    assert "Interviews in the next 14 days" in content and "No interview coming up" in content
    assert "alice" in content, "who the members are is the admin's to know"
    for secret in SECRETS:
        assert secret not in content, secret
    assert not AccessRecord.objects.exists(), "no candidate's data was reached"


def test_readiness_bands_wait_for_three_candidates(
    centre: Organisation, alice: User, alices_opportunity: Opportunity, olga_client: Client
) -> None:
    join(centre, alice)
    assert figures(centre).bands is None
    page = olga_client.get(f"/organisations/{centre.pk}/").content.decode()
    assert "Shown from 3 candidates" in page and "Under 40%" not in page


def test_an_admin_without_a_share_is_refused_each_candidate_page(
    centre: Organisation, alice: User, alices_opportunity: Opportunity, olga_client: Client
) -> None:
    join(centre, alice)
    for url in (f"/coach/{alices_opportunity.pk}/", f"/o/{alices_opportunity.pk}/"):
        assert olga_client.get(url).status_code == 404, url
    assert b"Acme Logistics" not in olga_client.get("/coach/").content


def test_an_admin_with_a_share_sees_it_as_a_coach_and_the_look_is_logged(
    centre: Organisation,
    alice: User,
    alices_opportunity: Opportunity,
    olga: User,
    olga_client: Client,
) -> None:
    join(centre, alice)
    share_with(alice, olga, alices_opportunity)
    page = olga_client.get(f"/coach/{alices_opportunity.pk}/")
    assert page.status_code == 200 and b"Acme Logistics" in page.content
    assert AccessRecord.objects.filter(owner=alice, coach=olga).exists()
    assert b"Acme Logistics" not in olga_client.get(f"/organisations/{centre.pk}/").content
