"""merge_company: several pages of one company (about, values, news) as one set of facts."""

from __future__ import annotations

from collections.abc import Iterable

from .blocks import norm
from .model import CompanyFacts, Fact, RecentItem, Value


def _facts(groups: Iterable[Iterable[Fact]]) -> tuple[Fact, ...]:
    """First wording of each fact wins; later duplicates (same words) are dropped."""
    seen: dict[str, Fact] = {}
    for group in groups:
        for fact in group:
            seen.setdefault(norm(fact.text), fact)
    return tuple(seen.values())


def _values(lists: Iterable[Iterable[Value]]) -> tuple[Value, ...]:
    seen: dict[str, Value] = {}
    for values in lists:
        for value in values:
            key = norm(value.name)
            kept = seen.get(key)
            if kept is None or (kept.description is None and value.description):
                # a later page that also explains the value is the better source for it
                seen[key] = value
    return tuple(seen.values())


def _recent(parts: list[CompanyFacts]) -> tuple[RecentItem, ...]:
    seen: dict[str, RecentItem] = {}
    for part in parts:
        for item in part.recent:
            key = norm(item.title)
            kept = seen.get(key)
            if kept is None or (kept.date is None and item.date):
                seen[key] = item
    return tuple(sorted(seen.values(), key=lambda r: r.date or "", reverse=True))


def _first(facts: Iterable[Fact | None]) -> Fact | None:
    return next((f for f in facts if f is not None), None)


def merge_company(parts: list[CompanyFacts]) -> CompanyFacts:
    """One company from several pages, in the order given: the first page that states a
    single fact (name, mission, industry) wins; lists are joined without duplicates."""
    return CompanyFacts(
        name=_first(p.name for p in parts),
        mission=_first(p.mission for p in parts),
        values=_values(p.values for p in parts),
        principles=_values(p.principles for p in parts),
        goals=_facts(p.goals for p in parts),
        products=_facts(p.products for p in parts),
        recent=_recent(parts),
        sources=tuple(dict.fromkeys(s for p in parts for s in p.sources)),
        industry=_first(p.industry for p in parts),
        competitors=_facts(p.competitors for p in parts),
        culture=_facts(p.culture for p in parts),
    )
