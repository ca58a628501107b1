"""Readiness and the next step, kept between requests until the owner's preparation changes.

Every workspace page shows readiness for all ten areas, which reads some fifteen relations of
the opportunity: about 30 ms of a 60 ms page on PostgreSQL. Computed once, it is stored as a
snapshot tagged with the owner's revision and the day (the countdown and the follow-up signals
depend on the date), and used while both still hold.

The revision is raised in the same transaction as the change that makes a snapshot old
(revision.py). A reader takes the revision before it reads the data, so a snapshot computed
while a change commits is tagged with the older revision and is recomputed next time. With
ROUNDTWO_READINESS_CHECK=1 (the test suite sets it) every snapshot used is compared with a
fresh computation, so a write path that forgets to touch fails the tests that cover it.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import OuterRef, Subquery
from django.utils import timezone

from roundtwo.engines.readiness import AreaReadiness, Signal
from roundtwo.opportunities.models import Opportunity
from roundtwo.plan.models import PlanTask
from roundtwo.workspace.models import OwnerRevision, ReadinessSnapshot
from roundtwo.workspace.next_step import NextStep, next_step
from roundtwo.workspace.owner_facts import share_owner_facts
from roundtwo.workspace.readiness import Readiness, readiness, replan, with_readiness_data


@dataclass(frozen=True)
class WorkspaceState:
    readiness: Readiness
    next_step: NextStep


def state(opportunity: Opportunity) -> WorkspaceState:
    return states([opportunity])[opportunity.pk]


def states(opportunities: Iterable[Opportunity]) -> dict[int, WorkspaceState]:
    """Each opportunity's state: from its snapshot when it holds, computed (and kept) if not."""
    by_pk = {o.pk: o for o in opportunities}
    today = timezone.localdate()
    rows = ReadinessSnapshot.objects.filter(opportunity_id__in=by_pk).annotate(
        current=Subquery(
            OwnerRevision.objects.filter(owner_id=OuterRef("owner_id")).values("revision")
        )
    )
    found: dict[int, WorkspaceState] = {}
    for row in rows:
        if row.day == today and row.revision == (row.current or 0):
            found[row.opportunity_id] = decode(row.data)
    missing = [pk for pk in by_pk if pk not in found]
    if missing:
        found.update(compute(missing, today))
    if os.environ.get("ROUNDTWO_READINESS_CHECK") == "1":
        check(found, today)
    return found


def compute(pks: list[int], today: dt.date) -> dict[int, WorkspaceState]:
    owners = set(Opportunity.objects.filter(pk__in=pks).values_list("owner_id", flat=True))
    revisions = dict(
        OwnerRevision.objects.filter(owner_id__in=owners).values_list("owner_id", "revision")
    )  # read before the data: see the module's docstring
    fresh = {}
    opportunities = list(with_readiness_data(Opportunity.objects.filter(pk__in=pks)))
    share_owner_facts(opportunities)
    for opportunity in opportunities:
        fresh[opportunity.pk] = computed(opportunity, today)
        ReadinessSnapshot.objects.update_or_create(
            opportunity_id=opportunity.pk,
            defaults={
                "owner_id": opportunity.owner_id,
                "revision": revisions.get(opportunity.owner_id, 0),
                "day": today,
                "data": encode(fresh[opportunity.pk]),
            },
        )
    return fresh


@contextmanager
def plan_ticked(opportunity: Opportunity) -> Iterator[None]:
    """Keep the owner's snapshots current across ticking plan tasks of this opportunity off.

    A tick raises the owner's revision like any change, and the next page would read some
    fifteen relations again (a tenth of the hosted load's time went there). Only two things
    read a task's done state: each area's plan signal and the next step. So, with the owner's
    revision row locked for the whole change, the snapshots that held just before it are
    carried to the new revision: this opportunity's with those two parts recomputed, the
    owner's other opportunities as they are (their readiness reads no plan of this one).
    Adding, moving or removing tasks must not go through here.
    """
    owner_id = opportunity.owner_id
    with transaction.atomic():
        before = _locked_revision(owner_id)
        yield
        if before is None:  # no revision row yet: no snapshot can be carried safely
            return
        after = _locked_revision(owner_id) or before
        today = timezone.localdate()
        kept = ReadinessSnapshot.objects.filter(owner_id=owner_id, revision=before, day=today)
        for row in kept.select_for_update():
            if row.opportunity_id == opportunity.pk:
                row.data = encode(_replanned(decode(row.data), opportunity, today))
            row.revision = after
            row.save(update_fields=["revision", "data"])


def _locked_revision(owner_id: int) -> int | None:
    found = OwnerRevision.objects.select_for_update().filter(owner_id=owner_id)
    return found.values_list("revision", flat=True).first()


def _replanned(kept: WorkspaceState, opportunity: Opportunity, today: dt.date) -> WorkspaceState:
    tasks = list(PlanTask.objects.filter(opportunity=opportunity))  # as they are after the tick
    return WorkspaceState(replan(kept.readiness, tasks), next_step(opportunity, today, tasks))


def computed(opportunity: Opportunity, today: dt.date) -> WorkspaceState:
    return WorkspaceState(readiness(opportunity), next_step(opportunity, today))


def check(found: dict[int, WorkspaceState], today: dt.date) -> None:
    for opportunity in with_readiness_data(Opportunity.objects.filter(pk__in=found)):
        expected = computed(opportunity, today)
        if found[opportunity.pk] != expected:
            raise AssertionError(
                f"stale readiness snapshot for opportunity {opportunity.pk}: a write path does "
                f"not call readiness_cache.touch\nkept: {found[opportunity.pk]}\nnow: {expected}"
            )


def encode(value: WorkspaceState) -> dict[str, Any]:
    return {
        "areas": [
            [area.key, area.score, [[s.label, s.value, s.weight] for s in area.signals]]
            for area in value.readiness.areas
        ],
        "overall": value.readiness.overall,
        "next": [value.next_step.lead, value.next_step.action, value.next_step.url],
    }


def decode(data: dict[str, Any]) -> WorkspaceState:
    areas = tuple(
        AreaReadiness(key, score, tuple(Signal(*signal) for signal in signals))
        for key, score, signals in data["areas"]
    )
    return WorkspaceState(Readiness(areas, data["overall"]), NextStep(*data["next"]))
