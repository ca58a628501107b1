"""What the follow-up engine needs: each interviewer's debrief and the candidate's strengths."""

from __future__ import annotations

from collections import Counter

from django.contrib.auth.models import AbstractBaseUser

from roundtwo.engines.followup import Candidate, InterviewerDebrief, StorySummary
from roundtwo.engines.question_bank import competencies
from roundtwo.followup.mail_setup import sender_name
from roundtwo.followup.models import Debrief, lines
from roundtwo.opportunities.models import Interviewer, Opportunity
from roundtwo.stories.models import Story

MAX_STORIES = 8
MAX_STRENGTHS = 5


def engine_debrief(person: Interviewer, debrief: Debrief | None) -> InterviewerDebrief:
    notes = debrief or Debrief()
    return InterviewerDebrief(
        name=person.name,
        title=person.title,
        kind=person.kind,
        email=person.email,
        topics=tuple(lines(notes.topics)),
        specific=notes.specific.strip(),
        questions_asked=tuple(lines(notes.questions_asked)),
        rapport=notes.rapport.strip(),
        next_steps=notes.next_steps.strip(),
    )


def engine_debriefs(
    opportunity: Opportunity, people: list[Interviewer]
) -> list[InterviewerDebrief]:
    found = {d.interviewer_id: d for d in opportunity.followup_debriefs.all()}
    return [engine_debrief(person, found.get(person.pk)) for person in people]


def story_summary(story: Story) -> StorySummary:
    tags = tuple(str(tag) for tag in (*story.competencies, *story.values))
    result = story.result.strip().splitlines()[0] if story.result.strip() else ""
    return StorySummary(title=story.title, result=result[:300], tags=tags)


def candidate_for(user: AbstractBaseUser) -> Candidate:
    """The user's name, the strengths their stories are tagged with (most used first), stories."""
    names = {c.id: c.name for c in competencies()}
    stories = list(Story.objects.filter(owner_id=user.pk).order_by("-updated_at", "id"))
    counts = Counter(names.get(c, c) for s in stories for c in s.competencies)
    strengths = tuple(name for name, _ in counts.most_common(MAX_STRENGTHS))
    return Candidate(
        name=sender_name(user) or user.get_username(),
        strengths=strengths,
        stories=tuple(story_summary(s) for s in stories[:MAX_STORIES]),
    )
