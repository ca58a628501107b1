"""Meaning similarity between requirements (or values) and evidence, from WordLlama.

The model is the one engines/answers/loader.py loads once per process. A pair-at-a-time
similarity would cost ~0.4 ms x 1,500 pairs for a 25 x 60 matrix, so each text is embedded once
(batched, normalised, cached) and the similarities are dot products. Without the model,
similarity is None and the matrix falls back on shared words alone.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from roundtwo.engines.answers.loader import load_embedder

Matrix = npt.NDArray[np.float32]
CACHE_LIMIT = 20_000

_vectors: dict[str, npt.NDArray[np.float32]] = {}
_lock = threading.Lock()


def _batch_embed() -> Callable[[list[str]], Any] | None:
    embedder = load_embedder()
    return embedder.embed if embedder is not None else None


def _embed(texts: Sequence[str], embed: Callable[[list[str]], Any]) -> Matrix:
    # A local copy, so another thread clearing the cache cannot pull vectors from under us.
    cached = {t: _vectors.get(t) for t in dict.fromkeys(texts)}
    found = {t: v for t, v in cached.items() if v is not None}
    missing = [t for t in cached if t not in found]
    if missing:
        fresh = dict(zip(missing, np.asarray(embed(missing), dtype=np.float32), strict=True))
        found.update(fresh)
        with _lock:
            if len(_vectors) + len(fresh) > CACHE_LIMIT:
                _vectors.clear()
            _vectors.update(fresh)
    return np.stack([found[t] for t in texts])


def similarities(left: Sequence[str], right: Sequence[str]) -> Matrix | None:
    """Cosine similarity of every left text with every right text, or None without a model."""
    if not left or not right:
        return np.zeros((len(left), len(right)), dtype=np.float32)
    embed = _batch_embed()
    if embed is not None:
        return _embed(left, embed) @ _embed(right, embed).T
    embedder = load_embedder()
    if embedder is None:
        return None
    rows = [[embedder.similarity(a, b) for b in right] for a in left]
    return np.asarray(rows, dtype=np.float32)
