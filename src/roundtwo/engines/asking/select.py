"""Pick the questions a candidate should ask one interviewer.

Candidates are the bank questions tagged for the interviewer's kind (for "other", also the
peer ones, with less weight) and the questions written from research facts. Each is scored by
how much that kind of interviewer can say about its category (knowledge/panel.json), then
picked greedily: every question already picked in a category lowers the rest of that category
by CATEGORY_PENALTY, so the set spreads across categories. A bank question whose answer the
candidate already has (`known`), or that repeats an earlier question (`already_asked`, or one
already picked), is skipped.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from roundtwo.engines.interviewers import KINDS
from roundtwo.engines.question_bank import QuestionToAsk
from roundtwo.engines.question_bank import questions_to_ask as bank_questions

from .model import AskContext, AskSuggestion
from .personalise import asking_data, fact_note, written_questions
from .topics import TextIndex, answered, asked

CATEGORY_PENALTY = 1.2
PRIMARY_BONUS = 0.5  # the kind is the first one the bank lists for the question
ONLY_BONUS = 0.3  # the question is tagged for this kind alone: written for them
PERSONAL_BONUS = 1.5  # a question built on their own news beats a generic one
BORROWED_PENALTY = 1.0  # "other" borrowing a peer question


@dataclass(frozen=True)
class _Candidate:
    question: str
    category: str
    score: float
    why: str
    bank_id: str | None

    @property
    def personalised(self) -> bool:
        return self.bank_id is None


def questions_to_ask(ctx: AskContext, *, limit: int = 8) -> tuple[AskSuggestion, ...]:
    """Up to `limit` questions for this interviewer, best first, spread across categories."""
    if limit <= 0:
        return ()
    kind = ctx.kind if ctx.kind in KINDS else "other"
    known = TextIndex([*ctx.known, *(f.text for f in ctx.facts)])
    earlier = TextIndex(list(ctx.already_asked), split=False)
    candidates = [*_personal(ctx, kind, earlier), *_from_bank(kind, known, earlier)]
    return _pick(candidates, limit, max_personal=max(1, limit // 2))


def _from_bank(kind: str, known: TextIndex, earlier: TextIndex) -> list[_Candidate]:
    kinds = asking_data()["kinds"]
    weights: Mapping[str, float] = kinds[kind]["categories"]
    found = []
    for q in bank_questions():
        score = _bank_score(q, kind, weights)
        if score is None or asked(q.text, earlier) is not None:
            continue
        if known and answered(q.text, known) is not None:
            continue
        found.append(_Candidate(q.text, q.category, score, _why(kind, q.category, q.purpose), q.id))
    return found


def _bank_score(q: QuestionToAsk, kind: str, weights: Mapping[str, float]) -> float | None:
    tagged = kind in q.interviewer_kinds
    borrowed = kind == "other" and "peer" in q.interviewer_kinds
    if not (tagged or borrowed) or q.category not in weights:
        return None
    score = weights[q.category] - (0.0 if tagged else BORROWED_PENALTY)
    if tagged and q.interviewer_kinds[0] == kind:
        score += PRIMARY_BONUS
    if q.interviewer_kinds == (kind,):
        score += ONLY_BONUS
    return score


def _personal(ctx: AskContext, kind: str, earlier: TextIndex) -> list[_Candidate]:
    weights: Mapping[str, float] = asking_data()["kinds"][kind]["categories"]
    found = []
    for w in written_questions(kind, ctx.facts, ctx.company):
        if asked(w.question, earlier) is not None:
            continue
        score = weights.get(w.category, 0.5) + PERSONAL_BONUS
        why = f"{_why(kind, w.category, '')} {fact_note(w.fact)}".strip()
        found.append(_Candidate(w.question, w.category, score, why, None))
    return found


def _pick(candidates: list[_Candidate], limit: int, max_personal: int) -> tuple[AskSuggestion, ...]:
    picked: list[_Candidate] = []
    facts_used = 0
    pool = list(candidates)
    while pool and len(picked) < limit:
        best = max(pool, key=lambda c: c.score - CATEGORY_PENALTY * _count(picked, c.category))
        pool.remove(best)
        if best.personalised and facts_used >= max_personal:
            continue
        if picked and asked(best.question, TextIndex([p.question for p in picked], split=False)):
            continue
        picked.append(best)
        facts_used += best.personalised
    return tuple(
        AskSuggestion(c.question, c.category, c.why, c.bank_id, c.personalised) for c in picked
    )


def _count(picked: list[_Candidate], category: str) -> int:
    return sum(1 for p in picked if p.category == category)


def _why(kind: str, category: str, purpose: str) -> str:
    data: Mapping[str, Any] = asking_data()
    label = data["kinds"][kind]["label"]
    topic = data["topics"][category]
    return f"{label} is well placed to tell you {topic}. {purpose}".strip()
