"""A polite check-in when a sent thank-you has had no reply for the business days the user set."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from roundtwo.engines.followup import check_in_draft, check_in_due
from roundtwo.followup.context import candidate_for, engine_debriefs
from roundtwo.followup.models import FollowUpEmail
from roundtwo.opportunities.models import Interviewer


def check_in_is_due(thanks: FollowUpEmail, today: dt.date, business_days: int) -> bool:
    if not thanks.is_sent or thanks.sent_at is None or thanks.replied_at is not None:
        return False
    sent_on = timezone.localdate(thanks.sent_at)
    return check_in_due(sent_on, today, business_days)


def create_check_in(thanks: FollowUpEmail, business_days: int) -> FollowUpEmail:
    """Store the engine's check-in for this person as a draft to edit and send."""
    opportunity = thanks.opportunity
    person: Interviewer = thanks.interviewer
    [debrief] = engine_debriefs(opportunity, [person])
    sent_at = thanks.sent_at or timezone.now()
    draft = check_in_draft(
        debrief,
        candidate_for(opportunity.owner),
        company=opportunity.company,
        role=opportunity.role_title,
        sent_on=timezone.localdate(sent_at),
        business_days=business_days,
        tone=thanks.tone,  # type: ignore[arg-type]
        today=timezone.localdate(),
    )
    email, _ = FollowUpEmail.objects.update_or_create(
        interviewer=person,
        kind=FollowUpEmail.Kind.CHECK_IN,
        defaults={
            "opportunity": opportunity,
            "to": thanks.to,
            "subject": draft.subject[:300],
            "body": draft.body,
            "tone": thanks.tone,
            "warnings": list(draft.warnings),
            "status": FollowUpEmail.Status.DRAFT,
        },
    )
    return email
