"""What the practice engine knows about one opportunity, gathered from every area that has data."""

from __future__ import annotations

from roundtwo.engines.practice import RoleProfile, WeakSpot, profile_from_posting
from roundtwo.engines.question_bank import competencies
from roundtwo.opportunities.models import Opportunity
from roundtwo.plan.services import panel
from roundtwo.reflect.services import reflection_for
from roundtwo.research.models import Item, Source

S = Item.Section
MAX_FOLLOWUPS = 6


def research_profile(opportunity: Opportunity) -> RoleProfile:
    """From the research items when there are any, else from the posting text alone."""
    items = list(opportunity.research_items.all())
    by_name = {c.name.casefold(): c.id for c in competencies()}
    comps = tuple(
        by_name.get(i.name.casefold(), i.name) for i in items if i.section == S.COMPETENCY
    )
    skills = tuple(i.name for i in items if i.section == S.SKILL)
    if comps or skills:
        titles = [i.name for i in items if i.section == S.TITLE]
        return RoleProfile(
            title=titles[0] if titles else opportunity.role_title,
            competencies=comps,
            skills=skills,
            text=posting_text(opportunity),
        )
    text = posting_text(opportunity)
    if text.strip():
        return profile_from_posting(text)
    return RoleProfile(title=opportunity.role_title)


def posting_text(opportunity: Opportunity) -> str:
    job = opportunity.sources.filter(kind=Source.Kind.JOB, status=Source.Status.READY).first()
    return opportunity.posting_text or (job.content if job else "")


def profile_for(opportunity: Opportunity) -> RoleProfile:
    base = research_profile(opportunity)
    reflection = reflection_for(opportunity)
    weak = tuple(
        WeakSpot(w.entry.question, w.reasons[0]["message"] if w.reasons else "")
        for w in reflection.weakest
    )
    followups = tuple(f["question"] for group in reflection.followups for f in group.items)
    values = tuple(i.name for i in opportunity.research_items.all() if i.section == S.VALUE)
    return RoleProfile(
        title=base.title or opportunity.role_title,
        competencies=base.competencies,
        skills=base.skills,
        text=base.text,
        values=values,
        interviewer_kinds=tuple(dict.fromkeys(p.kind for p in panel(opportunity))),
        weak_spots=weak,
        followups=followups[:MAX_FOLLOWUPS],
        asked_in_round_one=tuple(e.question for e in reflection.entries),
    )
