"""Which competencies a role asks for, and the words in the posting that show it.

Competencies the caller states (engines.research reads them from the posting) count fully. The
posting text adds more: a competency keyword from knowledge/competencies.json found at a word
start counts a little, several count more. The quoted words go into each suggestion's "why".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from roundtwo.engines import question_bank

from .text import prefix_pattern, quote_at

STATED_WEIGHT = 1.0
TITLE_WEIGHT = 0.9
TEXT_BASE = 0.3
TEXT_PER_HIT = 0.15
TEXT_MAX = 0.9  # text alone never outranks a competency the posting states
BOTH_BONUS = 0.2
# A keyword prefix that, where it sits, names something else ("lead generation" is no
# leadership, an NHS "Trust" no integrity).
FALSE_FRIENDS: Mapping[str, re.Pattern[str]] = {
    k: re.compile(v, re.IGNORECASE)
    for k, v in {
        "organi": r"organi[sz]ations?\b",
        "market": r"market(ing|place)",
        "lead": r"lead(s|ing)? (generation|gen|qualification|times?)\b|leads\b",
        "service": r"services\b|service (desk|management|level)",
        "results": r"results? (page|set)s?\b",
        "train": r"training (data|models?)\b",
        "trust": r"(foundation|nhs|housing|charitable) trusts?\b",
        "deliver": r"deliveries\b",
        "patient": r"patient with\b",
        "board": r"board(ing|ed)\b|on board|keyboard|whiteboard",
        "fair": r"fairly\b(?! (and|treat))",
        "grow": r"grow(th|ing) (company|business|market|team)|fast[- ]growing",
        "data": r"data (entry|protection)",
        "difficult": r"difficulties\b",
        "users": r"users? of\b",
        "collaborat": r"collaborations\b",  # research or commercial partnerships
    }.items()
}


# Posting phrasings the competency keywords miss, written for this engine (matched at word
# starts, like the keywords).
EXTRA_CUES: Mapping[str, tuple[str, ...]] = {
    "leadership": ("lead the", "lead a", "supervis", "line manage", "team of"),
    "collaboration": ("work with", "working with", "side by side", "alongside", "together with"),
    "conflict_resolution": ("complaint", "grievance", "objection", "dispute", "escalation",
                            "upset"),
    "communication": ("explain", "written", "verbal", "keep everyone informed", "keep in touch"),
    "problem_solving": ("problem", "solve", "investigat", "track down", "fix the"),
    "adaptability": ("adapt", "unexpected", "change plans", "changing"),
    "ownership": ("own features", "own the", "take responsibility", "responsibility for",
                  "independently", "end to end"),
    "customer_focus": ("guest", "users", "candidate experience", "looking after"),
    "prioritisation": ("caseload", "needs attention first", "needs your attention", "urgent"),
    "learning_from_failure": ("blameless", "learning from", "learn from", "mistakes"),
    "influence_without_authority": ("bring others along", "convinc", "push back",
                                    "challenge decisions"),
    "decisions_under_ambiguity": ("judgement call", "unclear", "make decisions"),
    "data_driven_judgment": ("data", "numbers", "evidence", "statistic", "dashboards"),
    "innovation": ("try new", "test new", "new techniques", "new channels"),
    "mentoring": ("develop your", "develop the", "supervise junior", "support student", "grow"),
    "stakeholder_management": ("manage relationships", "relationships with", "directors",
                               "leadership team", "senior leaders", "board"),
    "integrity": ("fair", "safeguarding", "raise concerns", "careful", "discreet"),
    "resilience": ("calm", "rejection", "busy"),
    "delivering_results": ("on time", "hit the", "hit a", "track record"),
    "strategic_thinking": ("long term", "direction"),
    "self_awareness": ("open to feedback", "reflective"),
}  # fmt: skip


def cues(competency: question_bank.Competency) -> tuple[str, ...]:
    return (*competency.keywords, *EXTRA_CUES.get(competency.id, ()))


@dataclass(frozen=True)
class CompetencyEvidence:
    id: str
    name: str
    weight: float
    stated: bool = False  # given by the caller (read from the posting's lines)
    quote: str | None = None  # words from the posting that ask for it


def keyword_hits(keyword: str, text: str, lowered: str | None = None) -> list[int]:
    """Start offsets of the keyword in text, leaving out its false friends. `lowered` (the text
    in lower case) lets a long text skip the regex for keywords it does not contain at all."""
    if lowered is not None and keyword.lower() not in lowered:
        return []
    friend = FALSE_FRIENDS.get(keyword)
    starts = []
    for m in prefix_pattern(keyword).finditer(text):
        if friend is None or not _covered(friend, text, m.start()):
            starts.append(m.start())
    return starts


def _covered(friend: re.Pattern[str], text: str, at: int) -> bool:
    """True when a false-friend phrase spans position `at` (it may start a word or two before)."""
    lo = max(0, at - 24)
    return any(f.start() <= at < f.end() for f in friend.finditer(text, lo, at + 40))


def _text_evidence(text: str) -> dict[str, tuple[int, str]]:
    """Competency id -> (keyword hits, quote of the first hit)."""
    found: dict[str, tuple[int, str]] = {}
    lowered = text.lower()
    for comp in question_bank.competencies():
        hits = [(start, kw) for kw in cues(comp) for start in keyword_hits(kw, text, lowered)]
        if hits:
            first, keyword = min(hits)
            found[comp.id] = (len(hits), quote_at(text, first, keyword))
    return found


def find_competencies(
    stated: Iterable[str], title: str, text: str
) -> tuple[CompetencyEvidence, ...]:
    """The role's competencies, heaviest first; unknown stated ids are ignored."""
    names = {c.id: c.name for c in question_bank.competencies()}
    stated_ids = [c for c in dict.fromkeys(stated) if c in names]
    in_title = _text_evidence(title)
    in_text = _text_evidence(text)
    out = []
    for cid, name in names.items():
        hits, quote = in_text.get(cid, (0, None))
        weight = TEXT_BASE + TEXT_PER_HIT * hits if hits else 0.0
        weight = min(TEXT_MAX, max(weight, TITLE_WEIGHT if cid in in_title else 0.0))
        if cid in stated_ids:
            # earlier stated ids are the stronger matches; keep their order
            weight = STATED_WEIGHT - 0.02 * stated_ids.index(cid) + (BOTH_BONUS if hits else 0.0)
        if weight > 0:
            quote = in_title[cid][1] if cid in in_title else quote
            out.append(CompetencyEvidence(cid, name, weight, cid in stated_ids, quote))
    return tuple(sorted(out, key=lambda e: -e.weight))
