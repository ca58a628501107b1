"""The sample's rows that live in the candidate's library: a resume, stories and a reference.

They are kept across opportunities like the candidate's own, so each is tied to the sample
opportunity (`sample_of`) and goes when the sample goes, while the candidate's own rows stay.
"""

from __future__ import annotations

from typing import Any

from roundtwo.documents.models import Reference
from roundtwo.opportunities.models import Opportunity
from roundtwo.resume.importing import parse_upload, save_resume
from roundtwo.stories.models import Story
from roundtwo.stories.services import refresh

STORY_FIELDS = ("title", "situation", "task", "action", "result", "metrics", "competencies")


def import_resume(opportunity: Opportunity, data: dict[str, Any]) -> None:
    """The sample resume, parsed by the resume engine as an uploaded text file would be."""
    resume = parse_upload(data["text"].encode(), data["filename"])
    for experience in save_resume(opportunity.owner, resume, data["filename"], replace=False):
        experience.sample_of = opportunity
        experience.save(update_fields=["sample_of"])


def add_stories(opportunity: Opportunity, rows: list[dict[str, Any]]) -> list[Story]:
    """Each story analysed by the answer engine, as saving it in the library does."""
    stories = []
    for row in rows:
        story = Story(owner=opportunity.owner, sample_of=opportunity)
        for field in STORY_FIELDS:
            setattr(story, field, row[field])
        refresh(story)
        story.save()
        stories.append(story)
    return stories


def add_reference(
    opportunity: Opportunity, data: dict[str, Any], stories: list[Story]
) -> Reference:
    fields = {k: data[k] for k in ("name", "relationship", "email", "notes")}
    reference = Reference.objects.create(owner=opportunity.owner, sample_of=opportunity, **fields)
    titles = set(data["stories"])
    reference.stories.set([s for s in stories if s.title in titles])
    return reference
