"""question_bank.is_near_duplicate, made fast enough to run inside the ranking.

Same definition (word-set Jaccard, then difflib's ratio on the normalised words), but the cheap
upper bounds on difflib's ratio run first, from per-text data cached once: the length bound
(difflib's real_quick_ratio) and the character-count bound (its quick_ratio). Most pairs are far
apart, so the full ratio, which is what costs, is rarely computed. A set checked against 200
round-one questions stays well inside the time budget.
"""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from roundtwo.engines.question_bank import DIFFLIB_LIMIT, JACCARD_LIMIT, words


@dataclass(frozen=True)
class _Normal:
    text: str  # lower-case words joined by single spaces, as question_bank compares them
    words: frozenset[str]
    chars: Counter[str]


@lru_cache(maxsize=8192)
def _normal(text: str) -> _Normal:
    found = words(text)
    joined = " ".join(found)
    return _Normal(joined, frozenset(found), Counter(joined))


def near_duplicate(a: str, b: str) -> bool:
    """Exactly question_bank.is_near_duplicate(a, b), faster."""
    na, nb = _normal(a), _normal(b)
    union = len(na.words | nb.words)
    if union == 0 or len(na.words & nb.words) / union >= JACCARD_LIMIT:
        return True
    total = len(na.text) + len(nb.text)
    if total == 0:
        return True
    if 2 * min(len(na.text), len(nb.text)) / total < DIFFLIB_LIMIT:
        return False
    if 2 * sum((na.chars & nb.chars).values()) / total < DIFFLIB_LIMIT:
        return False
    matcher = difflib.SequenceMatcher(None, na.text, nb.text, autojunk=False)
    return matcher.ratio() >= DIFFLIB_LIMIT
