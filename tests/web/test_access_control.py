"""Every URL that takes an object id answers 404 to anyone but the object's owner."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from roundtwo.accounts.models import SignedInSession
from roundtwo.ask.models import AskQuestion
from roundtwo.background.models import Job
from roundtwo.backup.tasks import queue_export
from roundtwo.coaching.models import Comment, Share
from roundtwo.coaching.sharing import create_share
from roundtwo.documents.models import ChecklistItem, Reference
from roundtwo.followup.models import Debrief, FollowUpEmail
from roundtwo.opportunities.models import Opportunity
from roundtwo.organisations.invitations import create_invitation
from roundtwo.organisations.membership import found
from roundtwo.practice.models import PracticeQuestion
from roundtwo.reflect.models import LoggedQuestion, TranscriptDraft
from roundtwo.rehearse.models import Attempt
from roundtwo.rehearse.recording import store_upload
from roundtwo.rehearse.sessions import start_session
from roundtwo.research.models import Item, Source
from roundtwo.resume.models import Achievement, Experience
from roundtwo.stories.models import Story

ID_PARAMETERS = {
    "pk",
    "person_pk",
    "task_pk",
    "job_pk",
    "question_pk",
    "draft_pk",
    "source_pk",
    "item_pk",
    "experience_pk",
    "story_pk",
    "practice_pk",
    "ask_pk",
    "check_pk",
    "reference_pk",
    "pack_job_pk",
    "email_pk",
    "session_pk",
    "prompt_pk",
    "attempt_pk",
    "signed_in_session_pk",
    "share_pk",
    "comment_pk",
    "org_pk",
    "membership_pk",
    "org_invitation_pk",
}
# A review link's token is its own key: rehearse tests check it reveals nothing else.
OPEN_BY_TOKEN = {"token", "uidb64"}  # review links; password-reset links (with a user id)


def named_patterns(
    patterns: list[URLPattern | URLResolver], namespace: str = ""
) -> Iterator[tuple[str, URLPattern]]:
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from named_patterns(entry.url_patterns, inner)
        elif entry.name:
            yield f"{namespace}{entry.name}", entry


def object_urls(opportunity: Opportunity, owner: User) -> list[str]:
    """Every URL pattern with an id in it, filled with ids of the owner's objects."""
    return [url for _, url in named_object_urls(opportunity, owner)]


def object_ids(opportunity: Opportunity, owner: User) -> dict[str, object]:
    """One object of each kind, owned by `owner`, by the URL parameter that names it."""
    job = queue_export(owner.pk)
    question = LoggedQuestion.objects.create(
        opportunity=opportunity, question="Why this company?", asked_by="Dana Lee"
    )
    turns = [
        {"speaker": "Dana Lee", "text": "Why this company?", "start": 0.0, "end": 2.0},
        {
            "speaker": "Alice",
            "text": "Because of the mission and the team.",
            "start": 2.0,
            "end": 5.0,
        },
    ]
    draft = TranscriptDraft.objects.create(
        opportunity=opportunity, filename="round1.vtt", format="vtt", turns=turns
    )
    source = Source.objects.create(
        opportunity=opportunity, kind="job", content="Analyst. Requirements: SQL.", status="ready"
    )
    item = Item.objects.create(opportunity=opportunity, section="must", name="SQL", source=source)
    experience = Experience.objects.create(owner=owner, title="Analyst", organisation="Acme")
    Achievement.objects.create(experience=experience, text="Wrote SQL reports every week")
    story = Story.objects.create(owner=owner, title="The migration", result="Cut costs by 30%.")
    practice = PracticeQuestion.objects.create(
        opportunity=opportunity, key="bq-1", question="Tell me about a conflict.", kind="behavioral"
    )
    ask = AskQuestion.objects.create(opportunity=opportunity, text="How is success measured?")
    check = ChecklistItem.objects.create(opportunity=opportunity, label="Photo ID")
    reference = Reference.objects.create(owner=owner, name="Aiko Tanaka")
    pack_job = Job.objects.create(owner=owner, kind="pack")
    person = opportunity.interviewers.all()[0]
    Debrief.objects.create(opportunity=opportunity, interviewer=person, topics="Routes")
    email = FollowUpEmail.objects.create(
        opportunity=opportunity, interviewer=person, subject="Thank you", body="Thank you."
    )
    rehearsal = start_session(opportunity, "drill", question="Tell me about a conflict.")
    prompt = rehearsal.questions.get()
    attempt = Attempt.objects.create(question=prompt, question_key="conflict", mode="upload")
    store_upload(attempt, b"RIFF a recording")
    share = Share(email="someone@example.org")
    create_share(owner, share)
    comment = Comment.objects.create(
        owner=owner, author=owner, opportunity=opportunity, logged_question=question, text="Hm."
    )
    organisation = found(f"Careers of {owner.username}", owner)  # the owner is its admin
    org_invitation, _ = create_invitation(organisation, owner, "someone@example.org", "candidate")
    return {
        "org_pk": organisation.pk,
        "membership_pk": organisation.memberships.get().pk,
        "org_invitation_pk": org_invitation.pk,
        "share_pk": share.pk,
        "comment_pk": comment.pk,
        "session_pk": rehearsal.pk,
        "prompt_pk": prompt.pk,
        "attempt_pk": attempt.pk,
        "pk": opportunity.pk,
        "person_pk": opportunity.interviewers.first().pk,  # type: ignore[union-attr]
        "task_pk": opportunity.plan_tasks.first().pk,  # type: ignore[union-attr]
        "job_pk": job.pk,
        "question_pk": question.pk,
        "draft_pk": draft.pk,
        "source_pk": source.pk,
        "item_pk": item.pk,
        "experience_pk": experience.pk,
        "story_pk": story.pk,
        "practice_pk": practice.pk,
        "ask_pk": ask.pk,
        "check_pk": check.pk,
        "reference_pk": reference.pk,
        "pack_job_pk": pack_job.pk,
        "email_pk": email.pk,
        "signed_in_session_pk": SignedInSession.objects.create(
            user=owner, session_key=f"walk-{owner.pk}", last_seen=timezone.now()
        ).pk,
    }


def named_object_urls(opportunity: Opportunity, owner: User) -> list[tuple[str, str]]:
    """(name, URL) of every URL pattern with an id in it, filled with the owner's ids."""
    ids = object_ids(opportunity, owner)
    urls: list[tuple[str, str]] = []
    for name, pattern in named_patterns(get_resolver().url_patterns):
        params = set(pattern.pattern.converters)
        assert params <= ID_PARAMETERS | {"key"} | OPEN_BY_TOKEN, f"{name}: an unknown id"
        if params & OPEN_BY_TOKEN:
            continue
        if params & ID_PARAMETERS:
            kwargs = {param: ids[param] for param in params if param in ids}
            if "key" in params:
                kwargs["key"] = "understand"
            if name in {"background:job", "background:retry"}:
                kwargs = {"pk": ids["job_pk"]}
            urls.append((name, reverse(name, kwargs=kwargs)))
    return urls


def test_every_object_url_is_covered(alices_opportunity: Opportunity, alice: User) -> None:
    assert len(object_urls(alices_opportunity, alice)) >= 14


@pytest.mark.parametrize("method", ["get", "post"])
def test_bob_cannot_reach_any_of_alices_objects(
    alices_opportunity: Opportunity, alice: User, bob_client: Client, method: str
) -> None:
    # A GET to a POST-only URL (or a POST to a read-only one) is refused before any lookup
    # (405), the same for every id.
    allowed = {404, 405}
    for url in object_urls(alices_opportunity, alice):
        response = getattr(bob_client, method)(url)
        assert response.status_code in allowed, f"{method.upper()} {url}: {response.status_code}"


def counts(opportunity: Opportunity) -> tuple[int, ...]:
    return (
        opportunity.interviewers.count(),
        opportunity.plan_tasks.count(),
        opportunity.logged_questions.count(),
        opportunity.transcript_drafts.count(),
        opportunity.sources.count(),
        opportunity.research_items.count(),
        Experience.objects.filter(owner=opportunity.owner).count(),
        Story.objects.filter(owner=opportunity.owner).count(),
        opportunity.practice_questions.count(),
        opportunity.ask_questions.count(),
        opportunity.checklist_items.count(),
        opportunity.reference_briefs.count(),
        Reference.objects.filter(owner=opportunity.owner).count(),
        opportunity.followup_debriefs.count(),
        opportunity.followup_emails.count(),
        opportunity.rehearsal_sessions.count(),
        Attempt.objects.filter(question__session__opportunity=opportunity).count(),
    )


def test_bob_changed_nothing_of_alices(
    alices_opportunity: Opportunity, alice: User, bob_client: Client
) -> None:
    urls = object_urls(alices_opportunity, alice)
    before = counts(alices_opportunity)
    for url in urls:
        bob_client.post(
            url, {"name": "Mallory", "title": "x", "due": "2030-01-01", "question": "Mallory?"}
        )
    alices_opportunity.refresh_from_db()
    assert alices_opportunity.archived_at is None
    assert counts(alices_opportunity) == before
    assert not LoggedQuestion.objects.filter(question__contains="Mallory").exists()
    assert not alices_opportunity.plan_tasks.filter(done_at__isnull=False).exists()
    assert not FollowUpEmail.objects.exclude(status="draft").exists()


def test_alice_reaches_her_own_objects(
    alices_opportunity: Opportunity, alice: User, alice_client: Client
) -> None:
    for url in object_urls(alices_opportunity, alice):
        response = alice_client.get(url)
        assert response.status_code in {200, 405, 404 if "download" in url else 200}, url


def test_a_visitor_who_is_not_signed_in_is_sent_to_sign_in(
    alices_opportunity: Opportunity, alice: User, client: Client
) -> None:
    for url in [*object_urls(alices_opportunity, alice), "/", "/backup/"]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/sign-in/")


def test_bobs_dashboard_does_not_list_alices_opportunity(
    alices_opportunity: Opportunity, bob_client: Client
) -> None:
    assert b"Acme Logistics" not in bob_client.get("/").content
