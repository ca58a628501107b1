"""suggest_questions: the tailored practice set for one role, best first."""

from __future__ import annotations

from .diversity import select
from .model import RoleProfile, Suggestion
from .practical import practical_candidates
from .profile import normalise
from .ranking import bank_candidates
from .role import read_role
from .round_one import followup_candidates, weak_spot_candidates
from .values import value_candidates

MAX_LIMIT = 60  # a practice set longer than this is a bank, not a plan


def suggest_questions(profile: RoleProfile, *, limit: int = 20) -> tuple[Suggestion, ...]:
    """Up to `limit` questions: round-one weak spots first, then the role's competencies, skill
    areas and second-round topics spread through the set, company values and predicted
    follow-ups among them; never a question from round one again, never two near-duplicates.
    """
    try:
        limit = max(0, min(MAX_LIMIT, int(limit)))
    except (TypeError, ValueError):
        limit = 20
    if limit == 0:
        return ()
    profile = normalise(profile)
    role = read_role(profile)
    personal = [*followup_candidates(profile.followups), *value_candidates(profile.values)]
    candidates = [*bank_candidates(role), *practical_candidates(role), *personal]
    chosen = select(
        role,
        candidates,
        limit=limit,
        first=weak_spot_candidates(profile.weak_spots),
        avoid=profile.asked_in_round_one,
    )
    return tuple(c.suggestion() for c in chosen)
