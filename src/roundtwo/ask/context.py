"""What the asking engine needs to know: the person, the research, what is already answered."""

from __future__ import annotations

from roundtwo.engines.asking import AskContext, Fact
from roundtwo.opportunities.models import Interviewer, Opportunity

FACT_SECTIONS = {"recent", "goal", "product", "value", "mission", "culture"}


def research_facts(opportunity: Opportunity) -> tuple[Fact, ...]:
    return tuple(
        Fact(item.section, item.name, item.date or None)
        for item in opportunity.research_items.all()
        if item.section in FACT_SECTIONS
    )


def known_texts(opportunity: Opportunity) -> tuple[str, ...]:
    """Answers already in hand: research facts, answers they gave, round-one notes."""
    known = [f"{i.name}. {i.text}".strip() for i in opportunity.research_items.all()]
    known += [q.answer for q in opportunity.ask_questions.all() if q.answer]
    debrief = getattr(opportunity, "round_one_debrief", None)
    if debrief is not None and debrief.next_steps:
        known.append(debrief.next_steps)
    return tuple(text for text in known if text)


def ask_context(opportunity: Opportunity, person: Interviewer | None) -> AskContext:
    return AskContext(
        kind=person.kind if person else "other",
        role_title=opportunity.role_title,
        company=opportunity.company,
        facts=research_facts(opportunity),
        known=known_texts(opportunity),
        already_asked=tuple(q.text for q in opportunity.ask_questions.all()),
    )
