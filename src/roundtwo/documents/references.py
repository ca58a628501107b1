"""References for one opportunity: each with its brief (permission, briefing) and the note."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.models import User
from django.utils import timezone

from roundtwo.documents.models import Reference, ReferenceBrief
from roundtwo.engines.question_bank import competencies
from roundtwo.engines.references import BriefInput, briefing_note
from roundtwo.opportunities.models import Opportunity
from roundtwo.practice.profile import research_profile
from roundtwo.research.models import Item

S = Item.Section


@dataclass(frozen=True)
class ReferenceRow:
    reference: Reference
    brief: ReferenceBrief | None  # None until something is recorded for this opportunity
    note: str
    note_edited: bool


def emphasis(opportunity: Opportunity) -> list[str]:
    """The role's must-haves first, then its competencies: what a reference should speak to."""
    items = list(opportunity.research_items.all())
    must = [i.name for i in items if i.section == S.MUST]
    named = [i.name for i in items if i.section == S.COMPETENCY]
    if not must and not named:
        names = {c.id: c.name for c in competencies()}
        named = [names.get(c, c) for c in research_profile(opportunity).competencies]
    return must[:3] + named


def generated_note(
    opportunity: Opportunity, reference: Reference, points: list[str] | None = None
) -> str:
    """`points`: emphasis(opportunity), when the caller has it already (one per page)."""
    owner: User = opportunity.owner
    data = BriefInput(
        reference_name=reference.name,
        role_title=opportunity.role_title,
        company=opportunity.company,
        emphasise=emphasis(opportunity) if points is None else points,
        stories=[s.title for s in reference.stories.all()],
        interview_date=opportunity.interview_date,
        today=timezone.localdate(),
        signature=owner.get_full_name(),
    )
    return briefing_note(data).text


def note_for(
    opportunity: Opportunity,
    reference: Reference,
    brief: ReferenceBrief | None,
    points: list[str] | None = None,
) -> str:
    if brief is not None and brief.note_edited:
        return brief.note
    return generated_note(opportunity, reference, points)


def reference_rows(opportunity: Opportunity) -> list[ReferenceRow]:
    briefs = {b.reference_id: b for b in opportunity.reference_briefs.all()}
    references = Reference.objects.filter(owner_id=opportunity.owner_id).prefetch_related("stories")
    rows: list[ReferenceRow] = []
    points: list[str] | None = None
    for reference in references:
        brief = briefs.get(reference.pk)
        edited = brief is not None and brief.note_edited
        if not edited and points is None:
            points = emphasis(opportunity)  # read once per page, and only when a note needs it
        note = note_for(opportunity, reference, brief, points)
        rows.append(ReferenceRow(reference, brief, note, edited))
    return rows


def save_note(brief: ReferenceBrief, text: str, generated: str) -> None:
    """Keep the user's words only when they differ from what would be generated anyway."""
    cleaned = text.replace("\r\n", "\n").strip()  # browsers send CRLF line ends
    if cleaned and cleaned != generated.strip():
        brief.note, brief.note_edited = cleaned, True
    else:
        brief.note, brief.note_edited = "", False
