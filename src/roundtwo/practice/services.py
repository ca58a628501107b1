"""Build the practice set: the engine ranks, the user's stories are assigned, rows are stored."""

from __future__ import annotations

from django.db import transaction

from roundtwo.engines.practice import StoryRef, assign_stories, is_general, suggest_questions
from roundtwo.opportunities.models import Opportunity
from roundtwo.practice.models import PracticeQuestion
from roundtwo.practice.profile import profile_for
from roundtwo.stories.models import Story
from roundtwo.stories.services import text_of
from roundtwo.workspace.revision import touch

SET_SIZE = 20


def story_refs(opportunity: Opportunity) -> list[StoryRef]:
    return [
        StoryRef(str(s.pk), s.title, text_of(s), tuple(s.competencies), tuple(s.values))
        for s in Story.objects.filter(owner=opportunity.owner)
    ]


@transaction.atomic
def build_practice_set(opportunity: Opportunity) -> list[PracticeQuestion]:
    """Replace the set with a fresh one from everything known now."""
    profile = profile_for(opportunity)
    general = is_general(profile)
    suggestions = assign_stories(
        suggest_questions(profile, limit=SET_SIZE), story_refs(opportunity)
    )
    opportunity.practice_questions.all().delete()
    stories = {str(s.pk): s for s in Story.objects.filter(owner=opportunity.owner)}
    made = PracticeQuestion.objects.bulk_create(
        PracticeQuestion(
            opportunity=opportunity,
            key=s.id[:100],
            question=s.question[:2000],
            kind=s.kind,
            why=s.why[:2000],
            competencies=list(s.competencies),
            skills=list(s.skills),
            follow_ups=list(s.follow_ups),
            story=stories.get(s.story_id or ""),
            story_why=(s.story_why or "")[:500],
            position=position,
            general=general,
        )
        for position, s in enumerate(suggestions)
    )
    touch(opportunity.owner_id)
    return made
