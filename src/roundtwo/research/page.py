"""What the research and cultural-fit pages show."""

from __future__ import annotations

from collections import Counter
from typing import Any

from django.db.models import Count, Prefetch, prefetch_related_objects

from roundtwo.opportunities.models import Opportunity
from roundtwo.research.fit import fit_matrix, talking_points, values_map
from roundtwo.research.forms import COMPANY_SECTIONS, ROLE_SECTIONS, ItemForm, SourceForm
from roundtwo.research.models import Item
from roundtwo.resume.evidence import evidence_for, has_evidence

# Short facts read best as one line of names; each name still links to its edit page.
COMPACT = {
    Item.Section.SKILL,
    Item.Section.COMPETENCY,
    Item.Section.COMPETITOR,
    Item.Section.CULTURE,
    Item.Section.INDUSTRY,
    Item.Section.TITLE,
    Item.Section.EMPLOYER,
    Item.Section.LOCATION,
    Item.Section.EMPLOYMENT,
    Item.Section.EXPERIENCE,
    Item.Section.EDUCATION,
}


def grouped(items: list[Item], sections: list[Item.Section]) -> list[tuple[str, list[Item], bool]]:
    by_section: dict[str, list[Item]] = {section: [] for section in sections}
    for item in items:
        if item.section in by_section:
            by_section[item.section].append(item)
    recent = by_section.get(Item.Section.RECENT)
    if recent:
        recent.sort(key=lambda item: item.date or "", reverse=True)
    return [(Item.Section(s).label, by_section[s], s in COMPACT) for s in sections if by_section[s]]


def research_context(opportunity: Opportunity) -> dict[str, Any]:
    user = opportunity.owner
    # The lists below, the fit matrix and the talking points all read the same items.
    # A source's text can be hundreds of kilobytes: the items name their source, never read it.
    with_source = Item.objects.select_related("source").defer("source__content", "source__upload")
    prefetch_related_objects([opportunity], Prefetch("research_items", queryset=with_source))
    items = list(opportunity.research_items.all())
    evidence = evidence_for(user)
    rows = fit_matrix(opportunity, user, evidence)
    return {
        "sources": list(
            opportunity.sources.select_related("job")
            .defer("content", "upload")
            .annotate(fact_count=Count("items"))
        ),
        "source_form": SourceForm(),
        "item_form": ItemForm(),
        "role": grouped(items, ROLE_SECTIONS),
        "company": grouped(items, COMPANY_SECTIONS),
        "fit_counts": Counter(row.status for row in rows),
        "fit_total": len(rows),
        "talking_points": talking_points(opportunity, user, evidence),
        "has_evidence": bool(evidence),
    }


def fit_context(opportunity: Opportunity) -> dict[str, Any]:
    user = opportunity.owner
    return {
        "values": values_map(opportunity, user),
        "has_evidence": has_evidence(user),
    }
