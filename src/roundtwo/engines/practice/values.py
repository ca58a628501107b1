"""Company values become culture questions: one per value, each asking for evidence, not praise."""

from __future__ import annotations

from collections.abc import Sequence

from .competencies import find_competencies
from .embeddings import nearest_competency
from .ranking import Candidate
from .text import slug

MAX_VALUES = 4
VALUE_SCORE = 1.5
NEAREST_MIN_Z = 2.0  # WordLlama's nearest competency counts only when it stands out clearly
# Worded differently on purpose, so two values never produce near-duplicate questions.
TEMPLATES: tuple[str, ...] = (
    'One of our values is "{value}". Tell me about a time your work showed it, and what it cost '
    "you.",
    'We talk about "{value}" a lot here. Describe a situation where living up to that was hard '
    "for you.",
    'Think of a team you worked in that ignored "{value}". What happened, and what did you do '
    "about it?",
    'What does "{value}" look like in your day-to-day work? Give me an example from your last '
    "role.",
    'Walk me through a decision you made that you think reflects "{value}". Would you make it '
    "the same way again?",
)
FOLLOW_UPS: tuple[str, ...] = (
    "What would a colleague from that time say about how you handled it?",
    "When does this value get in the way of getting the job done, and what do you do then?",
    "How would you know, six months in, whether you were living it here?",
)


def _competencies(value: str) -> tuple[str, ...]:
    found = [c.id for c in find_competencies((), "", value)][:2]
    if not found:
        nearest = nearest_competency(value)
        if nearest is not None and nearest[1] >= NEAREST_MIN_Z:
            found = [nearest[0]]
    return tuple(found or ["integrity"])


def value_candidates(values: Sequence[str]) -> list[Candidate]:
    out = []
    for i, value in enumerate(values[:MAX_VALUES]):
        name = value.strip().strip("\"'").rstrip(".")
        if not name:
            continue
        out.append(
            Candidate(
                id=f"value-{slug(name)}",
                text=TEMPLATES[i % len(TEMPLATES)].format(value=name),
                kind="culture",
                group="personal",
                competencies=_competencies(name),
                skills=(),
                follow_ups=FOLLOW_UPS,
                score=VALUE_SCORE - 0.05 * i,
                why=f'The company names "{name}" as a value: culture interviewers look for '
                "real examples of it",
                topic=f"value:{name.lower()}",
            )
        )
    return out
