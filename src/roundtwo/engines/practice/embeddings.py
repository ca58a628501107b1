"""WordLlama vectors for the bank, computed once per process, and for the role's text.

Every function returns None when WordLlama cannot be loaded; the ranking then runs on its
explainable signals alone (similarity is only ever a tie-break).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

import numpy as np

from roundtwo.engines import question_bank
from roundtwo.engines.answers.loader import load_embedder


def embed(texts: Sequence[str]) -> Any | None:
    """Unit vectors, one row per text (numpy float32), or None without the model."""
    model = load_embedder()
    if model is None or not texts:
        return None
    return model.embed(list(texts))


@cache
def _bank() -> tuple[Mapping[str, int], Any | None]:
    questions = question_bank.all_questions()
    rows = {q.id: i for i, q in enumerate(questions)}
    return rows, embed([q.text for q in questions])


def question_similarity(vector: Any | None) -> Mapping[str, float]:
    """Bank question id -> similarity to `vector`, standardised over the bank (z-scores)."""
    rows, matrix = _bank()
    if vector is None or matrix is None:
        return {}
    sims = matrix @ vector
    spread = float(sims.std()) or 1.0
    z = (sims - float(sims.mean())) / spread
    return {qid: float(z[i]) for qid, i in rows.items()}


def nearest_question(text: str) -> tuple[str, float] | None:
    """The bank question closest in meaning to `text`, with its cosine similarity."""
    rows, matrix = _bank()
    vector = embed([text])
    if vector is None or matrix is None:
        return None
    sims = matrix @ vector[0]
    best = int(np.argmax(sims))
    ids = list(rows)
    return ids[best], float(sims[best])


@cache
def _areas() -> tuple[tuple[str, ...], Any | None]:
    areas = question_bank.skill_areas()
    texts = [f"{a.name}. {a.description} {', '.join(a.keywords)}" for a in areas]
    return tuple(a.id for a in areas), embed(texts)


def area_similarity(vector: Any | None) -> Mapping[str, float]:
    """Skill area id -> similarity to `vector`."""
    ids, matrix = _areas()
    if vector is None or matrix is None:
        return {}
    sims = matrix @ vector
    return {area: float(sims[i]) for i, area in enumerate(ids)}


@cache
def _competencies() -> tuple[tuple[str, ...], Any | None]:
    comps = question_bank.competencies()
    texts = [f"{c.name}. {c.description} {' '.join(c.signals)}" for c in comps]
    return tuple(c.id for c in comps), embed(texts)


def nearest_competency(text: str) -> tuple[str, float] | None:
    """The competency closest in meaning to a short text, with its z-score over all 21."""
    ids, matrix = _competencies()
    vector = embed([text])
    if vector is None or matrix is None:
        return None
    sims = matrix @ vector[0]
    best = int(np.argmax(sims))
    spread = float(sims.std()) or 1.0
    return ids[best], float((sims[best] - sims.mean()) / spread)


def warm_up() -> None:
    """Load the model and embed the bank now (a worker at start-up, or a benchmark)."""
    _bank()
    _areas()
    _competencies()
