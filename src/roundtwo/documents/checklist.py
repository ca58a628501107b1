"""The checklist of what to bring: suggestions fitted to the panel and format, order, files."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.core.files.storage import default_storage
from django.db import transaction

from roundtwo.core.ordering import next_position as next_in
from roundtwo.documents.models import ATTACHMENT_FOLDER, ChecklistItem
from roundtwo.opportunities.models import Format, Opportunity
from roundtwo.plan.services import panel_people
from roundtwo.workspace.revision import touch

SPARE_COPIES = 2
RESUME_KEY = "resume_copies"
_RESUME_LABEL = re.compile(r"^Copies of your resume: \d+")


@dataclass(frozen=True)
class Suggestion:
    key: str
    label: str
    notes: str = ""


def resume_label(opportunity: Opportunity) -> str:
    people = len(panel_people(opportunity))
    count = people + SPARE_COPIES
    who = f"one for each of your {people} interviewers" if people else "no interviewers added yet"
    return f"Copies of your resume: {count} ({who}, plus {SPARE_COPIES} spare)"


def suggestions(opportunity: Opportunity) -> list[Suggestion]:
    """What most candidates bring to a second round, fitted to how this one happens."""
    found = [
        Suggestion(RESUME_KEY, resume_label(opportunity), "The version you applied with."),
        Suggestion("references", "A list of your references", "Name, role, email and phone."),
        Suggestion("portfolio", "Portfolio and work samples", "Only what you may share."),
        Suggestion(
            "employer_asked",
            "Anything the employer asked you to bring",
            "Check the invitation; add each thing they named as its own item.",
        ),
    ]
    found += _logistics(opportunity)
    found += [
        Suggestion("notebook", "A notebook and pen"),
        Suggestion("questions", "Your questions to ask, printed", "The day pack has them."),
    ]
    return found


def _logistics(opportunity: Opportunity) -> list[Suggestion]:
    if opportunity.format == Format.ONSITE:
        where = opportunity.location.strip().rstrip(".") or "the address"
        return [
            Suggestion("id", "Photo ID", "Reception may ask for it."),
            Suggestion("directions", "Directions and parking", f"How to get to {where}."),
        ]
    if opportunity.format == Format.VIDEO:
        return [
            Suggestion(
                "video_link",
                "The video link, opened once",
                opportunity.meeting_link or "Ask for the link if you do not have it yet.",
            ),
            Suggestion("av_test", "Camera and microphone tested", "A test call the day before."),
        ]
    return [Suggestion("phone", "Phone charged, number confirmed", "A quiet room, too.")]


def next_position(opportunity: Opportunity) -> int:
    return next_in(opportunity.checklist_items.all())


@transaction.atomic
def add_suggestions(opportunity: Opportunity) -> int:
    """Add the suggestions not on the list yet; refresh the resume count if untouched."""
    existing = {item.key: item for item in opportunity.checklist_items.exclude(key="")}
    resume = existing.get(RESUME_KEY)
    if resume is not None and _RESUME_LABEL.match(resume.label):
        resume.label = resume_label(opportunity)[:200]
        resume.save(update_fields=["label"])
    start = next_position(opportunity)
    new = [s for s in suggestions(opportunity) if s.key not in existing]
    ChecklistItem.objects.bulk_create(
        ChecklistItem(
            opportunity=opportunity,
            key=s.key,
            label=s.label[:200],
            notes=s.notes,
            source=ChecklistItem.Source.SUGGESTED,
            position=start + i,
        )
        for i, s in enumerate(new)
    )
    touch(opportunity.owner_id)
    return len(new)


@transaction.atomic
def move(item: ChecklistItem, step: int) -> None:
    """Swap with the neighbour above (-1) or below (+1)."""
    siblings = list(item.opportunity.checklist_items.all())
    index = next(i for i, other in enumerate(siblings) if other.pk == item.pk)
    target = index + step
    if not 0 <= target < len(siblings):
        return
    siblings[index], siblings[target] = siblings[target], siblings[index]
    # renumbered from 0, so rows that share a position (an import, a race) still move
    for position, row in enumerate(siblings):
        if row.position != position:
            row.position = position
            row.save(update_fields=["position"])


def remove_attachment(item: ChecklistItem) -> None:
    """Delete the stored file with the reference to it, so nothing is left behind."""
    if item.attachment:
        item.attachment.delete(save=False)
    item.attachment_name = ""


def delete_item(item: ChecklistItem) -> None:
    remove_attachment(item)
    item.delete()


def stored_attachment(name: object) -> str:
    """An attachment path from an export file, kept only if it is one of ours and still there."""
    if not isinstance(name, str) or not name.startswith(f"{ATTACHMENT_FOLDER}/") or ".." in name:
        return ""
    return name if default_storage.exists(name) else ""
