"""The fit matrix and the values map for one opportunity, from its items and the user's evidence."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.contrib.auth.models import User

from roundtwo.engines.fit import (
    Evidence,
    FitRow,
    RequirementInput,
    ValueInput,
    ValueMatch,
    build_fit_matrix,
    build_values_map,
)
from roundtwo.opportunities.models import Opportunity
from roundtwo.research.models import Item
from roundtwo.resume.evidence import evidence_for, jobs_for

S = Item.Section
_WORD = re.compile(r"[a-z][a-z+#.-]{3,}")
_COMMON = set(
    "that this with from your have will their about more into what which also they them".split()  # noqa: SIM905
)


def requirement_items(opportunity: Opportunity) -> list[Item]:
    return [i for i in opportunity.research_items.all() if i.section in {S.MUST, S.NICE}]


def fit_matrix(
    opportunity: Opportunity, user: User, evidence: list[Evidence] | None = None
) -> tuple[FitRow, ...]:
    requirements = [
        RequirementInput(item.name, "must" if item.section == S.MUST else "nice")
        for item in requirement_items(opportunity)
    ]
    if not requirements:
        return ()
    if evidence is None:
        evidence = evidence_for(user)
    return build_fit_matrix(requirements, evidence, experiences=jobs_for(user))


def values_map(opportunity: Opportunity, user: User) -> tuple[ValueMatch, ...]:
    values = [
        ValueInput(item.name, item.text or None)
        for item in opportunity.research_items.all()
        if item.section == S.VALUE
    ]
    if not values:
        return ()
    return build_values_map(values, evidence_for(user))


@dataclass(frozen=True)
class TalkingPoint:
    item: Item
    why: str


def talking_points(
    opportunity: Opportunity, user: User, evidence: list[Evidence] | None = None, limit: int = 8
) -> list[TalkingPoint]:
    """Recent news, goals and products worth raising; first those that touch your experience."""
    if evidence is None:
        evidence = evidence_for(user)
    words = {w for e in evidence for w in _WORD.findall(e.text.lower())} - _COMMON
    points: list[tuple[int, TalkingPoint]] = []
    for item in opportunity.research_items.all():
        if item.section not in {S.RECENT, S.GOAL, S.PRODUCT}:
            continue
        shared = sorted(set(_WORD.findall(f"{item.name} {item.text}".lower())) & words)
        kinds: dict[str, str] = {S.RECENT: "a recent development", S.GOAL: "a stated priority"}
        kind = kinds.get(item.section, "what they sell")
        if shared:
            why = (
                f"{kind.capitalize()} that touches your experience (" + ", ".join(shared[:4]) + ")"
            )
        else:
            why = f"{kind.capitalize()}: ask what it means for this role"
        points.append((len(shared), TalkingPoint(item, why)))
    points.sort(key=lambda pair: (-pair[0], pair[1].item.section != S.RECENT))
    return [point for _, point in points[:limit]]
