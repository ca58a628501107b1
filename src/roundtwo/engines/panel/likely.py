"""The questions each panel member is likely to ask, spread so two members rarely share one.

From the bank: behavioral, technical and second-round questions tagged for the member's kind.
A question scores for the competencies the member evaluates (their first one counts most), for
competencies the role needs, for the skill areas the member probes (technical questions only
count when their skill area is one of those: a nurse is not asked about SQL), and for the
second-round categories the kind cares about. Greedy picking then lowers questions on a
competency or category already picked for this member, and avoids questions (or near-
duplicates of questions) already given to another member while alternatives remain.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from roundtwo.engines.question_bank import (
    DIFFLIB_LIMIT,
    JACCARD_LIMIT,
    Question,
    all_questions,
    competency,
    is_near_duplicate,
    jaccard,
    words,
)
from roundtwo.engines.question_bank import skill_area as bank_skill_area

from .model import LikelyQuestion
from .profile import Profile, kind_data, panel_data

ROLE_BONUS = 0.8
PRIMARY_KIND_BONUS = 0.3
SKILL_BONUS = 1.0
SAME_TOPIC_PENALTY = 0.6
TAKEN_PENALTY = 3.0  # another member already has it: only when nothing else fits
MAX_QUESTIONS = 8
MIN_QUESTIONS = 5


@dataclass(frozen=True)
class _Scored:
    question: Question
    score: float


def likely_questions(
    p: Profile,
    *,
    role_competencies: Sequence[str],
    given: Sequence[LikelyQuestion] | None,
    taken: list[str],
) -> tuple[LikelyQuestion, ...]:
    """5 to 8 questions for one member; `taken` (texts given to earlier members) grows."""
    count = int(kind_data(p.kind)["likely_count"])
    chosen = list(_from_caller(given or (), taken))[:MAX_QUESTIONS]
    if len(chosen) < MIN_QUESTIONS:
        need = max(count, MIN_QUESTIONS) - len(chosen)
        chosen += _from_bank(p, role_competencies, taken + [q.question for q in chosen], need)
    taken.extend(q.question for q in chosen)
    return tuple(chosen)


def _from_caller(given: Sequence[LikelyQuestion], taken: list[str]) -> list[LikelyQuestion]:
    """The caller's practice set for this member, without repeats (theirs is already tailored,
    so questions another member also has stay: the caller split them on purpose)."""
    kept: list[LikelyQuestion] = []
    for q in given:
        if q.question.strip() and not any(is_near_duplicate(q.question, k.question) for k in kept):
            kept.append(q)
    return kept


def _from_bank(
    p: Profile, role_competencies: Sequence[str], taken: list[str], need: int
) -> list[LikelyQuestion]:
    pool = [
        _Scored(q, s - (TAKEN_PENALTY if _clashes(q.text, taken) else 0.0))
        for q in all_questions()
        if (s := _score(q, p, role_competencies))
    ]
    max_technical = int(kind_data(p.kind)["max_technical"])
    picked: list[Question] = []
    while pool and len(picked) < need:
        best = max(pool, key=lambda c: c.score - _same_topic(c.question, picked))
        pool.remove(best)
        technical = sum(1 for q in picked if q.kind == "technical")
        if best.question.kind == "technical" and technical >= max_technical:
            continue
        if _clashes(best.question.text, [q.text for q in picked]):
            continue
        picked.append(best.question)
    return [_likely(q, p, role_competencies) for q in picked]


def _score(q: Question, p: Profile, role_competencies: Sequence[str]) -> float | None:
    if p.kind not in q.interviewer_kinds:
        return None
    # A technical question counts only when its main skill area is one the member probes.
    skill_match = q.kind == "technical" and q.category in p.skills
    if q.kind == "technical" and not skill_match:
        return None
    weights = [p.weight(c) * (1.0 if i == 0 else 0.7) for i, c in enumerate(q.competencies)]
    score = max(weights, default=0.0)
    score += ROLE_BONUS if set(q.competencies) & set(role_competencies) else 0.0
    score += PRIMARY_KIND_BONUS if q.interviewer_kinds[0] == p.kind else 0.0
    score += SKILL_BONUS if skill_match else 0.0
    second_round: Mapping[str, float] = kind_data(p.kind)["second_round"]
    score += second_round.get(q.category, 0.0) if q.id.startswith("sr-") else 0.0
    return score or None


def _same_topic(q: Question, picked: list[Question]) -> float:
    return SAME_TOPIC_PENALTY * sum(1 for other in picked if other.category == q.category)


def _clashes(text: str, others: Sequence[str]) -> bool:
    """question_bank.is_near_duplicate against each of the others, with difflib's cheap upper
    bound first: the panel compares hundreds of bank questions with everything taken."""
    norm = " ".join(words(text))
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(norm)
    for other in others:
        if jaccard(text, other) >= JACCARD_LIMIT:
            return True
        matcher.set_seq1(" ".join(words(other)))
        if matcher.quick_ratio() >= DIFFLIB_LIMIT and matcher.ratio() >= DIFFLIB_LIMIT:
            return True
    return False


def _likely(q: Question, p: Profile, role_competencies: Sequence[str]) -> LikelyQuestion:
    messages = panel_data()["messages"]
    label = p.label[0].upper() + p.label[1:]
    if q.id.startswith("sr-"):
        topic = panel_data()["second_round_topics"][q.category]
        why = messages["question_why_second_round"].format(label=label, topic=topic)
    elif q.kind == "technical":
        why = messages["question_why_skill"].format(
            label=label, skill=bank_skill_area(q.category).name.lower()
        )
    else:
        names = _names(q.competencies[:2])
        key = (
            "question_why_role" if set(q.competencies) & set(role_competencies) else "question_why"
        )
        why = messages[key].format(label=label, competencies=names)
    return LikelyQuestion(q.text, why, q.competencies)


def _names(competency_ids: Sequence[str]) -> str:
    names = [competency(c).name.lower() for c in competency_ids]
    return " and ".join(names)
