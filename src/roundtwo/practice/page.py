"""The questions area: story coverage for this role, the practice set, technical preparation."""

from __future__ import annotations

from typing import Any

from roundtwo.engines.practice import technical_prep
from roundtwo.engines.question_bank import competencies
from roundtwo.engines.stories import coverage
from roundtwo.opportunities.models import Opportunity
from roundtwo.practice.profile import profile_for
from roundtwo.stories.models import Story


def questions_context(opportunity: Opportunity) -> dict[str, Any]:
    profile = profile_for(opportunity)
    names = {c.id: c.name for c in competencies()}
    stories = list(Story.objects.filter(owner=opportunity.owner))
    needed = [c for c in profile.competencies if c in names]
    covered = coverage([(str(s.pk), s.competencies) for s in stories], needed)
    by_id = {str(s.pk): s for s in stories}
    rows = [(names[c], [by_id[i] for i in ids if i in by_id]) for c, ids in covered.by_competency]
    practice = list(opportunity.practice_questions.select_related("story"))
    return {
        "practice": practice,
        "practice_general": any(q.general for q in practice),
        "coverage_rows": rows,
        "coverage_gaps": [names[c] for c in covered.gaps],
        "needed_known": bool(needed),
        "story_count": len(stories),
        "tech_prep": technical_prep(profile),
        "names": names,
    }
