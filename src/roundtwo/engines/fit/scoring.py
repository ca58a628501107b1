"""How shared words and meaning similarity combine into one score, and where the lines fall.

The numbers in FIT and VALUES were chosen on the dev split of bench/fit (a grid search for the
best macro-F1 of the three statuses, and the best F1 of "shown"), not guessed: re-run
`.venv/bin/python bench/fit/bench.py --tune` after changing the lexical or semantic side.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Params:
    lexical_weight: float  # the rest goes to meaning similarity
    sim_floor: float  # WordLlama cosine at or below this counts as no similarity
    sim_ceiling: float  # ... and at or above this as full similarity
    upper: float  # covered / shown at or above
    lower: float  # partly / weak at or above
    top_k: int = 3  # evidence items whose shared words may add up for one requirement


FIT = Params(lexical_weight=0.5, sim_floor=0.2, sim_ceiling=0.7, upper=0.35, lower=0.175)
VALUES = Params(lexical_weight=0.3, sim_floor=0.1, sim_ceiling=0.5, upper=0.225, lower=0.125)


def scaled(similarity: float, p: Params) -> float:
    span = p.sim_ceiling - p.sim_floor
    return min(1.0, max(0.0, (similarity - p.sim_floor) / span))


def combine(coverage: float, similarity: float | None, p: Params) -> float:
    """One 0..1 score; without a similarity model, shared words alone."""
    if similarity is None:
        return coverage
    return p.lexical_weight * coverage + (1 - p.lexical_weight) * scaled(similarity, p)


def explain(shared: str, similarity: float | None) -> str:
    """'shares "Kafka"; meaning similarity 0.71', or 'no shared words; meaning similarity 0.64'."""
    words = shared or "no shared words"
    if similarity is None:
        return f"{words}; meaning similarity not available"
    return f"{words}; meaning similarity {similarity:.2f}"
