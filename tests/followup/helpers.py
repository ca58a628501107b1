"""Debriefs written the way a user writes them on their phone after the interview."""

from __future__ import annotations

from roundtwo.followup.models import Debrief
from roundtwo.opportunities.models import Interviewer, Opportunity

DANA_TOPICS = "The move to a new warehouse management system\nForecasting peak season demand"
SAM_TOPICS = "Expanding into cold-chain logistics\nHow the board measures on-time delivery"


def debrief(person: Interviewer, topics: str, **fields: str) -> Debrief:
    found, _ = Debrief.objects.update_or_create(
        interviewer=person,
        defaults={"opportunity": person.opportunity, "topics": topics, **fields},
    )
    return found


def debrief_panel(opportunity: Opportunity) -> tuple[Interviewer, Interviewer]:
    dana = opportunity.interviewers.get(name="Dana Lee")
    sam = opportunity.interviewers.get(name="Sam Ortiz")
    debrief(
        dana,
        DANA_TOPICS,
        specific="She said the first ninety days are about learning the routes.",
        questions_asked="How would you cut late deliveries?",
        next_steps="The recruiter calls by Friday.",
    )
    debrief(sam, SAM_TOPICS, specific="He wants analysts who talk to drivers.")
    dana.email = "dana.lee@acme.example"
    dana.save()
    sam.email = "sam.ortiz@acme.example"
    sam.save()
    return dana, sam


def area_url(opportunity: Opportunity) -> str:
    return f"/o/{opportunity.pk}/area/followup/"
