"""What the reflect area's page shows: the log, the analysis, and the forms to change them."""

from __future__ import annotations

from typing import Any

from roundtwo.opportunities.models import Opportunity
from roundtwo.reflect.forms import (
    ConsistencyForm,
    DebriefForm,
    LoggedQuestionForm,
    TranscriptUploadForm,
)
from roundtwo.reflect.models import RoundDebrief
from roundtwo.reflect.services import debrief_of, reflection_for

STAR_LEGEND = (
    ("situation", "S", "Situation"),
    ("task", "T", "Task"),
    ("action", "A", "Action"),
    ("result", "R", "Result"),
    ("other", "·", "Other"),
)


def reflect_context(opportunity: Opportunity) -> dict[str, Any]:
    debrief = debrief_of(opportunity) or RoundDebrief(opportunity=opportunity)
    return {
        "reflection": reflection_for(opportunity),
        "add_form": LoggedQuestionForm(),
        "debrief_form": DebriefForm(instance=debrief),
        "upload_form": TranscriptUploadForm(),
        "check_form": ConsistencyForm(),
        "interviewer_names": sorted({p.name for p in opportunity.interviewers.all()}),
        "drafts": list(opportunity.transcript_drafts.all()),
        "star_legend": STAR_LEGEND,
    }
