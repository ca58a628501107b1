"""Readiness of "Documents to bring": things ready or packed, references briefed, pack printed."""

from __future__ import annotations

from roundtwo.documents.models import DayPack
from roundtwo.engines.readiness import Signal, fraction_signal
from roundtwo.opportunities.models import Opportunity
from roundtwo.workspace.owner_facts import owner_facts


def documents_signals(opportunity: Opportunity) -> list[Signal]:
    """Reads the prefetched checklist and briefs (workspace.readiness fetches them per list)."""
    items = list(opportunity.checklist_items.all())
    signals = [
        fraction_signal(
            "{done} of {total} things to bring ready, printed or packed",
            sum(1 for item in items if item.is_done),
            len(items),
            weight=2.0,
        )
        or Signal("A list of what to bring", 0.0)
    ]
    references = owner_facts(opportunity).references
    briefed = sum(1 for b in opportunity.reference_briefs.all() if b.briefed_on is not None)
    briefing = fraction_signal(
        "{done} of {total} references briefed about this role", min(briefed, references), references
    )
    if briefing:
        signals.append(briefing)
    signals.append(Signal("Interview-day pack printed", float(printed(opportunity))))
    return signals


def printed(opportunity: Opportunity) -> bool:
    try:
        pack: DayPack = opportunity.day_pack
    except DayPack.DoesNotExist:
        return False
    return pack.printed_at is not None
