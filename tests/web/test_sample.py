"""The sample: every area filled by the real engines, one per account, removed in one click."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from roundtwo.background.worker import run_pending
from roundtwo.documents.models import ChecklistItem, Reference
from roundtwo.opportunities.demo import load_demo
from roundtwo.opportunities.models import Opportunity
from roundtwo.reflect.services import reflection_for
from roundtwo.rehearse.models import Attempt
from roundtwo.resume.models import Experience
from roundtwo.stories.models import Story
from roundtwo.workspace.areas import AREAS
from roundtwo.workspace.readiness import readiness, with_readiness_data

# Something of the sample that each area's page shows once the engines have read it.
AREA_CONTENT = {
    "understand": "For your interview at Harbor Freight Analytics",
    "reflect": "Tell me about a disagreement with a data scientist.",
    "research": "Say it plainly",
    "questions": "Disagreeing with a data scientist about hourly retraining",
    "ask": "Marcus Ode",
    "fit": "Own the outcome",
    "interviewers": "Staff Data Engineer",
    "rehearse": "Tell me about a disagreement with a data scientist.",
    "documents": "Sam Adeyemi",
    "followup": "Elena Vasquez",
}


def sample_of(user: User) -> Opportunity:
    return with_readiness_data(Opportunity.objects.filter(owner=user, is_sample=True)).get()


def data_files() -> set[Path]:
    return {path for path in Path(settings.DATA_DIR).rglob("*") if path.is_file()}


@pytest.mark.django_db(transaction=True)  # the worker manages its own transactions
def test_every_area_of_the_sample_is_filled_and_its_answer_is_transcribed(
    alice_client: Client, alice: User
) -> None:
    response = alice_client.post(reverse("opportunities:demo"))
    opportunity = sample_of(alice)
    assert response["Location"] == reverse("workspace:overview", args=[opportunity.pk])
    run_pending()  # the spoken answer, through the real speech engine

    attempt = Attempt.objects.get(question__session__opportunity=opportunity)
    assert attempt.status == Attempt.Status.DONE, attempt.message
    assert attempt.report is not None
    assert len(attempt.report["transcript"].split()) >= 20
    assert attempt.wpm and attempt.speaking_time_s
    assert {"fillers", "pauses", "pitch", "volume", "content"} <= set(attempt.report)

    scores = {area.key: area.score for area in readiness(sample_of(alice)).areas}
    assert all(scores[area.key] for area in AREAS), scores
    for area in AREAS:
        page = alice_client.get(reverse("workspace:area", args=[opportunity.pk, area.key]))
        assert page.status_code == 200, area.key
        text = page.content.decode()
        assert AREA_CONTENT[area.key] in text, area.key
        assert "This is a sample." in text
    report = alice_client.get(reverse("rehearse:attempt", args=[opportunity.pk, attempt.pk]))
    assert "What you said" in report.content.decode()


def test_the_values_and_the_fit_come_from_the_research_engines(alice: User) -> None:
    opportunity = load_demo(alice, spoken=False)
    items = {(item.section, item.name) for item in opportunity.research_items.all()}
    assert ("value", "Own the outcome") in items
    assert any(section == "must" for section, _ in items)
    assert any(section == "mission" for section, _ in items)
    assert Experience.objects.filter(owner=alice, sample_of=opportunity).exists()
    assert Story.objects.filter(owner=alice, sample_of=opportunity).count() == 5
    assert opportunity.practice_questions.exists()
    weakest = reflection_for(opportunity).weakest
    assert weakest and weakest[0].reasons, "round one has an answer the engine calls weak"
    assert opportunity.followup_emails.filter(kind="thank_you").count() == 2


def test_loading_the_sample_twice_keeps_one(alice_client: Client, alice: User) -> None:
    first = alice_client.post(reverse("opportunities:demo"))
    second = alice_client.post(reverse("opportunities:demo"), follow=True)
    assert Opportunity.objects.filter(owner=alice).count() == 1
    assert Story.objects.filter(owner=alice).count() == 5
    assert second.redirect_chain[0][0] == first["Location"]
    assert "there is only ever one" in second.content.decode()


def test_the_sample_is_marked_on_the_dashboard(alice_client: Client, alice: User) -> None:
    load_demo(alice, spoken=False)
    page = alice_client.get(reverse("opportunities:dashboard")).content.decode()
    assert 'class="status status-sample">Sample<' in page
    assert reverse("opportunities:remove_demo") in page


def test_removing_asks_first_and_changes_nothing_until_confirmed(
    alice_client: Client, alice: User
) -> None:
    load_demo(alice, spoken=False)
    page = alice_client.get(reverse("opportunities:remove_demo"))
    assert "Remove the sample?" in page.content.decode()
    assert Opportunity.objects.filter(owner=alice).count() == 1


@pytest.mark.django_db(transaction=True)  # files are removed once the deletion commits
def test_removing_the_sample_deletes_every_row_and_file_and_keeps_the_users_own(
    alice_client: Client, alice: User
) -> None:
    before = data_files()
    own = Story.objects.create(owner=alice, title="My own story", action="I did it.")
    alice_client.post(reverse("opportunities:demo"))
    sample = Opportunity.objects.get(owner=alice)
    attempt = Attempt.objects.get(question__session__opportunity=sample)
    assert data_files() - before, "the recording and the attachment are on disk"

    response = alice_client.post(reverse("opportunities:remove_demo"))
    assert response["Location"] == reverse("opportunities:dashboard")
    assert not Opportunity.objects.filter(owner=alice).exists()
    assert list(Story.objects.filter(owner=alice)) == [own]
    assert not Experience.objects.filter(owner=alice).exists()
    assert not Reference.objects.filter(owner=alice).exists()
    assert not ChecklistItem.objects.exists()
    assert not DBTaskResult.objects.filter(args_kwargs__args__0=attempt.pk).exists()
    assert data_files() - before == set()
    assert "Look at a sample first" in alice_client.get("/").content.decode()


def test_someone_without_a_sample_cannot_remove_anothers(alice: User, bob_client: Client) -> None:
    load_demo(alice, spoken=False)
    assert bob_client.post(reverse("opportunities:remove_demo")).status_code == 404
    assert Opportunity.objects.filter(owner=alice, is_sample=True).exists()


def test_an_opportunity_of_ones_own_is_never_removed_as_the_sample(alice: User) -> None:
    from roundtwo.opportunities.sample.removal import remove_sample
    from tests.conftest import make_opportunity

    with pytest.raises(ValueError):
        remove_sample(make_opportunity(alice))


def test_the_samples_stories_and_resume_lines_are_marked_in_the_library(
    alice_client: Client, alice: User
) -> None:
    load_demo(alice, spoken=False)
    for url in (reverse("stories:library"), reverse("resume:page")):
        assert 'class="status status-sample">Sample<' in alice_client.get(url).content.decode()
