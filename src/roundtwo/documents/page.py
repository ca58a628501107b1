"""The "Documents to bring" area: the checklist, references, the day pack and the calendar."""

from __future__ import annotations

from typing import Any

from roundtwo.documents.checklist import suggestions
from roundtwo.documents.forms import ChecklistItemForm, DayPackForm, ReferenceForm
from roundtwo.documents.models import ChecklistItem
from roundtwo.documents.pack import day_pack
from roundtwo.documents.references import reference_rows
from roundtwo.opportunities.models import Opportunity

CHECK_PREFIX = "check"
REFERENCE_PREFIX = "ref"
PACK_PREFIX = "pack"


def checklist_context(
    opportunity: Opportunity, form: ChecklistItemForm | None = None
) -> dict[str, Any]:
    items = list(opportunity.checklist_items.all())
    return {
        "opportunity": opportunity,
        "checklist": items,
        "check_form": form or ChecklistItemForm(prefix=CHECK_PREFIX),
        # Shown, not saved: a page view never writes; one click keeps them.
        "check_suggestions": suggestions(opportunity) if not items else [],
        "statuses": ChecklistItem.Status.choices,
    }


def documents_context(opportunity: Opportunity) -> dict[str, Any]:
    pack = day_pack(opportunity)
    context = checklist_context(opportunity)
    context.update(
        {
            "reference_rows": reference_rows(opportunity),
            "reference_form": ReferenceForm(prefix=REFERENCE_PREFIX, owner_id=opportunity.owner_id),
            "day_pack": pack,
            "pack_form": DayPackForm(prefix=PACK_PREFIX, instance=pack),
            "pack_job": pack.job if pack.pk else None,
            "has_calendar": opportunity.interview_date is not None
            or bool(opportunity.plan_tasks.all()),
        }
    )
    return context
