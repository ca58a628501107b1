"""Suggest the competencies a story shows, with the words and similarity behind each.

Two kinds of evidence, added up per competency:

- cue words (cues.py): strong cues count 1 each, weak cues WEAK_WEIGHT each;
- meaning: WordLlama similarity between the story and the competency's description and signals,
  as a z-score across the 21 competencies (raw cosines are all small and close together, so
  only how much one competency stands out from the rest says anything).

The sum maps to a 0..1 score with raw / (raw + HALF_AT). The constants were set on the 104 DEV
stories in tests/engines/stories/labelled.py. On 20 stories written after tuning the tagger is
much weaker (precision about 0.36, recall 0.30 against about 0.83 and 0.76 on DEV: see
tests/engines/stories/README.md), so the app offers these as suggestions to confirm, never as
tags it sets on its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from roundtwo.engines.answers.loader import load_embedder
from roundtwo.engines.question_bank import competencies

from .cues import cue_hits
from .model import TagSuggestion

WEAK_WEIGHT = 0.35
SEMANTIC_WEIGHT = 0.3  # per standard deviation above the mean similarity
HALF_AT = 2.0  # raw evidence that maps to a score of 0.5
# One strong cue is enough (raw 1.0 -> 0.33); meaning alone, or one or two weak cues, is not.
MIN_SCORE = 0.3
RELATIVE = 0.7  # a second or third tag must reach this share of the best tag's score


@dataclass(frozen=True)
class _Evidence:
    competency: str
    strong: tuple[str, ...]
    weak: tuple[str, ...]
    similarity: float | None  # cosine with the competency's description and signals
    z: float  # how far that cosine stands above the other competencies', in std units

    @property
    def raw(self) -> float:
        return len(self.strong) + WEAK_WEIGHT * len(self.weak) + SEMANTIC_WEIGHT * max(self.z, 0)

    @property
    def score(self) -> float:
        return self.raw / (self.raw + HALF_AT)


def suggest_competencies(text: str, *, limit: int = 3) -> tuple[TagSuggestion, ...]:
    """Up to `limit` competency ids the story shows, best first; () when nothing stands out."""
    clean = (text or "").strip()
    if not clean or limit <= 0:
        return ()
    sims = _similarities(clean)
    zs = _z_scores(sims) if sims else [0.0] * len(competencies())
    evidence = [
        _Evidence(c.id, *cue_hits(clean, c.id), sims[i] if sims else None, zs[i])
        for i, c in enumerate(competencies())
    ]
    ranked = sorted(evidence, key=lambda e: -e.score)
    # A second or third tag far weaker than the first is noise on the labelled stories.
    floor = max(MIN_SCORE, RELATIVE * ranked[0].score)
    return tuple(
        TagSuggestion(e.competency, round(e.score, 3), _why(e))
        for e in ranked[:limit]
        if e.score >= floor
    )


def _why(e: _Evidence) -> str:
    parts = []
    words = [*e.strong, *e.weak]
    if words:
        parts.append("the story says " + ", ".join(f'"{w}"' for w in words[:4]))
    if e.similarity is not None and e.z >= 1.0:
        parts.append(
            f"its wording is closer to this competency's description than to most others "
            f"(similarity {e.similarity:.2f})"
        )
    text = "; ".join(parts) or "only a faint match"
    return text[0].upper() + text[1:] + "."


def _similarities(text: str) -> list[float]:
    embedder = load_embedder()
    if embedder is None:
        return []
    vector = embedder.embed([text])[0]
    return [float(x) for x in _profile_vectors() @ vector]


def _z_scores(values: Sequence[float]) -> list[float]:
    mean = sum(values) / len(values)
    spread = (sum((v - mean) ** 2 for v in values) / len(values)) ** 0.5 or 1.0
    return [(v - mean) / spread for v in values]


@cache
def _profile_vectors() -> Any:
    embedder = load_embedder()
    assert embedder is not None  # only called after a successful load
    return embedder.embed([_profile(c.name, c.description, c.signals) for c in competencies()])


def _profile(name: str, description: str, signals: Sequence[str]) -> str:
    return " ".join([f"{name}.", description, *signals])
