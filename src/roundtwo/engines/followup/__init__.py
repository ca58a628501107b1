"""The follow-up engine: thank-you drafts after the second round, and the check-in after.

Public API (plain Python, no Django):

- `draft_thank_you(debrief, candidate, *, company, role, tone="warm", max_words=200,
  variant=None, avoid=()) -> Draft`: one email, addressed by name, thanking the interviewer
  for the second conversation, naming a topic from their own debrief (or a bracketed
  placeholder asking the user for one, with `needs_topic`), tying the best-matching story or
  strength to something they said, in a line fitted to their kind, restating interest in the
  role; under `max_words` words from greeting to signature.
- `draft_all(debriefs, candidate, *, company, role, tone="warm") -> list[Draft]`: one per
  interviewer, phrased differently, leading with different topics and stories where the
  notes allow, with warnings on pairs that still read alike or share a topic.
- `draft_similarity(a, b) -> float`: 0..1, Jaccard index of word trigrams (see similarity.py).
- `check_in_draft(debrief_or_none, candidate, *, company, role, sent_on, business_days,
  tone="warm", today=None) -> Draft`; `business_days_between(a, b)`, `check_in_due(sent_on,
  today, business_days)`, `check_in_date(sent_on, business_days)`: weekends skipped, holidays
  optional.

Subjects are always one line (no CR, LF or other control character); the mail engine still
validates every header it writes.
"""

from __future__ import annotations

from .checkin import (
    business_days_between,
    check_in_date,
    check_in_draft,
    check_in_due,
    is_business_day,
)
from .compose import draft_thank_you
from .model import Candidate, Draft, InterviewerDebrief, StorySummary, Tie, Tone
from .panel import draft_all
from .similarity import SIMILAR_AT, draft_similarity

__all__ = [
    "SIMILAR_AT",
    "Candidate",
    "Draft",
    "InterviewerDebrief",
    "StorySummary",
    "Tie",
    "Tone",
    "business_days_between",
    "check_in_date",
    "check_in_draft",
    "check_in_due",
    "draft_all",
    "draft_similarity",
    "draft_thank_you",
    "is_business_day",
]
