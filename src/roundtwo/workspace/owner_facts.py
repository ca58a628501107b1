"""What readiness needs to know about the owner rather than the opportunity, asked once.

Stories, references and resume evidence belong to the person, not to one opportunity: the
dashboard used to count them again for every opportunity (and fetch the owner each time). One
OwnerFacts per owner is now kept on each opportunity object that readiness reads.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Count

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


def owner_facts(opportunity: Opportunity) -> OwnerFacts:
    facts: OwnerFacts | None = getattr(opportunity, _ATTRIBUTE, None)
    if facts is None:
        facts = load_many({opportunity.owner_id})[opportunity.owner_id]
        setattr(opportunity, _ATTRIBUTE, facts)
    return facts


def load_many(owner_ids: set[int]) -> dict[int, OwnerFacts]:
    """The facts of several owners in three grouped queries, however many owners there are."""
    stories = dict(
        Story.objects.filter(owner_id__in=owner_ids)
        .order_by()
        .values("owner_id")
        .annotate(count=Count("pk"))
        .values_list("owner_id", "count")
    )
    references = dict(
        Reference.objects.filter(owner_id__in=owner_ids)
        .order_by()
        .values("owner_id")
        .annotate(count=Count("pk"))
        .values_list("owner_id", "count")
    )
    with_achievements = set(
        Achievement.objects.filter(experience__owner_id__in=owner_ids)
        .order_by()
        .values_list("experience__owner_id", flat=True)
        .distinct()
    )
    return {
        owner: OwnerFacts(
            stories=stories.get(owner, 0),
            references=references.get(owner, 0),
            has_evidence=stories.get(owner, 0) > 0 or owner in with_achievements,
        )
        for owner in owner_ids
    }


def share_owner_facts(opportunities: Iterable[Opportunity]) -> None:
    """Ask once for a whole list, of one owner (a dashboard) or many (an organisation)."""
    listed = list(opportunities)
    by_owner = load_many({opportunity.owner_id for opportunity in listed})
    for opportunity in listed:
        setattr(opportunity, _ATTRIBUTE, by_owner[opportunity.owner_id])
