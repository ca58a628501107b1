"""assign_stories: which of the candidate's prepared stories could answer each story question.

A story fits a question when they share a competency (tagged on the story, or shown by a
competency keyword in its text), when it shows a company value the question asks about, or,
failing both, when WordLlama finds them clearly close in meaning. Each story is proposed for at
most max_uses questions, so the candidate does not lean on one story all day.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from roundtwo.engines import question_bank

from .competencies import find_competencies
from .embeddings import embed
from .model import STORY_KINDS, StoryRef, Suggestion
from .text import MAX_TEXT_CHARS, cap, in_sentence, slug
from .why import join

SHARED_WEIGHT = 1.0
VALUE_WEIGHT = 1.5
DETECTED_MIN_WEIGHT = 0.4  # one competency keyword in the story is enough: the why quotes it
MIN_SIMILARITY = 0.35  # cosine; hand-made stories: best related question 0.41-0.51, unrelated 0.24
MAX_STORIES = 200


@dataclass(frozen=True)
class _Story:
    ref: StoryRef
    tagged: frozenset[str]
    detected: dict[str, str | None]  # competency id -> quote from the story


@dataclass(frozen=True)
class _Fit:
    score: float
    why: str


def _read(story: StoryRef) -> _Story:
    text = cap(f"{story.title}\n{story.text}", MAX_TEXT_CHARS)
    found = find_competencies((), "", text)
    detected = {c.id: c.quote for c in found if c.weight >= DETECTED_MIN_WEIGHT}
    return _Story(story, frozenset(story.competencies), detected)


def _names(ids: Sequence[str]) -> str:
    return join([in_sentence(question_bank.competency(c).name) for c in ids])


def _value_fit(s: Suggestion, story: _Story) -> str | None:
    for value in story.ref.values:
        if s.id == f"value-{slug(value)}" or f'"{value.lower()}"' in s.question.lower():
            return value
    return None


def _fit(s: Suggestion, story: _Story, similarity: float) -> _Fit | None:
    value = _value_fit(s, story)
    tagged = [c for c in s.competencies if c in story.tagged]
    detected = [c for c in s.competencies if c in story.detected and c not in tagged]
    shared = [c for c in s.competencies if c in tagged or c in detected]
    # the question's first competency is what it is mainly about
    weight = sum(SHARED_WEIGHT * (1.0 if c == s.competencies[0] else 0.5) for c in shared)
    score = VALUE_WEIGHT * bool(value) + weight + similarity
    if value:
        return _Fit(score, f'Shows the value "{value}", which the question asks about')
    if tagged:
        return _Fit(score, f"You tagged it {_names(tagged)}, which the question tests")
    if detected:
        quote = story.detected[detected[0]]
        said = f' (it says "{quote}")' if quote else ""
        return _Fit(score, f"It shows {_names(detected)}{said}, which the question tests")
    if similarity >= MIN_SIMILARITY:
        return _Fit(
            score,
            f"Close in meaning to the question (similarity {similarity:.2f}) though it shares "
            "no competency with it: check that it really answers it",
        )
    return None


def _similarities(questions: Sequence[str], stories: Sequence[_Story]) -> np.ndarray:
    texts = [f"{s.ref.title}. {s.ref.text}"[:MAX_TEXT_CHARS] for s in stories]
    q = embed(list(questions))
    v = embed(texts)
    if q is None or v is None:
        return np.zeros((len(questions), len(stories)), dtype=np.float32)
    return np.asarray(q @ v.T, dtype=np.float32)


def assign_stories(
    suggestions: Sequence[Suggestion], stories: Sequence[StoryRef], *, max_uses: int = 2
) -> tuple[Suggestion, ...]:
    """The suggestions with story_* filled where a story fits (None where nothing does)."""
    result = list(suggestions)
    usable = [_read(s) for s in stories[:MAX_STORIES] if isinstance(s, StoryRef) and s.id]
    targets = [i for i, s in enumerate(result) if s.kind in STORY_KINDS]
    if not usable or not targets or max_uses < 1:
        return tuple(result)
    sims = _similarities([result[i].question for i in targets], usable)
    pairs = []
    for row, i in enumerate(targets):
        for col, story in enumerate(usable):
            fit = _fit(result[i], story, float(sims[row, col]))
            if fit is not None:
                pairs.append((-fit.score, row, col, fit))
    uses = [0] * len(usable)
    done: set[int] = set()
    for _, row, col, fit in sorted(pairs, key=lambda p: p[:3]):
        if row in done or uses[col] >= max_uses:
            continue
        i, ref = targets[row], usable[col].ref
        result[i] = replace(result[i], story_id=ref.id, story_title=ref.title, story_why=fit.why)
        done.add(row)
        uses[col] += 1
    return tuple(result)
