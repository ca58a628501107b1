"""What round one tells round two: weak answers to practise again, predicted follow-ups to get
ready for, and questions already asked, which the set must not repeat."""

from __future__ import annotations

import re
from collections.abc import Sequence

from roundtwo.engines import question_bank
from roundtwo.engines.question_kind import question_kind

from .competencies import find_competencies
from .duplicates import near_duplicate
from .embeddings import nearest_competency
from .model import Kind, WeakSpot
from .ranking import Candidate

MAX_WEAK_SPOTS = 4
MAX_FOLLOWUPS = 3
WEAK_SCORE = 3.0
FOLLOWUP_SCORE = 1.4
NEAREST_MIN_Z = 1.5
_KIND_CUES: tuple[tuple[Kind, re.Pattern[str]], ...] = (
    (
        "motivation",
        re.compile(
            r"\bwhy (do you want|are you|this|us|our|here|join|did you apply)|what attracts|"
            r"motivat|where do you see yourself|long[- ]term|career goals?|first (30|60|90) days",
            re.I,
        ),
    ),
    (
        "leadership",
        re.compile(r"\bstrateg|\bvision\b|\bdirection\b|lead(ing)? (a|the|your) team", re.I),
    ),
    ("culture", re.compile(r"\bcultur|\bvalues?\b|\benvironment\b|working style|\bfit\b", re.I)),
    (
        "technical",
        re.compile(
            r"\bhow (would|do) you (design|build|calculate|debug|model|test|measure|set up)|"
            r"what is the difference|explain how|walk me through how",
            re.I,
        ),
    ),
)
RE_ASK_FOLLOW_UPS: tuple[str, ...] = (
    "What would you say differently now, knowing how round one went?",
    "Which result can you put a number or a concrete outcome on?",
    "What did you do yourself, as opposed to the team?",
)
FOLLOWUP_FOLLOW_UPS: tuple[str, ...] = (
    "Can you give a concrete example of that?",
    "What would you do differently if it happened again?",
)


def guess_kind(question: str) -> Kind:
    """The kind of a question outside the bank: a story question is behavioral."""
    if question_kind(question) == "behavioral":
        return "behavioral"
    for kind, cue in _KIND_CUES:
        if cue.search(question):
            return kind
    return "behavioral"


def bank_match(question: str) -> question_bank.Question | None:
    """The bank question this one repeats, if it is a near-duplicate of one."""
    for q in question_bank.all_questions():
        if near_duplicate(question, q.text):
            return q
    return None


def _competencies(text: str) -> tuple[str, ...]:
    found = [c.id for c in find_competencies((), "", text)][:2]
    if not found:
        nearest = nearest_competency(text)
        if nearest is not None and nearest[1] >= NEAREST_MIN_Z:
            found = [nearest[0]]
    return tuple(found)


def weak_spot_candidates(spots: Sequence[WeakSpot]) -> list[Candidate]:
    """Each weak answer's question, asked again, with the reason it was weak as the why."""
    out = []
    for n, spot in enumerate(spots[:MAX_WEAK_SPOTS], start=1):
        match = bank_match(spot.question)
        reason = spot.reason.rstrip(".") or "the answer was weak"
        out.append(
            Candidate(
                id=f"round-one-{n}",
                text=spot.question,
                kind=match.kind if match else guess_kind(spot.question),
                group="personal",
                competencies=match.competencies if match else _competencies(spot.question),
                skills=match.skills if match else (),
                follow_ups=match.follow_ups if match else RE_ASK_FOLLOW_UPS,
                score=WEAK_SCORE - 0.05 * n,
                why=f"You struggled with this in round one: {reason}",
                topic=f"round-one:{n}",
            )
        )
    return out


def followup_candidates(followups: Sequence[str]) -> list[Candidate]:
    """The first predicted follow-ups (the caller lists the likeliest first)."""
    out = []
    for n, text in enumerate(followups[:MAX_FOLLOWUPS], start=1):
        out.append(
            Candidate(
                id=f"followup-{n}",
                text=text,
                kind=guess_kind(text),
                group="personal",
                competencies=_competencies(text),
                skills=(),
                follow_ups=FOLLOWUP_FOLLOW_UPS,
                score=FOLLOWUP_SCORE - 0.05 * n,
                why="Predicted follow-up from your round-one answers: interviewers dig into "
                "what an answer left open",
                topic=f"followup:{n}",
            )
        )
    return out
