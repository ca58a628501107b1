"""Saving a story: analyse it, suggest its tags, and check it against what round one said."""

from __future__ import annotations

from django.contrib.auth.models import User

from roundtwo.engines.answers import Contradiction
from roundtwo.engines.stories import TagSuggestion, story_text, suggest_competencies
from roundtwo.reflect.analysis import analysis_dict, text_hash
from roundtwo.reflect.insights import check_against_round_one
from roundtwo.reflect.models import LoggedQuestion
from roundtwo.stories.models import Story


def text_of(story: Story) -> str:
    return story_text(
        story.title,
        story.situation,
        story.task,
        story.action,
        story.result,
        story.metrics,
        story.free_text,
    )


def refresh(story: Story) -> None:
    """Analyse the story as an answer when its text changed.

    Tags are never written for the user: the tagger is right about one time in three on stories
    it has not seen (tests/engines/stories/README.md), so it suggests and the user confirms.
    """
    text = text_of(story)
    digest = text_hash(story.title, text)
    if digest == story.analysed_text_hash:
        return
    body = text[len(story.title) :].strip() if text.startswith(story.title) else text
    story.analysis = analysis_dict(f"Tell me about {story.title}", body) if body else None
    story.analysed_text_hash = digest


def suggestions_for(story: Story) -> tuple[TagSuggestion, ...]:
    """Competencies the story may show that the user has not tagged yet."""
    return tuple(t for t in suggest_competencies(text_of(story)) if t.tag not in story.competencies)


def contradictions(user: User, story: Story) -> list[Contradiction]:
    """What this story says against what the user said in any round one."""
    entries = list(LoggedQuestion.objects.filter(opportunity__owner=user))
    return check_against_round_one(entries, text_of(story)) if entries else []
