"""Is a question already answered by what the candidate knows, or already asked?

One score per (question, text) pair: WordLlama cosine + LEXICAL_WEIGHT x the share of the
question's content words that the text also uses. Long texts are cut into sentences, and the
best sentence counts, since a research page answers a question in one place, not on average.

Thresholds, from the labelled pairs in tests/engines/asking/labelled.py (test_topics.py):
- ANSWERED_AT 0.25: 50 question/known-text pairs, precision 0.95, recall 0.81 (the one false
  alarm: a bare list of values "answers" how the values show up in decisions);
- ASKED_AT 0.40: 26 question/earlier-question pairs, precision 0.93, recall 0.93.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from roundtwo.engines.answers.loader import load_embedder
from roundtwo.engines.question_bank import is_near_duplicate
from roundtwo.engines.stories.words import stems

LEXICAL_WEIGHT = 0.4
ANSWERED_AT = 0.25
ASKED_AT = 0.40
MAX_CHUNKS = 600  # a long research paste: enough sentences, bounded work

# Words every question to ask uses; sharing them says nothing about the topic.
GENERIC = frozenset(
    stems(
        "how what does do team role work would like look you your here people usually "
        "organisation company job long far ask right now"
    )
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def lexical(question: str, text: str) -> float:
    """Share of the question's topic words that the text uses."""
    topic = stems(question) - GENERIC
    return len(topic & stems(text)) / len(topic) if topic else 0.0


def topic_score(question: str, text: str) -> float:
    """How much the text speaks to the question's topic (one pair, no sentence split)."""
    embedder = load_embedder()
    similarity = embedder.similarity(question, text) if embedder is not None else 0.0
    return similarity + LEXICAL_WEIGHT * lexical(question, text)


@dataclass(frozen=True)
class Match:
    score: float
    text: str


class TextIndex:
    """Sentences of some texts, embedded once, to test many questions against."""

    def __init__(self, texts: Sequence[str], *, split: bool = True) -> None:
        pieces = (_sentences(t) if split else [t.strip()] for t in texts)
        unique = dict.fromkeys(p for group in pieces for p in group if p)
        self.chunks: tuple[str, ...] = tuple(unique)[:MAX_CHUNKS]
        self._stems = [stems(c) for c in self.chunks]
        self._vectors: Any = _embed(self.chunks) if self.chunks else None

    def __bool__(self) -> bool:
        return bool(self.chunks)

    def best(self, question: str) -> Match | None:
        """The chunk that speaks most to the question, with its score."""
        if not self.chunks:
            return None
        topic = stems(question) - GENERIC
        sims = _similarities(question, self._vectors, len(self.chunks))
        scores = [
            sims[i] + LEXICAL_WEIGHT * (len(topic & s) / len(topic) if topic else 0.0)
            for i, s in enumerate(self._stems)
        ]
        i = max(range(len(scores)), key=scores.__getitem__)
        return Match(scores[i], self.chunks[i])


def answered(question: str, known: TextIndex) -> Match | None:
    """The known sentence that answers the question, if any."""
    match = known.best(question)
    return match if match is not None and match.score >= ANSWERED_AT else None


def asked(question: str, earlier: TextIndex) -> str | None:
    """The earlier question this one repeats, if any."""
    for text in earlier.chunks:
        if is_near_duplicate(question, text):
            return text
    match = earlier.best(question)
    return match.text if match is not None and match.score >= ASKED_AT else None


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text or "") if len(s.strip()) > 2]


@lru_cache(maxsize=256)
def _embed(texts: tuple[str, ...]) -> Any:
    # Cached: a panel asks the same known texts about every member's questions.
    embedder = load_embedder()
    return embedder.embed(list(texts)) if embedder is not None else None


def _similarities(question: str, vectors: Any, count: int) -> list[float]:
    if vectors is None:
        return [0.0] * count
    return [float(x) for x in vectors @ _question_vector(question)]


@lru_cache(maxsize=2048)
def _question_vector(question: str) -> Any:
    embedder = load_embedder()
    assert embedder is not None  # only called when the texts were embedded
    return embedder.embed([question])[0]
