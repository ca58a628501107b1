"""What readiness needs to know about the owner rather than the opportunity, asked once.

Stories, references and resume evidence belong to the person, not to one opportunity: the
dashboard used to count them again for every opportunity (and fetch the owner each time). One
OwnerFacts per owner is now kept on each opportunity object that readiness reads.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from roundtwo.documents.models import Reference
from roundtwo.opportunities.models import Opportunity
from roundtwo.resume.models import Achievement
from roundtwo.stories.models import Story

_ATTRIBUTE = "_roundtwo_owner_facts"


@dataclass(frozen=True)
class OwnerFacts:
    stories: int
    references: int
    has_evidence: bool  # an achievement from the resume, or a story


def load_owner_facts(owner_id: int) -> OwnerFacts:
    stories = Story.objects.filter(owner_id=owner_id).count()
    return OwnerFacts(
        stories=stories,
        references=Reference.objects.filter(owner_id=owner_id).count(),
        has_evidence=stories > 0
        or Achievement.objects.filter(experience__owner_id=owner_id).exists(),
    )


def owner_facts(opportunity: Opportunity) -> OwnerFacts:
    facts: OwnerFacts | None = getattr(opportunity, _ATTRIBUTE, None)
    if facts is None:
        facts = load_owner_facts(opportunity.owner_id)
        setattr(opportunity, _ATTRIBUTE, facts)
    return facts


def share_owner_facts(opportunities: Iterable[Opportunity]) -> None:
    """Ask once per owner for a whole list (a dashboard holds one owner's opportunities)."""
    by_owner: dict[int, OwnerFacts] = {}
    for opportunity in opportunities:
        if opportunity.owner_id not in by_owner:
            by_owner[opportunity.owner_id] = owner_facts(opportunity)
        setattr(opportunity, _ATTRIBUTE, by_owner[opportunity.owner_id])
