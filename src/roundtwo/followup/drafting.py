"""Thank-you drafts: made by the engine per interviewer, stored, and redrafted only when asked.

A draft the user edited or already sent is never replaced by "Draft all"; "Redraft" on one
person replaces theirs after the page asked (see views.redraft).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from roundtwo.engines.followup import Draft, draft_all, draft_thank_you
from roundtwo.followup.context import candidate_for, engine_debriefs
from roundtwo.followup.models import FollowUpEmail
from roundtwo.opportunities.models import Interviewer, Opportunity
from roundtwo.plan.services import panel_people


def drafts_for(opportunity: Opportunity, tone: str = "warm") -> list[tuple[Interviewer, Draft]]:
    """One engine draft per panel member, in the panel's order (nothing is stored)."""
    people = panel_people(opportunity)
    drafts = draft_all(
        engine_debriefs(opportunity, people),
        candidate_for(opportunity.owner),
        company=opportunity.company,
        role=opportunity.role_title,
        tone=tone,  # type: ignore[arg-type]  # the form's choices are the engine's tones
    )
    return list(zip(people, drafts, strict=True))


def store(email: FollowUpEmail, draft: Draft, tone: str) -> None:
    email.to = draft.to or email.to
    email.subject = draft.subject[:300]
    email.body = draft.body
    email.tone = tone
    email.topics_used = list(draft.topics_used)
    email.warnings = list(draft.warnings)
    email.needs_topic = draft.needs_topic
    email.edited = False
    email.last_error = ""
    email.status = FollowUpEmail.Status.DRAFT
    email.drafted_at = timezone.now()
    email.save()


@dataclass(frozen=True)
class Drafted:
    written: tuple[str, ...]
    kept: tuple[str, ...]  # edited by hand or already sent: left as they are


@transaction.atomic
def draft_notes(opportunity: Opportunity, tone: str) -> Drafted:
    existing = {
        e.interviewer_id: e
        for e in opportunity.followup_emails.filter(kind=FollowUpEmail.Kind.THANK_YOU)
    }
    written, kept = [], []
    for person, draft in drafts_for(opportunity, tone):
        email = existing.get(person.pk)
        if email is not None and (email.edited or email.status != FollowUpEmail.Status.DRAFT):
            kept.append(person.name)
            continue
        store(email or FollowUpEmail(opportunity=opportunity, interviewer=person), draft, tone)
        written.append(person.name)
    return Drafted(tuple(written), tuple(kept))


@transaction.atomic
def redraft(opportunity: Opportunity, person: Interviewer, tone: str) -> FollowUpEmail:
    """Replace this person's thank-you with a fresh draft (the caller has asked first)."""
    email = opportunity.followup_emails.filter(
        kind=FollowUpEmail.Kind.THANK_YOU, interviewer=person
    ).first() or FollowUpEmail(opportunity=opportunity, interviewer=person)
    drafts = {p.pk: d for p, d in drafts_for(opportunity, tone)}
    draft = drafts.get(person.pk)
    if draft is None:  # not on the panel: drafted on their own
        draft = single_draft(opportunity, person, tone)
    store(email, draft, tone)
    return email


def single_draft(opportunity: Opportunity, person: Interviewer, tone: str) -> Draft:
    [debrief] = engine_debriefs(opportunity, [person])
    return draft_thank_you(
        debrief,
        candidate_for(opportunity.owner),
        company=opportunity.company,
        role=opportunity.role_title,
        tone=tone,  # type: ignore[arg-type]
    )
