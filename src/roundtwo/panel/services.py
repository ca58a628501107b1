"""The plan per interviewer: the engine's view of each person, with the user's own lists."""

from __future__ import annotations

from roundtwo.ask.context import ask_context
from roundtwo.engines.asking import AskContext
from roundtwo.engines.panel import PanelMember, PanelPlan, StoryRef, plan_panel
from roundtwo.opportunities.models import Opportunity
from roundtwo.plan.services import panel_people
from roundtwo.practice.profile import research_profile
from roundtwo.stories.models import Story
from roundtwo.stories.services import text_of


def panel_plan(opportunity: Opportunity, *, known: AskContext | None = None) -> PanelPlan:
    """`known`: what the questions to ask are checked against; by default everything known."""
    people = panel_people(opportunity)
    members = [PanelMember(str(p.pk), p.name, p.kind, p.title, p.notes) for p in people]
    stories = [
        StoryRef(str(s.pk), s.title, text_of(s), tuple(s.competencies), tuple(s.values))
        for s in Story.objects.filter(owner=opportunity.owner)
    ]
    return plan_panel(
        members,
        stories=stories,
        role_competencies=research_profile(opportunity).competencies,
        ask_context=known if known is not None else ask_context(opportunity, None),
    )
