"""The figures an organisation's admins see: counts across its candidates, never contents.

Each figure is a count over rows of all the organisation's candidates (aggregate queries;
readiness is scored per candidate in this process, as the coach's dashboard does, and only
the band counts leave it). No name of an opportunity, answer or story is returned, and the
readiness bands are withheld below MIN_GROUP candidates, so no one's score can be read off.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, QuerySet
from django.utils import timezone

from roundtwo.opportunities.models import Opportunity
from roundtwo.organisations.models import Membership, Organisation, Role
from roundtwo.rehearse.models import Attempt
from roundtwo.workspace.readiness_cache import states

SOON_DAYS = 14
WEEK_DAYS = 7
MIN_GROUP = 3
# (label, lowest score in the band), highest first.
BANDS = (("70% and over", 70), ("40% to 69%", 40), ("Under 40%", 0))
NOT_JUDGED = "Nothing to measure yet"
NO_INTERVIEW = "No interview coming up"


@dataclass(frozen=True)
class Band:
    label: str
    candidates: int


@dataclass(frozen=True)
class Figures:
    candidates: int
    interviews_soon: int  # interviews in the next SOON_DAYS days
    candidates_interviewing_soon: int
    bands: tuple[Band, ...] | None  # None: fewer than MIN_GROUP candidates
    rehearsals_this_week: int  # finished rehearsal attempts in the last WEEK_DAYS days
    candidates_rehearsing: int


def candidate_ids(organisation: Organisation) -> QuerySet[Membership, int]:
    return organisation.memberships.filter(role=Role.CANDIDATE).values_list("user_id", flat=True)


def live_opportunities(organisation: Organisation) -> QuerySet[Opportunity]:
    """The candidates' own interviews: not archived, not the sample."""
    return Opportunity.objects.filter(
        owner_id__in=candidate_ids(organisation), archived_at=None, is_sample=False
    )


def readiness_bands(organisation: Organisation, candidates: int) -> tuple[Band, ...] | None:
    """Each candidate counted once, by the readiness of their next interview."""
    if candidates < MIN_GROUP:
        return None
    upcoming = (
        live_opportunities(organisation)
        .filter(interview_date__gte=timezone.localdate())
        .order_by("owner_id", "interview_date", "pk")
        .values_list("owner_id", "pk")
    )
    next_of: dict[int, int] = {}
    for owner_id, pk in upcoming:
        next_of.setdefault(owner_id, pk)
    counts = dict.fromkeys([label for label, _ in BANDS] + [NOT_JUDGED], 0)
    # Kept snapshots where they hold; the rest computed with every owner's facts at once.
    for state in states(Opportunity.objects.filter(pk__in=next_of.values())).values():
        score = state.readiness.overall
        label = NOT_JUDGED if score is None else next(lab for lab, low in BANDS if score >= low)
        counts[label] += 1
    counts[NO_INTERVIEW] = candidates - len(next_of)
    return tuple(Band(label, count) for label, count in counts.items())


def figures(organisation: Organisation) -> Figures:
    today = timezone.localdate()
    candidates = organisation.memberships.filter(role=Role.CANDIDATE).count()
    soon = live_opportunities(organisation).filter(
        interview_date__gte=today, interview_date__lte=today + dt.timedelta(days=SOON_DAYS)
    )
    soon_counts = soon.aggregate(
        interviews=Count("pk"), candidates=Count("owner_id", distinct=True)
    )
    rehearsed = Attempt.objects.filter(
        question__session__opportunity__in=live_opportunities(organisation),
        status=Attempt.Status.DONE,
        created_at__gte=timezone.now() - dt.timedelta(days=WEEK_DAYS),
    ).aggregate(
        attempts=Count("pk"),
        candidates=Count("question__session__opportunity__owner_id", distinct=True),
    )
    return Figures(
        candidates=candidates,
        interviews_soon=soon_counts["interviews"],
        candidates_interviewing_soon=soon_counts["candidates"],
        bands=readiness_bands(organisation, candidates),
        rehearsals_this_week=rehearsed["attempts"],
        candidates_rehearsing=rehearsed["candidates"],
    )
